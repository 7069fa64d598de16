"""Chinese forms met in rounds 57 and 58: contrast clauses, spans to date, and who counts."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_rows

D = date(2025, 9, 16)


def test_a_contrast_clause_keeps_its_own_year_before_the_next_figure() -> None:
    # "而2023年为…,2018年则…": each clause names its year before its figure
    rows = read_rows(
        "今年前八个月朝鲜公民入境俄罗斯共4300人次,而2023年为9800人次,2018年则约有1.6万人次。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[6]) for r in rows] == [
        (4300, "2025-01..2025-08"),
        (9800, "2023"),
        (16000, "2018"),
    ]
