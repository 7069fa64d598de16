"""Korean and Chinese forms met in the sixteenth held-out round: a match's score ("3대 1",
"以2比0"), rail cars and jobs counted, people designated for sanctions, a labour shortage."""

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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # rail cars, jobs: things counted, not people
        ("ko", "올해 상반기 나진-하산 구간을 오간 화물열차는 모두 920량이었다.", []),
        ("zh", "今年前三季度经图们江大桥驶入俄罗斯的货运列车共计560节车厢。", []),
        ("zh", "俄罗斯远东地区制造业目前缺工约8万个岗位。", []),
        ("zh", "远东建筑业缺工约8万人。", []),
        # people designated for sanctions are not a flow
        (
            "ko",
            "영국 외무부는 북한 노동자 파견에 연루된 단체 4곳과 개인 5명을 제재 대상에 올렸다.",
            [],
        ),
        ("zh", "美国财政部将2名个人和4家实体列入制裁名单,指其协助派遣朝鲜劳工。", []),
        # people sent still count
        ("ko", "북한 노동자 5명이 제재에도 불구하고 러시아에 입국했다.", [5]),
    ],
)
def test_things_and_designations(lang: str, text: str, expected: list[object]) -> None:
    assert _quantities(text, lang) == expected
