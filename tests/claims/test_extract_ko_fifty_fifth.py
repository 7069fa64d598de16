"""Korean forms met in rounds fifty-five and fifty-six: a stock counted at a month's end."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_month_end_stock_is_the_last_day_of_the_month() -> None:
    # "3월 말 기준": as of 31 March, not the whole of March
    got = read_fields(
        "올해 3월 말 기준 중국에 머무는 북한 노동자는 2천 명으로 집계됐다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert got == [(2000, "2025-03-31")]


def test_month_end_stock_with_hyeonjae_in_a_leap_february() -> None:
    # "2024년 2월 말 현재": the 29th
    got = read_fields(
        "2024년 2월 말 현재 러시아에 체류하는 북한 유학생은 150명이다.",
        "ko",
        "period",
        doc_date=D,
    )
    assert got == [("2024-02-29",)]


def test_figure_of_a_relative_clause_counts_the_subject_noun_after_it() -> None:
    # "2천 명을 넘었던 중국 내 북한 유학생은": the students numbered over 2,000
    got = read_fields(
        "한때 2천 명을 넘었던 중국 내 북한 유학생은 지난해 300명으로 감소했다.",
        "ko",
        "quantity",
        "unit",
        doc_date=D,
    )
    assert got == [(2000, "students"), (300, "students")]


def test_bare_eobmu_with_its_figure_in_brackets_is_business() -> None:
    # "업무 (800명)" in a list of purposes: the business category, not the tourism before it
    got = read_fields(
        "지난해 러시아에 들어간 북한 주민은 관광(300명), 업무 (800명) 순이었다.",
        "ko",
        "quantity",
        "purpose",
        doc_date=D,
    )
    assert got == [(300, "tourism"), (800, "business")]


def test_a_table_item_after_a_breakdown_takes_the_totals_period() -> None:
    # "'공무' 항목으로는 90명": one more part of the quarter's breakdown
    got = read_fields(
        "올해 1분기 중국에 입국한 북한 주민은 1천500명이었다.\n\n"
        "이 가운데 '유학' 목적이 700명, '취업' 목적은 500명이었다.\n\n"
        "대표단 방문이 포함되는 '공무' 항목으로는 90명이 들어왔다.",
        "ko",
        "quantity",
        "purpose",
        "period",
        doc_date=D,
    )
    assert got[-1] == (90, "official", "2025-Q1")


def test_a_sentence_led_by_one_purpose_after_a_breakdown_takes_the_totals_period() -> None:
    # "취업 목적 입국자는 400명": the next part of last year's breakdown by purpose
    got = read_fields(
        "지난해 중국을 찾은 북한 주민은 모두 3천 명이었다.\n\n"
        "목적별로는 유학이 1천 명, 관광이 800명이었다.\n\n"
        "취업 목적 입국자는 400명으로 집계됐다.",
        "ko",
        "quantity",
        "purpose",
        "period",
        doc_date=D,
    )
    assert got[-1] == (400, "work", "2024")


def test_troops_sent_since_a_month_have_no_period() -> None:
    # "2024년 11월부터 … 병력을 보냈다": a troop estimate running from a month, a stock
    got = read_fields(
        "북한이 2024년 11월부터 러시아에 약 1만 명의 병력을 보냈다.",
        "ko",
        "unit",
        "period",
        doc_date=D,
    )
    assert got == [("troops", None)]


def test_people_added_after_troops_sent_are_more_troops() -> None:
    # "2천여 명이 추가로 투입됐다": more of the troops counted before
    got = read_fields(
        "북한은 지난해 러시아에 병력 1만 명을 파병했다.\n\n올해 들어 2천여 명이 추가로 투입됐다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(10000, "troops", "troops"), (2000, "troops", "troops")]


def test_people_sent_elsewhere_after_workers_sent_are_workers() -> None:
    # "몽골에는 약 2천 명이 파견됐다": workers, though sent to another country
    got = read_fields(
        "북한은 지난해 러시아에 노동자 1만 명을 보냈다.\n\n몽골에는 약 2천 명이 파견됐다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        "destination",
        doc_date=D,
    )
    assert got[-1] == (2000, "workers", "work", "MN")


def test_people_sent_after_troops_sent_are_the_same_countrys() -> None:
    # "1천 명이 더 보내졌다": more of North Korea's troops
    got = read_fields(
        "북한은 지난해 러시아에 병력 1만 명을 파병했다.\n\n러시아에는 1천 명이 더 보내졌다.",
        "ko",
        "quantity",
        "unit",
        "origin",
        doc_date=D,
    )
    assert got[-1] == (1000, "troops", "KP")


def test_figure_sent_to_a_region_of_listed_countries_has_no_one_destination() -> None:
    # "쿠웨이트·카타르 등 중동에는 수백 명": several countries, not the one named before
    got = read_fields(
        "북한은 올해 러시아에 노동자 1만 명을 보냈다.\n\n"
        "몽골에는 약 2천 명, 쿠웨이트·카타르 등 중동에는 수백 명이 파견됐다.",
        "ko",
        "quantity",
        "destination",
        doc_date=D,
    )
    assert got[-2:] == [(2000, "MN"), (100, None)]


def test_figures_added_to_a_stock_as_of_a_day_take_that_day() -> None:
    # "…있다고 덧붙였다": added to the estimate as of 31 March, of the same day
    got = read_fields(
        "연구소는 올해 3월 말 기준 러시아에 있는 북한 노동자를 1만 명으로 추산했다.\n\n"
        "몽골에는 약 2천 명, 라오스에는 500명이 있다고 덧붙였다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert got[-2:] == [(2000, "2025-03-31"), (500, "2025-03-31")]
