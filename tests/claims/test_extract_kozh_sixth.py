"""Korean and Chinese forms found missing on the sixth, held-out ko/zh set (briefings, VOA/RFA,
Taiwan and Hong Kong press): purposes named as a statistics category, quarters without 度,
officials as people, bounds, rents and war dead that are not flows, sources named in other
forms. Every sentence here is written for the test (none is from a set)."""

from __future__ import annotations

from datetime import date

from claim_readings import DOC_DATE, check, read_one, read_rows

_DATE = DOC_DATE
_rows = read_rows
_one = read_one


# --- purposes and units -----------------------------------------------------------------------


def test_ko_quoted_work_category_is_work() -> None:
    # '업무' is the business category of the Korean entry-purpose tables (eighth round)
    rows = _rows(
        "올해 2분기 러시아에 들어간 북한 국적자 1천500명 가운데 '업무' 목적은 640명이었다.", "ko"
    )
    assert [(r[0], r[5]) for r in rows] == [(1500, "total"), (640, "business")]


def test_ko_work_purpose_phrase_is_work() -> None:
    check(
        _one("지난해 업무 목적으로 중국에 입국한 북한 주민은 2천100명이었다.", "ko"),
        quantity=2100,
        purpose="business",
        destination="CN",
    )


def test_ko_briefing_is_not_a_work_purpose() -> None:
    check(
        _one("국정원은 업무보고에서 올해 북한 주민 300명이 러시아에 입국했다고 밝혔다.", "ko"),
        quantity=300,
        purpose="total",
    )


def test_zh_officials_are_people_with_an_official_purpose() -> None:
    check(
        _one("2024年经新义州口岸入境中国的朝鲜公务人员共计950人。", "zh"),
        quantity=950,
        unit="persons",
        origin="KP",
        destination="CN",
        purpose="official",
        period="2024",
    )


# --- periods ----------------------------------------------------------------------------------


def test_zh_quarter_without_du() -> None:
    check(_one("2025年第一季有2,140名北韓公民入境俄羅斯。", "zh"), quantity=2140, period="2025-Q1")


def test_zh_first_three_quarters_without_du() -> None:
    check(
        _one("今年前三季赴俄的北韓公民有800人。", "zh", date(2024, 11, 1)),
        quantity=800,
        period="2024-01..2024-09",
    )


def test_zh_four_seasons_is_no_quarter() -> None:
    check(_one("2024年四季有1200名朝鲜游客赴俄旅游。", "zh"), quantity=1200, period="2024")


# --- qualifiers -------------------------------------------------------------------------------


def test_ko_well_over_is_more_than() -> None:
    check(
        _one("러시아에 간 북한 노동자가 2만 명을 훨씬 넘는다는 관측이 나온다.", "ko"),
        quantity=20000,
        qualifier="more_than",
    )


# --- not flows --------------------------------------------------------------------------------


def test_ko_rent_in_roubles_is_no_claim() -> None:
    assert _rows("블라디보스토크 기숙사 월세는 약 2만 루블이다.", "ko") == []


def test_ko_war_dead_are_no_flow() -> None:
    assert _rows("파병된 북한군 가운데 1천500여 명이 숨진 것으로 파악됐다.", "ko") == []


def test_ko_flow_kept_when_dead_are_in_another_clause() -> None:
    rows = _rows("북한군 1만2천명이 러시아에 파병됐고, 이 가운데 3천명이 전사했다.", "ko")
    assert [r[0] for r in rows] == [12000]


def test_zh_war_dead_are_no_flow() -> None:
    assert _rows("据估计,朝鲜士兵约1500人阵亡。", "zh") == []


# --- sources ----------------------------------------------------------------------------------


def test_ko_china_customs_is_canonical() -> None:
    check(
        _one("중국 해관총서 통계에 따르면 올해 북한에서 중국으로 들어간 인원은 3만 명이다.", "ko"),
        attribution="China Customs",
    )


def test_ko_russian_foreign_ministry_is_canonical() -> None:
    check(
        _one("러시아 외무부에 따르면 지난해 북한 주민에게 발급된 비자는 약 2천 건이었다.", "ko"),
        attribution="Russian Foreign Ministry",
        unit="visas",
    )


def test_zh_outlet_citing_a_ministry_gives_the_ministry() -> None:
    check(
        _one("美国之音引述中国教育部数据称,去年共有约200名朝鲜留学生赴华学习。", "zh"),
        attribution="Chinese Ministry of Education",
        destination="CN",
    )


def test_zh_south_korean_military_is_the_source_not_the_destination() -> None:
    check(
        _one("韓國軍方估計,北韓已向俄羅斯派出約5000名兵力。", "zh"),
        attribution="South Korean military",
        origin="KP",
        destination="RU",
    )


