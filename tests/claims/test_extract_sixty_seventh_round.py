"""Readings from the fifteenth session's work on blind round 67 (en/ru), in sentences written for
the tests: figures denied in the same breath as the figure asserted."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2026, 2, 20)


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "A: Not 9,000 — closer to 6,500 North Korean workers arrived last year.", 6500),
        (
            "en",
            "About 1,900 North Korean students are enrolled, not the 5,000 circulating online.",
            1900,
        ),
        ("ru", "В аэропорту уточнили, что пассажиров из КНДР было не 180, а 112.", 112),
        ("ru", "По его словам, рабочих из КНДР в крае уже не 20, а больше 30 тысяч.", 30000),
    ],
)
def test_a_figure_denied_is_no_claim(lang: str, text: str, kept: int) -> None:
    got = [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)]
    assert got == [kept]


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        # guards: "not only", "not more than", «не менее» say something of the figure itself
        ("en", "Not only 300 North Korean students came, but their teachers too.", 300),
        ("en", "Not more than 400 North Korean workers entered Russia in May.", 400),
        ("ru", "В мае в Россию въехали не менее 400 рабочих из КНДР.", 400),
    ],
)
def test_not_before_a_bound_or_only_is_no_denial(lang: str, text: str, kept: int) -> None:
    got = [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)]
    assert got == [kept]


def test_a_footnote_number_is_no_claim() -> None:
    text = "We estimate that some 1,800 North Korean workers were employed in Mongolia in 2017.[14]"
    got = read_fields(text, "en", "quantity", "attribution", doc_date=D)
    # (nor is "We" a source: a pronoun names no body)
    assert got == [(1800, None)]


def test_a_number_put_at_several_hundred() -> None:
    text = (
        "North Korean IT workers in Laos are harder to count; a UN Panel of Experts report put "
        'their number at "several hundred" in 2024.'
    )
    got = read_fields(text, "en", "quantity", "qualifier", doc_date=D)
    assert got == [(100, "vague")]


def test_the_number_fallen_to_zero_is_a_count_of_none() -> None:
    text = (
        "Some 1,800 North Korean workers were employed in Mongolia in 2017. By 2020 the "
        "government said the number had fallen to zero."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(1800, "2017"), (0, "2020")]


def test_a_change_of_things_just_counted_is_no_claim() -> None:
    text = (
        "Kim Il Sung University signed 12 exchange agreements with Russian universities last "
        "year, twice as many as in 2019."
    )
    assert read_fields(text, "en", "quantity", "comparison", doc_date=D) == []


def test_a_change_of_people_after_a_figure_of_people_stays() -> None:
    # guard
    text = "Some 1,400 North Korean students entered Russia last year, twice as many as in 2023."
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert got[0][0] == 1400 and got[0][1] is not None


@pytest.mark.parametrize(
    ("lang", "text", "got_purposes"),
    [
        (
            "ru",
            "Служебную цель въезда граждане КНДР указывали 640 раз, как обслуживающий персонал — "
            "315 раз.",
            [(640, "official"), (315, "service_personnel")],
        ),
        (
            "en",
            "North Korean citizens declared study as their purpose 2,300 times in the quarter.",
            [(2300, "study")],
        ),
    ],
)
def test_a_purpose_stated_so_many_times_counts_entries(
    lang: str, text: str, got_purposes: list[tuple[int, str]]
) -> None:
    got = read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D)
    assert got == [(q, "entries", p) for q, p in got_purposes]
