"""Korean and Chinese forms found missing on the fourth, held-out ko/zh sentence set: things
counted with "여" before the counter, calibres and guns, phone numbers, people studying in the
DPRK. Every sentence here is written for the test (none is from a set)."""

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
        ("단둥 세관을 지난 버스는 하루 300여 대에 그쳤다.", "ko"),
        ("该部队装备了152毫米榴弹炮约80門。", "zh"),
        ("边境口岸配备了新型火炮30门。", "zh"),
        ("신고는 1588-4420으로 하면 된다.", "ko"),
        ("咨询电话为010-6512-3300。", "zh"),
        ("김일성종합대학에서 공부하는 중국 유학생은 올해 120명이다.", "ko"),
    ],
)
def test_things_phones_and_study_in_the_dprk_are_not_claims(text: str, lang: str) -> None:
    assert _rows(text, lang) == []


def test_ko_people_figure_after_a_things_figure_is_kept() -> None:
    rows = _rows("버스는 200여 대였고, 중국에 간 북한 주민은 900여 명이었다.", "ko")
    assert [r[0] for r in rows] == [900]


def test_ko_workers_from_central_asia_are_dropped_north_koreans_kept() -> None:
    rows = _rows(
        "하바롭스크 공사장에는 카자흐스탄 출신 근로자 5천여 명과 북한 노동자 약 800명이 있다.", "ko"
    )
    assert [(r[0], r[3]) for r in rows] == [(800, "KP")]


def test_zh_workers_from_a_foreign_region_are_dropped() -> None:
    assert _rows("该工地有来自东南亚国家的工人3000名。", "zh") == []


def test_zh_workers_from_the_dprk_named_with_laizi_are_kept() -> None:
    rows = _rows("该工地有来自朝鲜的工人3000名。", "zh")
    assert [(r[0], r[3]) for r in rows] == [(3000, "KP")]


def test_zh_doubled_compared_with_a_named_month() -> None:
    rows = _rows("今年5月从罗先来华的朝鲜游客比3月翻了一番。", "zh")
    assert [(r[0], r[3], r[4], r[6], r[7]) for r in rows] == [
        (None, "KP", "CN", "2025-05", ("ratio", 2.0, "2025-03"))
    ]


def test_zh_traditional_percent_fall_on_the_same_period_last_year() -> None:
    rows = _rows("2025年第一季度入境俄國的北韓人為1,204人,較去年同期減少約20%。", "zh")
    assert [(r[0], r[6], r[7]) for r in rows] == [
        (1204, "2025-Q1", ("percent_change", -20.0, "2024-Q1"))
    ]


def test_zh_record_since_a_year_with_words_between() -> None:
    rows = _rows("目前在华朝鲜劳工已超过3万人,为2017年安理会决议通过以来最多。", "zh")
    assert [(r[0], r[6], r[7]) for r in rows] == [(30000, None, ("record", None, "2017"))]


@pytest.mark.parametrize(
    ("text", "origin", "dest"),
    [
        ("北 근로자 러 입국 급증…올해 1~3월 1천200명", "KP", "RU"),
        ("北 노동자 中行…랴오닝성에 500명 추가 파견", "KP", "CN"),
    ],
)
def test_ko_headline_abbreviations(text: str, origin: str, dest: str) -> None:
    rows = _rows(text, "ko")
    assert [(r[3], r[4]) for r in rows] == [(origin, dest)]


def test_ko_abbreviation_letters_inside_words_are_not_countries() -> None:
    from sanctionwatch.claims.context import places_in

    assert [m.key for m in places_in("남北 회담 비용은 300만 달러 규모다.", "ko")] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("北 연수생 中 파견 '사상 최대'…3~5월에만 900명", "students"),
        ("돈바스에 투입된 북한군은 애초 예상보다 적은 3천 명 정도로 파악됐다.", "troops"),
    ],
)
def test_ko_subject_noun_further_back_names_the_unit(text: str, unit: str) -> None:
    assert [r[2] for r in _rows(text, "ko")] == [unit]


def test_ko_subject_noun_behind_a_nearer_people_noun_is_not_used() -> None:
    rows = _rows("'기술 인력' 명목으로 러시아에 간 북한 주민은 올해 320명이다.", "ko")
    assert [r[2] for r in rows] == ["persons"]


def test_ko_record_with_no_year_named() -> None:
    rows = _rows("중국에 입국한 북한 주민은 올해 1분기 1천500명으로 '사상 최대'를 기록했다.", "ko")
    assert [(r[0], r[7]) for r in rows] == [(1500, ("record", None, None))]


def test_ko_whole_in_cases_and_quoted_categories() -> None:
    rows = _rows(
        "올해 1분기 북한인의 중국 입국 3천200건 중 '관광'이 1천100건, '기타'가 900건이었다.", "ko"
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        (3200, "entries", "total"),
        (1100, "entries", "tourism"),
        (900, "entries", "other"),
    ]


def test_ko_student_visas_are_for_study() -> None:
    rows = _rows("러시아가 올해 북한 주민에게 내준 학생 비자는 2천 건이다.", "ko")
    assert [(r[2], r[5]) for r in rows] == [("visas", "study")]
