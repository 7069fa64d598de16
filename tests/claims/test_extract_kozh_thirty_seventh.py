"""Korean and Chinese forms met in the thirty-seventh held-out round: work brigades, loggers,
recruits and medical teams, a school term, a season of a named year, the noun behind "人的", and
"that region"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # work brigades and loggers sent abroad are workers, who go to work
        ("ko", "북한 건설 작업반 1천200명이 블라디보스토크에 도착했다.", ("workers", "work")),
        ("ko", "아무르주에는 북한 벌목공 300명이 남아 있다.", ("workers", "work")),
        ("zh", "去年共有800名朝鲜伐木工进入俄罗斯远东。", ("workers", "work")),
        ("zh", "一支300名的朝鲜建筑劳务队上月抵达海参崴。", ("workers", "work")),
        # recruits sent to a front are troops
        ("zh", "朝鲜本周又向俄罗斯派出约两千名新兵。", ("troops", "troops")),
    ],
)
def test_brigades_loggers_and_recruits(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert read_fields(text, lang, "unit", "purpose", doc_date=D) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a medical team sent abroad goes there to work
        ("ko", "북한은 지난달 의사 등 60여 명으로 구성된 의료팀을 러시아에 보냈다."),
        ("zh", "朝鲜上月向俄罗斯派出医疗队约80人。"),
    ],
)
def test_medical_teams_go_to_work(lang: str, text: str) -> None:
    assert [p for (p,) in read_fields(text, lang, "purpose", doc_date=D)] == ["work"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a school term is not a count of people
        ("ko", "카잔대는 올해 2학기에 북한 유학생 25명을 받았다.", [25]),
        ("zh", "该校今年1学期招收朝鲜留学生25名。", [25]),
    ],
)
def test_a_school_term(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a season of a named year is its three months
        ("zh", "今年夏季约有900名朝鲜工人赴萨哈林从事捕捞作业。", "2025-06..2025-08"),
        ("zh", "2024年春天有朝鲜工人400名入境俄罗斯。", "2024-03..2024-05"),
        ("zh", "去年秋季有朝鲜工人400名入境俄罗斯。", "2024-09..2024-11"),
        ("ko", "올해 여름 북한 노동자 700명이 사할린에 입국했다.", "2025-06..2025-08"),
        ("ko", "지난해 봄 북한 노동자 700명이 러시아에 입국했다.", "2024-03..2024-05"),
        # a school term of the year is that year
        ("zh", "今年秋季学期有朝鲜留学生120名入学。", "2025"),
        ("ko", "올해 가을 학기에 북한 유학생 120명이 입학했다.", "2025"),
    ],
)
def test_a_season_of_a_named_year(lang: str, text: str, expected: str) -> None:
    assert read_fields(text, lang, "period", doc_date=D) == [(expected,)]


def test_the_noun_behind_ren_de() -> None:
    # "N人的 X": the noun behind "人的" is what is counted
    text = "约有2000人的朝鲜劳务队今年赴俄罗斯远东工作。"
    assert read_fields(text, "zh", "quantity", "unit", doc_date=D) == [(2000, "workers")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "that region" is where the article's figure before went
        ("zh", "在俄罗斯阿穆尔州工作的朝鲜工人约有500名。该地区朝鲜伐木工已从近千人减至数百人。"),
        (
            "ko",
            "러시아 아무르주에서 일하는 북한 노동자는 약 500명이다. "
            "이 지역 북한 벌목공은 현재 수백 명이다.",
        ),
    ],
)
def test_that_region(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "destination", doc_date=D)
    assert rows and all(r == ("RU",) for r in rows), rows


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a place past "另有" (and besides) belongs to the other figure it brings
        ("zh", "在中国延吉、丹东等地打工的朝鲜女工约有三千名,另有数百名在蒙古。"),
        (
            "ko",
            "중국 선양, 단둥 등지에서 일하는 북한 노동자는 약 3천 명이며, "
            "이 밖에 몽골에 수백 명이 있다.",
        ),
    ],
)
def test_a_place_past_another_part(lang: str, text: str) -> None:
    assert read_fields(text, lang, "destination", doc_date=D) == [("CN",), ("MN",)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the same kind of people sent "to another place too" are the same country's
        (
            "ko",
            "북한은 중국 훈춘에 수산물 가공 노동자 약 2천 명을 보냈다. "
            "몽골에도 올해 건설 노동자 150명이 새로 들어갔다.",
        ),
        ("zh", "朝鲜向中国珲春派出约2000名工人。蒙古也有约150名建筑工人今年新入境。"),
    ],
)
def test_a_place_too(lang: str, text: str) -> None:
    assert read_fields(text, lang, "origin", "destination", doc_date=D) == [
        ("KP", "CN"),
        ("KP", "MN"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a stock now; a period in a later clause tells when some of them came
        (
            "ko",
            "현재 카잔대에 다니는 북한 유학생은 약 90명으로, 지난해 2월 입국한 학생이 절반이다.",
        ),
        ("zh", "目前在喀山大学就读的朝鲜留学生约90名,其中大部分于去年2月入境。"),
    ],
)
def test_a_stock_now_with_a_later_period(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [(90, None)]
