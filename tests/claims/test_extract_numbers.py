"""Number forms per language, with exact spans; qualifiers; periods; language detection."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.hedges import qualify
from sanctionwatch.claims.lang import detect_lang
from sanctionwatch.claims.numbers import find_numbers, parse_digits, parse_zh_numeral
from sanctionwatch.claims.periods import find_periods

NUMBERS = [
    # (lang, text, number as written, value)
    ("en", "a total of 24,310 people", "24,310", 24310),
    ("en", "some 4 870 workers", "4 870", 4870),
    ("en", "2.7 thousand students", "2.7 thousand", 2700),
    ("en", "1.25 million dollars", "1.25 million", 1_250_000),
    ("en", "eleven nationals", "eleven", 11),
    ("en", "three hundred and forty people", "three hundred and forty", 340),
    ("en", "two thousand workers", "two thousand", 2000),
    ("en", "hundreds of labourers", "hundreds of", 100),
    ("ru", "ровно 45 318 человек", "45 318", 45318),
    ("ru", "45.318 человек", "45.318", 45318),
    ("ru", "2,4 тыс. рабочих", "2,4 тыс.", 2400),
    ("ru", "около 27 тысяч граждан", "27 тысяч", 27000),
    ("ru", "4,5 млн долларов", "4,5 млн", 4_500_000),
    ("ru", "девятнадцать студентов", "девятнадцать", 19),
    ("ru", "три тысячи рабочих", "три тысячи", 3000),
    ("ru", "въехали 7 тысяч 308 граждан", "7 тысяч 308", 7308),  # thousands in words, then digits
    ("ru", "3 тысячи 60 студентов", "3 тысячи 60", 3060),
    ("ru", "1,5 тысячи 300 рабочих", "1,5 тысячи", 1500),  # a fraction of thousands takes no tail
    ("ru", "около 9 тысяч 2023 года", "9 тысяч", 9000),
    ("en", "about three dozen students", "three dozen", 36),
    ("en", "some 4 dozen workers", "4 dozen", 48),
    ("en", "a dozen workers", "a dozen", 12),
    ("ko", "2만4587명이", "2만4587", 24587),
    ("ko", "3만 6천 12명", "3만 6천 12", 36012),
    ("ko", "약 4천 명", "4천", 4000),
    ("ko", "2.6만 명", "2.6만", 26000),
    ("ko", "수백 명의", "수백", 100),
    ("ko", "두 명이", "두", 2),
    ("zh", "共有2.8万名工人", "2.8万", 28000),
    ("zh", "7300人入境", "7300", 7300),
    ("zh", "三千名学生", "三千", 3000),
    ("zh", "两万四千人", "两万四千", 24000),
    ("zh", "数百名劳工", "数百", 100),
    ("zh", "6万3千人", "6万3千", 63000),
]


@pytest.mark.parametrize(("lang", "text", "written", "value"), NUMBERS)
def test_number_forms_and_spans(lang: str, text: str, written: str, value: float) -> None:
    found = find_numbers(text, lang)
    assert found, f"no number in {text!r}"
    n = found[0]
    assert text[n.start : n.end] == written
    assert n.value == value


def test_thousands_groups_must_be_three_digits() -> None:
    # "2019 100" is a year followed by another number, not 2,019,100
    assert parse_digits("2019 100", "en") == (2019.0, 4)
    assert parse_digits("13,221", "en") == (13221.0, 6)
    assert parse_digits("1,7", "ru") == (1.7, 3)
    assert parse_digits("1.7", "en") == (1.7, 3)
    assert parse_digits("13.221", "ru") == (13221.0, 6)


def test_chinese_numerals() -> None:
    assert parse_zh_numeral("一万二千") == 12000
    assert parse_zh_numeral("十五") == 15
    assert parse_zh_numeral("两千") == 2000
    assert parse_zh_numeral("三百零五") == 305
    assert parse_zh_numeral("人") is None


QUALIFIERS = [
    ("en", "roughly 5,000 workers", "5,000", "approx"),
    ("en", "nearly 800 students", "800", "approx"),
    ("en", "over 600 citizens", "600", "more_than"),
    ("en", "more than 600 citizens", "600", "more_than"),
    ("en", "at least 42 people", "42", "at_least"),
    ("en", "up to 7,000 labourers", "7,000", "at_most"),
    ("en", "fewer than 90 people", "90", "less_than"),
    ("en", "410 or more people", "410", "more_than"),
    ("en", "just 17 people", "17", "exact"),
    ("en", "930 people", "930", "exact"),
    ("ru", "почти 640 человек", "640", "approx"),
    ("ru", "около 640 человек", "640", "approx"),
    ("ru", "более 640 человек", "640", "more_than"),
    ("ru", "свыше 640 человек", "640", "more_than"),
    ("ru", "до 640 человек", "640", "at_most"),
    ("ru", "не менее 640 человек", "640", "at_least"),
    ("ru", "менее 640 человек", "640", "less_than"),
    ("ko", "약 640명", "640", "approx"),
    ("ko", "640여 명", "640", "more_than"),
    ("ko", "640명 이상", "640", "at_least"),
    ("ko", "최대 640명", "640", "at_most"),
    ("ko", "640명 미만", "640", "less_than"),
    ("zh", "约640名", "640", "approx"),
    ("zh", "近640名", "640", "approx"),
    ("zh", "640多名", "640", "more_than"),
    ("zh", "超过640人", "640", "more_than"),
    ("zh", "至少640人", "640", "at_least"),
    ("zh", "不到640人", "640", "less_than"),
    ("zh", "640人左右", "640", "approx"),
]


@pytest.mark.parametrize(("lang", "text", "number", "expected"), QUALIFIERS)
def test_qualifiers(lang: str, text: str, number: str, expected: str) -> None:
    start = text.index(number)
    assert qualify(text, start, start + len(number), lang) == expected


PERIODS = [
    # (lang, text, document date, expected labels in order)
    ("en", "in 2021", date(2025, 1, 1), ["2021"]),
    ("en", "in the fourth quarter of 2022", None, ["2022-Q4"]),
    ("en", "in the second quarter", date(2023, 9, 1), ["2023-Q2"]),
    ("en", "from April to June 2022", None, ["2022-04..2022-06"]),
    ("en", "between January and August", date(2023, 9, 1), ["2023-01..2023-08"]),
    ("en", "in the first half of 2020", None, ["2020-01..2020-06"]),
    ("en", "in the first nine months of 2021", None, ["2021-01..2021-09"]),
    ("en", "last year", date(2023, 3, 5), ["2022"]),
    ("en", "this year", date(2023, 3, 5), ["2023"]),
    ("en", "in March 2022", None, ["2022-03"]),
    ("en", "last year", None, [None]),
    ("ru", "в 2021 году", None, ["2021"]),
    ("ru", "в первом полугодии 2022 года", None, ["2022-01..2022-06"]),
    ("ru", "во втором квартале", date(2023, 9, 1), ["2023-Q2"]),
    ("ru", "в третьем квартале прошлого года", date(2023, 9, 1), ["2022-Q3"]),
    ("ru", "в январе–июне 2022 года", None, ["2022-01..2022-06"]),
    ("ru", "с апреля по июнь 2022 года", None, ["2022-04..2022-06"]),
    ("ru", "в прошлом году", date(2023, 9, 1), ["2022"]),
    ("ru", "за девять месяцев 2021 года", None, ["2021-01..2021-09"]),
    ("ko", "2021년", None, ["2021"]),
    ("ko", "지난해 1~6월", date(2023, 2, 1), ["2022", "2022-01..2022-06"]),
    ("ko", "올해 4월부터 6월까지", date(2023, 8, 1), ["2023", "2023-04..2023-06"]),
    ("ko", "2022년 2분기", None, ["2022", "2022-Q2"]),
    ("ko", "작년 상반기", date(2023, 8, 1), ["2022", "2022-01..2022-06"]),
    ("zh", "2021年", None, ["2021"]),
    ("zh", "去年上半年", date(2023, 8, 1), ["2022", "2022-01..2022-06"]),
    ("zh", "今年1至6月", date(2023, 8, 1), ["2023", "2023-01..2023-06"]),
    ("zh", "2022年第三季度", None, ["2022", "2022-Q3"]),
    ("zh", "前5个月", date(2023, 8, 1), ["2023-01..2023-05"]),
]


@pytest.mark.parametrize(("lang", "text", "doc_date", "labels"), PERIODS)
def test_periods(lang: str, text: str, doc_date: date | None, labels: list[str | None]) -> None:
    assert [p.label for p in find_periods(text, lang, doc_date)] == labels


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Border crossings rose sharply.", "en"),
        ("Число въездов резко выросло.", "ru"),
        ("입국자 수가 크게 늘었다 (RFA).", "ko"),
        ("入境人数大幅增加。", "zh"),
        ("", "en"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_and_joins_spelled_numbers_only_after_a_scale_word() -> None:
    # "forty-five and fifty-two" are two numbers; "two hundred and fifty" is one
    assert [n.value for n in find_numbers("forty-five and fifty-two workers", "en")] == [45, 52]
    assert [n.value for n in find_numbers("two hundred and fifty workers", "en")] == [250]
    assert [n.value for n in find_numbers("one thousand and ten workers", "en")] == [1010]
