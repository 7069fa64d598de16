"""Forms met in the fourteenth held-out round (English and Russian): "$500mn", vague hundreds of
millions, "Hundreds of them", "X alone", compatriots, "up 5x", "~26%", money sent to the
regime, a share of a wage "of which", attendees, votes and designations."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims
from tests.claims.claim_readings import read_fields

D = date(2025, 10, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our panel on DPRK labour drew 180 attendees and 2,100 views online."),
        ("ru", "Соглашение Госдума одобрила 24 октября 401 голосом."),
        ("en", "London is sanctioning 11 individuals and entities linked to North Korean troops."),
        (
            "ru",
            "Северокорейский рабочий получает 45 тыс. рублей в месяц, из которых 35 тыс. "
            "забирает государство.",
        ),
    ],
)
def test_not_claims(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Pyongyang earns about $400mn a year from workers in Russia, Seoul says.",
            [(400_000_000, "approx", "usd")],
        ),
        (
            "ru",
            "Доходы КНДР от экспорта рабочей силы в Россию оцениваются в сотни миллионов "
            "долларов в год.",
            [(100_000_000, "vague", "usd")],
        ),
        (
            "en",
            "The scheme brought in at least $4.2 million for the government in Pyongyang.",
            [(4_200_000, "at_least", "usd")],
        ),
        (
            "ru",
            "В октябре, по данным разведки, речь шла о полутора тысячах военных КНДР.",
            [(1500, "exact", "troops")],
        ),
    ],
)
def test_money_and_spelled_amounts(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", "unit", doc_date=D) == expected


def test_money_sent_to_the_regime_comes_from_the_dprk() -> None:
    text = "The scheme brought in at least $4.2 million for the government in Pyongyang."
    assert read_fields(text, "en", "origin", "destination", doc_date=D) == [("KP", None)]


def test_parts_of_the_count_before() -> None:
    text = (
        "Some 900 North Korean students are in Russia this year. Hundreds of them came to "
        "Vladivostok by train. Kazan Federal University alone hosts about 150."
    )
    assert read_fields(text, "en", "quantity", "qualifier", "origin", doc_date=D) == [
        (900, "approx", "KP"),
        (100, "vague", "KP"),
        (150, "approx", "KP"),
    ]


def test_compatriots_counted_after_a_figure_of_the_same_people() -> None:
    text = (
        "About 1,500 North Korean workers reached Hunchun in May. They join some 20,000–25,000 "
        "compatriots already employed in the city's fish plants."
    )
    assert read_fields(text, "en", "quantity", "origin", doc_date=D) == [
        (1500, "KP"),
        (20000, "KP"),
        (25000, "KP"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean work entries rose 3x in 2025, the data show.", ("ratio", 3.0)),
        ("North Korean entries fell ~20% to 10,400 in 2025.", ("percent_change", -20.0)),
    ],
)
def test_analysts_shorthand(text: str, expected: tuple[str, float]) -> None:
    [(c,)] = read_fields(text, "en", "comparison", doc_date=D)
    assert (c["kind"], c["value"]) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the figure set against ("twelvefold the 1,117 … a year earlier") is of the earlier year
        (
            "en",
            "North Koreans entered Russia 12,400 times in 2024, more than tenfold the 1,150 "
            "entries recorded a year earlier. Of those, 7,100 came to study.",
            [(12400, "2024"), (1150, "2023"), (7100, "2024")],
        ),
        # a fraction as a change, and the figure in brackets after "a year earlier"
        (
            "ru",
            "В 2025 году граждане КНДР въезжали в Россию 9,2 тыс. раз — примерно на треть "
            "меньше, чем годом ранее (около 13 тысяч).",
            [(9200, "2025"), (13000, "2024")],
        ),
        # the period after the level a change fell from is that level's
        (
            "en",
            "Study entries collapsed to 52 from 3,640 in the third quarter of 2024.",
            [(52, None), (3640, "2024-Q3")],
        ),
    ],
)
def test_periods_of_figures_set_against(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected


def test_a_fraction_is_a_percent_change() -> None:
    text = "В 2025 году граждане КНДР въезжали в Россию 9,2 тыс. раз — примерно на треть меньше."
    [(c,)] = read_fields(text, "ru", "comparison", doc_date=D)
    assert (c["kind"], c["value"]) == ("percent_change", -33.3)


def test_a_line_of_the_table_that_rose_to_a_figure() -> None:
    text = (
        "North Koreans entered Russia 2,300 times in the second quarter of 2025. The “transit” "
        "line rose 30% quarter on quarter, to 88."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert [(q, c["kind"] if c else None) for q, c in got] == [
        (2300, None),
        (88, "percent_change"),
    ]
