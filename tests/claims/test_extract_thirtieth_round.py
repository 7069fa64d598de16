"""Forms met in the thirtieth round (English and Russian), fixed after it was scored on arrival:
a comparison set against another by "but", the figure set "against" the compared one, «в том же
квартале прошлого года» as a baseline, a hedge before «в», "January through September", "the
whole of 2023", "entries in the quarter", a purpose named as the sentence's subject, and a visa
noun that belongs to a later figure."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 2, 14)


def test_the_comparison_after_but_is_the_figures() -> None:
    text = (
        "The post said arrivals had risen thirtyfold, but the real increase was roughly "
        "ninefold: 10,400 North Koreans entered Russia last year, against 1,150 in 2023."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert (10400, {"kind": "ratio", "value": 9.0, "baseline_period": "2023"}) in got


def test_the_same_quarter_of_last_year_is_a_baseline() -> None:
    text = (
        "За январь–сентябрь 2025 года граждане КНДР въехали в Россию 9 800 раз. Туристических "
        "поездок в третьем квартале стало в 2,6 раза больше, чем в том же квартале прошлого "
        "года, — 540."
    )
    got = read_fields(text, "ru", "quantity", "period", "comparison", doc_date=date(2025, 11, 10))
    assert got[-1] == (
        540,
        "2025-Q3",
        {"kind": "ratio", "value": 2.6, "baseline_period": "2024-Q3"},
    )


def test_a_hedge_before_v() -> None:
    text = "Пентагон оценивает контингент КНДР в России примерно в 11 тыс. человек."
    assert read_fields(text, "ru", "quantity", "qualifier", doc_date=D) == [(11000, "approx")]


def test_january_through_september_and_the_whole_of_a_year() -> None:
    text = (
        "Year to date, January through September, the table shows 7,310 entries, more than "
        "threefold the 2,020 recorded in the whole of 2023."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=date(2024, 11, 12))
    assert got[0] == (
        7310,
        "2024-01..2024-09",
        {"kind": "ratio", "value": 3.0, "baseline_period": "2023"},
    )


def test_entries_in_the_quarter_and_a_purpose_named_as_the_subject() -> None:
    text = (
        "The FSB table for the third quarter of 2024 lists 4,920 entries by DPRK citizens, of "
        "which 3,100 were for study. Year to date, January through September, the table shows "
        "8,100 entries. Service personnel, mostly crews of the 29 trains that crossed at Khasan, "
        "account for another 180 entries in the quarter."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=date(2024, 11, 12))
    assert got[-1] == (180, "service_personnel", "2024-Q3")


def test_a_visa_noun_after_a_later_figure_is_that_ones() -> None:
    text = (
        "Q: How many North Koreans went to Russia to work in the first quarter? A: Officially, "
        "just 152 entered with 'work' listed as the purpose, and only dozens on business visas."
    )
    got = read_fields(text, "en", "quantity", "unit", doc_date=D)
    assert got == [(152, "persons"), (12, "persons")]
