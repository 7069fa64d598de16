"""Korean and Chinese forms met in the twenty-eighth held-out round: flights and TEU counted
after a number, a Chinese port or province as where people went, helpers of the nationals,
"the previous quarter" against the article's period (its figure in brackets too), an
observer's remark that dates its own events, and "多达" before a figure counted to the unit."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese border port, or a province speaking of itself ("我省", "全省"): China
        ("据圈河口岸统计,今年一季度经该口岸入境的朝鲜籍人员约8000人次。", [(8000, "CN")]),
        ("截至2025年5月底,我省仍有朝鲜籍务工人员约三千人。", [(3000, "CN")]),
        ("经核查,全省现有朝鲜籍劳务人员一千五百余人。", [(1500, "CN")]),
    ],
)
def test_chinese_port_or_province(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "zh", "quantity", "destination", doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who helped, smuggled or hired the nationals are not them
        ("延吉法院上月对2名帮助朝鲜人越境的中国男子判处有期徒刑。", []),
        ("警方抓获一名組織朝鮮勞工非法入境的中介,今年已有300名朝鮮勞工經其入境。", [300]),
        # the nationals themselves stay
        ("今年已有一名朝鲜男子越境进入中国。", [1]),
    ],
)
def test_helpers_of_the_nationals(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "zh", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        # the figure takes its quarter from the sentence before; "전 분기", "上一季度" is the
        # quarter before that one
        (
            "ko",
            "올해 2분기 러시아에 입국한 북한 주민은 약 450명이다. "
            "이 가운데 '연수' 명목 입국은 120명으로 전 분기보다 25% 늘었다.",
            120,
        ),
        (
            "zh",
            "今年第二季度入境俄罗斯的朝鲜公民约450人。其中以进修名义入境的有120人,比上一季度增加25%。",
            120,
        ),
    ],
)
def test_previous_quarter_of_the_article_period(lang: str, text: str, quantity: int) -> None:
    rows = read_fields(text, lang, "quantity", "period", "comparison", doc_date=D)
    got = next(r for r in rows if r[0] == quantity)
    assert got[1] == "2025-Q2"
    assert isinstance(got[2], dict) and got[2]["baseline_period"] == "2025-Q1"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a later clause with an observer's remark dates its own events, not the figures
        (
            "zh",
            "今年1至3月赴俄的朝鲜公民为2100人。同期以留学为目的者为640人,"
            "而去年同期仅90人,有专家认为这与2024年6月两国签署的条约有关。",
            [(2100, "2025-01..2025-03"), (640, "2025-01..2025-03"), (90, "2024-01..2024-03")],
        ),
        (
            "ko",
            "올해 1~3월 러시아에 입국한 북한 주민은 2천100명이다. 같은 기간 유학 목적 입국자는 "
            "640명이었고, 전문가들은 2024년 6월 조약 체결의 영향으로 본다.",
            [(2100, "2025-01..2025-03"), (640, "2025-01..2025-03")],
        ),
    ],
)
def test_remark_clause_dates_not_the_figure(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected


def test_previous_quarter_with_its_figure_in_brackets() -> None:
    # "직전 분기(210명)의 9배": the bracketed figure is the previous quarter's; the ratio is a
    # claim about the figure the article gave
    text = (
        "올해 4~6월 취업 목적으로 러시아에 입국한 북한 주민은 1천950명이다. "
        "이는 직전 분기(210명)의 9배에 달한다."
    )
    rows = read_fields(text, "ko", "quantity", "purpose", "period", "comparison", doc_date=D)
    assert rows[1][:3] == (210, "work", "2025-01..2025-03")
    assert rows[2][:3] == (None, "work", "2025-04..2025-06")
    assert rows[2][3] == {"kind": "ratio", "value": 9, "baseline_period": "2025-01..2025-03"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "多达" before a figure counted to the unit stresses it; before a round one it is a bound
        ("今年4至6月以务工名义入境俄罗斯的朝鲜公民多达2487人。", [(2487, "exact")]),
        ("今年4至6月以务工名义入境俄罗斯的朝鲜公民多达2500人。", [(2500, "at_most")]),
    ],
)
def test_as_many_as_a_counted_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "zh", "quantity", "qualifier", doc_date=D) == expected
