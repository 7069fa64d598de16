"""Korean and Chinese forms met in the twenty-eighth held-out round: flights and TEU counted
after a number."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_quantities

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # flights a month ("월 6편"), containers in TEU ("3.5万标箱"): not people
        ("ko", "북한 노동자들이 이용하는 평양~하바롭스크 노선은 주 2회, 월 6편 운항된다."),
        ("zh", "朝鲜劳务人员往来的罗津港今年前五个月共处理集装箱3.5万标箱。"),
    ],
)
def test_flights_and_teu_are_not_people(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []
