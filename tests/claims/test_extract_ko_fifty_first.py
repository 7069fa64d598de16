"""Korean forms met in rounds fifty-one and fifty-two: ten thousands followed by a figure with a
thousands comma, people who "newly came in" in an article about workers, a panel's experts,
"this university" pointing back to the place named before, a figure that "was" before a ratio,
and an explainer's question about entries and its answer."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_ten_thousands_then_a_comma_grouped_rest_is_one_figure() -> None:
    # "2만3,118건": 23118, not 20003
    got = read_fields(
        "올해 1분기 북한 국적자의 중국 입국은 2만3,118건으로 집계됐다.",
        "ko",
        "quantity",
        doc_date=D,
    )
    assert got == [(23118,)]


def test_ten_thousands_then_a_spaced_comma_grouped_rest() -> None:
    # "1만 2,760명": 12760
    got = read_fields(
        "러시아에 머무는 북한 노동자는 1만 2,760명으로 파악됐다.",
        "ko",
        "quantity",
        doc_date=D,
    )
    assert got == [(12760,)]


def test_people_newly_come_in_after_workers_are_workers() -> None:
    # "… 노동자는 2천 명가량이다. … 300명이 새로 들어왔다": more of the workers
    got = read_fields(
        "러시아 연해주 건설현장에서 일하는 북한 노동자는 2천 명가량이다. "
        '현지 관계자는 "지난달에만 300명이 새로 들어왔다"고 전했다.',
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(2000, "workers", "work"), (300, "workers", "work")]


def test_experts_on_a_panel_are_not_a_flow() -> None:
    # "이번 심사에는 외부 교수 4명이 참여했다": a panel's members
    got = read_fields(
        "이번 평가에는 외부 교수 4명과 연구진 2명이 참여했다.",
        "ko",
        "quantity",
        doc_date=D,
    )
    assert got == []


def test_this_university_is_where_the_figure_before_went() -> None:
    # "이 대학에 다니는 북한 학생": the university named before, in Russia
    got = read_fields(
        "러시아 카잔연방대학교에 올해 북한 유학생 60명이 입학했다. "
        "이에 따라 이 대학에 다니는 북한 학생은 모두 210명이 됐다.",
        "ko",
        "quantity",
        "origin",
        "destination",
        doc_date=D,
    )
    assert got == [(60, "KP", "RU"), (210, "KP", "RU")]


def test_a_figure_that_was_then_grew_is_the_baseline() -> None:
    # "지난해 2분기에는 300건이었으니 3배로 늘어난 셈": 300 is last year's figure, the growth
    # is the article's own quarter's
    got = read_fields(
        "올해 2분기 북한 주민의 중국 입국은 900여 건이었다. "
        "지난해 2분기에는 300건이었으니 3배로 늘어난 셈이다.",
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=date(2025, 8, 20),
    )
    assert got == [
        (900, "2025-Q2", None),
        (300, "2024-Q2", None),
        (None, "2025-Q2", {"kind": "ratio", "value": 3, "baseline_period": "2024-Q2"}),
    ]


def test_an_answer_to_how_many_entries_takes_the_question_s_period_and_people() -> None:
    # "Q. 지난해 북한 유학생 입국은 얼마나 됐나요?": the answer counts last year's entries of
    # the North's nationals, into the country it names
    got = read_fields(
        "Q. 지난해 북한 유학생 입국은 얼마나 됐나요? "
        "A. 러시아 국경 통계로 보면 러시아 입국은 5천 건 남짓입니다.",
        "ko",
        "quantity",
        "origin",
        "destination",
        "period",
        doc_date=D,
    )
    assert got == [(5000, "KP", "RU", "2024")]


def test_an_answer_naming_the_country_sets_it_for_the_figures_after() -> None:
    # the question names no country ("북한 유학생 입국은 얼마나"), the answer does ("러시아
    # 입국은"): the next figure, naming none, goes there too
    got = read_fields(
        "Q. 지난해 북한 유학생 입국은 얼마나 됐나요? "
        "A. 러시아 국경 통계로 보면 러시아 입국은 5천 건 남짓입니다. "
        "2023년에는 1천 건에 그쳤습니다.",
        "ko",
        "quantity",
        "origin",
        "destination",
        doc_date=D,
    )
    assert got == [(5000, "KP", "RU"), (1000, "KP", "RU")]
