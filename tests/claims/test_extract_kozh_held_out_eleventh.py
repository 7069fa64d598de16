"""Korean and Chinese forms met in rounds 29 and 35, fixed after those rounds had been scored
once as the eleventh session's held-out measure: "수백만 발", "數百萬發" are millions of shells, not
hundreds of people; "約為2023年1117人的12倍", the year's figure before 的;
"역대 최대였던 전년보다": the record was the earlier year's;
"1년 전 같은 시점의 640명보다": the same day a year before; "200명도 되지 않았다": below it;
"约为2019年的二十分之一": a spelled denominator of tens; "같은 달": the month named before;
"預計到年底": by the end of this year."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 3, 4)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "hundreds" before "만/萬" is millions, and what is counted in rounds is no flow
        ("ko", "북한은 지난해 러시아에 미사일 수십 기와 함께 포탄 수백만 발을 보냈다."),
        ("zh", "去年北韓向俄羅斯提供了數百萬發砲彈和數十枚飛彈。"),
        ("zh", "去年朝鲜向俄罗斯提供了数百万发炮弹。"),
    ],
)
def test_millions_of_shells(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


@pytest.mark.parametrize(
    "text",
    [
        "2024年共有9800名朝鮮公民入境俄羅斯,約為2022年820人的12倍。",
        "2024年共有9800名朝鲜公民入境俄罗斯,约为2022年约820人次的12倍。",
    ],
)
def test_times_the_year_with_its_figure_before_de(text: str) -> None:
    # the year's figure may stand before 的 without brackets: the ratio is of the figure before
    got = read_fields(text, "zh", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (9800, "2024", {"kind": "ratio", "value": 12, "baseline_period": "2022"}),
        (820, "2022", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        (
            "올해 상반기 러시아에 입국한 북한 주민은 9천200명으로, "
            "역대 최다였던 전년 동기보다 12% 늘었다."
        ),
        "2025년 러시아를 찾은 북한 주민은 9천200명으로, 사상 최대였던 2024년보다 12% 늘었다.",
    ],
)
def test_record_of_the_earlier_period(text: str) -> None:
    # the record is said of the period set against: the change is the figure's, no record
    got = read_fields(text, "ko", "quantity", "comparison", doc_date=D)
    assert len(got) == 1
    assert got[0][0] == 9200
    assert isinstance(got[0][1], dict) and got[0][1]["kind"] == "percent_change"


def test_same_day_a_year_before() -> None:
    text = (
        "하바롭스크주 이민국은 이달 1일 기준 관내에 머무는 북한 국적자가 2천310명이라고 밝혔다. "
        "이는 1년 전 같은 시점의 1천900명보다 410명 많은 수치다."
    )
    got = read_fields(text, "ko", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (2310, "2025-03-01", None),
        (1900, "2024-03-01", None),
        (None, "2025-03-01", {"kind": "difference", "value": 410, "baseline_period": "2024-03-01"}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "지난해 몽골에 입국한 북한 주민 가운데 관광 목적은 150명도 되지 않았다.",
        "지난해 몽골에 입국한 북한 주민 가운데 관광 목적은 150명도 안 됐다.",
    ],
)
def test_not_even_that_many(text: str) -> None:
    # "not even 150": fewer than the figure
    assert read_fields(text, "ko", "quantity", "qualifier", doc_date=D) == [(150, "less_than")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2023年入境蒙古的朝鲜公民仅为310人,约为2019年的三十分之一。", 0.0333),
        ("2023年入境蒙古的朝鮮公民僅為310人,約為2019年的十二分之一。", 0.0833),
    ],
)
def test_fraction_with_a_denominator_of_tens(text: str, value: float) -> None:
    got = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert got == [(310, {"kind": "ratio", "value": value, "baseline_period": "2019"})]


def test_the_same_month() -> None:
    text = (
        "지난 2월 북한 노동자 약 400명이 하바롭스크에 도착했다. "
        "같은 달 몽골로 건너간 북한 노동자도 100∼150명 규모인 것으로 전해졌다."
    )
    got = read_fields(text, "ko", "quantity", "period", doc_date=D)
    assert got == [(400, "2025-02"), (100, "2025-02"), (150, "2025-02")]


@pytest.mark.parametrize(
    "text",
    [
        "蒙古劳动部官员说,预计到年底,赴蒙古的朝鲜劳工可能增至1,200人左右。",
        "蒙古勞動部官員說,預計到年底,赴蒙古的朝鮮勞工可能增至1,200人左右。",
    ],
)
def test_by_the_end_of_the_year(text: str) -> None:
    assert read_fields(text, "zh", "quantity", "period", doc_date=D) == [(1200, "2025")]
