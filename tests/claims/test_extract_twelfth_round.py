"""Forms met in the twelfth held-out round: requirements, classes of things, hyphenated
measures, per-item figures, prisoners of war, sums of money that a share or change is of,
"the two of them", indefinite speakers, corrections that retract a figure."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims
from tests.claims.claim_readings import read_fields

D = date(2025, 9, 15)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a requirement, not a count
        ("en", "Applicants from North Korea must be between 20 and 35 and have a party reference."),
        ("ru", "По словам источника, кандидаты из КНДР должны быть от 20 до 35."),
        # the size of a class of things
        ("en", "The hostel is one of some 40 in Khabarovsk where North Korean builders now sleep."),
        ("ru", "Эта стройка — одна из как минимум 15 в Приморье, где работают северокорейцы."),
        # a hyphenated measure, a figure per item
        ("en", "A 156-seat Air Koryo jet flew the North Koreans to Vladivostok on Monday."),
        ("en", "The buses that carried North Korean workers hold about 45 each."),
        ("en", "I will not name the 3 sources who told me about the North Korean crews."),
        ("ru", "Поезд из Пхеньяна в Москву с северокорейцами идет около десяти суток."),
        # prisoners of war
        ("ru", "Киев сообщил, что трое северокорейских военных попали в плен под Курском."),
        ("en", "Kyiv said 2 North Korean soldiers were captured in Kursk in January."),
        ("ko", "포로로 잡힌 북한군 3명은 우크라이나 보안국이 조사하고 있다."),
        ("zh", "乌方公布了3名被俘朝鲜士兵的视频。"),
        # a change or share of a sum of money
        (
            "ru",
            "Северокорейский рабочий получает 80–100 тыс. рублей в месяц, что на 25% меньше, "
            "чем у мигрантов из Узбекистана.",
        ),
        (
            "ko",
            "북한 노동자의 월급은 약 900달러인데 이 가운데 60% 이상을 당국에 바쳐야 한다.",
        ),
        # casualties counted with words between the noun and the figure
        ("ko", "북한군 사상자는 현재까지 약 3천100명에 이른다고 국정원은 밝혔다."),
        # followers and flights, not people who came
        ("zh", "朝鲜人能去俄罗斯打工吗？（3.4万人关注）"),
        ("zh", "平壤至海参崴航线本月计划执飞12班。"),
        # a newspaper page
        ("ko", "본지 3월 4일자 8면 기사에서 북한 노동자를 다뤘다."),
    ],
)
def test_not_a_count_of_people_who_came(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "one of N people" still counts the people
        (
            "en",
            "She is one of 6,120 North Koreans who entered Russia to study in 2024.",
            [(6120, "study", "2024")],
        ),
        # the two already counted are not counted again
        (
            "zh",
            "乌方称俘获了2名朝鲜士兵。另据报道，今年已有3200名朝鲜工人赴俄，两人分别来自平壤和南浦。",
            [(3200, "work", "2025")],
        ),
        # a speaker introduced by "one" is not a count of one person
        (
            "zh",
            "一名珲春贸易商向本报透露，今年已有约600名朝鲜女工进入珲春。",
            [(600, "work", "2025")],
        ),
        (
            "zh",
            "俄罗斯劳动部一位副部长上月接受采访时说，今年将引进约2万名朝鲜劳工。",
            [(20000, "work", "2025")],
        ),
    ],
)
def test_counts_beside_the_forms_that_are_not(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "purpose", "period", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Correction: This story incorrectly said that 5,000 North Koreans entered Russia to "
            "study in 2024; the correct figure is 500.",
            [(500, "KP", "RU")],
        ),
        (
            "ru",
            "Исправление: ранее в статье ошибочно сообщалось, что в 2024 году в Россию на учебу "
            "въехали 6 тыс. граждан КНДР. На самом деле их было 600.",
            [(600, "KP", "RU")],
        ),
        (
            "ko",
            "[정정] 지난 기사에서 올해 러시아에 입국한 북한 유학생 수를 '2천 명'으로 보도했으나 "
            "실제로는 200명이었습니다.",
            [(200, "KP", "RU")],
        ),
        (
            "zh",
            "更正：本报此前报道中“4000名朝鲜留学生赴俄”有误，实际人数为400名朝鲜留学生赴俄。",
            [(400, "KP", "RU")],
        ),
    ],
)
def test_a_correction_leaves_only_the_right_figure(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "origin", "destination", doc_date=D) == expected


def test_a_correction_of_something_else_keeps_the_figure() -> None:
    text = (
        "Correction: An earlier version misstated the period of the 6,120 North Korean study "
        "entries into Russia; they cover all of 2024."
    )
    assert read_fields(text, "en", "quantity", "period", doc_date=D) == [(6120, "2024")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a decrease said before "twofold" halves
        (
            "ru",
            "Въезды граждан КНДР по служебным делам в 2025 году сократились вдвое, до 388.",
            [(388, ("ratio", 0.5, None))],
        ),
        # after a dash the verb is left out: the change goes the way the one before went
        (
            "ru",
            "Въезды граждан КНДР на учебу в 2025 году снизились на 12%, а по рабочим и "
            "служебным визам, вместе взятым, — на 30%.",
            [(None, ("percent_change", -12.0, None)), (None, ("percent_change", -30.0, None))],
        ),
        # ... unless it says its own way
        (
            "ru",
            "В 2025 году в Россию въехали 1 300 граждан КНДР — на 20% меньше, чем в 2024 году.",
            [(1300, ("percent_change", -20.0, "2024"))],
        ),
        # exceeds a year by a number of trips: a difference against that year
        (
            "ru",
            "В 2025 году граждане КНДР совершили 5 тыс. поездок в Россию, что на 900 поездок "
            "превышает допандемийный 2019 год.",
            [(5000, ("difference", 900.0, "2019"))],
        ),
        # the change goes to the figure after "to", though a figure comes before it
        (
            "en",
            "North Korean entries for work tripled to 3,300 in 2025, while study entries "
            "slipped 6% to about 4,100.",
            [(3300, ("ratio", 3.0, None)), (4100, ("percent_change", -6.0, None))],
        ),
    ],
)
def test_changes_go_the_way_the_words_say(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    got = read_fields(text, lang, "quantity", "comparison", doc_date=D)
    assert [
        (q, (c["kind"], c["value"], c["baseline_period"]) if c else None) for q, c in got
    ] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the level a change went from, said vaguely, counts the same people
        (
            "en",
            "The number of North Koreans working in Khabarovsk has risen to nearly 4,000, up "
            "from a few hundred in 2022.",
            [(4000, "approx"), (100, "vague")],
        ),
        (
            "ru",
            "Число северокорейских рабочих в Хабаровске выросло до 4 тыс. по сравнению с "
            "несколькими сотнями в 2022 году.",
            [(4000, "exact"), (100, "vague")],
        ),
        # the money labour abroad earns the state is a flow (in dollars), with its hedge
        (
            "en",
            "Seoul estimates North Korean labourers are earning Pyongyang up to $250m a year "
            "from Russia.",
            [(250_000_000, "at_most")],
        ),
    ],
)
def test_vague_baselines_and_earnings(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "qualifier", doc_date=D) == expected


def test_earnings_go_from_where_the_workers_are_to_their_country() -> None:
    text = (
        "Seoul estimates North Korean labourers are earning Pyongyang up to $250m a year "
        "from Russia."
    )
    assert read_fields(text, "en", "unit", "origin", "destination", doc_date=D) == [
        ("usd", "KP", "RU")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "North Korean builders in Russia earn about $700 a month, most of it for the state.",
        ),
        ("en", "Tickets on the Pyongyang train cost $380 and fees reach $1,500."),
        ("ru", "Средняя цена тура в КНДР для россиян — 900 долларов."),
    ],
)
def test_wages_and_prices_are_not_flows(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a watched country that pledges or sends is where those sent come from
        (
            "en",
            "The estimate leaves out the 4,000 military engineers Pyongyang promised in May.",
            [(4000, "KP", None)],
        ),
        # the number named in one sentence, given in the next
        (
            "en",
            "Our October story misreported the number of North Koreans who entered Russia to "
            "study in the first half of 2024. It was 3,410, not 34,100.",
            [(3410, "KP", "RU")],
        ),
        (
            "ru",
            "В статье было неверно указано число граждан КНДР, въехавших в Россию на учебу в "
            "2024 году. Их было 3410, а не 34 100.",
            [(3410, "KP", "RU")],
        ),
        # "a figure of": the figure of what the article counts
        (
            "ru",
            "По данным Киева, под Курском находятся около 11 тысяч военных КНДР. Южнокорейская "
            "разведка ранее называла цифру в 10 тысяч.",
            [(11000, "KP", "RU"), (10000, "KP", "RU")],
        ),
    ],
)
def test_who_sends_and_which_number(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "origin", "destination", doc_date=D) == expected


def test_the_number_named_before_gives_the_answer_its_period_and_purpose() -> None:
    text = (
        "Our October story misreported the number of North Koreans who entered Russia to "
        "study in the first half of 2024. It was 3,410, not 34,100."
    )
    assert read_fields(text, "en", "purpose", "period", doc_date=D) == [
        ("study", "2024-01..2024-06")
    ]


def test_a_figure_of_counts_what_was_counted_before() -> None:
    text = (
        "По данным Киева, под Курском находятся около 11 тысяч военных КНДР. Южнокорейская "
        "разведка ранее называла цифру в 10 тысяч."
    )
    assert read_fields(text, "ru", "unit", "purpose", doc_date=D) == [
        ("troops", "troops"),
        ("troops", "troops"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Panel of Experts found some 300 North Korean workers in Kuwait and 150 in the "
            "UAE in 2019.",
            [(300, "KW"), (150, "AE")],
        ),
        ("ru", "В 2024 году в Лаос прибыли около 900 рабочих из КНДР.", [(900, "LA")]),
        ("ko", "작년 카타르에 북한 노동자 400명이 새로 파견됐다.", [(400, "QA")]),
        ("zh", "去年约有600名朝鲜工人被派往柬埔寨。", [(600, "KH")]),
    ],
)
def test_other_destinations_of_dprk_labour(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_fields(text, lang, "quantity", "destination", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # since a month: from it to the document's month
        (
            "en",
            "About 14,000 North Korean soldiers have passed through Russia since the first "
            "rotation in November 2024.",
            ["2024-11..2025-09"],
        ),
        (
            "en",
            "Some 2,500 North Korean workers have arrived since March 2025.",
            ["2025-03..2025-09"],
        ),
        (
            "ru",
            "С ноября 2024 года через Россию прошли около 14 тысяч военных КНДР.",
            ["2024-11..2025-09"],
        ),
        # months across two years
        (
            "ru",
            "С ноября 2024 года по февраль 2025 года в Россию въехали 2 тысячи граждан КНДР.",
            ["2024-11..2025-02"],
        ),
        # part of the period's count just given
        (
            "en",
            "North Koreans made 5,100 entries into Russia in the first quarter of 2025. At least "
            "1,500 of the quarter's arrivals were workers, a diplomat said.",
            ["2025-Q1", "2025-Q1"],
        ),
    ],
)
def test_periods_since_a_month_and_across_years(lang: str, text: str, expected: list[str]) -> None:
    assert [p for (p,) in read_fields(text, lang, "period", doc_date=D)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Look, you can't fly 5,000 North Korean soldiers to Kursk on three old Ilyushins."),
        ("ru", "На трех самолетах невозможно перевезти 5 тысяч военных КНДР, говорит эксперт."),
    ],
)
def test_a_generic_or_impossible_case_is_not_a_claim(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "field", "expected"),
    [
        # the visa is how they came; the figure set against counts the same people
        (
            "ru",
            "В первом квартале в Москву по учебным визам въехали 410 северокорейцев — против 70 "
            "годом ранее.",
            "unit",
            ["persons", "persons"],
        ),
        (
            "en",
            "Analysts put the North Korean workforce in Siberia at about 3,000.",
            "unit",
            ["workers"],
        ),
        # a hedge of two words between the verb of work and the figure
        (
            "ru",
            "Сейчас в Новосибирске трудятся не менее 900 граждан КНДР.",
            "purpose",
            ["work"],
        ),
        # "the first … since": when the last one was, neither a record of a count nor a span
        # from that year (nor the figure's year)
        (
            "en",
            "The 46 North Korean tourists were the first group to visit Vladivostok since 2019.",
            "comparison",
            [None],
        ),
        (
            "en",
            "The 46 North Korean tourists were the first group to visit Vladivostok since 2019.",
            "period",
            [None],
        ),
        (
            "ru",
            "В мае через Хасан въехали 1 300 граждан КНДР — это рекорд для пункта пропуска.",
            "comparison",
            [{"kind": "record", "value": None, "baseline_period": None}],
        ),
    ],
)
def test_nouns_verbs_and_records(lang: str, text: str, field: str, expected: list[object]) -> None:
    assert [v for (v,) in read_fields(text, lang, field, doc_date=D)] == expected
