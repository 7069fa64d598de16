"""Forms met in the twenty-first held-out round (English and Russian), after it was scored on
arrival: measures written as decimals, documents and rooms counted beside people, rents and what
each person paid, a table of flights, "five and a half thousand", a vague amount as the
predicate ("numbering in the tens of thousands"), and a share after "of which"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 5)


def test_a_decimal_without_a_scale_is_a_measure_not_a_headcount() -> None:
    text = (
        "Of the Q2 total, 530 entries were for tourism; the average stay in days was 5.5, "
        "12.0 and 7.4 across the three months."
    )
    assert read_fields(text, "en", "quantity", doc_date=D) == [(530,)]
    text = "Средний срок пребывания граждан КНДР составил 9,5 суток, а в июле — 14,0."
    assert read_fields(text, "ru", "quantity", doc_date=D) == []


def test_a_decimal_share_and_a_decimal_with_a_scale_are_kept() -> None:
    text = (
        "Some 2.4 thousand North Koreans entered Russia in 2024, and 61.5% of them came to study."
    )
    assert read_fields(text, "en", "quantity", "unit", doc_date=D) == [
        (2400, "persons"),
        (61.5, "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Using 36 monthly Rosstat migration bulletins, we count 9,800 North Korean arrivals "
            "in 2024.",
            "en",
            [(9800,)],
        ),
        ("Appointments are in room 118 of the migration office on Tuesdays.", "en", []),
        ("Приём ведется в кабинете 305 по средам с 9 до 12 часов.", "ru", []),
    ],
)
def test_documents_and_rooms_are_not_counts_of_people(
    text: str, lang: str, kept: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == kept


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our rent near the station has gone up 35 per cent since 2021, a resident wrote.", "en"),
        ("Аренда квартир во Владивостоке подорожала на 35% с 2021 года.", "ru"),
        ("Each of the 12 had paid 200 dollars for a medical certificate.", "en"),
    ],
)
def test_rents_and_what_each_person_paid_are_not_flows(text: str, lang: str) -> None:
    got = read_fields(text, lang, "quantity", "unit", "comparison", doc_date=D)
    assert all(q != 200 and cmp is None for q, _, cmp in got), got


def test_bare_figures_under_a_heading_that_names_things() -> None:
    text = (
        "Table 5 — Entries by DPRK nationals into Laos, 2025: Q1 | 140; Q2 | 296; Q3 | 512 "
        "(source: Lao immigration police). Table 6 — Charter flights Pyongyang–Vientiane "
        "operated: Q1 | 3; Q2 | 5; Q3 | 8 (seat capacity per flight: 150)."
    )
    assert read_fields(text, "en", "quantity", "unit", doc_date=D) == [
        (140, "entries"),
        (296, "entries"),
        (512, "entries"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Just over four and a half thousand North Koreans entered Russia in the quarter.",
            "en",
            4500,
        ),
        ("В квартале в Россию въехали свыше шести с половиной тысяч граждан КНДР.", "ru", 6500),
    ],
)
def test_a_number_and_a_half_of_its_multiplier(text: str, lang: str, value: int) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", doc_date=D) == [(value, "more_than")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The report describes North Korean workers in Laos as numbering in the 'hundreds of "
            "thousands', which no source supports.",
            "en",
        ),
        ("Число рабочих из КНДР в Китае исчисляется десятками тысяч.", "ru"),
    ],
)
def test_a_vague_amount_as_the_predicate_of_people_named_before(text: str, lang: str) -> None:
    got = read_fields(text, lang, "qualifier", "unit", doc_date=D)
    assert got == [("vague", "workers")]


def test_a_share_after_of_which() -> None:
    text = (
        "North Koreans made 18,200 entries into Russia in 2024, of which roughly 55% "
        "declared 'study'."
    )
    assert read_fields(text, "en", "quantity", "unit", "purpose", doc_date=D) == [
        (18200, "entries", "total"),
        (55, "percent", "study"),
    ]


def test_people_employed_at_sites_are_at_work() -> None:
    text = "Из них свыше тысячи — студенты, ещё около 250 человек заняты на строительных объектах."
    assert read_fields(text, "ru", "quantity", "purpose", doc_date=D) == [
        (1000, "study"),
        (250, "work"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "В первом квартале граждане КНДР въезжали в Россию около 400 раз, а во втором, "
            "по данным погранслужбы, — уже 2,9 тысячи.",
            "ru",
        ),
        (
            "In the first quarter North Koreans made about 400 entries into Russia, and in the "
            "second, 2,900.",
            "en",
        ),
    ],
)
def test_the_quarter_left_unsaid_after_one_named(text: str, lang: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [
        (400, "2025-Q1"),
        (2900, "2025-Q2"),
    ]


def test_the_first_since_a_year_is_neither_a_record_nor_that_year() -> None:
    text = "Впервые с 2018 года во Владивосток прибыла группа туристов из КНДР — 31 человек."
    assert read_fields(text, "ru", "quantity", "period", "comparison", doc_date=D) == [
        (31, None, None)
    ]


def test_a_fraction_as_a_change_since_a_month() -> None:
    text = (
        "Kyiv says the North Korean contingent in Kursk has grown by a quarter since October, "
        "to about 14,000."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (14000, None, {"kind": "percent_change", "value": 25.0, "baseline_period": "2025-10"})
    ]


def test_a_stock_on_a_day_dated_in_full_is_at_that_day() -> None:
    text = (
        "The regional labour ministry says 1,390 DPRK citizens held valid work permits in "
        "Khabarovsk Krai as of 1 October 2025, up from 702 a year earlier."
    )
    assert read_fields(text, "en", "quantity", "period", doc_date=D) == [
        (1390, "2025-10-01"),
        (702, "2024-10-01"),
    ]
    text = "На 1 октября 2025 года в крае находились 1 390 граждан КНДР."
    assert read_fields(text, "ru", "quantity", "period", doc_date=D) == [(1390, "2025-10-01")]


@pytest.mark.parametrize(
    ("text", "lang", "change"),
    [
        (
            "North Koreans made 8,420 entries into Russia in 2024. The 2022 figure was 930, "
            "meaning entries rose about ninefold.",
            "en",
            {"kind": "ratio", "value": 9.0, "baseline_period": "2022"},
        ),
        (
            "Во втором квартале граждане КНДР въезжали в Россию 1 720 раз. Для сравнения: в "
            "первом квартале было лишь 410 поездок, то есть рост составил почти 4,2 раза.",
            "ru",
            {"kind": "ratio", "value": 4.2, "baseline_period": "2025-Q1"},
        ),
        (
            "В третьем квартале граждане КНДР въезжали в Россию 2 500 раз. В третьем квартале "
            "2024 года было 2 000 поездок, то есть год к году прирост около 25%.",
            "ru",
            {"kind": "percent_change", "value": 25.0, "baseline_period": "2024-Q3"},
        ),
    ],
)
def test_a_change_drawn_from_an_earlier_figure_is_the_articles_figures(
    text: str, lang: str, change: dict[str, object]
) -> None:
    got = read_fields(text, lang, "quantity", "comparison", doc_date=D)
    # the earlier figure is a claim of its own, with no change; the change is a claim of its own
    assert got[1][1] is None
    assert got[2] == (None, change)


@pytest.mark.parametrize(
    "later",
    [
        "Годом ранее за тот же период в край въехали вчетверо меньше граждан КНДР.",
        "Год назад за те же полгода их было вчетверо меньше.",
    ],
)
def test_fewer_a_year_earlier_is_a_ratio_of_the_articles_figure(later: str) -> None:
    text = "В первом полугодии в Приморье въехали 1 600 граждан КНДР. " + later
    got = read_fields(text, "ru", "quantity", "period", "comparison", doc_date=D)
    assert got[1] == (
        None,
        "2025-01..2025-06",
        {"kind": "ratio", "value": 4.0, "baseline_period": "2024-01..2024-06"},
    )
