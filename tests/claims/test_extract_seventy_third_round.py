"""Readings from the sixteenth session's work on blind round 73 (en/ru), in sentences written for
the tests: a baseline named as "the figure for the first three months", ..."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 8, 12)


def test_times_the_figure_for_the_first_months_is_the_baseline() -> None:
    text = (
        "North Koreans entered Russia 3,100 times in the second quarter. Of those entries, 1,020 "
        "were for study, almost three times the figure for the first three months of the year."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert (
        1020,
        "2025-Q2",
        {"kind": "ratio", "value": 3, "baseline_period": "2025-01..2025-03"},
    ) in got


def test_a_period_in_a_plural_described_clause_is_not_the_figures() -> None:
    text = (
        "North Koreans entered Russia 3,100 times in the second quarter. Another 510 gave "
        "business as their purpose, categories that had been all but empty since 2020."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert (510, "2025-Q2") in got


def test_the_subject_before_an_aside_names_the_predicate_figures_purpose() -> None:
    text = "Trips by crew members, chiefly on freight trains, climbed 25% to 880 in 2025."
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(880, "service_personnel")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Инспекторы выявили 14 рабочих из КНДР без патентов; шестерых из них выдворят, ещё "
            "пятерым назначены штрафы.",
            [14, 6, 5],
        ),
        ("Двое пленных северокорейцев содержатся в Киеве.", []),
        ("Троим пленным военным КНДР около 25 лет.", []),
    ],
)
def test_collective_numerals_in_every_case_and_prisoners(text: str, expected: list[int]) -> None:
    got = read_fields(text, "ru", "quantity", doc_date=D)
    assert [q for (q,) in got] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В Хабаровском крае находятся 960 граждан КНДР: 610 из них приехали работать."),
        ("en", "Some 960 North Koreans are in Khabarovsk Krai: 610 of them came to work."),
    ],
)
def test_a_total_before_a_colon_and_its_breakdown_has_no_purpose(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "purpose", doc_date=D)
    assert got == [(960, "total"), (610, "work")]
