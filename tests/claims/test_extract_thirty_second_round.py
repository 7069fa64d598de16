"""Forms met in the thirty-second round (English and Russian: regional press, business press,
think-tank papers, parliamentary answers), fixed after it was scored on arrival: a year that
opens a "when" clause, a running total "deployed to", "the final quarter", «сократилось на
треть», a purpose named after the figure's noun, a place after «, а» or "while"; and numbers that
count no flow: a survey's sample, employers, the median firm, a region's population, a labour
shortage said «не хватает», the rest of a document number."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 3, 14)


def test_a_year_that_opens_a_when_clause_is_that_clauses() -> None:
    text = (
        "North Korean entries to Russia for work recorded only 150 in 2024, far below 2019, "
        "when they stood at approximately 5.1 thousand."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    assert got == [(150, "2024"), (5100, "2019")]


def test_a_running_total_deployed_and_the_final_quarter() -> None:
    text = (
        "More than 10,000 North Korean troops were deployed to Russia in the final quarter of "
        "2024, and 2,500 more followed in January and February, bringing the total deployed to "
        "roughly 12,500."
    )
    got = read_fields(text, "en", "quantity", "period", doc_date=D)
    # (the months after a quarter of 2024 are read in 2024: not settled here)
    assert (got[0], got[-1]) == ((10000, "2024-Q4"), (12500, None))


def test_a_fraction_after_a_verb_of_change() -> None:
    text = (
        "Число въездов граждан КНДР в Россию с целью «учеба» в 2025 году сократилось на треть "
        "по сравнению с 2024 годом."
    )
    got = read_fields(text, "ru", "purpose", "comparison", doc_date=date(2026, 1, 20))
    assert got == [("study", {"kind": "percent_change", "value": -33.3, "baseline_period": "2024"})]


def test_a_purpose_after_the_figures_noun() -> None:
    text = (
        "МВД сообщило, что в 2024 году гражданам КНДР было выдано 2 300 разрешений на работу и "
        "3 900 виз с целью обучения."
    )
    got = read_fields(text, "ru", "quantity", "purpose", doc_date=D)
    assert got == [(2300, "work"), (3900, "study")]


def test_a_place_after_a_contrast_is_the_next_parts() -> None:
    text = (
        "Монголия в 2025 году приняла несколько сотен северокорейских рабочих, а в Лаос "
        "направлено около тысячи рабочих из КНДР."
    )
    got = read_fields(text, "ru", "quantity", "destination", doc_date=date(2025, 12, 9))
    assert got == [(100, "MN"), (1000, "LA")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Respondents in our survey of 42 Vladivostok employers were aged 25 to 61, and the "
            "median firm reported 120 employees.",
            [],
        ),
        (
            "en",
            "The migration department counted 1,250 DPRK citizens in Primorye as of August 1, "
            "2024, in a region of 1.8 million people.",
            [1250],
        ),
        ("ru", "В строительной отрасли региона не хватает 450 тыс. человек.", []),
        (
            "ru",
            "В ответе на запрос № 12-37 МВД сообщило, что в 2024 году в край въехали 2 100 "
            "граждан КНДР.",
            [2100],
        ),
    ],
)
def test_numbers_that_count_no_flow(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected
