"""Korean and Chinese claim readings: "N多人", sentences that open with an agency or a country,
nationals named by a country before the noun, defectors, units and purposes of ko/zh news."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims


def _one(text: str, lang: str, doc_date: date = date(2025, 6, 10)) -> dict[str, object]:
    claims = extract_claims(text, lang=lang, doc_date=doc_date)
    assert len(claims) == 1, claims
    c = claims[0]
    return {
        "quantity": c.quantity,
        "qualifier": c.qualifier,
        "unit": c.unit,
        "origin": c.origin,
        "destination": c.destination,
        "purpose": c.purpose,
        "period": c.period,
        "comparison": (
            (c.comparison.kind, c.comparison.value, c.comparison.baseline_period)
            if c.comparison
            else None
        ),
        "attribution": c.attribution,
    }


def _check(got: dict[str, object], **want: object) -> None:
    assert {k: got[k] for k in want} == want, got


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("消息人士说,在俄远东工作的朝鲜劳务人员有2万多人。", 20000, "workers"),
        ("去年朝鲜派往中国的工人达5000余名。", 5000, "workers"),
        ("据悉,目前在华朝鲜留学生有1万多名。", 10000, "students"),
    ],
)
def test_zh_more_than_before_counter(text: str, quantity: int, unit: str) -> None:
    got = _one(text, "zh")
    _check(got, quantity=quantity, qualifier="more_than", unit=unit, origin="KP")


def test_ko_agency_opening_the_sentence_is_not_the_origin() -> None:
    got = _one(
        "중국 해관총서는 지난해 북한에서 중국으로 들어온 인원이 약 3만2천 명이라고 밝혔다.",
        "ko",
    )
    _check(got, quantity=32000, qualifier="approx", origin="KP", destination="CN", period="2024")


def test_ko_country_before_counted_noun_names_nationals() -> None:
    got = _one("북한 대학생 120명이 모스크바에 도착했다.", "ko")
    _check(got, quantity=120, unit="students", origin="KP", destination="RU", purpose="study")


def test_ko_zh_defectors_come_from_north_korea() -> None:
    got = _one("지난해 국내에 입국한 탈북자는 180명에 그쳤다.", "ko")
    _check(got, quantity=180, origin="KP", destination="KR", purpose="other", period="2024")
    got = _one("去年经第三国抵达韩国的脱北者约有190人。", "zh")
    _check(got, quantity=190, origin="KP", destination="KR", purpose="other")
