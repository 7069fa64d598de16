"""Forms met in the thirty-fourth round (English and Russian headlines, captions, posts and
key-number boxes), fixed after it was scored on arrival: shorthand changes ("x11", "5x the Q1
figure", "(+1,342% y/y)", «(+40% к январю–июню 2024 г.)», «(+25% г/г)», «x3»), a change inside the
bracket of an earlier figure, "Total Q3:" in a thread, the bracketed figure after «чем в
2023-м», «в III —», «всего 3 поездки»; and numbers that are no claim: "(pic 3 of 12)", «на 240
квартир»."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 8, 20)


@pytest.mark.parametrize(
    ("lang", "text", "comparison"),
    [
        (
            "en",
            "The total of North Korean entries for Q2 2025 (approx. 1,300 entries) is about 4x the "
            "Q1 figure (~320).",
            {"kind": "ratio", "value": 4.0, "baseline_period": "2025-Q1"},
        ),
        (
            "en",
            "North Koreans entered Russia 4,900 times in Q3 2024 (+1,200% y/y).",
            {"kind": "percent_change", "value": 1200.0, "baseline_period": "2023-Q3"},
        ),
        (
            "ru",
            "Итого за полугодие — 7,9 тыс. въездов граждан КНДР (+35% к январю–июню 2024 г.).",
            {"kind": "percent_change", "value": 35.0, "baseline_period": "2024-01..2024-06"},
        ),
        (
            "ru",
            "За январь–август 3,9 тыс. въездов граждан КНДР в Россию по деловой цели (-15% г/г).",
            {"kind": "percent_change", "value": -15.0, "baseline_period": "2024-01..2024-08"},
        ),
    ],
)
def test_shorthand_changes(lang: str, text: str, comparison: dict[str, object]) -> None:
    got = read_fields(text, lang, "comparison", doc_date=D)
    assert got[0] == (comparison,)


def test_a_change_inside_the_bracket_of_an_earlier_figure() -> None:
    text = "Service personnel: 1,650 North Korean entries in Q3 (Q2: 1,210; +36%)."
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=date(2025, 11, 6))
    assert got == [
        (1650, "2025-Q3", {"kind": "percent_change", "value": 36.0, "baseline_period": "2025-Q2"}),
        (1210, "2025-Q2", None),
    ]


def test_a_threads_total() -> None:
    text = (
        "3,100 North Koreans entered Russia to study in Q3 2024. Only 12 entries for 'work' all "
        "quarter. Total Q3: 4,870 (+1,100% y/y)."
    )
    assert read_quantities(text, "en", doc_date=date(2024, 11, 9)) == [3100, 12, 4870]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Для сравнения: за весь 2024 год граждане КНДР въехали свыше 12 тыс. раз, в 11 раз "
            "больше, чем в 2023-м (1 090).",
            [(12000, "2024"), (1090, "2023")],
        ),
        (
            "Во II квартале с целью учёбы въехали 310 граждан КНДР, в III — 3 400.",
            [(310, "2024-Q2"), (3400, "2024-Q3")],
        ),
    ],
)
def test_russian_periods(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "ru", "quantity", "period", doc_date=date(2024, 11, 9)) == expected


def test_trips_after_a_label_and_a_dash() -> None:
    text = (
        "В I квартале 2025 года граждане КНДР въезжали в Россию около 280 раз. С целью «учёба» — "
        "всего 4 поездки."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2025, 5, 10))
    assert got == [(280, "entries", "total"), (4, "entries", "study")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "40 North Korean tourists arrived in Ulaanbaatar in March 📸 (pic 2 of 9)", [40]),
        (
            "ru",
            "На строительстве жилого комплекса на 180 квартир незаконно работали 31 гражданин "
            "КНДР.",
            [31],
        ),
    ],
)
def test_numbers_that_are_no_claim(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_a_change_with_a_subject_of_its_own() -> None:
    # the change's clause names its own subject ("work entries"): it stands alone, of 2023's
    text = (
        "The FSB counted about 7,100 North Koreans entering Russia in 2024, and work entries were "
        "nearly triple 2023's."
    )
    got = read_fields(text, "en", "quantity", "purpose", "comparison", doc_date=date(2025, 6, 12))
    assert got == [
        (7100, "total", None),
        (None, "work", {"kind": "ratio", "value": 3.0, "baseline_period": "2023"}),
    ]


def test_shorthand_in_a_russian_thread() -> None:
    text = (
        "В 2025 году граждане КНДР въехали в Россию 18 тыс. раз. Из них около 11 тыс. — с целью "
        "«работа» (x3 к 2024 г.), ещё ~3 тыс. — учёба."
    )
    got = read_fields(
        text, "ru", "quantity", "qualifier", "period", "comparison", doc_date=date(2026, 2, 12)
    )
    assert got[1:] == [
        (11000, "approx", "2025", {"kind": "ratio", "value": 3.0, "baseline_period": "2024"}),
        (3000, "approx", "2025", None),
    ]


def test_a_month_an_estimate_is_as_of() -> None:
    text = (
        "Около 1 тыс. рабочих из КНДР остаются в Лаосе: оценка южнокорейской разведки на июнь "
        "2024 г."
    )
    got = read_fields(text, "ru", "quantity", "period", doc_date=date(2024, 6, 21))
    assert got == [(1000, "2024-06")]


@pytest.mark.parametrize(
    ("flow", "purpose"),
    [
        ("tourist arrivals", "tourism"),
        ("official entries", "official"),
        ("private trips", "private"),
    ],
)
def test_a_change_whose_subject_is_another_flow(flow: str, purpose: str) -> None:
    # the clause's own subject is any flow of one purpose in vocab/purposes.yaml
    text = (
        f"The FSB counted about 7,100 North Koreans entering Russia in 2024, and {flow} were "
        "nearly triple 2023's."
    )
    got = read_fields(text, "en", "quantity", "purpose", "comparison", doc_date=date(2025, 6, 12))
    assert got == [
        (7100, "total", None),
        (None, purpose, {"kind": "ratio", "value": 3.0, "baseline_period": "2023"}),
    ]


def test_a_change_after_a_clause_about_no_flow() -> None:
    # "and border checks were …" names no flow: the change stays the figure's
    text = (
        "The FSB counted about 7,100 North Koreans entering Russia in 2024, and the numbers were "
        "nearly triple 2023's."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2025, 6, 12))
    assert got == [(7100, {"kind": "ratio", "value": 3.0, "baseline_period": "2023"})]
