"""Changes stated from one figure to another, and comparisons about the year before the
article's figure: which figure a comparison belongs to, and at which period."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_rows

D = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Arrivals of North Koreans in Russia jumped ninefold, from 540 in 2022 to 4,860 "
            "in 2023.",
            [
                (540, "exact", "persons", "KP", "RU", "total", "2022", None),
                (4860, "exact", "persons", "KP", "RU", "total", "2023", ("ratio", 9.0, "2022")),
            ],
        ),
        (
            "en",
            "Arrivals of North Koreans in Russia went from 540 in 2022 to 4,860 in 2023, "
            "a ninefold rise.",
            [
                (540, "exact", "persons", "KP", "RU", "total", "2022", None),
                (4860, "exact", "persons", "KP", "RU", "total", "2023", ("ratio", 9.0, "2022")),
            ],
        ),
        (
            "ru",
            "Число въездов граждан КНДР в Россию выросло в девять раз — с 540 в 2022 году "
            "до 4860 в 2023 году.",
            [
                (540, "exact", "entries", "KP", "RU", "total", "2022", None),
                (4860, "exact", "entries", "KP", "RU", "total", "2023", ("ratio", 9.0, "2022")),
            ],
        ),
        (
            "zh",
            "2023年入境俄罗斯的朝鲜公民增长了9倍,从2022年的540人增至4860人。",
            [
                (540, "exact", "persons", "KP", "RU", "total", "2022", None),
                (4860, "exact", "persons", "KP", "RU", "total", "2023", ("ratio", 9.0, "2022")),
            ],
        ),
    ],
)
def test_a_change_from_one_figure_to_another_is_the_second_figures(
    lang: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert read_rows(text, lang, D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "ratio"),
    [
        (
            "ru",
            "В 2023 году в Россию въехали 4860 граждан КНДР. Годом ранее их было втрое меньше.",
            1 / 3,
        ),
        (
            "en",
            "In 2023, 4,860 North Koreans entered Russia. A year earlier there were half as many.",
            0.5,
        ),
        (
            "en",
            "In 2023, 4,860 North Koreans entered Russia. "
            "A year earlier there were nine times fewer.",
            1 / 9,
        ),
    ],
)
def test_a_ratio_said_of_the_year_before_is_the_articles_figures(
    lang: str, text: str, ratio: float
) -> None:
    rows = read_rows(text, lang, D)
    assert rows[0][6] == "2023"
    # said of the earlier year, the change is the article's figure's: 2023 against 2022, the
    # ratio inverted (as the gold files write it: «Годом ранее … втрое меньше» is ratio 3)
    assert rows[1][0] is None and rows[1][6] == "2023"
    kind, value, base = rows[1][7]  # type: ignore[misc]
    assert (kind, base) == ("ratio", "2022")
    assert value == pytest.approx(1 / ratio, rel=0.01)


def test_a_year_earlier_as_a_baseline_is_still_the_baseline() -> None:
    rows = read_rows(
        "In 2023, 4,860 North Koreans entered Russia, nine times more than a year earlier.",
        "en",
        D,
    )
    assert rows == [(4860, "exact", "persons", "KP", "RU", "total", "2023", ("ratio", 9.0, "2022"))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North Korean arrivals in Russia rose ninefold in 2023, from about 540 to 4,860."),
        (
            "ru",
            "В 2023 году число въездов граждан КНДР в Россию выросло в девять раз — с 540 до 4860.",
        ),
    ],
)
def test_a_change_within_a_year_starts_from_the_level_of_the_year_before(
    lang: str, text: str
) -> None:
    rows = read_rows(text, lang, D)
    assert [(r[0], r[6], r[7]) for r in rows] == [
        (540, "2022", None),
        (4860, "2023", ("ratio", 9.0, "2022")),
    ]


def test_a_change_within_a_quarter_leaves_its_starting_period_unknown() -> None:
    rows = read_rows(
        "In the third quarter of 2023, arrivals of North Koreans in Russia rose fivefold, "
        "from 400 to 2,000.",
        "en",
        D,
    )
    # the previous quarter or the same quarter a year earlier: the text does not say
    assert [(r[0], r[6], r[7]) for r in rows] == [
        (400, None, None),
        (2000, "2023-Q3", ("ratio", 5.0, None)),
    ]
