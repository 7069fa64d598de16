"""Korean and Chinese forms met in the nineteenth held-out round: lengths in metres, votes, what a
crossing can carry, a friend who speaks, undergraduates."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a length in metres
        ("ko", "북한 노동자들이 지은 나선의 새 부두는 길이 1천250m로 지난해 완공됐다.", []),
        ("zh", "朝鲜工人参与修建的这座桥全长1250m,去年建成。", []),
        # votes, not people
        ("zh", "朝鲜人权决议以92票赞成、11票反对获得通过。", []),
        # what a crossing can carry, not people who crossed
        (
            "ko",
            "새 국경 다리가 개통되면 북한과 중국 사이를 하루 최대 5천 명이 통행할 수 있다.",
            [],
        ),
        # a friend who speaks: "one friend said", not a count of one
        ("zh", "一位在沈阳开饭馆的朋友说,他店里的朝鲜服务员有二十多人。", [20]),
    ],
)
def test_not_flows(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the guards stay narrow: people who crossed, not who can
        ("ko", "지난달 이 다리를 통해 북한 노동자 500명이 중국으로 통행했다.", [500]),
    ],
)
def test_counts_kept(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "今年秋季喀山联邦大学接收了30名朝鲜本科生。"),
        ("ko", "올해 가을 카잔 연방대학에 북한 학부생 30명이 입학했다."),
    ],
)
def test_undergraduates(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D) == [
        (30, "students", "study")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a match's score written with a dash or a colon
        ("ko", "북한 여자축구 대표팀은 어제 하바롭스크에서 러시아를 3-1로 이겼다.", []),
        ("ko", "북한 청소년 대표팀은 블라디보스토크 친선경기에서 중국에 0:2로 패했다.", []),
        ("zh", "朝鲜女足昨天在哈巴罗夫斯克以3-1击败俄罗斯队。", []),
        # (a range of people stays, even in a sentence that names a win)
        ("ko", "승리 축하 행사에는 북한 노동자 3-4명이 러시아에서 왔다.", [3, 4]),
    ],
)
def test_scores(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # how many share one room, not a flow
        ("zh", "工地上的朝鲜工人约三百人,每间宿舍住6个人。", [300]),
        ("zh", "朝鲜工人有五百多人,一间活动板房挤了十个人。", [500]),
        ("ko", "현장의 북한 노동자는 300명이며 방 한 칸에 8명이 산다.", [300]),
        # (people living in a building are still counted)
        ("zh", "宿舍楼里住着300名朝鲜工人。", [300]),
    ],
)
def test_per_room(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # both bounds of a range of dollars that labour abroad earns the state
        ("zh", "据估计,朝鲜每年从派往中国的劳工身上获得的收入在1亿至2亿美元之间。"),
        (
            "ko",
            "북한은 중국에 보낸 노동자들로부터 매년 1억~2억 달러의 외화 수입을 올리는 것으로 "
            "추정된다.",
        ),
    ],
)
def test_range_of_earnings(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", "unit", doc_date=D) == [
        (100000000, "at_least", "usd"),
        (200000000, "at_most", "usd"),
    ]


def test_range_of_wages_stays_out_zh() -> None:
    # (a wage range is no earnings of the state)
    text = "朝鲜工人的月薪在300至500美元之间,大部分上缴。"
    assert read_quantities(text, "zh", doc_date=D) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality and a trade between the counter and the noun
        ("작년 몽골에는 약 500명의 북한 건설 노동자가 있었다.", [(500, "workers")]),
        ("지난해 쿠웨이트에 300명의 북한 파견 근로자가 남아 있었다.", [(300, "workers")]),
        # (a list of nouns is not one noun with modifiers)
        ("지난해 몽골에 500명의 북한 주민과 노동자가 입국했다.", [(500, "persons")]),
    ],
)
def test_noun_behind_a_trade_ko(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "ko", "quantity", "unit", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the baseline's figure of a comparison whose period comes from the article
        (
            "ko",
            "작년 북한 주민의 러시아 입국은 2만100건이었다. "
            "같은 기간 업무 목적 입국은 3천200건으로 전년(800건)보다 4배 늘었다.",
        ),
        (
            "ko",
            "작년 북한 주민의 러시아 입국은 2만100건이었다. "
            "같은 기간 업무 목적 입국은 3천200건으로 전년 800건보다 4배 늘었다.",
        ),
    ],
)
def test_baseline_figure_a_year_before_the_article(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "quantity", "period", doc_date=D)
    assert rows == [(20100, "2024"), (3200, "2024"), (800, "2023")]
