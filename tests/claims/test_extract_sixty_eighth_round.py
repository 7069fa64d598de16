"""Readings from the fifteenth session's work on blind round 68 (en/ru), in sentences written for
the tests: shares beside their headcount after the counted noun, guesses between two figures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "North Koreans entered Russia 5,010 times in the third quarter. More than half of "
            "those crossings — 2,710 — were listed under work.",
            2710,
        ),
        (
            "ru",
            "В третьем квартале граждане КНДР въезжали в Россию 5010 раз, причем больше половины "
            "поездок (2710) пришлись на работу.",
            2710,
        ),
    ],
)
def test_a_share_beside_its_headcount_after_the_noun_is_no_share_claim(
    lang: str, text: str, figure: int
) -> None:
    got = read_fields(text, lang, "quantity", "unit", doc_date=D)
    assert (figure, "entries") in got and all(u != "percent" for _, u in got)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In August, some three or four hundred North Koreans crossed at Khasan."),
        ("ru", "В августе через Хасан прошли 300 или 400 граждан КНДР."),
    ],
)
def test_a_guess_between_two_figures_is_a_range(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "qualifier", doc_date=D)
    assert got == [(300, "at_least"), (400, "at_most")]


def test_a_period_in_a_clause_describing_the_category_is_not_the_figures() -> None:
    text = (
        "North Koreans entered Russia 5,010 times in the third quarter. Some 2,710 of those "
        'crossings were listed under "work," a category that had barely registered a year '
        "earlier. Study accounted for 1,990 entries."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(5010, "2025-Q3"), (2710, "2025-Q3"), (1990, "2025-Q3")]


def test_disciplines_and_programs_are_things() -> None:
    text = (
        "Some 1,200 North Korean students study in Russia; Far Eastern Federal University alone "
        "runs programs for them in 31 disciplines."
    )
    got = read_fields(text, "en", "quantity", doc_date=D)
    assert got == [(1200,)]


def test_the_day_reporters_were_told_in_a_city_dates_the_statement() -> None:
    text = (
        "Russian universities now host about 1,300 students from North Korea, a deputy minister "
        "told reporters in Moscow on Wednesday."
    )
    assert read_fields(text, "en", "quantity", "period", doc_date=D) == [(1300, None)]


def test_a_part_of_some_whole_leaves_the_whole_every_purposes_total() -> None:
    text = (
        "In the second quarter, 1,410 of some 2,300 North Korean border crossings into Russia "
        "were attributed to employment."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(1410, "work"), (2300, "total")]


def test_a_change_from_the_last_months_of_a_year_is_against_those_months() -> None:
    text = (
        "North Korean entries into Russia fell by 85% in the first quarter of 2025 from the final "
        "three months of 2024, to 410, border data show."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (
            410,
            "2025-Q1",
            {"kind": "percent_change", "value": -85.0, "baseline_period": "2024-10..2024-12"},
        )
    ]
