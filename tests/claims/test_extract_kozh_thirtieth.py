"""Korean and Chinese forms met in the thirtieth round: the steps and points of a rating scale,
a post's likes and reads, households and trains counted; the country that will send, and that
sent in the clause before; a record for one quarter; a change from one figure to another in
Korean; "in the area of", "in (a country)" as where people are; a stock on a day of a relative
month; the day or month a statement was made; restaurant staff; the same period's figure of a
sentence that names its nationals; "since the end of last year"; "locally"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

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
        ("zh", "这条帖文收到了2100多个点赞。"),
        # households, and trains a group travels in
        ("zh", "该小区占地12公顷,共2,450户,预计明年交房。"),
        ("zh", "据报道,这批朝鲜工人分乘3列专列抵达。"),
    ],
)
def test_counts_of_things_are_no_claims(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


def test_a_claim_quoted_without_a_but_stays() -> None:
    text = "한 유튜버는 '북한 노동자 5만 명이 이미 러시아에 파견됐다'고 주장했다."
    assert read_quantities(text, "ko", doc_date=D) == [50000]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "보낼 가능성", "보내기로": a country that will send (or plans to) is the sender
        ("국정원은 북한이 병력 수천 명을 더 보낼 가능성이 있다고 밝혔다.", [(1000, "KP", None)]),
        ("군 당국은 북한이 수백 명의 공병을 추가로 보내기로 했다고 본다.", [(100, "KP", None)]),
        # the sender named in the clause before the figure's is where they came from
        (
            "러시아에 파병된 북한군은 1만명 안팎이다.\n\n국정원은 북한이 병력을 더 보낼 수 "
            "있다고 보고 있으며, 이달 초에는 공병 500명가량이 이미 건너간 것으로 파악했다.",
            [(10000, "KP", "RU"), (500, "KP", "RU")],
        ),
    ],
)
def test_the_country_that_sends(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "ko", "quantity", "origin", "destination", doc_date=D) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "创单季新高", "創單月新高": the highest for one quarter (or month)
        "今年第二季度朝鲜公民入境俄罗斯5120人,创单季新高。",
        "今年第二季度北韓公民入境俄羅斯5120人,創下單季最高紀錄。",
    ],
)
def test_a_record_for_one_quarter(text: str) -> None:
    rows = read_fields(text, "zh", "quantity", "period", "comparison", doc_date=D)
    assert rows == [(5120, "2025-Q2", {"kind": "record", "value": None, "baseline_period": None})]


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        # "A건에서 B건으로 N배": the change is measured against the figure it went from
        (
            "'유학' 목적 입국은 2023년 840건에서 지난해 3천360건으로 4배 늘었다.",
            {"kind": "ratio", "value": 4.0, "baseline_period": "2023"},
        ),
        (
            "북한 노동자 입국은 2023년 2천명에서 지난해 2천500명으로 25% 늘었다.",
            {"kind": "percent_change", "value": 25.0, "baseline_period": "2023"},
        ),
    ],
)
def test_a_change_from_one_figure_to_another(text: str, comparison: dict[str, object]) -> None:
    rows = read_fields(text, "ko", "period", "comparison", doc_date=D)
    assert rows[-1] == ("2024", comparison)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "훈춘 일대": the area of a city is where they are, before a country in the next clause
        (
            "훈춘 일대 수산물 공장에서 일하는 북한 노동자는 2만 명가량이고, 러시아에는 "
            "건설 노동자 1만 명이 있다.",
            [(20000, "CN"), (10000, "RU")],
        ),
        # "라오스에서는": in that country, not the one a clause before named
        (
            "지난해 몽골에 입국한 북한 주민은 350명이고, 캄보디아에서는 북한 노동자 수십 명이 "
            "일하고 있다.",
            [(350, "MN"), (10, "KH")],
        ),
    ],
)
def test_where_they_are(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "ko", "quantity", "destination", doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # "지난달 20일 현재", "이달 5일 기준": a stock on that day of the month named relatively
        ("연해주 당국은 지난달 20일 현재 북한 유학생이 약 450명이라고 밝혔다.", "2025-08-20"),
        ("이달 5일 기준 연해주에 머무는 북한 주민은 1천300여 명이다.", "2025-09-05"),
    ],
)
def test_a_stock_on_a_day_of_a_relative_month(text: str, period: str) -> None:
    assert read_fields(text, "ko", "period", doc_date=D) == [(period,)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "周三(10日)表示": the day in brackets after its weekday dates the statement
        ("zh", "日本防衛省周三(10日)表示,約2000名北韓士兵已被派往俄羅斯。", [(2000, None)]),
        # "2025년 8월 국정감사에서": the month (and year) of the hearing where it was said
        (
            "ko",
            "국방부는 2025년 8월 국정감사에서 러시아에 있는 북한 노동자를 2만 명가량으로 봤다.",
            [(20000, None)],
        ),
    ],
)
def test_when_it_was_said(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected


def test_restaurant_staff_are_workers() -> None:
    # "餐馆员工": staff sent abroad to earn are workers
    text = "柬埔寨官方称,在柬朝鲜餐馆员工约有六十人。"
    assert read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D) == [
        (60, "workers", "work")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # after a sentence about troops, one that names the nationals it counts counts them in
        # the same period too
        (
            "zh",
            "北韓已向俄羅斯增派約2000名士兵。\n\n"
            "今年1至3月朝鲜公民赴俄人数约450人,低于去年同期的900人。",
        ),
        (
            "ko",
            "북한은 러시아에 병력 약 2천 명을 추가로 보냈다.\n\n"
            "올해 1분기 러시아에 간 북한 주민은 450명으로 지난해 같은 기간 900명보다 적었다.",
        ),
    ],
)
def test_the_same_period_of_the_nationals_named(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D)
    assert rows[1:] == [(450, "persons", "total"), (900, "persons", "total")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "since the end of last year" is no year's count
        ("zh", "朝鲜去年底以来已向俄罗斯增派约2500名士兵。"),
        ("zh", "北韓2024年末以來已向俄羅斯增派約2500名士兵。"),
        ("ko", "북한은 지난해 말 이후 러시아에 병력 약 2천500명을 추가로 파병했다."),
        ("ko", "북한은 2024년 말부터 러시아에 병력 약 2천500명을 추가로 파병했다."),
    ],
)
def test_since_the_end_of_a_year(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [(2500, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "在当地", "현지에서": in the place the article is about, even "now"
        (
            "zh",
            "蒙古国统计局称,今年上半年入境蒙古的朝鲜公民为310人。\n\n"
            "报道还提到,在当地建筑工地工作的朝鲜工人目前约有90人。",
        ),
        (
            "ko",
            "몽골 통계청에 따르면 올해 상반기 몽골에 입국한 북한 주민은 310명이다.\n\n"
            "현지에서 건설 현장에 일하는 북한 노동자는 현재 90명가량이다.",
        ),
    ],
)
def test_locally_is_where_the_article_is(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "quantity", "destination", doc_date=D)
    assert rows == [(310, "MN"), (90, "MN")]
