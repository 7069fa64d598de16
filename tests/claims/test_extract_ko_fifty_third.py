"""Korean forms met in rounds fifty-three and fifty-four: an answer to a question about a
quarter compared with "the same period last year"."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2024, 10, 20)


def test_answer_against_the_same_period_last_year_is_the_asked_quarter_a_year_before() -> None:
    # "올해 3분기 … 몇 명일까? 2천 명으로 지난해 같은 기간보다 30% 늘었다": against 2023-Q3
    got = read_fields(
        "올해 3분기 중국에 들어간 북한 노동자는 몇 명일까? "
        "2천 명으로 지난해 같은 기간보다 30% 늘었다.",
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (
            2000,
            "2024-Q3",
            {"kind": "percent_change", "value": 30, "baseline_period": "2023-Q3"},
        )
    ]
