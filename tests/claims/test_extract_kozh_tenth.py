"""Korean and Chinese forms found missing on the tenth, held-out ko/zh set (press reports of
border statistics). Every sentence here is written for the test (none is from a set)."""

from __future__ import annotations

from datetime import date

from claim_readings import read_fields, read_rows

_COMP = ("quantity", "period", "comparison")


# --- ratios measured against the figure before them -------------------------------------------


def test_ko_native_numeral_ratios_from_five_to_ten() -> None:
    rows = read_fields(
        "올해 1~4월 러시아로 간 북한 노동자는 작년 같은 기간의 다섯 배에 달했다.", "ko", *_COMP
    )
    assert [r[2]["value"] for r in rows] == [5]  # type: ignore[index]
    rows = read_fields("북한 유학생 입국은 2023년의 열 배 가까이로 늘었다.", "ko", *_COMP)
    assert [r[2]["value"] for r in rows] == [10]  # type: ignore[index]


def test_ko_native_numeral_inside_a_word_is_no_ratio() -> None:
    # "스무열 배" is no word; "열" must stand on its own
    rows = read_fields(
        "올해 러시아에 간 북한 노동자는 5천 명이다. 가열 배관 공사도 했다.", "ko", *_COMP
    )
    assert rows == [(5000, "2025", None)]


def test_ko_times_the_figure_before_is_a_claim_about_the_later_count() -> None:
    text = (
        "올해 1분기 러시아에 입국한 북한 주민은 4천 명이었다. "
        "이는 2022년 같은 목적 입국 1천2백 명의 세 배를 넘는 수치다."
    )
    rows = read_fields(text, "ko", *_COMP)
    assert (1200, "2022", None) in rows
    assert (None, "2025-Q1", {"kind": "ratio", "value": 3.0, "baseline_period": "2022"}) in rows
    assert (4000, "2025-Q1", None) in rows  # the true claim before is still read


def test_ko_from_the_figure_grew_n_times() -> None:
    text = (
        "올해 2분기 북한인의 러시아 입국은 1천 건을 넘었다. "
        "1분기 2백여 건에서 석 달 만에 다섯 배로 불어났다."
    )
    rows = read_fields(text, "ko", *_COMP)
    assert (200, "2025-Q1", None) in rows
    assert (None, "2025-Q2", {"kind": "ratio", "value": 5.0, "baseline_period": "2025-Q1"}) in rows


def test_ko_was_then_within_a_year_is_the_next_year() -> None:
    rows = read_fields(
        "러시아에 간 북한 주민은 2022년엔 1천여 명이었는데, 1년 새 4.5배로 늘었다.", "ko", *_COMP
    )
    assert (1000, "2022", None) in rows
    assert (None, "2023", {"kind": "ratio", "value": 4.5, "baseline_period": "2022"}) in rows


def test_ko_ratio_after_a_later_figure_stays_on_it() -> None:
    # the figure right before the ratio is the later count: the ratio is its own
    rows = read_fields(
        "러시아에 입국한 북한 주민은 2023년 1천 명에서 2024년 5천 명으로 다섯 배가 됐다.",
        "ko",
        *_COMP,
    )
    assert [(r[0], r[2]["value"]) for r in rows if r[2]] == [(5000, 5.0)]  # type: ignore[index]


def test_zh_times_the_figure_before() -> None:
    text = "今年上半年入境俄罗斯的朝鲜公民达5200人次。这一数字是去年同期1300人次的4倍。"
    rows = read_fields(text, "zh", *_COMP)
    assert (5200, "2025-01..2025-06", None) in rows
    assert (1300, "2024-01..2024-06", None) in rows
    assert (
        None,
        "2025-01..2025-06",
        {"kind": "ratio", "value": 4.0, "baseline_period": "2024-01..2024-06"},
    ) in rows


def test_zh_ratio_of_a_figure_without_de_stays_on_it() -> None:
    # "…达5200人次,是去年同期的4倍": no figure before "的": the figure itself is compared
    rows = read_rows("今年上半年入境俄罗斯的朝鲜公民达5200人次,是去年同期的4倍。", "zh")
    assert len(rows) == 1 and rows[0][0] == 5200 and rows[0][-1] is not None


# --- the noun behind the counter --------------------------------------------------------------


def test_ko_noun_behind_about_and_additional() -> None:
    rows = read_fields(
        "국정원은 지난달 2천 명 안팎의 추가 병력이 러시아로 넘어갔다고 밝혔다.",
        "ko",
        "quantity",
        "qualifier",
        "unit",
        "purpose",
    )
    assert rows == [(2000, "approx", "troops", "troops")]
    rows = read_fields(
        "북한은 5백 명의 신규 노동자를 러시아 건설 현장에 보냈다.", "ko", "quantity", "unit"
    )
    assert rows == [(500, "workers")]


def test_ko_noun_behind_scale_with_a_space() -> None:
    rows = read_fields(
        "북한 주민 3천 명 규모의 유학생이 러시아에 머물고 있다.", "ko", "quantity", "unit"
    )
    assert rows == [(3000, "students")]


