"""Forms met in the tenth held-out en/ru round (transcripts, newsletters, threads, Telegram and
regional portals): averages, capacities and single cases that are not flows, and others.
The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 1)


def _fields(
    text: str, lang: str, *names: str, doc_date: date | None = D
) -> list[tuple[object, ...]]:
    return read_fields(text, lang, *names, doc_date=doc_date)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an average (a group size), not people who came
        ("ru", "На курсах русского языка в каждом классе в среднем 18 человек из КНДР."),
        ("en", "Each North Korean work brigade in Russia has on average 40 men."),
        # a capacity: a building that holds, places after «на»
        ("en", "The new hostel for North Korean workers in Russia houses 800 residents."),
        ("ru", "Для рабочих из КНДР в Уссурийске построят общежитие на 400 мест."),
        ("ru", "Общежитие вмещает 300 человек, в нём живут рабочие из КНДР."),
        # a community (a channel) counting itself
        ("ru", "Наш канал о рабочих из КНДР в России растет: нас уже почти 30 тысяч!"),
        ("en", "Thanks for reading about North Koreans in Russia, we are now 12,000 strong."),
        # one person's case: an illustration, its figures are that person's
        ("en", "One North Korean student making 4 trips to Russia is counted 4 times."),
        ("ru", "Один рабочий из КНДР обходится подрядчику в 90–110 тыс. руб. в месяц."),
    ],
)
def test_averages_capacities_and_single_cases_are_not_claims(lang: str, text: str) -> None:
    assert _fields(text, lang, "quantity") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the true counts next to such words are still read
        ("ru", "Россотрудничество выделило гражданам КНДР 120 бюджетных мест на 2025 год.", [120]),
        ("ru", "В 2024 году в общежития Владивостока заселились 640 рабочих из КНДР.", [640]),
        # a single person not at the opening of the sentence is a count («лишь один»)
        (
            "ru",
            "Всего в 2024 году на работу в Россию въехали лишь один гражданин КНДР и 12 студентов.",
            [1, 12],
        ),
        ("ru", "Насчитывается 2 100 граждан КНДР, прибывших в Приморье.", [2100]),
        ("en", "We are told that 3,100 North Koreans entered Russia in 2024.", [3100]),
    ],
)
def test_counts_beside_those_words_are_still_read(
    lang: str, text: str, expected: list[object]
) -> None:
    assert [q for (q,) in _fields(text, lang, "quantity")] == expected
