"""Forms met in the thirteenth held-out round (English and Russian): imagined figures, prisoners
taken, hotlines, earlier versions of an article, bare resolution numbers, pay out of a wage,
vehicles' capacity, institutions counted, vague "more", dollar revenue in Russian, "twice the
2023 figure", «вдвое реже, чем кварталом ранее»."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims
from tests.claims.claim_readings import read_fields

D = date(2025, 10, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Picture 50,000 North Koreans digging trenches in Donbas, the analyst said."),
        ("ru", "Представьте себе 50 тысяч северокорейцев в окопах Донбасса, говорит аналитик."),
        ("en", "Kyiv says its troops captured three North Korean soldiers near Sudzha last week."),
        ("ru", "Украинские военные взяли в плен троих военнослужащих КНДР под Суджей."),
        ("en", "Migrants can call the hotline on 1345-2200 if employers keep their passports."),
        (
            "en",
            "A previous version of this story said 12,480 North Koreans entered Russia in the "
            "second quarter; that was an error.",
        ),
        ("en", "Paragraph 8 of 2397 set a deadline for sending North Korean workers home."),
        (
            "ru",
            "Зарплата северокорейского рабочего составляет 100–130 тыс. рублей, из которых сам "
            "рабочий получает не более 15 тыс.",
        ),
        (
            "ru",
            "Теплоход Владивосток — Расон, который ходит с прошлого лета, берет на борт до 180 "
            "человек.",
        ),
        ("en", "North Korean students attend 37 Russian universities, the ministry says."),
    ],
)
def test_not_claims(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # vague amounts that are more of the same people
        (
            "en",
            "About 30,000 North Koreans work in China, with a few hundred more in Mongolia.",
            [(30000, "approx"), (100, "vague")],
        ),
        (
            "en",
            "At least 150 North Korean workers are employed in Kuwait and dozens more in Qatar.",
            [(150, "at_least"), (12, "vague")],
        ),
        (
            "ru",
            "Сейчас на объекте работают 350 граждан КНДР. Летом речь шла о нескольких десятках "
            "человек.",
            [(350, "exact"), (10, "vague")],
        ),
        ("ru", "В университет приедут еще полторы сотни студентов из КНДР.", [(150, "exact")]),
        # dollar revenue written in Russian
        (
            "ru",
            "Доходы КНДР от отправки рабочих в Россию могут достигать $250 млн в год.",
            [(250_000_000, "at_most")],
        ),
    ],
)
def test_vague_and_spelled_amounts_and_revenue(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "That is twice the 2022 figure, the ministry said.",
            {"kind": "ratio", "value": 2.0, "baseline_period": "2022"},
        ),
        (
            "ru",
            "Во втором квартале граждане КНДР ехали в Россию на учебу втрое реже, чем кварталом "
            "ранее.",
            {"kind": "ratio", "value": 1 / 3, "baseline_period": "2025-Q1"},
        ),
    ],
)
def test_comparisons_against_a_named_figure_or_the_quarter_before(
    lang: str, text: str, expected: dict[str, object]
) -> None:
    [(got,)] = read_fields(text, lang, "comparison", doc_date=D)
    assert got["kind"] == expected["kind"]
    assert got["baseline_period"] == expected["baseline_period"]
    assert got["value"] == pytest.approx(expected["value"])
