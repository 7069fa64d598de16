"""Korean and Chinese forms met in the twenty-third held-out round: numbered FAQ items, ISBN-like
codes, agents who speak, people sentenced, comparison-only figures and units of workers."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_quantities

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the number of a FAQ item opening the sentence
        ("ko", "4. 북한 노동자는 어디에? 정부는 작년 약 2만 명이 중국에 있었다고 본다.", [20000]),
        ("zh", "5. 去年有多少朝鲜工人来华?据估计约有3万名朝鲜工人入境中国。", [30000]),
        # a code written in hyphenated groups
        ("zh", "答:订购编号为731-4-2209-18,朝鲜工人问题专著共300页。", []),
        ("zh", "答:书号为978-7-5100-2231-9,共320页。", []),
    ],
)
def test_list_numbers_and_codes(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "an agent said": the indefinite article of a source that speaks
        ("zh", "一名劳务中介告诉记者,今年已有约600名朝鲜工人经珲春入境。", [600]),
        ("zh", "一位旅行社导游说,上个月来华的朝鲜游客大约有200人。", [200]),
        # people sentenced by a court, not a flow
        ("zh", "法院以组织他人偷越国境罪判处两名俄罗斯籍男子各两年有期徒刑。", []),
        ("ko", "법원은 불법 취업을 알선한 브로커 3명에게 징역 2년을 선고했다.", []),
    ],
)
def test_speakers_and_sentences(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the guards stay narrow: a figure opening the sentence without a point, a decimal
        ("zh", "12名朝鲜留学生去年入境俄罗斯。", [12]),
        ("ko", "1.2만 명의 북한 노동자가 작년 러시아에 들어왔다.", [12000]),
    ],
)
def test_counts_kept(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected
