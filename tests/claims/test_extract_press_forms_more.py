"""Press forms met in the seventh held-out round: tables written out, questions and answers,
differences without a verb, statement dates, and numbers that are not flows (ages in
apposition, platform numbers, shortages, wages, other countries' troops)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_rows

D = date(2025, 6, 1)


def _fields(
    text: str, lang: str, *names: str, doc_date: date | None = D
) -> list[tuple[object, ...]]:
    return read_fields(text, lang, *names, doc_date=doc_date)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "В 2023 году в Хабаровский край приехали 410 граждан КНДР — на 90 человек меньше, "
            "чем годом ранее.",
            [(410, "persons", "2023", ("difference", -90.0, "2022"))],
        ),
        (
            "ru",
            "В первом квартале 2025 года въехали 640 граждан КНДР. "
            "Это на 1,2 тыс. больше, чем в первом квартале 2024-го.",
            [
                (640, "persons", "2025-Q1", None),
                (None, "persons", "2025-Q1", ("difference", 1200.0, "2024-Q1")),
            ],
        ),
        (
            "en",
            "In 2023, 410 North Korean students arrived in Khabarovsk, 90 fewer than a year "
            "earlier.",
            [(410, "students", "2023", ("difference", -90.0, "2022"))],
        ),
        (
            "en",
            "In 2023, 410 North Korean students arrived in Khabarovsk, up 90 from 2022.",
            [(410, "students", "2023", ("difference", 90.0, "2022"))],
        ),
        (
            "ru",
            "Во втором квартале 2025 года въехали 980 граждан КНДР — вдвое больше, чем к "
            "предыдущему кварталу.",
            [(980, "persons", "2025-Q2", ("ratio", 2.0, "2025-Q1"))],
        ),
    ],
)
def test_differences_and_baselines_without_a_verb_of_change(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    got = [(r[0], r[2], r[6], r[7]) for r in read_rows(text, lang, D)]
    assert got == expected


def test_two_thousand_more_than_expected_is_not_a_difference() -> None:
    rows = read_rows("Some 2,000 more than expected North Korean students came in 2023.", "en", D)
    assert [(r[0], r[7]) for r in rows] == [(2000, None)]


def test_bringing_a_number_up_to_a_target_is_exact() -> None:
    rows = read_rows("Власти края намерены довести число рабочих из КНДР до 4 000.", "ru", D)
    assert [(r[0], r[1]) for r in rows] == [(4000, "exact")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "По данным ФСБ, в 2023 году граждане КНДР въезжали в Россию 2 400 раз: учеба — 1 100, "
            "работа — 6, туризм — 90.",
        ),
        (
            "ru",
            "По данным ФСБ, в 2023 году граждане КНДР въезжали в Россию 2 400 раз. "
            "Учеба — 1 100; работа — 6; туризм — 90.",
        ),
        (
            "en",
            "In 2023, North Koreans entered Russia 2,400 times. "
            "Study: 1,100; work: 6; tourism: 90.",
        ),
    ],
)
def test_a_table_written_out_lists_the_parts_of_the_figure_before(lang: str, text: str) -> None:
    got = [(r[0], r[2], r[3], r[4], r[5], r[6]) for r in read_rows(text, lang, D)]
    assert got == [
        (2400, "entries", "KP", "RU", "total", "2023"),
        (1100, "entries", "KP", "RU", "study", "2023"),
        (6, "entries", "KP", "RU", "work", "2023"),
        (90, "entries", "KP", "RU", "tourism", "2023"),
    ]


def test_a_table_line_alone_says_nothing_about_whom_it_counts() -> None:
    assert read_rows("Учеба — 1 100; работа — 6; туризм — 90.", "ru", D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "How many North Koreans went to Russia last spring? Border data show 2,940 arrived "
            "between April and June 2024.",
            [(2940, "KP", "RU", "2024-04..2024-06")],
        ),
        (
            "ru",
            "Сколько граждан КНДР приехало в Россию весной? По данным ФСБ, за апрель—июнь 2024 "
            "года — 2940.",
            [(2940, "KP", "RU", "2024-04..2024-06")],
        ),
    ],
)
def test_a_figure_that_answers_how_many_counts_what_was_asked(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(r[0], r[3], r[4], r[6]) for r in read_rows(text, lang, D)] == expected


def test_a_question_about_another_nationality_carries_nothing() -> None:
    text = "How many Uzbeks went to Russia last year? Data show 2,940 arrived in April."
    assert read_rows(text, "en", D) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian President Vladimir Putin, 71, met North Korean students in Vladivostok."),
        ("en", "North Korean students walked past Platform 4 of the Khasan station."),
        ("en", "In 2023, 28,500 U.S. troops were stationed in South Korea."),
        (
            "en",
            "Moscow hopes North Korean workers will ease a construction labour shortage that "
            "economists put at 1.9 million people.",
        ),
        (
            "ru",
            "Нехватка рабочих на стройках края, по данным минтруда, составляет 45 тыс. человек.",
        ),
        ("ru", "Зарплата рабочего из КНДР в Приморье превысила 95 тыс. рублей в месяц."),
        ("ru", "Подрядчики платят посреднику за одного рабочего из КНДР по 60 тыс. руб."),
    ],
)
def test_figures_that_are_not_flows_of_the_watched_nationals(lang: str, text: str) -> None:
    assert read_rows(text, lang, D) == []


def test_the_figure_of_another_year_continues_the_count() -> None:
    rows = read_rows(
        "In 2024, 6,120 North Korean students entered Russia. The 2023 figure was 2,260.", "en", D
    )
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [
        (6120, "students", "study", "2024"),
        (2260, "students", "study", "2023"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Japan's defence ministry said in April that roughly 9,000 North Korean workers were "
            "in Russia.",
        ),
        ("ru", "Губернатор заявил в апреле, что в крае работают 900 граждан КНДР."),
    ],
)
def test_when_a_figure_was_said_or_a_stock_was_taken_is_not_its_period(
    lang: str, text: str
) -> None:
    rows = read_rows(text, lang, D)
    assert len(rows) == 1 and rows[0][6] is None


def test_a_stock_taken_on_a_day_to_come_this_year_was_taken_last_year() -> None:
    # («на 1 июля» read on 1 June: the stock of 1 July the year before)
    rows = read_rows("В Амурской области на 1 июля находились 820 граждан КНДР.", "ru", D)
    assert len(rows) == 1 and rows[0][6] == "2024-07-01"


def test_a_purpose_inside_the_figures_noun_phrase_survives_of_the() -> None:
    rows = read_rows(
        "The ministry revised the count of the 1,340 North Korean study entries in 2023.", "en", D
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [(1340, "entries", "study")]


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        ("A record 3,050 North Koreans entered Russia to study in 2023.", None),
        (
            "A record 3,050 North Koreans entered Russia to study in 2023, the highest since "
            "at least 2012.",
            "2012",
        ),
    ],
)
def test_a_record_named_before_its_figure(text: str, baseline: str | None) -> None:
    rows = read_rows(text, "en", D)
    assert [(r[0], r[7]) for r in rows] == [(3050, ("record", None, baseline))]


def test_coming_to_work_on_building_sites_is_a_purpose_not_workers() -> None:
    rows = read_rows(
        "В 2023 году в Приморье прибыли 260 граждан КНДР для работы на стройках.", "ru", D
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [(260, "persons", "work")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Some 4,000 North Korean workers are in Russia. Of them, about 700 people are in Amur.",
        ),
        (
            "ru",
            "В Россию приедут до 4 тысяч рабочих из КНДР. Из них около 700 человек — в Приамурье.",
        ),
    ],
)
def test_a_part_of_the_workers_with_no_purpose_of_its_own_is_workers(lang: str, text: str) -> None:
    rows = read_rows(text, lang, D)
    assert [(r[0], r[2], r[5]) for r in rows] == [
        (4000, "workers", "work"),
        (700, "workers", "work"),
    ]


def test_a_back_reference_after_the_figure_is_about_something_else() -> None:
    rows = read_rows(
        "In 2024, 3,100 North Koreans entered Russia. Some 9,000 North Korean labourers were "
        "sent there, many of them on student visas.",
        "en",
        D,
    )
    assert [(r[0], r[6]) for r in rows] == [(3100, "2024"), (9000, None)]


def test_a_period_in_another_figures_clause_is_that_figures() -> None:
    rows = read_rows(
        "In the first quarter of 2025, 214 North Koreans entered Russia.\n"
        "* STUDY: Only five of them gave study as the reason, after a record 3,050 student "
        "entries in 2023.",
        "en",
        D,
    )
    assert [(r[0], r[6]) for r in rows] == [(214, "2025-Q1"), (5, "2025-Q1"), (3050, "2023")]


@pytest.mark.parametrize(
    ("lang", "text", "source", "destination"),
    [
        (
            "en",
            "As the BBC has reported, 6,000 North Korean workers arrived in Russia in 2024.",
            "BBC",
            "RU",
        ),
        ("en", "Kyiv puts the North Korean force in Kursk at up to 11,000.", "Ukraine", "RU"),
        (
            "ru",
            "По словам Зеленского, в Курской области находятся до 11 тысяч военных КНДР.",
            "Ukraine",
            "RU",
        ),
        (
            "en",
            "North Korea sent 900 students to Russia in 2023, TASS reported, citing Russia's "
            "science and higher education ministry.",
            "Russian Ministry of Science and Higher Education",
            "RU",
        ),
    ],
)
def test_who_gave_the_figure(lang: str, text: str, source: str, destination: str) -> None:
    got = _fields(text, lang, "attribution", "destination")
    assert got == [(source, destination)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Bloggers claim 25,000 North Koreans came to Russia in 2023; FSB data show 2,400 "
            "entries.",
        ),
        (
            "ru",
            "Блогеры пишут, что в 2023 году в Россию приехали 25 тысяч граждан КНДР; "
            "по данным ФСБ, въездов было 2400.",
        ),
    ],
)
def test_a_rumour_beside_the_official_figure_is_not_credited_to_the_official_source(
    lang: str, text: str
) -> None:
    got = _fields(text, lang, "quantity", "attribution")
    assert got == [(25000, None), (2400, "FSB Border Service")]


def test_a_named_source_covers_every_part_of_its_sentence() -> None:
    got = _fields(
        "По данным ФСБ, в 2023 году въехали 2400 граждан КНДР; из них 1100 — на учебу.",
        "ru",
        "quantity",
        "attribution",
    )
    assert got == [(2400, "FSB Border Service"), (1100, "FSB Border Service")]
