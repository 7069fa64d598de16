"""Korean forms met in rounds sixty and sixty-one: a change between the figure it went from
("…에서") and the one it went to."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 10, 28)


def test_a_change_between_from_and_to_is_the_later_figures() -> None:
    # "2천 명에서 500여 명 늘어 2천500명에 달했다": the difference is the figure it went to's
    got = read_fields(
        "연해주의 북한 노동자는 지난해 2천 명에서 500여 명 늘어 2천500명에 달했다.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    )
    assert (2500, {"kind": "difference", "value": 500.0, "baseline_period": None}) in got
    assert not any(q == 2000 and cmp for q, cmp in got)
