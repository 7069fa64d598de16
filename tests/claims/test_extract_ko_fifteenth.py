"""Korean forms met in round sixty-four: Russia's border statistics named as the source; a
fraction that is a purpose's share of the people counted ("'유학'이 약 3분의 1을 차지했고", "이 중
절반 가까이가 학업 목적")."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 3, 10)
TOTAL = "지난해 러시아에 들어간 북한 주민은 8천여 명이었다. "


def test_russian_border_statistics_are_the_fsb_border_services() -> None:
    # "러시아 국경 통계상", as "Russian border statistics": the FSB Border Service's figures
    got = extract_claims(
        "러시아 국경 통계상 지난해 북한 국적자의 러시아 입국은 1만 2천 건을 넘었다.",
        lang="ko",
        doc_date=D,
    )
    assert [(c.quantity, c.attribution, c.destination) for c in got] == [
        (12000, "FSB Border Service", "RU")
    ]
    got = extract_claims(
        "러시아 국경 당국 자료를 보면 올해 1분기 북한 주민 2천여 명이 러시아에 들어갔다.",
        lang="ko",
        doc_date=D,
    )
    assert [(c.quantity, c.attribution) for c in got] == [(2000, "FSB Border Service")]


def _read(text: str) -> list[tuple[object, ...]]:
    return [
        (c.quantity, c.qualifier, c.unit, c.purpose, c.period)
        for c in extract_claims(text, lang="ko", doc_date=D)
    ]


def test_a_third_taken_up_by_a_purpose_is_its_share_in_percent() -> None:
    got = _read(TOTAL + "목적별로 보면 '노동'이 약 3분의 1을 차지했고, '관광'은 500명에 그쳤다.")
    assert got == [
        (8000, "more_than", "persons", "total", "2024"),
        (33.3, "approx", "percent", "work", "2024"),
        (500, "exact", "persons", "tourism", "2024"),
    ]


def test_half_of_them_naming_a_purpose_is_fifty_percent() -> None:
    got = _read(TOTAL + "이들 중 절반가량은 '취업'을 방문 목적으로 밝혔다.")
    assert got[1:] == [(50, "approx", "percent", "work", "2024")]


def test_three_quarters_after_of_all_is_seventy_five_percent() -> None:
    got = _read(TOTAL + "이 가운데 유학 목적 입국이 전체의 4분의 3을 넘었다.")
    assert got[1:] == [(75, "more_than", "percent", "study", "2024")]


def test_a_fraction_beside_its_own_count_is_not_a_claim() -> None:
    # "4천200여 명으로 절반을 넘었다", "절반가량인 4천여 명": the count is the clause's figure
    got = _read(TOTAL + "유학 목적 입국은 4천200여 명으로 절반을 넘었다.")
    assert [g[:2] for g in got] == [(8000, "more_than"), (4200, "more_than")]
    got = _read(TOTAL + "이 가운데 절반가량인 4천여 명이 노동 목적이었다.")
    assert [g[:2] for g in got] == [(8000, "more_than"), (4000, "more_than")]


def test_a_fraction_with_no_purpose_or_of_a_figure_is_not_a_share() -> None:
    # a share by sex or age, a ratio to a year's figure, a fraction of a wage
    assert _read(TOTAL + "이들 가운데 절반 이상은 20대 여성이었다.")[1:] == []
    got = extract_claims(
        "지난해 러시아에 들어간 북한 주민은 8천여 명으로, 2019년의 절반 수준에 그쳤다.",
        lang="ko",
        doc_date=D,
    )
    assert [(c.quantity, c.comparison and c.comparison.kind) for c in got] == [(8000, "ratio")]
    assert (
        extract_claims(
            "북한 노동자의 월급은 2천500위안이지만 실제 손에 쥐는 돈은 그 3분의 1에도 못 미친다.",
            lang="ko",
            doc_date=D,
        )
        == []
    )


def test_a_fraction_of_other_people_is_not_a_share_of_the_flow() -> None:
    # "주민 800명에게 물은 결과, 절반가량이": a poll's answer, with no "이 중" nor "차지"
    got = _read(
        TOTAL + "한 연구소가 주민 800명에게 물은 결과, 절반가량이 북한 노동자 유입에 반대했다."
    )
    assert [g[0] for g in got] == [8000]


def test_the_topic_a_sentence_opens_with_names_a_bare_headcount_after_a_speaker() -> None:
    # "북한 유학생들은 …으로 전해졌으며, 통일부는 … 약 400명이": the students, however far back
    got = extract_claims(
        "러시아 내 북한 유학생들은 대부분 블라디보스토크의 대학에서 공부하는 것으로 "
        "전해졌으며, 통일부는 올해에만 약 400명이 새로 러시아에 입국했다고 밝혔다.",
        lang="ko",
        doc_date=date(2025, 8, 20),
    )
    assert [(c.quantity, c.unit, c.purpose) for c in got] == [(400, "students", "study")]


def test_a_people_noun_of_its_own_clause_wins_over_the_opening_topic() -> None:
    got = extract_claims(
        "북한 노동자들은 대부분 연해주 건설 현장에서 일하는 것으로 알려졌으며, 통일부는 "
        "올해 러시아를 찾은 북한 주민이 모두 3천 명이라고 밝혔다.",
        lang="ko",
        doc_date=date(2025, 8, 20),
    )
    assert [(c.quantity, c.unit, c.purpose) for c in got] == [(3000, "persons", "total")]


def _compared(text: str) -> list[tuple[object, ...]]:
    return [
        (c.unit, c.purpose, c.comparison.kind)
        for c in extract_claims(text, lang="ko", doc_date=date(2025, 4, 9))
        if c.quantity is None and c.comparison is not None
    ]


def test_who_most_of_them_are_said_to_be_is_not_what_the_change_counts() -> None:
    # "…, 상당수는 실제로는 건설 노동자로 보인다": the change is of the study entrants counted
    got = _compared(
        "지난해 '학업' 목적으로 러시아에 입국한 북한 주민은 7천여 명이었다. 이는 전년보다 "
        "30% 늘어난 수치로, 상당수는 실제로는 건설 노동자로 보인다."
    )
    assert got == [("persons", "study", "percent_change")]
    # "…, 대부분 노동자로 추정된다": entries stay entries, every purpose's
    got = _compared(
        "지난해 러시아에 입국한 북한 주민은 1만 2천여 건이었다. 이는 2023년보다 4천 명가량 "
        "많은 것으로, 대부분 노동자로 추정된다."
    )
    assert got == [("entries", "total", "difference")]
