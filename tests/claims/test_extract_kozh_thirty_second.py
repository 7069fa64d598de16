"""Korean and Chinese forms met in the thirty-second held-out round: "대러" (to Russia) and the
workforce sent there, a table's number, households of a housing estate, and things counted
with the general counter "个" or named with a Latin capital ("5G")."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_to_russia_and_the_workforce_sent_there() -> None:
    # "대러 노동력 송출": the workforce sent to Russia (대러), so workers, not the DPRK's own
    text = "북한의 대러 노동력 파견은 2016년 말 약 2만 명에서 2020년 말 3천 명 안팎으로 감소했다."
    rows = read_fields(text, "ko", "quantity", "unit", "origin", "destination", "period")
    assert rows == [
        (20000, "workers", "KP", "RU", "2016"),
        (3000, "workers", "KP", "RU", "2020"),
    ]
