"""Korean forms met in rounds fifty-seven and fifty-eight: a record joined to the change before
it, a ship's capacity."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_a_record_joined_to_the_change_before_it_is_the_same_figures() -> None:
    # "전년보다 27% 늘어 2017년 이후 최대를 기록했다": the figure took the change; the record
    # after it is a second claim about that figure
    got = read_fields(
        "지난해 북한 주민의 러시아 입국은 총 9천120건으로 전년보다 27% 늘어 2017년 이후 최대를 "
        "기록했다.",
        "ko",
        "quantity",
        "unit",
        "period",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (
            9120,
            "entries",
            "2024",
            {"kind": "percent_change", "value": 27, "baseline_period": "2023"},
        ),
        (None, "entries", "2024", {"kind": "record", "value": None, "baseline_period": "2017"}),
    ]


def test_a_record_after_a_ratio_and_goes_on() -> None:
    # "직전 분기보다 3배 늘었고 2018년 이후 가장 많았다"
    got = read_fields(
        "올해 1분기 러시아에 입국한 북한 유학생은 2천 명으로, 직전 분기보다 3배 늘었고 2018년 "
        "이후 가장 많았다.",
        "ko",
        "quantity",
        "purpose",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (2000, "study", {"kind": "ratio", "value": 3, "baseline_period": "2024-Q4"}),
        (None, "study", {"kind": "record", "value": None, "baseline_period": "2018"}),
    ]


def test_what_a_ship_can_carry_is_no_count() -> None:
    # "최대 250명의 승객을 태울 수 있다": the ship's capacity, not people who went
    got = read_fields(
        "지난달 북한 주민 500여 명이 배편으로 러시아에 입국했다. 이 항로의 여객선은 최대 "
        "250명의 승객을 태울 수 있고, 화물선은 30명을 태울 수 있다.",
        "ko",
        "quantity",
        doc_date=D,
    )
    assert got == [(500,)]
