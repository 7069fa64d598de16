"""Readings from the sixteenth session's work on blind round 71 (en/ru), in sentences written for
the tests: other nationalities' people named as "citizens of", ..."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_citizens_of_another_country_are_not_a_watched_flow() -> None:
    text = "For comparison, citizens of Tajikistan entered Russia more than 2.1 million times."
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_citizens_of_the_dprk_are_counted() -> None:
    text = "Some 1,200 citizens of the DPRK entered Russia in January."
    assert read_fields(text, "en", "quantity", "origin", doc_date=D) == [(1200, "KP")]


def test_a_hedged_figure_after_times_the_is_the_baseline() -> None:
    text = (
        "North Koreans entered Russia 4,600 times in the third quarter. That is about 15 times "
        "the roughly 300 entries logged in the first quarter of the year."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2025, 11, 10))
    assert (None, {"kind": "ratio", "value": 15, "baseline_period": "2025-Q1"}) in got


def test_a_period_after_a_further_figure_is_that_figures_own() -> None:
    text = (
        "Seoul said about 10,000 North Korean soldiers had been deployed to Russia and that "
        "some 2,000 more arrived last month."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2025, 2, 12))
    assert got == [(10000, None), (2000, "2025-01")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The university expects about 120 new North Korean students in September."),
        ("ru", "В сентябре мы ждем около 120 новых студентов из КНДР."),
    ],
)
def test_a_month_ahead_that_is_expected_is_this_years(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "period", doc_date=date(2025, 6, 18))
    assert got == [(120, "2025-09")]


def test_the_number_of_a_named_group_fallen_to_zero_is_a_claim_of_none() -> None:
    text = (
        "Qatar told the committee that the number of North Korean workers in the country had "
        "fallen to zero by December 2019."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2020, 3, 1))
    assert got == [(0, "2019-12")]


def test_a_figure_listed_as_private_is_of_the_private_purpose() -> None:
    text = (
        "North Koreans entered Russia 9,800 times in 2024; 5,100 of the trips were listed as "
        "study, 48 as private and 12 as tourism."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert (48, "private") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials say no North Korean workers remain in Mongolia.", [(0, "workers")]),
        (
            "The ministry said no DPRK nationals were registered in the province last year.",
            [(0, "persons")],
        ),
        ("No workers were hurt, and there was no comment from the ministry.", []),
        ("There is no data on how many North Korean workers remain.", []),
    ],
)
def test_none_of_the_people_counted_is_a_count_of_zero(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert read_fields(text, "en", "quantity", "unit", doc_date=D) == expected
