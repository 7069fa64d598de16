"""Forms met in the thirty-third round (written in the manner of the dev set's sources), fixed
after it was scored on arrival: "thousands more", "nearly double the 210 recorded in
September", "to zero" as the end of a change, the Lao People's Democratic Republic, «занято» (at
work), a weekday after «сообщил журналистам», "是第二季度的11倍多", 蒙方; and numbers that are no
claim: a resolution's year in brackets, "early 20s", the first bound of a monthly sum, places and
containers counted in Chinese."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 3, 20)


def test_thousands_more() -> None:
    text = (
        "Some 12,000 North Korean troops remain in Russia's Kursk region, and Pyongyang may send "
        "thousands more, the spy agency said."
    )
    assert read_quantities(text, "en", doc_date=D) == [12000, 1000]


def test_double_the_figure_of_a_month() -> None:
    text = (
        "About 380 North Korean workers reached Primorye by rail in October, nearly double the "
        "200 recorded in September."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=date(2025, 11, 19))
    assert got[0] == (380, {"kind": "ratio", "value": 2.0, "baseline_period": "2025-09"})


def test_a_change_to_zero_and_the_lao_pdr() -> None:
    text = (
        "The number of North Korean workers in the Lao People's Democratic Republic had fallen "
        "from about nine hundred in 2017 to zero by the end of 2019."
    )
    got = read_fields(text, "en", "quantity", "destination", doc_date=D)
    assert got == [(900, "LA"), (0, "LA")]


def test_employed_and_a_statement_day() -> None:
    text = (
        "На стройках края уже занято около 600 северокорейцев, сообщил журналистам в четверг "
        "вице-губернатор."
    )
    got = read_fields(text, "ru", "quantity", "unit", "period", doc_date=D)
    assert got == [(600, "workers", None)]


def test_a_chinese_ratio_to_a_named_quarter() -> None:
    text = "今年第三季度以学习为目的入境俄罗斯的朝鲜人达三千二百余人,是第二季度的9倍多。"
    got = read_fields(text, "zh", "quantity", "comparison", doc_date=date(2024, 11, 9))
    assert got == [(3200, {"kind": "ratio", "value": 9.0, "baseline_period": "2024-Q2"})]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "DPRK nationals earned income abroad in violation of resolution 2397 (2017), including "
            "an estimated 800 IT workers in China.",
            [(800, None)],
        ),
        (
            "en",
            "The soldiers were mostly in their early 20s, and some 2,000 North Korean troops had "
            "arrived in the Kursk region in November.",
            [(2000, "2024-11")],
        ),
        (
            "en",
            "Each North Korean restaurant abroad is expected to remit between $8,000 and $20,000 a "
            "month to Pyongyang.",
            [],
        ),
        ("zh", "這批北韓士兵在俄羅斯至少4處訓練基地受訓,此前入境的约有1萬名。", [(10000, None)]),
        ("zh", "北韓去年向俄方提供了超過2萬個貨櫃的砲彈。", []),
    ],
)
def test_numbers_that_are_no_claim(lang: str, text: str, expected: list[object]) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=date(2024, 12, 20)) == expected


def test_the_mongolian_side() -> None:
    text = "同年,蒙方向北韓公民核發的勞務簽證約為數百份。"
    got = read_fields(text, "zh", "destination", doc_date=date(2026, 3, 20))
    assert got == [("MN",)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Up to 2,000 more North Korean troops could arrive in Russia in January."),
        ("ru", "В январе в Россию могут прибыть еще до 2 тыс. военных КНДР."),
    ],
)
def test_a_month_that_may_come_read_in_december_is_next_years(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "period", doc_date=date(2024, 12, 16))
    assert got == [(2000, "2025-01")]
