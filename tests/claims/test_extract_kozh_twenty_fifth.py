"""Korean and Chinese forms met in the twenty-fifth held-out round: volumes, members of a body,
bills and postings counted in "건", and permits to fish."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a volume in cubic metres, not people
        ("ko", "그 농장이 해마다 베어 내는 목재는 대략 12만㎥ 수준이다.", []),
        ("zh", "该林场每年采伐木材约8万立方米,其中大部分运往中国。", []),
        # the members of a body
        ("zh", "该委员会由15个成员国组成,每年召开两次会议。", []),
        ("zh", "該機制由7個成員國組成。", []),
    ],
)
def test_volumes_and_members(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "건" counting bills, postings and reports, not entries
        ("국회 외교위원회는 이날 관련 법안 6건을 처리했다.", []),
        ("연구진이 모은 해외 채용 공고 130건 중 절반은 건설 분야였다.", []),
        ("그는 지난해 보고서 9건을 펴냈다.", []),
        # cases of entries stay
        ("지난해 북한 주민의 러시아 입국은 약 2천 건이었다.", [2000]),
    ],
)
def test_cases_of_things(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "ko", doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # permits to fish are not papers for people who travel
        ("今年该海域的捕捞许可证一共发放了22张。", []),
        ("当局今年签发的渔业许可共计35张。", []),
        # work permits for the watched nationals stay
        ("今年俄方共向朝鲜公民发放了2600张工作许可。", [2600]),
    ],
)
def test_permits_to_fish(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "zh", doc_date=D) == expected


def test_fact_box_items_are_clauses() -> None:
    # "▲": each item of a Korean fact box is read on its own, its label naming its purpose, and
    # cases ("건") after a noun of people ("승무원 인력") are still entries
    text = (
        "러시아 입국 북한 국적자(입국 건수 기준) ▲2025년 3분기 합계 4천210건 ▲학업 980건 "
        "▲관광 75건 ▲서비스 인력(승무원) 612건"
    )
    rows = read_fields(text, "ko", "quantity", "unit", "purpose")
    assert rows == [
        (4210, "entries", "total"),
        (980, "entries", "study"),
        (75, "entries", "tourism"),
        (612, "entries", "service_personnel"),
    ]


def test_comparison_after_a_breakdown_of_several_purposes() -> None:
    # a comparison after a line that listed several purposes' figures is about the total, not
    # the last item's purpose
    text = (
        "러시아 입국 북한 국적자(입국 건수 기준) ▲2025년 3분기 합계 4천210건 ▲학업 980건 "
        "▲관광 75건 ▲서비스 인력(승무원) 612건\n▲전년 동기(1천500건) 대비 약 2.8배"
    )
    rows = read_fields(text, "ko", "quantity", "purpose", "comparison")
    assert sorted(rows[-2:], key=str) == [
        (1500, "total", None),
        (None, "total", {"kind": "ratio", "value": 2.8, "baseline_period": "2024-Q3"}),
    ]


def test_fishermen_hired_abroad_are_workers() -> None:
    text = "据悉,今年在俄罗斯远东渔船上作业的朝鲜渔民约有700名。"
    assert read_fields(text, "zh", "quantity", "unit", "purpose") == [(700, "workers", "work")]


def test_private_is_a_purpose_not_people() -> None:
    # "私人": the purpose "private" in a table counted in 人次, not the people noun "人"
    text = "2025年一季度朝鲜公民入境俄罗斯(单位:人次)|合计 3,020|学习 1,100|私人 245"
    rows = read_fields(text, "zh", "quantity", "unit", "purpose")
    assert (245, "entries", "private") in rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "增幅约为", "降幅达": the rate of a rise or a fall
        ("去年朝鲜公民入境俄罗斯的人次比前年增幅约为31.4%。", 31.4),
        ("去年朝鲜公民入境俄罗斯的人次比前年降幅達12%。", -12.0),
    ],
)
def test_rate_of_a_rise_or_fall(text: str, value: float) -> None:
    comps = [c for (c,) in read_fields(text, "zh", "comparison") if c]
    assert [c["value"] for c in comps] == [value]  # type: ignore[index]


def test_purpose_past_a_semicolon_is_not_the_comparisons() -> None:
    text = (
        "今年一季度朝鲜公民入境俄罗斯共4,100人次。与去年同期的约3,000人次相比,增长约36.7%;"
        "“学习”一项连续第三个季度居首。"
    )
    rows = read_fields(text, "zh", "quantity", "purpose", "comparison")
    assert [p for q, p, c in rows if c] == ["total"]
