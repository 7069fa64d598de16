"""Korean and Chinese forms met in the twenty-first held-out round: business days, grant codes,
word counts, giveaways, table numbers and "the same person"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # working days a visa takes, with visas named in the sentence
        ("ko", "러시아 노동비자는 발급까지 보통 15영업일이 걸린다고 대사관은 밝혔다."),
        ("ko", "중국 취업비자 심사는 통상 7근무일 안에 끝난다."),
        ("zh", "赴俄工作签证一般需要12个工作日才能办好。"),
        # a grant code and the length of a paper in characters
        ("zh", "该论文获省社科规划项目（24ZDA117）支持，正文约2.6万字，讨论朝鲜工人问题。"),
        ("ko", "이 연구는 과제번호 21KR0457로 지원을 받았으며 북한 노동자 문제를 다룬다."),
        # a giveaway to readers of a post
        ("zh", "今天在丹东看到朝鲜工人下班了，评论抽5位粉丝送特产。"),
        # a table's number before its heading
        ("zh", "表2 朝鲜公民入境中国（单位：人次）"),
        # "the same person" and decimal places in a table note
        ("zh", "说明：同一人一年内多次入境按多人次计；比例保留两位小数。"),
    ],
)
def test_not_flows(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the guards stay narrow: a count of workers after a code-like word is kept
        ("zh", "据统计，去年有800名朝鲜工人入境中国。", [800]),
        ("ko", "지난해 북한 노동자 15명이 러시아에 들어왔다.", [15]),
    ],
)
def test_counts_kept(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_share_after_a_count_in_hundreds() -> None:
    # "6천4백여 명으로 전체의 약 45%를 차지": the share of the purpose's count, written in
    # thousands and hundreds with the "over" mark
    text = (
        "작년 러시아에 입국한 북한 주민 가운데 취업 목적은 6천4백여 명으로 "
        "전체의 약 45%를 차지했다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "purpose")
    assert (45, "percent", "work") in rows


def test_correction_figure_that_is_right() -> None:
    # "'…명'이 맞아 바로잡습니다": the quoted figure that "is right" is the one given, and it
    # counts the flow the wrong figure was said of
    text = (
        "[바로잡습니다] 지난 3일자 기사에서 지난해 취업 목적으로 중국에 들어간 북한 주민을 "
        "'4천 150명'으로 적었으나, 중국 해관 통계 확인 결과 '2천 870명'이 맞습니다."
    )
    assert read_fields(text, "ko", "quantity", "purpose", "destination") == [(2870, "work", "CN")]


def test_bare_headcount_is_of_the_figure_before() -> None:
    # "估计人数为…人" with no nationals named: the headcount of the troops just counted
    text = "美国国防部称,约有9000名朝鲜军人已抵达俄罗斯。另据北约官员估计,人数为9500至1.1万人。"
    assert read_fields(text, "zh", "quantity", "unit", "purpose") == [
        (9000, "troops", "troops"),
        (9500, "troops", "troops"),
        (11000, "troops", "troops"),
    ]


def test_headcount_of_named_nationals_is_its_own() -> None:
    # the guard: "朝鲜公民人数为…" names whose headcount it is, and keeps its own reading
    text = "去年赴俄留学的朝鲜学生约2500人。今年入境俄罗斯的朝鲜公民人数为1.4万人。"
    assert read_fields(text, "zh", "quantity", "unit", "purpose") == [
        (2500, "students", "study"),
        (14000, "persons", "total"),
    ]


def test_one_group_alone_after_a_change() -> None:
    # "…增长了两倍，仅这一批就有四十多人": the change stands on its own (a comparison-only
    # claim); the one group's figure after it does not take it, but is of the same flow
    text = "领队说今年一季度赴俄旅游的朝鲜公民比去年同期翻了一番，仅这一批就有四十多人。"
    rows = read_fields(text, "zh", "quantity", "purpose", "comparison")
    assert rows[0][0] is None and rows[0][1] == "tourism"
    assert rows[0][2] is not None and rows[0][2]["value"] == 2
    assert rows[1][:3] == (40, "tourism", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a table's signed year-on-year change
        ("今年1至6月朝鲜公民入境俄罗斯5210人次，同比 +37.5%。", 37.5),
        ("今年1至6月朝鲜公民入境俄罗斯5210人次，同比-8%。", -8.0),
    ],
)
def test_signed_year_on_year_change(text: str, value: float) -> None:
    assert read_fields(text, "zh", "quantity", "comparison") == [
        (5210, {"kind": "percent_change", "value": value, "baseline_period": "2024-01..2024-06"})
    ]


def test_table_lines_go_on_in_the_tables_unit() -> None:
    # a unit note "(단위: 건)" makes the bare figures entries, and so does a line that goes on
    # with the table's cells; a year-ago cell then "同比" is the year-ago level and the change
    # of the table's own period
    ko = (
        "[표] 북한 국적자 중국 입국 현황(단위: 건) ― 2024년 1분기 812 / 2분기 1,033\n\n"
        "― 3분기 1,270 / 4분기 1,402"
    )
    assert read_fields(ko, "ko", "quantity", "unit", doc_date=date(2025, 2, 1)) == [
        (812, "entries"),
        (1033, "entries"),
        (1270, "entries"),
        (1402, "entries"),
    ]
    zh = (
        "表3 朝鲜公民入境中国（单位：人次）｜2025年上半年合计 4,420\n\n"
        "｜去年同期合计 3,980｜同比 +11.1%｜"
    )
    assert read_fields(zh, "zh", "quantity", "unit", "period", "comparison") == [
        (4420, "entries", "2025-01..2025-06", None),
        (3980, "entries", "2024-01..2024-06", None),
        (
            None,
            "entries",
            "2025-01..2025-06",
            {"kind": "percent_change", "value": 11.1, "baseline_period": "2024-01..2024-06"},
        ),
    ]


def test_the_years_total_beside_a_quarter() -> None:
    # "연간 합계 …": the whole year's total, not the quarter named beside it; its change is
    # against the year before
    text = (
        "[표] 북한 국적자 중국 입국 현황(단위: 건) ― 2024년 3분기 905\n\n"
        "― 4분기 1,118 / 연간 합계 3,870(전년 대비 22.5% 증가)"
    )
    assert read_fields(text, "ko", "quantity", "period", "comparison", doc_date=date(2025, 2, 1))[
        -2:
    ] == [
        (1118, "2024-Q4", None),
        (3870, "2024", {"kind": "percent_change", "value": 22.5, "baseline_period": "2023"}),
    ]


def test_bracketed_previous_year_figure_and_drawn_up_date() -> None:
    # "(전년 980명)": the bracket's figure is the year before's, and it does not lend that year
    # to the figure before it; "작성 기준일 …" dates the table, not the flow
    text = (
        "라오스 이민국 집계 북한 국적 입국자는 860명(전년 980명)이며, "
        "표 작성 기준일은 2025년 1월 15일이다."
    )
    assert read_fields(text, "ko", "quantity", "period", doc_date=date(2025, 2, 1)) == [
        (860, None),
        (980, "2024"),
    ]


def test_corrected_period_and_same_period_figure() -> None:
    # "其中“前三季度”应为“上半年”": the figure is of the right period, and the article goes on
    # with it ("去年同期"); the same period's bare figure counts what the one before counted
    text = (
        "更正：本报10月3日报道称“前三季度经丹东入境中国务工的朝鲜公民约六千人”，"
        "其中“前三季度”应为“上半年”，特此更正。\n\n"
        "该报道另称去年同期为4200人左右，此数据无误。"
    )
    assert read_fields(text, "zh", "quantity", "purpose", "period", doc_date=date(2025, 10, 9)) == [
        (6000, "work", "2025-01..2025-06"),
        (4200, "work", "2024-01..2024-06"),
    ]


def test_same_period_figure_after_a_breakdown_keeps_its_own_purpose() -> None:
    # the guard: after figures of several purposes, the same period's figure is the whole flow
    text = (
        "今年上半年入境俄罗斯的朝鲜公民中，学习目的3100人次，工作目的70人次。\n\n"
        "去年同期为2600人次。"
    )
    rows = read_fields(text, "zh", "quantity", "purpose", doc_date=date(2025, 8, 1))
    assert rows[-1] == (2600, "total")


def test_countries_respectively_with_hedged_figures() -> None:
    # "베트남과 캄보디아에 머물고 있는 … 각각 400명 가량, 200명 이하": the i-th hedged figure
    # goes to the i-th country, and a figure after them is of neither
    text = (
        "당국자는 베트남과 캄보디아에 머물고 있는 북한 노동자를 각각 400명 가량, 200명 이하로 "
        "본다고 말했다.\n\n"
        '또 올해 들어서도 "수십 명 규모의 이동이 확인됐다"고 덧붙였다.'
    )
    rows = read_fields(text, "ko", "quantity", "destination")
    assert rows[:2] == [(400, "VN"), (200, "KH")]
    assert all(d is None for _, d in rows[2:])


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        # "같은 해", "同年": the year of the figure the sentence before led with (not of a
        # pre-pandemic figure it was set against)
        (
            "ko",
            "2023년 중국에 입국한 북한 주민은 9천여 명으로, 2018년의 1만5천 명에는 못 미쳤다.\n\n"
            "같은 해 취업 목적 입국자는 4천여 명이었다.",
            "2023",
        ),
        (
            "zh",
            "2024年入境中国的朝鲜公民约1.1万人次，低于2019年的2.3万人次。\n\n"
            "同年以务工为目的入境者约4600人次。",
            "2024",
        ),
    ],
)
def test_the_same_year(lang: str, text: str, period: str) -> None:
    rows = read_fields(text, lang, "quantity", "period", doc_date=date(2025, 5, 2))
    assert rows[-1][1] == period


def test_that_overseas_is_not_that_year() -> None:
    # "그 해외 노동자": "those overseas workers", not "that year"
    text = (
        "2023년 중국에 입국한 북한 주민은 9천여 명으로, 2018년의 1만5천 명에는 못 미쳤다.\n\n"
        "그 해외 노동자 가운데 300명이 러시아로 옮겼다."
    )
    rows = read_fields(text, "ko", "quantity", "period", doc_date=date(2025, 5, 2))
    assert rows[-1][1] != "2023"
