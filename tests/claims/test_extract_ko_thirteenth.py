"""Korean forms met in rounds forty-seven, forty-nine and fifty: a ceiling reached "까지", a span
of quarters spelled out with "부터 … 까지"."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_a_ceiling_before_a_figure_reached_stays_a_ceiling() -> None:
    # "최대 2만 명까지 늘어날 수 있다": the most it may grow to, not a value already reached
    got = read_fields(
        "정보 당국은 러시아 내 북한군이 최대 2만 명까지 늘어날 수 있다고 봤다.",
        "ko",
        "quantity",
        "qualifier",
        doc_date=D,
    )
    assert got == [(20000, "at_most")]


def test_quarters_from_one_to_another_are_one_span() -> None:
    # "지난해 2분기부터 4분기까지": April to December of that year
    got = read_fields(
        "북한은 지난해 2분기부터 4분기까지 러시아에 노동자 800여 명을 보냈다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert got == [(800, "2024-04..2024-12")]
