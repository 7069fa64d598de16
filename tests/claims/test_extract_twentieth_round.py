"""Forms met in the twentieth held-out round (English and Russian), after it was scored on
arrival: soldiers sent to clear mines or build, medics sent abroad, spans counted back from the
document date ("over the past two months", "since January"), the fallen part of a contingent,
and a record that points back to the figure before it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 10, 20)


def test_soldiers_sent_to_clear_mines_or_build_are_troops() -> None:
    text = (
        "Pyongyang will dispatch 800 deminers and 3,500 military builders to the Belgorod "
        "region, a Russian official said."
    )
    assert read_fields(text, "en", "quantity", "unit", "purpose", doc_date=D) == [
        (800, "troops", "troops"),
        (3500, "troops", "troops"),
    ]
    text = "В Курскую область прибудут 4 тыс. военных строителей из КНДР."
    assert read_fields(text, "ru", "quantity", "unit", "purpose", doc_date=D) == [
        (4000, "troops", "troops")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("At least 90 North Korean medics were still working in Nigeria in 2023.", "en"),
        ("По данным ООН, в Нигерии в 2023 году работали не менее 90 медиков из КНДР.", "ru"),
    ],
)
def test_medics_sent_abroad_are_workers(text: str, lang: str) -> None:
    assert read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D) == [
        (90, "workers", "work")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "period"),
    [
        (
            "Over the past three months, some 1,900 North Korean troops arrived in Russia.",
            "en",
            "2025-07..2025-10",
        ),
        (
            "За последние два месяца в Россию прибыли около 1900 военнослужащих КНДР.",
            "ru",
            "2025-08..2025-10",
        ),
        (
            "North Koreans have made roughly 2,600 entries into Russia since March.",
            "en",
            "2025-03..2025-10",
        ),
        # a month after the document's: the latest March, of the year before
        (
            "North Koreans have made roughly 2,600 entries into Russia since December.",
            "en",
            "2024-12..2025-10",
        ),
    ],
)
def test_spans_counted_back_from_the_document_date(text: str, lang: str, period: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D)[0][1] == period


def test_since_a_month_after_first_is_a_record_not_a_span() -> None:
    text = "It was the first group of 40 North Korean tourists to arrive since January."
    assert read_fields(text, "en", "period", doc_date=D) != [("2025-01..2025-10",)]


def test_the_fallen_part_of_a_contingent_is_not_a_flow() -> None:
    text = (
        "Seoul's spy agency said about 3,100 of the 12,000 North Korean soldiers deployed to "
        "the Kursk front had been killed or wounded."
    )
    assert read_fields(text, "en", "quantity", "purpose", doc_date=D) == [(12000, "troops")]


def test_a_record_that_points_back_to_the_figure_before_it() -> None:
    text = (
        "In the second quarter, 2,210 North Koreans entered Russia for study, border data show. "
        "That was the highest quarterly number of North Korean study trips since 2012."
    )
    got = read_fields(text, "en", "quantity", "purpose", "period", "comparison", doc_date=D)
    assert got == [
        (2210, "study", "2025-Q2", None),
        (None, "study", "2025-Q2", {"kind": "record", "value": None, "baseline_period": "2012"}),
    ]
    # a record with a subject of its own is not the figure's
    text = (
        "In the second quarter, 2,210 North Koreans entered Russia for study, border data show. "
        "Trade between the two countries was the highest since 2012."
    )
    assert read_fields(text, "en", "quantity", doc_date=D) == [(2210,)]


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # a place's population, with no nationals in the figure's clause
        (
            "В Надеждинском районе, где строят новый терминал на границе с КНДР, живут около "
            "40 тыс. человек.",
            "ru",
            [],
        ),
        ("The border town of Tumangang is home to some 4,000 people.", "en", []),
        # the nationals living there are a stock of them
        ("В Хабаровском крае живут около 1,5 тыс. граждан КНДР.", "ru", [(1500,)]),
        # the size of a body
        ("Группа экспертов из семи человек работала до апреля 2024 года.", "ru", []),
    ],
)
def test_populations_and_the_size_of_a_body(
    text: str, lang: str, kept: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == kept


def test_a_troop_estimate_since_a_month_is_a_stock() -> None:
    text = "Seoul said some 10,000 North Korean troops had been sent to Russia since June."
    assert read_fields(text, "en", "quantity", "period", doc_date=D) == [(10000, None)]
