"""Korean and Chinese forms met in the thirtieth held-out round: the steps and points of a
rating scale, a post's likes and reads, households and trains counted."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_quantities

D = date(2025, 9, 15)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the steps and points of a fact check's rating scale
        ("ko", "검증 결과는 4단계 척도에서 두 번째로 낮은 '대체로 사실 아님'이었다."),
        ("ko", "평가: 대체로 사실(10점 만점에 7점)."),
        # a post's likes and reads past a mark
        ("zh", "这篇文章点赞2.4万,阅读量已超50万。"),
        ("zh", "該帖點讚1.1萬,閱讀量已破20萬。"),
        # households, and trains a group travels in
        ("zh", "该小区占地12公顷,共2,450户,预计明年交房。"),
        ("zh", "据报道,这批朝鲜工人分乘3列专列抵达。"),
    ],
)
def test_counts_of_things_are_no_claims(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []
