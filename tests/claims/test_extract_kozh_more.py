"""Korean and Chinese claim readings: "N多人", sentences that open with an agency or a country,
nationals named by a country before the noun, defectors, units and purposes of ko/zh news."""

from __future__ import annotations

from datetime import date

import pytest
from claim_readings import check, reading

from sanctionwatch.claims.extract import extract_claims


def _one(text: str, lang: str, doc_date: date = date(2025, 6, 10)) -> dict[str, object]:
    claims = extract_claims(text, lang=lang, doc_date=doc_date)
    assert len(claims) == 1, claims
    return reading(claims[0])


_check = check


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("消息人士说,在俄远东工作的朝鲜劳务人员有2万多人。", 20000, "workers"),
        ("去年朝鲜派往中国的工人达5000余名。", 5000, "workers"),
        ("据悉,目前在华朝鲜留学生有1万多名。", 10000, "students"),
    ],
)
def test_zh_more_than_before_counter(text: str, quantity: int, unit: str) -> None:
    got = _one(text, "zh")
    _check(got, quantity=quantity, qualifier="more_than", unit=unit, origin="KP")


def test_ko_agency_opening_the_sentence_is_not_the_origin() -> None:
    got = _one(
        "중국 해관총서는 지난해 북한에서 중국으로 들어온 인원이 약 3만2천 명이라고 밝혔다.",
        "ko",
    )
    _check(got, quantity=32000, qualifier="approx", origin="KP", destination="CN", period="2024")


def test_ko_country_before_counted_noun_names_nationals() -> None:
    got = _one("북한 대학생 120명이 모스크바에 도착했다.", "ko")
    _check(got, quantity=120, unit="students", origin="KP", destination="RU", purpose="study")


def test_ko_zh_defectors_come_from_north_korea() -> None:
    got = _one("지난해 국내에 입국한 탈북자는 180명에 그쳤다.", "ko")
    _check(got, quantity=180, origin="KP", destination="KR", purpose="other", period="2024")
    got = _one("去年经第三国抵达韩国的脱北者约有190人。", "zh")
    _check(got, quantity=190, origin="KP", destination="KR", purpose="other")


@pytest.mark.parametrize(
    ("text", "period", "comparison"),
    [
        (
            "올해 1~5월 러시아를 찾은 북한 주민은 5천200명으로 작년 같은 기간보다 40% 늘었다.",
            "2025-01..2025-05",
            ("percent_change", 40, "2024-01..2024-05"),
        ),
        (
            "올해 2분기 중국에 들어간 북한 노동자는 6천 명으로 지난해 같은 기간의 세 배였다.",
            "2025-Q2",
            ("ratio", 3, "2024-Q2"),
        ),
    ],
)
def test_ko_same_period_last_year_is_the_baseline(
    text: str, period: str, comparison: tuple[object, ...]
) -> None:
    _check(_one(text, "ko"), period=period, comparison=comparison)


@pytest.mark.parametrize(
    ("lang", "text", "attribution"),
    [
        (
            "ko",
            "국가이민관리국은 지난해 북한 주민 2만 명이 중국에 입국했다고 밝혔다.",
            "China National Immigration Administration",
        ),
        (
            "zh",
            "据国家移民管理局统计,去年入境中国的朝鲜公民约2万人。",
            "China National Immigration Administration",
        ),
        (
            "ko",
            "합참은 북한군 2천여 명이 러시아로 추가 이동했다고 밝혔다.",
            "South Korean Joint Chiefs of Staff",
        ),
        ("zh", "中国驻朝鲜大使馆说,已有80名朝鲜留学生抵达北京。", "Chinese Embassy in North Korea"),
        ("ko", "우크라이나 국방정보총국은 북한군 4천 명이 쿠르스크에 있다고 주장했다.", "Ukraine"),
        ("zh", "据俄方统计,去年朝鲜公民入境俄罗斯约8000人。", None),
        ("zh", "据俄罗斯统计局数据,去年朝鲜公民入境俄罗斯约8000人。", "Rosstat"),
    ],
)
def test_ko_zh_attributions(lang: str, text: str, attribution: str | None) -> None:
    _check(_one(text, lang), attribution=attribution)


