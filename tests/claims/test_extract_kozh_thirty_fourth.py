"""Korean and Chinese forms met in the thirty-fourth held-out round: headlines, photo captions,
infographics, social posts with their view, like and follower counts, transcripts and key-number
boxes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a post's own counts and its channel's audience: readers, not people who travelled
        ("ko", "이 게시물은 좋아요 1.2만 개, 계정 팔로워는 41만 명을 넘었다."),
        ("zh", "#朝鲜人赴俄# 阅读1.6亿"),
        ("zh", "转发 1.1万 | 评论 2718 | 来自 iPhone 14"),
        ("zh", "好,本期就到这里,已有4.1万人订阅。| 订阅者 4.5万 | 浏览 5200+"),
        # a show's episode, a court case's number, a zero-padded code
        ("ko", "진행자: 53화는 여기까지고요, 다음 주에 뵙겠습니다."),
        ("zh", "(2024)吉02刑初第15号判决书"),
        ("zh", "本文共3150字 | 稿件编号 SX-20240312-045"),
        # military trains, a currency's value
        ("zh", "据报道,这批士兵随后共分乘约60列军列运往前线。"),
        ("ko", "○ 자료: 러시아 연방보안국 국경수비국 ○ 같은 기간 위안화 가치 12% 하락"),
    ],
)
def test_not_claims(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


def test_headline_abbreviation_with_a_particle_and_a_view_count() -> None:
    # "러에": to Russia; "(조회수 3.4만)" closing the headline says nothing about the flow
    text = (
        '[단독] 정보당국 "北, 러에 공병 약 2천 명 추가 파견…누적 1만2천여 명" #북한 (조회수 3.4만)'
    )
    rows = read_fields(text, "ko", "quantity", "qualifier", "origin", "destination", doc_date=D)
    assert rows == [(2000, "approx", "KP", "RU"), (12000, "more_than", "KP", "RU")]


def test_a_mark_fallen_below_then_the_figure() -> None:
    text = "据报道,2025年第三季度朝鲜公民赴俄留学人次首次跌破200,仅为143人次。"
    assert read_quantities(text, "zh", doc_date=date(2026, 1, 5)) == [143]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("■ 올해 1~3분기 러시아 입국 북한 주민: 약 9천 명 (전년 동기 대비 85%↑)", 85.0),
        ("■ 올해 1~3분기 러시아 입국 북한 주민: 약 9천 명 (전년 동기 대비 60%↓)", -60.0),
    ],
)
def test_an_infographic_arrow(text: str, value: float) -> None:
    rows = read_fields(text, "ko", "quantity", "period", "comparison", doc_date=date(2024, 12, 20))
    assert rows == [
        (
            9000,
            "2024-01..2024-09",
            {"kind": "percent_change", "value": value, "baseline_period": "2023-01..2023-09"},
        )
    ]


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        # a compact range of years with a tilde: those years whole
        (
            "ko",
            "피고인이 2022~2023년 연해주 건설현장에 북한 노동자 약 90명을 보냈다.",
            "2022-01..2023-12",
        ),
        # months joined by an em dash
        ("zh", "■ 1—8月朝鲜公民累计入境俄罗斯:逾9千人次", "2024-01..2024-08"),
        # a monthly wage is not the year 2000
        ("zh", "王某安排朝鲜劳务人员共计180名入境中国,月薪约2000元。", None),
    ],
)
def test_periods(lang: str, text: str, period: str | None) -> None:
    rows = read_fields(text, lang, "period", doc_date=date(2024, 11, 12))
    assert rows == [(period,)]


def test_a_since_year_does_not_date_a_later_quarter() -> None:
    text = "▲ 3분기 유학 목적 입국 3천6백여 명 — 2010년 이후 최대 ▲ 2분기 관광 목적 입국 95명"
    rows = read_fields(text, "ko", "quantity", "purpose", "period", doc_date=date(2024, 12, 20))
    assert rows == [(3600, "study", "2024-Q3"), (95, "tourism", "2024-Q2")]


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        # a bound in front beats "about" after
        ("ko", "라오스에 있는 북한 인력은 많아야 300명 수준으로 봅니다.", "at_most"),
        # a headline's "+"
        ("zh", "韩统一部:朝鲜赴俄务工人员2024年1月至2025年3月累计9000+", "more_than"),
    ],
)
def test_qualifiers(lang: str, text: str, qualifier: str) -> None:
    assert read_fields(text, lang, "qualifier", doc_date=D) == [(qualifier,)]


def test_a_quoted_purpose_before_the_next_figure() -> None:
    text = "🔴 [속보] 러 국경수비국 \"2025년 北 국적자 러 입국 1.1만명…'유학' 목적 4천명 넘어\""
    rows = read_fields(text, "ko", "quantity", "purpose", doc_date=date(2026, 2, 10))
    assert rows == [(11000, "total"), (4000, "study")]


def test_a_figure_said_again() -> None:
    text = "[00:07:10] 게스트: 근데 그중에 관광 목적은 딱 네 명이에요, 네 명."
    rows = read_fields(text, "ko", "quantity", "purpose", doc_date=D)
    assert rows == [(4, "tourism")]


def test_a_headline_change_before_an_ellipsis_stands_alone() -> None:
    # "…" ends the change's clause; the next clause names its own subject and figure
    text = "유학 목적 입국 전년 동기 대비 2배↑…노동 목적은 6천여명"
    rows = read_fields(text, "ko", "quantity", "purpose", "comparison", doc_date=D)
    assert [(q, p, c and c["value"]) for q, p, c in rows] == [
        (None, "study", 2.0),
        (6000, "work", None),
    ]
