"""Korean and Chinese forms met in round seventy-three: a Korean percentage whose thousands are
grouped with a comma ("2,700% 가까이 늘었다"). Every sentence here is written for the test (none
is from a set)."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 4, 15)


def _cmp(text: str, lang: str) -> list[tuple[object, ...]]:
    return [
        (c.quantity, c.comparison.kind, c.comparison.value)
        for c in extract_claims(text, lang=lang, doc_date=D)
        if c.comparison is not None
    ]


def test_ko_percentage_with_grouped_thousands() -> None:
    # "1,350% 넘게 증가": the whole percentage, not the part after the comma
    got = _cmp(
        "지난해 러시아에 입국한 북한 유학생은 812명으로 전년보다 1,350% 넘게 증가했다.", "ko"
    )
    assert got == [(812, "percent_change", 1350)]
    got = _cmp("올해 1분기 중국에 입국한 북한 노동자는 640명으로 전년 동기 대비 ▲1,120%였다.", "ko")
    assert got == [(640, "percent_change", 1120)]


def _units(text: str, lang: str) -> list[tuple[object, ...]]:
    return [(c.quantity, c.unit, c.purpose) for c in extract_claims(text, lang=lang, doc_date=D)]


def test_zh_waitresses_are_workers() -> None:
    # "北韓女服務生": the Taiwan and Hong Kong word for restaurant staff, who are workers
    got = _units("據估計,在丹東一帶北韓餐廳工作的北韓女服務生約三百人。", "zh")
    assert got == [(300, "workers", "work")]


def _quals(text: str, lang: str) -> list[tuple[object, ...]]:
    return [(c.quantity, c.qualifier, c.unit) for c in extract_claims(text, lang=lang, doc_date=D)]


def test_zh_more_than_mark_before_ten_thousands() -> None:
    # "十余万名", "20多万名": more than ten (twenty) ten-thousands, one figure
    got = _quals("报告称,目前仍有十余万名朝鲜劳工在海外工作。", "zh")
    assert got == [(100000, "more_than", "workers")]
    got = _quals("报告称,2019年在中国和俄罗斯工作的朝鲜工人共20多万名。", "zh")
    assert got == [(200000, "more_than", "workers")]


def test_zh_visitors_of_every_nationality_are_no_flow() -> None:
    # "接待国内外游客三百多万人次": a city's tourism total, not North Koreans
    assert _quals("去年延吉市共接待国内外游客三百多万人次,同比增长两成。", "zh") == []
    assert _quals("今年一季度,丹东接待中外游客45万人次。", "zh") == []


def test_ko_seats_are_not_people() -> None:
    # "좌석이 180석": seats, not people
    got = _quals("새로 투입된 여객기는 좌석이 180석이며, 북한 주민 150명이 첫 편에 탔다.", "ko")
    assert got == [(150, "exact", "persons")]


def test_ko_provinces_are_not_people() -> None:
    # "동북 3성": the three northeastern provinces of China
    got = _quals("지난해 중국 동북 3성으로 들어간 북한 노동자는 약 2천 명이다.", "ko")
    assert got == [(2000, "approx", "workers")]


def _flows(text: str) -> list[tuple[object, ...]]:
    return [
        (c.quantity, c.qualifier, c.unit)
        for c in extract_claims(text, lang="ko", doc_date=D)
        if c.destination != "KP"
    ]


def test_ko_a_place_left_or_crossed_from_is_no_destination() -> None:
    # "나선에서 두만강 다리를 건너": the DPRK city is where they came from, not where they went
    got = _flows('소식통은 "이달 초 나선에서 두만강 다리를 건너 노동자 200여 명이 왔다"고 말했다.')
    assert got == [(200, "more_than", "workers")]
    got = _flows("지난주 신의주에서 출발한 노동자 80명이 단둥의 공장에 배치됐다.")
    assert got == [(80, "exact", "workers")]
