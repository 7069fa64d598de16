"""Korean forms met in rounds fifty-three and fifty-four: an answer to a question about a
quarter compared with "the same period last year"."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2024, 10, 20)


def test_answer_against_the_same_period_last_year_is_the_asked_quarter_a_year_before() -> None:
    # "올해 3분기 … 몇 명일까? 2천 명으로 지난해 같은 기간보다 30% 늘었다": against 2023-Q3
    got = read_fields(
        "올해 3분기 중국에 들어간 북한 노동자는 몇 명일까? "
        "2천 명으로 지난해 같은 기간보다 30% 늘었다.",
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (
            2000,
            "2024-Q3",
            {"kind": "percent_change", "value": 30, "baseline_period": "2023-Q3"},
        )
    ]


def test_hangul_north_before_an_arrow_sends_its_nationals() -> None:
    # "북→중 노동자 입국": from North Korea to China (a post's shorthand)
    got = read_fields(
        "상반기 북→중 노동자 입국 2천명",
        "ko",
        "quantity",
        "origin",
        "destination",
        doc_date=D,
    )
    assert got == [(2000, "KP", "CN")]


def test_an_arrow_before_a_percentage_gives_the_way_of_the_change() -> None:
    # "전년 대비 ▼12%": down 12% on the same months a year before
    got = read_fields(
        "상반기 중국에 들어간 북한 노동자 2천명, 전년 동기 대비 ▼12%",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (
            2000,
            {"kind": "percent_change", "value": -12, "baseline_period": "2023-01..2023-06"},
        )
    ]


def test_a_comparison_said_next_in_the_same_paragraph_is_the_figures() -> None:
    # "…2천 명 정도입니다. 전년보다 40% 늘어난 셈이죠.": one claim, 2,000 up 40% on 2023
    got = read_fields(
        "지난해 중국에 들어간 북한 노동자는 2천 명 정도입니다. 전년보다 40% 늘어난 셈이죠.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    )
    assert got == [(2000, {"kind": "percent_change", "value": 40, "baseline_period": "2022"})]


def test_a_contrast_after_a_speaker_cue_goes_on_with_the_breakdown() -> None:
    # "[기자] 반면 노동 목적은 …": the cue does not stop "반면" from setting the part against
    # the one before (same nationals, same year)
    got = read_fields(
        "[앵커] 지난해 중국에 들어간 북한 주민은 5천 명이었습니다. "
        "이 가운데 유학 목적 입국이 3천여 건으로 가장 많았습니다. "
        "[기자] 반면 노동 목적 입국자는 200명에 그쳤습니다.",
        "ko",
        "quantity",
        "purpose",
        "period",
        doc_date=D,
    )
    assert got[-1] == (200, "work", "2023")


def test_part_of_workers_who_came_on_student_visas_are_workers() -> None:
    # "노동자 … 이 가운데 3천여 명은 유학 비자로 입국": the visa is how they came
    got = read_fields(
        "지난해 중국으로 간 북한 노동자는 1만 명이었다. 이 가운데 3천여 명은 유학 비자로 입국했다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(10000, "workers", "work"), (3000, "workers", "work")]


def test_among_them_points_back_to_the_figure_before() -> None:
    # "노동자 … 이들 중 6천여 명이": a part of last year's workers
    got = read_fields(
        "지난해 러시아로 간 북한 노동자는 2만 명을 넘었다. "
        "당국은 이들 중 6천여 명이 건설 현장에 투입된 것으로 본다.",
        "ko",
        "quantity",
        "unit",
        "period",
        doc_date=D,
    )
    assert got == [(20000, "workers", "2023"), (6000, "workers", "2023")]


def test_a_troop_strength_reported_last_month_has_no_period() -> None:
    # "지난달 … 북한군이 약 1만 명에 달한다고 밝혔다": last month dates the report, not a
    # deployment
    got = read_fields(
        "미 국방부는 지난달 러시아에 있는 북한군이 약 1만 명에 달한다고 밝혔다.",
        "ko",
        "quantity",
        "unit",
        "period",
        doc_date=D,
    )
    assert got == [(10000, "troops", None)]
