"""Document context in claim extraction: periods, purposes and countries carried between
sentences of one document; HTML publication dates only from metadata."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.document import read_html
from sanctionwatch.claims.extract import extract_claims

D = date(2024, 12, 2)


def _read(text: str, lang: str, doc_date: date | None = D) -> list[tuple[object, ...]]:
    return [
        (c.quantity, c.unit, c.origin, c.destination, c.purpose, c.period)
        for c in extract_claims(text, lang=lang, doc_date=doc_date)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Between July and September 2023, 2,410 North Korean nationals arrived in Russia. "
            "Roughly 1,500 of them said they came to study.",
            [
                (2410, "persons", "KP", "RU", "total", "2023-07..2023-09"),
                (1500, "persons", "KP", "RU", "study", "2023-07..2023-09"),
            ],
        ),
        (
            "ru",
            "Во втором квартале 2023 года в Россию прибыли 2410 граждан КНДР. "
            "Около 1500 из них указали целью поездки учебу.",
            [
                (2410, "persons", "KP", "RU", "total", "2023-Q2"),
                (1500, "persons", "KP", "RU", "study", "2023-Q2"),
            ],
        ),
        (
            "ko",
            "2023년 2분기 러시아에 들어간 북한 주민은 2천410명이었다. "
            "그중 1천500명이 유학 목적이었다.",
            [
                (2410, "persons", "KP", "RU", "total", "2023-Q2"),
                (1500, "persons", "KP", "RU", "study", "2023-Q2"),
            ],
        ),
        (
            "zh",
            "2023年第二季度共有2410名朝鲜公民入境俄罗斯。其中1500人以留学为目的。",
            [
                (2410, "persons", "KP", "RU", "total", "2023-Q2"),
                (1500, "persons", "KP", "RU", "study", "2023-Q2"),
            ],
        ),
    ],
)
def test_a_figure_of_them_takes_the_period_and_countries_before(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "second_period"),
    [
        (
            "en",
            "In the second quarter of 2023, 2,410 North Koreans entered Russia. "
            "In the same period a year earlier, 310 crossed.",
            "2022-Q2",
        ),
        (
            "ru",
            "Во втором квартале 2023 года в Россию въехали 2410 граждан КНДР. "
            "За тот же период годом ранее въехали 310 человек.",
            "2022-Q2",
        ),
        (
            "ko",
            "2023년 2분기 북한 주민 2천410명이 러시아에 입국했다. "
            "2022년 같은 기간에는 310명이었다.",
            "2022-Q2",
        ),
        (
            "zh",
            "2023年第二季度有2410名朝鲜人入境俄罗斯，2022年同期为310人。",
            "2022-Q2",
        ),
    ],
)
def test_the_same_period_is_the_sub_year_period_stated_before(
    lang: str, text: str, second_period: str
) -> None:
    got = _read(text, lang)
    assert [g[0] for g in got] == [2410, 310]
    assert got[0][5] == "2023-Q2"
    assert got[1][5] == second_period
    assert got[1][2:4] == ("KP", "RU")


def test_a_year_earlier_is_the_year_before_the_previous_figure() -> None:
    # the document is from 2026: "годом ранее" is 2021 here, not 2025
    text = "В 2022 году в Россию въехали 4100 граждан КНДР. Годом ранее их было 950 человек."
    got = _read(text, "ru", date(2026, 3, 1))
    assert [(g[0], g[5]) for g in got] == [(4100, "2022"), (950, "2021")]


def test_a_follow_up_figure_without_a_period_takes_the_previous_one() -> None:
    text = "In 2021, 640 North Koreans entered Russia. Some 200 were students."
    assert [(g[0], g[4], g[5]) for g in _read(text, "en")] == [
        (640, "total", "2021"),
        (200, "study", "2021"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        # "of them" points back, even across a sentence
        (
            "en",
            "In 2021, 640 North Koreans entered Russia. Trade fell. Of them, 200 came to study.",
            "2021",
        ),
        (
            "ru",
            "В 2021 году в Россию въехали 640 граждан КНДР. Из них 200 человек - на учебу.",
            "2021",
        ),
        # a figure given "now" is not one of the previous year's
        (
            "en",
            "In 2021, 640 North Koreans entered Russia. Currently about 200 students study there.",
            None,
        ),
        ("zh", "2021年有640名朝鲜公民入境俄罗斯。目前约有200名朝鲜留学生在俄学习。", None),
        # a troop estimate is not a part of the border count
        (
            "en",
            "In 2021, 640 North Koreans entered Russia. Some 12,000 North Korean troops arrived.",
            None,
        ),
        # a sentence without figures may stand between the total and its part (as the blind
        # rounds' analysts read it)
        (
            "en",
            "In 2021, 640 North Koreans entered Russia. The war went on. Some 200 were students.",
            "2021",
        ),
        # two sentences between: unknown
        (
            "en",
            "In 2021, 640 North Koreans entered Russia. The war went on. Trade fell. Some 200 "
            "were students.",
            None,
        ),
    ],
)
def test_a_figure_without_a_period_takes_the_previous_one_only_when_it_is_a_part_of_it(
    lang: str, text: str, period: str | None
) -> None:
    got = _read(text, lang)
    assert got[0][5] == "2021"
    assert got[-1][0] != 640
    assert got[-1][5] == period


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Last year 2,900 North Koreans entered Russia."),
        ("ko", "지난해 북한 주민 2천900명이 러시아에 입국했다."),
        ("ru", "В прошлом году в Россию въехали 2900 граждан КНДР."),
    ],
)
def test_last_year_without_a_document_date_stays_unknown(lang: str, text: str) -> None:
    got = _read(text, lang, None)
    assert [(g[0], g[5]) for g in got] == [(2900, None)]


def test_an_unresolved_period_is_not_replaced_by_the_previous_one() -> None:
    text = "In 2021, 640 North Koreans entered Russia. Last year 900 North Koreans entered Russia."
    assert [(g[0], g[5]) for g in _read(text, "en", None)] == [(640, "2021"), (900, None)]


def test_a_share_of_them_is_a_percent_claim() -> None:
    text = "In 2022, 1,300 North Koreans entered Russia. 60% of them were students."
    got = _read(text, "en")
    assert got[1] == (60, "percent", "KP", "RU", "study", "2022")


def test_a_percentage_of_nothing_counted_is_not_a_claim() -> None:
    text = "In 2022, 1,300 North Koreans entered Russia. Turnout was 60% in the region."
    assert [g[0] for g in _read(text, "en")] == [1300]


def test_only_n_official_trips_is_an_official_count_of_entries() -> None:
    got = _read(
        "In 2022, 1,300 North Koreans entered Russia, among them only 9 official trips.", "en"
    )
    assert got[1][:2] == (9, "entries") and got[1][4] == "official"


def test_a_figure_after_when_is_the_baseline_year() -> None:
    text = (
        "In 2022, 4,100 North Koreans entered Russia, a fourfold increase on 2021, "
        "when 950 were recorded."
    )
    claims = extract_claims(text, lang="en", doc_date=D)
    by_q = {c.quantity: c for c in claims}
    assert set(by_q) == {4100, 950}
    assert by_q[950].period == "2021"
    assert by_q[4100].comparison is not None and by_q[4100].comparison.baseline_period == "2021"


def test_a_number_of_people_in_chinese_is_not_the_year_2000() -> None:
    got = _read("2023年共有2000名朝鲜人入境俄罗斯。", "zh")
    assert [(g[0], g[5]) for g in got] == [(2000, "2023")]


def test_html_date_from_metadata_only_not_guessed_from_the_body() -> None:
    body = (
        "<html><head><title>Border</title></head><body><article><p>In 2021 the border was "
        "closed. Later, 640 North Koreans entered Russia according to the border service, "
        "and officials said more would follow.</p></article></body></html>"
    )
    _, published = read_html(body)
    assert published is None
    with_ld = body.replace(
        "<title>Border</title>",
        '<title>Border</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2025-03-04T08:00:00+00:00"}</script>',
    )
    _, published = read_html(with_ld)
    assert published == date(2025, 3, 4)
    with_time = body.replace("<article>", '<article><time datetime="2025-06-07">7 June</time>')
    assert read_html(with_time)[1] == date(2025, 6, 7)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 2022, 4,100 North Koreans entered Russia, up from 950 the year before, "
            "and 2,600 of them came to study.",
        ),
        (
            "ru",
            "В 2022 году в Россию въехали 4100 граждан КНДР, годом ранее — 950, "
            "около 2600 из них — с целью учебы.",
        ),
    ],
)
def test_the_year_before_belongs_to_its_own_figure_not_the_next_clause(
    lang: str, text: str
) -> None:
    got = [(c.quantity, c.period) for c in extract_claims(text, lang=lang, doc_date=D)]
    assert got == [(4100, "2022"), (950, "2021"), (2600, "2022")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 2022, 4,100 North Koreans entered Russia. That was a fourfold increase on 2021.",
        ),
        (
            "ru",
            "В 2022 году в Россию въехали 4100 граждан КНДР. Это в 4 раза больше, чем годом ранее.",
        ),
    ],
)
def test_a_comparison_in_the_next_sentence_is_about_the_previous_figure(
    lang: str, text: str
) -> None:
    claims = extract_claims(text, lang=lang, doc_date=date(2025, 1, 10))
    assert len(claims) == 2
    comp = claims[1]
    assert comp.quantity is None and comp.comparison is not None
    assert (comp.period, comp.comparison.value, comp.comparison.baseline_period) == (
        "2022",
        4,
        "2021",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2022, 4,100 North Koreans entered Russia, a fourfold rise from 950 in 2021."),
        (
            "ru",
            "В 2022 году в Россию въехали 4100 граждан КНДР — "
            "в 4 раза больше, чем 950 в 2021 году.",
        ),
    ],
)
def test_the_figure_a_comparison_is_measured_against_gives_its_baseline(
    lang: str, text: str
) -> None:
    claims = extract_claims(text, lang=lang, doc_date=D)
    main = claims[0]
    assert main.quantity == 4100 and main.comparison is not None
    assert main.comparison.baseline_period == "2021"
    assert (claims[1].quantity, claims[1].period, claims[1].comparison) == (950, "2021", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В 2022 году в Россию въехали 1300 граждан КНДР. 60% из них были студентами."),
        ("ko", "2022년 북한 주민 1천300명이 러시아에 입국했다. 그중 60%는 유학생이었다."),
        ("zh", "2022年有1300名朝鲜人入境俄罗斯，其中60%为留学生。"),
    ],
)
def test_a_share_of_them_in_every_language(lang: str, text: str) -> None:
    got = _read(text, lang)
    assert got[0][:2] == (1300, "persons")
    assert got[1] == (60, "percent", "KP", "RU", "study", "2022")


def test_a_percent_change_is_a_comparison_not_a_share() -> None:
    claims = extract_claims(
        "In 2022, 1,300 North Koreans entered Russia, up 40% on 2021.", lang="en", doc_date=D
    )
    assert [(c.quantity, c.unit) for c in claims] == [(1300, "persons")]
    assert claims[0].comparison is not None and claims[0].comparison.kind == "percent_change"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In the second quarter, 2,100 North Koreans entered Russia, against 250 in the same "
            "period last year.",
        ),
        (
            "ru",
            "Во втором квартале в Россию въехали 2100 граждан КНДР против 250 за аналогичный "
            "период прошлого года.",
        ),
        (
            "ko",
            "올해 2분기 러시아에 입국한 북한 주민은 2천100명으로, "
            "지난해 같은 기간에는 250명이었다.",
        ),
        ("zh", "今年第二季度共有2100名朝鲜公民入境俄罗斯，而去年同期只有250人。"),
    ],
)
def test_the_same_period_last_year_in_the_same_sentence(lang: str, text: str) -> None:
    got = [(c.quantity, c.period) for c in extract_claims(text, lang=lang, doc_date=D)]
    assert got == [(2100, "2024-Q2"), (250, "2023-Q2")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In the same period of 2021, 45 North Koreans entered Russia."),
        ("ru", "За аналогичный период 2021 года в Россию въехали 45 граждан КНДР."),
        ("ko", "2021년 같은 기간에는 북한 주민 45명이 러시아에 입국했다."),
        ("zh", "2021年同期有45名朝鲜公民入境俄罗斯。"),
    ],
)
def test_the_same_period_of_a_year_with_nothing_before_is_unknown_not_the_year(
    lang: str, text: str
) -> None:
    # "the same period of 2021" is some part of 2021: checking 45 against the whole year's
    # count would contradict a true figure
    got = [(c.quantity, c.period) for c in extract_claims(text, lang=lang, doc_date=D)]
    assert got == [(45, None)]


def test_the_same_period_of_a_year_after_a_full_year_figure_is_that_year() -> None:
    text = (
        "In 2023, 1,117 North Koreans entered Russia. "
        "In the same period of 2022, 930 North Koreans entered Russia."
    )
    assert [(c.quantity, c.period) for c in extract_claims(text, lang="en", doc_date=D)] == [
        (1117, "2023"),
        (930, "2022"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "another" / "ещё": more of what the figure before counted, in its period
        (
            "en",
            "North Koreans made 6,020 trips to Russia in the second quarter of 2023. "
            "Of those, 2,400 were for study. Another 700 were business trips.",
            [(6020, "total", "2023-Q2"), (2400, "study", "2023-Q2"), (700, "business", "2023-Q2")],
        ),
        (
            "ru",
            "Во втором квартале 2023 года в Россию въехали 6 020 граждан КНДР. "
            "Ещё 700 человек приехали с деловой целью.",
            [(6020, "total", "2023-Q2"), (700, "business", "2023-Q2")],
        ),
        # "ещё" points back for every figure of its sentence, not only the first
        (
            "ru",
            "Во втором квартале 2023 года в Россию въехали 6 020 граждан КНДР. "
            "Ещё 700 человек приехали с деловой целью, 150 — по частным делам.",
            [(6020, "total", "2023-Q2"), (700, "business", "2023-Q2"), (150, "private", "2023-Q2")],
        ),
        # the figure a sentence sets its main one against is not the article's frame
        (
            "en",
            "North Koreans made 6,020 trips to Russia in the second quarter of 2023. "
            "In the same period, 2,400 came to study, compared with 90 a year earlier. "
            "Business accounted for 700 trips.",
            [
                (6020, "total", "2023-Q2"),
                (2400, "study", "2023-Q2"),
                (90, "study", "2022-Q2"),
                (700, "business", "2023-Q2"),
            ],
        ),
        # a comparison about the figure just given keeps the next sentence next to it
        (
            "ru",
            "Во втором квартале 2023 года в Россию въехали 6 020 граждан КНДР. "
            "Это в 9 раз больше, чем годом ранее. Учиться приехали 2 400 человек.",
            [(None, "total", "2023-Q2"), (6020, "total", "2023-Q2"), (2400, "study", "2023-Q2")],
        ),
        # more of the same purpose right after is as often a new estimate: unknown period
        (
            "en",
            "In 2023, 300 North Korean workers entered Russia. "
            "Up to 10,000 North Korean workers may be employed there, a source said.",
            [(300, "work", "2023"), (10000, "work", None)],
        ),
    ],
)
def test_figures_later_in_an_article_take_its_frame_only_when_they_continue_it(
    lang: str, text: str, expected: list[tuple[object, str, str | None]]
) -> None:
    got = sorted(_read(text, lang), key=lambda g: (g[0] is not None, 0))
    assert sorted([(g[0], g[4], g[5]) for g in got], key=str) == sorted(expected, key=str)


def test_nationals_named_again_without_a_destination_went_where_the_article_said() -> None:
    text = (
        "In 2023, 1,300 North Koreans entered Russia. "
        "Most of the North Koreans, 900 people, came in the second half."
    )
    got = _read(text, "en")
    assert [g[2:4] for g in got] == [("KP", "RU"), ("KP", "RU")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "the following year" is the year after the figure before, never after the document
        (
            "en",
            "In 2021, 380 North Korean students entered Russia. The following year that figure "
            "rose to 910.",
            [
                (380, "students", "KP", "RU", "study", "2021"),
                (910, "students", "KP", "RU", "study", "2022"),
            ],
        ),
        (
            "ru",
            "В 2021 году в Россию въехали 380 студентов из КНДР. Год спустя их было уже 910.",
            [
                (380, "students", "KP", "RU", "study", "2021"),
                (910, "students", "KP", "RU", "study", "2022"),
            ],
        ),
        # "N more" counts what the figure before counted; a noun of its own stays
        (
            "en",
            "In May 2024, 300 North Korean workers arrived in Vladivostok. About 200 more came in "
            "June, and another group of 90 people in July.",
            [
                (300, "workers", "KP", "RU", "work", "2024-05"),
                (200, "workers", "KP", "RU", "work", "2024-06"),
                (90, "persons", "KP", "RU", "work", "2024-07"),
            ],
        ),
        # the same destination with no nationality named: the article's nationals
        (
            "ru",
            "В 2024 году КНДР направила в Россию около 6 тыс. военных строителей. "
            "Ранее в Курскую область было переброшено 11 тысяч солдат.",
            [
                (6000, "troops", "KP", "RU", "troops", "2024"),
                (11000, "troops", "KP", "RU", "troops", None),
            ],
        ),
    ],
)
def test_figures_that_continue_the_count_before_them(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _read(text, lang, date(2025, 3, 1)) == expected


def test_a_count_of_workers_after_a_breakdown_does_not_take_its_period() -> None:
    text = (
        "In 2023, 4,100 North Koreans came to Russia to study. "
        "Intelligence estimates that up to 15,000 North Korean workers are in Russia."
    )
    got = _read(text, "en")
    assert [(g[0], g[5]) for g in got] == [(4100, "2023"), (15000, None)]


def test_the_same_six_months_is_the_period_named_before() -> None:
    text = (
        "In the first half of 2024, 900 North Korean workers went to China. "
        "Russia took 1,300 North Korean students over the same six months."
    )
    assert [g[5] for g in _read(text, "en")] == ["2024-01..2024-06", "2024-01..2024-06"]


def test_every_figure_of_a_breakdown_sentence_takes_the_frame() -> None:
    text = (
        "Nearly 6,000 North Koreans went to Russia to study last year, up from 300 in 2023. "
        "Tourism accounted for 40 entries, while 900 were listed under business."
    )
    got = _read(text, "en", date(2025, 2, 4))
    assert [(g[0], g[4], g[5]) for g in got] == [
        (6000, "study", "2024"),
        (300, "study", "2023"),
        (40, "tourism", "2024"),
        (900, "business", "2024"),
    ]


def test_for_the_quarter_is_the_quarter_named_before() -> None:
    text = (
        "В первом квартале 2025 года в Россию въехали 312 граждан КНДР. "
        "С целью учебы за квартал въехали лишь трое."
    )
    assert [(g[0], g[5]) for g in _read(text, "ru")] == [(312, "2025-Q1"), (3, "2025-Q1")]
