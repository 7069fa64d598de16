"""Korean forms met in round sixty-three: regional statements, NK-watcher outlets, reviews."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 20)


def test_the_provinces_of_a_regions_name_are_no_count() -> None:
    # "동북 3성의", "동북3성 지역": the three provinces of Northeast China, not three people
    for text, want in (
        ("북한은 중국 동북 3성의 봉제공장에 여성 노동자 약 5천 명을 보냈다.", [5000]),
        ("동북3성 지역 식당에서 일하는 북한 종업원은 1천여 명이다.", [1000]),
    ):
        assert read_quantities(text, "ko", doc_date=D) == want


def test_a_schools_teaching_staff_is_no_flow() -> None:
    # "교수는 14명", "교직원은 약 300명": the teachers a school has, not people who came
    for text in (
        "이 학교는 1920년에 세워졌고, 지금 러시아어 전공 교수는 9명이다.",
        "블라디보스토크의 한 대학에서 일하는 교직원은 약 300명이다.",
    ):
        assert read_quantities(text, "ko", doc_date=D) == []
    # the watched nationals named right before the teachers: they are the flow
    assert read_quantities("북한 교수 15명이 올해 러시아에 파견됐다.", "ko", doc_date=D) == [15]


def test_a_catch_counted_in_tonnes_says_what_grew() -> None:
    # "명태 … 12% 늘린 23만t": the "명" of "명태" (pollock) is no counter of people, and "t"
    # counts tonnes, so the change is the catch's
    for text in (
        "연해주 당국은 내년 명태 어획량을 올해보다 8% 늘린 15만t으로 잡았다.",
        "올해 명태 가공품 수출량은 20% 줄어 3만 톤에 그쳤다.",
    ):
        assert read_quantities(text, "ko", doc_date=D) == []


def test_people_an_employer_took_on_are_workers_at_work() -> None:
    # "190명이 새로 고용됐다", "250명을 새로 고용했다": hired, so at work
    for text in (
        "하바롭스크주에서는 올해 건설 분야에 북한인 약 320명이 새로 고용됐다.",
        "러시아 농장들은 지난해 북한인 250명을 새로 고용했다.",
    ):
        assert read_fields(text, "ko", "unit", "purpose", doc_date=D) == [("workers", "work")]


def test_a_regional_interior_bureau_is_that_regions_mvd() -> None:
    # "연해주 내무국은", "아무르주 내무국에 따르면": a regional bureau ("국"), as zh "内务局"
    for text, want in (
        (
            "연해주 내무국은 지난달 기준 연해주에 머무는 북한 국적자가 2천400여 명이라고 밝혔다.",
            "MVD Primorsky Krai",
        ),
        (
            "아무르주 내무국에 따르면 올해 1분기 북한 노동자 350명이 아무르주에 들어왔다.",
            "MVD Amur Oblast",
        ),
    ):
        assert read_fields(text, "ko", "attribution", doc_date=D) == [(want,)]


def test_the_dprk_consulate_in_vladivostok_speaks_for_itself() -> None:
    # "주블라디보스토크 북한 총영사관 측은", "블라디보스토크 주재 북한 총영사관 관계자는"
    for text in (
        "주블라디보스토크 북한 총영사관 측은 올봄 북한 유학생 120명이 연해주에 왔다고 밝혔다.",
        "블라디보스토크 주재 북한 총영사관 관계자는 북한 관광객 60명이 다녀갔다고 말했다.",
    ):
        assert read_fields(text, "ko", "attribution", doc_date=D) == [
            ("DPRK Consulate General in Vladivostok",)
        ]


def test_a_stock_on_a_bare_day_is_that_day() -> None:
    # "지난 1일 기준", "지난 20일 현재": the latest such day not after the document (20 November)
    for text, want in (
        (
            "러시아 당국은 지난 3일 기준 하바롭스크에 머무는 북한 국적자가 2천여 명이라고 밝혔다.",
            "2025-11-03",
        ),
        (
            "러시아 당국은 지난 25일 현재 하바롭스크에 머무는 북한 국적자가 2천여 명이라고 밝혔다.",
            "2025-10-25",
        ),
    ):
        assert read_fields(text, "ko", "period", doc_date=D) == [(want,)]


def test_people_given_a_permit_are_the_ones_counted() -> None:
    # "노동자 1,280명에게 취업 허가를 내줬다": the workers who got it, not permits
    for text, want in (
        ("아무르주는 올해 북한 노동자 640명에게 노동 허가를 내줬다.", "workers"),
        ("연해주 당국은 북한 유학생 90명에게 체류 허가를 발급했다.", "students"),
    ):
        assert read_fields(text, "ko", "unit", doc_date=D) == [(want,)]
