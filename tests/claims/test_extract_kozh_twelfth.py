"""Korean and Chinese forms met in the twelfth held-out round: nationals of other countries
named with 국적/籍/公民."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # nationals of another country, named by their nationality, are not the DPRK's people
        (
            "ko",
            "북한 주민 3천 명이 올해 러시아에 들어갔다. 같은 해 키르기스스탄 국적자는 80만 명, "
            "카자흐스탄 국적자는 60만 명이 러시아에 입국했다.",
            [(3000, "KP")],
        ),
        (
            "zh",
            "今年有3000名朝鲜公民入境俄罗斯，同期入境的乌兹别克斯坦公民为210万人，"
            "哈萨克斯坦籍旅客约90万人次。",
            [(3000, "KP")],
        ),
    ],
)
def test_other_nationals_are_not_counted(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "origin", doc_date=D) == expected
