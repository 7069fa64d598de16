"""Chinese forms met in round 64: a hedge before the verb of a share."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 9, 20)


def test_about_before_the_verb_of_a_share_hedges_it() -> None:
    # "约占三成": about three tenths, as "占约三成"
    text = "今年上半年朝鲜公民入境俄罗斯约6000人次,其中以旅游为目的的约占三成。"
    got = read_fields(text, "zh", "quantity", "qualifier", "unit", doc_date=D)
    assert got == [(6000, "approx", "entries"), (30, "approx", "percent")]
