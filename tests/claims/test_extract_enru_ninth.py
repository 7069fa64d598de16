"""Forms met in the ninth held-out en/ru round (mainstream news): figures set against the
same period a year before, regional sources, «до N» after a percent change, and others.
The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 6, 1)


def _fields(
    text: str, lang: str, *names: str, doc_date: date | None = D
) -> list[tuple[object, ...]]:
    out = []
    for c in extract_claims(text, lang=lang, doc_date=doc_date):
        d = c.to_dict()
        out.append(tuple(d[n] for n in names))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "В первом квартале 2024 года в Россию с целью учебы въехали 310 граждан КНДР, "
            "а годом ранее за тот же квартал — восемь.",
            [(310, "study", "2024-Q1"), (8, "study", "2023-Q1")],
        ),
        (
            "ru",
            "В первом полугодии 2025 года на работу приехали 640 граждан КНДР, тогда как "
            "за аналогичный период прошлого года — 95.",
            [(640, "work", "2025-01..2025-06"), (95, "work", "2024-01..2024-06")],
        ),
        (
            "en",
            "Russia granted 8,410 student visas to North Koreans in 2023, compared with "
            "roughly 900 a year earlier.",
            [(8410, "study", "2023"), (900, "study", "2022")],
        ),
    ],
)
def test_figure_for_the_same_period_before_counts_the_same_purpose(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _fields(text, lang, "quantity", "purpose", "period") == expected
