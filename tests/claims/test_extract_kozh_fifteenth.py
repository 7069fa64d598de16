"""Korean and Chinese forms met in the fifteenth held-out round: a country "abroad" before its
people ("朝鲜在海外的劳工"), prisoners of war, a post's likes and reposts, shares in tenths
("八成以上"), changes said in words ("减少一半", "翻番"), "this week", a stock "now" after a
trend since a year."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities, read_rows

D = date(2025, 7, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "在海外" between the country and its people: the country's own people, abroad
        (
            "据估计,朝鲜在境外的劳工约有5万人。",
            [(50000, "approx", "workers", "KP", None, "work", None, None)],
        ),
        (
            "朝鲜在国外的劳务人员总数大约在8万人左右。",
            [(80000, "approx", "workers", "KP", None, "work", None, None)],
        ),
    ],
)
def test_country_abroad_before_its_people(text: str, expected: list[object]) -> None:
    assert read_rows(text, "zh", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # prisoners of war, taken or held, are not a flow
        ("ko", "전사자는 1천여 명, 포로로 붙잡힌 병사는 3명으로 집계됐다.", []),
        ("zh", "乌方称目前仍关押5名朝鲜战俘。", []),
        ("zh", "据报道,乌军已俘获4名朝鲜籍战俘。", []),
        # troops sent still count
        ("zh", "朝鲜向俄罗斯派遣了约3000名士兵。", [3000]),
    ],
)
def test_prisoners_of_war(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's likes and reposts count its readers
        ("这篇文章发布于2025年6月,目前已有1.5万人点赞。", []),
        ("在丹东看到不少朝鲜工人排队过关 #丹东# 转发破8000", []),
        ("帖子阅读量10万,评论里有人说去年有约2000名朝鲜工人来到丹东。", [2000]),
    ],
)
def test_post_counts(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "zh", doc_date=D) == expected


def _comparisons(text: str, lang: str, doc_date: date = D) -> list[tuple[object, ...]]:
    return read_fields(
        text, lang, "quantity", "unit", "purpose", "period", "comparison", doc_date=doc_date
    )


def test_doubling_said_by_someone_of_this_figure() -> None:
    # "翻番" doubles; "X称,这一数字…" is still "this figure" (the troops just counted), and
    # "年底前" is by the end of the document's year
    text = "据报道,目前约有8000名朝鲜士兵在俄罗斯。韩方则表示,这一数字到年底前可能会翻番。"
    assert _comparisons(text, "zh", date(2024, 10, 30)) == [
        (8000, "troops", "troops", None, None),
        (None, "troops", "troops", "2024", {"kind": "ratio", "value": 2, "baseline_period": None}),
    ]


def test_this_figure_after_a_part() -> None:
    # "这一数字" right after a part of a total is that part, not the total
    text = (
        "2024年第三季度约有5000名朝鲜公民入境俄罗斯。其中以“工作”为目的入境的约900人。"
        "这一数字比前一季度增加了约300人。"
    )
    rows = _comparisons(text, "zh")
    assert rows[-1] == (
        None,
        "persons",
        "work",
        "2024-Q3",
        {"kind": "difference", "value": 300, "baseline_period": "2024-Q2"},
    )


def test_this_week() -> None:
    # "这周" falls in the document's month
    text = "听口岸的工作人员说,这周已有约三百名朝鲜工人从丹东入境。"
    assert read_fields(text, "zh", "quantity", "period", doc_date=date(2025, 4, 16)) == [
        (300, "2025-04")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share in tenths after "占": 70%, with its hedge after 成
        ("其中在中国的合计占了七成以上。", [(70, "at_least", "percent")]),
        (
            "其中第二季度佔五成左右,達2,300人次。",
            [(50, "approx", "percent"), (2300, "exact", "entries")],
        ),
        # the share of a figure just given
        (
            "以“工作”为目的入境的达3120人次,占比近四成。",
            [(3120, "exact", "entries"), (40, "approx", "percent")],
        ),
        # not a change in tenths ("增长了约三成" is read as a comparison), nor a share of
        # nothing counted
        ("中国占了九成。", []),
    ],
)
def test_shares_in_tenths(text: str, expected: list[object]) -> None:
    assert read_fields(text, "zh", "quantity", "qualifier", "unit", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a trend since a year, then the stock "now": no period
        (
            "ko",
            "중국 내 북한 노동자는 2022년 이후 계속 늘어 현재 3만 명 이상으로 추정된다.",
            [(30000, None)],
        ),
        ("zh", "在俄朝鲜劳工2023年以来持续增加,目前已达1.5万人。", [(15000, None)]),
        # a count since a year stays from then to the document's month
        (
            "ko",
            "2024년 이후 누적 기준으로 러시아에 파견된 북한 노동자는 2만 명에 달한다.",
            [(20000, "2024-01..2025-07")],
        ),
    ],
)
def test_stock_now_after_a_trend_since(lang: str, text: str, expected: list[object]) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected
