"""Forms met in the twenty-fifth held-out round (English and Russian), after it was scored on
arrival: a baseline figure named with its year or quarter after "twelvefold the", a wire
dateline, a span that is the figure's own after "from", a zero said to be "near zero", a
statement's weekday, and money in a currency named with its country."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2024, 11, 12)


def test_a_baseline_figure_named_after_twelvefold_the() -> None:
    text = (
        "North Koreans entered Russia 9,420 times in 2023, roughly eightfold the 1,190 entries "
        "recorded in 2022, according to Rosstat. Study accounted for 5,020 of those entries."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (9420, "2023", {"kind": "ratio", "value": 8.0, "baseline_period": "2022"}),
        (1190, "2022", None),
        (5020, "2023", None),
    ]


def test_a_dateline_and_a_span_after_from() -> None:
    text = (
        "SEOUL, Nov. 12 (Wire Korea) -- The number of North Koreans entering Russia to study "
        "reached 2,960 from July to September, more than nine times the 318 recorded in the "
        "second quarter, border data show."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (2960, "2024-07..2024-09", {"kind": "ratio", "value": 9.0, "baseline_period": "2024-Q2"}),
        (318, "2024-Q2", None),
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Work entries, officially near zero since 2020, stood at 14 in the quarter.", [(14,)]),
        (
            "The specialists would earn at least 1,500 Belarusian rubles a month, he said.",
            [],
        ),
    ],
)
def test_near_zero_and_money_named_with_its_country(text: str, kept: list[tuple[object]]) -> None:
    assert read_fields(text, "en", "quantity", doc_date=D) == kept


def test_the_weekday_of_a_report_is_not_a_period() -> None:
    text = (
        "Some 1,200 of its nationals are employed in Laos, the monitoring team said in a report "
        "on Thursday."
    )
    assert read_fields(text, "en", "quantity", "period", doc_date=D) == [(1200, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Согласно докладу группы, опубликованному 14 октября, в Китае работают до 90 тыс. "
        "граждан КНДР.",
        "Пхеньян направит в Курскую область еще 4 тыс. военных, заявил Шойгу после встречи с "
        "Ким Чен Ыном 3 июня.",
    ],
)
def test_the_day_of_a_report_or_a_meeting_is_not_a_period(text: str) -> None:
    assert [p for (p,) in read_fields(text, "ru", "period", doc_date=D)] == [None]


def test_a_vague_amount_that_goes_on_a_list_and_less_than_a_hundred() -> None:
    text = (
        "В России, по оценке экспертов, находятся не менее 12 тыс. северокорейских рабочих, "
        "в Монголии — до 800, в Нигерии — несколько сотен."
    )
    got = read_fields(text, "ru", "quantity", "qualifier", doc_date=D)
    assert got[-1] == (100, "vague")
    text = (
        "За первое полугодие граждане КНДР въезжали в Россию 5 100 раз, из них туристических — "
        "всего 180; годом ранее туристов было меньше сотни."
    )
    got = read_fields(text, "ru", "quantity", "qualifier", doc_date=D)
    assert got[-1] == (100, "less_than")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Some 2,000 to 2,500 of its nationals employed in Mongolia remain there.", "en"),
        ("В крае остаются около 400 граждан КНДР, работающих на стройках.", "ru"),
    ],
)
def test_people_said_to_be_employed_are_workers(text: str, lang: str) -> None:
    got = read_fields(text, lang, "unit", "purpose", doc_date=D)
    assert got and all(g == ("workers", "work") for g in got), got


def test_up_a_modest_share_and_a_deadline_that_is_no_period() -> None:
    text = (
        "In the first quarter of 2026 North Koreans made 1,540 entries into Russia, up a modest "
        "6% on the same period of 2025. Work entries, near nothing since the UN set a "
        "repatriation deadline of December 2019, stood at 11."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=date(2026, 6, 1))
    assert got == [
        (
            1540,
            "2026-Q1",
            {"kind": "percent_change", "value": 6.0, "baseline_period": "2025-Q1"},
        ),
        (11, "2026-Q1", None),
    ]


def test_a_place_that_labels_the_next_figure_and_more_host_countries() -> None:
    text = (
        "В России, по оценке экспертов, находятся не менее 11 тыс. северокорейских рабочих, в "
        "Лаосе — до 1,2 тыс."
    )
    got = read_fields(text, "ru", "quantity", "destination", doc_date=D)
    assert got == [(11000, "RU"), (1200, "LA")]
    text = (
        "* China: tens of thousands of North Korean workers, UN monitors say; * Iran: as many "
        "as 250 engineers, according to Western officials."
    )
    got = read_fields(text, "en", "quantity", "destination", doc_date=D)
    assert got == [(10000, "CN"), (250, "IR")]
    # «Сириус» (an education centre in Sochi) is no Syria
    text = "В «Сириусе» в этом году учатся 40 школьников из КНДР."
    assert read_fields(text, "ru", "destination", doc_date=D) != [("SY",)]


def test_flights_are_not_people() -> None:
    text = "据统计，过去一年德黑兰和平壤之间共执飞9个航班。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == []


def test_a_headline_record_that_names_its_flow() -> None:
    text = "(LEAD) N. Korean student arrivals in Russia hit record high in Q2: border data"
    got = read_fields(text, "en", "quantity", "origin", "period", "comparison", doc_date=D)
    assert got == [
        (None, "KP", "2024-Q2", {"kind": "record", "value": None, "baseline_period": None})
    ]
    # a record of something else is not the flow's
    text = "N. Korean trade with Russia hit record high in Q2: customs data"
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_more_of_those_counted_in_words() -> None:
    text = "Сейчас у нас работают 120 корейцев, к весне ждем еще полторы сотни."
    got = read_fields(text, "ru", "quantity", "unit", doc_date=D)
    assert got == [(120, "workers"), (150, "workers")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Study entries collapsed from 980 to just 12 while the undefined 'other' category "
            "rose from 37 to 1,150.",
            "en",
        ),
        (
            "Въезды с целью учебы сократились с 980 до 12, тогда как по категории «другое» "
            "выросли с 37 до 1 150.",
            "ru",
        ),
    ],
)
def test_a_purpose_after_while_is_the_other_subjects(text: str, lang: str) -> None:
    got = read_fields(text, lang, "quantity", "purpose", doc_date=D)
    assert [p for q, p in got if q in (980, 12)] == ["study", "study"]
