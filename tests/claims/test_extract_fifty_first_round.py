"""Readings from the thirteenth session's work on blind rounds 51 and 52 (en/ru), in sentences
written for the tests: labels and sizes that are no flows, corrections, records, none at all."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 10, 9)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The course is housed in Building 7 of the campus."),
        ("ru", "Квота на иностранных работников распределяется по 14 отраслям."),
        ("ru", "Тур стоит от 14 500 рублей, группа набирается минимум из шести человек."),
        ("ru", "Сейчас в институте учатся 5 200 студентов из 21 страны."),
        ("en", "The treaty's defence clause runs to just 64 words."),
    ],
)
def test_labels_sizes_and_words_are_no_flows(lang: str, text: str) -> None:
    # (the building, the industries and the words are guards: read alone they were never
    # claims; in the blind round's articles they were)
    assert read_fields(text, lang, "quantity", doc_date=D) == []


def test_a_mark_the_figure_falls_short_of_is_no_claim() -> None:
    text = "Rosstat's figure for 2024 is 13,100 entries by North Koreans, well short of 20,000."
    assert read_fields(text, "en", "quantity", doc_date=D) == [(13100,)]


def test_a_figure_we_reported_before_the_right_one_is_retracted() -> None:
    text = (
        "В 2025 году граждане КНДР въезжали через КПП «Хасан» 5 800 раз. Уточнение: ранее мы "
        "сообщали о 3 140 въездах по служебным делам, верная цифра — 3 410."
    )
    got = read_fields(text, "ru", "quantity", doc_date=date(2026, 1, 20))
    assert got == [(5800,), (3410,)]


def test_the_year_to_date_tally_stands_at() -> None:
    text = (
        "Just 25 North Korean tourists crossed into Amur Oblast in September. The year-to-date "
        "tally stands at 150, compared with 38 in the whole of 2024."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=D)
    assert got == [
        (25, "tourism", "2025-09"),
        (150, "tourism", "2025-01..2025-09"),
        (38, "tourism", "2024"),
    ]


def test_the_baseline_after_times_the_is_a_figure_of_the_same_count() -> None:
    text = (
        "Some 3,600 North Koreans arrived to study in the third quarter. That is roughly eleven "
        "times the 320 who came to study in the second quarter."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=date(2024, 11, 20))
    assert got == [
        (3600, "2024-Q3", None),
        (None, "2024-Q3", {"kind": "ratio", "value": 11.0, "baseline_period": "2024-Q2"}),
        (320, "2024-Q2", None),
    ]


def test_a_record_figure_right_after_a_record() -> None:
    text = (
        "North Koreans entered Russia 4,900 times in the first nine months of 2025. Entries for "
        "work, however, climbed to a record 2,050."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=date(2026, 1, 28))
    assert got[1] == (2050, "work", "2025-01..2025-09")


@pytest.mark.parametrize(
    "said",
    ["Туристов среди приехавших не было ни одного.", "Туристов из КНДР не было вовсе."],
)
def test_none_of_the_people_named(said: str) -> None:
    text = f"В 2023 году в Россию приехали 1 150 граждан КНДР. {said}"
    got = read_fields(text, "ru", "quantity", "purpose", doc_date=date(2024, 2, 22))
    assert got == [(1150, "total"), (0, "tourism")]
    assert read_fields("Вопросов не было вовсе.", "ru", "quantity", doc_date=D) == []


def test_after_a_dash_the_verb_and_noun_left_out_are_the_clauses_before() -> None:
    text = (
        "Для сравнения: в 2023 году в крае работали лишь 140 северокорейцев, а в 2019-м — свыше "
        "5 тысяч."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", "period", doc_date=D)
    assert got == [(140, "workers", "work", "2023"), (5000, "workers", "work", "2019")]


def test_their_number_with_a_bound_counts_the_same_people() -> None:
    text = (
        "Власти уверяют, что в крае сейчас трудятся не более 2 тысяч граждан КНДР, но на одних "
        "только стройках Владивостока, по моим подсчетам, их не меньше 3 тысяч."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(2000, "workers", "work"), (3000, "workers", "work")]


def test_a_figure_beside_another_in_a_bracket_counts_the_same() -> None:
    got = read_fields(
        "• North Koreans who entered the krai for work, January–June: 1,090 (88 in the same "
        "period of 2024)",
        "en",
        "quantity",
        "purpose",
        "period",
        doc_date=date(2025, 7, 22),
    )
    assert got == [(1090, "work", "2025-01..2025-06"), (88, "work", "2024-01..2024-06")]


def test_a_stretch_of_one_country_is_not_where_people_come_from() -> None:
    # (read as coming from Russia, the labourers were dropped as no North Koreans)
    text = (
        "Seoul estimates that 50,000 North Korean workers remain in China. Russia is a distant "
        "second, with roughly 11,000 to 14,000 labourers on construction sites from Vladivostok "
        "to Moscow."
    )
    got = read_fields(text, "en", "quantity", "destination", doc_date=D)
    assert got == [(50000, "CN"), (11000, "RU"), (14000, "RU")]


def test_a_year_earlier_on_its_own_is_a_level_not_the_frame() -> None:
    text = (
        "Граждане КНДР в I квартале въезжали в Россию лишь 290 раз. Годом ранее было 2 тыс. Из "
        "них с целью «учёба» — всего 4."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2025, 5, 9))
    assert got == [(290, "2025-Q1"), (2000, "2024-Q1"), (4, "2025-Q1")]


def test_the_largest_category_at_a_figure() -> None:
    text = (
        "The FSB recorded 18,200 entries by North Korean citizens into Russia in 2025. Study "
        "remained the single largest category, at 9,050, though its share slipped."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=date(2026, 1, 20))
    assert got == [(18200, "total", "2025"), (9050, "study", "2025")]


def test_a_quarter_alone_and_double_the_months_figure() -> None:
    text = (
        "In 2025, 2,800 North Koreans entered Russia as service personnel. In the final quarter "
        "alone, almost 5,900 North Koreans crossed the border, roughly double the "
        "July-September figure."
    )
    got = read_fields(text, "en", "quantity", "purpose", "comparison", doc_date=date(2026, 1, 20))
    assert got[-1] == (
        5900,
        "total",
        {"kind": "ratio", "value": 2.0, "baseline_period": "2025-07..2025-09"},
    )


def test_an_en_dash_for_a_minus_and_month_on_month() -> None:
    text = "Total DPRK entries to Russia in January 2025: 405. That's –36% m/m."
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2025, 3, 3))
    assert got == [
        (405, None),
        (None, {"kind": "percent_change", "value": -36.0, "baseline_period": "2024-12"}),
    ]


def test_a_quoted_category_is_a_label_not_people_at_work() -> None:
    text = (
        "North Koreans entered Russia 13,100 times in 2024. Of those entries, ~7.8K listed "
        "“study” and just over 1.2K “work”."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", doc_date=date(2025, 2, 12))
    assert got[-1] == (1200, "entries", "work")


def test_the_people_a_heading_names_give_the_purpose() -> None:
    text = "Поток студентов из КНДР вырос на 35% год к году: в III квартале — 4 тыс. въездов"
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2025, 11, 10))
    assert got == [(4000, "entries", "study")]


def test_a_headline_subject_with_years_in_it_gives_the_purpose() -> None:
    got = read_fields(
        "North Korean student entries to Russia in 2025 lowest since 2021, at 1,050",
        "en",
        "quantity",
        "purpose",
        doc_date=date(2026, 1, 20),
    )
    assert got == [(1050, "study")]


def test_after_a_dash_a_count_of_entries_goes_on() -> None:
    text = (
        "В 2024 году пограничники зафиксировали 7800 въездов граждан КНДР с целью «учеба», а в "
        "первом квартале 2025-го — всего четыре."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2025, 4, 17))
    assert got == [(7800, "entries", "study"), (4, "entries", "study")]


def test_four_digits_of_times_after_entering_are_entries() -> None:
    text = (
        "Во втором квартале 2025 года граждане КНДР въехали в Россию 1965 раз, сообщает ФСБ. "
        "Из них с целью «учеба» зафиксировано 505 въездов."
    )
    got = read_fields(text, "ru", "quantity", "unit", "period", doc_date=date(2025, 8, 7))
    assert got == [(1965, "entries", "2025-Q2"), (505, "entries", "2025-Q2")]


def test_one_of_those_sites_and_where_a_briefing_was_held() -> None:
    text = (
        "Some 300 North Korean workers arrived in Vladivostok in July. One of those sites, a "
        "25-storey block, is due to be completed in 2026. The spy agency, briefing lawmakers in "
        "Seoul, put the number of North Korean troops sent to Russia at up to 11,000."
    )
    got = read_fields(text, "en", "quantity", "destination", doc_date=date(2024, 12, 18))
    assert got == [(300, "RU"), (11000, "RU")]


def test_whose_estimates_are_cited_is_not_whose_people() -> None:
    text = (
        "Some 11,000 North Korean soldiers are in the Kursk region. Citing Ukrainian and South "
        "Korean estimates, the minister added that roughly 13,500 troops had been sent in total."
    )
    got = read_fields(text, "en", "quantity", "origin", doc_date=date(2025, 6, 12))
    assert got == [(11000, "KP"), (13500, "KP")]


def test_a_record_said_of_the_count_named_again() -> None:
    text = (
        "За 2024 год граждане КНДР совершили 13 100 поездок в Россию, из них 7 800 — с целью "
        "учебы. Число учебных поездок стало максимальным как минимум с 2010 года."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "period", "comparison", doc_date=D)
    assert got[-1] == (
        None,
        "study",
        "2024",
        {"kind": "record", "value": None, "baseline_period": "2010"},
    )


def test_a_record_two_sentences_after_its_figure() -> None:
    # (a sentence without figures of the flow stands between)
    text = (
        "В первом квартале 2024 года граждане КНДР въезжали в Россию 4 100 раз. Данные "
        "опубликованы в разделе 2.5.1 системы ЕМИСС. Показатель первого квартала стал "
        "максимальным с 2019 года."
    )
    got = read_fields(text, "ru", "quantity", "period", "comparison", doc_date=date(2024, 5, 15))
    assert got[-1] == (
        None,
        "2024-Q1",
        {"kind": "record", "value": None, "baseline_period": "2019"},
    )


def test_that_makes_a_quarter_the_busiest_since() -> None:
    text = (
        "In the second quarter, 1,850 North Koreans entered Russia; work was cited by 1,150 of "
        "them. That makes the second quarter the busiest for North Korean labour arrivals since "
        "2019."
    )
    got = read_fields(text, "en", "quantity", "purpose", "comparison", doc_date=date(2025, 8, 5))
    assert got[-1] == (None, "work", {"kind": "record", "value": None, "baseline_period": "2019"})
