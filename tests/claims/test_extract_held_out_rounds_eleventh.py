"""Forms met in rounds 29 and 35 (English and Russian), fixed after those rounds had been scored
once as the eleventh session's held-out measure: "21.5 percent above the 8,102 …", "more than
eleven times the 332 study entries logged in the second quarter", holders of DPRK passports; and
numbers that are no flow: agreements and new flights with an adjective between, units of
equipment, categories, restaurants, "one of them", housing completions."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 7)


def test_percent_above_the_figure_of_the_same_period() -> None:
    text = (
        "North Korean citizens made 9,600 entries into Russia in January–September 2025. That "
        "nine-month total is 18.5 percent above the 8,100 entries logged in the same period of "
        "2024."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert (None, {"kind": "percent_change", "value": 18.5, "baseline_period": "2024"}) in got
    assert (8100, None) in got


def test_times_the_figure_logged_in_a_quarter() -> None:
    text = (
        "North Koreans made 3,700 study entries into Russia in Q3 2024; the study figure is more "
        "than ten times the 340 study entries logged in the second quarter."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2024, 11, 12))
    assert (340, "2024-Q2") in got


def test_holders_of_dprk_passports() -> None:
    text = (
        "Vietnamese border authorities registered 298 entries by holders of DPRK passports in "
        "the first half of the year, 161 of them for tourism."
    )
    got = read_fields(text, "en", "quantity", "origin", "purpose", doc_date=date(2025, 7, 22))
    assert got == [(298, "KP", "total"), (161, "KP", "tourism")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "В докладе упоминаются 9 межправительственных соглашений и 3 новых авиарейса, а в "
            "Россию въехали 2 400 граждан КНДР.",
            [2400],
        ),
        ("ru", "В его части было около 30 единиц техники и 200 военных КНДР.", [200]),
        ("ru", "Ведомство разбивает въезды граждан КНДР на 12 категорий.", []),
        (
            "en",
            "About 1,400 North Korean workers are employed in Laos, mostly at some 35 restaurants.",
            [1400],
        ),
        (
            "en",
            "Hundreds of North Korean workers arrive on student visas, and one of them said that "
            "up to 1,500 of this year's students were working on sites.",
            [100, 1500],
        ),
        ("ru", "Ввод жилья в регионе сократился на 6%, а ставки превысили 20%.", []),
    ],
)
def test_numbers_that_are_no_claim(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected
