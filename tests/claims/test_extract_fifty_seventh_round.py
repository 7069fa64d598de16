"""Readings from the fourteenth session's work on blind rounds 57 and 58 (en/ru), in sentences
written for the tests: routes, changes of things, breakdowns with several baselines."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 10, 20)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "North Koreans made 4,100 entries into Russia in the third quarter. Of them, 2,050 "
            "came to study, most of them on the Pyongyang–Vladivostok flights.",
        ),
        (
            "ru",
            "В третьем квартале граждане КНДР въехали в Россию 4 100 раз. Из них 2 050 — на "
            "учебу, в основном рейсами Пхеньян — Владивосток.",
        ),
    ],
)
def test_a_route_names_no_destination(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "destination", doc_date=D)
    assert got == [(4100, "RU"), (2050, "RU")]


def test_a_pair_of_countries_that_is_no_route_still_names_them() -> None:
    # guard: "DPRK-Russia cooperation" is no route; the pair still says whose matter it is
    text = "The UK has sanctioned 12 people over DPRK-Russia arms cooperation."
    assert read_fields(text, "en", "quantity", doc_date=D) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cargo through the port rose 35% to 2.4 million tonnes in the first half of the year.",
        "Chinese arrivals in Vladivostok grew 30% to 5,000 in the first half, the agency said.",
    ],
)
def test_a_change_to_a_figure_of_something_else_is_no_claim(text: str) -> None:
    article = "North Koreans made 4,100 entries into Russia in the third quarter. " + text
    assert read_fields(article, "en", "quantity", "comparison", doc_date=D) == [(4100, None)]


def test_a_change_to_a_figure_of_people_stays() -> None:
    # guard: the figure the change went to is a flow, so the change is its
    text = "Study entries by North Koreans rose 35% to 2,400 in the third quarter."
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert len(got) == 1 and got[0][0] == 2400 and got[0][1] is not None


def test_a_ratio_after_up_from_is_the_first_figures_and_its_baseline_is_a_year_before_it() -> None:
    text = (
        "North Koreans entered Russia 3,300 times in the second quarter, up from 2,100 in the "
        "first quarter and nearly fifteen times the 224 seen a year earlier."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert [(q, p) for q, p, _ in got] == [(3300, "2025-Q2"), (2100, "2025-Q1"), (224, "2024-Q2")]
    assert got[0][2] is not None and got[0][2]["value"] == 15
    assert got[0][2]["baseline_period"] == "2024-Q2"
    assert got[1][2] is None


def test_a_change_set_against_another_figure_after_although_stands_alone() -> None:
    text = (
        "North Koreans made 4,100 entries into Russia in the third quarter. Work trips rose by "
        "12 per cent on the second quarter, though they remain below the 2,200 worker entries "
        "of April–June 2019."
    )
    got = read_fields(text, "en", "quantity", "unit", "period", "comparison", doc_date=D)
    assert got[0][:3] == (4100, "entries", "2025-Q3")
    change = next(g for g in got if g[0] is None)
    assert change[2] == "2025-Q3" and change[1] != "workers"
    assert change[3] is not None and change[3]["value"] == 12
    assert (2200, "entries", "2019-04..2019-06", None) in got


def test_the_total_stands_at_is_all_purposes_and_a_when_clause_without_figures_keeps_its_year() -> (
    None
):
    text = (
        "Study entries by North Koreans reached 2,050 in the third quarter. So far this year the "
        "total stands at 6,900 entries, against about 9,000 in pre-pandemic 2019, when such "
        "work was still allowed."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=D)
    assert got == [
        (2050, "study", "2025-Q3"),
        (6900, "total", "2025-01..2025-10"),
        (9000, "total", "2019"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In the first quarter North Koreans made 390 entries into Russia, with March "
            "accounting for 160.",
        ),
        ("ru", "В первом квартале граждане КНДР въехали в Россию 390 раз, на март пришлось 160."),
    ],
)
def test_a_month_accounting_for_part_of_a_span(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "period", doc_date=D)
    assert got == [(390, "2025-Q1"), (160, "2025-03")]


def test_quarters_left_unsaid_before_and() -> None:
    text = (
        "North Koreans entered Russia 1,200 times in the first quarter, 1,900 in the second, "
        "2,600 in the third and 2,100 in the fourth."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2026, 2, 1))
    assert got == [(1200, "2025-Q1"), (1900, "2025-Q2"), (2600, "2025-Q3"), (2100, "2025-Q4")]


def test_the_third_and_fourth_quarters_together_are_no_quarter_left_unsaid() -> None:
    # guard: "in the third and fourth quarters" names two quarters, not the third alone
    text = "North Koreans entered Russia 4,700 times in the third and fourth quarters of 2025."
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2026, 2, 1))
    assert got != [(4700, "2025-Q3")]


@pytest.mark.parametrize(
    ("lang", "text", "base"),
    [
        (
            "en",
            "North Koreans made 17,400 entries into Russia in 2025, up 30% on 2024 and the most "
            "since 2014, the Border Service said.",
            "2014",
        ),
        (
            "ru",
            "В 2025 году граждане КНДР въехали в Россию 17 400 раз — на 30% больше, чем годом "
            "ранее, и максимум с 2014 года.",
            "2014",
        ),
    ],
)
def test_a_record_of_a_figure_with_its_change_is_a_claim_of_its_own(
    lang: str, text: str, base: str
) -> None:
    got = read_fields(text, lang, "quantity", "period", "comparison", doc_date=date(2026, 2, 1))
    assert [(q, p) for q, p, _ in got] == [(17400, "2025"), (None, "2025")]
    assert got[0][2]["kind"] == "percent_change" and got[0][2]["value"] == 30
    assert got[1][2]["kind"] == "record" and got[1][2]["baseline_period"] == base


def test_the_border_service_capitalised_is_the_fsb_border_service() -> None:
    text = "North Koreans made 17,400 entries into Russia in 2025, the Border Service said."
    got = read_fields(text, "en", "attribution", doc_date=date(2026, 2, 1))
    assert got == [("FSB Border Service",)]


def test_a_figure_set_off_after_its_purposes_clause_takes_that_purpose() -> None:
    text = (
        "North Koreans made 17,400 entries into Russia in 2025. Business travel made up a small "
        "part of the total, 640 entries, against 900 in 2019."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=date(2026, 2, 1))
    assert got == [(17400, "total", "2025"), (640, "business", "2025"), (900, "business", "2019")]


def test_a_purpose_named_in_passing_before_a_figure_of_its_own_clause_is_not_its() -> None:
    # guard: the clause before names study only as what was not counted
    text = (
        "North Koreans made 17,400 entries into Russia in 2025. Unlike study visas, which need "
        "an invitation, 640 entries were by crew members."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=date(2026, 2, 1))
    assert (640, "study") not in got


def test_their_number_in_a_when_clause_after_a_figure_of_the_sentence_is_that_figures() -> None:
    text = (
        "В третьем квартале граждане КНДР въезжали в Россию 4 100 раз. Из них 2 050 — на учебу. "
        "За девять месяцев число въездов достигло 9 800, но это меньше, чем в 2019 году, когда "
        "их было около 16 тыс."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "period", doc_date=D)
    assert got[2:] == [(9800, "total", "2025-01..2025-09"), (16000, "total", "2019")]


@pytest.mark.parametrize(
    ("lang", "text", "purpose"),
    [
        (
            "ru",
            "Трудовых мигрантов из КНДР, по данным министерства, в 2024 году приехало 1 100 "
            "человек.",
            "work",
        ),
        (
            "en",
            "North Korean workers, according to the ministry, numbered 4,200 in Primorye in 2024.",
            "work",
        ),
    ],
)
def test_an_attribution_set_off_by_commas_does_not_end_the_clause(
    lang: str, text: str, purpose: str
) -> None:
    got = read_fields(text, lang, "quantity", "purpose", doc_date=D)
    assert got == [(1100 if lang == "ru" else 4200, purpose)]


def test_the_period_after_a_figure_set_against_another_is_not_the_next_figures() -> None:
    text = (
        "В 2025 году граждане КНДР въехали в Россию 17 400 раз. Учебных въездов было 9 100 "
        "против 4 000 в 2024-м, а рабочих — 1 300."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2026, 2, 1))
    assert got[:3] == [(17400, "2025"), (9100, "2025"), (4000, "2024")]
    # (the last part names no period of its own and does not point back: unknown, not 2024)
    assert got[3] == (1300, None)


def test_the_month_a_peak_or_a_low_fell_on() -> None:
    text = (
        "В 2025 году граждане КНДР въехали в Россию 17 400 раз. Пик пришелся на июль "
        "(2 300 въездов), минимум — на март, когда границу пересекли 640 северокорейцев."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2026, 2, 1))
    assert got == [(17400, "2025"), (2300, "2025-07"), (640, "2025-03")]


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("ru", "Сеул оценивает пополнение, прибывшее в ноябре—январе, в 2 тыс. человек.", None),
        ("en", "About 2,000 North Korean troops arrived in December-January.", "2024-12..2025-01"),
    ],
)
def test_months_across_the_turn_of_the_year_and_what_is_estimated(
    lang: str, text: str, label: str | None
) -> None:
    got = read_fields(text, lang, "quantity", "unit", "period", doc_date=date(2025, 2, 10))
    assert got == [(2000, "troops", label or "2024-11..2025-01")]


def test_at_the_end_of_a_month_in_russian_is_that_month_as_in_english() -> None:
    ru = "К концу января в Приморье работали около 3 тыс. граждан КНДР."
    en = "By the end of January about 3,000 North Koreans were working in Primorye."
    d = date(2025, 2, 10)
    assert read_fields(ru, "ru", "quantity", "period", doc_date=d) == [(3000, "2025-01")]
    assert read_fields(en, "en", "quantity", "period", doc_date=d) == [(3000, "2025-01")]


def test_a_second_change_and_a_bare_bracketed_baseline_count_what_the_figure_counts() -> None:
    text = (
        "Во втором квартале граждане КНДР въезжали в Россию 3 300 раз — почти вдвое чаще, чем в "
        "первом квартале (1 700), и в 15 раз чаще, чем годом ранее."
    )
    got = read_fields(text, "ru", "quantity", "unit", doc_date=D)
    assert got == [(3300, "entries"), (1700, "entries"), (None, "entries")]


def test_a_hundred_more_still_to_come_counts_the_same_people_with_no_period() -> None:
    text = (
        "About 300 North Korean students came to the university in 2024. The rector expects at "
        "least a hundred more to arrive."
    )
    got = read_fields(text, "en", "quantity", "qualifier", "unit", "period", doc_date=D)
    assert got == [(300, "approx", "students", "2024"), (100, "at_least", "students", None)]


def test_several_thousand_more_are_more_of_the_same_people() -> None:
    text = (
        "Some 11,000 North Korean troops have been sent to Russia. Several thousand more are "
        "expected in the spring, officials said."
    )
    got = read_fields(text, "en", "quantity", "unit", doc_date=D)
    assert got == [(11000, "troops"), (1000, "troops")]


@pytest.mark.parametrize(
    ("lang", "text", "q"),
    [
        (
            "en",
            "A couple of thousand North Korean workers arrived over the past three years.",
            2000,
        ),
        ("ru", "За последние три года в край приехали около 2 тыс. рабочих из КНДР.", 2000),
    ],
)
def test_a_couple_of_thousand_over_the_past_years(lang: str, text: str, q: int) -> None:
    got = read_fields(text, lang, "quantity", "qualifier", "period", doc_date=date(2025, 7, 3))
    assert got == [(q, "approx", "2022-07..2025-06")]


def test_a_couple_of_people_is_no_figure() -> None:
    # guard: "a couple of" with no scale after it is a pair, not a count the press checks
    text = "A couple of North Korean officials visited the plant."
    assert read_fields(text, "en", "quantity", doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "North Koreans made 5,100 study entries in the third quarter. The figure, from FSB "
            "border data published on Friday, is the highest since the series began in 2010 and "
            "almost seven times the 2024 total.",
        ),
        (
            "ru",
            "Граждане КНДР совершили 5 100 учебных въездов за третий квартал. Это максимум с "
            "2010 года и почти в семь раз больше, чем во втором квартале (730 поездок), по данным "
            "погранслужбы ФСБ.",
        ),
    ],
)
def test_a_record_and_a_change_of_the_figure_just_given(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "purpose", "destination", "comparison", doc_date=D)
    kinds = [(q, cmp["kind"] if cmp else None) for q, _, _, cmp in got]
    assert (None, "record") in kinds and (None, "ratio") in kinds
    # both changes count study entries, into Russia (the FSB counts so)
    assert all(p == "study" and d == "RU" for q, p, d, _ in got if q is None)


def test_two_tens_still_to_come_next_month_of_that_name() -> None:
    text = "В институте сейчас учатся 41 студент из КНДР, ещё около трёх десятков приедут в марте."
    got = read_fields(text, "ru", "quantity", "qualifier", "period", doc_date=date(2025, 11, 12))
    assert got == [(41, "exact", None), (30, "approx", "2026-03")]


def test_a_month_in_the_past_tense_beside_a_plan_stays_this_years() -> None:
    # guard: the plan is another clause's; the month's own verb is past
    text = "В мае в край приехали ещё 40 медиков из КНДР, а до конца года планируется принять 120."
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2025, 11, 12))
    assert got[0] == (40, "2025-05")


def test_the_number_of_a_noun_reaching_so_many_people_counts_that_noun() -> None:
    text = (
        "Эксперт уверен, что реальное число трудовых мигрантов из КНДР в крае «заметно выше» и "
        "может доходить до 3–4 тысяч человек."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(3000, "workers", "work"), (4000, "workers", "work")]


@pytest.mark.parametrize("verb", ["hired", "placed", "employed"])
def test_people_an_employer_took_on_are_workers(verb: str) -> None:
    text = f"A contractor in Nakhodka {verb} about 150 North Koreans at its shipyard in 2024."
    got = read_fields(text, "en", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(150, "workers", "work")]


def test_a_change_set_off_after_a_figure_of_something_else_is_no_claim() -> None:
    text = "The port handled 3.4 million tonnes of coal, 12 percent more than last year."
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_a_change_set_off_after_a_figure_of_people_stays_theirs() -> None:
    # guard: the figure before the comma is a flow, so the change is its
    text = "North Koreans made 5,000 entries into Russia in 2024, 12 percent more than in 2023."
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert len(got) == 1 and got[0][0] == 5000 and got[0][1]["value"] == 12


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("ru", "За январь—сентябрь этого года граждане КНДР въехали в Россию 9 тыс. раз.", None),
        ("ru", "В последнем квартале 2024-го граждане КНДР въехали в Россию 2 800 раз.", "2024-Q4"),
        ("en", "North Koreans entered Russia 2,800 times in the last quarter of 2024.", "2024-Q4"),
    ],
)
def test_months_of_this_year_and_the_last_quarter_of_a_year(
    lang: str, text: str, label: str | None
) -> None:
    got = read_fields(text, lang, "period", doc_date=date(2025, 6, 3))
    assert got == [(label or "2025-01..2025-09",)]


def test_a_revision_up_by_so_many_to_a_level_is_no_range() -> None:
    text = (
        "North Koreans entered Russia 5,800 times in the third quarter, the agency said, revising "
        "its second-quarter tally up by 310 to 3,950."
    )
    got = read_fields(text, "en", "quantity", "qualifier", doc_date=D)
    assert got == [(5800, "exact"), (3950, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "A hotline set up in March logged 58 tips about sanctions breaches in its first month.",
        "The company built 14 statues and monuments in African capitals.",
    ],
)
def test_tips_and_monuments_are_no_flows(text: str) -> None:
    assert read_fields(text, "en", "quantity", doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Some 40,000 North Koreans work in China, about 30% fewer than before the pandemic.",
        ),
        ("ru", "В Китае работают около 40 тыс. граждан КНДР — на 30% меньше, чем до пандемии."),
    ],
)
def test_before_the_pandemic_is_2019(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "comparison", doc_date=D)
    assert got[0][1]["baseline_period"] == "2019" and got[0][1]["value"] == -30


def test_a_revised_figure_does_not_move_the_frame_and_a_purpose_cited_in_so_many() -> None:
    text = (
        "North Koreans entered Russia 5,800 times in the third quarter, the agency said, revising "
        "its second-quarter tally up by 310 to 3,950. Study remained the most common stated "
        "purpose, cited in 2,900 entries."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=D)
    assert got[-1] == (2900, "study", "2025-Q3")


def test_more_than_in_any_year_since_an_event_in_a_year_is_a_record() -> None:
    text = (
        "Of those entries, 6,100 were for study, more than in any year since the service began "
        "publishing the data in 2012."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=date(2025, 3, 1))
    assert got[0][2]["kind"] == "record" and got[0][2]["baseline_period"] == "2012"
    assert got[0][1] != "2012"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "In the third quarter 3,300 North Koreans crossed into Russia, roughly tenfold the "
            "figure for the same quarter of 2023.",
            "2023-Q3",
        ),
        (
            "About 900 North Korean students are currently enrolled in Primorye, roughly double "
            "the number four years ago.",
            "2021",
        ),
    ],
)
def test_baselines_named_as_the_figure_for_a_period_or_years_ago(text: str, base: str) -> None:
    got = read_fields(text, "en", "comparison", doc_date=date(2025, 3, 1))
    assert got[0][0]["baseline_period"] == base


def test_a_like_figure_named_by_another_source_is_of_the_same_count() -> None:
    text = (
        "По данным Сеула, в России находятся около 12 тыс. военнослужащих КНДР. В Пентагоне "
        "называют близкую цифру — от 11 до 13 тысяч."
    )
    got = read_fields(text, "ru", "quantity", "unit", doc_date=D)
    assert got == [(12000, "troops"), (11000, "troops"), (13000, "troops")]


def test_the_level_a_change_went_to_after_a_comma_has_its_subjects_purpose() -> None:
    text = "Study entries by North Koreans rose 30% year on year in the second quarter, to 2,600."
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(2600, "study")]


def test_people_who_have_visas_are_counted_not_the_visas() -> None:
    text = (
        "В крае находятся 700 граждан КНДР. Из них 300 приехали на учебу, еще 120 имеют рабочие "
        "визы."
    )
    got = read_fields(text, "ru", "quantity", "unit", doc_date=D)
    assert got[-1] == (120, "workers")


def test_the_figure_a_correction_gives_instead() -> None:
    text = (
        "Correction: An earlier version of this story said 4,000 North Koreans were working in "
        "Qatar in 2017; the figure given by Qatari officials was 2,500."
    )
    got = read_fields(text, "en", "quantity", "destination", doc_date=D)
    assert got == [(2500, "QA")]


def test_such_trips_are_of_the_kind_just_counted_unless_a_breakdown_came_before() -> None:
    one = (
        "В 2024 году граждане КНДР совершили 1 500 туристических поездок в Россию. Для "
        "сравнения: в 2019 году таких поездок было около 3 тыс."
    )
    got = read_fields(one, "ru", "quantity", "purpose", doc_date=D)
    assert got == [(1500, "tourism"), (3000, "tourism")]
    # guard: after a total and its part, "such entries" are the total's kind
    both = (
        "В 2023 году граждане КНДР въезжали в Китай 20 тыс. раз, из них 8 тыс. — с целью "
        "работы. В первом квартале текущего года таких въездов было 6 100."
    )
    got = read_fields(both, "ru", "quantity", "purpose", doc_date=D)
    assert got[-1] == (6100, "total")


def test_workers_abroad_have_no_one_destination() -> None:
    text = (
        "Pyongyang kept about 50,000 workers abroad in 2024, with some 2,000 in Laos and several "
        "hundred in Vietnam."
    )
    got = read_fields(text, "en", "quantity", "destination", doc_date=D)
    assert got[0] == (50000, None)
    assert (2000, "LA") in got


@pytest.mark.parametrize(
    "text",
    [
        "On a campus of 18,000 students, Korean is rarely heard in the corridors.",
        "Kyiv put North Korean casualties at 4,000 in early January.",
    ],
)
def test_a_campus_size_and_casualties_are_no_flows(text: str) -> None:
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_months_of_this_year_and_whose_spies_speak() -> None:
    text = (
        "In January-March this year 300 North Koreans crossed into Russia. Seoul's spies reckon "
        "up to 12,000 North Korean workers have been sent there this year."
    )
    got = read_fields(text, "en", "quantity", "period", "destination", doc_date=date(2025, 5, 16))
    assert got[0] == (300, "2025-01..2025-03", "RU")
    assert got[1][2] != "KR"


def test_a_stock_now_after_although_is_not_the_years() -> None:
    text = (
        "В 2024 году с целью «работа» въехали лишь 190 граждан КНДР, хотя, по оценкам экспертов, "
        "на стройках края трудятся свыше 8 тысяч северокорейцев."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=D)
    assert got == [(190, "2024"), (8000, None)]


def test_more_than_ever_since_a_year_is_a_record_in_russian() -> None:
    text = (
        "В 2025 году учебу указали целью поездки 2 900 граждан КНДР — больше, чем когда-либо с "
        "2012 года."
    )
    got = read_fields(text, "ru", "quantity", "comparison", doc_date=date(2026, 1, 20))
    assert got[0][1]["kind"] == "record" and got[0][1]["baseline_period"] == "2012"


def test_the_same_nine_months_of_a_year() -> None:
    text = "January–September: 5,100 North Korean entries, up 12% on the same nine months of 2024."
    got = read_fields(text, "en", "comparison", doc_date=D)
    assert got[0][0]["baseline_period"] == "2024-01..2024-09"


def test_roughly_of_so_many_in_russian_is_approximate() -> None:
    text = "Разведка говорит примерно о 12 тыс. военнослужащих КНДР в Курской области."
    got = read_fields(text, "ru", "quantity", "qualifier", doc_date=D)
    assert got == [(12000, "approx")]


@pytest.mark.parametrize(
    ("lang", "text", "base"),
    [
        (
            "en",
            "North Koreans entered Russia 3,900 times in the third quarter, nearly triple the "
            "figure for the preceding three months.",
            "2025-Q2",
        ),
        (
            "ru",
            "В третьем квартале число въездов граждан КНДР выросло в 4 раза по сравнению "
            "со вторым.",
            "2025-Q2",
        ),
    ],
)
def test_the_quarter_before_named_as_the_preceding_months_or_left_out(
    lang: str, text: str, base: str
) -> None:
    got = read_fields(text, lang, "comparison", doc_date=D)
    assert got[0][0]["baseline_period"] == base


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Builders say the North Korean crews cost about 25% less than local teams."),
        ("ru", "По словам подрядчиков, бригады из КНДР обходятся примерно на 25% дешевле местных."),
    ],
)
def test_what_workers_cost_is_no_change_of_a_flow(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "comparison", doc_date=D) == []


def test_not_one_of_them_is_zero_of_that_part() -> None:
    text = (
        "In the second quarter of 2024 only 390 North Koreans crossed into Russia, and not one of "
        "them declared work as the purpose of the trip."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(390, "total"), (0, "work")]


def test_not_one_official_is_no_figure() -> None:
    # guard: "not one" without "of them" and a verb of declaring is no count
    assert read_fields("Not one official would comment on the figures.", "en", "quantity") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "丹东口岸今年货物吞吐量同比增长12%,达到约90万吨。"),
        ("ko", "단둥 세관의 화물 처리량은 작년보다 12% 늘어 90만 톤에 달했다."),
    ],
)
def test_a_change_of_goods_counted_after_it_is_no_claim(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "comparison", doc_date=D) == []


def test_did_not_exceed_is_a_ceiling() -> None:
    text = "В 2024 году число граждан КНДР, въехавших в край на учебу, не превышало 600."
    got = read_fields(text, "ru", "quantity", "qualifier", doc_date=D)
    assert got == [(600, "at_most")]


def test_double_the_number_recorded_in_a_quarter() -> None:
    text = (
        "North Koreans made 2,400 entries into Russia in the third quarter. That was double the "
        "number recorded in the second quarter."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2024, 10, 17))
    assert got[1][0] is None and got[1][1]["baseline_period"] == "2024-Q2"


def test_figures_it_compares_with_stand_aside_between_a_total_and_its_parts() -> None:
    text = (
        "North Koreans made 9,800 entries into Russia in the first nine months of 2025. That "
        "compares with 8,100 for the whole of 2024 and 1,900 in 2023. Study was the leading "
        "purpose, at about 4,200 crossings."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=D)
    assert got[-1] == (4200, "study", "2025-01..2025-09")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В июле в Приморье прибыли около 200 швей из КНДР."),
        ("en", "About 200 North Korean seamstresses arrived in Primorye in July."),
    ],
)
def test_seamstresses_are_workers(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D)
    assert got == [(200, "workers", "work")]
