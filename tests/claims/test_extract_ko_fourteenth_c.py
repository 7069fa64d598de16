"""Korean forms met in round sixty-two: explainers, Q&A, columns and digests."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 10, 28)


def test_a_departments_quota_is_places_not_people() -> None:
    # "조선어과 정원이 50명 남짓": the places of a university department, not people who came
    text = (
        "올해 러시아에 유학을 간 북한 학생은 300명이지만, 김일성종합대학 조선어과 정원이 50명 "
        "남짓이라는 점을 생각하면 많은 수다."
    )
    assert read_quantities(text, "ko", doc_date=D) == [300]


def test_kinds_of_goods_on_offer_are_no_count_of_people() -> None:
    # "상품을 30여 종 선보였다", "상품 15종을": kinds of a thing, counted with "종"
    for text in (
        "러시아 여행사들은 올봄 칠보산행 상품을 30여 종 선보였지만 판매는 부진했다.",
        "러시아 여행사들은 올봄 칠보산행 상품 15종을 선보였지만 판매는 부진했다.",
    ):
        assert read_quantities(text, "ko", doc_date=D) == []


def test_going_there_to_study_is_study() -> None:
    # "'공부하러' 간", "공부하기 위해 간": the trip's purpose said with the verb
    for text in (
        "지난 4~6월 러시아에 '공부하러' 간 북한 청년이 2100명이라는 발표를 믿기는 어렵다.",
        "올해 공부하기 위해 러시아에 간 북한 사람은 900명이다.",
    ):
        assert [p for (p,) in read_fields(text, "ko", "purpose", doc_date=D)] == ["study"]


def test_all_visitors_of_the_same_period_keep_no_purpose_of_the_figure_before() -> None:
    # "같은 기간 전체 방문자 4천 명 가운데 …": everyone who came, not the students counted before
    got = read_fields(
        "올해 4~6월 러시아에 유학 간 북한 주민은 2100명이었다. 같은 기간 전체 방문자 3400명 "
        "가운데 유학 목적이 60%를 넘는다는 것은 이상하다.",
        "ko",
        "quantity",
        "purpose",
        doc_date=D,
    )
    assert (3400, "total") in got


def test_people_dispatched_to_building_sites_are_workers() -> None:
    # "건설 현장 등에 5천여 명이 파견된": sent to work at the sites, workers
    got = read_fields(
        "국가정보원은 연해주 건설 현장 등에 5천여 명이 파견된 것으로 보고 있다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(5000, "workers", "work")]


def test_a_source_opening_the_contrasting_clause_is_not_the_figure_befores() -> None:
    # "…300명뿐이지만 통일부는 … 5천 명이 넘는다고 본다": the ministry's figure is the second
    got = read_fields(
        "러시아 당국 집계로는 북한 노동자 입국이 300명뿐이지만 통일부는 실제로 5천 명이 넘는다고 "
        "본다.",
        "ko",
        "quantity",
        "attribution",
        doc_date=D,
    )
    assert got == [(300, None), (5000, "Ministry of Unification")]


def test_the_same_period_before_a_change_on_the_year_is_the_one_given_before() -> None:
    # "같은 기간 900여 명으로 전년 동기보다 2배": the figure is of the months named before, the
    # year before is the change's baseline
    got = read_fields(
        "올해 1~9월 유학 목적으로 러시아에 간 북한 주민은 300명이었다. 반면 '취업' 목적 입국자는 "
        "같은 기간 900여 명으로 전년 동기보다 2배 늘었다.",
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    )
    assert (
        900,
        "2025-01..2025-09",
        {"kind": "ratio", "value": 2.0, "baseline_period": "2024-01..2024-09"},
    ) in got


def test_a_signed_change_after_against_is_a_percent_change() -> None:
    # "(전년 동기 대비 -40%)", "(전년 대비 +35%)": a digest's signed change; the sign is its way
    got = read_fields(
        "■ 북한→중국 2분기(4~6월) 입국: 총 950명(전년 동기 대비 -40%)",
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (
            950,
            "2025-04..2025-06",
            {"kind": "percent_change", "value": -40.0, "baseline_period": "2024-04..2024-06"},
        )
    ]
    got = read_fields(
        "올해 1~6월 러시아에 입국한 북한 주민: 1,200명(전년 대비 +35%)",
        "ko",
        "comparison",
        doc_date=D,
    )
    assert got == [
        ({"kind": "percent_change", "value": 35.0, "baseline_period": "2024-01..2024-06"},)
    ]


def test_a_question_on_how_many_troops_went_somewhere_is_answered_by_the_figure() -> None:
    # "북한군은 러시아에 얼마나 가 있나? … 약 8천 명이 파병됐다": the troops asked about, there
    got = read_fields(
        "북한군은 러시아에 얼마나 가 있나? 합참은 지난 8~9월 약 8천 명이 파병됐다고 밝혔다.",
        "ko",
        "quantity",
        "origin",
        "destination",
        doc_date=D,
    )
    assert got == [(8000, "KP", "RU")]


def test_a_purpose_read_from_the_statistics_is_the_next_part_of_the_breakdown() -> None:
    # "공식 통계상 '취업' 목적 입국은 300명": one more purpose of the total before, its period
    got = read_fields(
        "지난해 중국에 간 북한 주민은 9천 명이다. 방문 목적을 '유학'으로 적은 사람이 2천 명이다. "
        "공식 통계상 '취업' 목적 입국은 400명에 불과하다.",
        "ko",
        "quantity",
        "purpose",
        "period",
        doc_date=D,
    )
    assert (400, "work", "2024") in got


def test_an_explainers_questions_do_not_cut_a_breakdown_from_its_next_part() -> None:
    # "Q. … 2천 명 … Q. 왜 …? A. (no figures) Q. 노동자는요? A. '취업' 목적 입국은 400명": the
    # breakdown of last year's total goes on after the questions
    got = read_fields(
        "Q. 지난해 중국을 찾은 북한 주민은 몇 명인가요? A. 통계로는 9천 명입니다. "
        "Q. 유학생은요? A. 방문 목적을 '유학'으로 적은 사람이 2천 명입니다. "
        "Q. 왜 자료마다 다른가요? A. 기관마다 집계 기준이 다르기 때문입니다. "
        "Q. 노동자는요? A. '취업' 목적 입국은 400명입니다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert (400, "2024") in got


def test_a_bodys_estimate_set_against_the_statistics_is_no_part_of_them() -> None:
    # "… 400명에 불과하지만, 통일부는 … 3천여 명이 파견된 것으로 본다": the ministry's own
    # estimate, of no period the statistics gave
    got = read_fields(
        "지난해 중국에 간 북한 주민은 9천 명이다. 방문 목적을 '유학'으로 적은 사람이 2천 명이다. "
        "'취업' 목적 입국은 400명에 불과하지만, 통일부는 건설 현장 등에 3천여 명이 파견된 것으로 "
        "본다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert (400, "2024") in got and (3000, None) in got
