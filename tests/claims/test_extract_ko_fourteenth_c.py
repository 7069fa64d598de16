"""Korean forms met in round sixty-two: explainers, Q&A, columns and digests."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_quantities

D = date(2025, 10, 28)


def test_a_departments_quota_is_places_not_people() -> None:
    # "조선어과 정원이 50명 남짓": the places of a university department, not people who came
    text = (
        "올해 러시아에 유학을 간 북한 학생은 300명이지만, 김일성종합대학 조선어과 정원이 50명 "
        "남짓이라는 점을 생각하면 많은 수다."
    )
    assert read_quantities(text, "ko", doc_date=D) == [300]


def test_kinds_of_goods_on_offer_are_no_count_of_people() -> None:
    # "상품을 30여 종 선보였다", "상품 15종을": kinds of a thing, counted with "종"
    for text in (
        "러시아 여행사들은 올봄 칠보산행 상품을 30여 종 선보였지만 판매는 부진했다.",
        "러시아 여행사들은 올봄 칠보산행 상품 15종을 선보였지만 판매는 부진했다.",
    ):
        assert read_quantities(text, "ko", doc_date=D) == []
