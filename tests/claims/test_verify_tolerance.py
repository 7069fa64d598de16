"""Every tolerance rule on hand-built claims: written precision, hedges, bounds, ratios."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from verify_fixtures import claim, snapshot

from sanctionwatch.claims.tolerance import (
    Range,
    hedge_of,
    load_config,
    parse_config,
    written_precision,
)
from sanctionwatch.claims.verify import check_claim
from sanctionwatch.errors import ConfigError
from sanctionwatch.model.claim import Comparison

SNAP = snapshot()


@pytest.mark.parametrize(
    ("text", "quantity", "precision"),
    [
        ("13,221", 13221, 1),
        ("13 221", 13221, 1),
        ("13.221", 13221, 1),  # Russian thousands separator
        ("1만3221명", 13221, 1),
        ("13,000", 13000, 1000),
        ("13 тысяч", 13000, 1000),
        ("13 thousand", 13000, 1000),
        ("1.3万", 13000, 1000),
        ("1만 3천여 명", 13000, 1000),
        ("1,7 тыс.", 1700, 100),
        ("5000人", 5000, 1000),
        ("3.2 thousand", 3200, 100),
        ("twelve thousand", 12000, 1000),  # spelled out: from the quantity's trailing zeros
        ("", 7887, 1),
    ],
)
def test_written_precision(text: str, quantity: float, precision: float) -> None:
    assert written_precision(text, quantity) == precision


# (text, quantity, qualifier, sentence, observed 2024 total 13,221 -> verdict, rule)
TOTAL_CASES = [
    ("13,221", 13221, "exact", None, "supported", "exact"),
    ("13,222", 13222, "exact", None, "contradicted", "exact"),
    ("13", 13, "exact", None, "contradicted", "exact"),
    ("13,000", 13000, "exact", None, "supported", "rounded"),  # 13,221 rounds to 13,000
    ("13 thousand", 13000, "exact", None, "supported", "rounded"),
    ("13,200", 13200, "exact", None, "supported", "rounded"),
    ("13,300", 13300, "exact", None, "contradicted", "rounded"),  # 13,221 rounds to 13,200
    ("14,000", 14000, "exact", None, "contradicted", "rounded"),
    ("10,000", 10000, "exact", None, "contradicted", "rounded"),  # capped at ±10%, not ±5,000
    ("12,500", 12500, "approx", "about 12,500 North Koreans", "supported", "about"),  # ±10%
    ("12,000", 12000, "approx", "about 12,000 North Koreans", "contradicted", "about"),
    ("15,000", 15000, "approx", "about 15,000 North Koreans", "contradicted", "about"),
    ("14,000", 14000, "approx", "nearly 14,000 North Koreans", "supported", "nearly"),
    ("12,900", 12900, "approx", "almost 12,900 North Koreans", "contradicted", "nearly"),  # over
    ("13,000", 13000, "approx", "almost 13,000 North Koreans", "supported", "nearly"),  # rounding
    ("13,000", 13000, "approx", "13,000-odd North Koreans", "supported", "odd"),
    ("12,000", 12000, "approx", "12,000-odd North Koreans", "contradicted", "odd"),
    ("10,000", 10000, "more_than", None, "supported", "more_than"),
    ("13,221", 13221, "more_than", None, "contradicted", "more_than"),  # "more than" is strict
    ("13,221", 13221, "at_least", None, "supported", "at_least"),
    ("15,000", 15000, "at_most", None, "supported", "at_most"),
    ("13,000", 13000, "at_most", None, "contradicted", "at_most"),
    ("20,000", 20000, "less_than", None, "supported", "less_than"),
]


@pytest.mark.parametrize(
    ("text", "quantity", "qualifier", "sentence", "verdict", "rule"), TOTAL_CASES
)
def test_tolerance_rules_against_the_2024_total(
    text: str, quantity: float, qualifier: str, sentence: str | None, verdict: str, rule: str
) -> None:
    c = claim(quantity, text, qualifier=qualifier, sentence=sentence)
    r = check_claim(SNAP, c)
    assert r.verdict == verdict, r.explanation
    assert r.tolerance["rule"] == rule
    assert "13,221" in r.explanation  # the explanation names the statistic
    assert r.observed is not None and r.observed["count"] == 13221


def test_rounded_band_is_stated_in_numbers() -> None:
    r = check_claim(SNAP, claim(13000, "13,000"))
    assert (r.tolerance["low"], r.tolerance["high"]) == (12500, 13500)
    assert "nearest 1,000" in r.explanation and "12,500–13,500" in r.explanation


def test_nearly_is_ninety_to_hundred_percent_plus_rounding() -> None:
    c = claim(
        8000, "8,000", qualifier="approx", purpose="study", sentence="Nearly 8,000 came to study."
    )
    r = check_claim(SNAP, c)
    assert r.verdict == "supported"
    # 90-100% of 8,000, and over it by 2% at most since "8,000" is itself rounded
    assert (r.tolerance["low"], r.tolerance["high"]) == (7200, 8160)
    assert "7,887" in r.explanation


@pytest.mark.parametrize(
    ("sentence", "text", "hedge"),
    [
        ("Nearly 8,000 came.", "8,000", "nearly"),
        ("Почти 8 тысяч человек приехали учиться.", "8 тысяч", "nearly"),
        ("거의 8천 명이 유학 목적으로 입국했다.", "8천", "nearly"),
        ("유학생이 8천 명 가까이 입국했다.", "8천", "nearly"),
        ("将近8000人以留学名义入境。", "8000", "nearly"),
        ("About 8,000 came.", "8,000", "about"),
        ("Около 8 тысяч человек.", "8 тысяч", "about"),
        ("약 8천 명이 입국했다.", "8천", "about"),
        ("最近8000人入境。", "8000", "about"),  # 最近 is "recently", not 近 "nearly"
        ("1만 3천여 명이 입국했다.", "1만 3천", "odd"),
        ("5000多人入境。", "5000", "odd"),
        ("13 тысяч с лишним граждан КНДР.", "13 тысяч", "odd"),
        ("3천 명 여성이 입국했다.", "3천", "about"),  # 여성 ("women") is not the suffix 여
    ],
)
def test_hedge_words_in_four_languages(sentence: str, text: str, hedge: str) -> None:
    c = claim(8000, text, qualifier="approx", sentence=sentence)
    assert hedge_of(c, load_config()) == hedge


def test_vague_quantity_is_not_enough_data() -> None:
    r = check_claim(
        SNAP,
        claim(1000, "Thousands", qualifier="vague", sentence="Thousands of North Koreans came."),
    )
    assert r.verdict == "not_enough_data"
    assert "vague" in r.explanation and r.observed is None


def test_loose_bound_is_flagged_but_supported() -> None:
    r = check_claim(SNAP, claim(1000, "1,000", qualifier="more_than"))
    assert r.verdict == "supported"
    assert "understates" in r.explanation


@pytest.mark.parametrize(
    ("value", "kind", "baseline", "verdict"),
    [
        (12, "ratio", "2023", "supported"),  # 13,221 / 1,117 = 11.8 rounds to 12
        (11, "ratio", "2023", "contradicted"),
        (13, "ratio", "2023", "contradicted"),
        (11.8, "ratio", "2023", "supported"),
        (11.9, "ratio", "2023", "contradicted"),  # one decimal written: 11.85-11.95
        (1084, "percent_change", "2023", "supported"),  # +1,083.6%
        (1000, "percent_change", "2023", "contradicted"),
        (12104, "difference", "2023", "supported"),
        (12000, "difference", "2023", "supported"),  # rounded to the nearest 1,000
        (59, "ratio", "2022", "supported"),  # 13,221 / 223 = 59.3
    ],
)
def test_comparison_tolerance(value: float, kind: str, baseline: str, verdict: str) -> None:
    r = check_claim(SNAP, claim(None, comparison=Comparison(kind, value, baseline)))
    assert r.verdict == verdict, r.explanation
    assert "1,117" in r.explanation or "223" in r.explanation
    assert r.observed is not None and r.observed["comparison"]["baseline_period"] == baseline


def test_hedged_comparison_uses_the_claim_qualifier() -> None:
    more = claim(None, qualifier="more_than", comparison=Comparison("ratio", 10, "2023"))
    assert check_claim(SNAP, more).verdict == "supported"
    less = claim(None, qualifier="less_than", comparison=Comparison("ratio", 10, "2023"))
    assert check_claim(SNAP, less).verdict == "contradicted"


def test_chinese_grew_n_times_may_mean_n_plus_one() -> None:
    # 增长11倍 literally: grew by 11 times = 12 times the baseline
    c = claim(None, lang="zh", comparison=Comparison("ratio", 11, "2023"))
    r = check_claim(SNAP, c)
    assert r.verdict == "supported"
    assert "增长11倍" in r.explanation
    # the English reading allows only 11
    assert check_claim(SNAP, claim(None, comparison=Comparison("ratio", 11, "2023"))).verdict == (
        "contradicted"
    )


def test_range_operations() -> None:
    a = Range(10, 20)
    assert a.contains(10) and a.contains(20) and not a.contains(20.5)
    assert Range(12, 15).within(a) and not Range(5, 15).within(a)
    assert Range(20, 30, low_open=True).disjoint(a) and not Range(20, 30).disjoint(a)
    assert not Range(10, 20, high_open=True).contains(20)


def test_config_errors_name_the_key() -> None:
    from importlib import resources

    import yaml

    raw = yaml.safe_load(
        resources.files("sanctionwatch.data").joinpath("claim_checks.yaml").read_text()
    )
    raw["bands"]["about"] = [0.9]
    with pytest.raises(ConfigError, match=r"bands\.about"):
        parse_config(raw)


@given(
    q=st.integers(min_value=1, max_value=10**7),
    qualifier=st.sampled_from(["exact", "approx", "more_than", "at_least", "at_most", "less_than"]),
    hedge=st.sampled_from(["about", "nearly", "odd"]),
)
def test_every_range_holds_its_own_wording(q: int, qualifier: str, hedge: str) -> None:
    from sanctionwatch.claims.tolerance import tolerance_for, value_precision

    cfg = load_config()
    tol = tolerance_for(qualifier, q, value_precision(q), hedge, cfg)
    assert tol is not None
    r = tol.range
    if qualifier == "exact":
        # digits written to the unit must match; a round figure stays within ±10%
        assert r.contains(q) and r.high - r.low <= 0.2 * q + 1e-9
        if q % 10:
            assert r.low == r.high == q
    elif qualifier == "approx" and hedge == "nearly":
        # at most the figure, or over it by no more than its rounding and 2%
        assert r.contains(q) and r.contains(0.9 * q) and not r.contains(1.02 * q + 1)
        if q % 10:
            assert not r.contains(q + 1)
    elif qualifier == "approx" and hedge == "odd":
        assert r.low == q and not r.contains(q - 1) and not r.contains(1.2 * q + 1)
    elif qualifier == "approx":
        # ±10%, widened by the figure's rounding to no more than ±20%
        assert r.contains(0.9 * q) and r.contains(1.1 * q)
        assert not r.contains(0.8 * q - 1) and not r.contains(1.2 * q + 1)
    elif qualifier == "more_than":
        assert not r.contains(q) and r.contains(q + 1)
    elif qualifier == "at_least":
        assert r.contains(q) and not r.contains(q - 1)
    elif qualifier == "at_most":
        assert r.contains(q) and not r.contains(q + 1)
    else:
        assert not r.contains(q) and r.contains(q - 1)
    assert tol.description  # every rule names itself


@pytest.mark.parametrize(
    ("value", "observed", "inside"),
    [
        (1000, 812, True),  # "about 1,000": 800–1,200
        (1000, 760, False),  # not 500–1,500, as the rounding to the nearest 1,000 would allow
        (10000, 5500, False),
        (10000, 11900, True),
        (13000, 12600, True),  # ±10% already holds it
    ],
)
def test_about_rounding_is_capped(value: int, observed: int, inside: bool) -> None:
    from sanctionwatch.claims.tolerance import tolerance_for, value_precision

    tol = tolerance_for("approx", value, value_precision(value), "about", load_config())
    assert tol is not None
    assert tol.range.contains(observed) is inside
    assert "±" in tol.description
