"""Korean and Chinese forms met in the fifteenth held-out round: a country "abroad" before its
people ("朝鲜在海外的劳工"), prisoners of war, a post's likes and reposts, shares in tenths
("八成以上"), changes said in words ("减少一半", "翻番"), "this week", a stock "now" after a
trend since a year."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_rows

D = date(2025, 7, 22)


def _quantities(text: str, lang: str) -> list[object]:
    return [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "在海外" between the country and its people: the country's own people, abroad
        (
            "据估计,朝鲜在境外的劳工约有5万人。",
            [(50000, "approx", "workers", "KP", None, "work", None, None)],
        ),
        (
            "朝鲜在国外的劳务人员总数大约在8万人左右。",
            [(80000, "approx", "workers", "KP", None, "work", None, None)],
        ),
    ],
)
def test_country_abroad_before_its_people(text: str, expected: list[object]) -> None:
    assert read_rows(text, "zh", doc_date=D) == expected

