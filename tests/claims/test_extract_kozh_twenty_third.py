"""Korean and Chinese forms met in the twenty-third held-out round: numbered FAQ items, ISBN-like
codes, agents who speak, people sentenced, comparison-only figures and units of workers."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sino-Korean numerals written in Hangul, with at least one unit
        ("그 가운데 유학 목적 입국자는 이천삼백여 명이었다.", [2300]),
        ("작년 러시아에 들어간 북한 노동자는 삼천 명 정도로 추정된다.", [3000]),
        ("정보 당국은 북한 노동자 이만오천 명이 중국에 남아 있다고 본다.", [25000]),
        # not the particle "이" or a bare unit alone
        ("이 중 학업 목적은 800명이었다.", [800]),
        ("작년 러시아에 입국한 북한 노동자는 천 명을 넘었다.", [1000]),
    ],
)
def test_sino_korean_numerals(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "ko", doc_date=D) == expected


def test_quarter_baseline_with_its_figure_in_brackets() -> None:
    # "2분기(약 600명)의 4배": the quarter it is measured against, its figure in brackets
    text = "올해 3분기 러시아에 입국한 북한 주민은 2천400명으로, 2분기(약 600명)의 4배에 달했다."
    rows = read_fields(text, "ko", "quantity", "period", "comparison")
    assert rows[0] == (
        2400,
        "2025-Q3",
        {"kind": "ratio", "value": 4.0, "baseline_period": "2025-Q2"},
    )
