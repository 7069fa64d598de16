"""Korean and Chinese forms found missing on the fifth, held-out ko/zh set (article excerpts):
bounds, comparisons stated without a figure, sources named in other forms, zero written as a
word, figures read with the article around them. Every sentence here is written for the test
(none is from a set)."""

from __future__ import annotations

from datetime import date

import pytest
from claim_readings import DOC_DATE, check, read_one, read_rows

from sanctionwatch.claims.extract import extract_claims

_DATE = DOC_DATE
_rows = read_rows
_one = read_one


# --- qualifiers and units ---------------------------------------------------------------------


def test_ko_just_over_is_more_than() -> None:
    check(
        _one("지난해 러시아에 입국한 북한 주민은 9000명을 약간 넘었다.", "ko"),
        quantity=9000,
        qualifier="more_than",
    )


def test_zh_yishang_is_at_least_like_ko_isang() -> None:
    check(_one("去年赴俄的朝鲜劳工达到3000人以上。", "zh"), quantity=3000, qualifier="at_least")


def test_zh_people_holding_a_visa_are_counted_as_people() -> None:
    check(
        _one("今年持商务签证入境中国的朝鲜公民超过500人。", "zh"),
        quantity=500,
        unit="persons",
        destination="CN",
    )


def test_zh_state_funded_students_are_students() -> None:
    check(_one("今年共有80名朝鲜公费生赴俄学习。", "zh"), quantity=80, unit="students")


# --- comparisons ------------------------------------------------------------------------------


def test_ko_percent_fall_with_a_bound_and_a_compared_with_phrase() -> None:
    rows = _rows(
        "올해 1분기 러시아에 간 북한 주민은 2022년 4분기 600명과 비교하면 80% 넘게 줄었다.",
        "ko",
    )
    comp = [r for r in rows if r[0] is None]
    base = [r for r in rows if r[0] == 600]
    assert [r[7] for r in comp] == [("percent_change", -80.0, "2022-Q4")]
    assert [r[6] for r in base] == ["2022-Q4"]


def test_ko_half_of_a_named_year() -> None:
    check(
        _one("지난해 중국에 간 북한 노동자는 2천여 명으로 2018년의 절반 수준이었다.", "ko"),
        quantity=2000,
        comparison=("ratio", 0.5, "2018"),
    )


def test_ko_half_of_them_is_not_a_comparison() -> None:
    got = _one("지난해 러시아에 간 북한 주민은 500명이고 그 절반이 학생이었다.", "ko")
    check(got, quantity=500, comparison=None)


def test_zh_percent_rise_on_a_year_with_a_russian_people_count_noun() -> None:
    # "俄罗斯人数" is "the number of people (entering) Russia", not "Russians"
    check(
        _one("今年第一季度,朝鲜公民入境俄罗斯人数同比增长约25%。", "zh"),
        quantity=None,
        origin="KP",
        destination="RU",
        period="2025-Q1",
        comparison=("percent_change", 25.0, "2024-Q1"),
    )


def test_zh_difference_against_a_year_is_not_a_count() -> None:
    check(
        _one("今年上半年朝鲜公民入境中国的人次比2022年全年还多出约2500人次。", "zh"),
        quantity=None,
        unit="entries",
        comparison=("difference", 2500.0, "2022"),
    )


def test_zh_fewer_than_last_year_is_a_negative_difference() -> None:
    check(
        _one("今年赴俄的朝鲜留学生比2023年少了120人。", "zh"),
        quantity=None,
        comparison=("difference", -120.0, "2023"),
    )


# --- sources ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("南韩国家情报院称,朝鲜已向俄罗斯派遣约2000名士兵。", "zh", "NIS"),
        ("據日本政府消息,北韓去年向俄羅斯派遣的勞工超過5000人。", "zh", "Japan"),
        ("俄羅斯邊防部門統計顯示,去年共有9000名北韓公民入境俄羅斯。", "zh", "FSB Border Service"),
        (
            "러시아 안보회의 서기는 북한이 러시아에 공병 500명을 보낸다고 밝혔다.",
            "ko",
            "Russian Security Council",
        ),
        ("우크라이나 정부는 북한군 3천 명이 러시아에 도착했다고 주장했다.", "ko", "Ukraine"),
    ],
)
def test_sources_in_other_forms(text: str, lang: str, source: str) -> None:
    assert [c.attribution for c in extract_claims(text, lang=lang, doc_date=_DATE)] == [source]


