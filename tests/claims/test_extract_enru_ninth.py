"""Forms met in the ninth held-out en/ru round (mainstream news): figures set against the
same period a year before, regional sources, «до N» after a percent change, and others.
The sentences are written for these tests."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 1)


# the fields of each claim, read with the document date D unless a test gives another
_fields = functools.partial(read_fields, doc_date=D)


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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "North Koreans made 9,100 trips to Russia in 2024. Work was the most frequently "
            "cited purpose, accounting for 4,420 entries, while 1,300 were business trips.",
            [(9100, "total"), (4420, "work"), (1300, "business")],
        ),
        (
            "en",
            "Tourism remained the second most common reason, with about 600 arrivals of North "
            "Koreans in Russia in 2024.",
            [(600, "tourism")],
        ),
        (
            "en",
            "Arrivals of North Koreans in Russia for 'private' purposes rose by 40 to 180 in the "
            "second quarter of 2024.",
            [(180, "private")],
        ),
        (
            "en",
            "Arrivals of North Koreans in Russia for “private” reasons rose to 180 in the "
            "second quarter of 2024.",
            [(180, "private")],
        ),
        (
            "ru",
            "Вторая группа северокорейских туристов из 35 человек прилетела в Москву.",
            [(35, "tourism")],
        ),
        (
            "ru",
            "Делегация КНДР из 12 человек прибыла в Хабаровск.",
            [(12, "official")],
        ),
    ],
)
def test_purpose_named_apart_from_the_figure(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _fields(text, lang, "quantity", "purpose") == expected


def test_out_of_a_whole_is_still_the_whole() -> None:
    # «из N» outside a group still names the whole a part is taken from
    got = _fields(
        "Из 2,1 тыс. туристов из КНДР, въехавших в Россию, 300 остались.",
        "ru",
        "quantity",
        "purpose",
    )
    assert got[0] == (2100, "total")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Число граждан КНДР, въехавших в Россию на учебу за январь—июнь, выросло на 35% "
            "к аналогичному периоду 2024 года, до 3410.",
            [(3410, "2025-01..2025-06", ("percent_change", 35.0, "2024-01..2024-06"))],
        ),
        (
            "Количество въездов граждан КНДР в Россию с деловыми целями в 2023 году "
            "сократилось на 20% к 2022 году, до 812.",
            [(812, "2023", ("percent_change", -20.0, "2022"))],
        ),
    ],
)
def test_ru_percent_against_a_year_with_k(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [
        (q, p, (c["kind"], c["value"], c["baseline_period"]) if c else None)
        for q, p, c in _fields(text, "ru", "quantity", "period", "comparison", doc_date=D)
    ]
    assert got == expected


def test_ru_k_year_without_a_percent_is_by_that_year() -> None:
    # «к 2030 году» not after a percent is "by 2030", not a baseline
    got = _fields(
        "К 2030 году число студентов из КНДР в России вырастет на 50%, до 6000.",
        "ru",
        "quantity",
        "comparison",
    )
    assert got and got[0][1]["baseline_period"] is None  # type: ignore[index]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Более 8 тыс. граждан КНДР въехали в Россию в 2023 году — больше, чем в любой год "
            "начиная с 2015-го.",
            [(8000, "2023", ("record", None, "2015"))],
        ),
        (
            "ru",
            "В 2023 году в Россию въехали 8,2 тыс. граждан КНДР, больше, чем за любой другой "
            "год с 2016 года.",
            [(8200, "2023", ("record", None, "2016"))],
        ),
        (
            "en",
            "About 8,000 North Koreans entered Russia in 2023, more than in any year since 2015.",
            [(8000, "2023", ("record", None, "2015"))],
        ),
        (
            "ru",
            "Рекорд с 2012 года: в первом квартале граждане КНДР совершили в Россию 5,2 тыс. "
            "въездов.",
            [(5200, "2025-Q1", ("record", None, "2012"))],
        ),
        (
            "en",
            "The highest since 2012: in the first quarter North Koreans made 5,200 trips to "
            "Russia.",
            [(5200, "2025-Q1", ("record", None, "2012"))],
        ),
        (
            "en",
            "In the second quarter alone, 2,140 North Koreans entered Russia, bringing the 2023 "
            "total to about 6,000.",
            [(2140, "2023-Q2", None), (6000, "2023", None)],
        ),
    ],
)
def test_records_and_the_year_of_a_quarter(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    got = [
        (q, p, (c["kind"], c["value"], c["baseline_period"]) if c else None)
        for q, p, c in _fields(
            text, lang, "quantity", "period", "comparison", doc_date=date(2025, 11, 20)
        )
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "В Хабаровском крае сейчас трудятся около 900 рабочих из КНДР, сообщили в краевом "
            "управлении МВД.",
            ["MVD Khabarovsk Krai"],
        ),
        (
            "ru",
            "По состоянию на 1 июня в Приморье пребывают 1,2 тыс. граждан КНДР, сообщили в "
            "управлении МВД по краю.",
            ["MVD Primorsky Krai"],
        ),
        (
            "en",
            "Some 800 North Korean builders are now working in Khabarovsk, according to the "
            "regional interior ministry.",
            ["MVD Khabarovsk Krai"],
        ),
        (
            "en",
            "The Interior Ministry in Primorye said 1,200 North Korean workers were staying in "
            "the region.",
            ["MVD Primorsky Krai"],
        ),
        # the ministry as a whole: a region named only as a destination
        (
            "ru",
            "По данным МВД, в 2024 году в Россию въехали 13 тыс. граждан КНДР, из них 2 тыс. — "
            "в Приморье.",
            ["MVD", "MVD"],
        ),
        # two regions: which one's branch is not said
        (
            "en",
            "About 800 North Korean builders are now working in Khabarovsk and 300 in Primorye, "
            "according to the regional interior ministry.",
            ["MVD", "MVD"],
        ),
        (
            "en",
            "Some 9,000 North Korean soldiers are in Russia, South Korea's spy agency says. "
            "Kyiv put the figure higher, saying up to 14,000 had arrived.",
            ["NIS", "Ukraine"],
        ),
    ],
)
def test_sources(lang: str, text: str, expected: list[str]) -> None:
    assert [a for (a,) in _fields(text, lang, "attribution")] == expected


def test_a_regional_branch_counts_into_its_country() -> None:
    got = _fields(
        "В Приморье сейчас находятся 1,2 тыс. граждан КНДР, сообщили в краевом УМВД.",
        "ru",
        "destination",
        "attribution",
    )
    assert got == [("RU", "MVD Primorsky Krai")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "In January-June 2025, 9,000 North Koreans entered Russia. By contrast, 4,100 "
            "entered for work, down 12% from the same period a year earlier.",
            ("2025-01..2025-06", "2024-01..2024-06"),
        ),
        (
            "ru",
            "За январь—июнь 2025 года в Россию въехали 9 тыс. граждан КНДР. С целью работы "
            "прибыли 4100 человек, на 12% больше, чем годом ранее.",
            ("2025-01..2025-06", "2024-01..2024-06"),
        ),
    ],
)
def test_a_year_earlier_than_a_period_given_before(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    got = _fields(text, lang, "quantity", "period", "comparison", doc_date=None)
    q, period, cmp = got[-1]
    assert q == 4100
    assert (period, cmp["baseline_period"]) == expected  # type: ignore[index]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "В Приморье находятся 1,6 тыс. граждан КНДР. Большинство — 900 студентов — учатся "
            "в вузах, около двухсот работают на стройках.",
            [(1600, "persons"), (900, "students"), (200, "workers")],
        ),
        (
            "ru",
            "В Приморье находятся 1,6 тыс. граждан КНДР, из них около двухсот работают по "
            "трудовым договорам.",
            [(1600, "persons"), (200, "workers")],
        ),
        (
            "en",
            "Some 5,000 North Koreans arrived in Russia last year. About 800 of them are working "
            "at a shipyard in Vladivostok.",
            [(5000, "persons"), (800, "workers")],
        ),
        (
            "en",
            "Russia hosted 3,000 North Koreans in 2024; 1,000 were working in Moscow.",
            [(3000, "persons"), (1000, "workers")],
        ),
        # a noun, not a verb
        ("en", "Russia issued 2,000 work visas to North Koreans in 2024.", [(2000, "visas")]),
        # the figure's own clause names what it counts
        (
            "en",
            "Of the 2,000 North Korean students in Russia, 300 work part-time.",
            [(2000, "students"), (300, "students")],
        ),
    ],
)
def test_figures_at_work_are_workers(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _fields(text, lang, "quantity", "unit", doc_date=None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A total of 3,200 North Koreans entered Russia to work between April and June. "
            "That compares with only 410 in the same quarter of 2023.",
            [(3200, "work", "2024-04..2024-06"), (410, "work", "2023-04..2023-06")],
        ),
        (
            "A total of 3,200 North Koreans entered Russia to work between April and June. "
            "This compares with 410 a year earlier.",
            [(3200, "work", "2024-04..2024-06"), (410, "work", "2023-04..2023-06")],
        ),
        (
            "Some 2,000 more North Korean troops were sent to Russia this month, bringing the "
            "total to about 12,000, Seoul's spy agency said.",
            [(2000, "troops", "2024-11"), (12000, "troops", None)],
        ),
    ],
)
def test_en_the_figure_before_and_a_running_total(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    got = _fields(text, "en", "quantity", "purpose", "period", doc_date=date(2024, 11, 20))
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "По данным украинской разведки, в Курской области находятся 11 тыс. северокорейских "
            "военных, в том числе 300 офицеров и двух генералов.",
        ),
        (
            "en",
            "Ukrainian military intelligence says 11,000 North Korean soldiers are in Russia, "
            "including 300 army officers and two generals.",
        ),
    ],
)
def test_officers_and_generals_are_troops(lang: str, text: str) -> None:
    assert _fields(text, lang, "quantity", "unit") == [
        (11000, "troops"),
        (300, "troops"),
        (2, "troops"),
    ]


def test_a_consulate_general_is_not_a_general() -> None:
    got = _fields("Генеральное консульство КНДР во Владивостоке выдало 300 виз.", "ru", "unit")
    assert got == [("visas",)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Около 2 тыс. студентов из КНДР обучаются в российских вузах, сообщил замминистра "
            "науки и высшего образования Иван Петров.",
        ),
        (
            "en",
            "About 2,000 North Korean students are enrolled at Russian universities, Russia's "
            "deputy minister of science and higher education said.",
        ),
    ],
)
def test_a_minister_speaks_for_the_ministry(lang: str, text: str) -> None:
    assert _fields(text, lang, "attribution") == [
        ("Russian Ministry of Science and Higher Education",)
    ]
