"""Korean and Chinese forms met in the forty-first and forty-second held-out rounds: a side that
speaks or sends, a headline's glued abbreviation and its break before a source, an official
named with "one", groups counted with "个" and their sum, rooms shared, a percentage set beside
its headcount, lawmakers at a hearing, visa holders, "the number of" after a relative clause,
and a breakdown of entries."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 9, 15)


def test_a_side_that_speaks() -> None:
    # "우크라이나 측은 … 주장했다": Ukraine's side is the source
    assert read_fields(
        "우크라이나 측은 북한군 수천 명이 전선에 배치됐다고 주장했다.",
        "ko",
        "attribution",
        doc_date=D,
    ) == [("Ukraine",)]


def test_the_dprk_side_sends() -> None:
    # "朝方派出": the DPRK side sends its own people
    assert read_fields(
        "据介绍,去年朝方向俄罗斯派出约300名研修生。",
        "zh",
        "quantity",
        "origin",
        doc_date=D,
    ) == [(300, "KP")]


def test_a_glued_headline_abbreviation() -> None:
    # "北근로자": the headline glues "North" to the people noun
    assert read_fields(
        "올해 中 공장에 北근로자 2천명 추가 배치", "ko", "quantity", "origin", doc_date=D
    ) == [(2000, "KP")]


def test_a_headline_break_before_the_source() -> None:
    # the country ends the phrase before the space; the source after it is Seoul's service
    assert read_fields(
        "朝鲜留学生涌入俄罗斯 韩情报部门:或已超3000人",
        "zh",
        "destination",
        "attribution",
        doc_date=D,
    ) == [("RU", "NIS")]


def test_the_dprk_side_in_an_article() -> None:
    # "朝方提交的申请": the other side of the exchange is where the article's figure went
    assert read_fields(
        "远东联邦大学表示,本学年共有朝鲜留学生120名。校方还称,已收到朝方提交的60份申请。",
        "zh",
        "quantity",
        "origin",
        "destination",
        doc_date=D,
    ) == [(120, "KP", "RU"), (60, "KP", "RU")]
