"""Readings from the fifteenth session's work on blind round 67 (en/ru), in sentences written for
the tests: figures denied in the same breath as the figure asserted."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2026, 2, 20)


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "A: Not 9,000 — closer to 6,500 North Korean workers arrived last year.", 6500),
        (
            "en",
            "About 1,900 North Korean students are enrolled, not the 5,000 circulating online.",
            1900,
        ),
        ("ru", "В аэропорту уточнили, что пассажиров из КНДР было не 180, а 112.", 112),
        ("ru", "По его словам, рабочих из КНДР в крае уже не 20, а больше 30 тысяч.", 30000),
    ],
)
def test_a_figure_denied_is_no_claim(lang: str, text: str, kept: int) -> None:
    got = [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)]
    assert got == [kept]


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        # guards: "not only", "not more than", «не менее» say something of the figure itself
        ("en", "Not only 300 North Korean students came, but their teachers too.", 300),
        ("en", "Not more than 400 North Korean workers entered Russia in May.", 400),
        ("ru", "В мае в Россию въехали не менее 400 рабочих из КНДР.", 400),
    ],
)
def test_not_before_a_bound_or_only_is_no_denial(lang: str, text: str, kept: int) -> None:
    got = [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)]
    assert got == [kept]
