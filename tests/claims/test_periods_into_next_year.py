"""Months named without a year after later months of a year, as what came next, are of the next
year ("between October and December 2024 and another 3,000 in January and February")."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.periods import find_periods


def _labels(text: str, lang: str, doc_date: date | None) -> list[str | None]:
    return [p.label for p in find_periods(text, lang, doc_date)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "About 9,000 workers arrived between September and November 2024, and another "
            "2,000 in January and February.",
        ),
        (
            "ru",
            "В сентябре–ноябре 2024 года прибыли около 9 тыс. рабочих, а затем еще 2 тыс. в "
            "январе и феврале.",
        ),
    ],
)
def test_months_told_as_what_came_next_run_into_the_next_year(lang: str, text: str) -> None:
    assert _labels(text, lang, date(2025, 5, 1)) == ["2024-09..2024-11", "2025-01..2025-02"]


def test_months_set_against_stay_in_the_year_named() -> None:
    text = "In November 2024, 500 workers came, against 300 in January."
    assert _labels(text, "en", date(2025, 5, 1)) == ["2024-11", "2024-01"]


def test_no_next_year_past_the_document_date() -> None:
    text = "In November 2024, 500 workers came, and then another 300 in March."
    assert _labels(text, "en", date(2025, 2, 1)) == ["2024-11", "2024-03"]
