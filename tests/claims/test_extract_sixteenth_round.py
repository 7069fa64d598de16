"""Forms met in the sixteenth held-out round (English and Russian): match scores and crowds,
labour shortages, designations, written-question numbers, other nationals' tourists, list
markers, tables of labels and figures, corrections."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims
from tests.claims.claim_readings import read_fields

D = date(2025, 10, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The DPRK women's team beat Russia 3–2 in Vladivostok on Sunday.", "en"),
        ("North Korea's under-20 side lost 0-4 to Russia in Kazan.", "en"),
        ("Сборная КНДР обыграла Россию со счетом 2:0 в Хабаровске.", "ru"),
        ("Around 9,800 spectators watched North Korea play Russia in Khabarovsk.", "en"),
        ("На матч сборных России и КНДР пришли 6 тысяч болельщиков.", "ru"),
    ],
)
def test_a_match_score_or_its_crowd_is_not_a_flow(text: str, lang: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


def test_a_range_after_a_loss_is_still_a_range_of_people() -> None:
    text = "Russia lost 10-15 North Korean soldiers a day near Sudzha, Kyiv says."
    assert read_fields(text, "en", "quantity", "qualifier", doc_date=D) == [
        (10, "at_least"),
        (15, "at_most"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia's shipyards will be short of 45,000 workers by 2028, the ministry estimates, "
            "with wages in the sector up 22% this year.",
            "en",
        ),
        (
            "Нехватка рабочих на стройках Приморья оценивается в 40 тысяч человек, а зарплаты "
            "выросли на 25%.",
            "ru",
        ),
    ],
)
def test_a_shortage_and_a_rise_in_wages_are_not_flows(text: str, lang: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    "text",
    [
        "The committee added 7 individuals and 2 entities to its sanctions list in 2016, "
        "bringing the number of designated individuals to 63.",
        "Written question 38815: to ask what reports show about 900 North Korean workers in "
        "Russia.",
    ],
)
def test_designations_and_question_numbers_are_not_claims(text: str) -> None:
    got = read_fields(text, "en", "quantity", doc_date=D)
    assert all(q not in (7, 2, 63, 38815) for (q,) in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Китайские туристы снова едут в Расон: группа из 85 человек пересекла границу.",
        "Chinese tourists are back in Rason: a group of 85 crossed the border on Monday.",
    ],
)
def test_other_nationals_going_to_the_dprk_are_out_of_scope(text: str) -> None:
    lang = "ru" if text[0] == "К" else "en"
    assert extract_claims(text, lang=lang, doc_date=D) == []


def test_ulan_ude_is_in_russia() -> None:
    text = "В Улан-Удэ прибыли 300 рабочих из КНДР."
    assert read_fields(text, "ru", "quantity", "destination", doc_date=D) == [(300, "RU")]


def test_numbered_list_items_and_a_page_number_are_not_figures() -> None:
    text = (
        "THE WEEK IN NUMBERS — 1) 3.6k: North Korean entries into Russia in July–September; "
        "2) 2.2k: how many of those were for study."
    )
    assert read_fields(text, "en", "quantity", "purpose", doc_date=D) == [
        (3600, "total"),
        (2200, "study"),
    ]


def test_a_page_reference_and_a_span_of_years_are_not_figures() -> None:
    text = (
        "Field Report 2023–24, p. 9: Our monitors counted at least 48 North Korean workers at "
        "plants in Hunchun, China."
    )
    assert read_fields(text, "en", "quantity", "destination", doc_date=D) == [(48, "CN")]


def test_cells_of_a_chart_take_the_label_before_them() -> None:
    text = "North Korean entries into Russia in Q3 2024: study 2,310 | work 417 | tourism 9."
    assert read_fields(text, "en", "quantity", "purpose", "unit", doc_date=D) == [
        (2310, "study", "entries"),
        (417, "work", "entries"),
        (9, "tourism", "entries"),
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("В начале апреля во Владивосток прибыли 400 рабочих из КНДР.", "2025-04"),
        ("В конце мая 2024 года в Хабаровск приехали 150 студентов из КНДР.", "2024-05"),
    ],
)
def test_part_of_a_month_is_read_as_the_month(text: str, period: str) -> None:
    assert read_fields(text, "ru", "period", doc_date=D) == [(period,)]


def test_the_flow_of_tourists_has_the_tourism_purpose() -> None:
    text = "Во втором квартале турпоток из КНДР в Приморье вырос до 140 человек."
    assert read_fields(text, "ru", "quantity", "purpose", doc_date=D) == [(140, "tourism")]


def test_dollars_that_workers_bring_the_state_are_work_earnings_in_russian() -> None:
    text = "Рабочие из КНДР в России ежегодно приносят Пхеньяну около 70 млн долларов."
    assert read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D) == [
        (70_000_000, "usd", "work")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Correction: An earlier version of this story said 2,150 North Koreans entered "
            "Russia for study in the first quarter of 2025. The correct figure is 215.",
            "en",
            [(215, "KP", "RU", "study", "2025-Q1")],
        ),
        (
            "Уточнение: в первой версии текста говорилось, что в 2024 году в Россию с целью "
            "работы въехали 70 граждан КНДР. На самом деле их было семь.",
            "ru",
            [(7, "KP", "RU", "work", "2024")],
        ),
    ],
)
def test_the_right_figure_after_a_correction_reads_like_the_retracted_one(
    text: str, lang: str, want: list[tuple[object, ...]]
) -> None:
    got = read_fields(
        text, lang, "quantity", "origin", "destination", "purpose", "period", doc_date=D
    )
    assert got == want


def test_a_spelled_number_after_their_was_needs_the_correction_context() -> None:
    text = "У них было два варианта, и оба оказались плохими."
    assert extract_claims(text, lang="ru", doc_date=D) == []


def test_a_purpose_that_made_up_a_share_of_the_flow_and_the_share_it_rose_from() -> None:
    text = (
        "Workers made up 22% of all North Korean arrivals in Russia in the first quarter, up "
        "from 9% a year earlier."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", "period", "comparison", doc_date=D)
    assert got == [
        (22, "percent", "work", "2025-Q1", None),
        (9, "percent", "work", "2024-Q1", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Students made up 58% of the university's intake this autumn.",
        "Construction made up 12% of the region's output last year.",
    ],
)
def test_made_up_is_not_a_rise_and_other_shares_are_not_flows(text: str) -> None:
    assert extract_claims(text, lang="en", doc_date=D) == []


def test_by_stated_purpose_is_not_who_speaks() -> None:
    text = "North Korean entries into Russia by stated purpose, Q3 2024 (study 2,310 | work 417)."
    assert read_fields(text, "en", "quantity", "origin", "purpose", doc_date=D) == [
        (2310, "KP", "study"),
        (417, "KP", "work"),
    ]


def test_the_quoted_other_category_of_a_table() -> None:
    text = (
        "Of the 6,100 North Korean entries logged in 2024, 4,020 were for study, with the "
        "remaining 310 classed as 'other'."
    )
    assert read_fields(text, "en", "quantity", "purpose", doc_date=D) == [
        (6100, "total"),
        (4020, "study"),
        (310, "other"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Photo: North Korean labourers queue at the border post at Khasan on 3 June. About "
            "150 workers crossed that day, local officials said.",
            "en",
        ),
        ("North Korean students wait for their train. Some 80 students arrived in Kazan.", "en"),
        ("Инфографика: въезды граждан КНДР в Россию. В 2024 году — около 13 тыс. въездов.", "ru"),
    ],
)
def test_a_figure_counts_the_nationals_the_sentence_before_named_without_a_figure(
    text: str, lang: str
) -> None:
    assert [o for (o,) in read_fields(text, lang, "origin", doc_date=D)] == ["KP"]


def test_other_nationals_named_before_are_not_carried() -> None:
    text = "Chinese tourists queue at the border post. About 150 crossed on Monday into Rason."
    assert all(o != "KP" for (o,) in read_fields(text, "en", "origin", doc_date=D))


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "In the twelve months to February 2025, 900 North Korean workers entered Russia.",
            "2024-03..2025-02",
        ),
        (
            "In the six months to August, 420 North Korean students arrived in Kazan.",
            "2025-03..2025-08",
        ),
        (
            "In the 3 months ending in June 2024, 75 North Korean workers arrived in Vladivostok.",
            "2024-04..2024-06",
        ),
    ],
)
def test_a_rolling_span_of_months_ends_with_the_month_named(text: str, period: str) -> None:
    assert read_fields(text, "en", "period", doc_date=D) == [(period,)]


def test_people_coming_in_on_student_papers_come_to_study() -> None:
    text = "Some 3,100 North Koreans came in on student paperwork, not counting the workers."
    assert read_fields(text, "en", "quantity", "purpose", doc_date=D) == [(3100, "study")]


def test_the_level_a_figure_fell_from_counts_what_the_figure_counts() -> None:
    text = (
        "In September 980 North Korean workers held Russian work permits, down from 1,240 in March."
    )
    assert read_fields(text, "en", "quantity", "unit", doc_date=D) == [
        (980, "workers"),
        (1240, "workers"),
    ]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("North Korean work entries, by contrast, fell to 310 in the second quarter.", "work"),
        (
            "The North Korean tourism category, which officials had hoped to revive, stayed "
            "near 60 in the third quarter.",
            "tourism",
        ),
        ("Private visits by North Koreans, a small line, accounted for just 35.", "private"),
    ],
)
def test_a_figure_in_the_predicate_takes_the_purpose_of_the_subject(
    text: str, purpose: str
) -> None:
    assert [p for (p,) in read_fields(text, "en", "purpose", doc_date=D)] == [purpose]


def test_a_purpose_word_in_an_opening_attribution_is_not_the_subject() -> None:
    text = "According to the education ministry, 1,400 North Koreans arrived in 2024."
    assert read_fields(text, "en", "purpose", doc_date=D) == [("total",)]
