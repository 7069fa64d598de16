"""Korean forms met in rounds sixty and sixty-one: a change between the figure it went from
("…에서") and the one it went to."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 10, 28)


def test_a_change_between_from_and_to_is_the_later_figures() -> None:
    # "2천 명에서 500여 명 늘어 2천500명에 달했다": the difference is the figure it went to's
    got = read_fields(
        "연해주의 북한 노동자는 지난해 2천 명에서 500여 명 늘어 2천500명에 달했다.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    )
    assert (2500, {"kind": "difference", "value": 500.0, "baseline_period": None}) in got
    assert not any(q == 2000 and cmp for q, cmp in got)


def test_the_date_an_article_bears_is_no_period() -> None:
    # "지난 5일자 기사에서", "9월 3일자 보도에서": the day the article was dated
    for text in (
        "[바로잡습니다] 지난 5일자 기사에서 러시아에 간 북한 노동자를 '300명'으로 잘못 "
        "표기했기에 '200명'으로 바로잡습니다.",
        "[바로잡습니다] 9월 3일자 보도에서 러시아에 간 북한 노동자를 '300명'으로 잘못 "
        "표기했기에 '200명'으로 바로잡습니다.",
    ):
        assert read_fields(text, "ko", "quantity", "period", doc_date=D) == [(200, None)]


def test_the_right_figure_of_a_correction_counts_what_the_wrong_one_did() -> None:
    # "북한 포병 인원을 '2천 명'으로 잘못 … '2백 명'으로 바로잡습니다": troops, not bare people
    got = read_fields(
        "[바로잡습니다] 앞선 기사에서 러시아에 보낸 북한 포병 인원을 '2천 명'으로 잘못 "
        "썼기에 '2백 명'으로 바로잡습니다.",
        "ko",
        "quantity",
        "unit",
        doc_date=D,
    )
    assert got == [(200, "troops")]


def test_a_list_of_countries_counted_together_is_no_one_destination() -> None:
    # "라오스, 캄보디아, 베트남 등 동남아 5개국에서 … 일하고 있다": the figure is of all of them
    for where in ("동남아 5개국에서", "적어도 5개 국가에서"):
        got = read_fields(
            f"보고서는 라오스, 캄보디아, 베트남 등 {where} 북한 노동자 수백 명이 일하고 있다고 "
            "밝혔다.",
            "ko",
            "quantity",
            "destination",
            doc_date=D,
        )
        assert got == [(100, None)]


def test_a_change_before_of_them_keeps_the_whole_figures_purpose() -> None:
    # "이는 … 50% 늘어난 것으로, 이 중 유학생이 300명": the part's purpose is not the change's
    got = read_fields(
        "올해 1~6월 러시아에 입국한 북한 주민은 2천 명으로 집계됐다. 이는 지난해 같은 기간보다 "
        "50% 늘어난 것으로, 이 중 유학생이 300명이었다.",
        "ko",
        "quantity",
        "purpose",
        doc_date=D,
    )
    assert got == [(2000, "total"), (None, "total"), (300, "study")]


def test_people_placed_at_a_building_site_are_workers() -> None:
    # "약 200명이 공사 현장에 배치돼 있다": placed at a site to work there
    got = read_fields(
        "쿠웨이트에는 북한인 약 200명이 공사 현장에 배치돼 있는 것으로 알려졌다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(200, "workers", "work")]


def test_a_figure_sent_before_more_of_a_noun_counts_that_noun() -> None:
    # "3천명을 보냈고 추가 병력도 보낼 예정": "more troops" says the figure counted troops
    got = read_fields(
        "정보당국은 북한이 러시아에 이미 3천명을 보냈고 추가 병력도 보낼 예정이라고 밝혔다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(3000, "troops", "troops")]


def test_the_dandong_customs_district_is_a_source() -> None:
    # "단둥해관에 따르면": the customs district at Dandong, which counts the crossings there
    got = read_fields(
        "단둥해관에 따르면 올해 상반기 중국에 입경한 북한 국적자는 1만 명이었다.",
        "ko",
        "quantity",
        "attribution",
        doc_date=D,
    )
    assert got == [(10000, "Dandong customs")]


def test_russian_military_bloggers_are_a_source() -> None:
    # "러시아 군사 블로거들은 … 주장했다": who claims the figure
    got = read_fields(
        "러시아 군사 블로거들은 쿠르스크에 투입된 북한군이 2만 명에 이른다고 주장했다.",
        "ko",
        "quantity",
        "attribution",
        doc_date=D,
    )
    assert got == [(20000, "Russian military bloggers")]


def test_people_a_sentenced_employer_hired_have_no_period() -> None:
    # "지난달 … 80명을 고용한 건설업체 사장에게 벌금형을 선고했다": the month dates the sentence,
    # and the hired people are of no period the article counted
    got = read_fields(
        "올해 1~6월 중국에 입국한 북한 주민은 1만 명이었다. 훈춘시 법원은 지난달 북한 노동자 "
        "80명을 몰래 고용한 건설업체 사장에게 벌금 20만 위안을 선고했다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert (80, None) in got
