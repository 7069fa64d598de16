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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # «чем во втором квартале 2024 года» is the baseline, not the figure's period
        (
            "ru",
            "За второй квартал 2025 года граждане КНДР въезжали в Россию 2 980 раз — в 2,4 раза "
            "больше, чем во втором квартале 2024 года.",
            [(2980, "2025-Q2", ("ratio", 2.4, "2024-Q2"))],
        ),
        # a record since an event in a year
        (
            "en",
            "In 2019 North Koreans made some 20,000 trips to Russia, the most since the border "
            "service began publishing the data in 2010.",
            [(20000, "2019", ("record", None, "2010"))],
        ),
        # «годом ранее» is a year before the figure the article gave, though a later clause
        # names another year
        (
            "ru",
            "В 2024 году граждане КНДР въезжали в Россию 12 900 раз. Годом ранее они въезжали "
            "1 090 раз, а в 2019 году — почти 20 тыс. раз.",
            [(12900, "2024", None), (1090, "2023", None), (20000, "2019", None)],
        ),
        # a figure's own "in the quarter" is the article's quarter
        (
            "en",
            "North Koreans entered Russia 4,800 times in the third quarter of 2025. Work entries "
            "climbed to 2,900 in the quarter from 1,300 in the second quarter.",
            [(4800, "2025-Q3", None), (2900, "2025-Q3", None), (1300, "2025-Q2", None)],
        ),
        # "to X … from Y, an N-fold rise": the change is X's, measured against Y's period
        (
            "en",
            "North Korean tourist entries rose to 1,150 last year from only 23 in 2023, a "
            "fiftyfold increase.",
            [(1150, "2024", ("ratio", 50.0, "2023")), (23, "2023", None)],
        ),
    ],
)
def test_baselines_records_and_the_article_period(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    got = read_fields(text, lang, "quantity", "period", "comparison", doc_date=D)
    assert [
        (q, p, (c["kind"], c["value"], c["baseline_period"]) if c else None) for q, p, c in got
    ] == expected


@pytest.mark.parametrize(
    ("lang", "text", "doc", "expected"),
    [
        # a university in Russia is in Russia
        (
            "ru",
            "В Дальневосточном федеральном университете учатся 190 студентов из КНДР.",
            D,
            [(190, "RU", None)],
        ),
        # a deadline's day is neither a count nor the figure's period
        (
            "en",
            "Members had to send North Korean workers home by December 22, 2019, when about "
            "30,000 were still in Russia.",
            D,
            [(30000, "RU", "2019")],
        ),
        # a day with its month's name is in that month
        (
            "en",
            "On March 3, 42 North Koreans crossed into Russia at Khasan.",
            D,
            [(42, "RU", "2025-03")],
        ),
        # an announcement for next month names no flow period yet
        (
            "ru",
            "С 1 сентября в вузах Владивостока начнут учиться 300 студентов из КНДР.",
            date(2025, 8, 20),
            [(300, "RU", None)],
        ),
    ],
)
def test_places_and_days(
    lang: str, text: str, doc: date, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "destination", "period", doc_date=doc) == expected


def test_a_category_of_the_table_and_the_quarter_after_a_year_to_date_figure() -> None:
    text = (
        "North Koreans entered Russia 4,700 times in the third quarter of 2025. That brings the "
        "total for the first nine months to 10,900. Work entries rose to 2,600 in the quarter "
        "from 1,200 in the second quarter. The transit category, which few travellers use, "
        "hovered near 40."
    )
    assert read_fields(text, "en", "quantity", "qualifier", "period", doc_date=D) == [
        (4700, "exact", "2025-Q3"),
        (10900, "exact", "2025-01..2025-09"),
        (2600, "exact", "2025-Q3"),
        (1200, "exact", "2025-Q2"),
        (40, "approx", "2025-Q3"),
    ]