# --- article context --------------------------------------------------------------------------


def test_ko_comparison_after_a_breakdown_in_one_sentence_is_about_the_total() -> None:
    text = (
        "올해 1분기 러시아에 입국한 북한 국적자는 모두 1천 900명으로, 이 중 '유학' 목적은 "
        "700명, '업무' 목적은 500명이었다. 이는 지난해 같은 기간보다 20% 늘어난 수치다."
    )
    rows = _rows(text, "ko")
    assert [(r[0], r[5]) for r in rows] == [
        (1900, "total"),
        (700, "study"),
        (500, "business"),
        (None, "total"),
    ]


def test_ko_record_alone_right_after_a_figure_is_about_it() -> None:
    text = "2023년 러시아에 입국한 북한 주민은 8천여 명이었다. 2015년 이후 최대 규모다."
    rows = _rows(text, "ko")
    assert rows[-1][0] is None
    assert rows[-1][6:8] == ("2023", ("record", None, "2015"))


def test_zh_record_alone_right_after_a_figure_is_about_it() -> None:
    rows = _rows("2023年赴俄的朝鲜公民有9000人。创2016年以来新高。", "zh")
    assert rows[-1][6:8] == ("2023", ("record", None, "2016"))


def test_ko_record_of_something_else_is_no_claim() -> None:
    text = "2023년 러시아에 입국한 북한 주민은 8천여 명이었다. 양국 교역액은 2015년 이후 최대였다."
    assert [r[0] for r in _rows(text, "ko")] == [8000]


def test_ko_record_alone_without_a_figure_before_is_no_claim() -> None:
    assert _rows("2015년 이후 최대 규모다.", "ko") == []


def test_ko_difference_against_a_bare_baseline_figure_of_the_same_period() -> None:
    text = (
        "올해 상반기 국내에 입국한 탈북민은 모두 70명이다. "
        "이는 지난해 같은 기간 90명보다 20명 줄어든 것이다."
    )
    rows = _rows(text, "ko")
    assert [(r[0], r[5], r[6], r[7]) for r in rows] == [
        (70, "other", "2025-01..2025-06", None),
        (90, "other", "2024-01..2024-06", None),
        (None, "other", "2025-01..2025-06", ("difference", -20, "2024-01..2024-06")),
    ]


def test_zh_part_of_workers_in_a_region_is_workers() -> None:
    text = "今年以来共有3000多名朝鲜劳务人员抵达俄罗斯。其中哈巴罗夫斯克接收了约900人。"
    rows = _rows(text, "zh", None)
    assert [r[:6] for r in rows][-1] == (900, "approx", "workers", "KP", "RU", "work")


def test_zh_part_with_a_purpose_of_its_own_keeps_it() -> None:
    text = "今年共有3000名朝鲜劳务人员赴俄。其中以学习为目的的有200人。"
    rows = _rows(text, "zh", None)
    assert rows[-1][0] == 200 and rows[-1][5] == "study"


def test_ko_n_more_after_workers_are_workers() -> None:
    text = (
        "지난달 중국으로 넘어간 북한 노동자는 500여 명이다. "
        '소식통은 "올해 안에 2천 명이 더 갈 수 있다"고 말했다.'
    )
    rows = _rows(text, "ko", None)
    assert rows[-1][:6] == (2000, "exact", "workers", "KP", "CN", "work")


def test_ko_n_more_after_a_plain_count_stays_people() -> None:
    text = "지난해 러시아에 입국한 북한 주민은 500명이다. 올해는 200명이 더 늘 전망이다."
    rows = _rows(text, "ko")
    assert all(r[2] == "persons" for r in rows)


def test_zh_comparison_about_students_just_given_counts_students() -> None:
    text = "2024年共有约500名朝鲜留学生赴华学习。这一数字较前一年增长了25%。"
    rows = _rows(text, "zh")
    assert rows[-1][2] == "students" and rows[-1][5] == "study"
    assert rows[-1][7] == ("percent_change", 25, "2023")


def test_zh_trade_value_and_its_growth_are_no_claims() -> None:
    assert _rows("海关数据显示,5月朝中贸易额达1.8亿美元,同比增长20%。", "zh") == []


def test_ko_trade_value_is_no_claim() -> None:
    assert _rows("지난해 북중 교역액은 20억 달러였다.", "ko") == []


def test_zh_today_is_the_documents_month() -> None:
    check(
        _one("朝鲜一个由30人组成的政府代表团今天抵达莫斯科。", "zh", date(2024, 9, 3)),
        quantity=30,
        period="2024-09",
        purpose="official",
    )


def test_zh_today_without_a_date_stays_unknown() -> None:
    check(_one("朝鲜一个由30人组成的政府代表团今天抵达莫斯科。", "zh", None), period=None)
