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
