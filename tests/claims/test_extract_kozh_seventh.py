"""Korean and Chinese forms found missing on the seventh, held-out ko/zh set (wire briefs,
fact-checks, corrections, hearings, flattened tables, TV scripts, Q&A). Every sentence here is
written for the test (none is from a set)."""

from __future__ import annotations

from claim_readings import check, read_one, read_rows

_rows = read_rows
_one = read_one


# --- bounds -----------------------------------------------------------------------------------


def test_ko_not_quite_reached_is_less_than() -> None:
    check(
        _one("올해 1분기 중국에 입국한 북한 유학생은 500명이 채 안 됐다.", "ko"),
        quantity=500,
        qualifier="less_than",
    )


def test_ko_exceeding_adnominal_is_more_than() -> None:
    check(
        _one("국정원은 러시아에 머무는 북한 노동자가 2만 명을 웃도는 것으로 본다.", "ko"),
        quantity=20000,
        qualifier="more_than",
    )


def test_ko_broke_through_is_more_than() -> None:
    check(
        _one("올해 러시아가 북한 주민에게 내준 노동 비자는 5천 건을 돌파했다.", "ko"),
        quantity=5000,
        qualifier="more_than",
    )


# --- figures that were missed -----------------------------------------------------------------


def test_zh_region_after_toward_is_not_the_sender() -> None:
    check(
        _one("韩方称,朝鲜在2024年11月至12月间向俄罗斯滨海边疆区派遣了约3000名工人。", "zh"),
        quantity=3000,
        origin="KP",
        destination="RU",
        period="2024-11..2024-12",
    )


def test_zh_women_workers_are_workers() -> None:
    check(
        _one("珲春一家水产加工厂目前雇用的朝鲜女工约有150名。", "zh"),
        quantity=150,
        unit="workers",
        purpose="work",
        origin="KP",
    )


def test_zh_number_after_sending_troops() -> None:
    check(
        _one("有传言称“朝鲜出兵5万”,但并无证据。", "zh"),
        quantity=50000,
        unit="troops",
        purpose="troops",
        origin="KP",
    )


# --- numbers that are not claims ------------------------------------------------------------


def test_ko_age_range_is_not_a_claim() -> None:
    assert _rows("러시아 건설 현장에 보내진 북한 노동자는 주로 40~50대 남성이다.", "ko") == []


def test_zh_age_range_is_not_a_claim() -> None:
    assert _rows("赴俄的朝鲜留学生年龄多在19至24岁之间。", "zh") == []


def test_kozh_ranges_of_people_are_still_read() -> None:
    assert [(r[0], r[1]) for r in _rows("朝鲜向俄罗斯派遣了3000至4000名工人。", "zh")] == [
        (3000, "at_least"),
        (4000, "at_most"),
    ]
    assert [(r[0], r[1]) for r in _rows("북한은 러시아에 노동자 2천~3천 명을 보냈다.", "ko")] == [
        (2000, "at_least"),
        (3000, "at_most"),
    ]


def test_zh_trip_to_the_dprk_is_not_a_dprk_flow() -> None:
    assert _rows("俄方统计,去年赴朝旅游人数约为1800人次。", "zh") == []


# --- units and purposes -----------------------------------------------------------------------


def test_ko_cases_counter_before_and_is_entries() -> None:
    rows = _rows(
        "올해 1분기 북한 주민의 중국 입국은 2천300건이었다. "
        "지난해 1분기의 500여 건과 비교하면 4배 넘게 늘었다.",
        "ko",
    )
    assert {r[2] for r in rows} == {"entries"}, rows
    assert (500, "more_than", "entries") in [r[:3] for r in rows]


def test_ko_purpose_of_the_next_figure_does_not_bleed_back() -> None:
    rows = _rows("국정원은 포병 2천 명과 건설 노동자 3천 명이 러시아에 파견됐다고 밝혔다.", "ko")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        (2000, "troops", "troops"),
        (3000, "workers", "work"),
    ]


def test_zh_it_technicians_are_workers() -> None:
    check(
        _one("北韩今年向俄罗斯派出约500名IT技术人员,以赚取外汇。", "zh"),
        quantity=500,
        unit="workers",
        purpose="work",
    )


# --- sources, periods and countries of a world total -----------------------------------------


def test_zh_un_as_the_source_is_un() -> None:
    check(
        _one("据联合国估计,目前在俄罗斯的朝鲜劳工约有2万人。", "zh"),
        quantity=20000,
        attribution="UN",
    )


def test_zh_un_sanctions_are_not_a_source() -> None:
    got = _one("目前在俄朝鲜劳工已超过3万人,为联合国制裁生效以来最多。", "zh")
    assert got["attribution"] != "UN", got


def test_kozh_before_a_year_is_no_period() -> None:
    check(_one("2019年以前在中国的朝鲜劳工约有4万人。", "zh"), quantity=40000, period=None)
    check(_one("2019년 이전 러시아에 있던 북한 노동자는 3만 명이었다.", "ko"), period=None)


def test_zh_total_abroad_has_no_destination_but_its_parts_do() -> None:
    rows = _rows("朝鲜在海外的劳工总数约为8万人,其中在俄罗斯约2万人。", "zh")
    assert [(r[0], r[4]) for r in rows] == [(80000, None), (20000, "RU")]


# --- comparisons ------------------------------------------------------------------------------


