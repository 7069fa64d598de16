"""Readings from the sixteenth session's work on blind round 71 (en/ru), in sentences written for
the tests: other nationalities' people named as "citizens of", ..."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_citizens_of_another_country_are_not_a_watched_flow() -> None:
    text = "For comparison, citizens of Tajikistan entered Russia more than 2.1 million times."
    assert read_fields(text, "en", "quantity", doc_date=D) == []


def test_citizens_of_the_dprk_are_counted() -> None:
    text = "Some 1,200 citizens of the DPRK entered Russia in January."
    assert read_fields(text, "en", "quantity", "origin", doc_date=D) == [(1200, "KP")]
