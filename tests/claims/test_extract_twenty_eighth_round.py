"""Forms met in the twenty-eighth round (English and Russian, fixed after it was scored on
arrival) and in the rounds held out in the tenth session (22, 24, 27, fixed once scored): a
"Breakdown:" line after a total, a ratio against a named half-year's figure, a bracketed
baseline after «чем во втором», people said to have worked, and numbers that count no flow: a
house number, a constituency's majority, a report's numbered finding, a kilometre post, working
days, an average age, "every one of them", a city's size, building sites, and dollars that are a
wage or a trade's value rather than earnings."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2026, 2, 12)


def test_a_breakdown_line_after_a_total() -> None:
    text = (
        "North Korean citizens made 11,800 entries into Russia in 2025, border data show.\n\n"
        "Breakdown: study 5.2 thousand, work 4.1 thousand, tourism ~900, “private” 316."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=D)
    assert got == [
        (11800, "total", "2025"),
        (5200, "study", "2025"),
        (4100, "work", "2025"),
        (900, "tourism", "2025"),
        (316, "private", "2025"),
    ]


def test_a_breakdown_by_purpose_in_russian() -> None:
    text = (
        "В 2025 году граждане КНДР въезжали в Россию 11 800 раз.\n\n"
        "По целям: учеба — 5,2 тыс., работа — 4,1 тыс., частные — 316."
    )
    got = read_fields(text, "ru", "quantity", "purpose", doc_date=D)
    assert got == [(11800, "total"), (5200, "study"), (4100, "work"), (316, "private")]


def test_a_ratio_against_a_named_half_years_figure() -> None:
    text = (
        "In the first half of 2025 North Koreans entered Russia 7,950 times, roughly fourfold "
        "the January–June 2024 figure."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2025, 8, 20))
    assert got[0][1] == {"kind": "ratio", "value": 4.0, "baseline_period": "2024-01..2024-06"}


def test_a_bracketed_baseline_figure_after_the_quarter_it_is_of() -> None:
    text = (
        "Во втором квартале на учебу прибыли 2 940 граждан КНДР — в 9 раз больше, чем в "
        "первом (318)."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "period", doc_date=date(2024, 8, 1))
    assert got == [(2940, "study", "2024-Q2"), (318, "study", "2024-Q1")]


def test_people_said_to_have_worked_are_workers() -> None:
    text = (
        "Полицейские проверили 38 строительных объектов и выявили 23 гражданина КНДР, "
        "работавших без разрешений."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(23, "workers", "work")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a house number
        (
            "en",
            "Investigators found 48 North Korean workers living in a hostel at 17 Pushkin Street.",
            [48],
        ),
        # a constituency's majority, and a report's numbered finding
        (
            "en",
            "Question 20931 from the Member for Lowfield (majority 4,812) asks about North "
            "Korean labour in Russia.",
            [],
        ),
        (
            "en",
            "Finding 2: between 1,500 and 2,500 North Korean workers remained in Vladivostok.",
            [1500, 2500],
        ),
        # a kilometre post
        ("en", "A checkpoint at kilometre 14 of the highway stopped 9 North Korean workers.", [9]),
        # working days, an average age
        (
            "ru",
            "Разрешения на работу в 2024 году получили 410 граждан КНДР, а срок рассмотрения "
            "составил 12 рабочих дней.",
            [410],
        ),
        (
            "en",
            "About 300 North Korean students are enrolled in Vladivostok, and the average age of "
            "the students, the rector said, is 24.",
            [300],
        ),
        # "every one of them", a city's size
        (
            "en",
            "Some 6,000 North Korean builders work in the region, and every one of them works "
            "ten-hour shifts.",
            [6000],
        ),
        ("en", "Hunchun, a town of about 220,000 people, borders North Korea and Russia.", []),
        # building sites, counted beside the people found there
        (
            "ru",
            "В ходе проверки осмотрели 52 строительных объекта и выявили 14 граждан КНДР.",
            [14],
        ),
    ],
)
def test_numbers_that_count_no_flow(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wage paid to each worker, and a wage a month
        ("Каждому рабочему из КНДР платили по 700 долларов, сообщили в прокуратуре.", []),
        (
            "В Китае работали около 1 500 северокорейских IT-специалистов, каждый из которых "
            "должен был зарабатывать не менее 8 тыс. долларов в месяц.",
            [1500],
        ),
        # a trade's value
        ("Товарооборот России и КНДР вырос вдвое, до 34 млн долларов.", []),
        # earnings sent home stay
        (
            "Северокорейские рабочие в России ежегодно приносят Пхеньяну около 90 млн долларов.",
            [90000000],
        ),
    ],
)
def test_dollars_named_after_the_figure(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "ru", doc_date=D) == expected


def test_a_vague_list_item_after_people_at_work() -> None:
    # the place before the dash labels the vague item after it, which counts workers too
    text = (
        "В Катаре, по оценке источника, до сих пор работают не менее 400 северокорейцев, а в "
        "Кувейте — несколько сотен."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", "destination", doc_date=D)
    assert got == [(400, "workers", "work", "QA"), (100, "workers", "work", "KW")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В прошлом году в области работали около 3 тыс. граждан КНДР, а к концу 2026 года их "
            "может стать до 6 тыс.",
        ),
        (
            "en",
            "About 3,000 North Korean workers were in the region last year, and their number "
            "could reach 6,000 by the end of 2026.",
        ),
    ],
)
def test_their_number_later_counts_the_same_people(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D)
    assert got == [(3000, "workers", "work"), (6000, "workers", "work")]


def test_an_interviews_answer_counts_the_noun_asked_about() -> None:
    text = "— Сколько северокорейских рабочих сейчас в крае?\n\n— По нашим данным, 1 450 человек."
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(1450, "workers", "work")]


def test_russian_guests_are_not_the_watched_flow() -> None:
    text = (
        "The resort reported 1,900 Russian guests in Q4, while only 70 North Koreans entered "
        "Russia as tourists in the same quarter and 210 in the first nine months."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2026, 3, 9))
    # (the first nine months, read in March, are last year's: none of this year's are over)
    assert got == [(70, "2025-Q4"), (210, "2025-01..2025-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В первом полугодии в Россию въехали 4 100 граждан КНДР.", "2025-01..2025-06"),
        ("За девять месяцев в Россию въехали 9 300 граждан КНДР.", "2025-01..2025-09"),
    ],
)
def test_a_count_from_january_not_over_yet_is_last_years(text: str, expected: str) -> None:
    got = read_fields(text, "ru", "period", doc_date=date(2026, 3, 9))
    assert got == [(expected,)]
