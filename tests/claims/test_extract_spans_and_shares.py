"""Periods that run up to the document date ("since 2022", «с начала года»), spans of years
and months, and more numbers that are not flows (table and footnote numbers, ordinals,
companies, share prices)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_rows

D = date(2025, 8, 20)


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        (
            "en",
            "Since 2022, a total of 2,300 North Koreans have entered Russia.",
            "2022-01..2025-08",
        ),
        (
            "en",
            "So far this year, 640 North Korean students have come to Russia.",
            "2025-01..2025-08",
        ),
        ("ru", "Всего с 2023 года в Приморье прибыли 900 граждан КНДР.", "2023-01..2025-08"),
        ("ru", "С начала года в Приамурье въехали 480 граждан КНДР.", "2025-01..2025-08"),
        ("ru", "С 2021 по 2023 год в Россию въехали 3 тыс. граждан КНДР.", "2021-01..2023-12"),
        ("ru", "За май и июнь в Хабаровский край въехали 210 граждан КНДР.", "2025-05..2025-06"),
        # since a season, or late in a year: where the count starts is not said
        ("ru", "С весны 2024 года в Россию прибыли около 9 тыс. военных КНДР.", None),
        ("en", "Since late 2024, some 9,000 North Korean troops have arrived in Russia.", None),
    ],
)
def test_periods_that_run_to_the_document_date_or_span_several(
    lang: str, text: str, period: str | None
) -> None:
    rows = read_rows(text, lang, D)
    assert len(rows) == 1 and rows[0][6] == period


def test_a_record_or_a_decline_since_a_year_is_measured_against_that_year() -> None:
    rows = read_rows(
        "The number of North Korean workers in Russia has declined by 9,100 since 2018.", "en", D
    )
    assert rows[0][7] == ("difference", -9100.0, "2018")
    rows = read_rows("In 2024, 6,100 North Koreans entered Russia, the most since 2018.", "en", D)
    assert rows[0][6:] == ("2024", ("record", None, "2018"))


def test_against_the_whole_of_last_year_is_the_whole_year() -> None:
    rows = read_rows(
        "С начала года в Приморье прибыли 1,1 тыс. студентов из КНДР — вдвое больше, чем за "
        "весь прошлый год.",
        "ru",
        D,
    )
    assert rows[0][6:] == ("2025-01..2025-08", ("ratio", 2.0, "2024"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Entries of North Koreans in 2022 were roughly 3,000 lower than in 2021.",
            (None, "2022", ("difference", -3000.0, "2021")),
        ),
        (
            "ru",
            "Число деловых поездок граждан КНДР в Приморье в 2024 году выросло в полтора раза — "
            "до 420.",
            (420, "2024", ("ratio", 1.5, None)),
        ),
    ],
)
def test_more_comparison_forms(lang: str, text: str, expected: tuple[object, ...]) -> None:
    rows = read_rows(text, lang, D)
    assert (rows[-1][0], rows[-1][6], rows[-1][7]) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Table 3 lists North Korean entries into Russia by purpose."),
        ("en", "Footnote 12: North Korean entries exclude transit."),
        ("en", "The Treasury named three shell companies that hired North Korean workers."),
        ("ru", "Бойцы 11-го корпуса КНДР прибыли в Курскую область."),
        ("ru", "Акции «Аэрофлота» подешевели на 2,5%."),
    ],
)
def test_numbers_that_are_not_flows(lang: str, text: str) -> None:
    assert read_rows(text, lang, D) == []


def test_both_ends_of_a_range_count_the_same_people() -> None:
    rows = read_rows("В порт Зарубино прибыли от 150 до 180 туристов из КНДР.", "ru", D)
    assert [(r[0], r[1], r[5]) for r in rows] == [
        (150, "at_least", "tourism"),
        (180, "at_most", "tourism"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North Korea kept some 60,000 workers abroad in 2018."),
        ("ru", "КНДР держала за рубежом около 60 тысяч рабочих."),
    ],
)
def test_workers_abroad_are_the_named_countrys_with_no_destination(lang: str, text: str) -> None:
    rows = read_rows(text, lang, D)
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [(60000, "workers", "KP", None)]


@pytest.mark.parametrize(
    ("lang", "text", "doc_date", "period"),
    [
        (
            "en",
            "Last spring, 90 North Korean workers arrived in Dandong.",
            date(2024, 5, 2),
            "2023-03..2023-05",
        ),
        (
            "en",
            "Last summer, 90 North Korean workers arrived in Dandong.",
            date(2024, 10, 2),
            "2024-06..2024-08",
        ),
        (
            "en",
            "In the autumn of 2023, 90 North Korean workers arrived in Russia.",
            D,
            "2023-09..2023-11",
        ),
        (
            "ru",
            "Этой весной в Приморье прибыли 90 граждан КНДР.",
            date(2025, 6, 10),
            "2025-03..2025-05",
        ),
        ("ru", "Летом 2024 года в Приморье прибыли 90 граждан КНДР.", D, "2024-06..2024-08"),
    ],
)
def test_seasons_are_three_months(lang: str, text: str, doc_date: date, period: str) -> None:
    rows = read_rows(text, lang, doc_date)
    assert [r[6] for r in rows] == [period]


@pytest.mark.parametrize(
    ("lang", "text", "unit", "purpose"),
    [
        (
            "en",
            "About 350 North Koreans are studying at Russian universities.",
            "students",
            "study",
        ),
        ("ru", "Сейчас в российских вузах учатся свыше 350 северокорейцев.", "students", "study"),
        (
            "en",
            "Some 2,000 North Koreans are now working on building sites in Russia.",
            "workers",
            "work",
        ),
    ],
)
def test_people_at_study_or_at_work_are_students_or_workers(
    lang: str, text: str, unit: str, purpose: str
) -> None:
    rows = read_rows(text, lang, D)
    assert [(r[2], r[5]) for r in rows] == [(unit, purpose)]


def test_a_hyphenated_figure_of_the_same_count_keeps_its_noun() -> None:
    rows = read_rows(
        "In 2017, 31,000 North Korean entries were recorded, of which 27,000 were for work. "
        "By 2021 the work-related figure had fallen to 6.",
        "en",
        D,
    )
    assert [(r[0], r[2], r[5], r[6]) for r in rows][-1] == (6, "entries", "work", "2021")


def test_kims_soldiers_are_north_korean_troops() -> None:
    rows = read_rows("В Курской области находятся 9 тысяч солдат Кима.", "ru", D)
    assert [(r[2], r[3], r[4]) for r in rows] == [("troops", "KP", "RU")]


def test_a_season_not_over_by_the_document_date_is_unknown() -> None:
    rows = read_rows(
        "This autumn, 90 North Korean students came to Russia.", "en", date(2024, 10, 5)
    )
    assert [r[6] for r in rows] == [None]