def test_ko_numbered_quarter_is_the_baseline_not_the_period() -> None:
    check(
        _one("올해 3분기 중국에 들어간 북한 노동자는 2분기의 세 배 수준인 약 900명이다.", "ko"),
        quantity=900,
        period="2025-Q3",
        comparison=("ratio", 3.0, "2025-Q2"),
    )


def test_zh_than_the_quarter_before_is_the_previous_quarter() -> None:
    rows = _rows(
        "2024年第3季入境俄羅斯的北韓公民為1,500人。這個數字較前一季增加三成,是2023年同期的4倍。",
        "zh",
    )
    comps = [r[7] for r in rows if r[0] is None]
    assert comps == [("percent_change", 30.0, "2024-Q2"), ("ratio", 4.0, "2023-Q3")], rows


def test_zh_first_quarters_still_read() -> None:
    check(
        _one("今年前三季度经丹东入境的朝鲜劳务人员超过2000人。", "zh"),
        period="2025-01..2025-09",
    )


def test_zh_this_figure_in_a_later_year_is_its_own_claim() -> None:
    rows = _rows("2022年赴华朝鲜留学生不足500人,而2023年这一数字增长了三倍。", "zh")
    assert rows[0][:3] == (500, "less_than", "students") and rows[0][7] is None, rows
    later = [r for r in rows if r[0] is None]
    assert len(later) == 1 and later[0][6] == "2023", rows
    assert later[0][2] == "students" and later[0][7][2] == "2022", rows


def test_ko_what_it_was_then_became_is_a_later_claim() -> None:
    rows = _rows(
        "올해 1~6월 러시아로 간 북한 노동자는 3천 명이다. "
        "지난해 같은 기간 1천 명 수준이던 것이 3배로 늘었다.",
        "ko",
    )
    assert (1000, "approx", "workers", "work", "2024-01..2024-06") in [
        (r[0], r[1], r[2], r[5], r[6]) for r in rows
    ], rows
    later = [r for r in rows if r[0] is None]
    assert [(r[2], r[5], r[6], r[7]) for r in later] == [
        ("workers", "work", "2025-01..2025-06", ("ratio", 3.0, "2024-01..2024-06"))
    ], rows


# --- a heading frames the bullets under it -----------------------------------------------------


def test_ko_heading_frames_its_bullets() -> None:
    text = (
        "□ 2023년 북한 주민 중국 입국 현황\n\n"
        "○ 총 입국자: 4,210명 (전년 대비 약 3배 증가)\n\n"
        "○ 목적별: 교육 1,100명, 관광 320명"
    )
    rows = read_rows(text, "ko", None)
    assert [(r[0], r[3], r[4], r[6]) for r in rows] == [
        (4210, "KP", "CN", "2023"),
        (1100, "KP", "CN", "2023"),
        (320, "KP", "CN", "2023"),
    ], rows
    assert rows[0][7] == ("ratio", 3.0, "2022")


def test_ko_heading_does_not_frame_lines_that_are_not_bullets() -> None:
    text = "□ 2023년 북한 주민 중국 입국 현황\n\n한편 북한 노동자 500명이 러시아로 갔다."
    rows = read_rows(text, "ko", None)
    assert [(r[0], r[4], r[6]) for r in rows] == [(500, "RU", None)], rows


def test_ko_heading_with_no_period_frames_nothing() -> None:
    text = "□ 북한 주민 중국 입국 현황\n\n○ 총 입국자: 4,210명"
    assert [r[6] for r in read_rows(text, "ko", None)] == [None]


def test_zh_student_visa_holders_are_people_who_came_to_study() -> None:
    check(
        _one("去年持学生签证入境俄罗斯的朝鲜人约5000人。", "zh"),
        quantity=5000,
        unit="persons",
        purpose="study",
    )


def test_ko_same_period_figure_to_the_same_country_counts_the_same_nationals() -> None:
    text = (
        "올해 1분기 러시아에 입국한 북한 주민은 2천 명이었다. "
        "러시아 국경수비대 통계상 같은 기간 관광 목적 입국은 40건이었다."
    )
    rows = read_rows(text, "ko")
    assert [(r[0], r[3], r[4], r[6]) for r in rows] == [
        (2000, "KP", "RU", "2025-Q1"),
        (40, "KP", "RU", "2025-Q1"),
    ], rows


def test_ko_figure_to_the_same_country_without_pointing_back_keeps_no_origin() -> None:
    text = (
        "올해 1분기 러시아에 입국한 북한 주민은 2천 명이었다. "
        "러시아 국경수비대 통계상 관광 목적 입국은 40건이었다."
    )
    assert [r[3] for r in read_rows(text, "ko")] == ["KP", None]


def test_zh_more_troops_sent_by_the_same_country_go_where_the_article_says() -> None:
    text = "朝鲜去年向俄罗斯派遣了约1.2万名士兵。网上流传的“朝鲜出兵5万”一说并无根据。"
    rows = read_rows(text, "zh")
    assert [(r[0], r[2], r[4]) for r in rows] == [(12000, "troops", "RU"), (50000, "troops", "RU")]


def test_zh_students_without_a_destination_do_not_take_the_troops_one() -> None:
    text = "朝鲜去年向俄罗斯派遣了约1.2万名士兵。目前朝鲜留学生约有3000人。"
    rows = read_rows(text, "zh")
    assert [(r[0], r[4]) for r in rows] == [(12000, "RU"), (3000, None)], rows
