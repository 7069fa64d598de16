"""Forms met in the tenth held-out en/ru round (transcripts, newsletters, threads, Telegram and
regional portals): averages, capacities and single cases that are not flows, and others.
The sentences are written for these tests."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 1)


# the fields of each claim, read with the document date D unless a test gives another
_fields = functools.partial(read_fields, doc_date=D)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an average (a group size), not people who came
        ("ru", "На курсах русского языка в каждом классе в среднем 18 человек из КНДР."),
        ("en", "Each North Korean work brigade in Russia has on average 40 men."),
        # a capacity: a building that holds, places after «на»
        ("en", "The new hostel for North Korean workers in Russia houses 800 residents."),
        ("ru", "Для рабочих из КНДР в Уссурийске построят общежитие на 400 мест."),
        ("ru", "Общежитие вмещает 300 человек, в нём живут рабочие из КНДР."),
        # a community (a channel) counting itself
        ("ru", "Наш канал о рабочих из КНДР в России растет: нас уже почти 30 тысяч!"),
        ("en", "Thanks for reading about North Koreans in Russia, we are now 12,000 strong."),
        # one person's case: an illustration, its figures are that person's
        ("en", "One North Korean student making 4 trips to Russia is counted 4 times."),
        ("ru", "Один рабочий из КНДР обходится подрядчику в 90–110 тыс. руб. в месяц."),
    ],
)
def test_averages_capacities_and_single_cases_are_not_claims(lang: str, text: str) -> None:
    assert _fields(text, lang, "quantity") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the true counts next to such words are still read
        ("ru", "Россотрудничество выделило гражданам КНДР 120 бюджетных мест на 2025 год.", [120]),
        ("ru", "В 2024 году в общежития Владивостока заселились 640 рабочих из КНДР.", [640]),
        # a single person not at the opening of the sentence is a count («лишь один»)
        (
            "ru",
            "Всего в 2024 году на работу в Россию въехали лишь один гражданин КНДР и 12 студентов.",
            [1, 12],
        ),
        ("ru", "Насчитывается 2 100 граждан КНДР, прибывших в Приморье.", [2100]),
        ("en", "We are told that 3,100 North Koreans entered Russia in 2024.", [3100]),
        # "one" that is not one person
        ("en", "One year later 2,700 North Korean workers arrived in Russia.", [2700]),
    ],
)
def test_counts_beside_those_words_are_still_read(
    lang: str, text: str, expected: list[object]
) -> None:
    assert [q for (q,) in _fields(text, lang, "quantity")] == expected


def test_a_collapse_of_a_percentage_is_measured_against_the_figure_set_against_before() -> None:
    text = (
        "In the second quarter of 2025, North Koreans made 410 entries into Russia, down from "
        "3,700 a year before. That is a plunge of about 89 percent, and it came as Seoul was "
        "reporting new troop rotations."
    )
    assert _fields(text, "en", "quantity", "period", "destination", "comparison") == [
        (410, "2025-Q2", "RU", None),
        (3700, "2024-Q2", "RU", None),
        (
            None,
            "2025-Q2",
            "RU",
            {"kind": "percent_change", "value": -89.0, "baseline_period": "2024-Q2"},
        ),
    ]


def test_a_country_that_is_estimated_is_not_a_speaker() -> None:
    text = (
        "The number of North Korean workers in China is estimated at 40,000, a Seoul analyst said."
    )
    assert _fields(text, "en", "quantity", "destination") == [(40000, "CN")]


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        (
            "Student visas issued to North Koreans in Russia rose to 3,100 in January-June, "
            "more than triple the 940 in the same period of 2024.",
            "2024-01..2024-06",
        ),
        (
            "FSB data for July-September show 2,050 entries by North Koreans into Russia, a "
            "2.4-fold rise on April-June.",
            "2025-04..2025-06",
        ),
        (
            "North Koreans made 2,050 entries into Russia in the third quarter of 2025, up 40% "
            "on Q2.",
            "2025-Q2",
        ),
    ],
)
def test_baseline_named_after_the_comparison(text: str, baseline: str) -> None:
    first = _fields(text, "en", "comparison", doc_date=date(2025, 10, 20))[0][0]
    assert isinstance(first, dict) and first["baseline_period"] == baseline


def test_the_baseline_figure_of_a_doubling_is_at_the_baseline_period() -> None:
    text = (
        "Student visas issued to North Koreans in Russia rose to 3,100 in January-June, "
        "more than triple the 940 in the same period of 2024."
    )
    assert _fields(text, "en", "quantity", "period", doc_date=date(2025, 8, 1)) == [
        (3100, "2025-01..2025-06"),
        (940, "2024-01..2024-06"),
    ]


def test_in_the_quarter_points_to_a_quarter_named_in_a_sentence_without_figures() -> None:
    text = (
        "Border statistics for Q2 2025 have been published. North Koreans made 1,480 entries "
        "into Russia in the quarter. That's up 25% on Q1."
    )
    assert _fields(text, "en", "quantity", "unit", "period", "comparison") == [
        (1480, "entries", "2025-Q2", None),
        (
            None,
            "entries",
            "2025-Q2",
            {"kind": "percent_change", "value": 25.0, "baseline_period": "2025-Q1"},
        ),
    ]


def test_a_figure_without_a_quarter_nearby_keeps_no_period() -> None:
    # the quarter named in a sentence without figures is only for "in the quarter"
    text = (
        "Border statistics for Q2 2025 have been published. About 15,000 North Korean "
        "workers are now in Russia."
    )
    assert _fields(text, "en", "quantity", "period") == [(15000, None)]


def test_purpose_before_for_and_the_figure_is_its_own() -> None:
    text = (
        "North Koreans made 1,900 entries into Russia in 2024; of those, study accounted for "
        "1,200 and official travel for 300."
    )
    assert _fields(text, "en", "quantity", "purpose") == [
        (1900, "total"),
        (1200, "study"),
        (300, "official"),
    ]


def test_a_change_after_a_figure_with_no_baseline_figure_keeps_no_baseline() -> None:
    text = (
        "In the second quarter of 2025, North Koreans made 410 entries into Russia. "
        "That is a plunge of about 89 percent."
    )
    got = _fields(text, "en", "quantity", "comparison")
    assert got[1] == (None, {"kind": "percent_change", "value": -89.0, "baseline_period": None})


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Q: How many North Koreans went to Russia for work last year? A: According to "
            "border data, 5,400 DPRK citizens crossed with work as their stated purpose.",
            [(5400, "KP", "RU", "work")],
        ),
        (
            "ru",
            "Вопрос: Сколько граждан КНДР приехали в Россию на учебу в 2024 году? Ответ: "
            "по данным погранслужбы, на учебу въехали 7 100 человек.",
            [(7100, "KP", "RU", "study")],
        ),
    ],
)
def test_a_labelled_question_sets_the_countries_of_its_answer(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _fields(text, lang, "quantity", "origin", "destination", "purpose") == expected


def test_a_whole_year_figure_after_the_same_quarter_keeps_its_whole_year() -> None:
    text = (
        "In the second quarter of 2025, 2,100 North Koreans entered Russia to study. In the "
        "same quarter of 2023 only 40 came, and in 2018 the full-year total was about 2,900."
    )
    assert _fields(text, "en", "quantity", "period") == [
        (2100, "2025-Q2"),
        (40, "2023-Q2"),
        (2900, "2018"),
    ]


def test_the_same_quarter_still_moves_a_later_figure_without_a_whole_year() -> None:
    text = (
        "In the second quarter of 2025, 2,100 North Koreans entered Russia to study. In the "
        "same quarter of 2023 only 40 came, and in 2022 about 35."
    )
    assert _fields(text, "en", "quantity", "period") == [
        (2100, "2025-Q2"),
        (40, "2023-Q2"),
        (35, "2022-Q2"),
    ]


def test_the_true_number_as_high_as_counts_what_was_counted_before() -> None:
    text = (
        "South Korea's spy agency says at least 10,000 North Korean soldiers are in Russia. "
        "Ukrainian officials said the real number could be as high as 13,000."
    )
    assert _fields(text, "en", "quantity", "qualifier", "unit", "purpose", "attribution") == [
        (10000, "at_least", "troops", "troops", "NIS"),
        (13000, "at_most", "troops", "troops", "Ukraine"),
    ]


def test_a_figure_in_a_when_clause_after_the_baseline_is_the_baseline_figure() -> None:
    text = (
        "За январь—март 2025 года в Россию въехали 410 граждан КНДР. Это на 80% меньше, чем "
        "в первом квартале 2024-го, когда въехавших было около 2 тыс."
    )
    assert _fields(text, "ru", "quantity", "period", "comparison") == [
        (410, "2025-01..2025-03", None),
        (
            None,
            "2025-01..2025-03",
            {"kind": "percent_change", "value": -80.0, "baseline_period": "2024-Q1"},
        ),
        (2000, "2024-Q1", None),
    ]


def test_a_when_clause_in_english_gives_the_baseline_figure_too() -> None:
    text = (
        "In the first quarter of 2025, 300 North Koreans entered Russia. That is 85% fewer "
        "than in the first quarter of 2024, when some 2,000 North Koreans came."
    )
    assert _fields(text, "en", "quantity", "period")[-1] == (2000, "2024-Q1")


def test_a_line_that_ends_with_an_abbreviated_scale_word_ends_its_sentence() -> None:
    # «тыс.» at the end of a paragraph: the next paragraph is a sentence of its own
    text = (
        "В 2024 году граждан КНДР, въехавших в Россию, было около 12 тыс.\n\n"
        "А военные? По оценке разведки Южной Кореи, в Россию отправлены 11 тыс. "
        "военнослужащих КНДР."
    )
    got = _fields(text, "ru", "quantity", "unit", "period")
    assert got == [(12000, "persons", "2024"), (11000, "troops", None)]


def test_a_country_name_before_the_counted_noun_is_the_origin() -> None:
    text = (
        "Russia: border data for April-June show 950 entries by North Koreans. For "
        "January-June, that puts DPRK entries at 1,300, down 40% from the first half of 2024."
    )
    got = _fields(text, "en", "quantity", "origin", "destination", "period", "comparison")
    assert got[-1] == (
        1300,
        "KP",
        "RU",
        "2025-01..2025-06",
        {"kind": "percent_change", "value": -40.0, "baseline_period": "2024-01..2024-06"},
    )


def test_a_figure_of_the_watched_country_going_in_is_still_dropped() -> None:
    # Russians entering North Korea: a flow into the watched country, not out of it
    assert _fields("In 2024, 1,500 Russian tourists visited the DPRK.", "en", "quantity") == []


def test_the_same_period_in_the_dative_moves_the_baseline_to_the_claims_months() -> None:
    text = (
        "За январь—сентябрь граждане КНДР совершили 2 100 въездов в Россию с целью работы. "
        "При этом въездов с целью учебы стало меньше на 20% к тому же периоду 2024 года — 1 800."
    )
    got = _fields(text, "ru", "quantity", "period", "comparison", doc_date=date(2025, 11, 1))
    assert got[-1] == (
        1800,
        "2025-01..2025-09",
        {"kind": "percent_change", "value": -20.0, "baseline_period": "2024-01..2024-09"},
    )


def test_something_like_is_approximate() -> None:
    text = "The border service logged something like 9,800 entries by North Koreans in 2024."
    assert _fields(text, "en", "quantity", "qualifier") == [(9800, "approx")]


def test_parts_of_entries_pointed_back_to_are_entries() -> None:
    text = (
        "North Koreans made 1,500 entries into Russia in the third quarter of 2025. Of those, "
        "study accounted for 900. Train crews added another 60."
    )
    assert _fields(text, "en", "quantity", "unit", "purpose") == [
        (1500, "entries", "total"),
        (900, "entries", "study"),
        (60, "entries", "service_personnel"),
    ]


def test_a_part_with_its_own_people_noun_keeps_it() -> None:
    text = (
        "North Koreans made 1,500 entries into Russia in the third quarter of 2025. Of those, "
        "about 400 people came to study."
    )
    assert _fields(text, "en", "quantity", "unit")[-1] == (400, "persons")


def test_the_figure_a_multiple_is_taken_of_counts_the_same_purpose() -> None:
    text = (
        "Student visas issued to North Koreans in Russia rose to 3,100 in January-June, "
        "more than triple the 940 in the same period of 2024."
    )
    assert _fields(text, "en", "quantity", "purpose", doc_date=date(2025, 8, 1)) == [
        (3100, "study"),
        (940, "study"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "По данным ГУР, в Курскую область переброшены 11 тыс. военных КНДР, еще около 2 тыс. "
            "прибудут в марте.\n\nЦРУ оценивает контингент иначе — не более 9 тыс.",
            (9000, "at_most", "troops", "KP", "RU", None),
        ),
        (
            "en",
            "Ukraine's military intelligence says 11,000 North Korean soldiers are in Russia, and "
            "2,000 more will arrive in March. The Pentagon puts the contingent lower, at 9,000.",
            (9000, "exact", "troops", "KP", "RU", None),
        ),
    ],
)
def test_an_estimate_of_the_contingent_counts_the_troops_before(
    lang: str, text: str, expected: tuple[object, ...]
) -> None:
    got = _fields(text, lang, "quantity", "qualifier", "unit", "origin", "destination", "period")
    assert got[-1] == expected


def test_a_bare_change_after_a_figure_counts_what_that_figure_counted() -> None:
    text = (
        "The border service logged 8,200 entries by North Koreans in 2024. Is that a lot? "
        "About seven times higher than before."
    )
    got = _fields(text, "en", "quantity", "unit", "period", "comparison")
    assert got[-1][:3] == (None, "entries", "2024")


def test_a_change_that_names_its_own_people_keeps_them() -> None:
    text = (
        "The border service logged 8,200 entries by North Koreans in 2024. The number of "
        "Chinese workers in the region fell 12 percent."
    )
    assert _fields(text, "en", "quantity")[:1] == [(8200,)]
    assert all(u != "entries" for q, u in _fields(text, "en", "quantity", "unit")[1:])


def test_kyiv_suspecting_is_ukraine_speaking() -> None:
    text = (
        "Kyiv suspects so; its intelligence service says around 12,000 North Korean soldiers "
        "are in Russia's Kursk region."
    )
    assert _fields(text, "en", "quantity", "attribution") == [(12000, "Ukraine")]


def test_the_earlier_years_figure_after_a_change_is_not_the_articles_frame() -> None:
    text = (
        "The border service logged 9,400 entries by North Koreans in 2024. About eight "
        "times higher. The 2023 figure was just over 1,100. Some 5,000 of those entries were "
        "for study."
    )
    assert _fields(text, "en", "quantity", "period") == [
        (9400, "2024"),
        (None, "2024"),
        (1100, "2023"),
        (5000, "2024"),
    ]


def test_an_earlier_years_figure_without_a_change_before_it_sets_the_frame() -> None:
    text = (
        "The border service logged 9,400 entries by North Koreans in 2024. The 2023 figure "
        "was just over 1,100. Some 600 of those entries were for study."
    )
    assert _fields(text, "en", "quantity", "period")[-1] == (600, "2023")
