"""Readings from the fifteenth session's work on blind round 65 (en/ru), in sentences written for
the tests: levels in brackets set against a figure, quoted categories, the previous quarter."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 20)

BRACKETED = (
    "North Korean citizens entered Russia 6,120 times in the third quarter (up from 4,410 in the "
    "second quarter and 5,030 in the third quarter of 2024), the highest figure since 2012."
)


def test_levels_in_a_bracket_set_against_a_figure_keep_their_own_periods_and_count() -> None:
    got = read_fields(BRACKETED, "en", "quantity", "unit", "period", doc_date=D)
    assert got == [
        (6120, "entries", "2025-Q3"),
        (4410, "entries", "2025-Q2"),
        (5030, "entries", "2024-Q3"),
    ]


def test_a_record_after_the_bracket_is_the_figure_before_it() -> None:
    got = read_fields(BRACKETED, "en", "quantity", "comparison", doc_date=D)
    assert got[0][1] == {"kind": "record", "value": None, "baseline_period": "2012"}
    assert got[1][1] is None and got[2][1] is None


def test_the_article_goes_on_with_the_figures_period_not_the_brackets() -> None:
    text = BRACKETED + " Study accounted for 3,300 of them."
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got[-1] == (3300, "2025-Q3")


def test_quoted_categories_each_before_for_and_their_figure() -> None:
    text = (
        "Study remained the largest category at 3,300 entries in the third quarter, while "
        "'work' accounted for 22 and 'tourism' for 517."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(3300, "study"), (22, "work"), (517, "tourism")]


def test_the_previous_quarter_with_no_quarter_of_its_own_is_before_the_articles() -> None:
    text = (
        "North Korean citizens entered Russia 6,120 times in the third quarter. Study accounted "
        "for 3,300 entries, against 3,910 in the previous quarter."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(6120, "2025-Q3"), (3300, "2025-Q3"), (3910, "2025-Q2")]


def test_russian_previous_quarter_likewise() -> None:
    text = (
        "В третьем квартале граждане КНДР въезжали в Россию 6 120 раз. На учебу пришлось 3 300 "
        "въездов против 3 910 в предыдущем квартале."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=D)
    assert got == [(6120, "2025-Q3"), (3300, "2025-Q3"), (3910, "2025-Q2")]


CHAIN = (
    "Close to 800 North Koreans entered Russia in the first quarter, border data show. The "
    "quarterly total of 781 compares with 530 in the fourth quarter of 2024 and just 120 a year "
    "earlier (the first quarter of 2024), a six-fold jump year on year."
)


def test_the_quarterly_total_restates_the_articles_count() -> None:
    got = read_fields(CHAIN, "en", "quantity", "period", doc_date=D)
    assert (781, "2025-Q1") in got


def test_levels_chained_after_compares_with_keep_their_periods() -> None:
    got = read_fields(CHAIN, "en", "quantity", "period", doc_date=D)
    assert (530, "2024-Q4") in got and (120, "2024-Q1") in got


def test_a_change_after_levels_set_against_a_figure_is_that_figures() -> None:
    got = dict(read_fields(CHAIN, "en", "quantity", "comparison", doc_date=D))
    assert got[781] is not None and got[781]["kind"] == "ratio" and got[781]["value"] == 6.0
    assert got[530] is None and got[120] is None


def test_two_and_a_half_times_in_words() -> None:
    text = "Въезды граждан КНДР в Россию в третьем квартале выросли в три с половиной раза."
    got = read_fields(text, "ru", "quantity", "comparison", doc_date=D)
    assert got == [(None, {"kind": "ratio", "value": 3.5, "baseline_period": None})]


def test_a_russian_list_of_the_same_quarter_in_other_years() -> None:
    text = (
        "Для сравнения: в третьем квартале 2024 года таких въездов было 3120, годом ранее — 410, "
        "а в 2019-м — 5230."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=D)
    assert got == [(3120, "2024-Q3"), (410, "2023-Q3"), (5230, "2019-Q3")]


def test_a_whole_year_after_a_quarter_stays_the_year() -> None:
    # guard: «за весь 2019 год» is the year, not its quarter
    text = "В третьем квартале таких въездов было всего 410, а за весь 2019 год — около 3,2 тыс."
    got = read_fields(text, "ru", "quantity", "period", doc_date=D)
    assert got[-1] == (3200, "2019")


def test_entries_by_crews_of_ships_are_people_not_ships() -> None:
    text = (
        "North Korean citizens entered Russia 781 times in the first quarter: just 12 tourist "
        "entries, against 140 by crews of ships and aircraft."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert (140, "service_personnel") in got


def test_a_month_in_an_aside_on_the_subject_dates_the_aside_not_the_figure() -> None:
    text = (
        "North Korean citizens entered Russia 781 times in the first quarter. Tourism, which "
        "Pyongyang reopened to Russian groups in February, barely features: just 12 tourist "
        "entries."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(781, "2025-Q1"), (12, "2025-Q1")]


def test_the_article_goes_on_with_the_figure_not_the_last_level_chained_against_it() -> None:
    text = CHAIN + " Study accounted for 402 entries."
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got[-1] == (402, "2025-Q1")


def test_estimates_that_range_from_one_figure_to_another_are_a_range() -> None:
    text = "In Kazan, industry estimates range from 800 to 1,200 North Korean workers."
    got = read_fields(text, "en", "quantity", "qualifier", doc_date=D)
    assert got == [(800, "at_least"), (1200, "at_most")]


def test_a_change_from_one_figure_to_another_is_still_no_range() -> None:
    # guard: "rose from 800 to 1,200" is a change
    text = "North Korean workers in Kazan rose from 800 to 1,200 over the year."
    got = read_fields(text, "en", "quantity", "qualifier", doc_date=D)
    assert (800, "at_least") not in got


@pytest.mark.parametrize(
    "text",
    [
        "The quarter's traffic fell into three categories: study, work and service.",
        "A North Korean restaurant chain runs 4 outlets in Vientiane.",
        "The agency identified at least 4 training grounds in Primorye used by North Korean units.",
    ],
)
def test_categories_outlets_and_training_grounds_are_things(text: str) -> None:
    assert read_fields(text, "en", "quantity", doc_date=D) == []
