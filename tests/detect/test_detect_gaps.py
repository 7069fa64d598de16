"""Reporting gaps: withheld cells and periods published for others but not for this origin."""

from __future__ import annotations

from detect_fixtures import build, obs, quarters

from sanctionwatch.detect import detect_series

OTHERS = ("CN", "VN", "UZ")


def _gaps(series):  # type: ignore[no-untyped-def]
    return detect_series(series, kinds=["reporting_gap"])


def test_withheld_from_second_quarter() -> None:
    s = build(
        quarters("total", 2024, [812, 1696, 5263, None, 295]),
        [obs("total", "2025-Q2", None), obs("total", "2025", None)],
    )
    (f,) = _gaps(s)
    assert (f.subkind, f.period, f.baseline) == ("withheld", "2025-Q2", 295)
    assert "last published figure is 295 for 2025-Q1" in f.explanation
    assert f.params["withheld_periods"] == ["2025-Q2", "2025"]
    assert "unknown, not zero" in f.explanation


def test_missing_while_published_for_others() -> None:
    others = [
        o for c in OTHERS for o in quarters("total", 2024, [10, 20, 30, 40, 50, 60], origin=c)
    ]
    s = build(quarters("total", 2024, [812, 1696, 5263, 5450]), others)
    (f,) = [f for f in _gaps(s) if f.origin == "KP"]
    assert (f.subkind, f.period) == ("missing", "2025-Q1")
    assert f.params["missing_periods"] == ["2025-Q1", "2025-Q2"]
    assert "at least 3 other origins" in f.explanation


def test_latest_quarter_not_yet_published_for_anyone_is_silent() -> None:
    others = [o for c in OTHERS for o in quarters("total", 2024, [10, 20, 30, 40], origin=c)]
    s = build(quarters("total", 2024, [812, 1696, 5263]), others)
    # 2024-Q4 is published for the others, so KP missing it is a gap ...
    assert [f.period for f in _gaps(s) if f.origin == "KP"] == ["2024-Q4"]
    # ... but when nobody has 2024-Q4 yet, KP lacking it is not
    others = [o for c in OTHERS for o in quarters("total", 2024, [10, 20, 30], origin=c)]
    assert _gaps(build(quarters("total", 2024, [812, 1696, 5263]), others)) == []


def test_too_few_other_origins_or_long_dead_series_are_silent() -> None:
    two = [o for c in OTHERS[:2] for o in quarters("total", 2024, [10, 20, 30, 40], origin=c)]
    assert _gaps(build(quarters("total", 2024, [812, 1696, 5263]), two)) == []
    others = [o for c in OTHERS for o in quarters("total", 2020, [10] * 20, origin=c)]
    # KP last published in 2020-Q1: years later, "missing" is no longer news
    assert [
        f for f in _gaps(build(quarters("total", 2020, [5]), others)) if f.period > "2021-Q2"
    ] == []
