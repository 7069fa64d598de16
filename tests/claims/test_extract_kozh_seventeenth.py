"""Korean and Chinese forms met in the seventeenth held-out round: a channel's audience, a
post's reposts and a poll's sample after a report of a flow; distances in "㎞"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a channel's subscribers, a post's reposts, a poll's sample: people, none who travelled
        (
            "ko",
            "올해 상반기 중국에 간 북한 노동자는 3천 명이 넘었대요. 구독자 8만 명 감사합니다!",
            [3000],
        ),
        (
            "zh",
            "今年上半年赴俄的朝鲜工人约6000人。这条微博转发都破2万了，感谢大家。",
            [6000],
        ),
        (
            "zh",
            "今年赴华的朝鲜工人约6000人。另一项民调显示，58%的受访者表示担忧，样本量为980人。",
            [6000],
        ),
        (
            "ko",
            "올해 중국에 간 북한 노동자는 약 3천 명이다. 여론조사는 응답자 1천 명을 대상으로 했다.",
            [3000],
        ),
        # a distance written with the "㎞" sign
        (
            "ko",
            "북한 노동자 200명을 태운 열차는 약 9천㎞를 달려 블라디보스토크에 도착했다.",
            [200],
        ),
        ("zh", "载有200名朝鲜工人的列车行驶约9000㎞后抵达莫斯科。", [200]),
    ],
)
def test_audiences_samples_distances(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_sender_abroad_worldwide() -> None:
    # "朝鲜在全球…个国家共有…": the country before "worldwide" sends the people, it is not
    # where they are; a range of two neighbouring digits reads as its two ends
    text = "据估计，2018年朝鲜在全球30余个国家共有海外劳工七八万人。"
    assert read_fields(
        text, "zh", "quantity", "qualifier", "origin", "destination", "period", doc_date=D
    ) == [(70000, "at_least", "KP", None, "2018"), (80000, "at_most", "KP", None, "2018")]


def test_breakdown_of_workers_by_country() -> None:
    # "其中在中国的约有…，在俄罗斯的有…": parts of the workers counted before, by country
    text = (
        "据估计，2018年朝鲜在全球30余个国家共有海外劳工七八万人。"
        "其中在俄罗斯的约有2万人，在中国的有一万五千多人。"
    )
    rows = read_fields(
        text, "zh", "quantity", "unit", "purpose", "origin", "destination", "period", doc_date=D
    )
    assert rows[2:] == [
        (20000, "workers", "work", "KP", "RU", "2018"),
        (15000, "workers", "work", "KP", "CN", "2018"),
    ]


def test_own_breakdown_stays_persons() -> None:
    # "…为2187人，其中持工作签证的有1403人": the sentence breaks down its own figure, not the
    # workers counted before
    text = (
        "今年计划引进的朝鲜劳工最多可能达到3万人。"
        "截至5月1日，在该地区停留的朝鲜公民为1650人，其中持留学签证的有900人。"
    )
    rows = read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D)
    assert rows[1] == (1650, "persons", "total")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "二十几个": twenty-some, over twenty
        ("zh", "去年我们学院只来了二十几个朝鲜留学生。", [(20, "more_than")]),
        # speech's "조금 넘었대요" with no particle before it: just over
        ("ko", "올해 상반기 중국 간 북한 사람 3천 명 조금 넘었대요", [(3000, "more_than")]),
        ("ko", "올해 상반기 중국 간 북한 사람 3천 명 약간 넘었대요", [(3000, "more_than")]),
    ],
)
def test_some_over(lang: str, text: str, expected: list[object]) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a run of quarters: from the first one's January to the last one's closing month
        ("ko", "올해 1~2분기 중국에 간 북한 노동자는 2천 명이 넘었다.", "2025-01..2025-06"),
        ("zh", "今年一至三季度赴华朝鲜工人约3000人。", "2025-01..2025-09"),
        ("zh", "今年第二至第四季度赴华朝鲜工人约3000人。", "2025-04..2025-12"),
        # "今年以来至10月底": from January to the end of that month
        ("zh", "今年以来至10月底，北韓以「研修」名義赴俄人數已超過3000人。", "2025-01..2025-10"),
    ],
)
def test_runs_of_quarters_and_months(lang: str, text: str, expected: str) -> None:
    assert read_fields(text, lang, "period", doc_date=D) == [(expected,)]


def test_same_period_compared_in_speech() -> None:
    # "작년 같은 기간이랑 비교하면": the change is of the period just given, against those
    # months a year before
    text = (
        "올해 1~2분기 중국에 간 북한 노동자는 2천 명이 넘었대요. "
        "근데 작년 같은 기간이랑 비교하면 30% 가까이 늘어난 거예요."
    )
    # (said next in the same paragraph with no subject of its own, the change is the figure's:
    # one claim, see test_extract_ko_fifty_third)
    rows = read_fields(text, "ko", "period", "comparison", doc_date=D)
    assert rows[-1] == (
        "2025-01..2025-06",
        {"kind": "percent_change", "value": 30.0, "baseline_period": "2024-01..2024-06"},
    )


def test_entered_with_the_sender_in_another_clause() -> None:
    # "同期以「勞務」名義入境者僅百餘人，顯示北韓…": the watched country of the next clause is
    # not where they entered; the same nationals, the same period, where the figure before went
    text = (
        "今年以來至10月底，北韓以「研修」名義赴俄人數已超過4000人。"
        "同期以「勞務」名義登記入境者僅兩百餘人，顯示北韓有意規避制裁。"
    )
    rows = read_fields(
        text,
        "zh",
        "quantity",
        "qualifier",
        "origin",
        "destination",
        "purpose",
        "period",
        doc_date=D,
    )
    assert rows[1] == (200, "more_than", "KP", "RU", "work", "2025-01..2025-10")


def test_code_to_reply_with() -> None:
    # "回复“2”获取…": a code to reply with, not a count
    text = "今年赴俄的朝鲜留学生约3000人。数据截至2025年9月30日，回复“2”获取完整报告。"
    assert read_quantities(text, "zh", doc_date=D) == [3000]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the change of vehicles or goods counted before it, in an article about people
        (
            "ko",
            "중국에 간 북한 노동자는 약 5천 명이다. "
            "훈춘 세관을 지나는 컨테이너 트럭은 하루 평균 150대 수준으로, 작년보다 15% 줄었다.",
        ),
        (
            "zh",
            "今年赴俄朝鲜工人约5000人。当年经图们江口岸运输的煤炭约120万吨，同比下降8%。",
        ),
    ],
)
def test_change_of_things(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "comparison", doc_date=D) == [(5000, None)]


def test_change_of_people_stays() -> None:
    # a change said of the people counted stays
    text = "今年赴俄朝鲜工人约5000人，同比增长12%。"
    rows = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert rows == [(5000, {"kind": "percent_change", "value": 12.0, "baseline_period": "2024"})]


def test_from_a_year_to_now() -> None:
    # "2018년 말 900명 안팎에서 현재 수백 명 수준으로": the later figure counts the same workers,
    # now (no period of the year's)
    text = (
        "통일연구원은 라오스에 파견된 북한 노동자가 2018년 말 900명 안팎에서 "
        "현재 수백 명 수준으로 줄었다고 분석했다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "period", doc_date=D)
    assert rows == [(900, "workers", "2018"), (100, "workers", None)]


def test_as_of_a_year_keeps_it() -> None:
    text = "2024년 현재 라오스에 파견된 북한 노동자는 약 900명이다."
    assert read_fields(text, "ko", "quantity", "period", doc_date=D) == [(900, "2024")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "유학생 명목으로 들어간 인원": the noun before "under the name of" is the pretext (its
        # purpose), not what is counted
        ("ko", "지난해 유학생 명목으로 들어온 인원만 3천 명이 넘었다."),
        ("zh", "去年以留学生名义赴俄的朝鲜人员超过3000人。"),
    ],
)
def test_pretext_noun(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "unit", doc_date=D) == [(3000, "persons")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "…, 카타르 등 중동 국가에 … 수백 명": several countries together; the one a later part
        # names is that part's
        (
            "ko",
            "보고서는 카타르, 오만, 쿠웨이트 등 중동 국가에 북한 노동자 수백 명이 일하고 있으며, "
            "이 가운데 카타르에만 약 200명이 있다고 밝혔다.",
        ),
        (
            "zh",
            "报告称，卡塔尔、阿曼、科威特等中东国家仍有数百名朝鲜劳工，其中仅在卡塔尔就有约200人。",
        ),
    ],
)
def test_several_countries_together(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "quantity", "destination", doc_date=D)
    assert rows == [(100, None), (200, "QA")]
