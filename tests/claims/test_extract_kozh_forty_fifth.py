"""Korean and Chinese forms met in the forty-fifth and forty-sixth held-out rounds: the press,
customers and surveyed firms counted beside the flows."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 5, 14)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the press waiting at a hearing or at a press conference, not a flow
        ("ko", "청문회장 앞에는 취재진 40여 명이 몰렸다."),
        ("zh", "发布会上约有25名记者提问。"),
        # a restaurant's customers on a given evening
        (
            "ko",
            "2019년 프놈펜의 북한 식당에 들렀을 때 비빔밥은 7달러였고, 손님은 여덟 명 남짓이었다.",
        ),
        ("zh", "我们走进那家朝鲜餐厅时,一盘冷面卖40元,顾客约有15人。"),
        # a survey's share of firms short of hands
        ("zh", "调查显示,去年有58%的企业反映劳动力不足。"),
    ],
)
def test_press_customers_and_surveyed_firms_are_not_flows(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


def test_a_reporter_label_does_not_drop_the_figure() -> None:
    # "记者:" labels who speaks in a transcript; the figure after it is still a flow
    assert read_quantities(
        "记者:据当地官员介绍,目前约有3000名朝鲜工人在这一地区务工。", "zh", doc_date=D
    ) == [3000]


@pytest.mark.parametrize(
    ("lang", "text", "purpose"),
    [
        # the verb before the whole says what the whole is, "중"/"中" then takes a part of it
        ("ko", "북한이 러시아에 파병한 8천여 명 중 일부는 전선에서 물러났다.", "troops"),
        ("zh", "朝鲜派往俄罗斯务工的2500人中,约一半在远东的工地。", "work"),
    ],
)
def test_a_purpose_modifying_the_whole_before_out_of(lang: str, text: str, purpose: str) -> None:
    assert read_fields(text, lang, "purpose", doc_date=D) == [(purpose,)]


def test_a_baseline_figure_in_brackets_compared_with() -> None:
    # "작년 3분기(2천여 명)와 비교하면": the period compared with, its figure in brackets, is the
    # baseline of the change, not the period of the change itself
    assert read_fields(
        "올해 1분기 입국자는 작년 3분기(2천여 명)와 비교하면 70% 가까이 줄었다.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    ) == [
        (2000, None),
        (None, {"kind": "percent_change", "value": -70.0, "baseline_period": "2024-Q3"}),
    ]


def test_a_record_since_the_pandemic() -> None:
    # "코로나 사태 이후 최대": the most since the pandemic's border closures of 2020; the lowest
    # since then is a record low
    assert read_fields(
        "올해 상반기 러시아에 들어간 북한 주민은 2천여 명으로 코로나 사태 이후 최대였다.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    ) == [(2000, {"kind": "record", "value": None, "baseline_period": "2020"})]
    assert read_fields(
        "지난달 중국에 입국한 북한 주민은 300명으로 코로나19 이후 가장 적었다.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    ) == [(300, {"kind": "record", "value": None, "baseline_period": "2020", "lowest": True})]