# --- figures that were missed -----------------------------------------------------------------


def test_zh_zero_stated_as_the_predicate_is_a_figure() -> None:
    check(
        _one("今年第一季度以探亲为目的入境俄罗斯的朝鲜公民为零。", "zh"),
        quantity=0,
        purpose="private",
        destination="RU",
    )


def test_zh_zero_growth_is_not_a_figure() -> None:
    assert _rows("朝鲜对俄劳务输出今年为零增长。", "zh") == []


def test_ko_home_town_passed_through_is_not_the_destination() -> None:
    check(
        _one("지난달 남양을 거쳐 300여 명의 북한 노동자가 새로 파견됐다.", "ko"),
        quantity=300,
        qualifier="more_than",
        unit="workers",
        destination=None,
    )


def test_ko_sender_before_the_figure_and_verb_after_it() -> None:
    got = _one("우크라이나 정부는 북한이 올해 2천 명 이상을 더 보냈다고 주장했다.", "ko")
    check(got, quantity=2000, qualifier="at_least", origin="KP", destination=None)
    check(got, attribution="Ukraine")


def test_zh_additional_deployment_verb_names_the_sender() -> None:
    check(
        _one("烏克蘭軍方稱,北韓今年又增派了數千名兵力。", "zh"),
        quantity=1000,
        qualifier="vague",
        unit="troops",
        origin="KP",
        destination=None,
        attribution="Ukraine",
    )


def test_zh_newly_added_students_are_a_count_and_the_embassy_is_not_a_place() -> None:
    check(
        _one("据朝鲜驻华使馆介绍,今年秋季将新增80名留学生。", "zh"),
        quantity=80,
        unit="students",
        comparison=None,
        origin=None,
        destination=None,
        attribution="DPRK Embassy in China",
    )


def test_unnamed_source_is_no_attribution() -> None:
    check(
        _one("대북 소식통에 따르면 올해 중국에 파견된 북한 노동자는 약 1천 명이다.", "ko"),
        quantity=1000,
        attribution=None,
    )


# --- periods ----------------------------------------------------------------------------------


def test_ko_day_after_the_speaker_dates_the_report_not_the_figure() -> None:
    check(
        _one(
            "통일부는 12일 기자회견에서 러시아에 파견된 북한 노동자가 약 2만 명이라고 밝혔다.", "ko"
        ),
        quantity=20000,
        period=None,
    )


def test_zh_day_before_a_speech_verb_dates_the_report_but_an_event_day_stays() -> None:
    check(
        _one("韩联社8日报道,朝鲜今年已向俄罗斯派遣约5000名工人。", "zh"),
        quantity=5000,
        period="2025",
    )
    rows = _rows("目击者称,3日有200名朝鲜工人在哈桑站下车进入俄罗斯。", "zh")
    assert [(r[0], r[6]) for r in rows] == [(200, "2025-06")]


def test_ko_same_period_after_a_comparison_is_the_figure_s_not_the_baseline_s() -> None:
    text = (
        "올해 1분기 러시아에 입국한 북한 주민은 500명이었다.\n"
        "지난해 3분기에 2천 명을 넘었던 것과 비교하면 70% 넘게 줄었다.\n"
        "같은 기간 관광 목적 입국자는 12명이었다."
    )
    rows = _rows(text, "ko")
    assert [(r[0], r[6]) for r in rows if r[0] is not None] == [
        (500, "2025-Q1"),
        (2000, "2024-Q3"),
        (12, "2025-Q1"),
    ]


