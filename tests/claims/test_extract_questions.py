"""An explainer's question and the figure that answers it: the answer counts the nationals
asked about, going where the question says, in the period it names (en, ru, ko, zh)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 4, 2)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "How many North Koreans crossed into Russia last year? Border guards logged 9,410.",
            [(9410, "KP", "RU", "2024")],
        ),
        (
            "ru",
            "Сколько северокорейцев въехало в Россию в прошлом году? Пограничники насчитали "
            "9410 человек.",
            [(9410, "KP", "RU", "2024")],
        ),
        (
            "ko",
            "작년 한 해 러시아로 건너간 북한 주민은 몇 명일까? 러시아 국경수비대 집계로는 "
            "9410명이다.",
            [(9410, "KP", "RU", "2024")],
        ),
        (
            # a Korean question may be written without its question mark
            "ko",
            "작년 한 해 러시아로 건너간 북한 주민은 몇 명일까. 국경수비대 집계로는 9410명이다.",
            [(9410, "KP", "RU", "2024")],
        ),
        (
            "zh",
            "去年究竟有多少朝鲜人前往俄罗斯？俄边防部门的统计是9410人。",
            [(9410, "KP", "RU", "2024")],
        ),
    ],
)
def test_the_answer_takes_the_question_s_people_places_and_period(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    got = read_fields(text, lang, "quantity", "origin", "destination", "period", doc_date=D)
    assert got == expected


def test_a_later_figure_keeps_the_period_the_question_asked_about() -> None:
    text = "去年究竟有多少朝鲜人前往俄罗斯？俄边防部门的统计是9410人。其中以学习为目的的有5120人。"
    got = read_fields(text, "zh", "quantity", "purpose", "period", doc_date=D)
    assert got == [(9410, "total", "2024"), (5120, "study", "2024")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a question that names two periods says nothing safe about the answer's
        (
            "en",
            "How many North Koreans came to Russia in 2023 and 2024? Border guards logged 9,410.",
        ),
        (
            "ko",
            "2023년과 2024년 러시아로 간 북한 주민은 몇 명일까? 국경수비대 집계로는 9410명이다.",
        ),
    ],
)
def test_a_question_with_two_periods_leaves_the_answer_s_period_unknown(
    lang: str, text: str
) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [(9410, None)]


def test_a_question_about_something_else_carries_nothing() -> None:
    text = "이번 회담에는 몇 명이 참석했을까? 2024년 회담에는 12명이 참석했다."
    assert read_fields(text, "ko", "quantity", doc_date=D) == []


def test_an_interviews_question_and_answer_on_one_line() -> None:
    # the dash after the question opens the answer; "А студентов?" asks the same of students;
    # "сколько из них" asks about the people just counted
    text = (
        "В крае сейчас работают около 1 100 граждан КНДР. — Сколько из них приехало в этом "
        "году? — Около 400 человек. — А студентов? — Немногим более ста."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2025, 6, 10))
    assert got == [(1100, "workers", "work"), (400, "workers", "work"), (100, "students", "study")]


def test_an_answer_that_names_its_nationals_keeps_its_own_noun() -> None:
    text = (
        "— Сколько студентов из КНДР учится в крае? — Около 300 человек. — А рабочих? — С "
        "начала года с целью «работа» въехали всего 86 граждан КНДР."
    )
    got = read_fields(text, "ru", "quantity", "unit", doc_date=date(2025, 6, 10))
    assert got == [(300, "students"), (86, "persons")]


def test_the_people_at_work_asked_about_are_workers() -> None:
    text = "— Сколько северокорейцев сейчас работает в области? — Думаю, не меньше двух тысяч."
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=date(2025, 6, 10))
    assert got == [(2000, "workers", "work")]
