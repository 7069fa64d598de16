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
