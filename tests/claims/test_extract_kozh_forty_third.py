"""Korean and Chinese forms met in the forty-third and forty-fourth held-out rounds: two months
sharing one "月", the day or month a speaker said something, and a breakdown opened right after
the sentence's own figure."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 5, 14)


def test_two_months_sharing_one_month_word() -> None:
    # "3、4月间": March and April, one stretch; the "3" is a month, not a count
    assert read_fields(
        "据报道,朝鲜于今年3、4月间向俄罗斯增派约2500名工兵。",
        "zh",
        "quantity",
        "period",
        doc_date=D,
    ) == [(2500, "2025-03..2025-04")]


def test_the_day_or_month_a_speaker_said_it() -> None:
    # "今天表示", "9月下旬曾表示": when it was said, not the period of the troops sent so far
    assert read_fields(
        "韩国国防部今天表示,朝鲜已向俄罗斯派出约1万2000名士兵。",
        "zh",
        "quantity",
        "period",
        doc_date=D,
    ) == [(12000, None)]
    assert read_fields(
        "乌克兰国防部长9月下旬曾表示,朝鲜准备向俄罗斯再派5000名士兵。",
        "zh",
        "quantity",
        "period",
        doc_date=D,
    ) == [(5000, None)]


def test_a_breakdown_after_the_figure_is_its_own() -> None:
    # "…已超过2万人,其中…": "of them" after the figure breaks down this figure; it does not
    # point back to the period of the figure the sentence before
    assert read_fields(
        "国防部称,朝鲜今年3月至4月间向俄罗斯增派约2000名士兵。"
        "分析人士估计,朝鲜派往俄罗斯的兵力至今已超过2万人,其中约5000人伤亡。",
        "zh",
        "quantity",
        "period",
        doc_date=D,
    ) == [(2000, "2025-03..2025-04"), (20000, None)]


def test_taiwan_growth_word() -> None:
    # "成長約30%": Taiwan's word for a rise, a percent change like "增长"
    assert read_fields(
        "去年入境俄國的北韓公民為1萬2000人,較前年成長約30%。",
        "zh",
        "quantity",
        "comparison",
        doc_date=D,
    ) == [(12000, {"kind": "percent_change", "value": 30.0, "baseline_period": "2023"})]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # wages went up, not people
        ("zh", "俄罗斯远东建筑业工资去年上涨约20%。"),
        ("ko", "러시아 건설 노동자의 월급은 지난해 약 20% 상승했다."),
    ],
)
def test_a_rise_in_wages(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


def test_a_trade_between_the_counter_and_the_noun() -> None:
    # "名服装及电子组装女工": the trade stands between the counter and the workers counted
    assert read_fields(
        "朝鲜去年向中国辽宁派遣了约1500名服装及电子组装女工。",
        "zh",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    ) == [(1500, "workers", "work")]
    # but not past the people and how they came ("名朝鲜人以商务签证"): persons
    assert read_fields(
        "去年共有近六千名朝鲜人以商务签证入境俄罗斯。",
        "zh",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    ) == [(6000, "persons", "business")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a trip on official duty is official, though "출장", "出差" alone are business
        ("ko", "지난달 훈춘을 통해 중국에 들어온 북한 공무 출장자는 450명이었다."),
        ("zh", "上月经珲春入境中国的朝鲜公务出差人员约450人。"),
    ],
)
def test_an_official_business_trip(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "purpose", doc_date=D) == [(450, "official")]


def test_korean_seafarers_are_service_personnel() -> None:
    # "선원": crews of ships, as "seafarers", «моряк», "船员"
    assert read_fields(
        "올해 1분기 중국에 들어온 북한 주민 가운데 선원은 3천400명이었다.",
        "ko",
        "quantity",
        "purpose",
        doc_date=D,
    ) == [(3400, "service_personnel")]


def test_the_quarter_figure_before_its_de() -> None:
    # "是第一季度210人的9倍": the quarter's figure stands before "的"; the ratio is the first
    # figure's, and the baseline figure counts what it counts
    assert read_fields(
        "今年4月至6月共有1890名朝鲜公民以“工作”为目的进入俄罗斯,是第一季度210人的9倍。",
        "zh",
        "quantity",
        "purpose",
        "period",
        "comparison",
        doc_date=D,
    ) == [
        (
            1890,
            "work",
            "2025-04..2025-06",
            {"kind": "ratio", "value": 9.0, "baseline_period": "2025-Q1"},
        ),
        (210, "work", "2025-Q1", None),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # read in May: the second quarter is still running, the third and fourth not begun; a
        # run of bare quarters is one year's, last year's
        ("ko", "분기별로는 2분기 910명, 3분기 2천40명, 4분기 1천730명이었다."),
        ("zh", "按季度看,第二季度910人,第三季度2040人,第四季度1730人。"),
    ],
)
def test_a_run_of_bare_quarters_is_one_year(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [
        (910, "2024-Q2"),
        (2040, "2024-Q3"),
        (1730, "2024-Q4"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the coming months are a later, open time: not the day of the stock before them
        (
            "ko",
            "국방부는 5월 1일 현재 북한군 9천 명이 러시아에 있으며, 앞으로 몇 달 안에 "
            "2천 명이 더 도착할 것이라고 밝혔다.",
        ),
        (
            "zh",
            "国防部估计,截至5月1日仍有9000名朝鲜军人在俄罗斯,并称未来几个月还将有2000名"
            "朝鲜军人抵达。",
        ),
    ],
)
def test_the_coming_months_are_no_period(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [
        (9000, "2025-05-01"),
        (2000, None),
    ]


def test_the_baseline_figure_after_its_year_counts_the_same_noun() -> None:
    # "比2020年的60名": the same counter right after the baseline's year; students, as the
    # figure compared with it
    assert read_fields(
        "该学院目前有朝鲜留学生130名,比2020年的60名增加一倍多。",
        "zh",
        "quantity",
        "unit",
        doc_date=D,
    ) == [(130, "students"), (60, "students")]


def test_a_clause_whose_subject_is_the_quarter_before() -> None:
    # "직전 분기인 1분기에는 280명": only a period, named as the quarter before; the figure
    # counts what the figure before it counts
    assert read_fields(
        "2분기 노동 목적 입국자는 2천10명으로 늘었으며, 직전 분기인 1분기에는 280명에 그쳤다.",
        "ko",
        "quantity",
        "purpose",
        doc_date=D,
    ) == [(2010, "work"), (280, "work")]


@pytest.mark.parametrize(
    "dateline",
    ["(新华社北京12日电)", "(亞太社台北12日綜合外電報導)"],
)
def test_a_dateline_day_is_the_report_day(dateline: str) -> None:
    # the day of a dateline dates the report, not the troops sent so far
    assert read_fields(
        dateline + "韩国国防部表示,朝鲜迄今已向俄罗斯派遣约1万2000名士兵。",
        "zh",
        "quantity",
        "period",
        doc_date=D,
    ) == [(12000, None)]
