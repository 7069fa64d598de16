"""Checking hand-built claims: periods, related figures, disagreeing evidence, snapshots."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest
from verify_fixtures import claim, snapshot, statements

from sanctionwatch.claims.snapshot import Snapshot
from sanctionwatch.claims.verify import check_claim, check_claims
from sanctionwatch.model.claim import Comparison
from sanctionwatch.store import Store

SNAP = snapshot()


def test_quarter_written_as_months_maps_to_the_quarter() -> None:
    r = check_claim(SNAP, claim(3765, "3,765", purpose="study", period="2024-07..2024-09"))
    assert r.verdict == "supported"
    assert r.observed is not None and r.observed["period"] == "2024-Q3"


def test_year_to_date_claim_uses_the_cumulative_release() -> None:
    r = check_claim(SNAP, claim(2508, "2,508", period="2024-01..2024-06"))
    assert r.verdict == "supported"
    assert r.observed is not None and r.observed["period"] == "2024-01..2024-06"


def test_derived_quarter_is_used_and_lowers_confidence() -> None:
    # Q2 = H1 2,508 - Q1 812 = 1,696 (derivation from the published releases)
    r = check_claim(SNAP, claim(1696, "1,696", period="2024-Q2"))
    assert r.verdict == "supported"
    assert r.observed is not None and r.observed["derived"] is True
    assert r.observed["confidence"] == "medium"
    assert "derived" in r.explanation


def test_span_no_single_figure_gives_is_summed_from_parts() -> None:
    # H2 2024 = Q3 5,263 + Q4 (13,221 - 2,508 - 5,263 = 5,450)
    r = check_claim(SNAP, claim(10713, "10,713", period="2024-07..2024-12"))
    assert r.verdict == "supported", r.explanation
    assert r.observed is not None and r.observed["count"] == 10713
    assert r.observed["derived"] is True and "5,263" in r.observed["method"]


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"period": None}, "does not settle the period"),
        ({"period": "2031"}, "no figure"),
        ({"period": "Q3 2024"}, "not one the statistics use"),
        ({"unit": "usd"}, "money"),
        ({"unit": "other"}, "something other than people"),
        ({"unit": "ratio"}, "ratio without saying what it compares"),
        ({"origin": None, "destination": None}, "which country"),
        ({"origin": "CN"}, "no statistics of entries from CN"),
        ({"period": "2025-Q1"}, "withheld"),
    ],
)
def test_claims_the_store_cannot_answer(kwargs: dict[str, object], reason: str) -> None:
    r = check_claim(SNAP, claim(500, "500", **kwargs))  # type: ignore[arg-type]
    assert r.verdict == "not_enough_data"
    assert reason in r.explanation
    assert r.explanation.startswith("Not enough data:")


def test_missing_origin_is_assumed_when_only_one_is_possible() -> None:
    r = check_claim(SNAP, claim(13221, "13,221", origin=None))
    assert r.verdict == "supported"
    assert "KP assumed" in r.explanation
    assert r.observed is not None and r.observed["confidence"] == "medium"


def test_missing_purpose_is_read_as_total() -> None:
    r = check_claim(SNAP, claim(13221, "13,221", purpose=None))
    assert r.verdict == "supported" and "total of all purposes" in r.explanation


def test_people_versus_entries_is_said() -> None:
    people = check_claim(SNAP, claim(13221, "13,221", unit="persons"))
    assert (
        "counts persons" in people.explanation
        and "entries (border crossings)" in people.explanation
    )
    entries = check_claim(SNAP, claim(13221, "13,221", unit="entries"))
    assert "border crossings" not in entries.explanation


def test_study_count_given_as_total_is_contradicted_with_the_right_figures() -> None:
    r = check_claim(SNAP, claim(7800, "7,800"))
    assert r.verdict == "contradicted"
    assert "13,221" in r.explanation
    assert "study count" in r.explanation and "7,887" in r.explanation
    # an outlet printed "about 7,800", but an approximate, single report does not outweigh it
    assert "Opinion Weekly" in r.explanation


def test_disagreeing_reports_of_equal_standing_give_not_enough_data() -> None:
    # 2023-Q3 private: 24 (KBS) against 23 (Newsrebeat), one reporter each: whichever the
    # resolution chose is supported with low confidence, the other is not ruled out
    results = [
        check_claim(SNAP, claim(n, str(n), purpose="private", period="2023-Q3")) for n in (23, 24)
    ]
    assert sorted(r.verdict for r in results) == ["not_enough_data", "supported"]
    chosen = next(r for r in results if r.verdict == "supported")
    other = next(r for r in results if r.verdict == "not_enough_data")
    assert chosen.observed is not None and chosen.observed["confidence"] == "low"
    assert "sources disagree" in other.explanation


def test_better_sourced_figure_outweighs_a_single_dissent() -> None:
    # 2023-Q3 study: 62 from two reporters against 24 from one
    r = check_claim(SNAP, claim(24, "24", purpose="study", period="2023-Q3"))
    assert r.verdict == "contradicted"
    assert "better sourced" in r.explanation and "62" in r.explanation


@pytest.mark.parametrize(
    ("text", "qualifier", "verdict"),
    [
        ("21,000", "exact", "supported"),  # the published "about 21,000" itself
        ("15,000", "exact", "contradicted"),  # far outside its ±10%
        ("23,000", "exact", "not_enough_data"),  # inside ±10% of an approximate figure only
    ],
)
def test_approximate_statistic(text: str, qualifier: str, verdict: str) -> None:
    r = check_claim(
        SNAP, claim(float(text.replace(",", "")), text, qualifier=qualifier, period="2019")
    )
    assert r.verdict == verdict, r.explanation
    assert r.observed is not None and r.observed["confidence"] == "low"


@pytest.mark.parametrize(
    ("text", "qualifier", "sentence", "verdict"),
    [
        ("5,000", "more_than", None, "supported"),  # at least 6,000 is more than 5,000
        ("4,000", "approx", "about 4,000 came", "contradicted"),
        ("7,000", "exact", None, "not_enough_data"),  # could be, could not
    ],
)
def test_bounded_statistic(text: str, qualifier: str, sentence: str | None, verdict: str) -> None:
    q = float(text.replace(",", ""))
    r = check_claim(SNAP, claim(q, text, qualifier=qualifier, period="2019-Q4", sentence=sentence))
    assert r.verdict == verdict, r.explanation


def test_students_enrolled_checked_against_the_related_figure() -> None:
    r = check_claim(
        SNAP,
        claim(
            130,
            "130",
            qualifier="approx",
            unit="students",
            purpose="study",
            period="2024-04",
            sentence="about 130 students study there",
        ),
    )
    assert r.verdict == "supported"
    assert r.observed is not None and r.observed["measure"] == "enrolled_students"
    assert "enrolled students" in r.explanation


def test_troops_checked_against_the_estimates_in_the_period() -> None:
    r = check_claim(SNAP, claim(11000, "11,000", unit="troops", purpose="troops", period="2024-11"))
    assert r.verdict == "supported"
    assert r.observed is not None and r.observed["measure"] == "troops_estimate"
    r2 = check_claim(
        SNAP, claim(30000, "30,000", unit="troops", purpose="troops", period="2024-11")
    )
    assert r2.verdict == "contradicted"


def test_pair_without_border_series_uses_related_counts_of_crossings() -> None:
    total = check_claim(SNAP, claim(6469, "6,469", origin="RU", destination="KP"))
    assert total.verdict == "supported"
    assert total.observed is not None and total.observed["measure"] == "ru_citizen_trips_to_dprk"
    work = check_claim(SNAP, claim(5, "5", origin="RU", destination="KP", purpose="work"))
    assert work.observed is not None and work.observed["measure"] == "ru_citizen_trips_to_dprk_work"
    study = check_claim(SNAP, claim(3, "3", origin="RU", destination="KP", purpose="study"))
    assert study.verdict == "not_enough_data"


def test_visas_by_purpose() -> None:
    r = check_claim(SNAP, claim(8600, "8,600", unit="visas", purpose="study"))
    assert r.verdict == "supported"
    assert r.observed is not None and r.observed["measure"] == "student_visas_issued"


def test_share_of_the_total() -> None:
    r = check_claim(SNAP, claim(60, "60%", unit="percent", purpose="study"))
    assert r.verdict == "supported"  # 7,887 / 13,221 = 59.7%
    assert r.observed is not None and r.observed["share"] == pytest.approx(59.65, abs=0.01)
    assert (
        check_claim(SNAP, claim(70, "70%", unit="percent", purpose="study")).verdict
        == "contradicted"
    )


def test_quantity_and_comparison_are_both_checked() -> None:
    ok = claim(13221, "13,221", comparison=Comparison("ratio", 12, "2023"))
    r = check_claim(SNAP, ok)
    assert r.verdict == "supported"
    assert r.observed is not None and r.observed["comparison"]["value"] == pytest.approx(
        11.836, abs=1e-3
    )
    assert r.tolerance["comparison"]["low"] == 11.5
    bad = claim(13221, "13,221", comparison=Comparison("ratio", 20, "2023"))
    assert check_claim(SNAP, bad).verdict == "contradicted"


def test_n_times_fewer_is_checked_as_the_baseline_over_the_figure() -> None:
    # "1,117 in 2023, twelve times fewer than in 2024": 13,221 / 1,117 = 11.8, within "12"
    ok = claim(1117, "1,117", period="2023", comparison=Comparison("ratio", 1 / 12, "2024"))
    r = check_claim(SNAP, ok)
    assert r.verdict == "supported", r.explanation
    assert "12 times fewer" in r.explanation and "= 11.8" in r.explanation
    assert r.observed is not None
    assert r.observed["comparison"]["value"] == pytest.approx(1117 / 13221, abs=1e-4)
    bad = claim(1117, "1,117", period="2023", comparison=Comparison("ratio", 1 / 3, "2024"))
    assert check_claim(SNAP, bad).verdict == "contradicted"


def test_baseline_defaults_to_previous_year_and_says_so() -> None:
    r = check_claim(SNAP, claim(None, comparison=Comparison("ratio", 12, None)))
    assert r.verdict == "supported"
    assert "previous year" in r.explanation


def test_quarter_baseline_tries_previous_quarter_then_a_year_earlier() -> None:
    # study 2024-Q3 3,765 against 2024-Q2 332 = 11.3 times
    r = check_claim(
        SNAP,
        claim(None, purpose="study", period="2024-Q3", comparison=Comparison("ratio", 11, None)),
    )
    assert r.verdict == "supported" and "previous quarter" in r.explanation
    # total 2024-Q3 5,263 against 2023-Q3 365 = 14.4 times (the previous quarter is 1,696)
    r2 = check_claim(SNAP, claim(None, period="2024-Q3", comparison=Comparison("ratio", 14, None)))
    assert r2.verdict == "supported" and "a year earlier" in r2.explanation


@pytest.mark.parametrize(
    ("purpose", "since", "verdict", "reason"),
    [
        ("transit", "2022", "supported", "ranks 1"),
        ("transit", "2019", "not_enough_data", "2021"),  # 2021 unknown
        ("total", "2018", "contradicted", "21,000"),  # 2019 "about 21,000" was higher
        ("transit", "2021", "supported", "ranks 1"),  # 2022 and 2023 lower; 2021 itself not needed
    ],
)
def test_record_claims(purpose: str, since: str, verdict: str, reason: str) -> None:
    r = check_claim(
        SNAP, claim(None, purpose=purpose, comparison=Comparison("record", None, since))
    )
    assert r.verdict == verdict, r.explanation
    assert reason in r.explanation


@pytest.mark.parametrize(
    ("purpose", "period", "since", "verdict", "reason"),
    [
        ("transit", "2020", "2018", "supported", "ranks 1"),  # 12 after 30 in 2019
        ("transit", "2022", "2019", "contradicted", "lower figures: 12 in 2020"),
        ("total", "2023", "2018", "contradicted", "223 in 2022"),
        ("total", "2022", "2018", "not_enough_data", "lower than every known figure"),
    ],
)
def test_record_lows(purpose: str, period: str, since: str, verdict: str, reason: str) -> None:
    # "the lowest since 2019": checked against lower figures, never against higher ones
    low = Comparison("record", None, since, lowest=True)
    r = check_claim(SNAP, claim(None, purpose=purpose, period=period, comparison=low))
    assert r.verdict == verdict, r.explanation
    assert reason in r.explanation
    high = check_claim(
        SNAP,
        claim(
            None, purpose="transit", period="2020", comparison=Comparison("record", None, "2018")
        ),
    )
    assert high.verdict == "contradicted" and "30 in 2019" in high.explanation


def test_a_record_low_says_so_in_json() -> None:
    assert Comparison("record", None, "2022", lowest=True).to_dict() == {
        "kind": "record",
        "value": None,
        "baseline_period": "2022",
        "lowest": True,
    }
    assert "lowest" not in Comparison("record", None, "2022").to_dict()


def test_baseline_equal_to_the_claimed_period_falls_back_to_the_previous_one() -> None:
    r = check_claim(SNAP, claim(13221, "13,221", comparison=Comparison("ratio", 12, "2024")))
    assert r.verdict == "supported"
    assert "claim's own period" in r.explanation and "1,117" in r.explanation


def test_comparison_of_two_estimates_is_never_contradicted() -> None:
    # about 21,000 (2019) against about 18,000 (2018) = 1.17 times
    ok = check_claim(SNAP, claim(None, period="2019", comparison=Comparison("ratio", 1, "2018")))
    assert ok.verdict == "supported"
    assert ok.observed is not None and ok.observed["confidence"] == "low"
    far = check_claim(SNAP, claim(None, period="2019", comparison=Comparison("ratio", 3, "2018")))
    assert far.verdict == "not_enough_data" and "estimates" in far.explanation


def test_comparison_with_a_withheld_figure_says_so() -> None:
    r = check_claim(SNAP, claim(None, period="2025-Q1", comparison=Comparison("ratio", 2, None)))
    assert r.verdict == "not_enough_data" and "withheld" in r.explanation


def test_snapshot_pickles_small_and_answers_the_same() -> None:
    blob = pickle.dumps(SNAP)
    again = pickle.loads(blob)
    assert len(again) == len(SNAP)
    claims = [
        claim(13221, "13,221"),
        claim(7800, "7,800"),
        claim(None, comparison=Comparison("ratio", 12, "2023")),
    ]
    assert [c.to_dict() for c in check_claims(again, claims)] == [
        c.to_dict() for c in check_claims(SNAP, claims)
    ]
    assert len(blob) < 64 * 1024


def test_snapshot_from_store_has_series_and_related_figures(tmp_path: Path) -> None:
    from sanctionwatch.sources.base import ParsedFile
    from sanctionwatch.sources.ingest import write_parsed

    store = Store(tmp_path / "t.duckdb")
    try:
        parsed = ParsedFile(path="t.csv", format="tidy", source_key="test", sha256="0" * 64)
        parsed.observations.extend(statements())
        write_parsed(store, [parsed])
        snap = Snapshot.from_store(store)
    finally:
        store.close()
    assert {f.measure for f in snap.facts} >= {"entries", "enrolled_students", "troops_estimate"}
    r = check_claim(snap, claim(13221, "13,221"))
    assert r.verdict == "supported"
    assert r.observed is not None and {s["outlet"] for s in r.observed["sources"]} == {
        "RFA",
        "NK News",
    }


def test_claim_referring_back_takes_countries_and_period_from_the_previous_sentence() -> None:
    first = claim(13221, "13,221", sentence="In 2024, 13,221 North Koreans entered Russia.")
    s2 = "Nearly 8,000 of them came to study."
    # the next sentence of the same document, with nothing but "of them" to say who and when
    second = dataclasses.replace(
        claim(
            8000,
            "8,000",
            qualifier="approx",
            purpose="study",
            period=None,
            origin=None,
            destination=None,
            sentence=s2,
        ),
        span=(147 + 7, 147 + 12),
        sentence_span=(147, 147 + len(s2)),
    )
    results = check_claims(SNAP, [first, second])
    assert results[1].verdict == "supported"
    assert "taken from the claim it refers back to" in results[1].explanation
    assert results[1].claim.period is None  # the output keeps what the text said
    # without "of them" nothing is borrowed
    plain = dataclasses.replace(second, sentence="Nearly 8,000 came to study.")
    assert check_claims(SNAP, [first, plain])[1].verdict == "not_enough_data"
