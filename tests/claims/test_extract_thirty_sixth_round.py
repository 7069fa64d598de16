"""Forms met in the thirty-sixth round (English and Russian articles of three or four lines),
fixed after it was scored on arrival: "Russian border guards" count into Russia, "all of them on
official business" gives the purpose, "double the 2022 total of 160" names the baseline's figure;
and numbers that are no claim: dormitories, a restaurant's seats."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 8, 20)


def test_russian_border_guards_count_into_russia() -> None:
    text = "In April–June, Russian border guards registered 4,100 entries by North Korean citizens."
    got = read_fields(text, "en", "quantity", "destination", "attribution", doc_date=D)
    assert got == [(4100, "RU", "FSB Border Service")]


def test_all_of_them_gives_the_purpose() -> None:
    text = (
        "Vietnam reported only 38 entries by North Korean nationals in 2024, all of them on "
        "official business."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(38, "official")]


def test_the_baselines_figure_after_total_of() -> None:
    text = (
        "In 2023, 290 North Koreans visited Mongolia. That figure was nearly double the 2022 total "
        "of 150."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2024, 6, 10))
    assert got == [(290, "2023"), (None, "2023"), (150, "2022")]


@pytest.mark.parametrize(
    "text",
    [
        "About 900 North Korean builders work at sites in Vladivostok, housed in 14 dormitories.",
        "About 900 North Korean builders work in Vladivostok; one canteen seats 120 guests.",
    ],
)
def test_numbers_that_are_no_claim(text: str) -> None:
    assert read_quantities(text, "en", doc_date=D) == [900]


def test_most_of_them_leaves_the_purpose() -> None:
    text = "In total, 7,600 North Koreans entered Russia in 2024, most of them to study."
    assert read_fields(text, "en", "quantity", "purpose", doc_date=D) == [(7600, "total")]
