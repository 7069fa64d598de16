"""Korean and Chinese forms found missing on the eighth, held-out ko/zh set (court rulings,
research-service reports, local news, forum posts, entry-purpose tables). Every sentence here
is written for the test (none is from a set)."""

from __future__ import annotations

from claim_readings import check, read_one, read_rows

_one = read_one


# --- purposes and units -----------------------------------------------------------------------


def test_ko_business_category_of_entry_tables() -> None:
    # '업무' in the Korean entry-purpose tables is the business category
    check(
        _one("2023년 업무 목적으로 러시아에 입국한 북한 주민은 900명이었다.", "ko"),
        quantity=900,
        purpose="business",
    )


def test_zh_quoted_other_category() -> None:
    check(
        _one("2024年以「其他」目的入境俄羅斯的北韓人超過五千人。", "zh"),
        quantity=5000,
        qualifier="more_than",
        purpose="other",
        destination="RU",
    )


def test_zh_restaurant_staff_are_workers() -> None:
    check(
        _one("上月約有150名北韓廚師經琿春前往俄羅斯。", "zh"),
        quantity=150,
        unit="workers",
        purpose="work",
        destination="RU",
    )


# --- destinations -----------------------------------------------------------------------------


def test_zh_border_port_settles_china() -> None:
    check(
        _one("去年经图们口岸入境的朝鲜籍人员约3000人次。", "zh"),
        quantity=3000,
        unit="entries",
        destination="CN",
    )


def test_zh_province_settles_china() -> None:
    check(_one("今年辽宁某企业招收朝鲜工人300名。", "zh"), quantity=300, destination="CN")


def test_zh_arriving_in_south_korea() -> None:
    check(
        _one("去年抵韓的脫北者共200人。", "zh"),
        quantity=200,
        origin="KP",
        destination="KR",
    )


# --- attributions -----------------------------------------------------------------------------


def test_zh_ukrainian_side() -> None:
    check(
        _one("乌克兰方面表示,约有1.2万名朝鲜士兵在俄罗斯作战。", "zh"),
        quantity=12000,
        attribution="Ukraine",
    )


def test_zh_kcna_is_canonical() -> None:
    check(_one("据朝中社消息,朝鲜艺术团一行40人抵达北京。", "zh"), quantity=40, attribution="KCNA")


def test_ko_bare_intelligence_authorities_are_nis() -> None:
    check(
        _one("정보당국은 북한이 올해 러시아에 노동자 3천 명을 보냈다고 본다.", "ko"),
        quantity=3000,
        attribution="NIS",
    )


def test_ko_named_foreign_intelligence_is_not_nis() -> None:
    got = _one("미국 정보당국은 북한군 1만 명이 러시아에 있다고 밝혔다.", "ko")
    check(got, quantity=10000, attribution="US intelligence")
    got = _one("우크라이나 정보당국은 북한군 1만 명이 러시아에 있다고 밝혔다.", "ko")
    check(got, quantity=10000, attribution="Ukraine")


# --- missed figures ---------------------------------------------------------------------------


def test_ko_women_workers_are_dprk_nationals_and_isang_is_at_least() -> None:
    check(
        _one("단둥의 한 봉제공장에는 북한 여성 노동자 700명 이상이 일한다.", "ko"),
        quantity=700,
        qualifier="at_least",
        unit="workers",
        origin="KP",
        destination="CN",
    )


def test_ko_toward_the_chinese_side() -> None:
    check(
        _one("올해 초 신의주에서 300명이 중국 쪽 공장으로 넘어갔다.", "ko"),
        quantity=300,
        origin="KP",
        destination="CN",
        purpose="work",
    )


def test_zh_batches_and_people_of_one_delegation() -> None:
    check(
        _one("丹东市今年接待朝鲜代表团12批、90人。", "zh"),
        quantity=90,
        origin="KP",
        destination="CN",
        purpose="official",
    )


def test_zh_two_neighbouring_digits_are_a_range() -> None:
    rows = read_rows("丹东有朝鲜女工七八千名。", "zh")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (7000, "at_least", "workers"),
        (8000, "at_most", "workers"),
    ]
    check(_one("沈阳的朝鲜工人有两百人。", "zh"), quantity=200, qualifier="exact")


# --- not claims -------------------------------------------------------------------------------


def test_hotline_numbers_and_fraction_parts_are_not_claims() -> None:
    assert read_rows("如需帮助,请拨打12345热线。", "zh") == []
    assert read_rows("이들의 월급은 6만 루블이지만 실제 받는 돈은 그 3분의 1 수준이다.", "ko") == []


def test_casualties_named_before_the_number_are_not_a_flow() -> None:
    assert read_rows("국정원은 북한군 사상자가 약 3천명에 이른다고 밝혔다.", "ko") == []
    assert read_rows("朝鲜军队伤亡人数约4000人。", "zh") == []


