"""Korean and Chinese forms met in the thirty-sixth held-out round (articles of a few lines,
later lines leaning on earlier ones)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields

D = date(2025, 3, 4)


def test_a_ratio_against_last_years_figure_named_before_de() -> None:
    # "是前年860人次的近9倍": the baseline year's figure stands between the year and 的; the
    # ratio is the headline figure's, and the figure is the baseline's
    text = "去年赴俄罗斯的朝鲜公民达7600人次,是前年860人次的近9倍。"
    rows = read_fields(text, "zh", "quantity", "period", "comparison")
    assert rows == [
        (7600, "2024", {"kind": "ratio", "value": 9.0, "baseline_period": "2023"}),
        (860, "2023", None),
    ]


def test_a_change_against_a_year_in_traditional_characters() -> None:
    # "較2023年增加近四成": the traditional 較 names the baseline year; the figure keeps the
    # article's year
    text = (
        "2024年朝鮮公民入境俄羅斯共9000餘人次。\n\n"
        "其中以「學習」為目的者約3100人次,較2023年增加近四成。"
    )
    rows = read_fields(text, "zh", "quantity", "period", "comparison", doc_date=D)
    assert rows[1] == (
        3100,
        "2024",
        {"kind": "percent_change", "value": 40.0, "baseline_period": "2023"},
    )


def test_a_fraction_of_the_year_before() -> None:
    # "僅為前一年的三分之一左右": a third of the year before the figure's (carried) year
    text = (
        "2024年朝鮮公民入境俄羅斯共9000餘人次。\n\n"
        "以「工作」為目的者則降至700餘人次,僅為前一年的三分之一左右。"
    )
    rows = read_fields(text, "zh", "quantity", "period", "comparison", doc_date=D)
    assert rows[1] == (700, "2024", {"kind": "ratio", "value": 0.3333, "baseline_period": "2023"})


def test_a_special_forces_unit_counted_in_men() -> None:
    # "북한 특수부대 2400명": a special-forces unit counted in men is troops
    text = "군 당국은 지난달 북한 특수부대 2400명이 러시아 수송기로 로스토프에 도착했다고 밝혔다."
    assert read_fields(text, "ko", "quantity", "unit", "purpose") == [(2400, "troops", "troops")]


def test_workers_on_student_visas() -> None:
    # "노동자 수백 명이 유학 비자로": the visa is how they came; they are counted as workers
    text = "소식통은 올해 북한 노동자 수백 명이 유학 비자로 중국 단둥에 들어갔다고 전했다."
    assert read_fields(text, "ko", "unit", "purpose", "destination") == [("workers", "work", "CN")]


def test_the_same_period_after_the_day_of_a_report() -> None:
    # "9일 … 공개한 통계를 보면 같은 기간": the bare day dates the report; "the same period" is
    # the months the article gave before, not the document's month
    text = (
        "올해 1~4월 러시아에 들어간 북한 주민이 3천여 명으로 집계됐습니다.\n\n"
        "9일 러시아 내무부가 공개한 통계를 보면 같은 기간 취업 목적으로 입국한 북한인은 "
        "1천 215명이었습니다."
    )
    rows = read_fields(text, "ko", "quantity", "period", doc_date=date(2025, 5, 12))
    assert rows == [(3000, "2025-01..2025-04"), (1215, "2025-01..2025-04")]


def test_a_record_since_the_count_began() -> None:
    # "2012년 집계 이후 월간 기준 최대": a record since the count began that year
    text = (
        "지난 3월 한 달에만 러시아에 입국한 북한 유학생이 870명으로 "
        "2012년 집계 이후 월간 기준 최대였다."
    )
    rows = read_fields(text, "ko", "quantity", "comparison", doc_date=D)
    assert rows == [(870, {"kind": "record", "value": None, "baseline_period": "2012"})]


def test_countries_in_guo_paired_with_figures_and_the_noun_after_the_last() -> None:
    # "蒙古国和老挝…分别接收了约40名和20余名朝鲜研修生": a country's name may end in 国; the
    # noun after the last figure names both
    text = "据悉,蒙古国和老挝去年分别接收了约40名和20余名朝鲜研修生。"
    rows = read_fields(text, "zh", "quantity", "unit", "destination", "purpose", doc_date=D)
    assert rows == [(40, "students", "MN", "study"), (20, "students", "LA", "study")]


def test_the_same_year_leaves_a_baseline_year_named_after_it() -> None:
    # "같은 해 … 2023년(5120명)의 절반": "the same year" is the figure's; the bracketed figure
    # is the baseline year's
    text = (
        "지난해 북한 노동자 300여 명이 라오스에 새로 들어갔다.\n\n"
        "같은 해 취업 목적으로 러시아에 입국한 북한인은 2천 명 안팎으로, "
        "2023년(5120명)의 절반 수준에 머물렀다."
    )
    rows = read_fields(text, "ko", "quantity", "period", doc_date=D)
    assert rows == [(300, "2024"), (2000, "2024"), (5120, "2023")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "since last autumn": a span running from the year's autumn to now, not that year
        ("ko", "국정원은 북한이 지난해 가을 이후 러시아에 보낸 병력이 1만2천여 명이라고 밝혔다."),
        ("zh", "韩国国情院称,朝鲜去年秋季以来已向俄罗斯派遣约1.2万名士兵。"),
    ],
)
def test_since_last_autumn_is_no_period(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [(12000, None)]


def test_by_the_end_of_this_year() -> None:
    # "연말까지 … 2만 명을 넘어설 것": by the end of the document's year
    text = "정부는 연말까지 중국 내 북한 근로자가 2만 명을 넘어설 것으로 예상했다."
    rows = read_fields(text, "ko", "quantity", "period", doc_date=date(2024, 10, 8))
    assert rows == [(20000, "2024")]


@pytest.mark.parametrize(
    ("lang", "text", "dest"),
    [
        # the North's own agency reports people going abroad, naming no nationality
        ("zh", "据朝中社报道,一支由约80名医科大学生组成的实习团上周启程赴俄罗斯。", "RU"),
        (
            "ko",
            "조선중앙통신은 의대생 80여 명으로 꾸려진 실습단이 지난주 러시아로 떠났다고 전했다.",
            "RU",
        ),
    ],
)
def test_people_going_abroad_in_the_norths_own_report(lang: str, text: str, dest: str) -> None:
    assert read_fields(text, lang, "origin", "destination", doc_date=D) == [("KP", dest)]