def test_zh_part_of_after_a_baseline_figure_takes_the_total_s_period() -> None:
    text = (
        "去年入境俄罗斯的朝鲜公民逾9000人。\n"
        "较前年的800人增长逾10倍。\n"
        "其中以留学名义入境者约5000人。"
    )
    rows = _rows(text, "zh")
    assert [(r[0], r[6]) for r in rows if r[0] is not None] == [
        (9000, "2024"),
        (800, "2023"),
        (5000, "2024"),
    ]


# --- article context --------------------------------------------------------------------------


def test_ko_every_part_of_a_breakdown_sentence_takes_the_total_s_period() -> None:
    text = (
        "지난해 북한 주민의 중국 입국은 모두 9천여 건이었다.\n"
        "목적별로는 관광이 4천 건으로 가장 많았고, 상용 목적이 700건, 유학이 300건이었다."
    )
    rows = _rows(text, "ko")
    assert [(r[0], r[5], r[6]) for r in rows] == [
        (9000, "total", "2024"),
        (4000, "tourism", "2024"),
        (700, "business", "2024"),
        (300, "study", "2024"),
    ]


def test_zh_comparison_only_after_a_figure_counts_what_it_counts() -> None:
    text = "今年1至5月以务工为目的入境俄罗斯的朝鲜公民有2400人。\n比上年同期(300人)增长了7倍。"
    rows = _rows(text, "zh")
    got = {r[0]: (r[5], r[6], r[7]) for r in rows}
    assert got[None] == ("work", "2025-01..2025-05", ("ratio", 7.0, "2024-01..2024-05"))
    assert got[300] == ("work", "2024-01..2024-05", None)


def test_ko_comparison_after_a_breakdown_is_about_the_total() -> None:
    text = (
        "올해 2분기 러시아에 입국한 북한 주민은 3천 명이었다.\n"
        "이 가운데 관광 목적은 20명이었다.\n"
        "이는 지난해 같은 기간의 1천 명과 비교하면 3배 늘어난 규모다."
    )
    rows = _rows(text, "ko")
    assert [(r[0], r[5]) for r in rows] == [
        (3000, "total"),
        (20, "tourism"),
        (1000, "total"),
        (None, "total"),
    ]


def test_ko_figure_measured_against_the_one_before_counts_the_same_thing() -> None:
    text = (
        "현재 중국 대학에서 공부하는 북한 유학생은 200명이다.\n"
        "내년에는 이보다 50명 늘어난 250명을 받을 예정이다."
    )
    rows = _rows(text, "ko", doc_date=None)
    assert [(r[0], r[2], r[5], r[7]) for r in rows] == [
        (200, "students", "study", None),
        (250, "students", "study", ("difference", 50.0, None)),
    ]


def test_zh_same_nationals_without_a_destination_take_the_article_s() -> None:
    text = "今年第二季度共有3000名朝鲜公民入境俄罗斯。\n同期以过境为目的入境的朝鲜公民有40人。"
    rows = _rows(text, "zh")
    assert [(r[0], r[3], r[4], r[5], r[6]) for r in rows] == [
        (3000, "KP", "RU", "total", "2025-Q2"),
        (40, "KP", "RU", "transit", "2025-Q2"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "doc_date", "period"),
    [
        (
            "北韩去年12月至今又向俄罗斯派出约2000名工人。",
            "zh",
            date(2025, 2, 5),
            "2024-12..2025-02",
        ),
        ("朝鲜今年3月以来至今已向俄罗斯派遣1000名工人。", "zh", date(2025, 3, 20), "2025-03"),
        (
            "북한은 지난해 11월부터 지금까지 러시아에 노동자 1천 명을 보냈다.",
            "ko",
            date(2025, 1, 5),
            "2024-11..2025-01",
        ),
    ],
)
def test_from_a_month_until_now(text: str, lang: str, doc_date: date, period: str) -> None:
    check(_one(text, lang, doc_date), period=period)


def test_ko_people_sent_with_no_noun_in_an_article_about_troops_are_troops() -> None:
    text = (
        "국방부는 북한이 올해 러시아에 병력 4천 명을 추가로 파병했다고 밝혔다.\n"
        "앞서 북한은 지난해 10월 5천 명을 보낸 것으로 알려졌다."
    )
    rows = _rows(text, "ko")
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [
        (4000, "troops", "troops", "2025"),
        (5000, "troops", "troops", "2024-10"),
    ]


