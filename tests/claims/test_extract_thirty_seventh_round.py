"""Forms met in the thirty-seventh round (English and Russian, angles the dev set does not
cover), fixed after it was scored on arrival: fishermen and developers are workers; and
numbers that are no flow: the wounded after a participle, a contingent's losses «оцениваются в»,
agreements signed, the day of a visit."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "На путину прибыли несколько сотен рыбаков из КНДР.", [(100, "workers")]),
        (
            "en",
            "Investigators identified roughly 40 North Korean developers working from Laos.",
            [(40, "workers")],
        ),
    ],
)
def test_trades_that_are_workers(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, lang, "quantity", "unit", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Some 11,000 North Korean troops were sent to Russia; about 300 had been killed and "
            "2,400 wounded by February.",
            [11000],
        ),
        (
            "ru",
            "Потери северокорейского контингента оцениваются в 4 100 человек, из них около 500 "
            "погибли.",
            [],
        ),
        (
            "ru",
            "В 2024 году в Лаос прибыли около 300 рабочих из КНДР; стороны подписали 6 соглашений.",
            [300],
        ),
    ],
)
def test_numbers_that_count_no_flow(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_the_day_of_a_visit_is_no_period() -> None:
    text = (
        "КНДР направит в Курскую область 1 000 саперов, заявил Сергей Шойгу после визита в "
        "Пхеньян 17 июня."
    )
    assert read_fields(text, "ru", "quantity", "period", doc_date=D) == [(1000, None)]
