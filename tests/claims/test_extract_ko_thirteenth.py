"""Korean forms met in rounds forty-seven, forty-nine and fifty: a ceiling reached "까지", a span
of quarters spelled out with "부터 … 까지"."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 10)


def test_a_ceiling_before_a_figure_reached_stays_a_ceiling() -> None:
    # "최대 2만 명까지 늘어날 수 있다": the most it may grow to, not a value already reached
    got = read_fields(
        "정보 당국은 러시아 내 북한군이 최대 2만 명까지 늘어날 수 있다고 봤다.",
        "ko",
        "quantity",
        "qualifier",
        doc_date=D,
    )
    assert got == [(20000, "at_most")]


def test_quarters_from_one_to_another_are_one_span() -> None:
    # "지난해 2분기부터 4분기까지": April to December of that year
    got = read_fields(
        "북한은 지난해 2분기부터 4분기까지 러시아에 노동자 800여 명을 보냈다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert got == [(800, "2024-04..2024-12")]


def test_a_fraction_of_the_figure_a_year_before() -> None:
    # "1년 전의 5분의 1 수준으로 줄었다": a ratio to the same quarter a year earlier
    got = read_fields(
        "올해 1분기 러시아에 간 북한 유학생은 120명으로 1년 전의 5분의 1 수준으로 줄었다.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    )
    assert got == [(120, {"kind": "ratio", "value": 0.2, "baseline_period": "2024-Q1"})]


def test_a_record_since_the_border_closed_in_a_year() -> None:
    # "2020년 국경 봉쇄 이후 최대": the most since the border closed that year
    got = read_fields(
        "올해 1분기 중국에 입국한 북한 노동자는 3천 명으로, 2020년 국경 봉쇄 이후 최대다.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    )
    assert got == [(3000, {"kind": "record", "value": None, "baseline_period": "2020"})]


def test_a_correction_drops_the_unquoted_figure_it_retracts() -> None:
    # "2천350명으로 잘못 보도했으나, 3천250명이 맞기에 바로잡습니다": only the right figure
    text = (
        "지난 3일자 기사에서 올해 1분기 러시아에 간 북한 노동자 수를 2천350명으로 잘못 "
        "보도했으나, 3천250명이 맞기에 바로잡습니다."
    )
    assert read_fields(text, "ko", "quantity", doc_date=D) == [(3250,)]
    # with no word of correction, "…으로 보도했으나" gives a figure another source reported
    text = (
        "러시아 매체는 올해 1분기 러시아에 간 북한 노동자를 2천350명으로 보도했으나, "
        "국정원은 3천 명으로 봤다."
    )
    assert read_fields(text, "ko", "quantity", doc_date=D) == [(2350,), (3000,)]


def test_a_ratio_to_the_same_quarter_a_year_before_stated_in_a_clause() -> None:
    # "지난해 같은 분기 …가 40명이었던 것과 비교하면 20배다": 40 is the baseline's figure, the
    # ratio is said of the figure before it
    got = read_fields(
        "올해 2분기 러시아를 찾은 북한 유학생은 800명이었다. 지난해 같은 분기 유학생 "
        "입국자가 40명이었던 것과 비교하면 20배다.",
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (800, "2025-Q2", None),
        (40, "2024-Q2", None),
        (None, "2025-Q2", {"kind": "ratio", "value": 20.0, "baseline_period": "2024-Q2"}),
    ]


def test_a_comparison_after_a_year_s_figure_the_count_falls_short_of() -> None:
    # "2019년의 4만2천 명에는 아직 못 미치지만 2023년보다는 5배 많다": 42,000 is 2019's figure;
    # the ratio is said of the count the article gave (last year's), on its own
    got = read_fields(
        "지난해 러시아에 입국한 북한 주민은 3만 명을 넘었다. 2019년의 4만2천 명에는 아직 "
        "못 미치지만 2023년보다는 5배 많다.",
        "ko",
        "quantity",
        "period",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (30000, "2024", None),
        (42000, "2019", None),
        (None, "2024", {"kind": "ratio", "value": 5.0, "baseline_period": "2023"}),
    ]


def test_the_year_whose_level_was_regained_is_not_the_count_s_period() -> None:
    # "2018년 수준을 거의 회복했다": that year is a point of reference; "같은 기간" is the half
    # year the sentence before gave
    got = read_fields(
        "올해 상반기 러시아를 찾은 북한 유학생은 약 300명이었다. 같은 기간 중국에 입국한 "
        "북한 노동자는 1만여 명으로, 2018년 수준을 거의 회복했다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert got == [(300, "2025-01..2025-06"), (10000, "2025-01..2025-06")]


def test_the_same_period_after_a_year_s_figure_the_count_falls_short_of() -> None:
    # "같은 기간" after "2019년의 4만2천 명에는 아직 못 미치지만 …" is the article's year, not 2019
    got = read_fields(
        "지난해 러시아에 입국한 북한 주민은 3만 명을 넘었다. 2019년의 4만2천 명에는 아직 "
        "못 미치지만 2023년보다는 5배 많다. 같은 기간 중국으로 간 북한 주민은 9천여 명이었다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert got[-1] == (9000, "2024")


def test_those_who_got_a_permit_are_its_holders() -> None:
    # "유학 비자를 받은 사람은 900명": people who got a study visa are students, not visas
    got = read_fields(
        "러시아에 체류 중인 북한 국적자 가운데 유학 비자를 받은 사람은 900명이다.",
        "ko",
        "quantity",
        "unit",
        doc_date=D,
    )
    assert got == [(900, "students")]


def test_a_course_s_quota_of_places_is_no_flow() -> None:
    # "러시아어 과정 정원을 30명에서 50명으로 늘린다": places on a course, not people who came
    got = read_fields(
        "하바롭스크 대학에는 북한 유학생 90여 명이 재학 중이다. 대학 측은 내년부터 러시아어 "
        "과정 정원을 30명에서 50명으로 늘린다.",
        "ko",
        "quantity",
        doc_date=D,
    )
    assert got == [(90,)]


def test_a_year_s_figure_set_against_counted_entries_counts_entries() -> None:
    # after "연인원 기준 3만 명", "2019년의 4만2천 명에는 …" names no noun of its own: entries
    got = read_fields(
        "지난해 러시아에 입국한 북한 주민은 연인원 기준 3만 명을 넘었다. 2019년의 4만2천 "
        "명에는 아직 못 미치지만 2023년보다는 5배 많다.",
        "ko",
        "quantity",
        "unit",
        doc_date=D,
    )
    assert got == [(30000, "entries"), (42000, "entries"), (None, "entries")]


def test_a_comparison_after_a_year_s_figure_is_the_sentence_s_own_count_s() -> None:
    # "5천 명으로 2019년 1만 명에는 못 미쳤지만 전년 동기보다 2배": the ratio is the 5,000's
    got = read_fields(
        "올해 1분기 러시아에 입국한 북한 주민은 5천 명으로 2019년 1만 명에는 못 미쳤지만 "
        "전년 동기보다 2배 늘었다.",
        "ko",
        "quantity",
        "comparison",
        doc_date=D,
    )
    assert got == [
        (5000, {"kind": "ratio", "value": 2.0, "baseline_period": "2024-Q1"}),
        (10000, None),
    ]


def test_a_figure_said_wrong_is_retracted_and_a_meshing_is_no_correction() -> None:
    # "2천350명으로 잘못 보도했으나, 실제로는 …": said wrong; "수요가 맞물려" is no "is right"
    wrong = (
        "앞서 일부 매체는 올해 1분기 러시아에 간 북한 노동자를 2천350명으로 잘못 보도했으나, "
        "실제로는 3천250명이었다."
    )
    meshing = (
        "러시아 매체는 올해 1분기 러시아에 간 북한 노동자를 2천350명으로 보도했으나, 노동 "
        "수요가 맞물려 실제로는 3천 명에 이른다는 분석도 나왔다."
    )
    assert read_fields(wrong, "ko", "quantity", doc_date=D) == [(3250,)]
    assert read_fields(meshing, "ko", "quantity", doc_date=D) == [(2350,), (3000,)]


def test_quarters_across_two_years_are_one_span() -> None:
    # "지난해 4분기부터 올해 1분기까지": October of last year to March of this one
    got = read_fields(
        "북한은 지난해 4분기부터 올해 1분기까지 러시아에 노동자 700여 명을 보냈다.",
        "ko",
        "quantity",
        "period",
        doc_date=D,
    )
    assert got == [(700, "2024-10..2025-03")]
