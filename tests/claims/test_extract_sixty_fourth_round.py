"""Readings from the fifteenth session's work on blind round 64 (en/ru), in sentences written for
the tests: percentages written as words, shares "a year earlier" than the sentence's own figure."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 10, 20)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "North Koreans entered Russia 4,100 times in the third quarter. About 40 per cent of "
            "them came to study.",
        ),
        (
            "en",
            "North Koreans entered Russia 4,100 times in the third quarter. About 40 percent of "
            "them came to study.",
        ),
        (
            "ru",
            "В третьем квартале граждане КНДР въезжали в Россию 4 100 раз. Около 40 процентов из "
            "них приехали на учебу.",
        ),
    ],
)
def test_a_percentage_in_words_is_a_share_like_the_sign(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "unit", "purpose", "period", doc_date=D)
    assert got == [(4100, "entries", "total", "2025-Q3"), (40, "percent", "study", "2025-Q3")]


def test_a_share_in_words_after_an_aside_in_dashes() -> None:
    text = (
        "Students — most of them on one-year language courses — made up 38 percent of all North "
        "Korean entries into Russia in the third quarter."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", "destination", doc_date=D)
    assert got == [(38, "percent", "study", "RU")]


def test_a_percentage_in_words_of_something_else_is_no_claim() -> None:
    # guard: a rate of something other than the people counted
    text = "Inflation in Primorye reached 9 percent last year, the regional statistics office said."
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_a_share_a_year_before_the_sentences_own_figure() -> None:
    # the article's month before is not what "a year earlier" is counted from
    text = (
        "Border guards registered 96 North Korean tourists in September, the directorate said. "
        "Students made up 44% of all North Korean entries into Russia in the third quarter, up "
        "from 21% a year earlier."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(96, "2025-09"), (44, "2025-Q3"), (21, "2024-Q3")]
