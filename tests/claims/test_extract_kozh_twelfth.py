"""Korean and Chinese forms met in the twelfth held-out round: nationals of other countries
named with 국적/籍/公民, differences in entries (건), "the first time since" a year, changes
set against one baseline phrase, dollars earned by labour abroad, nationals named after
the counter, two adjacent months, whole-year baselines, days that date a citing, Korean
bounds, purposes listed "respectively"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # nationals of another country, named by their nationality, are not the DPRK's people
        (
            "ko",
            "북한 주민 3천 명이 올해 러시아에 들어갔다. 같은 해 키르기스스탄 국적자는 80만 명, "
            "카자흐스탄 국적자는 60만 명이 러시아에 입국했다.",
            [(3000, "KP")],
        ),
        (
            "zh",
            "今年有3000名朝鲜公民入境俄罗斯，同期入境的乌兹别克斯坦公民为210万人，"
            "哈萨克斯坦籍旅客约90万人次。",
            [(3000, "KP")],
        ),
    ],
)
def test_other_nationals_are_not_counted(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "origin", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a difference in entries against the year before, not a count of entries
        (
            "ko",
            "지난해 북한 주민의 중국 입국은 8천 400건이었다. 이는 전년의 7천 100건보다 1천 300건 "
            "많은 것이다.",
            [
                (8400, "2024", None),
                (7100, "2023", None),
                (None, "2024", ("difference", 1300, "2023")),
            ],
        ),
        # "the first time since 2019" is not the period of the change beside it
        (
            "ko",
            "지난해 북한 주민의 러시아 입국은 9천 건이었다. 이는 전년보다 600건 적은 것으로, "
            "입국이 줄어든 것은 2020년 이후 처음이다.",
            [(9000, "2024", None), (None, "2024", ("difference", -600, "2023"))],
        ),
        (
            "zh",
            "去年朝鲜公民入境俄罗斯1.3万人次。这比前一年减少900人次，是2019年以来首次下降。",
            [(13000, "2024", None), (None, "2024", ("difference", -900, "2023"))],
        ),
    ],
)
def test_differences_in_entries_and_first_since(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    got = read_fields(text, lang, "quantity", "period", "comparison", doc_date=D)
    assert [
        (q, p, (c["kind"], c["value"], c["baseline_period"]) if c else None) for q, p, c in got
    ] == expected


def _with_comparison(text: str, lang: str) -> list[tuple[object, ...]]:
    got = read_fields(text, lang, "quantity", "purpose", "period", "comparison", doc_date=D)
    return [
        (q, pu, p, (c["kind"], c["value"], c["baseline_period"]) if c else None)
        for q, pu, p, c in got
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a second change measured against the same baseline phrase belongs to the figure of
        # its own clause, which keeps the article's period
        (
            "ko",
            "지난해 북한 주민의 러시아 입국은 9천 건이었다. 이 가운데 '관광'은 600여 건으로 "
            "전년의 절반 수준이었지만, '공무'는 800건 남짓으로 세 배 가까이 늘었다.",
            [
                (9000, "total", "2024", None),
                (600, "tourism", "2024", ("ratio", 0.5, "2023")),
                (800, "official", "2024", ("ratio", 3, "2023")),
            ],
        ),
        (
            "zh",
            "去年朝鲜公民入境俄罗斯9000人次。其中以「旅游」为目的者约600人次，仅为2023年的一半；"
            "「公务」目的者则逾800人次，增长近三倍。",
            [
                (9000, "total", "2024", None),
                (600, "tourism", "2024", ("ratio", 0.5, "2023")),
                (800, "official", "2024", ("ratio", 3, "2023")),
            ],
        ),
        # "half of the year before": the year before the period the article gives the figure
        (
            "ko",
            "지난해 북한 주민의 러시아 입국은 9천 건이었다. 목적별로는 '학업'이 3천여 건으로 "
            "전년의 절반 수준에 그쳤다.",
            [(9000, "total", "2024", None), (3000, "study", "2024", ("ratio", 0.5, "2023"))],
        ),
    ],
)
def test_changes_beside_breakdown_figures(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _with_comparison(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # dollars that labour abroad earns the state are a claim, in dollars, for work
        (
            "ko",
            "러시아에 파견된 북한 노동자들이 벌어들이는 돈은 한 해 3억 달러 이상이다.",
            [(300_000_000, "at_least", "usd", "work")],
        ),
        (
            "zh",
            "据估计，在俄朝鲜劳工每年为平壤赚取约3亿美元外汇。",
            [(300_000_000, "approx", "usd", "work")],
        ),
    ],
)
def test_dollar_earnings_of_labour_abroad(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", "unit", "purpose", doc_date=D) == (
        expected
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a wage, a fare, a fee: sums per head, not what the state earns
        ("ko", "북한 노동자 한 명의 월급은 약 900달러인데 대부분을 외화로 당국에 바친다."),
        ("zh", "在俄朝鲜劳工每月工资约800美元，收入大部分要上缴。"),
        ("zh", "赴朝旅游团每团团费约1500美元。"),
    ],
)
def test_other_dollar_sums_are_not_claims(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # right after a number and its counter, the country names whose people are counted,
        # whatever noun follows ("members of a team"), not where they went
        (
            "zh",
            "另有约300名朝鲜体育代表团成员，今年先后访问莫斯科。",
            [(300, "approx", "KP", "RU")],
        ),
        (
            "zh",
            "去年还有200多名北韩杂技团演员，先后访问了海参崴。",
            [(200, "more_than", "KP", "RU")],
        ),
    ],
)
def test_nationals_named_after_the_counter(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(
        text, lang, "quantity", "qualifier", "origin", "destination", doc_date=D
    ) == (expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # two months named, then counted as one stretch
        ("zh", "今年9月和10月两个月里，约600名朝鲜工人抵达海参崴。", [(600, "2025-09..2025-10")]),
        # two months that are not next to each other stay unknown as a stretch
        ("zh", "今年3月和5月两个月，共有约600名朝鲜工人抵达海参崴。", [(600, "2025-05")]),
    ],
)
def test_two_months_counted_as_one_stretch(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "the whole of last year" is the baseline, not last year's same months
        (
            "zh",
            "今年前三季度赴俄的朝鲜工人约2000人，是去年全年的两倍。",
            [(2000, "2025-01..2025-09", ("ratio", 2, "2024"))],
        ),
        # "more by once its size": doubled
        (
            "zh",
            "去年有300多名朝鲜留学生来到喀山，比前年多了一倍。",
            [(300, "2024", ("ratio", 2, "2023"))],
        ),
        (
            "zh",
            "2024年赴俄朝鲜劳工约4000人，比2023年增加了一倍。",
            [(4000, "2024", ("ratio", 2, "2023"))],
        ),
    ],
)
def test_whole_year_baselines_and_doubling(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    got = read_fields(text, lang, "quantity", "period", "comparison", doc_date=D)
    assert [
        (q, p, (c["kind"], c["value"], c["baseline_period"]) if c else None) for q, p, c in got
    ] == expected


def test_the_day_a_source_is_cited_is_not_the_figures_period() -> None:
    text = (
        "올해 2분기 러시아에 입국한 북한 주민은 3천200명이었다. 14일 러시아 국경수비국 자료에 "
        "따르면 이 중 '노동' 목적 입국자는 900명이었다."
    )
    assert read_fields(text, "ko", "quantity", "period", doc_date=D) == [
        (3200, "2025-Q2"),
        (900, "2025-Q2"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "웃돈다": over; "밑도는": below a bound, at most; "명대": in the hundreds of
        ("ko", "올해 러시아로 간 북한 노동자는 3천 명을 웃돈다.", [(3000, "more_than")]),
        ("ko", "올해 러시아로 간 북한 노동자는 3천 명을 밑도는 듯하다.", [(3000, "at_most")]),
        ("ko", "지난해 러시아를 찾은 북한 관광객은 700명대였다.", [(700, "at_least")]),
    ],
)
def test_korean_bounds(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a list of purposes, then its figures "respectively": in order; "출장", "出差" are
        # business trips
        (
            "ko",
            "올해 러시아에 입국한 북한 주민 가운데 '관광'과 '출장' 목적은 각각 210명, 45명이었다.",
            [(210, "tourism"), (45, "business")],
        ),
        (
            "zh",
            "今年以旅游和出差为目的入境俄罗斯的朝鲜公民分别为210人和45人。",
            [(210, "tourism"), (45, "business")],
        ),
    ],
)
def test_purposes_listed_respectively(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "purpose", doc_date=D) == expected
