"""Readings from the sixteenth session's work on blind round 70 (en/ru), in sentences written for
the tests: thousands in every Russian case, ..."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Речь шла о 3–5 тысячах рабочих из КНДР.", [(3000, "at_least"), (5000, "at_most")]),
        ("Власти Приморья говорят о двух тысячах студентов из КНДР.", [(2000, "exact")]),
        ("Число рабочих из КНДР в крае выросло к 12 тысячам.", [(12000, "exact")]),
        ("Чиновник оперировал 4 тысячами северокорейских рабочих.", [(4000, "exact")]),
    ],
)
def test_thousands_in_every_russian_case_multiply_the_figure(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert read_fields(text, "ru", "quantity", "qualifier", doc_date=D) == expected


def test_a_figure_after_a_share_of_them_counts_people_not_percent() -> None:
    text = (
        "Some 9,000 North Korean workers are now in Russia, an official said. About a third of "
        "them are in Khabarovsk Krai and roughly 2,000 in Amur Oblast, the official added."
    )
    got = read_fields(text, "en", "quantity", "unit", doc_date=D)
    assert (2000, "percent") not in got
    assert (2000, "workers") in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "За январь–сентябрь граждане КНДР въехали в Россию 640 раз с целью «работа», тогда "
            "как за аналогичный период 2019 года таких въездов было 2 310. Еще 1 150 въездов "
            "пришлись на учебу, что вдвое больше, чем годом ранее.",
        ),
        (
            "en",
            "From January to September, North Koreans entered Russia 640 times for work, while "
            "in the same period of 2019 there were 2,310 such entries. Another 1,150 entries "
            "were for study, double the figure a year earlier.",
        ),
    ],
)
def test_the_same_months_of_another_year_set_against_do_not_move_the_article_period(
    lang: str, text: str
) -> None:
    got = read_fields(text, lang, "quantity", "period", doc_date=date(2025, 11, 20))
    assert (2310, "2019-01..2019-09") in got
    assert (1150, "2025-01..2025-09") in got


def test_times_as_often_is_a_ratio_not_a_figure() -> None:
    text = (
        "In the third quarter North Koreans entered Russia 2,950 times, about nine times as "
        "often as in the second quarter."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert got == [(2950, {"kind": "ratio", "value": 9, "baseline_period": "2024-Q2"})]


@pytest.mark.parametrize(
    ("lang", "text", "level", "part"),
    [
        (
            "ru",
            "В третьем квартале 2024 года граждане КНДР въезжали в Россию 2 950 раз — в девять "
            "раз чаще, чем в апреле–июне, когда пограничники насчитали всего около 330 "
            "въездов. Из них 1 900 пришлись на учебу.",
            330,
            1900,
        ),
        (
            "en",
            "In the third quarter of 2024 North Koreans entered Russia 2,950 times, nine times "
            "as often as in April-June, when border guards counted only about 330 entries. Of "
            "those, 1,900 were for study.",
            330,
            1900,
        ),
    ],
)
def test_a_figure_in_a_when_clause_after_the_baseline_is_the_baselines_level(
    lang: str, text: str, level: int, part: int
) -> None:
    got = read_fields(text, lang, "quantity", "period", doc_date=date(2024, 11, 20))
    assert (level, "2024-04..2024-06") in got
    assert (part, "2024-Q3") in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В первом полугодии 2025 года граждане КНДР въезжали в Россию 6 200 раз. Чаще "
            "всего — 3 410 поездок, или 55% от общего числа, — они указывали учебу.",
        ),
        (
            "en",
            "North Koreans entered Russia 6,200 times in the first half of 2025. The largest "
            "group — 3,410 trips, or 55% of the total, — was made for study.",
        ),
    ],
)
def test_a_share_set_off_by_commas_does_not_cut_the_figure_from_its_purpose(
    lang: str, text: str
) -> None:
    got = read_fields(text, lang, "quantity", "purpose", "period", doc_date=D)
    assert (3410, "study", "2025-01..2025-06") in got


@pytest.mark.parametrize("adjective", ["доковидном", "прошлом", "рекордном"])
def test_a_year_with_its_ordinal_ending_after_an_adjective_is_a_period(adjective: str) -> None:
    text = f"В {adjective} 2019-м таких студентов из КНДР было около 3,1 тыс."
    assert read_fields(text, "ru", "quantity", "period", doc_date=D) == [(3100, "2019")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "North Korean workers are also reported in Laos (about 400) and Mongolia "
            "(fewer than 90).",
        ),
        ("ru", "Северокорейские рабочие есть также в Лаосе (около 400) и Монголии (менее 90)."),
    ],
)
def test_a_figure_in_brackets_after_a_country_is_that_countrys(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "destination", doc_date=D)
    assert got == [(400, "LA"), (90, "MN")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An organised tour group from North Korea — 31 people — reached Khabarovsk."),
        ("ru", "Тургруппа из КНДР численностью 31 человек прибыла в Хабаровск."),
    ],
)
def test_a_tour_group_travels_for_tourism(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "purpose", doc_date=D) == [(31, "tourism")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "На 1 января 2025 года в крае находились 1 210 граждан КНДР, из них с целью учебы — "
            "800, работы — 190, по служебным паспортам — 220. Годом ранее их было 400, то есть "
            "численность выросла втрое.",
        ),
        (
            "en",
            "As of 1 January 2025, 1,210 North Koreans were in the region, of whom 800 were "
            "there to study, 190 for work and 220 on official passports. A year earlier there "
            "were 400 of them, so the number has tripled.",
        ),
    ],
)
def test_after_a_total_and_its_parts_the_article_goes_on_with_the_totals_purpose(
    lang: str, text: str
) -> None:
    got = read_fields(text, lang, "quantity", "purpose", doc_date=D)
    assert (400, "total") in got
    assert (None, "total") in got


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has also accused Pyongyang of sending thousands of workers to Russian shipyards.",
        "Ukraine accused North Korea of sending 2,000 more troops to Russia.",
    ],
)
def test_the_accuser_is_not_whose_people_were_sent(text: str) -> None:
    got = read_fields(text, "en", "origin", "destination", doc_date=D)
    assert got == [("KP", "RU")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Some 11,000 North Korean workers are in Russia, an official said, revising upward "
            "the figure cited by the National Intelligence Service in March.",
        ),
        (
            "ru",
            "В России находятся около 11 тыс. рабочих из КНДР, заявил чиновник, пересмотрев "
            "оценку Национальной разведывательной службы Южной Кореи.",
        ),
    ],
)
def test_the_body_of_a_revised_figure_is_not_the_new_figures_source(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "attribution", doc_date=D) == [(11000, None)]


def test_the_country_of_a_watching_body_after_its_name_is_not_where_people_went() -> None:
    text = (
        "Лаос, по данным Госдепартамента США, в 2024 году все еще принимал несколько сотен "
        "рабочих из КНДР."
    )
    assert read_fields(text, "ru", "destination", doc_date=D) == [("LA",)]
