"""Forms met in the twenty-sixth held-out round (English and Russian), after it was scored on
arrival: the watched country as the one acting ("as Pyongyang moved workers"), a country naming
who speaks ("a U.S. official said"), the day of a briefing or a report's release, «в 11 с лишним
раз», a sentence opening with «Это» whose later figure is another period's, what one worker
costs, weapon systems, and the month something was said."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 2, 18)


def test_the_watched_country_acting_is_not_where_people_went() -> None:
    text = (
        "North Korean citizens entered Russia 17,200 times in 2024. Entries for study fell to "
        "about 3,900 from 6,950 in 2023, as Pyongyang moved workers onto work permits."
    )
    got = read_fields(text, "en", "quantity", "destination", doc_date=D)
    assert got == [(17200, "RU"), (3900, "RU"), (6950, "RU")]


def test_a_speakers_country_and_the_day_of_a_briefing() -> None:
    text = (
        "Some 11,000 North Korean troops were sent to Russia. A U.S. official said in a briefing "
        "on Jan. 14 that at least 9,000 North Korean soldiers had arrived in the country."
    )
    got = read_fields(text, "en", "quantity", "destination", "period", doc_date=D)
    assert got[1] == (9000, "RU", None)


def test_the_weekday_a_report_was_released() -> None:
    text = (
        "A report released on Thursday said North Korea had sent an estimated 90,000 workers "
        "to China."
    )
    assert read_fields(text, "en", "quantity", "period", doc_date=D) == [(90000, None)]


def test_more_than_n_times_and_a_later_figure_of_another_year() -> None:
    text = (
        "В третьем квартале на учебу в Россию въехали 3 700 граждан КНДР. Это в 11 с лишним раз "
        "больше, чем за тот же период прошлого года."
    )
    got = read_fields(text, "ru", "quantity", "comparison", doc_date=D)
    assert got[1][1]["kind"] == "ratio" and got[1][1]["value"] == 11.0
    text = (
        "В 2023 году в Россию въехали 2 800 граждан КНДР. Это в пять раз больше, чем в 2022-м, "
        "но меньше, чем в 2019 году, когда в страну приехали свыше 21 тыс. северокорейцев."
    )
    got = read_fields(text, "ru", "quantity", "period", "comparison", doc_date=D)
    assert got[1] == (None, "2023", {"kind": "ratio", "value": 5.0, "baseline_period": "2022"})
    assert got[2][:2] == (21000, "2019")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Директор рассказал, что один рабочий из КНДР обходится ему в 110 тыс. руб. в месяц.",
            "ru",
        ),
        ("Пхеньян передал России более 120 реактивных систем залпового огня.", "ru"),
    ],
)
def test_what_one_costs_and_weapon_systems(text: str, lang: str) -> None:
    assert read_fields(text, lang, "quantity", doc_date=D) == []


def test_the_month_something_was_said() -> None:
    text = (
        "Министр в январе говорил, что на Дальнем Востоке сейчас работают «несколько тысяч» "
        "граждан КНДР."
    )
    assert read_fields(text, "ru", "period", doc_date=D) == [(None,)]


def test_times_the_figure_recorded_the_previous_year() -> None:
    text = (
        "North Koreans made 9,900 trips to Russia in 2024, more than 8 times the 1,210 recorded "
        "the previous year."
    )
    got = read_fields(text, "en", "quantity", "comparison", doc_date=D)
    assert got[0] == (9900, {"kind": "ratio", "value": 8.0, "baseline_period": "2023"})
