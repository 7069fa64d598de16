"""Forms met in the eighteenth held-out round (English and Russian), after it was scored on
arrival: "about a thousand" in Russian, counts of entries said with «раз» before the verb, a
table line with a spelled number, a purpose named at length, toll-free numbers, casualties,
dormitory space, athletes, and trade growth."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims
from tests.claims.claim_readings import read_fields

D = date(2026, 2, 12)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("В Лаосе, по данным экспертов ООН, работают около тысячи граждан КНДР.", "approx"),
        (
            "К концу 2019 года в России северокорейских рабочих оставалось менее тысячи.",
            "less_than",
        ),
    ],
)
def test_about_a_thousand_is_one_thousand_not_thousands(text: str, qualifier: str) -> None:
    assert read_fields(text, "ru", "quantity", "qualifier", doc_date=D) == [(1000, qualifier)]


def test_entries_said_as_times_before_the_verb_and_a_spelled_table_line() -> None:
    text = (
        "В III квартале граждане КНДР въехали в Россию 3 870 раз. Еще 112 раз граждане КНДР "
        "въезжали с деловой целью, 25 — по частным делам и три — с целью ПМЖ."
    )
    got = read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D)
    assert got == [
        (3870, "entries", "total"),
        (112, "entries", "business"),
        (25, "entries", "private"),
        (3, "entries", "permanent_residence"),
    ]


def test_a_purpose_named_at_length_before_its_figure() -> None:
    text = (
        "North Koreans crossed into Russia 9,100 times in 2023. Work was by far the most common "
        "declared purpose, accounting for 4,020 of the crossings."
    )
    assert read_fields(text, "en", "quantity", "purpose", doc_date=D) == [
        (9100, "total"),
        (4020, "work"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Questions about the North Korean designations go to OFAC's hotline at 1-800-540-6322.",
            "en",
        ),
        ("Kyiv says the North Korean contingent suffered about 3,000 casualties in Kursk.", "en"),
        (
            "Its campus, popular with North Korean students, has dormitory space for some "
            "9,000 residents.",
            "en",
        ),
        (
            "На турнире в Хабаровске, где выступали спортсмены КНДР, собрались 90 спортсменов "
            "из 11 стран.",
            "ru",
        ),
        ("Товарооборот России и КНДР в 2025 году вырос почти втрое, до $60 млн.", "ru"),
    ],
)
def test_hotlines_casualties_dormitories_athletes_and_trade_are_not_flows(
    text: str, lang: str
) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


def test_visits_counted_in_times_after_the_verb() -> None:
    text = "В 2025 году граждане КНДР посетили Россию 17,9 тыс. раз, следует из статистики ФСБ."
    assert read_fields(text, "ru", "quantity", "unit", doc_date=D) == [(17900, "entries")]


def test_a_growth_named_then_sized_against_the_year_before_the_articles_figure() -> None:
    text = (
        "В 2025 году граждане КНДР посетили Россию 17,9 тыс. раз. Годом ранее этот показатель "
        "составлял 12,8 тыс., так что рост составил почти 40%."
    )
    got = read_fields(text, "ru", "quantity", "period", "comparison", doc_date=D)
    assert got == [
        (17900, "2025", None),
        (12800, "2024", None),
        (None, "2025", {"kind": "percent_change", "value": 40.0, "baseline_period": "2024"}),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 11 defendants, aged between 25 and 41, ran North Korean IT workers' accounts.", "en"),
        (
            "The list includes four North Korean officers sanctioned on 3 March for the "
            "deployment.",
            "en",
        ),
        ("В Хабаровске для рабочих из КНДР построят 9 многоквартирных домов.", "ru"),
        ("За ратификацию договора с КНДР проголосовали 402 депутата.", "ru"),
    ],
)
def test_defendants_designees_houses_and_deputies_are_not_flows(text: str, lang: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []
