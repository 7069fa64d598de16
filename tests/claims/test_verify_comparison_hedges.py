"""Hedges of comparisons and shares: "more than tenfold", "10배 넘게", "约10倍", "60% 가까이".

The contract leaves such a claim's qualifier null; the check reads the hedge from the words
around the comparison, so "more than tenfold" is a bound and "about 15 times" allows ±10%.
Against the fixtures: 2024 13,221 / 2023 1,117 = 11.8 times, +1,083.6%.
"""

from __future__ import annotations

from datetime import date

import pytest
from verify_fixtures import snapshot

from sanctionwatch.claims.extract import extract_claims
from sanctionwatch.claims.verify import check_claim

SNAP = snapshot()


@pytest.mark.parametrize(
    ("text", "lang", "verdict", "says"),
    [
        (
            "Entries by North Koreans into Russia grew more than tenfold in 2024 from 2023.",
            "en",
            "supported",
            "more than 10 times",
        ),
        (
            "Entries by North Koreans into Russia grew more than fifteenfold in 2024 from 2023.",
            "en",
            "contradicted",
            "more than 15 times",
        ),
        (
            "Entries by North Koreans into Russia rose by about 1,100% in 2024 from 2023.",
            "en",
            "supported",
            "about +1100%",
        ),
        (
            "Entries by North Koreans into Russia grew almost twelvefold in 2024 from 2023.",
            "en",
            "supported",
            "nearly 12 times",
        ),
        (
            "В 2024 году число въездов граждан КНДР в Россию выросло более чем в десять раз "
            "по сравнению с 2023 годом.",
            "ru",
            "supported",
            "more than 10 times",
        ),
        (
            "지난해 러시아에 입국한 북한 주민은 2023년보다 10배 넘게 늘었다.",
            "ko",
            "supported",
            "more than 10 times",
        ),
        (
            "지난해 러시아에 입국한 북한 주민은 2023년보다 약 15배 늘었다.",
            "ko",
            "contradicted",
            "about 15 times",
        ),
        ("去年入境俄罗斯的朝鲜人是2023年的十倍多。", "zh", "supported", "more than 10 times"),
    ],
)
def test_comparison_hedge_sets_the_band(text: str, lang: str, verdict: str, says: str) -> None:
    claims = [c for c in extract_claims(text, lang=lang, doc_date=date(2025, 2, 1)) if c.comparison]
    assert len(claims) == 1, claims
    c = claims[0]
    assert c.quantity is None and c.qualifier is None  # as the contract has it
    r = check_claim(SNAP, c)
    assert r.verdict == verdict, r.explanation
    assert f"the text says {says}" in r.explanation


def test_unhedged_comparison_keeps_the_rounding_of_its_number() -> None:
    c = extract_claims(
        "Entries by North Koreans into Russia grew tenfold in 2024 from 2023.",
        lang="en",
        doc_date=date(2025, 2, 1),
    )[0]
    r = check_claim(SNAP, c)
    assert r.verdict == "contradicted"  # 11.8 is not 9.5–10.5
    assert "the text says 10 times" in r.explanation


@pytest.mark.parametrize(
    ("text", "lang", "verdict", "says"),
    [
        (
            "In 2024, 13,221 North Koreans entered Russia, up more than 1,000% from 2023.",
            "en",
            "supported",
            "more than +1000%",
        ),
        (
            "In 2024, 13,221 North Koreans entered Russia, more than ten times as many as in 2023.",
            "en",
            "supported",
            "more than 10 times",
        ),
        (
            "In 2024, 13,221 North Koreans entered Russia, up about 1,300% from 2023.",
            "en",
            "contradicted",
            "about +1300%",
        ),
        (
            "В 2024 году в Россию въехали 13 221 гражданин КНДР — почти в 12 раз больше, чем "
            "в 2023 году.",
            "ru",
            "supported",
            "nearly 12 times",
        ),
        (
            "지난해 러시아에 입국한 북한 주민은 1만3221명으로 2023년보다 10배 넘게 늘었다.",
            "ko",
            "supported",
            "more than 10 times",
        ),
    ],
)
def test_hedge_of_a_comparison_beside_a_figure(
    text: str, lang: str, verdict: str, says: str
) -> None:
    [c] = [x for x in extract_claims(text, lang=lang, doc_date=date(2025, 2, 1)) if x.comparison]
    assert c.quantity == 13221 and c.qualifier == "exact"  # the figure's own qualifier
    r = check_claim(SNAP, c)
    assert r.verdict == verdict, r.explanation
    assert f"the text says {says}" in r.explanation


def test_two_numbers_that_could_be_the_comparison_are_read_as_written() -> None:
    # the comparison's number stands twice: which hedge is its own cannot be told
    text = (
        "In 2024, 13,221 North Koreans entered Russia, 12 times the 2023 figure, up about 12 times."
    )
    cs = [x for x in extract_claims(text, lang="en", doc_date=date(2025, 2, 1)) if x.comparison]
    assert cs
    for c in cs:
        assert "the text says 12 times" in check_claim(SNAP, c).explanation


@pytest.mark.parametrize(
    ("share", "qualifier", "verdict"),
    [
        ("63% 가까이가", "approx", "supported"),  # "nearly 63%": 56.7–63 holds 59.7%
        ("63%가", "exact", "contradicted"),  # 62.5–63.5
        ("55% 가까이가", "approx", "contradicted"),  # "nearly" is at most the figure
    ],
)
def test_hedge_after_a_korean_share(share: str, qualifier: str, verdict: str) -> None:
    # 2024: study 7,887 of 13,221 entries = 59.7%
    text = (
        "지난해 러시아에 입국한 북한 주민은 1만3221명이었다. "
        f"이 가운데 {share} 방문 목적을 '유학'으로 적었다."
    )
    c = extract_claims(text, lang="ko", doc_date=date(2025, 2, 1))[1]
    assert c.unit == "percent" and c.qualifier == qualifier
    r = check_claim(SNAP, c)
    assert r.verdict == verdict, r.explanation


def test_zh_over_n_times_before_the_times_word() -> None:
    # "10余倍": more than ten times (11.8 is supported); the ratio is read with its 余
    [c] = [
        x
        for x in extract_claims(
            "去年入境俄罗斯的朝鲜人是2023年的10余倍。", lang="zh", doc_date=date(2025, 2, 1)
        )
        if x.comparison
    ]
    assert c.comparison is not None and c.comparison.value == 10
    r = check_claim(SNAP, c)
    assert r.verdict == "supported", r.explanation
    assert "more than 10 times" in r.explanation


@pytest.mark.parametrize(
    ("text", "verdict", "says"),
    [
        (
            "In 2024, 13,221 North Koreans entered Russia, nearly a twelvefold increase on 2023.",
            "supported",
            "nearly 12 times",
        ),
        (
            "In 2024, 13,221 North Koreans entered Russia, more than a tenfold rise on 2023.",
            "supported",
            "more than 10 times",
        ),
        (
            "In 2024, 13,221 North Koreans entered Russia, a 15-fold increase on 2023.",
            "contradicted",
            "15 times",
        ),
    ],
)
def test_a_fold_word_beside_a_figure_takes_its_hedge(text: str, verdict: str, says: str) -> None:
    [c] = [x for x in extract_claims(text, lang="en", doc_date=date(2025, 2, 1)) if x.comparison]
    r = check_claim(SNAP, c)
    assert r.verdict == verdict, r.explanation
    assert f"the text says {says}" in r.explanation
