"""Forms met in the thirty-first round (English and Russian, wire copy and digests), fixed after
it was scored on arrival: a headline's RECORD far before the figure, "H1", a running count
followed by the span it covers, "Chinese universities", a place past a semicolon, a month an
estimate was made in, "closer to", «поездку», «слушатели», «ещё до 3 тыс. человек», a labelled
vague figure; and numbers that are no claim: an age closing a sentence, a vote's tally."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2026, 2, 9)


def test_a_headlines_record_before_the_figure() -> None:
    text = (
        "DPRK ENTRIES TO RUSSIA HIT RECORD | • Total for 2025: 19,870 entries, the most since "
        "comparable records began in 2010 (FSB border data)."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert got == [(19870, "2025", {"kind": "record", "value": None, "baseline_period": "2010"})]


def test_h1_a_running_count_with_its_span_and_chinese_universities() -> None:
    text = (
        "• Year-to-date (H1 2025) DPRK entries to Russia: 4.8 thousand. • Elsewhere: some "
        "fifteen hundred North Korean students enrolled at Chinese universities in 2025; in "
        "Laos, at least 150 DPRK workers arrived in H1."
    )
    got = read_fields(text, "en", "quantity", "period", "destination", doc_date=D)
    assert got == [
        (4800, "2025-01..2025-06", "RU"),
        (1500, "2025", "CN"),
        (150, "2025-01..2025-06", "LA"),
    ]


def test_the_month_an_estimate_was_made_and_closer_to() -> None:
    text = (
        "The spy agency estimated in November that 9,000 to 11,000 North Korean soldiers had "
        "been deployed to Russia, while U.S. officials put the figure closer to 11,000."
    )
    got = read_fields(text, "en", "quantity", "qualifier", "period", doc_date=date(2024, 12, 18))
    assert got == [(9000, "at_least", None), (11000, "at_most", None), (11000, "approx", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Граждане КНДР в 2024 году совершили 12 101 поездку в Россию.",
            [(12101, "entries", "total")],
        ),
        (
            "На подготовительные отделения зачислены не менее 350 слушателей из Северной Кореи.",
            [(350, "students", "study")],
        ),
        (
            "Около 12 тыс. военнослужащих КНДР были направлены в Россию, а в январе прибыли еще "
            "до 2 тыс. человек для пополнения.",
            [(12000, "troops", "troops"), (2000, "troops", "troops")],
        ),
    ],
)
def test_russian_nouns(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D) == expected


def test_a_labelled_vague_figure() -> None:
    text = (
        "• 'Work' purpose: 2,110 North Korean entries in January–June; 'private' visits: a few "
        "hundred."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=date(2025, 8, 4))
    assert got == [(2110, "work"), (100, "private")]


@pytest.mark.parametrize(
    "text",
    [
        # an age closing the sentence
        "Pyongyang wants 40,000 North Korean labourers in Russia, according to lawmaker Kim "
        "Sun-ho, 58.",
        # a vote's tally
        "Resolution 2397, adopted 15-0 in December 2017, required 40,000 North Korean workers "
        "to go home.",
    ],
)
def test_numbers_that_are_no_claim(text: str) -> None:
    assert read_quantities(text, "en", doc_date=D) == [40000]
