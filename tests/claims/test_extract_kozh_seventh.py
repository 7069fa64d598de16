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