def test_all_nationality_totals_are_not_claims() -> None:
    assert read_rows("该校目前有国际学生980人,来自40个国家。", "zh") == []
    assert read_rows("今年前9个月,经绥芬河口岸出入境人员达80万人次。", "zh") == []
    check(
        _one("今年前9个月,经图们口岸出入境的朝鲜籍人员达8000人次。", "zh"),
        quantity=8000,
        origin="KP",
        destination="CN",
    )
    check(
        _one("本月我校举行国际学生开学典礼,来自朝鲜的25名留学生入学。", "zh"),
        quantity=25,
        origin="KP",
        unit="students",
    )


# --- spans of time ----------------------------------------------------------------------------


def test_month_spans_across_years() -> None:
    check(
        _one(
            "2018년 5월경부터 2019년 2월경까지 북한 국적 노동자 12명을 중국 공장에 알선했다.",
            "ko",
        ),
        quantity=12,
        period="2018-05..2019-02",
    )
    check(
        _one("2019年3月至2020年1月,朝鲜工人500名入境中国。", "zh"),
        quantity=500,
        period="2019-03..2020-01",
    )


def test_zh_whole_years_span() -> None:
    check(
        _one("2021年至2023年,经图们口岸累计入境的朝鲜籍人员约1.2万人次。", "zh"),
        quantity=12000,
        period="2021-01..2023-12",
    )


def test_since_a_year_runs_to_the_document_month() -> None:
    # DOC_DATE is 2025-06-10
    check(
        _one("2023년 이후 누적 기준으로 러시아에 파견된 북한 노동자가 최소 3만 명이다.", "ko"),
        quantity=30000,
        period="2023-01..2025-06",
    )
    check(
        _one("2022年以来,累计入境俄罗斯的朝鲜人约3万人。", "zh"),
        quantity=30000,
        period="2022-01..2025-06",
    )


def test_ko_the_past_whole_year() -> None:
    check(
        _one("북한은 지난 한 해 동안 러시아에 노동자 500명을 보냈다.", "ko"),
        quantity=500,
        period="2024",
    )


# --- the sentence's own noun ------------------------------------------------------------------


def test_zh_subject_noun_in_an_earlier_clause() -> None:
    check(
        _one("厂区内朝鲜籍工人约占全部工人的三分之一,目前有900余人。", "zh"),
        quantity=900,
        unit="workers",
        purpose="work",
    )


def test_part_of_the_figure_before_counts_the_same_noun() -> None:
    rows = read_rows(
        "소식통은 중국 내 북한 노동자가 최대 8만 명이며 이 중 약 1만 명이 단둥에 있다고 전했다.",
        "ko",
    )
    assert [(r[0], r[2]) for r in rows] == [(80000, "workers"), (10000, "workers")]
    rows = read_rows("在俄朝鲜工人共3000人,其中约800人在海参崴。", "zh")
    assert [(r[0], r[2]) for r in rows] == [(3000, "workers"), (800, "workers")]


# --- comparisons ------------------------------------------------------------------------------


def test_zh_baseline_year_behind_a_before_phrase() -> None:
    check(
        _one("2024年入境的朝鲜留学生为800人,是疫情前2019年的两倍。", "zh"),
        quantity=800,
        period="2024",
        comparison=("ratio", 2.0, "2019"),
    )


def test_ko_semester_figure_compared_with_is_the_baseline() -> None:
    rows = read_rows("학교 측은 지난해 3월 학기 40명과 비교하면 약 3배로 늘었다고 밝혔다.", "ko")
    # DOC_DATE is 2025-06-10: last year's March semester
    assert [(r[0], r[6], r[7]) for r in rows] == [
        (40, "2024-03", None),
        (None, None, ("ratio", 3.0, "2024-03")),
    ]


def test_ko_last_years_figure_then_the_growth_is_a_baseline() -> None:
    rows = read_rows("작년 같은 기간 입국자는 900명에 그쳐, 1년 새 약 3배로 늘어난 셈이다.", "ko")
    assert [(r[0], r[7]) for r in rows] == [(900, None), (None, ("ratio", 3.0, "2024"))]


def test_media_in_general_name_no_source() -> None:
    got = _one("据俄罗斯媒体报道,今年共有约1万名朝鲜劳工入境俄罗斯。", "zh")
    check(got, quantity=10000, attribution=None)
    got = _one("러시아 언론에 따르면 올해 북한 노동자 1만 명이 러시아에 입국했다.", "ko")
    check(got, quantity=10000, attribution=None)


def test_ko_short_form_of_vladivostok() -> None:
    check(
        _one("블라디에 요즘 북한 유학생들이 수백 명씩 들어온대요.", "ko"),
        destination="RU",
        unit="students",
    )
