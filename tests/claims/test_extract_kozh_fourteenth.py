"""Korean and Chinese forms met in the fourteenth held-out round: a wage range whose second
bound carries a scale word ("500~1천 달러"), a correction notice that names the figure it
withdraws again without quotes, a worked example of one person ("例如一名…"), a Weibo topic's
title, other nationals named with "籍", a business owner as an indefinite speaker."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the first bound of a range is money when the second ("1천 달러", "1万元") is
        ("ko", "파견 노동자들이 받는 임금은 한 달에 500~1천 달러 정도라고 한다.", []),
        ("zh", "这些工人的月收入大约在3000至1万元之间。", []),
        # a range of people still counts
        ("ko", "북한 노동자 3천~1만 명이 러시아로 파견됐다.", [3000, 10000]),
    ],
)
def test_money_ranges(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the notice names the withdrawn headline figure again, unquoted, and gives none instead
        (
            "ko",
            "[바로잡습니다] 5일자 '북한 유학생 2천 명 입국' 기사의 2천 명은 추정치를 실제 "
            "입국자 수로 잘못 적은 것입니다.",
            [],
        ),
        # the figure given instead stays
        (
            "ko",
            "[바로잡습니다] 5일자 '북한 유학생 2천 명 입국' 기사의 2천 명은 200명으로 "
            "바로잡습니다.",
            [200],
        ),
    ],
)
def test_correction_notice_repeats(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an example of one person made up to show how a unit counts
        ("zh", "所谓“人次”按入境次数计算,比如一名工人半年内入境两次,就算作2人次。", []),
        (
            "ko",
            "'연인원'은 입국 횟수로 센다. 예를 들어 한 노동자가 1년에 4번 드나들면 4명으로 "
            "집계된다.",
            [],
        ),
        # "例如" before a real figure is not a made-up case
        ("zh", "在远东多地,例如海参崴,就有约3000名朝鲜工人。", [3000]),
    ],
)
def test_worked_examples(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a topic's title is what users discuss; its readers are not a flow
        ("zh", "#朝鲜劳工2万人抵俄# 这一话题的阅读量超过5000万次。", []),
        # a figure outside the topic is still read
        ("zh", "#朝鲜劳工# 今年已有2万名朝鲜劳工抵达俄罗斯。", [20000]),
    ],
)
def test_hashtag_titles(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "籍" after the short name of another country: its nationals, not the DPRK's
        ("zh", "同一时期入境俄罗斯的塔吉克籍劳工超过50万人次。", []),
        ("zh", "同年赴俄的哈萨克籍工人约有8万人。", []),
    ],
)
def test_other_nationals(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_business_owner_speaks() -> None:
    # "一名…经营者则称": an owner who speaks is a source, not one person counted
    text = "大连一名朝鲜饭店经营者则称,店里的朝鲜服务员已从二十多名减少到五名。"
    assert read_quantities(text, "zh", doc_date=D) == [20, 5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share of all that a purpose's count, just given, takes up
        (
            "지난해 러시아에 입국한 북한 주민은 1만 3천 명이었다. 이 가운데 유학 목적 입국은 "
            "5천200명으로 전체의 40%를 차지했다.",
            [(13000, "persons", "total"), (5200, "persons", "study"), (40, "percent", "study")],
        ),
        # a share with no count before it is not read this way
        (
            "북한 노동자의 임금 가운데 당국 상납분이 전체의 70%를 차지했다.",
            [],
        ),
    ],
)
def test_share_of_all_ko(text: str, expected: list[object]) -> None:
    assert read_fields(text, "ko", "quantity", "unit", "purpose", doc_date=D) == expected


def test_place_people_come_from_is_not_destination() -> None:
    # a DPRK university the students come from ("…출신") does not make the DPRK the destination
    text = (
        "러시아 대학에 다니는 북한 유학생은 약 900명이다. 이 가운데 김책공업종합대학 출신은 "
        "70명 정도다."
    )
    assert read_fields(text, "ko", "quantity", "destination", doc_date=D) == [
        (900, "RU"),
        (70, "RU"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # half of a year's figure given in brackets
        (
            "ko",
            "작년 러시아에 간 북한 노동자는 3천 명이었다. 이는 2019년(6천 명)의 절반 수준이다.",
            [(3000, None), (None, ("ratio", 0.5, "2019")), (6000, None)],
        ),
        # "比…减少了一半": down to half the baseline
        (
            "zh",
            "2025年赴俄的朝鲜劳工人数比2023年减少了一半。",
            [(None, ("ratio", 0.5, "2023"))],
        ),
    ],
)
def test_half_of_a_baseline(lang: str, text: str, expected: list[object]) -> None:
    got = [
        (q, (c["kind"], c["value"], c["baseline_period"]) if c else None)
        for q, c in read_fields(text, lang, "quantity", "comparison", doc_date=D)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "新生": students admitted that year; "研究生": graduate students
        ("2024年俄罗斯各高校共录取朝鲜新生约600人。", [(600, "students", "study")]),
        ("该大学目前有朝鲜研究生30名。", [(30, "students", "study")]),
    ],
)
def test_student_nouns_zh(text: str, expected: list[object]) -> None:
    assert read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ko",
            "몽골 노동사회보장부 자료를 보면 올해 몽골에 머무는 북한 노동자는 300명 정도다.",
            "Mongolian Ministry of Labour and Social Protection",
        ),
        (
            "ko",
            "아산정책연구원은 올해 러시아에 간 북한 노동자가 2만 명에 이른다고 분석했다.",
            "Asan Institute for Policy Studies",
        ),
    ],
)
def test_attribution_names(lang: str, text: str, expected: str) -> None:
    assert [a for (a,) in read_fields(text, lang, "attribution", doc_date=D)] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the baseline's figure in brackets is of the baseline year and counts what the figure
        # before counted; the article's period stays the first figure's
        (
            "zh",
            "2024年朝鲜公民入境俄罗斯共计9000人次。这一数字约为2022年(900人次)的10倍。"
            "其中以工作为目的入境的有2500人次。",
            [
                (9000, "2024", "entries"),
                (900, "2022", "entries"),
                (None, "2024", "entries"),
                (2500, "2024", "entries"),
            ],
        ),
        (
            "ko",
            "지난해 몽골에 머문 북한 노동자는 300명 남짓이었다. 이는 2017년(600명)의 절반 "
            "수준이다.",
            [(300, "2024", "workers"), (None, "2024", "workers"), (600, "2017", "workers")],
        ),
    ],
)
def test_baseline_in_brackets(lang: str, text: str, expected: list[object]) -> None:
    assert read_fields(text, lang, "quantity", "period", "unit", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a part of the workers counted before, said to work, is more of them
        (
            "ko",
            "러시아에 머무는 북한 노동자는 2만 명 정도로 추산된다. 이 중 연해주에만 6천여 명이 "
            "건설 현장에서 일하고 있다.",
            [(20000, "workers", "work"), (6000, "workers", "work")],
        ),
        # a purpose before the figure names the part: its noun is its own
        (
            "zh",
            "今年计划引进的朝鲜劳工约3万人。截至5月,在该州停留的朝鲜公民为900人,其中持工作签证的"
            "有500人。",
            [(30000, "workers", "work"), (900, "persons", "total"), (500, "persons", "work")],
        ),
    ],
)
def test_part_said_to_work(lang: str, text: str, expected: list[object]) -> None:
    assert read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a comparison on the figure just given, which had no period of its own, counts what
        # that figure counted
        (
            "zh",
            "据估计,朝鲜派往俄罗斯的劳工每年可创汇约3亿美元。这一数字约为2018年的三倍。",
            [(300000000, "usd", "work"), (None, "usd", "work")],
        ),
        (
            "ko",
            "현재 러시아에서 공부하는 북한 유학생은 800명가량이다. 이는 2018년의 세 배 규모다.",
            [(800, "students", "study"), (None, "students", "study")],
        ),
    ],
)
def test_comparison_on_a_figure_with_no_period(
    lang: str, text: str, expected: list[object]
) -> None:
    assert read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "比第二季度": a quarter named in words, of the figure's year
        (
            "其中第四季度入境3200人次,比第三季度减少了约20%。",
            [(3200, "2025-Q4", ("percent_change", -20.0, "2025-Q3"))],
        ),
        # "与2018年同期相比": the same months of that year
        (
            "今年前4个月入境中国的朝鲜务工人员为700人,与2018年同期相比减少了约900人。",
            [(700, "2025-01..2025-04", ("difference", -900.0, "2018-01..2018-04"))],
        ),
    ],
)
def test_zh_baselines(text: str, expected: list[object]) -> None:
    got = [
        (q, p, (c["kind"], c["value"], c["baseline_period"]) if c else None)
        for q, p, c in read_fields(text, "zh", "quantity", "period", "comparison", doc_date=D)
    ]
    assert got == expected


def test_troops_whole_named_before_its_figure() -> None:
    # the whole a part is taken from ("… 가운데") is troops when troops are named before it
    text = "쿠르스크에 투입된 북한군 약 8천 명 가운데 상당수가 전투에 나섰다."
    assert read_fields(text, "ko", "quantity", "unit", "purpose", doc_date=D) == [
        (8000, "troops", "troops")
    ]
