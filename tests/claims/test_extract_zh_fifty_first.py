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
