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


@pytest.mark.parametrize(
    ("lang", "text", "share"),
    [
        (
            "en",
            "North Koreans entered Russia 5,200 times in the third quarter. Roughly a third of "
            "them listed work as the purpose of the trip.",
            (33.3, "approx", "percent", "work", "2025-Q3"),
        ),
        (
            "en",
            "North Koreans entered Russia 5,200 times in the third quarter. More than half of "
            "them came to study.",
            (50, "more_than", "percent", "study", "2025-Q3"),
        ),
        (
            "ru",
            "В третьем квартале граждане КНДР въезжали в Россию 5 200 раз. Почти половина въездов "
            "пришлась на цель «учеба».",
            (50, "approx", "percent", "study", "2025-Q3"),
        ),
        (
            "ru",
            "В третьем квартале граждане КНДР въезжали в Россию 5 200 раз. Около трети из них "
            "указали целью поездки работу.",
            (33.3, "approx", "percent", "work", "2025-Q3"),
        ),
    ],
)
def test_a_fraction_of_the_people_counted_is_a_share_in_percent(
    lang: str, text: str, share: tuple[object, ...]
) -> None:
    got = read_fields(text, lang, "quantity", "qualifier", "unit", "purpose", "period", doc_date=D)
    assert got[1:] == [share]


def test_a_fraction_of_the_whole_given_after_it() -> None:
    text = (
        "Two-thirds of the roughly 6,000 North Koreans who entered Russia in the third quarter "
        "declared study as their purpose."
    )
    got = read_fields(text, "en", "quantity", "unit", doc_date=D)
    assert (66.7, "percent") in got and (6000, "persons") in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the fraction beside its own headcount: the headcount is the claim
        ("en", "More than half of them — 1,310 people — declared work as their purpose."),
        ("ru", "Почти половина поездок — 843 — пришлась на учебу."),
        # a period's half, a change by a fraction, a fraction of things
        ("en", "In the first half of 2025, some 2,300 North Koreans entered Russia to study."),
        ("ru", "В первой половине 2025 года в Россию въехали 2,3 тыс. граждан КНДР."),
        ("ru", "Число въездов граждан КНДР с целью учебы сократилось на треть."),
        ("en", "Roughly half of the 190 rows in the latest release of 1,200 tables are empty."),
    ],
)
def test_a_fraction_that_is_no_share_of_people_is_no_share_claim(lang: str, text: str) -> None:
    article = (
        "North Koreans entered Russia 2,400 times in the second quarter. "
        if lang == "en"
        else "Во втором квартале граждане КНДР въезжали в Россию 2 400 раз. "
    ) + text
    got = read_fields(article, lang, "unit", doc_date=D)
    assert ("percent",) not in got


def test_by_a_day_in_russian_is_that_day() -> None:
    text = "К 1 октября в российские вузы были зачислены более 900 студентов из КНДР."
    assert read_fields(text, "ru", "quantity", "period", doc_date=D) == [(900, "2025-10-01")]


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        (
            "en",
            "Some 700 North Korean students entered Russia in the last three months of 2024.",
            "2024-10..2024-12",
        ),
        (
            "en",
            "Some 700 North Korean students entered Russia in the final six months of last year.",
            "2024-07..2024-12",
        ),
        (
            "ru",
            "В последние три месяца 2024 года в Россию въехали около 700 студентов из КНДР.",
            "2024-10..2024-12",
        ),
    ],
)
def test_the_last_months_of_a_year(lang: str, text: str, period: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [(700, period)]


def test_the_past_months_still_run_to_the_document() -> None:
    # guard: no year after "months" is the recent span, as before
    text = "Some 700 North Korean students entered Russia over the past three months."
    got = read_fields(text, "en", "period", doc_date=D)
    assert got and got[0][0] is not None and got[0][0].endswith("2025-10")


def test_thats_up_from_counts_what_the_figure_before_counts() -> None:
    text = (
        "Nearly 1,100 North Korean students entered Russia in the third quarter, the border "
        "service says. That's up from just 420 in the same quarter a year earlier."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", "period", doc_date=D)
    assert got == [
        (1100, "students", "study", "2025-Q3"),
        (420, "students", "study", "2024-Q3"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Речь о пересечениях границы: один и тот же рабочий мог въехать в Россию дважды."),
        ("ru", "Одна и та же студентка могла пересечь границу несколько раз."),
    ],
)
def test_one_and_the_same_is_no_count(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В соцсетях пишут, что в 2024 году в Россию въехали 90 тыс. граждан КНДР, но эта "
            "цифра завышена в семь раз.",
        ),
        (
            "en",
            "A post claims 90,000 North Koreans entered Russia in 2024, but that figure is "
            "inflated sevenfold.",
        ),
    ],
)
def test_how_far_a_retold_figure_is_off_is_no_change(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "comparison", doc_date=D) == [(90000, None)]


def test_a_past_state_some_months_back_half_of_now() -> None:
    text = (
        "На 1 октября в Приморье находились около 2 тыс. граждан КНДР. Ещё полгода назад их "
        "было вдвое меньше."
    )
    got = read_fields(text, "ru", "quantity", "comparison", doc_date=D)
    assert got[1] == (None, {"kind": "ratio", "value": 2.0, "baseline_period": None})
