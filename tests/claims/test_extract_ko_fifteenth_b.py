"""Korean forms met in round sixty-five: runs of earlier years, regional stocks, headlines."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims

AUG = date(2025, 8, 20)


def test_a_part_of_the_year_named_as_the_basis_is_each_named_years() -> None:
    # "상반기 기준으로 2023년 …, 지난해 …": each year's first half, not the whole year
    text = "상반기 기준으로 북한 주민의 러시아 입국은 2023년 900건, 지난해 3천400건이었다."
    got = [(c.quantity, c.period) for c in extract_claims(text, lang="ko", doc_date=AUG)]
    assert got == [(900, "2023-01..2023-06"), (3400, "2024-01..2024-06")]
    text = "1분기 기준 북한 유학생 입국은 2023년 120건, 2024년 510건으로 늘었다."
    got = [(c.quantity, c.period) for c in extract_claims(text, lang="ko", doc_date=AUG)]
    assert got == [(120, "2023-Q1"), (510, "2024-Q1")]
    # the basis with a year of its own is that year's part alone
    text = "2024년 1분기 기준으로 북한 주민 입국은 510건이었고, 2023년에는 2천 건이었다."
    got = [(c.quantity, c.period) for c in extract_claims(text, lang="ko", doc_date=AUG)]
    assert got == [(510, "2024-Q1"), (2000, "2023")]


def test_a_run_of_earlier_years_does_not_become_the_breakdowns_period() -> None:
    # the breakdown after a look back over earlier years is of the article's own figure
    text = (
        "올해 1분기 북한 주민의 러시아 입국 건수는 2천50건이었다. "
        "2022년 310건, 2023년 640건, 지난해 1천120건으로 해마다 늘었다. "
        "목적별로는 유학이 1천200건으로 가장 많았고, 관광(500건)이 뒤를 이었다."
    )
    got = [(c.quantity, c.purpose, c.period) for c in extract_claims(text, lang="ko", doc_date=AUG)]
    assert got[-2:] == [(1200, "study", "2025-Q1"), (500, "tourism", "2025-Q1")]
    assert [p for _, _, p in got[1:4]] == ["2022", "2023", "2024"]


def test_people_counted_in_myeong_are_not_the_contract_or_firm_after_them() -> None:
    # "820명이 현지 업체에 고용됐다", "430명이 근로계약을 맺고": counted in people ("명"), the firm
    # and the contract are what the people dealt with, not what the figure counts
    for text, want in (
        ("하바롭스크주 건설 현장에서는 북한 주민 820명이 현지 업체에 고용됐다.", "workers"),
        ("러시아에 머무는 북한 주민 중 430명이 근로계약을 맺고 일하는 것으로 파악됐다.", "workers"),
        ("올해 북한 주민 260명이 러시아 대학에 입학 신청을 냈다.", "persons"),
    ):
        assert [c.unit for c in extract_claims(text, lang="ko", doc_date=AUG)] == [want]
    # counted in cases, the contracts are the count
    text = "러시아 업체들은 올해 북한 노동자 고용과 관련해 300건의 계약을 맺었다."
    assert [c.unit for c in extract_claims(text, lang="ko", doc_date=AUG)] == ["other"]


def test_what_is_said_after_a_part_taken_out_is_the_parts() -> None:
    # "…은 2천100명이며 이 중 1천800명이 … 일하고 있다": the work is the part's; the whole, in the
    # same clause before it, stays every purpose's total
    for text, want in (
        (
            "올해 상반기 아무르주에 입국한 북한 주민은 2천100명이며 이 중 1천800명이 건설 현장에서 "
            "일하고 있다.",
            [("persons", "total"), ("workers", "work")],
        ),
        (
            "지난해 러시아에 입국한 북한 주민은 8천 명이며 그중 5천여 명이 유학 목적이었다.",
            [("persons", "total"), ("persons", "study")],
        ),
    ):
        got = [(c.unit, c.purpose) for c in extract_claims(text, lang="ko", doc_date=AUG)]
        assert got == want


def test_each_places_bracketed_figure_counts_the_people_named_after_the_list() -> None:
    # "A주(약 4천 명)와 B주(800명 안팎)에도 … 북한 노동자가": the list's places, each with its
    # figure, then the people all the figures count
    for text, want in (
        (
            "이 밖에 연해주(약 4천 명)와 사할린주(800명 안팎)에도 상당수의 북한 노동자가 "
            "머물고 있다.",
            [("workers", "work")] * 2,
        ),
        (
            "모스크바(약 300명)와 카잔(200여 명), 톰스크(100명 미만)에서 북한 유학생들이 "
            "공부하고 있다.",
            [("students", "study")] * 3,
        ),
    ):
        got = [(c.unit, c.purpose) for c in extract_claims(text, lang="ko", doc_date=AUG)]
        assert got == want


def test_a_passive_estimate_before_a_sources_own_figure_is_no_ones() -> None:
    # "…것으로 알려졌으며, 국정원은 그 수를 약 1만 명으로 추산한다": the body that opens the next
    # clause gives the figure after it; the one said in the passive has no named source
    text = (
        "러시아에는 북한 노동자 수천 명이 일하는 것으로 알려졌으며, 국정원은 그 수를 약 1만 명으로 "
        "추산한다."
    )
    got = [(c.quantity, c.attribution) for c in extract_claims(text, lang="ko", doc_date=AUG)]
    assert got == [(1000, None), (10000, "NIS")]
    # a source that says the whole of it still gives its figure
    text = "국정원은 러시아에 북한 노동자 5천 명이 일하는 것으로 파악된다고 밝혔다."
    got = [(c.quantity, c.attribution) for c in extract_claims(text, lang="ko", doc_date=AUG)]
    assert got == [(5000, "NIS")]


def test_a_headlines_bare_yukbak_is_about_the_figure() -> None:
    # "6천 건 육박" with no "에" (a headline's clipped form) is "close to", as "6천 건에 육박" is
    for text in ("러시아 입국 북한 주민 상반기 6천 건 육박", "러시아 체류 북한 노동자 1만 명 육박"):
        assert [c.qualifier for c in extract_claims(text, lang="ko", doc_date=AUG)] == ["approx"]


def test_a_headlines_people_before_its_ellipsis_say_whose_entries_follow() -> None:
    # "북한 노동자 러시아행 급증…상반기 입국 1만 건 넘어": the entries are the workers'
    for text, want in (
        ("북한 노동자 러시아행 급증…상반기 입국 1만 건 넘어", "work"),
        ("북한 유학생 러시아행 역대 최다…1~6월 5천 건 넘겨", "study"),
    ):
        got = [(c.unit, c.purpose) for c in extract_claims(text, lang="ko", doc_date=AUG)]
        assert got == [("entries", want)]


def test_the_higher_education_ministry_as_korean_papers_shorten_it() -> None:
    # "러시아 고등교육부", "러시아 과학·고등교육부": the Ministry of Science and Higher Education
    for text in (
        "러 고등교육부는 올해 북한 유학생 420명이 러시아 대학에 입학했다고 밝혔다.",
        "러시아 과학·고등교육부에 따르면 올해 러시아 대학에 입학한 북한 유학생은 350명이다.",
    ):
        got = [c.attribution for c in extract_claims(text, lang="ko", doc_date=AUG)]
        assert got == ["Russian Ministry of Science and Higher Education"]
