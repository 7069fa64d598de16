"""Korean and Chinese forms found missing on the third, held-out ko/zh sentence set: areas and
prices as distractors, hedges ("에도 못 미쳤다", "约为", a bound a few words before the number),
purposes, records and a "从…增至…" baseline, a permit before 的, crews as nationals. Every
sentence here is written for the test (none is from a set)."""

from __future__ import annotations

from datetime import date

import pytest
from claim_readings import as_row

from sanctionwatch.claims.extract import extract_claims


def _rows(text: str, lang: str) -> list[tuple[object, ...]]:
    return [as_row(c) for c in extract_claims(text, lang=lang, doc_date=date(2025, 6, 10))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("개마고원 일대 보호구역의 면적은 1,200㎢에 달한다.", "ko"),
        ("해당 부지는 35제곱킬로미터 규모다.", "ko"),
        ("该开发区规划面积约为320平方公里。", "zh"),
        ("丹东至平壤的单程车票售价为350元人民币。", "zh"),
    ],
)
def test_areas_and_prices_are_not_claims(text: str, lang: str) -> None:
    assert _rows(text, lang) == []


def test_ko_edo_mot_michyeotda_is_less_than() -> None:
    rows = _rows("올해 상반기 교육 목적으로 러시아에 간 북한 학생은 500명에도 못 미쳤다.", "ko")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [(500, "less_than", "students", "study")]


def test_zh_yuewei_is_approx() -> None:
    rows = _rows("2024年朝鲜赴华留学人员约为3200人。", "zh")
    assert [(r[0], r[1], r[4]) for r in rows] == [(3200, "approx", "CN")]


def test_zh_bound_a_few_words_before_the_number() -> None:
    rows = _rows("报道称,朝鲜明年至多可能向俄罗斯派出5000名建筑工人。", "zh")
    assert [(r[0], r[1], r[2]) for r in rows] == [(5000, "at_most", "workers")]


def test_zh_distant_bound_not_across_another_number() -> None:
    rows = _rows("据统计,至少有2023年的记录显示3000名朝鲜工人。", "zh")
    assert [(r[0], r[1]) for r in rows] == [(3000, "exact")]


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("올해 친척 방문 등 개인 용무로 중국을 찾은 북한 주민은 2천 명이었다.", "private"),
        ("지난달 중국을 방문한 북한 정부 대표단은 40여 명이었다.", "official"),
    ],
)
def test_ko_purposes(text: str, purpose: str) -> None:
    assert [r[5] for r in _rows(text, "ko")] == [purpose]


def test_zh_same_period_figure_takes_the_compared_figures_purpose() -> None:
    rows = _rows("今年上半年以学习为目的入境俄罗斯的朝鲜公民为860人,而去年同期仅为120人。", "zh")
    assert [(r[0], r[5], r[6]) for r in rows] == [
        (860, "study", "2025-01..2025-06"),
        (120, "study", "2024-01..2024-06"),
    ]


def test_ko_record_since_year_with_scope_words_between() -> None:
    rows = _rows(
        "올해 2분기 러시아에 입국한 북한 국적자는 2천 명을 넘어 "
        "2015년 이후 반기 기준 최대치를 기록했다.",
        "ko",
    )
    assert [r[7] for r in rows] == [("record", None, "2015")]


def test_zh_record_since_the_pandemic_is_read_against_2020() -> None:
    # (round 70: as Korean "코로나 이후 최대", the pandemic's border closures began in 2020)
    rows = _rows("去年朝鮮公民入境中國共八千餘人次,為疫情以來最多。", "zh")
    assert [(r[0], r[1], r[2], r[7]) for r in rows] == [
        (8000, "more_than", "entries", ("record", None, "2020"))
    ]


def test_zh_from_year_to_year_gives_the_ratio_its_baseline() -> None:
    rows = _rows("朝鲜在俄劳工从2022年的约1000人增至2024年的1.2万人,增幅达12倍。", "zh")
    assert [(r[0], r[1], r[6], r[7]) for r in rows] == [
        (1000, "approx", "2022", None),
        (12000, "exact", "2024", ("ratio", 12, "2022")),
    ]


def test_zh_permit_before_de_describes_the_workers() -> None:
    rows = _rows("2024年在华持工作签证的朝鲜劳工人数比2023年增加了800人。", "zh")
    assert [(r[0], r[2], r[7]) for r in rows] == [(None, "workers", ("difference", 800, "2023"))]


def test_ko_crew_after_the_country_names_its_nationals() -> None:
    rows = _rows(
        "올해 1분기 북한 어선 선원 등 서비스 요원 자격으로 러시아에 입국한 인원은 230명이었다.",
        "ko",
    )
    assert [(r[0], r[3], r[4], r[5]) for r in rows] == [(230, "KP", "RU", "service_personnel")]


def test_ko_military_construction_personnel_are_troops() -> None:
    rows = _rows("북한은 올해 러시아에 군사 건설 인력 3천 명을 추가로 보낼 예정이다.", "ko")
    assert [(r[0], r[2], r[5]) for r in rows] == [(3000, "troops", "troops")]
