"""Korean and Chinese forms met in the forty-seventh held-out round: a ratio to the year-ago
period after a verb of nearness, and purpose-named entries that name no nationals."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_rows

D = date(2025, 11, 20)


def test_nearly_n_times_the_year_ago_period_names_its_baseline() -> None:
    # "接近去年同期的N倍": the figure is this quarter's, the base is the same quarter a year ago
    rows = read_rows(
        "今年第三季度朝鲜公民赴俄共5200人次。入境人次将近去年同期的2倍。", "zh", doc_date=D
    )
    assert rows[-1][6:] == ("2025-Q3", ("ratio", 2.0, "2024-Q3"))


def test_entries_for_the_same_purpose_count_the_article_s_nationals() -> None:
    # a second figure of work entries into the same country, naming no nationals, still counts
    # the North Koreans the sentence before was about (the statistics' own country is no origin)
    rows = read_rows(
        "국정원은 북한이 올해 1~9월 러시아에 노동자 약 6천 명을 보낸 것으로 본다고 밝혔다. "
        "러시아 국경 통계상 9월 한 달에만 '노동' 목적 입국이 980건 기록됐다.",
        "ko",
        doc_date=D,
    )
    assert [(r[0], r[3], r[4], r[5]) for r in rows] == [
        (6000.0, "KP", "RU", "work"),
        (980.0, "KP", "RU", "work"),
    ]


def test_the_month_of_a_revision_is_not_the_figure_s_period() -> None:
    # "이달 초 수정했다": the month the agency revised its figure, not the month the figure counts
    rows = read_rows(
        "지난해 중국에 간 북한 주민은 2만여 명으로, 중국 당국은 앞서 발표한 1만9천 명을 "
        "이달 초 정정했다.",
        "ko",
        doc_date=date(2026, 2, 3),
    )
    assert [(r[0], r[6]) for r in rows] == [(20000.0, "2025"), (19000.0, "2025")]