def test_zh_national_statistics_bureau_is_not_rosstat() -> None:
    assert extract_claims("国家统计局说,去年城镇新增就业1200万人。", lang="zh") == []


def test_zh_at_least_with_you() -> None:
    _check(_one("目前在俄罗斯的朝鲜工人至少有2万人。", "zh"), quantity=20000, qualifier="at_least")


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("zh", "去年朝鲜公民赴俄罗斯约2.3万人次。", "entries"),
        ("zh", "今年一季度朝鲜公民入境中国3000多人次。", "entries"),
        ("ko", "북한은 해마다 100~150명의 건설 노동자를 러시아로 보낸다.", "workers"),
        ("ko", "올해 북한 주민에게 발급된 러시아 취업 비자는 2천 건을 넘었다.", "visas"),
        ("ko", "올해 북한 주민의 러시아 입국은 4천여 건에 달했다.", "entries"),
    ],
)
def test_ko_zh_counted_units(lang: str, text: str, unit: str) -> None:
    for c in extract_claims(text, lang=lang, doc_date=date(2025, 6, 10)):
        assert c.unit == unit, c


def test_ko_case_counter_with_more_than() -> None:
    got = _one("올해 북한 주민에게 발급된 러시아 취업 비자는 2천 건을 넘었다.", "ko")
    _check(got, quantity=2000, qualifier="more_than", unit="visas", origin="KP", destination="RU")


def test_zh_comparison_only_counts_entries() -> None:
    got = _one("今年上半年朝鲜公民赴华旅游人次同比增长45%。", "zh")
    _check(
        got, quantity=None, unit="entries", comparison=("percent_change", 45, "2024-01..2024-06")
    )


@pytest.mark.parametrize(
    ("lang", "text", "doc_date", "want"),
    [
        (
            "ko",
            "지난해 러시아로 간 북한 유학생 수는 전년보다 300명 늘어난 것으로 집계됐다.",
            date(2025, 3, 5),
            {
                "quantity": None,
                "unit": "students",
                "period": "2024",
                "comparison": ("difference", 300, "2023"),
            },
        ),
        (
            "ko",
            "올해 2분기 중국에 입국한 북한 주민은 8천120명으로 직전 분기보다 2천40명 적었다.",
            date(2025, 8, 1),
            {"quantity": 8120, "period": "2025-Q2", "comparison": ("difference", -2040, "2025-Q1")},
        ),
        (
            "zh",
            "与去年同期相比,今年前三个月赴俄的朝鲜工人增加了约1200人。",
            date(2025, 4, 20),
            {
                "quantity": None,
                "unit": "workers",
                "period": "2025-01..2025-03",
                "comparison": ("difference", 1200, "2024-01..2024-03"),
            },
        ),
        (
            "zh",
            "今年前两个月入境俄罗斯的朝鲜公民有4100人,较上季度减少800人。",
            date(2025, 3, 20),
            {"quantity": 4100, "period": "2025-01..2025-02"},
        ),
    ],
)
def test_ko_zh_differences(lang: str, text: str, doc_date: date, want: dict[str, object]) -> None:
    _check(_one(text, lang, doc_date), **want)


def test_ko_record_since_year() -> None:
    got = _one("올해 중국에 간 북한 노동자는 9천 명을 넘어 2018년 이후 가장 많았다.", "ko")
    _check(got, quantity=9000, comparison=("record", None, "2018"))


def test_zh_traditional_ratio_against_year_before_last() -> None:
    got = _one("去年赴俄的北韓勞工有4,100人,較前年增加近三倍。", "zh", date(2025, 3, 1))
    _check(got, period="2024", comparison=("ratio", 3, "2023"))


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        ("ko", "지난달 북한 노동자 300명이 러시아에 도착했다.", "2025-05"),
        ("ko", "이달 초 북한 학생 40명이 중국 베이징에 도착했다.", "2025-06"),
        ("zh", "上月有300名朝鲜工人抵达俄罗斯。", "2025-05"),
        ("zh", "本月约有60名朝鲜留学生抵达北京。", "2025-06"),
        ("zh", "上个月入境中国的朝鲜公民约有1500人。", "2025-05"),
    ],
)
def test_ko_zh_relative_months(lang: str, text: str, period: str) -> None:
    _check(_one(text, lang), period=period)


