"""Korean and Chinese forms met in round seventy-one: Korean "에 못 미쳐" (the linking form of
"falls short of") as less than; a Chinese past negation of "any" North Korean ("并未向任何朝鲜公民
签发", "已没有任何朝鲜劳工") as a count of none. Every sentence here is written for the test (none
is from a set)."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 4, 15)


def _fields(text: str, lang: str) -> list[tuple[object, ...]]:
    return [
        (c.quantity, c.qualifier, c.unit, c.purpose, c.period)
        for c in extract_claims(text, lang=lang, doc_date=D)
    ]


def test_ko_falls_short_linking_form_is_less_than() -> None:
    # "500명에 못 미쳐, …": the clause goes on after the bound
    got = _fields(
        "올해 1분기 라오스에 입국한 북한 국적자는 500명에 못 미쳐, 지난해보다 줄었다.", "ko"
    )
    assert [g[:2] for g in got] == [(500, "less_than")]
    got = _fields(
        "지난해 몽골에 입국한 북한 노동자는 2천 명에도 못 미쳐 예년 수준을 밑돌았다.", "ko"
    )
    assert [g[:2] for g in got] == [(2000, "less_than")]


def test_zh_past_negation_of_any_north_korean_is_zero() -> None:
    # "并未向任何朝鲜公民签发…签证": no visas issued that year
    got = _fields("卡塔尔劳工部表示,2022年并未向任何朝鲜公民签发工作签证。", "zh")
    assert got == [(0, "exact", "visas", "work", "2022")]
    # "已没有任何朝鲜劳工": none left
    got = _fields("据报道,目前科威特已没有任何朝鲜劳工。", "zh")
    assert [g[:3] for g in got] == [(0, "exact", "workers")]


def test_zh_rule_or_matter_about_any_north_korean_is_not_zero() -> None:
    # "不向任何…": a rule, not a count; "没有任何朝鲜劳工问题": a matter, not people
    assert _fields("中方不向任何朝鲜公民发放工作签证。", "zh") == []
    assert _fields("外交部发言人表示,中方没有任何朝鲜劳工问题。", "zh") == []
    assert _fields("没有任何证据显示朝鲜工人在此务工。", "zh") == []


def test_zh_foreign_tourists_let_into_the_north_are_not_north_koreans() -> None:
    # "二十余名西方游客": a DPRK resort's foreign visitors, out of scope
    got = _fields("朝鲜元山葛麻海滨旅游区上月向外国游客开放,首批二十余名西方游客入境游览。", "zh")
    assert got == []
    got = _fields("据悉,今年首批三十余名外国游客已于上周经新义州入境朝鲜。", "zh")
    assert got == []


def test_zh_north_korean_tourists_still_count() -> None:
    got = _fields("去年经丹东口岸入境的朝鲜游客约3000人次。", "zh")
    assert [g[:2] for g in got] == [(3000, "approx")]


def _cmp(text: str, lang: str) -> list[tuple[object, ...]]:
    return [
        (
            c.quantity,
            c.comparison and (c.comparison.kind, c.comparison.value, c.comparison.baseline_period),
        )
        for c in extract_claims(text, lang=lang, doc_date=D)
    ]


def test_zh_times_and_a_half_is_a_ratio() -> None:
    # "是去年同期的两倍半": two and a half times the same period a year before
    got = _cmp("今年一季度经珲春口岸入境的朝鲜公民约4000人次,是去年同期的两倍半。", "zh")
    assert got == [(4000, ("ratio", 2.5, "2024-Q1"))]
    got = _cmp("去年赴俄的朝鲜劳工约1.5万人,为前年的一倍半。", "zh")
    assert got == [(15000, ("ratio", 1.5, "2023"))]


def test_ko_change_against_the_figures_own_period_stands_alone() -> None:
    # "1분기 150여 명에 머물던 …이 2분기에는 1분기의 여섯 배를": the figure before is the
    # baseline's; the change is of the later quarter, with no figure of its own
    got = _fields_cmp(
        "러시아 국경 자료를 보면 1분기 150여 명에 머물던 북한 노동자 입국이 "
        "2분기에는 1분기의 여섯 배를 넘었다.",
    )
    assert got == [
        (150, "2025-Q1", None),
        (None, "2025-Q2", ("ratio", 6.0, "2025-Q1")),
    ]


def test_ko_change_against_an_earlier_period_keeps_its_figure() -> None:
    # "2분기 900명으로 1분기의 세 배": the figure is the change's own
    got = _fields_cmp("2분기 러시아에 입국한 북한 국적자는 900명으로 1분기의 세 배였다.")
    assert got == [(900, "2025-Q2", ("ratio", 3.0, "2025-Q1"))]


def _fields_cmp(text: str) -> list[tuple[object, ...]]:
    return [
        (
            c.quantity,
            c.period,
            c.comparison and (c.comparison.kind, c.comparison.value, c.comparison.baseline_period),
        )
        for c in extract_claims(text, lang="ko", doc_date=D)
    ]


def test_ko_period_set_against_without_a_figure_is_a_baseline() -> None:
    # "전년 동기보다 소폭 늘었다": the change has no figure, yet the year named is its baseline,
    # not the period of the count
    got = _fields(
        "올해 상반기 중국에 입국한 북한 노동자는 2천여 명으로 전년 동기보다 소폭 늘었다.", "ko"
    )
    assert [(g[0], g[4]) for g in got] == [(2000, "2025-01..2025-06")]
    got = _fields(
        "올해 1분기 몽골에 입국한 북한 국적자는 120명 남짓에 그쳐 지난해 같은 기간보다 "
        "크게 줄었다.",
        "ko",
    )
    assert [(g[0], g[4]) for g in got] == [(120, "2025-Q1")]
