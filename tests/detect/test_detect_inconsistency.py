"""Inconsistencies: sums that do not fit, purposes above the total, disagreeing retellings."""

from __future__ import annotations

from detect_fixtures import build, obs, quarters

from sanctionwatch.detect import detect_series


def _inc(series):  # type: ignore[no-untyped-def]
    return detect_series(series, kinds=["inconsistency"])


def test_quarters_do_not_add_up_to_year_and_half_year() -> None:
    s = build(
        quarters("total", 2023, [153, 213, 365, 382]),
        [obs("total", "2023", 1117), obs("total", "2023-01..2023-06", 370)],
    )
    found = {(f.subkind, f.period, f.value, f.baseline) for f in _inc(s)}
    assert found == {
        ("additivity", "2023", 1117, 1113),
        ("additivity", "2023-01..2023-06", 370, 366),
    }
    (f,) = [f for f in _inc(s) if f.period == "2023"]
    assert "153 + 213 + 365 + 382" in f.explanation and "+4" in f.explanation


def test_sums_that_fit_are_silent() -> None:
    s = build(quarters("total", 2024, [812, 1696]), [obs("total", "2024-01..2024-06", 2508)])
    assert _inc(s) == []


def test_cumulative_release_that_decreases() -> None:
    s = build([obs("total", "2024-01..2024-06", 2508), obs("total", "2024-01..2024-09", 2400)])
    (f,) = _inc(s)
    assert f.subkind == "additivity" and "cannot decrease" in f.explanation


def test_purposes_exceed_total() -> None:
    s = build(
        [
            obs("total", "2024-Q1", 500),
            obs("study", "2024-Q1", 300),
            obs("business", "2024-Q1", 260),
        ]
    )
    (f,) = _inc(s)
    assert (f.subkind, f.value, f.baseline) == ("purposes_exceed_total", 560, 500)
    assert "60 more than the published total of 500" in f.explanation


def test_study_count_quoted_as_total_is_recognised() -> None:
    s = build(
        [
            obs("total", "2024", 13221, outlet="RFA"),
            obs("study", "2024", 7887, outlet="RFA"),
            obs("total", "2024", 7800, "approx", outlet="Opinion column", primary=False),
            obs("total", "2024", 13000, "approx", outlet="Weekly", primary=False),  # consistent
        ]
    )
    (f,) = _inc(s)
    assert (f.subkind, f.value, f.baseline) == ("retelling", 7800, 13221)
    assert f.params["cause"] == "purpose_mixup"
    assert "quote the study count as the total" in f.explanation
    assert "Opinion column" in f.explanation
    assert {(e.purpose, e.count) for e in f.evidence} == {
        ("total", 13221),
        ("total", 7800),
        ("study", 7887),
    }


def test_transposed_purposes_and_truncated_and_unexplained_figures() -> None:
    s = build(
        [
            obs("study", "2023-Q3", 62, outlet="KBS"),
            obs("private", "2023-Q3", 24, outlet="KBS"),
            obs("study", "2023-Q3", 24, outlet="Aggregator", primary=False),
            obs("total", "2024", 13221, outlet="RFA"),
            obs("total", "2024", 13, outlet="Garbled", primary=False),
            obs("business", "2024", 3098, outlet="RFA"),
            obs("business", "2024", 2500, outlet="Other", primary=False),
        ]
    )
    causes = {(f.purpose, f.params["cause"]) for f in _inc(s)}
    assert causes == {
        ("study", "purpose_mixup"),
        ("total", "truncated"),
        ("business", "unexplained"),
    }


def test_misdated_figure() -> None:
    s = build(
        [
            obs("total", "2023", 1117, outlet="RFA"),
            obs("total", "2024", 13221, outlet="RFA"),
            obs("total", "2023", 13221, outlet="Tabloid", primary=False),
        ]
    )
    (f,) = _inc(s)
    assert f.params["cause"] == "period_mixup" and "wrong period" in f.explanation


def test_agreeing_retellings_are_silent() -> None:
    s = build(
        [
            obs("total", "2024-Q2", 1696, outlet="RFA"),
            obs("total", "2024-Q2", 1700, "approx", outlet="FN", primary=False),
        ]
    )
    assert _inc(s) == []
