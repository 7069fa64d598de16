"""Korean and Chinese forms met in the thirty-first round: a meeting's attendees that set the scene
for what was reported there, crews counted as "서비스 인력", a parliamentary committee named after
its field, lawmakers who asked questions, firms counted in places, Russians going to the DPRK
("俄罗斯赴朝游客"), Hong Kong's quarter on quarter ("按季"), people at it now after "今年以来",
and a change standing apart from a later matter that counts entries."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields, read_quantities, read_rows

D = date(2025, 6, 10)


# --- distractors and what they no longer hide ---------------------------------------------------


def test_attendees_set_the_scene_for_what_was_reported() -> None:
    # "N명이 참석한 이날 간담회에서": the attendees are no flow, but what was reported there is
    text = (
        "의원 9명이 참석한 이날 간담회에서 국정원은 북한이 러시아에 병력 2천여 명을 추가로 "
        "보낸 것으로 파악된다고 밝혔다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "destination", doc_date=D)
    assert rows == [(2000, "troops", "RU")]
    # the attendees' own figure stays dropped
    assert read_quantities("의원 9명이 참석한 회의에서 장관이 답변했다.", "ko", doc_date=D) == []


def test_lawmakers_who_asked_questions() -> None:
    # "의원 15명의 질의": lawmakers who asked, not people who travelled
    assert read_quantities("장관은 이날 의원 15명의 질의에 답변했다.", "ko", doc_date=D) == []


def test_russians_going_to_the_dprk() -> None:
    # "俄罗斯赴朝游客": Russians on their way to the DPRK, not its nationals
    text = "今年上半年赴俄旅游的朝鲜游客约有50人,而同期俄罗斯赴朝游客超过900人。"
    assert read_quantities(text, "zh", doc_date=D) == [50]


# --- units and purposes -------------------------------------------------------------------------


def test_service_crews_are_people() -> None:
    # "선원 등 서비스 인력": crews counted among the visitors are people, not workers
    text = "관광 목적이 300여 명, 선원 등 서비스 인력은 410명이었다."
    rows = read_fields(text, "ko", "quantity", "unit", "purpose", doc_date=D)
    assert rows == [(300, "persons", "tourism"), (410, "persons", "service_personnel")]


def test_a_committee_named_after_its_field_is_no_purpose() -> None:
    # "국회 외교통일위원회": a committee, not an official trip
    text = (
        "통일부가 국회 외교통일위원회에 낸 자료에 따르면 올해 1분기 러시아에 들어간 북한 주민은 "
        "3천여 명이었다."
    )
    rows = read_fields(text, "ko", "quantity", "purpose", "period", doc_date=D)
    assert rows == [(3000, "total", "2025-Q1")]


def test_firms_counted_in_places_do_not_name_the_change() -> None:
    # "현지 농업업체 12곳에서": the firms are where the workers are; "이는 전년의 3배" still
    # counts the workers it refers back to
    text = (
        "지난해 자국에 들어온 북한 노동자는 450명이었다. 이는 전년의 3배로, 이들은 현지 "
        "농업업체 12곳에서 일하고 있다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "purpose", "comparison", doc_date=D)
    assert rows[1] == (
        None,
        "workers",
        "work",
        {"kind": "ratio", "value": 3, "baseline_period": "2023"},
    )


def test_a_change_apart_from_a_later_matter_counting_entries() -> None:
    # "…的近4倍;而以旅游目的入境仅数十人次": the passage counts entries, its change too
    text = "2024年学习目的入境是2023年的近4倍;而以旅游目的入境仅数十人次。"
    rows = read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D)
    assert rows == [(None, "entries", "study"), (10, "entries", "tourism")]


# --- periods and baselines ----------------------------------------------------------------------


def test_quarter_on_quarter_in_hong_kong_usage() -> None:
    # "按季增長": against the quarter before, like "环比"
    text = "今年第二季北韓人入境俄羅斯達3150人次,按季增長約三成。"
    rows = read_rows(text, "zh", doc_date=D)
    assert [(r[0], r[6], r[7]) for r in rows] == [
        (3150, "2025-Q2", ("percent_change", 30, "2025-Q1"))
    ]


def test_people_at_it_now_take_no_period_since() -> None:
    # "今年以来…,另有数百名…正在办理签证": those at it now are no count since the year began
    text = "今年以来约有2000名朝鲜工人抵达俄罗斯,另有数百名工人正在办理签证。"
    rows = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert rows == [(2000, "2025-01..2025-06"), (100, None)]
