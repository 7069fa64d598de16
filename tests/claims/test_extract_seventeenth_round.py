"""Forms met in the seventeenth held-out round (English and Russian): flows written as arrows
("DPRK->RU"), tables written out as cells with bare category labels."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2026, 2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "DPRK->RU entries in 2025: 18,020.",
        "North Korea → Russia, entries in 2025: 18,020.",
        "KP>RU crossings in 2025 reached 18,020.",
    ],
)
def test_a_flow_written_as_an_arrow(text: str) -> None:
    assert read_fields(text, "en", "quantity", "origin", "destination", doc_date=D) == [
        (18020, "KP", "RU")
    ]


def test_an_arrow_into_the_dprk_is_not_a_flow_of_its_nationals() -> None:
    text = "RU->DPRK tourist trips in 2025: 1,120."
    assert all(o != "KP" for (o,) in read_fields(text, "en", "origin", doc_date=D))


def test_cells_of_a_table_with_bare_category_labels() -> None:
    text = (
        "North Korean entries into Russia in 2025 by declared purpose: total 17,950; study "
        "5,400; service personnel 4,100; official 1,520; private 880; transit 60."
    )
    got = read_fields(text, "en", "quantity", "unit", "purpose", doc_date=D)
    assert got == [
        (17950, "entries", "total"),
        (5400, "entries", "study"),
        (4100, "entries", "service_personnel"),
        (1520, "entries", "official"),
        (880, "entries", "private"),
        (60, "entries", "transit"),
    ]


def test_official_outside_a_table_cell_names_no_purpose() -> None:
    text = "An official said 1,520 North Koreans entered Russia in 2025."
    assert read_fields(text, "en", "purpose", doc_date=D) == [("total",)]


def test_a_difference_against_the_same_quarter_a_year_earlier() -> None:
    text = (
        "Of those, 1,870 North Korean crossings were listed under study, 960 fewer than in the "
        "same quarter a year earlier."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert got == [(1870, {"kind": "difference", "value": -960.0, "baseline_period": None})]


@pytest.mark.parametrize(
    ("text", "lang", "period"),
    [
        ("A Khabarovsk firm brought in at least 70 DPRK nationals last quarter.", "en", "2025-Q4"),
        ("В прошлом квартале в Россию въехали 700 граждан КНДР.", "ru", "2025-Q4"),
        ("This quarter some 700 North Koreans arrived in Russia.", "en", "2026-Q1"),
    ],
)
def test_last_quarter_is_the_quarter_before_the_documents(
    text: str, lang: str, period: str
) -> None:
    assert [p for (p,) in read_fields(text, lang, "period", doc_date=D)] == [period]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("One technician doing 3 round trips in a month = 3 entries.", "en"),
        ("His dormitory room in Vladivostok is shared by six men.", "en"),
        ("Самолет Ил-62, выполняющий рейс Пхеньян – Москва, вмещает 180 пассажиров.", "ru"),
        ("OFAC designated three individuals and two entities on Thursday.", "en"),
        ("Двум пленным северокорейцам 19 и 24 года.", "ru"),
    ],
)
def test_one_case_a_room_a_plane_designations_and_ages_are_not_flows(text: str, lang: str) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == []


def test_designating_companies_does_not_hide_the_workers_they_placed() -> None:
    text = (
        "OFAC designated two front companies that placed more than 1,500 DPRK IT workers in China."
    )
    assert read_fields(text, "en", "quantity", doc_date=D) == [(1500,)]


def test_a_multiple_alone_after_a_figure_and_its_baseline() -> None:
    text = (
        "Jan-Sep 2025: ~9.4k entries by DPRK citizens into Russia, vs 3.1k in Jan-Sep 2024. "
        "Roughly 3x."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert got[-1] == (
        None,
        "2025-01..2025-09",
        {"kind": "ratio", "value": 3.0, "baseline_period": "2024-01..2024-09"},
    )


def test_the_label_before_a_bracketed_figure() -> None:
    text = (
        "North Koreans entered Russia 4,900 times in the second quarter. The rest were split "
        "between work (1,310), private visits (77) and transit."
    )
    got = read_fields(text, "en", "quantity", "purpose", doc_date=D)
    assert got == [(4900, "total"), (1310, "work"), (77, "private")]


@pytest.mark.parametrize(
    ("text", "lang", "field", "want"),
    [
        (
            "The Panel said several hundred DPRK nationals were working in Equatorial Guinea, "
            "and that at least 40 remained in Nigeria.",
            "en",
            "destination",
            ["GQ", "NG"],
        ),
        (
            "The Panel said several hundred DPRK nationals were working in Equatorial Guinea, "
            "and that at least 40 remained in Nigeria.",
            "en",
            "origin",
            ["KP", "KP"],
        ),
        ("В провинции Цзилинь работают около 20 тыс. граждан КНДР.", "ru", "destination", ["CN"]),
        (
            "За второй квартал пограничники насчитали 4 210 въездов северокорейцев.",
            "ru",
            "destination",
            ["RU"],
        ),
        (
            "В течение ноября в Россию прибыли около 2 тыс. военных КНДР.",
            "ru",
            "period",
            ["2025-11"],
        ),
    ],
)
def test_places_border_guards_and_months(text: str, lang: str, field: str, want: list[str]) -> None:
    assert [v for (v,) in read_fields(text, lang, field, doc_date=D)] == want


def test_an_age_set_off_by_commas_before_said() -> None:
    text = "A Khabarovsk contractor, 47, said he employs North Korean workers on two sites."
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_nationals_after_the_speech_verb_are_what_was_said() -> None:
    text = (
        'In its last report, the Panel said "several hundred" DPRK nationals were still '
        "working in Equatorial Guinea, and that at least 40 remained at sites in Nigeria."
    )
    assert read_fields(text, "en", "origin", doc_date=D) == [("KP",), ("KP",)]


def test_months_across_years_between_two_named_months() -> None:
    text = "The firm placed 95 North Korean IT workers in China between May 2021 and April 2024."
    assert read_fields(text, "en", "period", doc_date=D) == [("2021-05..2024-04",)]


def test_a_house_number_is_not_a_figure() -> None:
    text = (
        "С апреля по октябрь 2024 года компания привлекла к работе на объекте по ул. "
        "Алеутской, 45, не менее 52 граждан КНДР."
    )
    assert read_fields(text, "ru", "quantity", "period", doc_date=D) == [(52, "2024-04..2024-10")]


def test_the_level_a_count_of_things_is_set_against_is_not_a_flow() -> None:
    text = (
        "Freight from North Korea to Russia also picked up, with 930 wagons crossing in the "
        "quarter against 610 a year earlier."
    )
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_a_share_set_against_a_share_in_russian() -> None:
    text = (
        "Доля учебных поездок граждан КНДР в Россию в 2025 году составила 38% против 57% годом "
        "ранее."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(38, "percent", "study"), (57, "percent", "study")]


def test_permits_are_not_times() -> None:
    text = "В 2019 году гражданам КНДР было выдано 9 870 разрешений на работу."
    assert read_fields(text, "ru", "quantity", doc_date=D) == [(9870,)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "В III квартале 2025-го северокорейцы въехали в РФ 5,9 тыс. раз. Для сравнения: в "
            "первом квартале 2025 года было 3 120.",
            "ru",
        ),
        (
            "North Koreans entered Russia 5,900 times in the third quarter of 2025. For "
            "comparison, in the first quarter of 2025 there were 3,120.",
            "en",
        ),
    ],
)
def test_a_bare_figure_set_against_the_one_before_counts_what_it_counted(
    text: str, lang: str
) -> None:
    got = read_fields(text, lang, "quantity", "unit", "origin", "period", doc_date=D)
    assert got == [(5900, "entries", "KP", "2025-Q3"), (3120, "entries", "KP", "2025-Q1")]


def test_a_country_code_after_a_movement_word() -> None:
    text = "New FSB data: DPRK entries to RU in 2025 hit 11.4k, up from 9.9k in 2024."
    assert read_fields(text, "en", "quantity", "destination", doc_date=D) == [
        (11400, "RU"),
        (9900, "RU"),
    ]


def test_a_lower_case_word_is_not_a_country_code() -> None:
    text = "Some 300 North Korean workers moved to us from a site in Primorye."
    assert all(d != "US" for (d,) in read_fields(text, "en", "destination", doc_date=D))
