"""Korean and Chinese forms met in the thirty-second held-out round: "대러" (to Russia) and the
workforce sent there, a table's number, households of a housing estate, and things counted
with the general counter "个" or named with a Latin capital ("5G")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 10)


def test_to_russia_and_the_workforce_sent_there() -> None:
    # "대러 노동력 송출": the workforce sent to Russia (대러), so workers, not the DPRK's own
    text = "북한의 대러 노동력 파견은 2016년 말 약 2만 명에서 2020년 말 3천 명 안팎으로 감소했다."
    rows = read_fields(text, "ko", "quantity", "unit", "origin", "destination", "period")
    assert rows == [
        (20000, "workers", "KP", "RU", "2016"),
        (3000, "workers", "KP", "RU", "2020"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table's number in brackets is no count
        (
            "<표 4>를 보면 2023년 북한 주민의 러시아 입국은 유학 5,120건, 관광 830건이었다.",
            [5120, 830],
        ),
        ("〈표 1〉에서 보듯 지난해 러시아에 입국한 북한 주민은 9천여 명이었다.", [9000]),
        # households of a housing estate are no people
        ("하바롭스크 외곽 주택단지는 총 32개 동, 4,800가구 규모로 내년 완공된다.", []),
    ],
)
def test_tables_and_households(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "ko", doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things counted with "个" before their noun
        ("本报告覆盖俄罗斯14个州、52个口岸,数据截至2025年3月31日。", []),
        # the counter ending a clause in a sentence naming no people, and "5G"
        ("全市新建4G和5G基站共8600个,失业率为4.8%。", []),
        # people counted with "个" stay
        ("这家餐馆去年有十几个朝鲜服务员,现在只剩五个。", [10, 5]),
        ("工地上有300个朝鲜工人。", [300]),
    ],
)
def test_things_counted_with_ge(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "zh", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # passing a mark for the first time since a year: a record since it; the mark is no claim
        (
            "ko",
            "지난해 러시아에 입국한 북한 주민은 1만1천500명으로 2018년 이후 처음으로 "
            "1만 명을 돌파했다.",
            11500,
        ),
        (
            "ko",
            "올해 상반기 북한 주민의 러시아 입국은 6,340건으로 "
            "2020년 이래 처음으로 5천 건을 웃돌았다.",
            6340,
        ),
        ("zh", "去年入境俄罗斯的朝鲜公民达1.15万人次,为2018年以来首次突破1万人次。", 11500),
    ],
)
def test_first_time_past_a_mark_since_a_year(lang: str, text: str, value: int) -> None:
    rows = read_fields(text, lang, "quantity", "comparison")
    base = "2018" if "2018" in text else "2020"
    assert rows == [(value, {"kind": "record", "value": None, "baseline_period": base})]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the baseline period's figure in brackets before "의": a fraction or half of it
        (
            "올해 1분기 북한 주민의 러시아 입국은 530건으로 "
            "전년 동기(2,600건)의 5분의 1 수준에 그쳤다.",
            0.2,
        ),
        ("올해 1분기 북한 주민의 러시아 입국은 900건으로 전년 동기(1,850건)의 절반에 그쳤다.", 0.5),
    ],
)
def test_a_fraction_of_a_bracketed_baseline(text: str, value: float) -> None:
    rows = read_fields(text, "ko", "quantity", "comparison")
    assert rows[0][1] == {"kind": "ratio", "value": value, "baseline_period": "2024-Q1"}


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        # months across two years, one of them named by a relative word
        (
            "ko",
            "정보당국은 북한이 지난해 11월부터 올해 4월까지 러시아에 병력 약 9천 명을 "
            "보냈다고 본다.",
            "2024-11..2025-04",
        ),
        (
            "ko",
            "북한은 2024년 9월부터 올해 3월까지 러시아에 노동자 2천여 명을 보냈다.",
            "2024-09..2025-03",
        ),
        ("zh", "据估计,朝鲜自去年11月至今年4月向俄罗斯派出约9000名士兵。", "2024-11..2025-04"),
    ],
)
def test_months_across_a_relative_year(lang: str, text: str, period: str) -> None:
    assert read_fields(text, lang, "period") == [(period,)]


@pytest.mark.parametrize(
    "text",
    [
        # "不下": no fewer than
        "据悉,今年一季度入境俄罗斯的朝鲜劳工不下1500人。",
        "據悉,今年一季度入境俄羅斯的北韓勞工不下於一千五百人。",
    ],
)
def test_no_fewer_than(text: str) -> None:
    assert read_fields(text, "zh", "quantity", "qualifier") == [(1500, "at_least")]


def test_personnel_of_the_dprk_side_at_a_firm() -> None:
    # "朝方人员": the DPRK side's personnel; "在…企业务工": the firm is where they work, not
    # what is counted (and the personnel labouring there are workers)
    text = "据了解,目前在珲春水产加工企业务工的朝方人员约有数千名。"
    rows = read_fields(text, "zh", "quantity", "unit", "origin", "destination")
    assert rows == [(1000, "workers", "KP", "CN")]


def test_trainees_are_students() -> None:
    # "研修学员": trainees on a course, students who come to study
    text = "今年上半年经图们口岸入境的朝鲜籍研修学员约有40人。"
    assert read_fields(text, "zh", "quantity", "unit", "purpose") == [(40, "students", "study")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # people said to be at work, the figure the verb's subject: workers
        ("현지 소식통은 북한 주민 수천 명이 연해주 벌목장에서 일하고 있다고 전했다.", "workers"),
        (
            "블라디보스토크에는 북한 주민 500여 명이 건설 현장에서 일하는 것으로 알려졌다.",
            "workers",
        ),
        # going there to work is the purpose of a trip: people
        ("올해 북한 주민 300명이 일하러 러시아에 들어갔다.", "persons"),
    ],
)
def test_people_at_work_are_workers(text: str, unit: str) -> None:
    assert read_fields(text, "ko", "unit") == [(unit,)]


def test_a_period_in_a_clause_that_counts_things() -> None:
    # "今年计划加工…8万吨": the year of a clause counting tonnes is that clause's, not the
    # figure's; "其中" keeps the quarter of the figure before
    text = (
        "今年一季度经图们口岸入境的朝鲜籍人员达4000人次。"
        "其中劳务人员约2500人次,多在服装厂务工,当地服装企业今年计划出口成衣8万吨。"
    )
    rows = read_fields(text, "zh", "quantity", "period")
    assert rows == [(4000, "2025-Q1"), (2500, "2025-Q1")]