def test_ko_people_sent_with_a_purpose_of_their_own_keep_it() -> None:
    text = (
        "북한은 올해 러시아에 병력 4천 명을 추가로 파병했다.\n"
        "북한은 또 대표단 30명을 모스크바에 보냈다."
    )
    rows = _rows(text, "ko")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        (4000, "troops", "troops"),
        (30, "persons", "official"),
    ]


def test_half_of_the_whole_is_a_share_not_a_comparison() -> None:
    rows = _rows(
        "지난해 러시아에 간 북한 주민 6천 명 가운데 전체의 절반 정도인 3천 명이 노동자였다.", "ko"
    )
    assert [(r[0], r[7]) for r in rows] == [(6000, None), (3000, None)]


def test_zh_half_of_a_named_year_and_proportion_is_not_more() -> None:
    check(
        _one("去年入境俄罗斯的朝鲜公民约为2000人,仅为2019年的一半左右。", "zh"),
        quantity=2000,
        comparison=("ratio", 0.5, "2019"),
    )
    got = _one("去年入境俄罗斯的朝鲜公民中,留学生所占比例最高,达3000人。", "zh")
    check(got, quantity=3000, comparison=None)


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        (
            "올해 1분기 러시아에 입국한 북한 주민은 2천 명으로 2023년과 비교하면 20% 늘었다.",
            ("percent_change", 20.0, "2023"),
        ),
        (
            "올해 러시아에 입국한 북한 주민은 2천 명으로 지난해와 비교해 두 배로 늘었다.",
            ("ratio", 2.0, "2024"),
        ),
    ],
)
def test_ko_compared_with_a_year_keeps_the_figure_before_it_as_the_claim(
    text: str, comparison: tuple[object, ...]
) -> None:
    check(_one(text, "ko"), quantity=2000, comparison=comparison)


def test_ko_compared_with_what_last_year_reached() -> None:
    rows = _rows("지난해 입국자가 1만 명에 이른 것과 비교하면 올해는 50% 줄었다.", "ko")
    assert [(r[0], r[6], r[7]) for r in rows] == [
        (10000, "2024", None),
        (None, "2025", ("percent_change", -50.0, "2024")),
    ]


def test_zh_north_korean_visitors_are_the_people_counted() -> None:
    check(
        _one("今年赴华的朝鲜游客比去年多了约2000人次,达到5000人次。", "zh"),
        quantity=5000,
        unit="entries",
        origin="KP",
        destination="CN",
        comparison=("difference", 2000.0, "2024"),
    )


def test_zh_sappers_are_troops() -> None:
    check(_one("北韩今年又向俄罗斯增派了3000名工兵。", "zh"), quantity=3000, unit="troops")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "올해 1분기 러시아에 입국한 북한 주민은 3천 명이었다.\n"
            "북한 노동자 약 2만 명이 현재 해외에 체류 중이다.",
            "ko",
        ),
        ("今年第一季度入境俄罗斯的朝鲜公民有3000人。\n目前在海外的朝鲜劳工约有10万人。", "zh"),
    ],
)
def test_a_new_figure_abroad_or_current_takes_no_destination_from_the_article(
    text: str, lang: str
) -> None:
    rows = _rows(text, lang)
    assert [r[4] for r in rows] == ["RU", None]


def test_zh_people_sent_elsewhere_do_not_take_the_troops_reading() -> None:
    rows = _rows("朝鲜去年向俄罗斯派遣了1万名士兵。\n朝鲜今年还向中国派出了2000人。", "zh")
    assert [(r[0], r[2], r[4]) for r in rows] == [(10000, "troops", "RU"), (2000, "persons", "CN")]


def test_zh_comparison_about_all_foreigners_keeps_its_own_purpose() -> None:
    text = "今年第一季度以务工为目的入境俄罗斯的朝鲜公民有3000人。\n外国公民总数同比增长30%。"
    rows = _rows(text, "zh")
    assert [(r[0], r[5]) for r in rows] == [(3000, "work"), (None, "total")]
