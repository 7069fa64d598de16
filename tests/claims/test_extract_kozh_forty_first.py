"""Korean and Chinese forms met in the forty-first and forty-second held-out rounds: a side that
speaks or sends, a headline's glued abbreviation and its break before a source, an official
named with "one", groups counted with "个" and their sum, rooms shared, a percentage set beside
its headcount, lawmakers at a hearing, visa holders, "the number of" after a relative clause,
a breakdown of entries, stock days and the day set against one, Taiwan's "年增", a span
between two relative months, a headline's change before another phrase, and "today" of a
report."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 9, 15)


def test_a_side_that_speaks() -> None:
    # "우크라이나 측은 … 주장했다": Ukraine's side is the source
    assert read_fields(
        "우크라이나 측은 북한군 수천 명이 전선에 배치됐다고 주장했다.",
        "ko",
        "attribution",
        doc_date=D,
    ) == [("Ukraine",)]


def test_the_dprk_side_sends() -> None:
    # "朝方派出": the DPRK side sends its own people
    assert read_fields(
        "据介绍,去年朝方向俄罗斯派出约300名研修生。",
        "zh",
        "quantity",
        "origin",
        doc_date=D,
    ) == [(300, "KP")]


def test_a_glued_headline_abbreviation() -> None:
    # "北근로자": the headline glues "North" to the people noun
    assert read_fields(
        "올해 中 공장에 北근로자 2천명 추가 배치", "ko", "quantity", "origin", doc_date=D
    ) == [(2000, "KP")]


def test_a_headline_break_before_the_source() -> None:
    # the country ends the phrase before the space; the source after it is Seoul's service
    assert read_fields(
        "朝鲜留学生涌入俄罗斯 韩情报部门:或已超3000人",
        "zh",
        "destination",
        "attribution",
        doc_date=D,
    ) == [("RU", "NIS")]


def test_one_official_speaking_at_an_event() -> None:
    # "一名官员在论坛期间表示": "one" is the article of who speaks, not a count
    assert read_quantities(
        "俄罗斯劳动部一名官员在圣彼得堡国际经济论坛期间表示,今年约有2000名朝鲜公民在俄务工。",
        "zh",
        doc_date=D,
    ) == [2000]


def test_groups_counted_and_their_sum() -> None:
    # "旅游团有5个": groups; "共计…人" sums them, for the purpose of the clause before
    assert read_fields(
        "今年赴俄罗斯旅游的朝鲜旅游团有5个,共计约160人。",
        "zh",
        "quantity",
        "purpose",
        doc_date=D,
    ) == [(160, "tourism")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # so many to a room: how a dormitory is laid out
        ("ko", "현지 소식통은 북한 근로자 기숙사가 6인 1실로 운영된다고 전했다."),
        ("zh", "据悉,朝鲜工人宿舍一般为6人一间。"),
    ],
)
def test_people_to_a_room(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


def test_a_percentage_beside_its_headcount() -> None:
    # "이 중 40%인 800명": the headcount is the claim, the percentage restates it
    assert read_quantities(
        "올해 러시아에 간 북한 주민은 2천 명이며, 이 중 40%인 800명이 유학생이었다.",
        "ko",
        doc_date=D,
    ) == [2000, 800]


def test_lawmakers_at_a_hearing() -> None:
    assert (
        read_quantities(
            "이날 외교통일위원회 회의에서는 의원 9명이 질의에 나섰다.", "ko", doc_date=D
        )
        == []
    )


def test_the_dprk_side_in_an_article() -> None:
    # "朝方提交的申请": the other side of the exchange is where the article's figure went
    assert read_fields(
        "远东联邦大学表示,本学年共有朝鲜留学生120名。校方还称,已收到朝方提交的60份申请。",
        "zh",
        "quantity",
        "origin",
        "destination",
        doc_date=D,
    ) == [(120, "KP", "RU"), (60, "KP", "RU")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # holders of a visa are the people its purpose names
        ("러시아에 체류 중인 북한 주민 가운데 취업 비자 소지자는 1천여 명이다.", "workers"),
        ("러시아에 체류 중인 북한 주민 가운데 유학 비자 소지자는 600여 명이다.", "students"),
    ],
)
def test_visa_holders(text: str, unit: str) -> None:
    assert read_fields(text, "ko", "unit", doc_date=D) == [(unit,)]


def test_the_number_after_a_relative_clause() -> None:
    # "2만 명에 달했던 … 북한 노동자 수": the figure is the number of workers
    assert read_fields(
        "2018년 2만 명에 달했던 중국 내 북한 노동자 수는 이후 크게 줄었다.",
        "ko",
        "quantity",
        "unit",
        doc_date=D,
    ) == [(20000, "workers")]


def test_a_breakdown_of_entries() -> None:
    # "연인원 … 이 중 유학 목적은 …명": parts of the person-trips counted before
    assert read_fields(
        "올해 상반기 러시아에 입국한 북한 주민은 연인원 9천여 명이었다. 이 중 유학 목적은 4천 명"
        " 안팎이었다.",
        "ko",
        "quantity",
        "unit",
        doc_date=D,
    ) == [(9000, "entries"), (4000, "entries")]


def test_a_stock_day_of_last_year() -> None:
    # "截至去年6月30日": that day of last year, not the month
    assert read_fields(
        "截至去年6月30日,在俄罗斯务工的朝鲜劳务人员约有3000人。", "zh", "period", doc_date=D
    ) == [("2024-06-30",)]


def test_a_stock_day_set_against_another_day() -> None:
    # "3월 1일 현재 … 1월 1일(900명)보다": both are stock days; the earlier is the baseline
    assert read_fields(
        "하바롭스크 당국에 따르면 3월 1일 현재 이 지역에 머무는 북한 국적자는 1천200명으로, 1월"
        " 1일(900명)보다 33% 늘었다.",
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    ) == [
        (
            1200,
            "2025-03-01",
            {"kind": "percent_change", "value": 33.0, "baseline_period": "2025-01-01"},
        ),
        (900, "2025-01-01", None),
    ]


def test_year_on_year_in_taiwan_press() -> None:
    # "年增4成": year on year, against the same quarter a year before
    assert read_fields(
        "今年第2季共有3100名北韓公民入境俄羅斯,年增4成。", "zh", "comparison", doc_date=D
    ) == [({"kind": "percent_change", "value": 40.0, "baseline_period": "2024-Q2"},)]


def test_from_last_month_to_this_month() -> None:
    # "지난달 중순부터 이달 초까지": the span the two relative months bound
    assert read_fields(
        "북한이 지난달 중순부터 이달 초까지 러시아에 노동자 약 2천 명을 보낸 것으로 알려졌다.",
        "ko",
        "period",
        doc_date=D,
    ) == [("2025-08..2025-09",)]


def test_a_change_in_a_headline_then_another_phrase() -> None:
    # the phrase after the space says something else of them, not the change's purpose
    assert read_fields(
        "朝鲜今年赴俄人次激增逾5倍 务工者占三成", "zh", "quantity", "purpose", doc_date=D
    ) == [(None, "total")]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # "today" dates the report, not the stock it gives
        ("南韓國防部今天向國會報告,已有約1萬2000名北韓士兵部署至俄羅斯。", None),
        # but it dates a trip made today
        ("朝鲜一个由30人组成的体育代表团今天抵达莫斯科。", "2025-09"),
    ],
)
def test_today_of_a_report(text: str, period: str | None) -> None:
    assert read_fields(text, "zh", "period", doc_date=D) == [(period,)]
