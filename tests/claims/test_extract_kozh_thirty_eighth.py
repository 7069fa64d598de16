"""Korean and Chinese forms met in the thirty-eighth and thirty-ninth held-out rounds: votes and
rounds of talks, a figure inside a source's name, "that year's level", the whole of last year in
brackets, a think tank abroad, a clause whose subject is only a period, and the baseline's own
figure."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # votes and rounds of talks are not people who travelled
        ("ko", "러시아 상원은 지난 12일 북러 협정 비준안을 찬성 150표, 반대 2표로 가결했다."),
        ("zh", "朝俄两国去年围绕开通新航线举行了4轮谈判。"),
    ],
)
def test_votes_and_rounds_of_talks(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the digits of a source's name are part of the name
        ("ko", "38노스에 따르면 올해 러시아에 간 북한 유학생은 2천 명이다.", [2000]),
        ("zh", "据38北网站分析,朝鲜今年向俄罗斯派出约4000名劳工。", [4000]),
        # but not a count of nationals that only starts like the name
        ("en", "The court found the firm had hired 38 North Korean workers.", [38]),
    ],
)
def test_digits_of_a_source_name(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_a_year_level_is_the_baseline() -> None:
    # "2018년 수준의 4배": four times that year's level; 2018 is not the figure's period
    assert read_fields(
        "러시아의 북한 노동자 수가 2018년 수준의 4배로 늘었다.",
        "ko",
        "period",
        "comparison",
        doc_date=D,
    ) == [(None, {"kind": "ratio", "value": 4.0, "baseline_period": "2018"})]


def test_whole_last_year_in_brackets() -> None:
    # "지난해 전체(2천100건)의 2배": the whole of last year, counted in the same visas
    assert read_fields(
        "러시아는 올해 1∼8월 북한 국적자에게 유학 비자 4천300건을 발급해 지난해 전체(2천100건)의"
        " 2배를 넘었다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        "period",
        "comparison",
        doc_date=D,
    ) == [
        (
            4300,
            "visas",
            "study",
            "2025-01..2025-08",
            {"kind": "ratio", "value": 2.0, "baseline_period": "2024"},
        ),
        (2100, "visas", "study", "2024", None),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a think tank's country names who speaks, not where the people went
        ("ko", '미국 싱크탱크 38노스의 연구원은 "북한 노동자 수가 2020년의 5배"라고 말했다.'),
    ],
)
def test_a_think_tank_abroad(lang: str, text: str) -> None:
    assert read_fields(text, lang, "destination", doc_date=D) == [(None,)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the clause after says nothing but another period: it counts the same flow
        ("zh", "今年第三季度,朝鲜公民以“旅游”为目的入境俄罗斯2310人次,而第二季度仅为640人次。"),
        (
            "ko",
            "올해 3분기 관광 목적으로 러시아에 간 북한 주민은 2천310명이었다, 반면 2분기에는"
            " 640명에 그쳤다.",
        ),
    ],
)
def test_a_clause_of_another_period(lang: str, text: str) -> None:
    assert read_fields(text, lang, "purpose", "period", doc_date=D) == [
        ("tourism", "2025-Q3"),
        ("tourism", "2025-Q2"),
    ]


def test_the_baseline_period_figure() -> None:
    # "较第二季度的640人": the baseline's figure counts what the compared figure counts
    assert read_fields(
        "今年第三季度以“旅游”名义入境俄罗斯的朝鲜人逾2300人,较第二季度的640人增长逾2倍。",
        "zh",
        "quantity",
        "purpose",
        "period",
        doc_date=D,
    ) == [(2300, "tourism", "2025-Q3"), (640, "tourism", "2025-Q2")]


def test_a_country_a_concern_is_about() -> None:
    # "引发外界对朝鲜…的担忧": the country the concern is about is not where the people went
    assert read_fields(
        "其中以工作为目的者约4200人次,引发外界对朝鲜借劳务输出赚取外汇的担忧。",
        "zh",
        "quantity",
        "purpose",
        "destination",
        doc_date=D,
    ) == [(4200, "work", None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the lowest since a year is a record low since that year, not a span from it
        ("zh", "今年前八个月,以“旅游”为目的入境的朝鲜公民仅约650人次,为2021年以来最低。"),
        (
            "ko",
            "올해 1∼8월 관광 목적으로 러시아에 입국한 북한 주민은 650명으로 2021년 이후 최저였다.",
        ),
    ],
)
def test_lowest_since_a_year(lang: str, text: str) -> None:
    assert read_fields(text, lang, "period", "comparison", doc_date=D) == [
        (
            "2025-01..2025-08",
            {"kind": "record", "value": None, "baseline_period": "2021", "lowest": True},
        )
    ]


def test_a_record_in_the_same_period() -> None:
    # "同期…为2021年以来最低": the same months as the figure before, a record since the year
    rows = read_fields(
        "今年前八个月朝鲜公民入境俄罗斯9200人次。\n\n同期以“旅游”为目的的入境仅约650人次,"
        "为2021年以来最低。",
        "zh",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    )
    assert rows[-1] == (
        650,
        "2025-01..2025-08",
        {"kind": "record", "value": None, "baseline_period": "2021", "lowest": True},
    )


def test_breaking_through_a_mark() -> None:
    # "可能突破3万": past the mark
    assert read_fields(
        "有学者预计,今年朝鲜公民入境俄罗斯的人次可能突破3万。",
        "zh",
        "quantity",
        "qualifier",
        doc_date=D,
    ) == [(30000, "more_than")]


def test_half_as_many_again() -> None:
    # "较去年多出约一半": up by half on last year
    assert read_fields(
        "韩国统一部估计,今年在俄罗斯的朝鲜劳工可能增至1.8万人,较去年多出约一半。",
        "zh",
        "comparison",
        doc_date=D,
    ) == [({"kind": "percent_change", "value": 50.0, "baseline_period": "2024"},)]


def test_two_purposes_respectively_in_entries() -> None:
    # "分别为2140人次和65人次": the i-th figure counts the i-th purpose named before
    assert read_fields(
        "以“学习”和“旅游”为目的的入境分别为2140人次和65人次。",
        "zh",
        "quantity",
        "purpose",
        doc_date=D,
    ) == [(2140, "study"), (65, "tourism")]


def test_a_contrast_period_is_not_the_article_frame() -> None:
    # "而第二季度仅为640人次" sets another quarter beside the figure; the next sentence still
    # reads the third quarter
    rows = read_fields(
        "今年第三季度朝鲜公民入境俄罗斯6100人次。\n\n其中,以“学习”为目的的入境达2300人次,"
        "而第二季度仅为640人次。\n\n以“工作”和“商务”为目的者分别为1800人次和50人次。",
        "zh",
        "quantity",
        "period",
        doc_date=D,
    )
    assert rows[-2:] == [(1800, "2025-Q3"), (50, "2025-Q3")]


def test_two_quarters_sharing_one_word() -> None:
    # "二、三季度分别…": the second and the third quarter
    assert read_fields(
        "今年一季度朝鲜公民入境俄罗斯约400人次,二、三季度则分别增至3900人次和5100人次。",
        "zh",
        "quantity",
        "period",
        doc_date=D,
    ) == [(400, "2025-Q1"), (3900, "2025-Q2"), (5100, "2025-Q3")]


def test_a_contrast_period_is_not_the_article_frame_ko() -> None:
    # "반면 2분기에는 640명에 그쳤다": another quarter set beside the figure
    rows = read_fields(
        "올해 3분기 러시아에 입국한 북한 주민은 6천100명이었다.\n\n"
        "이 중 유학 목적은 2천300명이었고, 반면 2분기에는 640명에 그쳤다.\n\n"
        "'취업'과 '관광' 목적은 각각 1천800명, 50명이었다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert rows[-2:] == [(1800, "2025-Q3"), (50, "2025-Q3")]


def test_a_disguise_names_no_purpose() -> None:
    # "노동자 …을 유학생으로 위장해": workers passed off as students are still workers
    assert read_fields(
        "국정원은 북한이 올해 건설 노동자 약 800명을 유학생으로 위장해 러시아에 보냈다고 밝혔다.",
        "ko",
        "unit",
        "purpose",
        doc_date=D,
    ) == [("workers", "work")]


def test_a_disguise_names_no_purpose_zh() -> None:
    # "伪装成留学生的建筑工人": not students
    rows = read_fields(
        "据报道,朝鲜今年向俄罗斯派出约800名伪装成留学生的建筑工人。",
        "zh",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert len(rows) == 1 and rows[0][1] != "study"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the authors of a report are not people who travelled
        ("ko", "이 보고서는 총 180쪽으로, 연구진 4명이 2024년부터 1년에 걸쳐 작성했다."),
        ("zh", "该报告共150页,由6名研究人员历时一年撰写。"),
    ],
)
def test_a_reports_authors(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


def test_people_who_came_and_then_wrote() -> None:
    assert read_quantities(
        "북한 노동자 4천 명이 러시아에 입국해 보고서를 작성했다.", "ko", doc_date=D
    ) == [4000]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "지난달 공개된": when the figure was made public, not the period it counts
        ("ko", "러시아에 입국한 북한 주민은 지난달 공개된 잠정치로는 5천280명이었다."),
        ("zh", "据上月公布的初步统计,朝鲜公民入境俄罗斯5280人次。"),
        # "…라고 5일 밝혔다": the day it was said
        ("ko", "국정원은 러시아에 간 북한 노동자가 5천280명을 넘는다고 5일 밝혔다."),
    ],
)
def test_a_publication_date_is_not_the_period(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [(5280, None)]


def test_more_than_this_counts_the_same_people() -> None:
    # "이보다 많은 1만3000명": another estimate of the troops just counted
    rows = read_fields(
        "국가정보원은 러시아에 파병된 북한군이 1만1000여 명이라고 밝혔다.\n\n"
        "우크라이나 측은 이보다 많은 1만3000명 이상이 러시아 내 훈련장에 있다고 주장했다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        "origin",
        doc_date=D,
    )
    assert rows[-1] == (13000, "troops", "troops", "KP")
