"""Forms met in the eleventh held-out round: rates per person, units of length and area,
contractors, mainland travellers, money in dollars after Korean and Chinese figures."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A 9-kilometre road links the crossing to the new dormitories for North Koreans.",
        ),
        ("en", "The North Korean workers' camp covers a 3-hectare plot and has 120 beds."),
        ("ru", "На стройке в Хабаровске с рабочими из КНДР работают 14 подрядчиков."),
        ("ko", "북한 노동자 1명의 임금은 월 8만 루블 수준으로 알려졌다."),
        ("ko", "북한 근로자를 고용한 업체는 1명당 수수료 300달러를 냈다."),
        ("zh", "据称,朝鲜劳工每月工资约合600美元。"),
        ("zh", "同期赴俄的大陸旅客則有逾40萬人次。"),
    ],
)
def test_not_a_flow_of_the_watched_nationals(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the people counter still makes a count when no rate follows it
        ("ko", "지난달 북한 노동자 1천450명이 러시아에 입국했다.", 1450),
        ("zh", "上月有1450名朝鲜劳工入境俄罗斯。", 1450),
        ("ru", "В мае в Россию въехали 2 тысячи 318 граждан КНДР.", 2318),
        ("en", "Roughly three dozen North Korean students arrived in Kazan in May.", 36),
    ],
)
def test_the_count_beside_them_is_still_read(lang: str, text: str, value: int) -> None:
    assert [c.quantity for c in extract_claims(text, lang=lang, doc_date=D)] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        (
            "en",
            "About 12,000 North Korean troops went to Kursk; 3,100 have been killed or wounded.",
            [12000],
        ),
        ("en", "Roughly 900 North Korean soldiers had died by March, officials said.", []),
        # the dead named after the flow are not its verb
        (
            "en",
            "About 2,000 North Korean workers arrived to replace those killed in the fire.",
            [2000],
        ),
        (
            "ru",
            "В Курскую область прибыли 12 тыс. военных КНДР, около 4 тыс. из них погибли.",
            [12000],
        ),
        ("ru", "По оценке разведки, не менее 2 тыс. северокорейских военных выбыли из строя.", []),
        ("zh", "朝鲜向俄罗斯派遣约1.2万名士兵,其中约3000人死伤。", [12000]),
    ],
)
def test_casualties_are_not_a_flow(lang: str, text: str, values: list[int]) -> None:
    assert [c.quantity for c in extract_claims(text, lang=lang, doc_date=D)] == values


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        (
            "In the second quarter of 2025, 2,300 North Koreans entered Russia, more than twice "
            "the figure for the same period last year.",
            "2024-Q2",
        ),
        (
            "In the second quarter of 2025, 2,300 North Koreans entered Russia, four times as many "
            "as in the same period of 2023.",
            "2023-Q2",
        ),
    ],
)
def test_the_same_period_last_year_is_a_ratio_baseline(text: str, baseline: str) -> None:
    (c,) = extract_claims(text, lang="en", doc_date=D)
    assert c.comparison is not None and c.comparison.baseline_period == baseline


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        (
            "Officials expect North Korean workers in Russia to exceed 30,000 next year.",
            "more_than",
        ),
        ("North Korean arrivals in Russia could top 20,000 this year.", "more_than"),
        # a headline's verb
        ("North Korean arrivals in Russia top 9,000 in first half", "more_than"),
        ("North Korean workers in Russia now number about 9,000, officials say.", "approx"),
    ],
)
def test_exceed_and_top_are_lower_bounds(text: str, qualifier: str) -> None:
    assert [c.qualifier for c in extract_claims(text, lang="en", doc_date=D)] == [qualifier]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Въехали почти 3 тыс. При этом учились 900.", 2),
        ("Въехали почти 3 тыс. В 2023 году их было меньше.", 2),
        # an acronym or a lower-case noun after the amount goes on with the sentence
        ("Въехали 3 тыс. КНДР-овских рабочих.", 1),
        ("В 2024 г. Россия приняла 13 тыс. граждан КНДР.", 1),
    ],
)
def test_an_amount_abbreviation_can_end_a_sentence(text: str, sentences: int) -> None:
    from sanctionwatch.claims.extract import split_sentences

    assert len(split_sentences(text)) == sentences


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The number of North Korean workers in Russia could reach 40,000, analysts say."),
        ("en", "Estimates of North Korean labourers in Russia run as high as 40,000."),
        ("ru", "Число рабочих из КНДР в России может достигать 40 тыс. человек."),
    ],
)
def test_a_ceiling_stated_as_a_possibility_is_at_most(lang: str, text: str) -> None:
    assert [c.qualifier for c in extract_claims(text, lang=lang, doc_date=D)] == ["at_most"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "符拉迪沃斯托克的一栋新宿舍可容纳800名朝鲜工人。"),
        ("ko", "하바롭스크의 새 기숙사는 북한 노동자 800명을 수용할 수 있다."),
    ],
)
def test_ko_zh_capacity_is_not_a_flow(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        (
            "en",
            "In 2024 North Koreans entered Russia 13,221 times. The share of study trips was "
            "about 60%.",
            60,
            "approx",
        ),
        (
            "ru",
            "В 2024 году граждане КНДР въезжали в Россию 13 221 раз. Доля учебных поездок "
            "превысила 59%.",
            59,
            "more_than",
        ),
        (
            "en",
            "The share of study trips among North Korean entries to Russia reached 59.7% in 2024.",
            59.7,
            "exact",
        ),
    ],
)
def test_the_share_of_a_purpose_is_read(lang: str, text: str, value: float, qualifier: str) -> None:
    shares = [c for c in extract_claims(text, lang=lang, doc_date=D) if c.unit == "percent"]
    assert [(c.quantity, c.qualifier, c.purpose, c.period) for c in shares] == [
        (value, qualifier, "study", "2024")
    ]


def test_a_share_of_something_else_is_not_a_claim() -> None:
    text = "In 2024 North Koreans entered Russia 13,221 times. The share of women was 40%."
    assert [c.quantity for c in extract_claims(text, lang="en", doc_date=D)] == [13221]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2024, 9,310 North Koreans entered Russia, an all-time high."),
        ("en", "In 2024, 9,310 North Koreans entered Russia, the highest on record."),
        ("en", "In 2024, 9,310 North Koreans entered Russia, a record."),
        (
            "ru",
            "В 2024 году в Россию въехали 9 310 граждан КНДР — рекорд за всю историю наблюдений.",
        ),
        ("ru", "В 2024 году в Россию въехали 9 310 граждан КНДР — исторический максимум."),
    ],
)
def test_a_record_without_a_year(lang: str, text: str) -> None:
    (c,) = extract_claims(text, lang=lang, doc_date=D)
    assert c.comparison is not None
    assert (c.comparison.kind, c.comparison.baseline_period) == ("record", None)


def test_a_percent_fall_is_negative() -> None:
    text = "In the first half of 2025 North Korean entries totalled 1,900, a 40 percent fall."
    (c,) = extract_claims(text, lang="en", doc_date=D)
    assert c.comparison is not None and c.comparison.value == -40


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "North Korea could send up to 6,000 more soldiers, officials in Seoul believe.",
            6000,
        ),
        ("ru", "По оценке Сеула, КНДР может направить ещё до 6 000 военных.", 6000),
    ],
)
def test_the_sender_is_the_origin_in_the_base_form(lang: str, text: str, value: int) -> None:
    (c,) = extract_claims(text, lang=lang, doc_date=D)
    assert (c.quantity, c.qualifier, c.origin) == (value, "at_most", "KP")
    assert c.destination != "KP"


def test_a_korean_breakdown_by_purpose_points_back_to_the_total() -> None:
    # "목적별로는" (by purpose) breaks down the count just given: its origin carries, though
    # the sentence names Russia (inside its source)
    text = (
        "지난해 러시아에 입국한 북한 주민은 1만2천 명이었다. "
        "러시아 연방보안국 자료를 보면 목적별로는 유학이 7천 명, 관광 400명이었다."
    )
    got = [
        (c.quantity, c.origin, c.destination, c.purpose)
        for c in extract_claims(text, lang="ko", doc_date=D)
    ]
    assert got == [
        (12000, "KP", "RU", "total"),
        (7000, "KP", "RU", "study"),
        (400, "KP", "RU", "tourism"),
    ]


def test_a_year_in_a_clause_describing_something_else_is_not_the_figures() -> None:
    text = (
        "In the third quarter of 2025, 2,010 North Korean citizens entered Russia. Some 640 of "
        "them gave “work” as their purpose, a category that had been nearly empty in 2023."
    )
    assert [(c.quantity, c.period) for c in extract_claims(text, lang="en", doc_date=D)] == [
        (2010, "2025-Q3"),
        (640, "2025-Q3"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In the third quarter of 2024, 5,100 North Koreans entered Russia, up from 1,690 "
            "in the previous quarter.",
        ),
        (
            "ru",
            "В третьем квартале 2024 года в Россию въехали 5 100 граждан КНДР против 1 690 в "
            "предыдущем квартале.",
        ),
        (
            "ko",
            "지난해 3분기 러시아에 입국한 북한 주민은 5천100명으로 직전 분기(1천690명)보다 "
            "크게 늘었다.",
        ),
    ],
)
def test_the_previous_quarter_is_the_one_before_the_quarter_named(lang: str, text: str) -> None:
    doc_date = date(2025, 2, 1)
    got = [(c.quantity, c.period) for c in extract_claims(text, lang=lang, doc_date=doc_date)]
    assert got == [(5100, "2024-Q3"), (1690, "2024-Q2")]


def test_the_previous_quarter_with_no_quarter_named_stays_unread() -> None:
    text = "Only 306 North Koreans entered Russia, down 80% from the previous quarter."
    (c,) = extract_claims(text, lang="en", doc_date=D)
    assert c.period is None
