"""Korean and Chinese forms met in the thirty-sixth held-out round (articles of a few lines,
later lines leaning on earlier ones)."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 3, 4)


def test_a_ratio_against_last_years_figure_named_before_de() -> None:
    # "是前年860人次的近9倍": the baseline year's figure stands between the year and 的; the
    # ratio is the headline figure's, and the figure is the baseline's
    text = "去年赴俄罗斯的朝鲜公民达7600人次,是前年860人次的近9倍。"
    rows = read_fields(text, "zh", "quantity", "period", "comparison")
    assert rows == [
        (7600, "2024", {"kind": "ratio", "value": 9.0, "baseline_period": "2023"}),
        (860, "2023", None),
    ]


def test_a_change_against_a_year_in_traditional_characters() -> None:
    # "較2023年增加近四成": the traditional 較 names the baseline year; the figure keeps the
    # article's year
    text = (
        "2024年朝鮮公民入境俄羅斯共9000餘人次。\n\n"
        "其中以「學習」為目的者約3100人次,較2023年增加近四成。"
    )
    rows = read_fields(text, "zh", "quantity", "period", "comparison", doc_date=D)
    assert rows[1] == (
        3100,
        "2024",
        {"kind": "percent_change", "value": 40.0, "baseline_period": "2023"},
    )


def test_a_fraction_of_the_year_before() -> None:
    # "僅為前一年的三分之一左右": a third of the year before the figure's (carried) year
    text = (
        "2024年朝鮮公民入境俄羅斯共9000餘人次。\n\n"
        "以「工作」為目的者則降至700餘人次,僅為前一年的三分之一左右。"
    )
    rows = read_fields(text, "zh", "quantity", "period", "comparison", doc_date=D)
    assert rows[1] == (700, "2024", {"kind": "ratio", "value": 0.3333, "baseline_period": "2023"})
