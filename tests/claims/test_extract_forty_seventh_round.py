"""Readings from the thirteenth session's work on blind rounds 47, 49 and 50 (en/ru), in sentences
written for the tests: a change set between a baseline year and the figure it went to, a figure
carried past a sentence without one, a year ago's state, the months of last year."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2026, 2, 12)


def test_a_change_from_a_year_to_a_figure_is_that_figures() -> None:
    # "climbed 25% from 2024 to 9,870": the change is of 9,870, not of the figure before it,
    # and "from 2024" is its baseline, not the period of either figure
    text = (
        "North Koreans made 18,200 trips to Russia last year. Only 318 of them came as "
        "tourists, while study entries rose 31% from 2024 to 9,105."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (18200, "2025", None),
        (318, "2025", None),
        (9105, "2025", {"kind": "percent_change", "value": 31.0, "baseline_period": "2024"}),
    ]


def test_the_year_before_doing_something_is_no_earlier_year() -> None:
    # "for the year before revising it": "before" governs the revising, the year is the article's
    text = (
        "North Koreans made 18,200 trips to Russia last year. The agency had first published "
        "17,480 such entries for the year before revising the table this week."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(18200, "2025"), (17480, "2025")]


def test_the_year_before_a_figure_is_still_the_year_before() -> None:
    text = "In 2024 some 13,100 North Koreans entered Russia, up from 1,090 the year before."
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(13100, "2024"), (1090, "2023")]


def test_a_figure_the_agency_named_before_correcting_it_keeps_the_flow() -> None:
    text = (
        "За 2025 год граждане КНДР совершили около 18 тысяч поездок в Россию. Ранее ведомство "
        "называло цифру 16,9 тыс., но затем уточнило данные."
    )
    got = read_fields(text, "ru", "quantity", "unit", "period", doc_date=D)
    assert got == [(18000, "entries", "2025"), (16900, "entries", "2025")]


def test_a_year_ago_half_as_many_is_a_doubling() -> None:
    # «их около 80, а год назад было вдвое меньше»: now is twice the count a year ago
    text = (
        "В Хабаровском университете сейчас учатся 170 студентов из КНДР. В Амурском "
        "университете их около 80, а год назад было вдвое меньше."
    )
    got = read_fields(text, "ru", "quantity", "unit", "comparison", doc_date=date(2026, 3, 2))
    assert got == [
        (170, "students", None),
        (80, "students", {"kind": "ratio", "value": 2.0, "baseline_period": "2025"}),
    ]


def test_the_months_of_last_year_are_the_baseline() -> None:
    text = (
        "В первом квартале 2025 года граждане КНДР въезжали в Россию 1 690 раз. Это в 11 раз "
        "больше, чем за январь — март прошлого года."
    )
    got = read_fields(text, "ru", "quantity", "comparison", doc_date=date(2025, 5, 20))
    assert got == [
        (1690, None),
        (None, {"kind": "ratio", "value": 11.0, "baseline_period": "2024-01..2024-03"}),
    ]


def test_a_part_past_a_sentence_without_figures_keeps_the_period() -> None:
    # a sentence about the table itself stands between the total and a part of it
    text = (
        "В первом квартале 2025 года граждане КНДР въезжали в Россию 1 690 раз. Таблица, "
        "опубликованная 14 мая, насчитывает 31 графу. Экипажи поездов и судов совершили свыше "
        "250 въездов."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "period", doc_date=date(2025, 5, 20))
    assert got == [(1690, "total", "2025-Q1"), (250, "service_personnel", "2025-Q1")]


def test_a_stock_now_past_such_a_sentence_takes_no_period() -> None:
    # "hosts" is now, not a part of the quarter's flow
    text = (
        "North Koreans entered Russia 1,690 times in the first quarter of 2025. The table, "
        "posted on 14 May, runs to 31 columns. Amur State University hosts at least 120 "
        "North Korean students."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2025, 5, 20))
    assert got == [(1690, "2025-Q1"), (120, None)]


def test_a_place_troops_were_sent_to_is_not_who_sent_them() -> None:
    # «в Россию … перебросили»: Russia is where they went, not the sender
    text = (
        "По оценке разведки, в Курской области находятся 11 тыс. военных КНДР. В марте в Россию "
        "перебросили еще около 2 тыс. солдат."
    )
    got = read_fields(text, "ru", "quantity", "origin", "destination", doc_date=date(2025, 5, 1))
    assert got == [(11000, "KP", "RU"), (2000, "KP", "RU")]


def test_a_figure_named_in_quotes_is_the_articles_count() -> None:
    text = (
        "В Китае работают до 40 тысяч рабочих из КНДР. Один депутат назвал цифру «порядка "
        "12 тыс.» для России."
    )
    got = read_fields(text, "ru", "quantity", "unit", "origin", doc_date=date(2025, 6, 3))
    assert got[-1] == (12000, "workers", "KP")


def test_a_deployment_put_at_a_figure() -> None:
    text = (
        "Seoul estimates 11,000 North Korean troops are in Russia. The estimate matches "
        'Tokyo\'s, though the Pentagon has publicly put the deployment at "more than 10,000" '
        "and analysts at Washington think tanks speak of more."
    )
    got = read_fields(text, "en", "quantity", "qualifier", "origin", "destination", doc_date=D)
    assert got == [(11000, "exact", "KP", "RU"), (10000, "more_than", "KP", "RU")]


def test_inquiries_are_not_people() -> None:
    text = "The hotline for North Korean soldiers drew more than 100 inquiries in a week."
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_people_per_container_and_group_sizes_are_not_flows() -> None:
    en = "The men sleep 12 to a container. Tourists from North Korea travel in groups of 20."
    assert read_fields(en, "en", "quantity", doc_date=D) == []
    ru = (
        "В 2025 году в Приморье приехали 640 туристов из КНДР. Тур стоит 89 900 рублей, а "
        "минимальная группа составляет 12 человек."
    )
    assert read_fields(ru, "ru", "quantity", doc_date=D) == [(640,)]


def test_figures_for_comparison_do_not_move_the_articles_period() -> None:
    text = (
        "В 2024 году граждане КНДР въезжали в Россию 13 221 раз. Для сравнения: в 2023-м таких "
        "поездок было 1117, а в 2019-м — около 21 тыс. Разбивка по целям выглядит так: учеба — "
        "7887, работа — 2."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "period", doc_date=D)
    assert got[-2:] == [(7887, "study", "2024"), (2, "work", "2024")]


def test_a_tally_of_labels_and_figures_after_commas() -> None:
    text = (
        "North Koreans entered Russia 13,221 times in 2024. Broken down by stated purpose, the "
        "tally reads: study, 7,887; official, 2,940; work, 2."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", "attribution", doc_date=D)
    assert got[1:] == [
        (7887, "study", "2024", None),
        (2940, "official", "2024", None),
        (2, "work", "2024", None),
    ]


def test_a_change_after_a_figure_set_against_is_the_earlier_figures() -> None:
    # "…, against just 58 a year earlier, a roughly fiftyfold jump": 58 is the baseline, a year
    # before the quarter; the jump is the first figure's
    text = (
        "North Koreans entered Russia 4,900 times in the third quarter. Study accounted for "
        "2,950 of them, against just 58 a year earlier, a roughly fiftyfold jump."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=date(2024, 11, 12))
    assert got == [
        (4900, "2024-Q3", None),
        (2950, "2024-Q3", {"kind": "ratio", "value": 50.0, "baseline_period": "2023-Q3"}),
        (58, "2023-Q3", None),
    ]


def test_months_named_without_a_year_as_a_baseline() -> None:
    got = read_fields(
        "Russia recorded just 41 North Korean arrivals for work in the second quarter, 55% "
        "fewer than in January-March.",
        "en",
        "comparison",
        doc_date=date(2025, 8, 15),
    )
    assert got == [
        ({"kind": "percent_change", "value": -55.0, "baseline_period": "2025-01..2025-03"},)
    ]
    # months after the claim's quarter in the calendar are the year before's
    got = read_fields(
        "Some 1,400 North Korean workers arrived in the first quarter of 2025, nearly double the "
        "figure for October-December.",
        "en",
        "comparison",
        doc_date=date(2025, 4, 29),
    )
    assert got == [({"kind": "ratio", "value": 2.0, "baseline_period": "2024-10..2024-12"},)]


def test_what_is_said_of_a_category_is_not_the_counted_noun() -> None:
    text = (
        "North Koreans made 4,600 entries into Russia in the second quarter of 2025. Nearly half "
        'of them, 2,150, said they were coming to work, and a further 1,200 listed "study", a '
        "category that officials say is used to bring in labourers."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", doc_date=date(2025, 8, 12))
    assert got == [
        (4600, "entries", "total"),
        (2150, "entries", "work"),
        (1200, "entries", "study"),
    ]


def test_north_of_is_a_lower_bound_and_whose_estimate_is_no_place() -> None:
    text = (
        "Seoul says 14,000 North Korean soldiers have been sent to Russia. Kyiv's military "
        "intelligence put the figure at up to 13,000, while a Western official described it as "
        '"north of 12,000."'
    )
    got = read_fields(text, "en", "quantity", "qualifier", "destination", doc_date=D)
    assert got == [(14000, "exact", "RU"), (13000, "at_most", "RU"), (12000, "more_than", "RU")]


def test_the_size_of_a_university_is_no_flow() -> None:
    text = (
        "Some 600 North Korean students arrived in 2025. The youngest is enrolled at Pacific "
        "National University, which has about 21,000 students in all."
    )
    assert read_fields(text, "en", "quantity", doc_date=D) == [(600,)]


def test_more_people_after_a_troop_count_are_troops() -> None:
    text = (
        "По оценке разведки, в Курской области находятся свыше 11 тыс. военных КНДР. Еще до "
        "2 тыс. человек прибыли в январе в качестве пополнения."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2025, 6, 3))
    assert got == [(11000, "troops", "troops"), (2000, "troops", "troops")]


def test_a_span_to_date_ends_where_it_says() -> None:
    got = read_fields(
        "Year to date, entries by DPRK nationals totaled 9,870 through September.",
        "en",
        "quantity",
        "period",
        doc_date=date(2024, 11, 12),
    )
    assert got == [(9870, "2024-01..2024-09")]
    got = read_fields(
        "С начала 2023 года по конец марта 2025-го граждане КНДР пересекали границу России "
        "около 14,2 тыс. раз.",
        "ru",
        "quantity",
        "period",
        doc_date=date(2025, 5, 15),
    )
    assert got == [(14200, "2023-01..2025-03")]


def test_their_number_in_the_same_sentence_has_that_figures_period() -> None:
    text = (
        "В третьем квартале граждане КНДР въезжали в Россию 5 300 раз. Разведка сообщила, что в "
        "Курскую область переброшено свыше 11 тыс. военнослужащих КНДР, а в Пентагоне их число "
        "оценивают в 10–12 тысяч."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2024, 12, 5))
    assert got == [(5300, "2024-Q3"), (11000, None), (10000, None), (12000, None)]


def test_a_stock_now_after_a_turn_is_not_the_quarters() -> None:
    text = (
        "In the third quarter, some 3,500 North Koreans declared study as their purpose, yet an "
        'official insisted that "no more than 550" DPRK students are actually enrolled.'
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2025, 3, 14))
    assert got == [(3500, "2024-Q3"), (550, None)]


def test_a_single_person_as_an_illustration_is_no_count() -> None:
    text = (
        "The series counts crossings rather than people, so a single worker shuttling between "
        "Khasan and Tumangang twice a month shows up six times in a quarter."
    )
    assert read_fields(text, "en", "quantity", doc_date=D) == []
    got = read_fields(
        "Only a single North Korean entered Russia as a tourist in the first quarter.",
        "en",
        "quantity",
        "purpose",
        doc_date=D,
    )
    assert got == [(1, "tourism")]


def test_the_eldest_after_a_dash_is_an_age() -> None:
    text = (
        "В Курской области находятся до 11 тыс. военных КНДР. Самому младшему из попавших в "
        "плен северокорейских солдат, по словам украинской стороны, 19 лет, старшему — 27."
    )
    assert read_fields(text, "ru", "quantity", doc_date=D) == [(11000,)]


def test_trips_in_any_case_are_entries_but_the_aim_of_the_trip_is_not() -> None:
    text = (
        "В первом полугодии граждане КНДР совершили 1 650 поездки в Россию. Из них 900 указали "
        "целью поездки учебу."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2025, 10, 14))
    assert got == [(1650, "entries", "total"), (900, "entries", "study")]


def test_a_label_before_an_aside_and_a_dash() -> None:
    text = (
        "В первом полугодии граждане КНДР совершили 1 650 поездок в Россию. Туристических среди "
        "них было немного — около 150, зато служебных, по линии министерств, — свыше 550."
    )
    got = read_fields(text, "ru", "quantity", "purpose", doc_date=date(2025, 10, 14))
    assert got == [(1650, "total"), (150, "tourism"), (550, "official")]


def test_the_aim_of_the_trip_is_no_count_of_trips() -> None:
    # (a guard for the stem «поездк»: «целью поездки» names a purpose)
    text = (
        "Из 2 тыс. северокорейцев, прибывших в Россию во втором квартале, 1,3 тыс. указали "
        "целью поездки учебу."
    )
    got = read_fields(text, "ru", "quantity", "unit", doc_date=date(2025, 8, 1))
    assert got == [(2000, "persons"), (1300, "persons")]


def test_as_of_a_month_and_year_is_that_month() -> None:
    # ("as of June 2024": "20" of the year is no day)
    text = "In Laos, about 150 DPRK citizens worked in restaurants as of June 2024, down from 400."
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2024, 9, 18))
    assert got[0] == (150, "2024-06")
