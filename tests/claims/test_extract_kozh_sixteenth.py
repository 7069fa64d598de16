"""Korean and Chinese forms met in the sixteenth held-out round: a match's score ("3대 1",
"以2比0")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 20)


def _quantities(text: str, lang: str) -> list[object]:
    return [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a match's score: neither number counts people
        ("ko", "북한 남자 축구 대표팀은 하바롭스크 원정 경기에서 러시아를 3대 1로 이겼다.", []),
        ("zh", "朝鲜男篮在伯力举行的邀请赛上以2比0战胜俄罗斯队。", []),
        # a figure with its people counter next to "대" stays
        ("ko", "버스 2대에 나눠 탄 북한 노동자 60명이 러시아에 도착했다.", [60]),
    ],
)
def test_match_scores(lang: str, text: str, expected: list[object]) -> None:
    assert _quantities(text, lang) == expected
