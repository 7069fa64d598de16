"""Korean forms met in round sixty-three: regional statements, NK-watcher outlets, reviews."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_quantities

D = date(2025, 11, 20)


def test_the_provinces_of_a_regions_name_are_no_count() -> None:
    # "동북 3성의", "동북3성 지역": the three provinces of Northeast China, not three people
    for text, want in (
        ("북한은 중국 동북 3성의 봉제공장에 여성 노동자 약 5천 명을 보냈다.", [5000]),
        ("동북3성 지역 식당에서 일하는 북한 종업원은 1천여 명이다.", [1000]),
    ):
        assert read_quantities(text, "ko", doc_date=D) == want
