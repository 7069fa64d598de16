"""Korean forms met in rounds fifty-seven and fifty-eight: a record joined to the change before
it, a ship's capacity."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_a_record_joined_to_the_change_before_it_is_the_same_figures() -> None:
    # "전년보다 27% 늘어 2017년 이후 최대를 기록했다": the figure took the change; the record
    # after it is a second claim about that figure
    got = read_fields(
        "지난해 북한 주민의 러시아 입국은 총 9천120건으로 전년보다 27% 늘어 2017년 이후 최대를 "
        "기록했다.",
        "ko",
        "quantity",
        "unit",
        "period",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (
            9120,
            "entries",
            "2024",
            {"kind": "percent_change", "value": 27, "baseline_period": "2023"},
        ),
        (None, "entries", "2024", {"kind": "record", "value": None, "baseline_period": "2017"}),
    ]


def test_a_record_after_a_ratio_and_goes_on() -> None:
    # "직전 분기보다 3배 늘었고 2018년 이후 가장 많았다"
    got = read_fields(
        "올해 1분기 러시아에 입국한 북한 유학생은 2천 명으로, 직전 분기보다 3배 늘었고 2018년 "
        "이후 가장 많았다.",
        "ko",
        "quantity",
        "purpose",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (2000, "study", {"kind": "ratio", "value": 3, "baseline_period": "2024-Q4"}),
        (None, "study", {"kind": "record", "value": None, "baseline_period": "2018"}),
    ]


def test_what_a_ship_can_carry_is_no_count() -> None:
    # "최대 250명의 승객을 태울 수 있다": the ship's capacity, not people who went
    got = read_fields(
        "지난달 북한 주민 500여 명이 배편으로 러시아에 입국했다. 이 항로의 여객선은 최대 "
        "250명의 승객을 태울 수 있고, 화물선은 30명을 태울 수 있다.",
        "ko",
        "quantity",
        doc_date=D,
    )
    assert got == [(500,)]


def test_the_year_a_count_falls_short_of_is_only_its_bracketed_figures() -> None:
    # "2019년(1천940건)에 크게 못 미쳤고": 2019 is the bracketed figure's year; the count before
    # it and the one after it stay in the year the article gave
    got = read_fields(
        "지난해 북한 주민의 러시아 입국은 총 9천120건이었다. 관광 목적 입국은 830건으로 "
        "2019년(1천940건)에 크게 못 미쳤고, 노동 목적으로 신고된 경우는 150건에 그쳤다.",
        "ko",
        "quantity",
        "period",
        doc_date=date(2026, 3, 1),
    )
    assert got == [(9120, "2025"), (830, "2025"), (1940, "2019"), (150, "2025")]


def test_a_purpose_after_a_quarter_by_quarter_run_is_of_the_whole_year() -> None:
    # "분기별로는 1분기 …, 2분기 …, 4분기에는 …. 유학 목적 입국은 …": after the year told
    # quarter by quarter, a purpose's figure is a part of the year, not of the last quarter
    got = read_fields(
        "지난해 북한 주민의 러시아 입국은 모두 9천120건이었다. 분기별로는 1분기 1천500건, "
        "2분기 2천300건, 3분기 3천 건, 4분기에는 2천320건이었다. 유학 목적 입국은 4천10건이었다.",
        "ko",
        "quantity",
        "period",
        doc_date=date(2026, 3, 1),
    )
    assert got == [
        (9120, "2025"),
        (1500, "2025-Q1"),
        (2300, "2025-Q2"),
        (3000, "2025-Q3"),
        (2320, "2025-Q4"),
        (4010, "2025"),
    ]


def test_one_quarter_after_the_year_still_frames_the_part() -> None:
    # a single quarter after the year is no run: the purpose after it is of that quarter
    got = read_fields(
        "지난해 북한 주민의 러시아 입국은 모두 9천120건이었다. 4분기에는 2천320건이었다. "
        "이 가운데 유학 목적은 1천10건이었다.",
        "ko",
        "quantity",
        "period",
        doc_date=date(2026, 3, 1),
    )
    assert got == [(9120, "2025"), (2320, "2025-Q4"), (1010, "2025-Q4")]


def test_an_estimate_revised_from_one_range_to_another() -> None:
    # "3천~4천 명에서 6천~7천 명으로": two ranges; the first one's upper end starts no range
    got = read_fields(
        "정부는 중국 내 북한 식당 종업원 규모를 당초 3천~4천 명에서 6천~7천 명으로 늘려 잡았다.",
        "ko",
        "quantity",
        "qualifier",
        doc_date=D,
    )
    assert got == [(3000, "at_least"), (4000, "at_most"), (6000, "at_least"), (7000, "at_most")]


def test_a_part_of_a_figure_of_its_own_sentence_is_not_the_noun_before() -> None:
    # "입국이 310명에 그쳤으며, 이 중 1월이 170명": a part of the 310 people of this sentence,
    # not more of the students the sentence before counted
    got = read_fields(
        "지난해 북한에서 러시아로 건너간 유학생은 1천 명 남짓에 불과하다. 올해 1~2월에는 러시아 "
        "연방통계청 집계상 북한 주민의 입국이 310명에 그쳤으며, 이 중 1월이 170명이었다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got[-2:] == [(310, "persons", "total"), (170, "persons", "total")]


def test_a_whole_out_of_which_a_part_is_named_keeps_its_own_noun() -> None:
    # "'교육' 목적 입국자 4천 명 가운데 실제 유학생은 …": the whole counts entrants to study
    # (people); the noun after "가운데 실제" is the part's
    got = read_fields(
        "지난해 러시아에 '교육' 목적 입국자 4천 명 가운데 실제 유학생은 900명 남짓이었다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(4000, "persons", "study"), (900, "students", "study")]


def test_last_autumn_is_the_last_one_before_the_document() -> None:
    # "지난가을": September to November of the year before, read in February
    got = read_fields(
        "북한 노동자들은 지난가을 연해주에 3천 명이 새로 들어왔다.",
        "ko",
        "quantity",
        "period",
        doc_date=date(2025, 2, 6),
    )
    assert got == [(3000, "2024-09..2024-11")]


def test_last_summer_read_in_autumn_is_this_years() -> None:
    got = read_fields(
        "북한 노동자들은 지난여름 연해주에 3천 명이 새로 들어왔다.",
        "ko",
        "quantity",
        "period",
        doc_date=date(2025, 10, 1),
    )
    assert got == [(3000, "2025-06..2025-08")]


def test_newly_put_in_after_workers_are_more_workers() -> None:
    # "북한 노동자 수백 명이 일하고 있다 … 약 600명이 새로 투입돼": more of the workers
    got = read_fields(
        "연합뉴스는 중국 단둥의 의류 공장에서 북한 노동자 수백 명이 일하고 있다고 전했다. "
        "올해 1분기에만 약 600명이 새로 투입됐다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(100, "workers", "work"), (600, "workers", "work")]


def test_people_put_in_at_a_building_site_are_workers() -> None:
    # "공사 현장에 수백 명이 새로 투입됐다": at work on the site
    got = read_fields(
        '한 대북 전문가는 "지난여름 하바롭스크 공사 현장에 수백 명이 새로 투입됐다"고 말했다.',
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=D,
    )
    assert got == [(100, "workers", "work")]


def test_the_month_and_day_a_speaker_reported_is_no_period() -> None:
    # "국방부는 지난달 12일 국회 국방위원회에 … 보고했다": the day of the report
    got = read_fields(
        "국방부는 지난달 12일 국회 국방위원회에 러시아에 파병된 북한군이 1만2천여 명이라고 "
        "보고했다.",
        "ko",
        "quantity",
        "period",
        doc_date=date(2025, 5, 2),
    )
    assert got == [(12000, None)]


def test_a_count_as_of_a_month_and_day_keeps_its_day() -> None:
    # "지난달 12일 기준": the day the count stands at
    got = read_fields(
        "국방부는 지난달 12일 기준 러시아에 파병된 북한군이 1만2천여 명이라고 밝혔다.",
        "ko",
        "quantity",
        "period",
        doc_date=date(2025, 5, 2),
    )
    assert got == [(12000, "2025-04-12")]


def test_more_people_coming_after_students_are_more_students() -> None:
    # "유학생이 … 200명 남짓 … 내년에 수십 명이 추가로 입국할 예정": more of the students
    got = read_fields(
        '한 대학 관계자는 "북한 유학생이 현재 200명 남짓"이라고 말했다. 이 관계자는 내년에 '
        "수십 명이 추가로 입국할 예정이라고 덧붙였다.",
        "ko",
        "quantity",
        "unit",
        "purpose",
        doc_date=date(2025, 10, 2),
    )
    assert got == [(200, "students", "study"), (10, "students", "study")]


def test_a_change_within_years_of_a_stock_now_is_against_that_many_years_before() -> None:
    # "2년 새 세 배로 늘어 현재 200명": now, against two years before the document's year
    got = read_fields(
        '한 대학 관계자는 "북한 유학생이 2년 새 세 배로 늘어 현재 200명 남짓"이라고 말했다.',
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=date(2025, 10, 2),
    )
    assert got == [(200, None, {"kind": "ratio", "value": 3, "baseline_period": "2023"})]
