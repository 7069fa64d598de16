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
