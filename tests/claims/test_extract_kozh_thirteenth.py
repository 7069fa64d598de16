"""Korean and Chinese forms met in the thirteenth held-out round: correction notices that
quote the figure they withdraw."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a correction notice quotes what was published wrong: neither the headline nor the
        # figure it withdraws is a claim
        (
            "ko",
            "[정정] 10월 2일자 8면 '북한 노동자 3만명 러시아 파견' 기사의 '3만명'은 근거가 없어 "
            "기사에서 뺍니다.",
            [],
        ),
        (
            "zh",
            "【更正】本报9月3日B2版「朝鲜劳工4万人赴俄」一文中的「4万人」有待证实,现予删除。",
            [],
        ),
        # the figure a notice gives instead is still a claim
        (
            "ko",
            "[바로잡습니다] 올해 러시아에 입국한 북한 노동자를 '3천 명'이 아닌 '300명'으로 "
            "바로잡습니다.",
            [300],
        ),
        (
            "zh",
            "【更正】今年入境俄罗斯的朝鲜劳工「3000人」有误,应为「300人」。",
            [300],
        ),
    ],
)
def test_correction_notices(lang: str, text: str, expected: list[object]) -> None:
    assert [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)] == expected
