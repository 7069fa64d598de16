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
