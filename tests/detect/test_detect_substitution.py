"""Purpose substitution: the restricted purpose stays near zero while a proxy takes over."""

from __future__ import annotations

from detect_fixtures import build, obs

from sanctionwatch.detect import detect_series

BEFORE = [obs("total", "2023", 1000), obs("study", "2023", 100), obs("business", "2023", 900)]


def _subs(series):  # type: ignore[no-untyped-def]
    return detect_series(series, kinds=["purpose_substitution"])


def test_implied_zero_work_and_study_takeover() -> None:
    after = [obs("total", "2024", 10000), obs("study", "2024", 7000), obs("business", "2024", 3000)]
    (f,) = _subs(build(BEFORE, after))
    assert (f.purpose, f.period, f.value, f.baseline, f.ratio) == ("study", "2024", 7000, 100, 70.0)
    assert "work entries 0 (implied: the 2 itemised purposes add up exactly" in f.explanation
    assert "70.0% of all 10,000 entries" in f.explanation and "(10.0%)" in f.explanation
    assert f.params["restricted"] == ["work"]


def test_published_small_work_figure() -> None:
    after = [obs("total", "2024", 10000), obs("study", "2024", 7000), obs("work", "2024", 6)]
    (f,) = _subs(build(BEFORE, after))
    assert "work entries 6" in f.explanation


def test_silent_when_work_is_not_near_zero() -> None:
    after = [
        obs("total", "2024", 10000),
        obs("study", "2024", 7000),
        obs("work", "2024", 2500),
        obs("business", "2024", 500),
    ]
    assert _subs(build(BEFORE, after)) == []


def test_silent_when_work_is_unknown() -> None:
    # purposes not itemised: work could be anything, so nothing is claimed
    after = [obs("total", "2024", 10000), obs("study", "2024", 7000)]
    assert _subs(build(BEFORE, after)) == []


def test_silent_for_origin_without_restriction() -> None:
    kw = {"origin": "CN"}
    s = build(
        [
            obs("total", "2023", 1000, **kw),
            obs("study", "2023", 100, **kw),  # type: ignore[arg-type]
            obs("business", "2023", 900, **kw),
            obs("total", "2024", 10000, **kw),  # type: ignore[arg-type]
            obs("study", "2024", 7000, **kw),
            obs("business", "2024", 3000, **kw),
        ]  # type: ignore[arg-type]
    )
    assert _subs(s) == []


def test_silent_when_share_does_not_jump() -> None:
    after = [obs("total", "2024", 4000), obs("study", "2024", 400), obs("business", "2024", 3600)]
    assert _subs(build(BEFORE, after)) == []
