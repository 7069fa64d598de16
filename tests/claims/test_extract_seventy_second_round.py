"""Readings from the sixteenth session's work on blind round 72 (en/ru), in sentences written for
the tests: the numerator of a fraction beside its headcount, calibres, ..."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 8, 15)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("ru", "Почти две трети поездок — 1 840 — пришлись на учебу.", 1840),
        ("en", "Nearly two-thirds of the trips — 1,840 — were made to study.", 1840),
    ],
)
def test_the_numerator_of_a_fraction_is_no_count(lang: str, text: str, figure: int) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == [(figure,)]


def test_a_calibre_in_millimetres_is_no_count() -> None:
    text = (
        "Украинские военные сообщают о северокорейских 152-мм гаубицах и 240-мм реактивных "
        "системах."
    )
    assert read_fields(text, "ru", "quantity", doc_date=D) == []


def test_a_hedged_rise_by_a_number_is_a_difference() -> None:
    text = "По сравнению с ноябрем число рабочих из КНДР в крае выросло примерно на 2 тыс. человек."
    got = read_fields(text, "ru", "quantity", "comparison", doc_date=D)
    assert got == [(None, {"kind": "difference", "value": 2000, "baseline_period": "2024-11"})]


def test_a_rise_described_before_its_percentage_is_a_percent_change() -> None:
    text = "Work entries rose a relatively modest 45 percent year on year, to 1,310, in 2024."
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert got == [
        (1310, {"kind": "percent_change", "value": 45, "baseline_period": "2023"}),
    ]


def test_a_permanent_place_of_residence_is_that_purpose() -> None:
    text = "Еще пятеро граждан КНДР указали целью въезда постоянное место жительства."
    assert read_fields(text, "ru", "quantity", "purpose", doc_date=D) == [
        (5, "permanent_residence")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "North Koreans entered Russia 3,950 times in the second quarter, up from just over "
            "280 in the first quarter.",
        ),
        (
            "ru",
            "Во втором квартале граждане КНДР въезжали в Россию 3 950 раз против 280 в первом "
            "квартале.",
        ),
    ],
)
def test_a_level_set_against_counts_what_the_figure_counts(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "unit", doc_date=D)
    assert got == [(3950, "entries"), (280, "entries")]


def test_the_day_a_speaker_said_it_in_a_city_is_no_period() -> None:
    text = (
        "North Korea will send 2,000 more military builders to Russia, Sergei Shoigu said in "
        "Pyongyang on Tuesday."
    )
    assert read_fields(text, "en", "quantity", "period", doc_date=D) == [(2000, None)]


def test_such_trips_are_of_the_purpose_the_clause_before_named() -> None:
    text = (
        "Business travel stayed rare, with just 36 such trips by North Koreans recorded in the "
        "first half of 2025."
    )
    assert read_fields(text, "en", "quantity", "purpose", doc_date=D) == [(36, "business")]
