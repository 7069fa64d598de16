"""Claim extraction on forms the English and Russian press use that the first rules missed:
predicate figures, differences, baselines of the same period or the previous quarter, figures
set against each other, inflected numerals and agency names, entries counted as "times"."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 10, 20)


def _read(text: str, lang: str, doc_date: date | None = D) -> list[dict[str, Any]]:
    return [c.to_dict() for c in extract_claims(text, lang=lang, doc_date=doc_date)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia's economy grew 3.6% in 2023, and consumer prices rose 7.4%."),
        ("ru", "ВВП России в 2023 году вырос на 3,6%, инфляция ускорилась до 7,4%."),
        ("en", "Bilateral trade between Russia and North Korea doubled in 2023."),
    ],
)
def test_the_economy_changing_is_not_a_claim_about_people(lang: str, text: str) -> None:
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "unit", "purpose"),
    [
        (
            "ru",
            "Количество граждан КНДР, прибывших в Россию на учебу, в апреле–июне составило "
            "2 150 человек.",
            "persons",
            "study",
        ),
        (
            "ru",
            "Число северокорейских рабочих на стройках Приморья, по данным краевых властей, "
            "превысило 3 тысячи человек в 2024 году.",
            "workers",
            "work",
        ),
        (
            "en",
            "The number of North Koreans who entered Russia on business, according to the FSB, "
            "was 1,204 in the second quarter.",
            "persons",
            "business",
        ),
    ],
)
def test_a_predicate_figure_takes_what_its_subject_counts(
    lang: str, text: str, unit: str, purpose: str
) -> None:
    (c,) = _read(text, lang)
    assert (c["unit"], c["purpose"], c["origin"], c["destination"]) == (unit, purpose, "KP", "RU")


def test_a_russian_difference_is_the_comparison_of_the_figure_it_led_to() -> None:
    text = (
        "Число граждан КНДР, въехавших в Россию с целью туризма, сократилось на 300 человек "
        "и составило 1 200 в первом квартале."
    )
    (c,) = _read(text, "ru")
    assert c["quantity"] == 1200 and c["purpose"] == "tourism" and c["period"] == "2025-Q1"
    assert c["comparison"] == {"kind": "difference", "value": -300.0, "baseline_period": None}


@pytest.mark.parametrize(
    ("lang", "text", "quantity", "comparison"),
    [
        (
            "en",
            "Study entries by North Koreans fell by 40 to 310 in the second quarter of 2024 "
            "compared with the previous quarter.",
            310,
            {"kind": "difference", "value": -40.0, "baseline_period": "2024-Q1"},
        ),
        (
            "en",
            "In the first half of 2025, 5,200 North Koreans entered Russia, up 30% on the same "
            "period last year.",
            5200,
            {"kind": "percent_change", "value": 30.0, "baseline_period": "2024-01..2024-06"},
        ),
        (
            "ru",
            "За первые полгода в Россию въехали 2 600 граждан КНДР, в 2,5 раза больше по "
            "сравнению с тем же периодом 2023 года.",
            2600,
            {"kind": "ratio", "value": 2.5, "baseline_period": "2023-01..2023-06"},
        ),
        (
            "en",
            "Russia granted 2,400 student visas to North Koreans in 2024, roughly double the "
            "2022 figure.",
            2400,
            {"kind": "ratio", "value": 2.0, "baseline_period": "2022"},
        ),
        (
            "ru",
            "Во втором квартале число въездов граждан КНДР в Россию упало до 150 — вдвое меньше, "
            "чем за тот же период прошлого года.",
            150,
            {"kind": "ratio", "value": 0.5, "baseline_period": "2024-Q2"},
        ),
    ],
)
def test_comparison_baselines_the_text_states(
    lang: str, text: str, quantity: float, comparison: dict[str, Any]
) -> None:
    (c,) = _read(text, lang)
    assert c["quantity"] == quantity
    assert c["qualifier"] == "exact"  # "упало до 150" is the value reached, not "up to"
    assert c["comparison"] == comparison


def test_the_figure_a_change_reached_is_exact_even_far_from_its_verb() -> None:
    text = (
        "За девять месяцев число прибывших в Россию по рабочим визам граждан КНДР увеличилось "
        "в 2 раза по сравнению с тем же периодом 2024 года, до 1 310 человек."
    )
    (c,) = _read(text, "ru")
    assert (c["quantity"], c["qualifier"], c["period"]) == (1310, "exact", "2025-01..2025-09")
    assert c["comparison"]["baseline_period"] == "2024-01..2024-09"


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        (
            "en",
            "In March and April, 800 North Korean workers arrived in Russia.",
            "2025-03..2025-04",
        ),
        ("ru", "За восемь месяцев в Россию въехали 4 000 граждан КНДР.", "2025-01..2025-08"),
        ("ru", "За первые полгода в Россию въехали 2 000 граждан КНДР.", "2025-01..2025-06"),
    ],
)
def test_periods_of_months_without_a_year_take_the_document_year(
    lang: str, text: str, period: str
) -> None:
    assert [c["period"] for c in _read(text, lang)] == [period]


def test_two_months_that_are_not_consecutive_are_not_one_period() -> None:
    got = _read("In March and May 2025, 800 North Korean workers arrived in Russia.", "en")
    assert [c["period"] for c in got] != ["2025-03..2025-05"]


@pytest.mark.parametrize(
    ("text", "quantity", "qualifier"),
    [
        ("Около трехсот граждан КНДР прибыли в Хабаровск в мае.", 300, "approx"),
        ("Более пятисот северокорейских рабочих прибыли в Россию в 2024 году.", 500, "more_than"),
        ("Свыше девятисот граждан КНДР въехали в Россию в марте.", 900, "more_than"),
    ],
)
def test_russian_hundreds_in_the_genitive(text: str, quantity: float, qualifier: str) -> None:
    (c,) = _read(text, "ru")
    assert (c["quantity"], c["qualifier"]) == (quantity, qualifier)


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("ru", "В Китае работают от 20 до 40 тыс. граждан КНДР.", 20000, 40000),
        ("en", "Between 5 and 8 thousand North Korean workers are in Russia.", 5000, 8000),
    ],
)
def test_a_multiplier_after_a_range_applies_to_both_ends(
    lang: str, text: str, low: float, high: float
) -> None:
    got = [(c["quantity"], c["qualifier"]) for c in _read(text, lang)]
    assert got == [(low, "at_least"), (high, "at_most")]


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        ("ru", "В 2018 году граждане КНДР въезжали в Россию 19 310 раз.", 19310),
        ("en", "In 2018 North Koreans entered Russia 19,310 times, the FSB said.", 19310),
    ],
)
def test_entering_n_times_counts_entries(lang: str, text: str, quantity: float) -> None:
    (c,) = _read(text, lang)
    assert (c["quantity"], c["unit"], c["period"]) == (quantity, "entries", "2018")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Автобус из КНДР приезжал в Хасан 3 раза в неделю."),
        ("en", "North Korean officials visited Vladivostok 4 times a month."),
    ],
)
def test_a_frequency_is_not_a_count_of_entries(lang: str, text: str) -> None:
    assert _read(text, lang) == []


def test_a_figure_set_against_the_one_before_counts_the_same_thing() -> None:
    text = (
        "The FSB counted 2,318 North Korean entries into Russia for study in January-June "
        "2025, versus 1,006 a year earlier."
    )
    got = [(c["quantity"], c["purpose"], c["period"]) for c in _read(text, "en")]
    assert got == [(2318, "study", "2025-01..2025-06"), (1006, "study", "2024-01..2024-06")]


def test_where_the_speaker_sits_is_not_the_destination() -> None:
    text = (
        "Pyongyang sent 2,000 more troops to Russia in March, bringing the total to about "
        "13,000, officials in Seoul said."
    )
    assert {c["destination"] for c in _read(text, "en")} == {"RU"}


@pytest.mark.parametrize(
    ("lang", "text", "attribution"),
    [
        (
            "ru",
            "По данным пограничной службы ФСБ, в марте в Россию въехали 610 граждан КНДР.",
            "FSB Border Service",
        ),
        (
            "ru",
            "По оценкам разведки Южной Кореи, в России находятся 12 тыс. военных КНДР.",
            "NIS",
        ),
        (
            "en",
            "Russia hosted an estimated 15,000 North Korean workers in 2024, the State Department "
            "said.",
            "US State Department",
        ),
        ("en", "Russia hosted an estimated 15,000 North Korean workers in 2024.", None),
    ],
)
def test_attribution_in_inflected_and_descriptive_forms(
    lang: str, text: str, attribution: str | None
) -> None:
    assert {c["attribution"] for c in _read(text, lang)} == {attribution}


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        # open-ended: from November to the document date, not November itself
        ("en", "Since November, 4,000 North Korean troops have arrived in Russia.", None),
        ("ru", "С ноября в Россию прибыли 4 тыс. военных КНДР.", None),
        ("ru", "В будущем году в Россию могут приехать 5 тыс. рабочих из КНДР.", "2026"),
    ],
)
def test_open_ended_and_next_year_periods(lang: str, text: str, period: str | None) -> None:
    assert [c["period"] for c in _read(text, lang)] == [period]


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (
            "About 3,000 more North Korean troops reached Russia in April, the JCS said.",
            "South Korean Joint Chiefs of Staff",
        ),
        (
            "The Pentagon said 11,000 North Korean soldiers were in Russia's Kursk region in 2024.",
            "Pentagon",
        ),
    ],
)
def test_military_sources_are_named(text: str, attribution: str) -> None:
    assert {c["attribution"] for c in _read(text, "en")} == {attribution}


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        ("ru", "В III квартале 2023 г. в Россию въехали 1 020 граждан КНДР.", "2023-Q3"),
        ("ru", "Въезд граждан КНДР в РФ, II полугодие 2024 г.: всего — 4 500.", "2024-07..2024-12"),
        (
            "en",
            "Some 2,050 North Korean workers were registered in Russia at the end of May.",
            "2025-05",
        ),
        ("en", "About 900 North Korean students arrived in Russia last month.", "2025-09"),
        ("ru", "До конца года в Россию приедут до 3 тыс. рабочих из КНДР.", "2025"),
    ],
)
def test_more_period_forms(lang: str, text: str, period: str) -> None:
    assert [c["period"] for c in _read(text, lang)] == [period]


def test_a_period_handed_on_by_to_belongs_to_the_next_figure() -> None:
    text = (
        "North Korean student entries to Russia rose from 310 in the first half of 2022 to "
        "1,420 in the first half of 2023."
    )
    got = [(c["quantity"], c["purpose"], c["period"]) for c in _read(text, "en")]
    assert got == [(310, "study", "2022-01..2022-06"), (1420, "study", "2023-01..2023-06")]


def test_a_figure_from_a_year_earlier_after_the_new_one() -> None:
    text = (
        "За январь–август 2025 года число граждан КНДР, въехавших в Россию по частным делам, "
        "выросло до 1 930 с 760 годом ранее."
    )
    got = [(c["quantity"], c["purpose"], c["period"]) for c in _read(text, "ru")]
    assert got == [(1930, "private", "2025-01..2025-08"), (760, "private", "2024-01..2024-08")]


@pytest.mark.parametrize(
    ("lang", "text", "baseline"),
    [
        (
            "en",
            "North Korean student entries rose by 300 in the second quarter of 2025 compared with "
            "the first quarter, to 1,150.",
            "2025-Q1",
        ),
        (
            "ru",
            "В первом квартале в Россию въехали 880 граждан КНДР, на 35% больше в годовом "
            "выражении.",
            "2024-Q1",
        ),
    ],
)
def test_named_quarter_and_year_on_year_baselines(lang: str, text: str, baseline: str) -> None:
    (c,) = _read(text, lang)
    assert c["comparison"]["baseline_period"] == baseline


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Panel's final report (S/2023/171, para. 55) describes the networks in detail.",
        ),
        ("ru", "Соглашение состоит из 15 статей и вступило в силу в декабре."),
        ("ru", "Резолюция СБ ООН 2375 запретила выдавать разрешения на работу гражданам КНДР."),
        ("en", "Satellite images reviewed by 38 North show new dormitories near the border."),
    ],
)
def test_document_symbols_paragraphs_articles_and_names_are_not_claims(
    lang: str, text: str
) -> None:
    assert _read(text, lang) == []


def test_who_reports_the_figures_is_not_whose_people_they_are() -> None:
    text = (
        "North Korea sent 1,800 students to China in 2018, Chinese education ministry figures show."
    )
    got = [(c["quantity"], c["origin"], c["destination"]) for c in _read(text, "en")]
    assert got == [(1800, "KP", "CN")]


def test_two_countries_named_together_leave_the_destination_unknown() -> None:
    text = "At least 50,000 North Korean nationals were working abroad, mostly in China and Russia."
    assert [(c["quantity"], c["destination"]) for c in _read(text, "en")] == [(50000, None)]


def test_the_whole_and_its_parts() -> None:
    got = _read(
        "Some 900 out of the 1,600 North Koreans who entered Russia in the third quarter gave "
        "study as the purpose, and a total of 240 came on business.",
        "en",
    )
    assert [(c["quantity"], c["purpose"]) for c in got] == [
        (900, "study"),
        (1600, "total"),
        (240, "business"),
    ]


def test_visas_by_kind_read_the_noun_and_the_purpose_after_each_figure() -> None:
    text = (
        "Russia issued 9,800 visas to North Korean citizens in 2024, of which 4,100 were student "
        "visas and 1,700 were work visas."
    )
    got = [(c["quantity"], c["unit"], c["purpose"]) for c in _read(text, "en")]
    assert got == [(9800, "visas", "total"), (4100, "visas", "study"), (1700, "visas", "work")]


def test_the_purpose_of_a_trip_is_not_a_count_of_trips_and_regions_are_russia() -> None:
    got = _read(
        "Из 1,6 тыс. северокорейцев, прибывших в Подмосковье в марте, 1,1 тыс. указали целью "
        "поездки учебу.",
        "ru",
    )
    assert [(c["quantity"], c["unit"], c["purpose"], c["destination"]) for c in got] == [
        (1600, "persons", "total", "RU"),
        (1100, "persons", "study", "RU"),
    ]


def test_last_year_is_the_figure_s_period_and_a_year_earlier_its_baseline() -> None:
    text = (
        "Около 600 северокорейцев прибыли в Россию транзитом в прошлом году, что на 20% меньше, "
        "чем годом ранее."
    )
    (c,) = _read(text, "ru")
    assert c["period"] == "2024"
    assert c["comparison"] == {"kind": "percent_change", "value": -20.0, "baseline_period": "2023"}


def test_a_year_earlier_in_brackets_is_the_same_months_a_year_before() -> None:
    text = (
        "За восемь месяцев 2025 года на учебу в Россию прибыли 6 100 граждан КНДР "
        "(годом ранее — 4 020)."
    )
    got = [(c["quantity"], c["period"]) for c in _read(text, "ru")]
    assert got == [(6100, "2025-01..2025-08"), (4020, "2024-01..2024-08")]


def test_n_times_the_figure_of_a_year() -> None:
    (c,) = _read(
        "North Korean entries into Russia reached 9,300 in 2024, nine times the 2022 figure.", "en"
    )
    assert c["comparison"] == {"kind": "ratio", "value": 9.0, "baseline_period": "2022"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Of some 9,000 North Koreans who came to Russia in 2024, 5,200 said they were "
            "studying, 1,100 cited work and about 60 were listed as tourists.",
            [(9000, "total"), (5200, "study"), (1100, "work"), (60, "tourism")],
        ),
        (
            "ru",
            "Число граждан КНДР, въехавших в Россию с целью туризма, достигло максимума с 2018 "
            "года — 2,3 тыс. человек за 2024 год.",
            [(2300, "tourism")],
        ),
    ],
)
def test_each_figure_takes_its_own_purpose(
    lang: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(c["quantity"], c["purpose"]) for c in _read(text, lang)] == expected


def test_russian_counted_noun_is_the_first_of_a_genitive_chain() -> None:
    (c,) = _read("В марте погранслужба зафиксировала 640 въездов граждан КНДР в Россию.", "ru")
    assert c["unit"] == "entries"


def test_inflected_multiword_nationals_name_the_origin() -> None:
    (c,) = _read("В 2024 году Россия выдала гражданам КНДР свыше 9 тысяч виз.", "ru")
    assert (c["origin"], c["unit"], c["qualifier"]) == ("KP", "visas", "more_than")


@pytest.mark.parametrize(
    ("lang", "text", "comparison"),
    [
        (
            "en",
            "Entries by North Koreans into Russia slumped by 81% in the second quarter of 2025 "
            "from the preceding quarter.",
            {"kind": "percent_change", "value": -81.0, "baseline_period": "2025-Q1"},
        ),
        (
            "ru",
            "Число въездов граждан КНДР в Россию сократилось на 1,5 тыс. по сравнению с "
            "предыдущим кварталом и составило 2 100 в третьем квартале 2025 года.",
            {"kind": "difference", "value": -1500.0, "baseline_period": "2025-Q2"},
        ),
        (
            "ru",
            "В июле–сентябре 2025 года в Россию въехали 2 800 граждан КНДР, в 2,5 раза больше, "
            "чем в апреле–июне 2024 года.",
            {"kind": "ratio", "value": 2.5, "baseline_period": "2024-04..2024-06"},
        ),
        (
            "en",
            "Some 3,400 North Korean workers arrived in Russia in 2024, the highest since at "
            "least 2012.",
            {"kind": "record", "value": None, "baseline_period": "2012"},
        ),
    ],
)
def test_more_comparison_forms(lang: str, text: str, comparison: dict[str, Any]) -> None:
    got = [c["comparison"] for c in _read(text, lang)]
    assert comparison in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Его книга о КНДР вышла тиражом 3000 экземпляров."),
        ("ru", "Консульство КНДР в Находке: телефон 8 (4236) 62-55-14."),
        (
            "en",
            "The workers were posted under a 2023 intergovernmental agreement with North Korea.",
        ),
    ],
)
def test_copies_phones_and_agreement_years_are_not_claims(lang: str, text: str) -> None:
    assert [c["quantity"] for c in _read(text, lang)] == []


def test_a_fraction_of_the_people_is_a_share_not_a_headcount() -> None:
    # (read as a share since the fifteenth session: three gold writers of five read it so, and
    # the check can test a share; no headcount is worked out from it)
    got = _read("Nearly two-thirds of the North Koreans in Russia hold student visas.", "en")
    assert [(c["quantity"], c["qualifier"], c["unit"]) for c in got] == [
        (66.7, "approx", "percent")
    ]


def test_a_spelled_number_after_a_bound_is_a_claim() -> None:
    got = _read("В следующем году число студентов из КНДР может превысить тысячу.", "ru")
    assert [(c["quantity"], c["qualifier"], c["unit"]) for c in got] == [
        (1000, "more_than", "students")
    ]


def test_russians_visiting_north_korea_are_not_a_flow_of_north_koreans() -> None:
    assert _read("В 2024 году КНДР посетили 900 российских туристов.", "ru") == []


@pytest.mark.parametrize(
    ("lang", "text", "doc_date", "period", "comparison"),
    [
        (
            "en",
            "Study entries by North Koreans jumped fivefold in the second quarter from a year "
            "earlier, to 1,400.",
            date(2025, 8, 20),
            "2025-Q2",
            {"kind": "ratio", "value": 5.0, "baseline_period": "2024-Q2"},
        ),
        (
            "ru",
            "Число въездов граждан КНДР удвоилось по сравнению с II кварталом и достигло 400 в "
            "III квартале 2025 года.",
            date(2025, 11, 1),
            "2025-Q3",
            {"kind": "ratio", "value": 2.0, "baseline_period": "2025-Q2"},
        ),
        (
            "ru",
            "В первом квартале число въездов граждан КНДР в Россию выросло в 3 раза к тому же "
            "периоду прошлого года и составило 930.",
            date(2025, 5, 1),
            "2025-Q1",
            {"kind": "ratio", "value": 3.0, "baseline_period": "2024-Q1"},
        ),
    ],
)
def test_a_baseline_phrase_does_not_lend_the_figure_its_year(
    lang: str, text: str, doc_date: date, period: str, comparison: dict[str, Any]
) -> None:
    (c,) = _read(text, lang, doc_date)
    assert (c["period"], c["comparison"]) == (period, comparison)


def test_the_year_of_the_same_period_compared_with_is_not_the_figure_s() -> None:
    text = (
        "Число граждан КНДР, прибывших на учебу, сократилось на 120 по сравнению с аналогичным "
        "периодом 2024 года и составило 300 за январь–июнь."
    )
    (c,) = _read(text, "ru", date(2025, 8, 1))
    assert c["period"] == "2025-01..2025-06"


def test_a_period_after_the_figure_counts_from_the_figure_s_end() -> None:
    text = (
        "FSB data show 1,020 North Korean entries in 2024 and 2,310 in the first half of this year."
    )
    got = [(c["quantity"], c["period"]) for c in _read(text, "en", date(2025, 8, 1))]
    assert got == [(1020, "2024"), (2310, "2025-01..2025-06")]


def test_more_english_forms() -> None:
    got = _read(
        "Up to 2,000 military engineers from North Korea were dispatched to Kursk in June, "
        "against thirty-one in March, the Russian Embassy in Pyongyang said.",
        "en",
    )
    assert [(c["quantity"], c["unit"], c["attribution"]) for c in got] == [
        (2000, "troops", "Russian Embassy in Pyongyang"),
        (31, "troops", "Russian Embassy in Pyongyang"),
    ]
    (odd,) = _read("North Korean student arrivals rose to 5,300-odd in 2024.", "en")
    assert odd["qualifier"] == "more_than"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В 2023 году в Хабаровском крае трудились 800 граждан КНДР, "
            "а узбеков было вчетверо больше.",
        ),
        (
            "en",
            "Some 800 North Koreans worked in Khabarovsk in 2023, "
            "while Tajik migrants were four times as many.",
        ),
        (
            "ko",
            "2023년 하바롭스크에서 일한 북한 노동자는 800명이었고, 우즈베키스탄인은 그 4배였다.",
        ),
    ],
)
def test_a_comparison_about_another_nationality_is_not_the_dprk_figures(
    lang: str, text: str
) -> None:
    got = _read(text, lang)
    assert [(g["quantity"], g["origin"], g["comparison"]) for g in got] == [(800, "KP", None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В Приморье работают 2 300 граждан Вьетнама и 1 100 граждан КНДР."),
        ("en", "Primorye employs 2,300 Vietnamese and 1,100 North Korean workers."),
        ("zh", "滨海边疆区有2300名越南劳工和1100名朝鲜工人。"),
    ],
)
def test_figures_for_other_nationalities_are_out_of_scope(lang: str, text: str) -> None:
    assert [(g["quantity"], g["origin"]) for g in _read(text, lang)] == [(1100, "KP")]


def test_words_that_begin_like_a_country_are_not_that_country() -> None:
    from sanctionwatch.claims.context import places_in

    assert places_in("Индивидуальные предприниматели наняли 40 человек.", "ru") == []
    assert [p.key for p in places_in("인도적 지원 물자와 인도네시아 노동자", "ko")] == []


@pytest.mark.parametrize(
    ("lang", "text", "unit", "purpose", "period", "baseline"),
    [
        (
            "en",
            "North Koreans made 2,610 trips to Russia in the second quarter of 2025. "
            "That is about six times the number recorded in the same period of 2024.",
            "entries",
            "total",
            "2025-Q2",
            "2024-Q2",
        ),
        (
            "ru",
            "Во втором квартале 2025 года в Россию приехали 730 студентов из КНДР. "
            "Это втрое больше, чем за тот же период 2024 года.",
            "students",
            "study",
            "2025-Q2",
            "2024-Q2",
        ),
    ],
)
def test_that_is_n_times_the_same_period_compares_the_figure_just_given(
    lang: str, text: str, unit: str, purpose: str, period: str, baseline: str
) -> None:
    comp = [g for g in _read(text, lang) if g["quantity"] is None]
    assert [(g["unit"], g["purpose"], g["period"]) for g in comp] == [(unit, purpose, period)]
    assert comp[0]["comparison"]["baseline_period"] == baseline


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 2025, 640 North Koreans came to study, compared with 95 in the first half of 2023.",
        ),
        ("en", "In 2025, 640 North Koreans came to study, up from 95 in 2023."),
        ("ru", "В 2025 году учиться приехали 640 граждан КНДР против 95 в 2023 году."),
    ],
)
def test_the_period_after_a_figure_set_against_this_one_is_that_figures(
    lang: str, text: str
) -> None:
    got = _read(text, lang)
    assert got[0]["quantity"] == 640
    assert got[0]["period"] == "2025"
    assert got[1]["period"] != "2025"


def test_a_figure_set_against_with_no_period_of_its_own_stays_unknown() -> None:
    got = _read("Some 640 North Koreans came to study, compared with 95 in 2023.", "en")
    assert [(g["quantity"], g["period"]) for g in got] == [(640, None), (95, "2023")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Recruits, aged 19 to 35, sign three-year contracts, the agency said."),
        ("ru", "Смена на объекте длится 10–12 часов, сообщили на стройке."),
        ("en", "Shifts last 10 to 12 hours, with one day off a fortnight."),
        ("ru", "Курс доллара на 3 марта составил 88,4 рубля."),
        ("en", "The won's exchange rate against the dollar was 1,380 on Friday."),
    ],
)
def test_age_and_hour_ranges_and_exchange_rates_are_not_claims(lang: str, text: str) -> None:
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "unit", "purpose"),
    [
        ("ru", "В 2022 году КНДР получила 870 рабочих виз в Россию.", "visas", "work"),
        ("en", "Russia issued 870 work visas to North Koreans in 2022.", "visas", "work"),
        (
            "ru",
            "В 2022 году в Россию въехали 640 граждан КНДР по студенческим визам.",
            "persons",
            "study",
        ),
        ("en", "In 2022, 640 North Koreans entered Russia on student visas.", "persons", "study"),
        ("ru", "На стройках Хабаровска трудятся около 1 500 граждан КНДР.", "workers", "work"),
        ("ru", "В Амурской области 900 граждан КНДР работают на фермах.", "workers", "work"),
        (
            "en",
            "About 1,500 North Korean nationals work on farms in the Amur region.",
            "workers",
            "work",
        ),
        # coming in order to work is the purpose of a trip: people, as the border tables count
        ("en", "In 2022, 640 North Koreans went to Russia to work.", "persons", "work"),
        ("ru", "В 2022 году 640 граждан КНДР приехали в Россию работать.", "persons", "work"),
    ],
)
def test_the_counted_noun_of_visas_and_of_people_at_work(
    lang: str, text: str, unit: str, purpose: str
) -> None:
    got = _read(text, lang)
    assert [(g["unit"], g["purpose"]) for g in got] == [(unit, purpose)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В 2022 году граждане КНДР въезжали в Россию 3 120 раз, из них с целью учебы — 1 480.",
        ),
        ("en", "North Koreans entered Russia 3,120 times in 2022, of which 1,480 were for study."),
    ],
)
def test_a_part_counts_what_its_whole_counted(lang: str, text: str) -> None:
    got = _read(text, lang)
    assert [(g["quantity"], g["unit"], g["purpose"]) for g in got] == [
        (3120, "entries", "total"),
        (1480, "entries", "study"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukraine said Pyongyang had sent at least 2,000 more troops to Russia in March."),
        ("ru", "Украина заявила, что Пхеньян направил в Россию еще не менее 2 тыс. военных."),
    ],
)
def test_the_country_that_speaks_is_not_the_one_that_sends(lang: str, text: str) -> None:
    got = _read(text, lang)
    assert [(g["quantity"], g["origin"], g["destination"]) for g in got] == [(2000, "KP", "RU")]


def test_a_spelled_multiplier_alone_is_a_comparison_over_the_year_before() -> None:
    text = (
        "Rosstat counted 9,300 entries by North Koreans into Russia last year. "
        "The number has grown almost ninefold in a year."
    )
    comp = [g for g in _read(text, "en", date(2025, 3, 1)) if g["quantity"] is None]
    assert [(g["unit"], g["period"], g["comparison"]) for g in comp] == [
        ("entries", "2024", {"kind": "ratio", "value": 9.0, "baseline_period": "2023"})
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North Korean arrivals in Russia tripled in May from April, to 960."),
        ("ru", "В мае в Россию въехали 960 граждан КНДР, втрое больше, чем в апреле."),
    ],
)
def test_a_month_named_as_the_baseline(lang: str, text: str) -> None:
    got = _read(text, lang, date(2025, 6, 20))
    assert [(g["quantity"], g["period"], g["comparison"]) for g in got] == [
        (960, "2025-05", {"kind": "ratio", "value": 3.0, "baseline_period": "2025-04"})
    ]


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        ("ru", "В сентябре в вузы Хабаровска прибудут 150 студентов из КНДР.", "2025-09"),
        ("en", "Some 150 North Korean students will arrive in Khabarovsk in September.", "2025-09"),
        ("ru", "В сентябре в вузы Хабаровска прибыли 150 студентов из КНДР.", "2024-09"),
        ("en", "Some 150 North Korean students arrived in Khabarovsk in September.", "2024-09"),
    ],
)
def test_a_month_not_yet_reached_is_the_coming_one_in_the_future_tense(
    lang: str, text: str, period: str
) -> None:
    assert [g["period"] for g in _read(text, lang, date(2025, 8, 5))] == [period]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The number of North Koreans entering Russia stood at 6,410 in 2023.", 6410),
        ("Kyiv puts the figure at 9,000 North Korean soldiers.", 9000),
        ("Seoul estimated the number of North Korean troops sent to Russia at 11,000.", 11000),
    ],
)
def test_a_figure_after_at_is_a_count(text: str, quantity: int) -> None:
    assert [g["quantity"] for g in _read(text, "en")] == [quantity]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Из 3 400 иностранцев, въехавших в Хабаровский край в мае, 610 — граждане КНДР.",
        ),
        ("en", "Of the 3,400 foreigners who entered Khabarovsk in May, 610 were North Koreans."),
    ],
)
def test_foreigners_of_every_nationality_are_not_the_dprk_figure(lang: str, text: str) -> None:
    assert [(g["quantity"], g["origin"]) for g in _read(text, lang)] == [(610, "KP")]


def test_a_country_named_as_the_watching_source_is_not_the_destination() -> None:
    text = (
        "In 2024, 3,000 North Korean workers were sent to Russia. Seoul's National Intelligence "
        "Service estimates that up to 9,000 workers have been sent since then."
    )
    got = _read(text, "en")
    assert [(g["quantity"], g["origin"], g["destination"]) for g in got] == [
        (3000, "KP", "RU"),
        (9000, "KP", "RU"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # collective numerals and «человек двести» count people
        ("ru", "За квартал на учебу въехали лишь четверо граждан КНДР.", (4, "exact")),
        ("ru", "Студентов из КНДР у нас человек триста.", (300, "approx")),
    ],
)
def test_russian_people_numerals(lang: str, text: str, expected: tuple[int, str]) -> None:
    got = _read(text, lang)
    assert [(g["quantity"], g["qualifier"]) for g in got] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The workers, aged between 21 and 45, sign three-year contracts."),
        ("ru", "Стоимость билета из Пхеньяна во Владивосток составляет 18 тыс. руб."),
        ("en", "A one-way ticket to Pyongyang costs 320 dollars."),
        ("ru", "Одна из компаний Приморья наняла северокорейских рабочих."),
        ("ru", "Согласно указу № 357, квоты на иностранных рабочих сокращены."),
    ],
)
def test_ages_prices_and_one_of_are_not_claims(lang: str, text: str) -> None:
    assert _read(text, lang) == []


def test_a_verb_that_begins_like_a_decree_is_not_a_reference() -> None:
    got = _read("Частные визиты указали 44 гражданина КНДР, транзит — 9.", "ru")
    assert [(g["quantity"], g["unit"], g["purpose"]) for g in got] == [
        (44, "persons", "private"),
        (9, "persons", "transit"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        ("en", "Fifteen North Korean students arrived in Kazan on Friday.", "2025-08"),
        # 1 September 2025 is a Monday: the Tuesday before is in August
        ("ru", "Во вторник во Владивосток прибыли 40 студентов из КНДР.", "2025-08"),
        ("en", "About 300 North Korean workers left for Vladivostok in early August.", "2025-08"),
        # the day of a statement, a named deadline and a stock's moment are not periods
        ("en", "Some 900 North Korean troops are in Kursk, Seoul said on Monday.", None),
        (
            "en",
            "Thousands of North Korean workers stayed despite the December 2019 deadline.",
            None,
        ),
        # a stock's moment with no year is the latest such day up to the document date (a day
        # still to come this year is last year's); dated in full, it is that day
        ("ru", "По состоянию на 1 марта в вузах учились 1 050 студентов из КНДР.", "2025-03-01"),
        ("ru", "По состоянию на 1 октября в вузах учились 1 050 студентов из КНДР.", "2024-10-01"),
        (
            "ru",
            "По состоянию на 1 марта 2025 года в вузах учились 1 050 студентов из КНДР.",
            "2025-03-01",
        ),
        (
            "en",
            "As of 1 March 2025, 1,050 North Korean students were at Russian universities.",
            "2025-03-01",
        ),
    ],
)
def test_days_of_the_week_and_dates_that_are_not_periods(
    lang: str, text: str, period: str | None
) -> None:
    assert [g["period"] for g in _read(text, lang, date(2025, 9, 1))] == [period]


def test_a_record_phrase_keeps_the_figure_inside_it() -> None:
    got = _read("Приморье приняло рекордные 520 туристов из КНДР — максимум с 2018 года.", "ru")
    assert [(g["quantity"], g["comparison"]) for g in got] == [
        (520, {"kind": "record", "value": None, "baseline_period": "2018"})
    ]


def test_the_russian_border_service_counts_entries_into_russia() -> None:
    got = _read("За 2024 год погранслужба зафиксировала 12 410 въездов граждан КНДР.", "ru")
    assert [(g["quantity"], g["unit"], g["destination"]) for g in got] == [(12410, "entries", "RU")]


@pytest.mark.parametrize(
    ("lang", "text", "destination"),
    [
        (
            "en",
            "Ukraine said that 4,000 North Korean troops had moved near the Ukrainian border.",
            None,
        ),
        ("en", "Russia said the number of North Korean workers in the country fell by 900.", "RU"),
    ],
)
def test_the_speaking_country_is_the_destination_only_as_the_country(
    lang: str, text: str, destination: str | None
) -> None:
    assert [g["destination"] for g in _read(text, lang)] == [destination]


def test_people_on_building_sites_are_workers() -> None:
    got = _read("На стройках Казани сейчас не меньше двух тысяч северокорейцев.", "ru")
    assert [(g["quantity"], g["unit"], g["purpose"]) for g in got] == [(2000, "workers", "work")]


@pytest.mark.parametrize(
    ("lang", "text", "attribution"),
    [
        (
            "en",
            "Analysts at the Stimson Center put the number of North Korean labourers in Russia "
            "at up to 14,000.",
            "Stimson Center",
        ),
        (
            "ru",
            "По оценке Института изучения войны, в Курской области находятся до 9 тысяч "
            "военных КНДР.",
            "Institute for the Study of War",
        ),
        (
            "ko",
            "국가안보전략연구원은 러시아 내 북한 노동자를 1만4천 명으로 추정했다.",
            "Institute for National Security Strategy",
        ),
        ("zh", "据美国战略与国际研究中心估计,约1.4万名朝鲜劳工在俄罗斯。", "CSIS"),
    ],
)
def test_research_institutes_are_named(lang: str, text: str, attribution: str) -> None:
    assert {c["attribution"] for c in _read(text, lang)} == {attribution}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russia will need about 1.9 million more workers by 2030, the labour ministry says.",
        ),
        ("ru", "К 2030 году экономике России потребуется еще 1,9 млн работников."),
        ("ko", "러시아는 2030년까지 190만 명의 노동력이 추가로 필요할 것으로 전망된다."),
        ("zh", "俄罗斯到2030年将需要额外190万名劳动力。"),
    ],
)
def test_a_labour_need_is_not_a_flow(lang: str, text: str) -> None:
    assert _read(text, lang) == []


def test_a_need_beside_the_watched_nationals_is_still_read() -> None:
    text = "Construction firms needed workers, and 1,200 North Koreans arrived in Russia in May."
    assert [c["quantity"] for c in _read(text, "en")] == [1200]


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("一名俄罗斯官员说,仅符拉迪沃斯托克的工地就有约3000名朝鲜工人。", [3000]),
        ("一位知情人士透露,上月有2名朝鲜公民以工作为目的入境俄罗斯。", [2]),
        # one person counted, not a source speaking
        ("上月仅一名朝鲜公民以工作为目的入境俄罗斯。", [1]),
    ],
)
def test_zh_one_official_said_is_not_a_count(text: str, quantities: list[int]) -> None:
    assert [c["quantity"] for c in _read(text, "zh")] == quantities
