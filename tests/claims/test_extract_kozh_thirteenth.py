"""Korean and Chinese forms met in the thirteenth held-out round: correction notices that
quote the figure they withdraw, supposed cases ("만약 …다면", "假如"), polls, readers of a
post, one illustrative worker, a baseline's figure right after its year, a record after a
change said of the article's figure, money "벌어들인", restaurant staff and the businesses the
DPRK runs abroad, a subject noun before a change, a figure set against "last year", the part
of a sum earned that came from one country, "half of last year's" and the country's own
people abroad ("북한의 해외 노동자"), a breakdown that goes on after a sentence with no
figures, academic years ("2024/2025학년도"), a year after "-지만", a Chinese headline's phrases
parted by a space, a part set against the part before ("…则"), "兩倍", Taiwan's "卡達",
entering with no country named, "科学与高等教育部", a name with digits ("코로나19")
between the subject and its figure, a clause joined by "-지만", "高达" on a reported figure."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a correction notice quotes what was published wrong: neither the headline nor the
        # figure it withdraws is a claim
        (
            "ko",
            "[정정] 10월 2일자 8면 '북한 노동자 3만명 러시아 파견' 기사의 '3만명'은 근거가 없어 "
            "기사에서 뺍니다.",
            [],
        ),
        (
            "zh",
            "【更正】本报9月3日B2版「朝鲜劳工4万人赴俄」一文中的「4万人」有待证实,现予删除。",
            [],
        ),
        # the figure a notice gives instead is still a claim
        (
            "ko",
            "[바로잡습니다] 올해 러시아에 입국한 북한 노동자를 '3천 명'이 아닌 '300명'으로 "
            "바로잡습니다.",
            [300],
        ),
        (
            "zh",
            "【更正】今年入境俄罗斯的朝鲜劳工「3000人」有误,应为「300人」。",
            [300],
        ),
    ],
)
def test_correction_notices(lang: str, text: str, expected: list[object]) -> None:
    assert [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # what follows "if" is a supposed case: neither the people nor what they would earn
        (
            "ko",
            "전문가들은 만일 북한이 해마다 노동자 3만 명을 러시아로 더 보낸다면 외화 수입이 "
            "5억 달러 늘 것이라고 봤다.",
            [],
        ),
        ("zh", "倘若朝鲜再向俄罗斯输出8万名劳工,每年可多赚取外汇6亿美元。", []),
        # a report before the "if" stays a claim; "如果" also opens real conditions
        (
            "ko",
            "지난해 러시아에 입국한 북한 노동자는 1만 명이었다. 만약 이 추세라면 더 늘 수 있다.",
            [10000],
        ),
        ("zh", "如果算上留学生,在俄罗斯的朝鲜公民超过3万人。", [30000]),
    ],
)
def test_supposed_cases(lang: str, text: str, expected: list[object]) -> None:
    assert [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a share of those polled is an answer, not a share of a flow
        (
            "ko",
            "여론조사에서 응답자 중 71%는 북한 노동자의 러시아 파견을 우려한다고 밝혔다.",
            [],
        ),
        ("zh", "民调显示,受访者中有58%认为朝鲜工人赴俄是为了赚取外汇。", []),
        # readers of a post are not people who travelled
        ("zh", "这篇介绍在俄朝鲜劳工的帖子获得1.2万点赞,作者有3.4万粉丝。", []),
        # one worker opening the sentence is a single illustration, not a count of one
        ("zh", "一位朝鲜女工在俄罗斯服装厂的工资每月约600美元。", []),
        ("zh", "去年仅有一名朝鲜劳工入境俄罗斯。", [1]),
    ],
)
def test_polls_readers_and_one_worker(lang: str, text: str, expected: list[object]) -> None:
    assert [q for (q,) in read_fields(text, lang, "quantity", doc_date=D)] == expected


def _compared(text: str, lang: str) -> list[tuple[object, ...]]:
    got = read_fields(text, lang, "quantity", "period", "comparison", doc_date=D)
    return [(q, p, (c["kind"], c["value"], c["baseline_period"]) if c else None) for q, p, c in got]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the baseline's figure right after its year: a ratio of the figure given before, and
        # a record after it describes that figure too
        (
            "ko",
            "지난해 러시아를 찾은 북한 주민은 8천400명이었다. 이는 2022년 700명의 12배에 "
            "해당하며, 2015년 이후 최대 규모다.",
            [
                (8400, "2024", None),
                (700, "2022", None),
                (None, "2024", ("ratio", 12, "2022")),
                (None, "2024", ("record", None, "2015")),
            ],
        ),
        (
            "ko",
            "지난해 북한 주민의 러시아 입국은 6천 건이었다. 이는 전년보다 40% 늘어난 것으로 "
            "2016년 이후 가장 많았다.",
            [
                (6000, "2024", None),
                (None, "2024", ("percent_change", 40, "2023")),
                (None, "2024", ("record", None, "2016")),
            ],
        ),
    ],
)
def test_baseline_figure_after_its_year_and_a_record_after_a_change(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _compared(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # money the state "earned" (past form) from labour abroad is a flow in dollars
        (
            "ko",
            "북한이 중국 파견 노동자들을 통해 지난해 벌어들인 돈은 3억 달러 이상이다.",
            [(300000000, "usd", "KP")],
        ),
        (
            "ko",
            "노동자 파견으로 북한이 올해 러시아에서 벌어들인 금액은 2억 달러를 웃돈다.",
            [(200000000, "usd", "KP")],
        ),
        # restaurant staff in the DPRK's restaurants abroad are its workers
        (
            "ko",
            "캄보디아의 북한 음식점 10여 곳에서 일하는 종업원은 200명가량이다.",
            [(200, "workers", "KP")],
        ),
        ("ko", "중국 단둥에서는 북한 종업원 150명이 일하고 있다.", [(150, "workers", "KP")]),
    ],
)
def test_money_earned_and_restaurant_staff(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "unit", "origin", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the noun before a change stated ahead of the figure still names what it counts; set
        # against last year with no period of its own, the figure is this year's
        (
            "ko",
            "블라디보스토크의 북한 건설 노동자는 작년보다 25% 늘어난 2천 명가량으로 추정된다.",
            [(2000, "workers", "2025", ("percent_change", 25, "2024"))],
        ),
        (
            "zh",
            "在中国的朝鲜留学生较去年减少两成,约为600人。",
            [(600, "students", "2025", ("percent_change", -20, "2024"))],
        ),
    ],
)
def test_noun_before_a_change_and_last_year(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    got = read_fields(text, lang, "quantity", "unit", "period", "comparison", doc_date=D)
    assert [
        (q, u, p, (c["kind"], c["value"], c["baseline_period"]) if c else None)
        for q, u, p, c in got
    ] == expected


def test_part_of_a_sum_from_one_country() -> None:
    # "of which, the income from China": part of the DPRK's earnings, which came from China
    text = "据估计,朝鲜通过向海外派遣劳工每年赚取外汇约4亿美元。其中来自中国的收入去年约1.5亿美元。"
    assert read_fields(text, "zh", "quantity", "unit", "origin", "destination", doc_date=D) == [
        (400000000, "usd", "KP", None),
        (150000000, "usd", "KP", "CN"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "fell to half of last year's": a comparison with no figure of its own; the country
        # before "its (overseas) workers" is whose they are
        (
            "ko",
            "정부는 올해 북한의 해외 노동자 파견 인원이 작년의 절반으로 줄었다고 분석했다.",
            [("workers", "KP", "2025", ("ratio", 0.5, "2024"))],
        ),
        (
            "ko",
            "올해 중국에 간 북한 유학생은 지난해의 절반으로 감소했다.",
            [("students", "KP", "2025", ("ratio", 0.5, "2024"))],
        ),
    ],
)
def test_half_of_last_year(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    got = read_fields(text, lang, "unit", "origin", "period", "comparison", doc_date=D)
    assert [
        (u, o, p, (c["kind"], c["value"], c["baseline_period"]) if c else None)
        for u, o, p, c in got
    ] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a sentence that lists more purposes goes on with the breakdown of the total before,
        # even after a sentence that gave no figures
        (
            "ko",
            "올해 2분기 러시아에 입국한 북한 주민은 1천900명이었다. 이 가운데 유학 목적이 "
            "900명으로 가장 많았다. 통계는 분기마다 공개된다. 상용 목적은 120명, 관광 목적은 "
            "35명이었다.",
            [(1900, "2025-Q2"), (900, "2025-Q2"), (120, "2025-Q2"), (35, "2025-Q2")],
        ),
        (
            "zh",
            "今年第二季度入境俄罗斯的朝鲜公民有1900人。其中以学习为目的的有900人。"
            "以商务为目的的有120人,以旅游为目的的有35人。",
            [(1900, "2025-Q2"), (900, "2025-Q2"), (120, "2025-Q2"), (35, "2025-Q2")],
        ),
    ],
)
def test_breakdown_goes_on(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an academic year fits no period form: neither of its calendar years is the period,
        # nor is it carried to a part of the figure
        (
            "ko",
            "교육부는 2023/2024학년도 중국 대학에 다니는 북한 유학생이 700여 명이라고 밝혔다. "
            "이 중 약 300명은 베이징에 있다.",
            [(700, None), (300, None)],
        ),
        ("zh", "2024-2025学年在俄罗斯高校就读的朝鲜留学生约800人。", [(800, None)]),
    ],
)
def test_academic_years(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected


def test_year_after_but() -> None:
    # "…이었지만 2022년에는": the 만 of "-지만" is not the numeral 만 ("1만 2031건")
    text = "중국에 간 북한 유학생은 2018년 1천 명이었지만 2022년에는 40명이었다."
    assert read_fields(text, "ko", "quantity", "period", doc_date=D) == [
        (1000, "2018"),
        (40, "2022"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun of the next phrase of a headline does not say what the figure counts
        ("朝鲜去年赴华人数近五千人 留学生过半", [(5000, "persons", "total")]),
        # the phrase before the figure still does
        ("朝鲜赴华留学生大增 今年上半年逾3000人", [(3000, "students", "study")]),
    ],
)
def test_headline_phrases_parted_by_a_space(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a part set against the part before ("whereas those who came to work …") is of the
        # same total and period, even naming the same nationals again
        (
            "zh",
            "今年上半年朝鲜公民入境中国约6000人次。其中以旅游为目的的有4000人次。"
            "以经商为目的入境的朝鲜公民则仅有150人次。",
            [(6000, "2025-01..2025-06"), (4000, "2025-01..2025-06"), (150, "2025-01..2025-06")],
        ),
        (
            "ko",
            "올해 상반기 중국에 입국한 북한 주민은 6천 명이었다. 이 중 관광 목적이 4천 명이었다. "
            "반면 상용 목적은 150명에 불과했다.",
            [(6000, "2025-01..2025-06"), (4000, "2025-01..2025-06"), (150, "2025-01..2025-06")],
        ),
    ],
)
def test_part_set_against_the_part_before(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected


def test_traditional_two_times() -> None:
    text = (
        "據消息人士透露,在俄羅斯工作的朝鮮工人約有3萬人。其中今年新派往當地的逾6000人,"
        "是去年的兩倍。"
    )
    got = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert [(q, (c["kind"], c["value"], c["baseline_period"]) if c else None) for q, c in got] == [
        (30000, None),
        (6000, ("ratio", 2, "2024")),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "據報導,目前卡達境內約有800名朝鮮勞工。", [(800, "KP", "QA")]),
        # entering, with no country named, is into the country the article's flow went to
        (
            "zh",
            "今年第二季度入境中国的朝鲜公民有5200人次。而去年同一季度,入境的朝鲜公民仅有900人次。",
            [(5200, "KP", "CN"), (900, "KP", "CN")],
        ),
        (
            "ko",
            "올해 1분기 중국에 입국한 북한 주민은 4천 명이었다. 2019년 1분기에는 입국한 북한 "
            "주민이 6천 명이었다.",
            [(4000, "KP", "CN"), (6000, "KP", "CN")],
        ),
    ],
)
def test_qatar_and_entering_with_no_country(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "origin", "destination", doc_date=D) == expected


def test_science_ministry_with_yu() -> None:
    text = "据俄罗斯科学与高等教育部统计,在俄高校就读的朝鲜留学生约900人。"
    assert read_fields(text, "zh", "quantity", "attribution", doc_date=D) == [
        (900, "Russian Ministry of Science and Higher Education")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "코로나19" is a name, not a figure between the subject noun and its count
        (
            "중국에 입국한 북한 노동자는 코로나19 확산 직전인 2019년 5천 명 수준이었다.",
            [(5000, "workers", "2019")],
        ),
        # the clause after "-지만" counts the same subject
        (
            "러시아에 간 북한 유학생은 2018년 2천 명이었지만 2020년에는 50명이었다.",
            [(2000, "students", "2018"), (50, "students", "2020")],
        ),
    ],
)
def test_name_digits_and_a_clause_after_but(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "ko", "quantity", "unit", "period", doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as high as" on a reported figure is emphasis; on a possible one, a bound
        ("据统计,去年入境中国的朝鲜公民高达2.4万人次。", [(24000, "exact")]),
        ("有专家估计,在华朝鲜劳工可能高达5万人。", [(50000, "at_most")]),
    ],
)
def test_as_high_as(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "zh", "quantity", "qualifier", doc_date=D) == expected
