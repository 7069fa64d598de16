"""Forms met in the tenth held-out round: sums of money, transcripts, posts and briefs."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 9, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Each North Korean labourer is said to cost about $1,400 a month."),
        ("en", "Brokers charge North Korean workers' employers roughly £900 each."),
        ("ru", "Содержание рабочих из КНДР обходится примерно в $1 200 в месяц на человека."),
        ("ko", "북한 노동자들의 월급은 약 ₩1,500,000 수준이다."),
    ],
)
def test_a_sum_of_money_after_a_currency_sign_is_not_a_count(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ru", "Свыше 6,19 тыс. граждан КНДР работают на стройках Приморья.", 6190),
        ("ru", "По оценкам, в России находятся до 4,1 млн трудовых мигрантов из КНДР.", 4_100_000),
        ("en", "Some 2.35 thousand North Korean students came in 2024.", 2350),
    ],
)
def test_a_decimal_times_its_multiplier_is_the_number_written(
    lang: str, text: str, value: int
) -> None:
    # 6.19 × 1000 is 6189.999999999999 in binary floating point: the claim must say 6190
    (c,) = extract_claims(text, lang=lang, doc_date=D)
    assert c.quantity == value
    assert repr(c.quantity) == repr(float(value))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Поправка (21.04, 09:10): число граждан КНДР, въехавших на учебу, — 37.", 37),
        ("Обновлено 03.11: в Приморье прибыли 40 рабочих из КНДР.", 40),
    ],
)
def test_a_day_and_month_written_with_a_dot_is_not_a_figure(text: str, figure: int) -> None:
    assert [c.quantity for c in extract_claims(text, lang="ru", doc_date=D)] == [figure]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В Забайкалье с начала года прибыли 64 рабочих из КНДР."),
        ("ru", "В Приамурье на стройки приехали 90 граждан КНДР."),
        ("ru", "На Чукотку в прошлом году завезли 45 северокорейских рабочих."),
        ("en", "Some 70 North Korean workers arrived in Chukotka last year."),
    ],
)
def test_more_regions_of_the_russian_far_east_are_russia(lang: str, text: str) -> None:
    (c,) = extract_claims(text, lang=lang, doc_date=D)
    assert (c.origin, c.destination) == ("KP", "RU")


def test_this_month_is_the_month_of_the_documents_year() -> None:
    (c,) = extract_claims(
        "The university took in 180 new students from North Korea this September.",
        lang="en",
        doc_date=date(2025, 10, 2),
    )
    assert c.period == "2025-09"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("По данным ГУР, в Россию переброшены около 8 тыс. военных КНДР.", "Ukraine"),
        ("В ГУР МО заявили, что в Курскую область прибыли 5 тыс. солдат КНДР.", "Ukraine"),
        ("В Гурьевске работают 40 граждан КНДР.", None),
    ],
)
def test_ukraines_military_intelligence_by_its_russian_initials(
    text: str, source: str | None
) -> None:
    (c,) = extract_claims(text, lang="ru", doc_date=D)
    assert c.attribution == source


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In episode 52 we ask how North Korean workers reach Russia."),
        ("en", "Her channel on North Korean labour in Russia has 15,000 subscribers."),
        ("ru", "Канал о рабочих из КНДР в России набрал 15 тыс. подписчиков."),
        ("ru", "Ролик о северокорейских студентах набрал 40 тыс. просмотров."),
    ],
)
def test_episodes_and_audiences_are_not_flows(lang: str, text: str) -> None:
    assert extract_claims(text, lang=lang, doc_date=D) == []
