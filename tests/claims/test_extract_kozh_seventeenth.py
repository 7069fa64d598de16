"""Korean and Chinese forms met in the seventeenth held-out round: a channel's audience, a
post's reposts and a poll's sample after a report of a flow; distances in "㎞"."""

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
        # a channel's subscribers, a post's reposts, a poll's sample: people, none who travelled
        (
            "ko",
            "올해 상반기 중국에 간 북한 노동자는 3천 명이 넘었대요. 구독자 8만 명 감사합니다!",
            [3000],
        ),
        (
            "zh",
            "今年上半年赴俄的朝鲜工人约6000人。这条微博转发都破2万了，感谢大家。",
            [6000],
        ),
        (
            "zh",
            "今年赴华的朝鲜工人约6000人。另一项民调显示，58%的受访者表示担忧，样本量为980人。",
            [6000],
        ),
        (
            "ko",
            "올해 중국에 간 북한 노동자는 약 3천 명이다. 여론조사는 응답자 1천 명을 대상으로 했다.",
            [3000],
        ),
        # a distance written with the "㎞" sign
        (
            "ko",
            "북한 노동자 200명을 태운 열차는 약 9천㎞를 달려 블라디보스토크에 도착했다.",
            [200],
        ),
        ("zh", "载有200名朝鲜工人的列车行驶约9000㎞后抵达莫斯科。", [200]),
    ],
)
def test_audiences_samples_distances(lang: str, text: str, expected: list[object]) -> None:
    assert _quantities(text, lang) == expected
