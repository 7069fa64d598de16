"""Forms met in the twenty-third held-out round (English and Russian), after it was scored on
arrival: statistical bulletins with the year-earlier figures in brackets, a breakdown whose
purposes label the figures right after them, "April through June", quarters abbreviated
(«I кв.»), and checkpoints counted beside entries."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 6)


def test_a_bulletin_with_the_earlier_figures_in_brackets() -> None:
    text = (
        "Entries of DPRK citizens into Russia, January–June (border service): 6,118 (same "
        "period of 2024: 2,950), of which study 3,406 (1,212) and work 44 (9)."
    )
    assert read_fields(text, "en", "quantity", "purpose", "period", doc_date=D) == [
        (6118, "total", "2025-01..2025-06"),
        (2950, "total", "2024-01..2024-06"),
        (3406, "study", "2025-01..2025-06"),
        (1212, "study", "2024-01..2024-06"),
        (44, "work", "2025-01..2025-06"),
        (9, "work", "2024-01..2024-06"),
    ]


def test_a_russian_bulletin_with_the_previous_quarter_in_brackets() -> None:
    text = (
        "Въезды граждан КНДР в РФ, III квартал 2025 г.: всего 3 105 (II кв.: 2 904), в т. ч. "
        "учеба 1 377 (1 210), работа 88 (96)."
    )
    assert read_fields(text, "ru", "quantity", "purpose", "period", doc_date=D) == [
        (3105, "total", "2025-Q3"),
        (2904, "total", "2025-Q2"),
        (1377, "study", "2025-Q3"),
        (1210, "study", "2025-Q2"),
        (88, "work", "2025-Q3"),
        (96, "work", "2025-Q2"),
    ]


def test_a_bracketed_figure_after_its_noun_and_period() -> None:
    text = "Service personnel: 1,640 entries in Q3 (Q2: 1,122; +46%); 3 of 71 checkpoints lagged."
    assert read_fields(text, "en", "quantity", "purpose", "period", doc_date=D) == [
        (1640, "service_personnel", "2025-Q3"),
        (1122, "service_personnel", "2025-Q2"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "North Koreans made 7,310 entries in 2024, of which study 4,050 and work 58.",
            "en",
        ),
        ("Граждане КНДР въезжали в Россию 7 310 раз, в том числе учеба 4 050, работа 58.", "ru"),
    ],
)
def test_a_breakdown_whose_purposes_label_the_figures_after_them(text: str, lang: str) -> None:
    got = read_fields(text, lang, "quantity", "purpose", doc_date=D)
    assert got == [(7310, "total"), (4050, "study"), (58, "work")]


def test_a_month_range_without_from() -> None:
    text = "Border tables show 2,260 entries by North Koreans in April through June."
    assert read_fields(text, "en", "quantity", "period", doc_date=D) == [(2260, "2025-04..2025-06")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Средний чек в ресторане — 120 тыс. кипов, тур стоит около 690 долларов.", "ru"),
        ("Норма выработки на лесозаготовках была 6 кубометров за смену.", "ru"),
        ("Бюджет программы переселения вырос на 15%.", "ru"),
        ("The regional budget for migration control grew 9% this year.", "en"),
        ("He bid for 14 municipal tenders last year and won three.", "en"),
        ("A week-long tour costs about $820 per person.", "en"),
    ],
)
def test_prices_volumes_budgets_and_tenders_are_not_flows(text: str, lang: str) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == []


def test_should_be_noted_is_not_a_price() -> None:
    text = "Стоит отметить, что в 2024 году в Россию въехали 13 221 гражданин КНДР."
    assert read_fields(text, "ru", "quantity", doc_date=D) == [(13221,)]


def test_a_part_placed_with_a_preposition_is_still_people() -> None:
    text = "Студентов из КНДР в вузах края сейчас 380, в том числе 41 — в морском университете."
    assert read_fields(text, "ru", "quantity", doc_date=D) == [(380,), (41,)]


def test_more_than_in_any_period_since_is_a_record() -> None:
    text = (
        "За январь–август в Россию въехали почти 12 тыс. граждан КНДР — больше, чем за любой "
        "период с 1996 года."
    )
    got = read_fields(text, "ru", "quantity", "comparison", doc_date=D)
    assert got == [(12000, {"kind": "record", "value": None, "baseline_period": "1996"})]


def test_a_change_does_not_reach_across_a_dash_to_another_matter() -> None:
    text = (
        "A sixfold jump in study entries since 2022 needs an answer — especially after Seoul "
        "put the number of North Korean soldiers in Kursk at over 12,000."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert got == [
        (None, {"kind": "ratio", "value": 6.0, "baseline_period": "2022"}),
        (12000, None),
    ]
    # the figure a change went to, after a dash, is still the change's
    text = "Число въездов граждан КНДР выросло в 12 раз — до 13 221."
    got = read_fields(text, "ru", "quantity", "comparison", doc_date=D)
    assert got[0][0] == 13221 and got[0][1]["value"] == 12.0


def test_people_said_to_be_all_of_another_nationality() -> None:
    text = (
        "North Korean workers once built half the city. “We now employ 85 people on two sites, "
        "all of them Mongolian,” the manager said."
    )
    assert read_fields(text, "en", "quantity", doc_date=D) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Port records show dozens of North Korean seafarers on ships calling at Nakhodka.", "en"),
        ("В порту Находки в прошлом году побывали десятки моряков из КНДР.", "ru"),
    ],
)
def test_seafarers_are_people_in_service(text: str, lang: str) -> None:
    got = read_fields(text, lang, "qualifier", "unit", "purpose", doc_date=D)
    assert got == [("vague", "persons", "service_personnel")]


def test_a_correction_that_moves_a_figure_to_another_year() -> None:
    text = (
        "Correction: An earlier version of this story said 8,420 North Koreans entered Russia "
        "in 2023; that figure refers to 2024. The 2023 figure was 930, meaning arrivals rose "
        "about ninefold."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (8420, "2024", None),
        (930, "2023", None),
        (None, "2024", {"kind": "ratio", "value": 9.0, "baseline_period": "2023"}),
    ]


def test_a_correction_without_this_or_the_article() -> None:
    text = (
        "Correction: an earlier version said 21,400 North Korean students entered Russia in the "
        "second quarter; the correct figure is 2,140."
    )
    assert read_fields(text, "en", "quantity", doc_date=D) == [(2140,)]


def test_a_quarter_after_k_is_the_baseline_of_the_articles_quarter() -> None:
    text = (
        "Въезды граждан КНДР в РФ, III квартал 2025 г.: всего 3 105. Учеба: 1 377 въездов, "
        "рост в 1,4 раза ко II кварталу."
    )
    got = read_fields(text, "ru", "quantity", "period", "comparison", doc_date=D)
    assert got[1] == (
        1377,
        "2025-Q3",
        {"kind": "ratio", "value": 1.4, "baseline_period": "2025-Q2"},
    )


def test_a_change_in_an_answer_is_against_the_quarter_before_the_one_asked_about() -> None:
    text = (
        "ВОПРОС: Сколько граждан КНДР въехало в край во втором квартале? ОТВЕТ: 2,6 тыс., это "
        "на 12% больше, чем в предыдущем квартале."
    )
    got = read_fields(text, "ru", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (2600, "2025-Q2", {"kind": "percent_change", "value": 12.0, "baseline_period": "2025-Q1"})
    ]


def test_zero_as_a_figure() -> None:
    text = (
        "In the third quarter North Koreans made 1,310 entries into Russia. Of those, work "
        "accounted for 702 and official travel for 188; tourism registered zero."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got[-1] == (0, "tourism")
    text = (
        "С деловой целью граждане КНДР въезжали в Россию 74 раза, с туристической — ни разу. "
        "В 2018 году в Лаосе находились 500 трудовых мигрантов из КНДР, а к концу 2020-го – ни "
        "одного."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "period", doc_date=D)
    assert got[1][:2] == (0, "tourism")
    assert got[-1] == (0, "work", "2020")
    # not a figure: «ни разу» said of someone's doings
    assert read_fields("Он ни разу не был в России.", "ru", "quantity", doc_date=D) == []


def test_none_remained_and_the_period_after_it() -> None:
    text = (
        "Vietnam told the 1718 Committee that it had hosted about 900 North Korean workers in "
        "2016 and that none remained in the country by the end of 2020."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(900, "2016"), (0, "2020")]
    assert read_fields("None of the reports gives a figure for 2024.", "en", "quantity") == []


def test_a_russian_correction_notice_and_the_size_of_a_crew() -> None:
    text = (
        "Исправление: ранее в заметке говорилось, что в 2024 году в Россию въехали 1 117 "
        "граждан КНДР; на самом деле речь идёт о 11 170 въездах."
    )
    assert read_fields(text, "ru", "quantity", doc_date=D) == [(11170,)]
    text = "A foreman in Blagoveshchensk says 18 of his crew of 45 are North Korean."
    assert read_fields(text, "en", "quantity", doc_date=D) == [(18,)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("За закон проголосовали 399 человек.", "ru"), ("In the end 412 people voted for it.", "en")],
)
def test_votes_are_not_flows(text: str, lang: str) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "За ратификацию проголосовали 401 депутат, против — 0, воздержавшихся нет; статья 4 "
            "договора предусматривает оказание военной помощи.",
            "ru",
        ),
        ("The resolution passed with 13 votes in favour, against: 0, abstentions: 2.", "en"),
    ],
)
def test_a_vote_tally_is_not_a_flow(text: str, lang: str) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == []
