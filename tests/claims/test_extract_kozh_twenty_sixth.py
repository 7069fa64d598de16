"""Korean and Chinese forms met in the twenty-sixth held-out round: the wounded with a hedge
after their counter, "not one" stated with a negated verb, prices in kip, and shares by sex."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded, their hedge after the counter ("명 가까이", "명 남짓")
        ("파병된 북한군 8천여명 중 50명이 숨지고 700명 가까이 부상했다고 한다.", [8000]),
        ("북한군 1만명 가운데 2천명 남짓이 다친 것으로 알려졌다.", [10000]),
    ],
)
def test_wounded_with_a_hedge(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "ko", doc_date=D) == expected


def test_not_one_with_a_negated_verb() -> None:
    # "한 명도 … 않다": not one, a zero (not the native "one")
    text = "2018년 라오스에 머물던 북한 노동자는 300여명이었으나 지금은 한 명도 체류하지 않는다."
    rows = read_fields(text, "ko", "quantity", "qualifier", "unit")
    assert rows == [(300, "more_than", "workers"), (0, "exact", "workers")]


@pytest.mark.parametrize(
    "text",
    [
        # a price in kip, or what a thing sells for
        "万象的朝鲜餐馆里,一盘烤肉售价约为15万基普。",
        "一份套餐的售價大約是5萬元。",
    ],
)
def test_prices(text: str) -> None:
    assert read_quantities(text, "zh", doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the share of women or men among the people counted is not a flow
        ("zh", "今年上半年抵达韩国的脱北者为98人,其中女性约占七成。", [98]),
        ("zh", "今年上半年抵達韓國的脫北者為98人,其中男性佔30%左右。", [98]),
        ("ko", "올해 상반기 입국한 탈북민은 98명이며 이 가운데 여성이 75% 이상을 차지했다.", [98]),
        # a purpose's share stays
        ("zh", "今年入境的朝鲜公民共1.2万人次,其中以学习为目的者约占六成。", [12000, 60]),
    ],
)
def test_shares_by_sex(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_a_later_years_figure_set_against_an_earlier_one() -> None:
    # "2018년 … 1천100명이었던 점을 고려하면 지난해 수치는 그 세 배": the ratio is the later
    # year's claim, measured against the earlier figure (which keeps no comparison)
    text = (
        "당국자는 2018년 한 해 취업 목적 입국자가 1천100명이었던 점을 고려하면 "
        "지난해 수치는 그 세 배에 가깝다고 말했다."
    )
    rows = read_fields(text, "ko", "quantity", "period", "comparison")
    assert rows == [
        (1100, "2018", None),
        (None, "2024", {"kind": "ratio", "value": 3.0, "baseline_period": "2018"}),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "this figure", a concession naming an earlier year, then a record: the record is
        # said of the figure just given, at its period
        (
            "zh",
            "今年第一季度入境俄罗斯的朝鲜公民为4200人次。"
            "這個數字雖然低於2018年同期,但已創下2021年以來同期新高。",
        ),
        (
            "ko",
            "올해 1분기 러시아에 입국한 북한 주민은 4천200명이었다. "
            "이 수치는 2018년 같은 기간에는 못 미치지만 2021년 이후 가장 많다.",
        ),
    ],
)
def test_a_record_after_a_concession(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "quantity", "period", "comparison")
    assert rows == [
        (4200, "2025-Q1", None),
        (None, "2025-Q1", {"kind": "record", "value": None, "baseline_period": "2021"}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a number of days is no day of the month: the figure keeps the article's quarter
        "올해 2분기 러시아로 간 북한 노동자는 900명이었다. "
        "이 통계는 보통 분기 종료 후 40일 안팎에 나온다며 노동자 수가 20% 늘었다고 덧붙였다.",
        "올해 2분기 러시아로 간 북한 노동자는 900명이었다. "
        "당국은 분기가 끝나고 10일 만에 자료를 냈으며 노동자 수가 20% 늘었다고 밝혔다.",
    ],
)
def test_a_number_of_days_is_no_date(text: str) -> None:
    rows = read_fields(text, "ko", "quantity", "period")
    assert rows == [(900, "2025-Q2"), (None, "2025-Q2")]


def test_last_years_quarter_as_the_baseline() -> None:
    # "지난해 3분기의 … 보다": the baseline quarter is last year's, not this year's
    text = (
        "올해 3분기 러시아에 입국한 북한 주민은 3천40명이었다. "
        "이는 지난해 3분기의 약 2천명보다 52% 많은 것이다."
    )
    rows = read_fields(text, "ko", "quantity", "period", "comparison")
    assert rows == [
        (3040, "2025-Q3", None),
        (2000, "2024-Q3", None),
        (None, "2025-Q3", {"kind": "percent_change", "value": 52.0, "baseline_period": "2024-Q3"}),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a clause opening with "earlier" does not take the period of the clause before it
        (
            "ko",
            "통일부는 북한이 이달 초 노동자 약 400명을 러시아로 보냈다고 밝혔으며, 앞서 "
            "일본 언론은 북한 노동자 2천명이 러시아 극동에서 일하고 있다고 보도했다.",
        ),
        (
            "zh",
            "韩国统一部表示,朝鲜本月初向俄罗斯派出约400名劳工,此前日本媒体报道称,"
            "约2000名朝鲜劳工在俄罗斯远东工作。",
        ),
    ],
)
def test_an_earlier_clause_keeps_no_period(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "quantity", "period")
    assert rows == [(400, "2025-06"), (2000, None)]


@pytest.mark.parametrize(
    "text",
    [
        # technicians and skilled hands sent abroad are workers
        "보고서는 시리아에 북한 기술자 약 70명이 머무르고 있다고 전했다.",
        "쿠웨이트 건설 현장에는 북한 기능공 120여명이 일하고 있다.",
    ],
)
def test_technicians_are_workers(text: str) -> None:
    rows = read_fields(text, "ko", "unit", "purpose")
    assert rows == [("workers", "work")]


def test_the_same_time_of_an_earlier_year() -> None:
    # "2018年同一时间": the day of the figure before, in that year
    text = (
        "当地移民部门称,截至3月1日,在该州居留的朝鲜公民共有860人。"
        "而在2018年的同一时间,该州的朝鲜公民约有3200人。"
    )
    rows = read_fields(text, "zh", "quantity", "period")
    assert rows == [(860, "2025-03-01"), (3200, "2018-03-01")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a sentence about "this figure", naming no people or purpose of its own: each of its
        # figures counts what that figure counted (defectors' arrivals: purpose "other")
        (
            "zh",
            "韩国统一部称,去年抵达韩国的脱北者为112人。"
            "这一数字比前年的89人增加了约26%,但远低于疫情前每年500人以上的水平。",
            [(112, "other"), (89, "other"), (None, "other"), (500, "other")],
        ),
        (
            "ko",
            "통일부에 따르면 지난해 국내에 입국한 탈북민은 112명이다. "
            "이 수치는 재작년의 89명보다 26% 늘어난 것이다.",
            [(112, "other"), (89, "other"), (None, "other")],
        ),
    ],
)
def test_figures_about_this_figure_keep_its_purpose(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    rows = read_fields(text, lang, "quantity", "purpose")
    assert sorted(rows, key=str) == sorted(expected, key=str)
