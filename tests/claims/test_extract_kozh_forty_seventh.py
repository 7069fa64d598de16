"""Korean and Chinese forms met in the forty-seventh held-out round: a ratio to the year-ago
period after a verb of nearness, and purpose-named entries that name no nationals."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_rows

D = date(2025, 11, 20)


def test_nearly_n_times_the_year_ago_period_names_its_baseline() -> None:
    # "接近去年同期的N倍": the figure is this quarter's, the base is the same quarter a year ago
    rows = read_rows(
        "今年第三季度朝鲜公民赴俄共5200人次。入境人次将近去年同期的2倍。", "zh", doc_date=D
    )
    assert rows[-1][6:] == ("2025-Q3", ("ratio", 2.0, "2024-Q3"))