def test_ko_relative_month_across_new_year() -> None:
    _check(
        _one("지난달 북한 노동자 300명이 러시아에 도착했다.", "ko", date(2026, 1, 8)),
        period="2025-12",
    )


def test_zh_service_personnel() -> None:
    got = _one("在中国的朝鲜公民中,有约800人以“服务人员”身份入境。", "zh")
    _check(got, quantity=800, purpose="service_personnel")


def test_zh_year_after_ascii_comma() -> None:
    got = _one("据俄方统计,2023年朝鲜公民以旅游目的入境俄罗斯1,240人次。", "zh")
    _check(got, quantity=1240, unit="entries", purpose="tourism", period="2023", attribution=None)


def test_ko_later_period_belongs_to_the_later_figure() -> None:
    claims = extract_claims(
        "정보당국은 러시아에 파견된 북한군이 1만 2천여 명이며, "
        "올해 2분기에 2천 명가량이 더 갔다고 봤다.",
        lang="ko",
        doc_date=date(2025, 7, 1),
    )
    assert [(c.quantity, c.period, c.unit, c.purpose) for c in claims] == [
        (12000, None, "troops", "troops"),
        (2000, "2025-Q2", "troops", "troops"),
    ]


def test_zh_bare_figure_counts_what_the_figure_before_counts() -> None:
    claims = extract_claims(
        "据估算,约有3万名朝鲜劳工在俄罗斯工作,另有约5000人在中国。",
        lang="zh",
        doc_date=date(2025, 6, 1),
    )
    assert [(c.quantity, c.unit, c.purpose, c.destination) for c in claims] == [
        (30000, "workers", "work", "RU"),
        (5000, "workers", "work", "CN"),
    ]


def test_zh_bare_figure_with_its_own_noun_keeps_it() -> None:
    claims = extract_claims(
        "约有3万名朝鲜劳工在俄罗斯工作,另有朝鲜公民约5000人在中国。",
        lang="zh",
        doc_date=date(2025, 6, 1),
    )
    assert [c.unit for c in claims] == ["workers", "persons"]


def test_ko_words_that_look_like_change_or_month_are_not() -> None:
    # "적극적으로" is not "fewer", "전달했다" (passed on) is not "last month"
    got = _one(
        "북한 노동자 3천 명이 러시아 건설 현장에 적극적으로 투입됐다고 소식통이 전달했다.", "ko"
    )
    _check(got, quantity=3000, comparison=None, period=None, unit="workers", destination="RU")


def test_ko_case_counter_before_its_noun() -> None:
    got = _one(
        "올해 북한 주민에게 러시아가 발급한 3천 건의 비자 가운데 절반이 취업 비자였다.", "ko"
    )
    _check(got, quantity=3000, unit="visas")


def test_zh_difference_with_thousands_comma() -> None:
    got = _one("今年赴俄的朝鲜工人较去年增加了2,500人。", "zh")
    _check(got, quantity=None, unit="workers", comparison=("difference", 2500, "2024"))


def test_zh_hua_with_movement_word_is_china() -> None:
    got = _one("今年二季度,朝鲜赴华人员环比增加约900人次。", "zh", date(2025, 8, 10))
    _check(
        got,
        unit="entries",
        origin="KP",
        destination="CN",
        period="2025-Q2",
        comparison=("difference", 900, "2025-Q1"),
    )


def test_zh_xiang_marks_the_destination() -> None:
    claims = extract_claims("朝鲜向俄罗斯派出的工人超过2万人,另有约900人在白俄罗斯。", lang="zh")
    assert [(c.quantity, c.destination, c.unit) for c in claims] == [
        (20000, "RU", "workers"),
        (900, "BY", "workers"),
    ]
