"""Forms met in the fifteenth held-out round (English): "triple the 364 recorded …", soldiers
captured, "puts the current total at 'at least 12,000'", dollar revenue written as a range."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims
from tests.claims.claim_readings import read_fields

D = date(2025, 5, 14)


def test_a_multiple_of_a_named_baseline_figure_is_a_change_of_the_article_figure() -> None:
    text = (
        "North Koreans made 980 study entries into Russia in the first quarter of 2025. The "
        "study figure was roughly double the 470 recorded in the same quarter last year."
    )
    got = read_fields(text, "en", "quantity", "period", "comparison", doc_date=D)
    assert [(q, p, c["kind"] if c else None) for q, p, c in got] == [
        (980, "2025-Q1", None),
        (None, "2025-Q1", "ratio"),
        (470, "2024-Q1", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers captured near Sudzha are being held by Ukraine's security service.",
        "Four North Korean fighters killed in the assault were buried near the border.",
    ],
)
def test_soldiers_captured_or_killed_are_not_a_flow(text: str) -> None:
    assert extract_claims(text, lang="en", doc_date=D) == []


def test_the_current_total_put_at_a_quoted_bound() -> None:
    text = (
        "Kyiv says 9,000 North Korean troops are in Kursk. Seoul's spy agency puts the current "
        "total at 'at least 11,000'."
    )
    assert read_fields(text, "en", "quantity", "qualifier", "unit", doc_date=D) == [
        (9000, "exact", "troops"),
        (11000, "at_least", "troops"),
    ]


def test_dollar_revenue_as_a_range() -> None:
    text = "Labour exports bring the regime $400 million to $600 million a year, analysts say."
    assert read_fields(text, "en", "quantity", "unit", "purpose", doc_date=D) == [
        (400_000_000, "usd", "work"),
        (600_000_000, "usd", "work"),
    ]
