"""Chinese forms met in rounds 51 and 52: list items, records said back, shares, staff."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 9, 1)


def test_entering_dprk_tourists_are_north_koreans_coming_in() -> None:
    # "入境朝鲜游客": North Korean tourists coming in, not tourists entering the DPRK
    rows = read_fields(
        "8月经珲春口岸入境朝鲜游客:215人", "zh", "quantity", "origin", "purpose", doc_date=D
    )
    assert rows == [(215, "KP", "tourism")]


def test_a_record_said_back_may_open_its_year_with_since() -> None:
    # "这是自2019年以来的最高水平": "since" before the year; the record is the figure's
    rows = read_fields(
        "今年上半年朝鲜留学生入境俄罗斯约900人。这是自2019年以来的最高水平。",
        "zh",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    )
    assert rows == [
        (900, "2025-01..2025-06", None),
        (None, "2025-01..2025-06", {"kind": "record", "value": None, "baseline_period": "2019"}),
    ]


def test_a_border_posts_police_officers_are_its_staff() -> None:
    # "执勤民警200余名": the post's own officers, not people who came
    text = "今年上半年经图们口岸入境的朝鲜公民约6000人次。图们边检站现有执勤民警200余名。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == [(6000,)]


def test_a_part_larger_than_the_last_figure_is_a_part_of_the_wider_total() -> None:
    # "其中…约9000人次" after the month's 2100: too large to be the month's part, so the year's
    text = (
        "去年经图们口岸入境的朝鲜公民约3.1万人次。"
        "其中11月入境2100人次。"
        "其中以留学为目的入境的约9000人次。"
    )
    rows = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert rows == [(31000, "2024"), (2100, "2024-11"), (9000, "2024")]


def test_a_bullet_with_no_noun_counts_what_the_bullet_before_counted() -> None:
    # "• 上半年累计:约900人" after a line of students: the half-year's students
    text = "• 6月入境俄罗斯的朝鲜留学生:180人\n• 上半年累计:约900人"
    rows = read_fields(text, "zh", "quantity", "purpose", "period", doc_date=D)
    assert rows == [(180, "study", "2025-06"), (900, "study", "2025-01..2025-06")]


def test_a_record_after_what_this_figure_went_past_is_the_figures() -> None:
    # "这一数字超过了2018年全年的约2500人,创下2012年以来新高": 2500 is a reference point
    text = (
        "今年上半年入境俄罗斯的朝鲜留学生约2800人。"
        "这一数字超过了2018年全年的约2500人,创下2012年以来新高。"
    )
    rows = read_fields(text, "zh", "quantity", "period", "comparison", doc_date=D)
    assert rows == [
        (2800, "2025-01..2025-06", None),
        (2500, "2018", None),
        (None, "2025-01..2025-06", {"kind": "record", "value": None, "baseline_period": "2012"}),
    ]
