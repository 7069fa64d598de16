"""Readings from the twelfth session's blind rounds 38 and 39 (en/ru), in sentences written for
the tests: bounds, record lows, counted things, periods of a statement."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 25)


def test_no_fewer_than_with_chem() -> None:
    # «не менее чем в 15 тысяч» is a lower bound, not «менее чем» (less than)
    text = (
        "Разведка оценивала число рабочих из КНДР в 2024 году в 13 тысяч человек, а в этом "
        "году — не менее чем в 15 тысяч."
    )
    got = read_fields(text, "ru", "quantity", "qualifier", "period", doc_date=D)
    assert got == [(13000, "exact", "2024"), (15000, "at_least", "2025")]


def test_both_ends_of_a_range_count_the_noun_named_before() -> None:
    text = "По оценкам экспертов, число рабочих из КНДР на стройках составляет 15–20 тысяч человек."
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(15000, "workers", "work"), (20000, "workers", "work")]


@pytest.mark.parametrize("words", ["в минувшем году", "в прошедшем году"])
def test_the_year_gone_by(words: str) -> None:
    text = f"Во Владивостоке {words} обучались свыше 600 студентов из КНДР."
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2026, 1, 20))
    assert got == [(600, "2025")]


def test_groups_are_not_people() -> None:
    text = (
        "В декабре регион посетили двенадцать туристических групп из КНДР общей численностью "
        "184 человека."
    )
    got = read_fields(text, "ru", "quantity", "purpose", doc_date=date(2026, 1, 20))
    assert got == [(184, "tourism")]


def test_a_thing_past_a_comma_is_not_what_the_figure_counts() -> None:
    text = "— Сколько рабочих из КНДР сейчас на ваших объектах? — Около 400, это четыре бригады."
    assert read_quantities(text, "ru", doc_date=D) == [400]


@pytest.mark.parametrize(
    ("lang", "text", "since"),
    [
        (
            "en",
            "North Koreans declaring work made 214 entries in the third quarter, the lowest "
            "since 2022.",
            "2022",
        ),
        (
            "en",
            "North Koreans declaring work made 214 entries in the third quarter, a record low.",
            None,
        ),
        (
            "ru",
            "В третьем квартале с целью работы в Россию въехали 214 граждан КНДР — минимальный "
            "показатель с 2020 года.",
            "2020",
        ),
    ],
)
def test_record_lows(lang: str, text: str, since: str | None) -> None:
    got = read_fields(text, lang, "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (
            214,
            "2025-Q3",
            {"kind": "record", "value": None, "baseline_period": since, "lowest": True},
        )
    ]


def test_at_least_then_since_is_no_record_low() -> None:
    # «как минимум 214 … с 2022 года»: a bound, then a span; no record
    text = "С 2022 года в Приморье работали как минимум 214 граждан КНДР."
    got = read_fields(text, "ru", "quantity", "qualifier", "comparison", doc_date=D)
    assert got == [(214, "at_least", None)]


def test_between_spelled_bounds_with_one_scale_word() -> None:
    text = (
        "Seoul estimates that between three and five thousand North Korean laborers arrived in "
        "Russia in January."
    )
    got = read_fields(text, "en", "quantity", "qualifier", doc_date=D)
    assert got == [(3000, "at_least"), (5000, "at_most")]
    ru = "По оценкам, от трех до пяти тысяч рабочих из КНДР прибыли в Россию в январе."
    assert read_fields(ru, "ru", "quantity", "qualifier", doc_date=D) == got


def test_spelled_bounds_without_a_scale_word_need_their_own_noun() -> None:
    text = "Between two and three North Korean delegations visited Khabarovsk with 300 workers."
    assert read_quantities(text, "en", doc_date=D) == [300]


def test_a_figure_set_against_a_known_one_is_exact() -> None:
    text = (
        "North Korean arrivals in Russia for January-September reached 12,100, already close to "
        "the 13,221 recorded in the whole of last year."
    )
    got = read_fields(text, "en", "quantity", "qualifier", "period", doc_date=D)
    assert got == [(12100, "exact", "2025-01..2025-09"), (13221, "exact", "2024")]


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        (
            "en",
            "China counted 19,000 North Korean entries in the first three quarters of this year.",
            "2025-01..2025-09",
        ),
        (
            "en",
            "China recorded 9,000 entries by North Koreans in the first two quarters of 2024.",
            "2024-01..2024-06",
        ),
        (
            "ru",
            "За три квартала 2025 года граждане КНДР въехали в Россию 12 тыс. раз.",
            "2025-01..2025-09",
        ),
        (
            "ru",
            "В первых трех кварталах граждане КНДР въехали в Россию 12 тыс. раз.",
            "2025-01..2025-09",
        ),
        ("ru", "Во втором квартале 2025 года граждане КНДР въехали в Россию 4 950 раз.", "2025-Q2"),
    ],
)
def test_the_first_quarters_of_a_year(lang: str, text: str, period: str) -> None:
    assert read_fields(text, lang, "period", doc_date=D) == [(period,)]


def test_a_count_of_quarters_is_no_claim() -> None:
    text = "В течение трех кварталов подряд граждане КНДР въезжали в Россию по 3 тыс. раз."
    assert read_quantities(text, "ru", doc_date=D) == [3000]


def test_from_the_year_before() -> None:
    text = "North Koreans crossed into China 52,300 times in 2024, down 8% from the year before."
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert got == [(52300, {"kind": "percent_change", "value": -8.0, "baseline_period": "2023"})]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "North Korea sent 10,000 laborers to Russia last year. The report draws on interviews "
            "with 27 defectors and former overseas workers.",
        ),
        (
            "ru",
            "КНДР направила в Россию 10 тыс. рабочих. Авторы доклада опросили 27 бывших рабочих.",
        ),
    ],
)
def test_a_reports_interviewees_are_no_flow(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == [10000]


def test_places_at_universities_are_not_people() -> None:
    text = (
        "The education ministry said it had allotted 1,150 state-funded places to North Korean "
        "applicants "
        "for 2026, against 500 in 2024."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(1150, "other", "study"), (500, "other", "study")]


def test_the_total_after_a_part_is_the_whole() -> None:
    text = (
        "Border data show 1,412 entries by North Koreans listing tourism as their purpose from "
        "January to June. Counting every category, the total for the half-year comes to 6,930, "
        "about 28% below the same period of 2024."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", "comparison", doc_date=D)
    assert got == [
        (1412, "tourism", "2025-01..2025-06", None),
        (
            6930,
            "total",
            "2025-01..2025-06",
            {"kind": "percent_change", "value": -28.0, "baseline_period": "2024-01..2024-06"},
        ),
    ]


def test_the_total_of_a_named_thing_continues_the_count() -> None:
    text = (
        "Some 3,000 more North Korean troops were sent to Russia in January. That would bring "
        "the total deployment to about 14,000."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(3000, "troops"), (14000, "troops")]


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        (
            "en",
            "Laos and Vietnam each host fewer than five hundred North Korean workers, he added, "
            "while Mongolia sent its last ones home in 2019.",
            "less_than",
        ),
        ("ru", "Лаос и Вьетнам принимают каждый не более 500 рабочих из КНДР.", "at_most"),
    ],
)
def test_one_figure_said_of_each_country(lang: str, text: str, qualifier: str) -> None:
    got = read_fields(text, lang, "quantity", "qualifier", "destination", "period", doc_date=D)
    assert got == [(500, qualifier, "LA", None), (500, qualifier, "VN", None)]


def test_a_list_without_each_is_one_figure() -> None:
    text = "Laos and Vietnam host fewer than 500 North Korean workers between them."
    assert read_quantities(text, "en", doc_date=D) == [500]


def test_parts_of_people_counted_before_past_a_list_of_schools() -> None:
    text = (
        "На 1 октября 2025 года в Приморском крае находились 1 736 граждан КНДР. Из них свыше "
        "1,2 тыс. обучаются в вузах и колледжах региона, еще около 300 работают по трудовым "
        "договорам."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D)
    assert got == [
        (1736, "persons", "total"),
        (1200, "students", "study"),
        (300, "workers", "work"),
    ]


def test_the_number_of_tourists_may_reach() -> None:
    text = (
        "Ожидается, что в 2026 году число северокорейских туристов, посетивших Россию, может "
        "достичь 5 тысяч — против примерно 1,7 тыс. в прошлом году."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "period", doc_date=date(2026, 3, 10))
    assert got == [(5000, "tourism", "2026"), (1700, "tourism", "2025")]


@pytest.mark.parametrize(
    ("lang", "text", "doc_date", "period"),
    [
        (
            "ru",
            "По состоянию на 1 октября в Приморье находились 1 736 граждан КНДР.",
            date(2025, 10, 3),
            "2025-10-01",
        ),
        # (a day still to come this year is last year's: the stock was counted then)
        (
            "ru",
            "По состоянию на 1 ноября в Приморье находились 1 736 граждан КНДР.",
            date(2025, 10, 3),
            "2024-11-01",
        ),
        ("ru", "По состоянию на 1 октября в Приморье находились 1 736 граждан КНДР.", None, None),
        (
            "en",
            "Nearly 4,000 North Koreans were working in Primorye as of March 1.",
            date(2025, 3, 14),
            "2025-03-01",
        ),
    ],
)
def test_a_stock_counted_on_a_day_without_a_year(
    lang: str, text: str, doc_date: date | None, period: str | None
) -> None:
    assert [p for (p,) in read_fields(text, lang, "period", doc_date=doc_date)] == [period]


def test_each_purpose_before_its_own_figure() -> None:
    text = (
        "North Koreans crossed into Russia 4,950 times in the second quarter of 2025, with tourism "
        "cited in 612 cases and private visits in 88."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(4950, "total"), (612, "tourism"), (88, "private")]


@pytest.mark.parametrize(
    ("text", "doc_date", "period"),
    [
        (
            "South Korea's spy agency told lawmakers last month that about 11,000 North Korean "
            "soldiers were in Russia.",
            date(2024, 11, 19),
            None,
        ),
        (
            "North Koreans entered Russia 5,400 times in the first half of 2025. The figure was "
            "revised up from 5,231 in a preliminary release last month.",
            date(2025, 8, 5),
            "2025-01..2025-06",
        ),
        # the month of the flow itself stays
        (
            "North Koreans entered Russia 1,400 times last month, the agency said.",
            date(2025, 8, 5),
            "2025-07",
        ),
    ],
)
def test_the_month_something_was_said_or_published(
    text: str, doc_date: date, period: str | None
) -> None:
    assert read_fields(text, "en", "period", doc_date=doc_date)[-1] == (period,)


def test_over_the_nine_months_the_article_gave() -> None:
    text = (
        "North Korean arrivals in Russia for January-September reached 12,100, close to the "
        "13,221 recorded in the whole of last year. Study remained the leading purpose, with "
        "8,071 arrivals over the nine months."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2025, 11, 14))
    assert got == [(12100, "2025-01..2025-09"), (13221, "2024"), (8071, "2025-01..2025-09")]


@pytest.mark.parametrize(
    ("lang", "text", "periods"),
    [
        (
            "en",
            "Moscow said about 1,000 North Korean workers remained in the country in 2019, down "
            "from more than 30,000 two years earlier.",
            ["2019", "2017"],
        ),
        (
            "en",
            "About 1,000 North Korean workers remained in Russia in December 2019, down from more "
            "than 30,000 two years earlier.",
            ["2019-12", "2017-12"],
        ),
        (
            "ru",
            "В 2019 году в России оставалось около 1 тыс. рабочих из КНДР, тогда как двумя годами "
            "ранее их было более 30 тыс.",
            ["2019", "2017"],
        ),
    ],
)
def test_two_years_earlier(lang: str, text: str, periods: list[str]) -> None:
    assert [p for (p,) in read_fields(text, lang, "period", doc_date=D)] == periods


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Seoul's spy agency estimated the number of North Korean workers who arrived in Russia "
            "in 2024 at 13,000 people.",
        ),
        (
            "ru",
            "Разведка оценивала число рабочих из КНДР, прибывших в Россию в 2024 году, в 13 тысяч "
            "человек.",
        ),
    ],
)
def test_the_number_estimated_at(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D)
    assert got == [(13000, "workers", "work")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В первом полугодии через Благовещенск въехали 14 граждан КНДР. В 2024 году "
            "пассажиропоток через мост Благовещенск — Хэйхэ превысил 300 тыс. человек.",
        ),
        (
            "en",
            "Only 14 North Koreans entered through Blagoveshchensk in the first half. Passenger "
            "traffic across the Heihe bridge topped 300,000 people in 2024.",
        ),
    ],
)
def test_a_bridges_passenger_traffic_is_everyone(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == [14]


def test_passenger_traffic_of_the_watched_nationals_is_a_flow() -> None:
    text = "Пассажиропоток граждан КНДР через мост превысил 3 тыс. человек в 2024 году."
    assert read_quantities(text, "ru", doc_date=D) == [3000]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Laos hosts 500 North Korean workers. The institute's briefing drew about 60 diplomats "
            "and journalists.",
        ),
        (
            "ru",
            "В Лаосе работают 500 граждан КНДР. На брифинге присутствовали около 60 журналистов.",
        ),
    ],
)
def test_an_events_audience_is_no_flow(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == [500]


def test_a_figure_fronted_with_at() -> None:
    text = (
        "North Koreans made 13,200 entries into Russia in 2024. At 8,140, study entries were the "
        "highest annual total since at least 2014."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", doc_date=date(2025, 3, 14))
    assert got == [(13200, "total", "2024"), (8140, "study", "2024")]


def test_people_put_to_work() -> None:
    text = (
        "Prosecutors said a construction firm had put 47 North Koreans who entered on student "
        "visas to work on a housing project between March and August."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", doc_date=date(2024, 10, 22))
    assert got == [(47, "workers", "work")]


def test_times_the_previous_year() -> None:
    text = (
        "North Korean entries into Russia hit 12,940 in 2024, nearly eleven times the previous year"
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2025, 5, 20))
    assert got == [(12940, {"kind": "ratio", "value": 11.0, "baseline_period": "2023"})]


def test_the_real_number_now_takes_no_period_from_the_article() -> None:
    text = (
        "Some 2,300 North Koreans entered Russia last year listing work as their purpose. The "
        "real number is likely far higher: Seoul estimates that between 15,000 and 20,000 North "
        "Korean workers are currently employed in Russia."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2025, 7, 15))
    assert got == [(2300, "2024"), (15000, None), (20000, None)]


def test_official_passports_and_visa_free_entry() -> None:
    text = (
        "More than 1,100 North Koreans were staying in Primorye as of Sept. 1. Of those, 742 had "
        "come to study, 96 on business and 211 on official passports, which allow visa-free entry."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", doc_date=date(2024, 10, 2))
    assert got[1:] == [
        (742, "persons", "study"),
        (96, "persons", "business"),
        (211, "persons", "official"),
    ]


def test_four_digits_after_a_verb_and_before_people_count_them() -> None:
    text = (
        "Всего, по данным Дальневосточной таможни, за первые четыре месяца года через Хасан в "
        "Россию въехали 1977 северокорейцев, в том числе 604 члена поездных бригад."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "attribution", doc_date=date(2025, 6, 10))
    assert got == [
        (1977, "total", "Far Eastern Customs"),
        (604, "service_personnel", "Far Eastern Customs"),
    ]
    en = "Russia admitted 1977 North Korean students in 2024."
    assert read_fields(en, "en", "quantity", "period", doc_date=D) == [(1977, "2024")]


def test_a_year_after_a_preposition_stays_a_year() -> None:
    assert read_quantities("In 2024 North Koreans made 13,221 entries.", "en", doc_date=D) == [
        13221
    ]


def test_people_declaring_a_purpose_and_those_of_them_at_work() -> None:
    text = (
        "С января по апрель через пункт пропуска Хасан в Россию въехали 842 гражданина КНДР, "
        "заявивших целью поездки «учебу». Следствие установило, что не менее 120 из них "
        "фактически трудились на объектах подсудимого."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2025, 6, 10))
    assert got == [(842, "persons", "study"), (120, "workers", "work")]
    en = "From January to April, 842 North Koreans entered Russia, listing study as the purpose."
    assert read_fields(en, "en", "purpose", doc_date=date(2025, 6, 10)) == [("study",)]


def test_holders_of_work_visas_present_on_a_day() -> None:
    text = (
        "On 1 April 2024, 1,327 North Koreans were registered in Khabarovsk Krai. Of those "
        "present on 1 April, 1,090 held work visas and 237 were enrolled as students."
    )
    got = read_fields(text, "en", "quantity", "unit", "period", doc_date=date(2024, 6, 5))
    assert got[1:] == [(1090, "workers", "2024-04-01"), (237, "students", "2024-04-01")]
    issued = "Russia issued 1,090 work visas to North Koreans in 2023."
    assert read_fields(issued, "en", "unit", doc_date=D) == [("visas",)]


def test_troops_sent_since_a_season_are_a_stock() -> None:
    text = (
        "The NIS said roughly 13,000 North Korean troops had been sent to Russia since last "
        "autumn, including about 1,000 military engineers dispatched in June."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=date(2025, 8, 12))
    assert got == [(13000, None), (1000, "2025-06")]


def test_a_votes_total_is_no_count() -> None:
    text = (
        "В Хабаровский край в 2025 году въехали 1,7 тыс. граждан КНДР. Краевая дума 29 голосами "
        "из 36 одобрила выделение 120 млн рублей на строительство общежития."
    )
    assert read_quantities(text, "ru", doc_date=D) == [1700]


def test_military_estimated_at_and_gunners() -> None:
    text = (
        "Пентагон оценивает численность северокорейских военных в Курской области в 11–12 тысяч "
        "человек. 25 ноября к контингенту присоединились ещё около 500 артиллеристов."
    )
    got = read_fields(text, "ru", "quantity", "unit", doc_date=date(2024, 12, 18))
    assert got == [(11000, "troops"), (12000, "troops"), (500, "troops")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "В Монголии, где в 2017 году насчитывалось около 1,2 тыс. северокорейских рабочих, к "
            "2020-му их осталось несколько десятков.",
            [(1200, "approx"), (10, "vague")],
        ),
        (
            "en",
            "In Vietnam, two diplomats in Hanoi said hundreds of North Korean restaurant and "
            "construction workers had arrived quietly.",
            [(100, "vague")],
        ),
    ],
)
def test_vague_amounts_of_people_named_before_or_after(
    lang: str, text: str, expected: list[tuple[int, str]]
) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", doc_date=D) == expected


def test_the_nationality_of_who_speaks_and_a_reported_future_month() -> None:
    text = (
        "North Korea had sent about 3,000 more soldiers to Russia since January. A South Korean "
        "lawmaker briefed by the spy agency put the total lower, at 11,000, and said a further "
        "1,000 military engineers would be dispatched in May."
    )
    got = read_fields(text, "en", "quantity", "origin", "period", doc_date=date(2025, 4, 28))
    assert got == [(3000, "KP", None), (11000, "KP", None), (1000, "KP", "2025-05")]


def test_officials_counted_by_the_figure_keep_their_nationality() -> None:
    text = "Fifteen North Korean officials travelled to Moscow on service passports in June."
    assert read_fields(text, "en", "quantity", "origin", doc_date=D) == [(15, "KP")]


def test_more_than_in_any_full_year_since() -> None:
    text = (
        "North Korean students made 5,363 entries in 2025, more than in any full year since 2010."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2026, 1, 15))
    assert got == [(5363, {"kind": "record", "value": None, "baseline_period": "2010"})]


def test_employed_on_a_site_and_a_month_something_was_reported() -> None:
    text = (
        "В Хабаровский край в 2025 году въехали 1,7 тыс. граждан КНДР. Почти каждый третий из "
        "прибывших — около 560 человек — был занят на строительстве жилого комплекса."
    )
    got = read_fields(text, "ru", "quantity", "purpose", doc_date=date(2026, 3, 10))
    assert got == [(1700, "total"), (560, "work")]
    fixed = (
        "В 2025/26 учебном году в российских вузах обучаются 1 043 студента из КНДР, а не 1 430, "
        "как сообщалось в январе."
    )
    assert read_fields(fixed, "ru", "period", doc_date=date(2026, 3, 10))[0] == (None,)


def test_the_country_barred_from_sending_is_no_destination() -> None:
    text = (
        "North Korean citizens made 11,771 entries into Russia last year. Entries listed as work, "
        "which UN sanctions bar Pyongyang from sending abroad, numbered just 54."
    )
    got = read_fields(text, "en", "quantity", "destination", doc_date=date(2025, 2, 12))
    assert got == [(11771, "RU"), (54, "RU")]


def test_a_population_named_clauses_before_its_figure() -> None:
    text = (
        "Численность населения Хасанского района, по данным Росстата на 1 января 2025 года, "
        "составляла 28,5 тыс. человек."
    )
    assert read_quantities(text, "ru", doc_date=D) == []


def test_a_government_official_speaks_and_the_third_quarter_as_a_baseline() -> None:
    text = (
        "Between January and September, a cumulative 9,460 North Koreans entered Russia. A South "
        "Korean government official said as many as 1,500 of those registered as students in the "
        "third quarter were in fact construction workers."
    )
    got = read_fields(text, "en", "quantity", "origin", doc_date=date(2024, 11, 15))
    assert got == [(9460, "KP"), (1500, "KP")]
    down = "In the fourth quarter, 2,311 North Koreans came, down 60% from the third quarter."
    assert read_fields(down, "en", "comparison", doc_date=date(2025, 2, 12)) == [
        ({"kind": "percent_change", "value": -60.0, "baseline_period": "2024-Q3"},)
    ]
    half = (
        "For January-June, that puts DPRK entries at 1,487, down 58% from the first half of 2024."
    )
    assert read_fields(half, "en", "comparison", doc_date=date(2025, 8, 1)) == [
        ({"kind": "percent_change", "value": -58.0, "baseline_period": "2024-01..2024-06"},)
    ]


def test_a_second_day_of_a_list_of_days_and_a_past_bound() -> None:
    text = "Moscow and Pyongyang acknowledged the deployment on April 26 and 28 respectively."
    assert read_quantities(text, "en", doc_date=D) == []
    ru = "В доковидном 2019 году число въездов граждан КНДР превышало 20 тыс."
    assert read_fields(ru, "ru", "quantity", "qualifier", doc_date=D) == [(20000, "more_than")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Rosstat data show that 1,284 North Koreans entered Russia in the first quarter of "
            "2025 for purposes other than military service.",
        ),
        (
            "ru",
            "В первом квартале 2025 года в Россию въехали 1 284 гражданина КНДР, кроме военных.",
        ),
    ],
)
def test_a_purpose_named_as_excluded(lang: str, text: str) -> None:
    assert read_fields(text, lang, "purpose", doc_date=D) == [("total",)]


def test_a_datelines_city_is_no_place_of_the_flow() -> None:
    text = "(新华社北京29日电)朝鲜迄今已向俄罗斯派遣约1万5000名兵力。"
    got = read_fields(text, "zh", "quantity", "origin", "destination", doc_date=D)
    assert got == [(15000, "KP", "RU")]


def test_four_digits_a_count_rose_to() -> None:
    text = "В третьем квартале число въездов граждан КНДР в Россию выросло до 1917."
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2025, 11, 12))
    assert got == [(1917, "2025-Q3")]


def test_double_the_number_in_a_year_and_a_dormitorys_size() -> None:
    text = (
        "Up to 40,000 North Koreans may now be working in Russia, roughly double the number in "
        "2022. The workers sleep in dormitories of 20 to 30 people."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2024, 5, 22))
    assert got == [(40000, {"kind": "ratio", "value": 2.0, "baseline_period": "2022"})]


def test_a_military_grouping_counts_troops() -> None:
    text = "К середине декабря численность группировки КНДР выросла до 12 тыс. человек."
    got = read_fields(text, "ru", "quantity", "unit", doc_date=date(2024, 12, 20))
    assert got == [(12000, "troops")]


def test_double_the_total_for_all_of_last_year() -> None:
    text = (
        "“In the first five months of this year, 2,340 North Korean tourists came to Primorye — "
        "nearly double the total for all of last year,” the minister said."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=date(2025, 6, 27))
    assert got == [
        (2340, "2025-01..2025-05", {"kind": "ratio", "value": 2.0, "baseline_period": "2024"})
    ]


def test_the_first_months_of_the_year() -> None:
    text = "North Koreans made 298 crossings into Russia in the first three months of the year."
    assert read_fields(text, "en", "period", doc_date=date(2025, 8, 14)) == [("2025-01..2025-03",)]


def test_times_as_many_as_in_the_first_quarter() -> None:
    text = (
        "North Koreans made 2,486 trips to Russia between April and June, more than eight times "
        "as many as in the first quarter."
    )
    got = read_fields(text, "en", "comparison", doc_date=date(2025, 8, 14))
    assert got == [({"kind": "ratio", "value": 8.0, "baseline_period": "2025-Q1"},)]


def test_a_dormitory_built_for_people() -> None:
    text = (
        "North Korean workers arrived in Nakhodka in February. They were housed in dormitories "
        "built for 1,200 people near the port."
    )
    assert read_quantities(text, "en", doc_date=date(2024, 3, 12)) == []


def test_months_joined_by_to_and_a_record_since_the_end_of_a_year() -> None:
    text = (
        "North Koreans crossed into Russia 6,000 times in January-September. July to September "
        "alone accounted for 2,317 of those crossings, the highest quarterly total since the end "
        "of 2019."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=date(2025, 11, 12))
    assert got[1] == (
        2317,
        "2025-07..2025-09",
        {"kind": "record", "value": None, "baseline_period": "2019"},
    )


def test_the_same_count_a_year_later_and_the_number_that_may_grow() -> None:
    text = (
        "В 2018 году по рабочим визам в страну въехали 14 тысяч северокорейцев, а годом позже — "
        "уже менее 2 тысяч."
    )
    got = read_fields(text, "ru", "quantity", "purpose", "period", doc_date=date(2024, 9, 17))
    assert got == [(14000, "work", "2018"), (2000, "work", "2019")]
    grow = "Он ожидает, что в 2026 году число рабочих из КНДР может вырасти до 8 тыс. человек."
    got2 = read_fields(grow, "ru", "unit", "purpose", doc_date=date(2025, 12, 5))
    assert got2 == [("workers", "work")]


def test_another_countrys_demonym_of_things_is_no_origin() -> None:
    text = (
        "Estimates of North Koreans still toiling in Chinese seafood plants and garment factories "
        "range as high as 100,000."
    )
    got = read_fields(text, "en", "quantity", "origin", "destination", doc_date=D)
    assert got == [(100000, "KP", "CN")]


def test_a_predicate_noun_after_a_dashed_figure() -> None:
    text = (
        "По состоянию на 1 сентября 2024 года в Приморье находились 1 284 гражданина КНДР. "
        "Большинство — около 700 человек — студенты, еще порядка 400 работают на стройках."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2024, 9, 5))
    assert got == [(1284, "persons", "total"), (700, "students", "study"), (400, "workers", "work")]


def test_an_earlier_year_had_three_times_fewer() -> None:
    text = (
        "В этом году в ДВФУ учатся 600 студентов из КНДР. В 2019 году, напомнил ректор, их было "
        "втрое меньше."
    )
    got = read_fields(text, "ru", "quantity", "period", "comparison", doc_date=date(2025, 7, 10))
    assert got == [
        (600, "2025", None),
        (None, "2025", {"kind": "ratio", "value": 3.0, "baseline_period": "2019"}),
    ]
    fewer = "В этом году в ДВФУ учатся 600 студентов из КНДР — втрое меньше, чем в 2019 году."
    assert read_fields(fewer, "ru", "comparison", doc_date=date(2025, 7, 10))[0][0]["value"] < 1


def test_a_contingent_of_several_thousand() -> None:
    text = (
        "About 11,000 North Korean troops are in Kursk, and a further contingent of several "
        "thousand could follow."
    )
    got = read_fields(text, "en", "quantity", "qualifier", "unit", doc_date=D)
    assert got == [(11000, "approx", "troops"), (1000, "vague", "troops")]


def test_none_of_those_trips_and_official_duty() -> None:
    text = (
        "North Koreans made 490 trips to Russia in the third quarter of 2023. None of those trips "
        "were for tourism; 131 were business visits and 164 were made on official duty."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=date(2023, 11, 20))
    assert got == [(490, "total"), (0, "tourism"), (131, "business"), (164, "official")]


def test_a_russian_hotline_number_and_a_figure_named_then_revised() -> None:
    hotline = (
        "About 1,500 North Koreans were registered in Primorye on February 1. The ministry's "
        "hotline, 8-800-222-74-74, took 3,118 calls in January."
    )
    assert read_quantities(hotline, "en", doc_date=date(2025, 3, 3)) == [1500]
    text = (
        "В 2025 году граждане КНДР въехали в Россию 17 605 раз. Ранее ведомство называло цифру "
        "17,6 тыс., но в феврале скорректировало данные."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2026, 2, 20))
    assert got[1][0] == 17600 and got[1][1] != "2026-02"