def test_ko_persons_without_a_noun_behind_stay_persons() -> None:
    rows = read_fields(
        "올해 러시아에 입국한 북한 주민은 4천 명 안팎이다.", "ko", "quantity", "unit", "purpose"
    )
    assert rows == [(4000, "persons", "total")]


# --- distractors ------------------------------------------------------------------------------


def test_attendance_at_an_event_is_no_flow() -> None:
    assert (
        read_rows("간담회에는 통일부 차관 등 4명이 참석했고, 회의는 한 시간 진행됐다.", "ko") == []
    )
    assert read_rows("发布会有外交部发言人等3人出席。", "zh") == []


def test_attending_nationals_still_counted() -> None:
    # the clause names the watched nationals: they are still read
    rows = read_fields(
        "하바롭스크 박람회에 참석한 북한 대표단 25명이 러시아에 입국했다.",
        "ko",
        "quantity",
        "destination",
    )
    assert rows == [(25, "RU")]


# --- periods ----------------------------------------------------------------------------------


def test_ko_two_named_months_counted_as_two_months() -> None:
    rows = read_fields(
        "올해 3월과 4월 두 달 동안 러시아에 들어간 북한 노동자는 2천여 명이다.",
        "ko",
        "quantity",
        "period",
    )
    assert rows == [(2000, "2025-03..2025-04")]


def test_ko_two_months_apart_are_no_stretch() -> None:
    # "1월과 3월 두 달": not one stretch of months (February is left out)
    rows = read_fields(
        "올해 1월과 3월 두 달 동안 러시아에 들어간 북한 노동자는 2천여 명이다.",
        "ko",
        "quantity",
        "period",
    )
    assert rows and rows[0][1] != "2025-01..2025-03"


# --- qualifiers -------------------------------------------------------------------------------


def test_zh_hedge_after_the_entries_counter() -> None:
    rows = read_fields(
        "今年一季度入境俄罗斯的朝鲜公民有1800人次左右。", "zh", "quantity", "qualifier", "unit"
    )
    assert rows == [(1800, "approx", "entries")]
    rows = read_fields(
        "今年一季度入境俄罗斯的朝鲜公民有1800人次以上。", "zh", "quantity", "qualifier"
    )
    assert rows == [(1800, "at_least")]


def test_zh_entries_counter_without_hedge_stays_exact() -> None:
    rows = read_fields("今年一季度入境俄罗斯的朝鲜公民有1800人次。", "zh", "quantity", "qualifier")
    assert rows == [(1800, "exact")]


# --- Chinese comparisons ----------------------------------------------------------------------

_ZH_DATE = date(2025, 11, 20)


def test_zh_record_for_the_same_period_since_a_year() -> None:
    rows = read_fields(
        "今年第二季度有3150名朝鲜公民入境俄罗斯,为2015年以来同期最多。",
        "zh",
        *_COMP,
        doc_date=_ZH_DATE,
    )
    assert rows == [(3150, "2025-Q2", {"kind": "record", "value": None, "baseline_period": "2015"})]


def test_zh_year_on_year_plunge_in_tenths() -> None:
    rows = read_fields(
        "今年首季入境俄羅斯的北韓人約五百名,按年大跌近六成。", "zh", *_COMP, doc_date=_ZH_DATE
    )
    assert rows == [
        (500, "2025-Q1", {"kind": "percent_change", "value": -60.0, "baseline_period": "2024-Q1"})
    ]


def test_zh_fall_without_tenths_is_no_comparison() -> None:
    # "跌" alone (a price falling elsewhere in the sentence) makes no comparison of the figure
    rows = read_fields(
        "今年首季入境俄羅斯的北韓人約五百名,盧布匯價下跌。", "zh", *_COMP, doc_date=_ZH_DATE
    )
    assert rows == [(500, "2025-Q1", None)]


def test_zh_wei_last_year_same_period_is_the_baseline() -> None:
    rows = read_fields(
        "今年1至8月入境俄羅斯的北韓勞工達3千餘人,為去年同期的近3倍。",
        "zh",
        *_COMP,
        doc_date=_ZH_DATE,
    )
    assert rows == [
        (
            3000,
            "2025-01..2025-08",
            {"kind": "ratio", "value": 3.0, "baseline_period": "2024-01..2024-08"},
        )
    ]
    # "为去年的": the whole year before
    rows = read_fields(
        "今年入境俄罗斯的朝鲜公民达6000人,为去年的两倍。", "zh", *_COMP, doc_date=_ZH_DATE
    )
    assert rows == [(6000, "2025", {"kind": "ratio", "value": 2.0, "baseline_period": "2024"})]


def test_zh_of_this_kind_takes_the_purpose_named_before() -> None:
    rows = read_fields(
        "不少朝鲜人以“留学”名义赴俄,上半年此类入境约有900人次。",
        "zh",
        "quantity",
        "purpose",
        "unit",
        doc_date=_ZH_DATE,
    )
    assert rows == [(900, "study", "entries")]


def test_zh_without_this_kind_the_purpose_stays_total() -> None:
    rows = read_fields(
        "上半年入境俄罗斯的朝鲜公民约有900人次。", "zh", "quantity", "purpose", doc_date=_ZH_DATE
    )
    assert rows == [(900, "total")]
