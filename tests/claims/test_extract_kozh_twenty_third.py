"""Korean and Chinese forms met in the twenty-third held-out round: numbered FAQ items, ISBN-like
codes, agents who speak, people sentenced, comparison-only figures and units of workers."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities, read_rows

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the number of a FAQ item opening the sentence
        ("ko", "4. 북한 노동자는 어디에? 정부는 작년 약 2만 명이 중국에 있었다고 본다.", [20000]),
        ("zh", "5. 去年有多少朝鲜工人来华?据估计约有3万名朝鲜工人入境中国。", [30000]),
        # a code written in hyphenated groups
        ("zh", "答:订购编号为731-4-2209-18,朝鲜工人问题专著共300页。", []),
        ("zh", "答:书号为978-7-5100-2231-9,共320页。", []),
    ],
)
def test_list_numbers_and_codes(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "an agent said": the indefinite article of a source that speaks
        ("zh", "一名劳务中介告诉记者,今年已有约600名朝鲜工人经珲春入境。", [600]),
        ("zh", "一位旅行社导游说,上个月来华的朝鲜游客大约有200人。", [200]),
        # people sentenced by a court, not a flow
        ("zh", "法院以组织他人偷越国境罪判处两名俄罗斯籍男子各两年有期徒刑。", []),
        ("ko", "법원은 불법 취업을 알선한 브로커 3명에게 징역 2년을 선고했다.", []),
    ],
)
def test_speakers_and_sentences(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the guards stay narrow: a figure opening the sentence without a point, a decimal
        ("zh", "12名朝鲜留学生去年入境俄罗斯。", [12]),
        ("ko", "1.2만 명의 북한 노동자가 작년 러시아에 들어왔다.", [12000]),
    ],
)
def test_counts_kept(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sino-Korean numerals written in Hangul, with at least one unit
        ("그 가운데 유학 목적 입국자는 이천삼백여 명이었다.", [2300]),
        ("작년 러시아에 들어간 북한 노동자는 삼천 명 정도로 추정된다.", [3000]),
        ("정보 당국은 북한 노동자 이만오천 명이 중국에 남아 있다고 본다.", [25000]),
        # not the particle "이" or a bare unit alone
        ("이 중 학업 목적은 800명이었다.", [800]),
        ("작년 러시아에 입국한 북한 노동자는 천 명을 넘었다.", [1000]),
    ],
)
def test_sino_korean_numerals(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "ko", doc_date=D) == expected


def test_quarter_baseline_with_its_figure_in_brackets() -> None:
    # "2분기(약 600명)의 4배": the quarter it is measured against, its figure in brackets
    text = "올해 3분기 러시아에 입국한 북한 주민은 2천400명으로, 2분기(약 600명)의 4배에 달했다."
    rows = read_fields(text, "ko", "quantity", "period", "comparison")
    assert rows[0] == (
        2400,
        "2025-Q3",
        {"kind": "ratio", "value": 4.0, "baseline_period": "2025-Q2"},
    )


def test_it_workers_range_start_keeps_its_origin() -> None:
    # "북한 IT 노동자 2천~2천500명": the nationals with an IT trade before the range
    text = "보고서에 따르면 북한 IT 노동자 2천~2천500명이 중국에서 일하고 있다."
    rows = read_fields(text, "ko", "quantity", "qualifier", "origin", "unit")
    assert rows == [
        (2000, "at_least", "KP", "workers"),
        (2500, "at_most", "KP", "workers"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a trade written in Latin letters between the nationals and the noun
        ("ko", "캄보디아에도 50명의 북한 IT 노동자가 머물고 있다.", [(50, "workers", "work")]),
        ("zh", "去年约有300名朝鲜IT人员进入老挝。", [(300, "workers", "work")]),
        # figures listed by place, the noun after the last one
        (
            "ko",
            "보고서는 캄보디아에 30~50명, 라오스에도 수십 명의 북한 IT 노동자가 있다고 밝혔다.",
            [(30, "workers", "work"), (50, "workers", "work"), (10, "workers", "work")],
        ),
    ],
)
def test_it_workers(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the general counter 个 with the noun left out: the noun said before
        ("这家工厂去年有三十多个朝鲜女工,今年只剩七个。", [30, 7]),
        # not before a noun of its own
        ("该公司有三个车间,去年雇用了200名朝鲜工人。", [200]),
    ],
)
def test_spelled_figure_with_ge(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "zh", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a fraction of a period's figure, with the change or "only"
        (
            "ko",
            "블라디보스토크의 북한 식당 종업원 수는 올해 2018년의 4분의 1 수준으로 줄었다.",
            ("ratio", 0.25, "2018"),
        ),
        (
            "ko",
            "올해 상반기 러시아에 입국한 북한 주민은 2018년 같은 기간의 3분의 1에 불과했다.",
            ("ratio", 0.3333, "2018-01..2018-06"),
        ),
        (
            "zh",
            "今年上半年入境俄罗斯的朝鲜公民不足2018年同期的四分之一。",
            ("ratio", 0.25, "2018-01..2018-06"),
        ),
    ],
)
def test_fraction_of_a_period(lang: str, text: str, expected: tuple[object, ...]) -> None:
    rows = read_rows(text, lang, doc_date=D)
    assert [r[0] for r in rows] == [None]
    assert rows[0][-1] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a share of the people counted, not a ratio to a period
        ("zh", "今年入境俄罗斯的朝鲜公民有3000人,其中留学生约占总数的三分之一。"),
        (
            "ko",
            "올해 러시아에 입국한 북한 주민은 3천 명이며 그중 유학생이 전체의 3분의 1 수준이다.",
        ),
    ],
)
def test_fraction_share_is_no_ratio(lang: str, text: str) -> None:
    assert all(r[-1] is None for r in read_rows(text, lang, doc_date=D))


def test_change_after_a_range_stands_alone() -> None:
    # "在3000至4000人之间,比去年多出约500人": the change of the estimated count, not of 4000
    text = "专家估计,今年在华朝鲜工人在3000至4000人之间,比2022年多出约500人。"
    rows = read_fields(text, "zh", "quantity", "unit", "comparison", doc_date=D)
    assert rows == [
        (3000, "workers", None),
        (4000, "workers", None),
        (None, "workers", {"kind": "difference", "value": 500.0, "baseline_period": "2022"}),
    ]


def test_change_not_carried_over_a_contrast_clause() -> None:
    # "减少了约200人,而在…约有40人": the change is of the first group, the 40 is another's
    text = "报告称,在老挝的朝鲜劳工减少了约200人,而在柬埔寨的朝鲜厨师约有40人。"
    rows = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert rows == [
        (None, {"kind": "difference", "value": -200.0, "baseline_period": None}),
        (40, None),
    ]


def test_answer_to_how_large() -> None:
    # "…노동자 규모는 어느 정도입니까? …약 2만 명": the answer counts the workers asked about,
    # where they were asked about
    text = (
        "기자: 라오스에 머무는 북한 노동자 규모는 어느 정도입니까? "
        "당국자: 공식 집계는 없지만 약 2천 명으로 보고 있습니다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "purpose", "origin", "destination")
    assert rows == [(2000, "workers", "work", "KP", "LA")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Vietnam's capital and largest city name the country
        ("ko", "호찌민의 북한 식당에는 현재 종업원 15명이 일하고 있다."),
        ("zh", "去年经河内入境的朝鲜工人约有15人。"),
    ],
)
def test_vietnamese_cities(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "destination", doc_date=D) == [(15, "VN")]


def test_country_passed_through_is_no_destination() -> None:
    text = "去年有2000名朝鲜游客赴老挝旅游。其中约300人取道中国陆路口岸入境。"
    rows = read_fields(text, "zh", "quantity", "origin", "destination", doc_date=D)
    assert rows == [(2000, "KP", "LA"), (300, "KP", "LA")]


def test_country_passed_through_to_a_third_country() -> None:
    # "经由中国前往第三国": the country passed through is the only one named
    text = "过去两年约有400名朝鲜人经由中国前往第三国。"
    assert read_fields(text, "zh", "quantity", "destination", doc_date=D) == [(400, "CN")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "zh",
            "去年共有800名朝鲜游客赴老挝旅游。其中乘包机入境的有500余人,另有约200人经陆路入境。",
            ["tourism", "tourism", "tourism"],
        ),
        (
            "ko",
            "작년 베트남을 찾은 북한 관광객은 1천200명이었다. "
            "이 가운데 하노이로 들어온 사람이 700명이었다.",
            ["tourism", "tourism"],
        ),
    ],
)
def test_part_of_a_purpose_count(lang: str, text: str, expected: list[object]) -> None:
    assert [p for (p,) in read_fields(text, lang, "purpose", doc_date=D)] == expected


def test_bracketed_figure_of_another_year_is_not_the_frame() -> None:
    # "9천800건(2023년 7천100건)": the next sentence's part is of 2024, not of 2023
    text = (
        "2024년 북한 주민의 러시아 입국 건수는 9천800건(2023년 7천100건)이었다. "
        "이 중 학업 목적은 4천200건(전년 대비 30% 증가)이었다."
    )
    rows = read_fields(text, "ko", "quantity", "period", "comparison", doc_date=D)
    assert rows[-1] == (
        4200,
        "2024",
        {"kind": "percent_change", "value": 30.0, "baseline_period": "2023"},
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "上一季度", "지난 분기": the quarter before the document's, not the first quarter
        ("zh", "据估计,上一季度约有600名朝鲜工人进入中国。"),
        ("ko", "지난 분기 러시아에 입국한 북한 노동자는 600명이었다."),
    ],
)
def test_last_quarter(lang: str, text: str) -> None:
    # (the document is of 10 September 2025: the third quarter)
    rows = read_fields(text, lang, "quantity", "period", doc_date=date(2025, 9, 10))
    assert rows == [(600, "2025-Q2")]


def test_same_period_in_brackets_is_the_bracketed_figures() -> None:
    # "3000人次(去年同期为2500人次)": the year-ago period is the bracketed figure's only
    text = (
        "今年上半年入境俄罗斯的朝鲜公民共有8000人次。"
        "其中,以学习为目的的3000人次(去年同期为2500人次)。"
    )
    rows = read_fields(text, "zh", "quantity", "period", doc_date=date(2025, 7, 20))
    assert rows == [
        (8000, "2025-01..2025-06"),
        (3000, "2025-01..2025-06"),
        (2500, "2024-01..2024-06"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the port of Dalian is in China
        ("zh", "去年在大连港上岸的朝鲜船员约有300人。"),
        ("ko", "지난해 다롄항에 내린 북한 선원은 300명가량이다."),
    ],
)
def test_dalian(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "destination", doc_date=D) == [(300, "CN")]


def test_more_troops_to_the_same_destination() -> None:
    text = (
        "정보 당국은 지난해 말 북한군 1만 명이 러시아에 배치됐다고 밝혔다. "
        "올해 초에는 병력 2천 명가량이 추가로 러시아에 보내졌다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "origin", "destination", doc_date=D)
    assert rows == [(10000, "troops", "KP", "RU"), (2000, "troops", "KP", "RU")]
