"""Korean and Chinese forms met in round seventy-two: Korean "'근무' 목적" (employment as a
quoted purpose of entry) as work; a Korean breakdown that goes on in a sentence whose topic names
who came on a purpose in a clause of a few words ("'근무' 목적으로 신고하고 들어온 인원은"); the
whole a part is set against ("전체 4천 명 가운데") as the total given before. Every sentence here
is written for the test (none is from a set)."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 4, 15)


def _fields(text: str, lang: str) -> list[tuple[object, ...]]:
    return [
        (c.quantity, c.qualifier, c.unit, c.purpose, c.period)
        for c in extract_claims(text, lang=lang, doc_date=D)
    ]


_KO_BREAKDOWN = (
    "러시아 국경수비대 통계에 따르면 2023년 러시아에 입국한 북한 국적자는 모두 4천210명이었다. "
    "입국 목적별로는 '학업'이 2천100명으로 가장 많았고 '업무' 800여 명이 뒤를 이었다. "
)


def test_ko_quoted_employment_purpose_is_work() -> None:
    # "'근무' 목적으로": employment named as the purpose of entry
    got = _fields("지난해 몽골에 '근무' 목적으로 입국한 북한 국적자는 340명이었다.", "ko")
    assert [g[3] for g in got] == ["work"]
    got = _fields("근무 목적 입국자는 2022년 120명이었다.", "ko")
    assert [g[3] for g in got] == ["work"]


def test_ko_breakdown_goes_on_with_a_clause_naming_who_came() -> None:
    # "'근무' 목적으로 신고하고 들어온 인원은 90명": the next part, in the year of the total
    got = _fields(_KO_BREAKDOWN + "'근무' 목적으로 신고하고 들어온 인원은 90명에 그쳤다.", "ko")
    assert got[-1] == (90, "exact", "persons", "work", "2023")


def test_ko_whole_set_against_a_part_is_the_total_before() -> None:
    # "전체 4천 명 가운데": the total given before, in its year
    got = _fields(
        _KO_BREAKDOWN
        + "'근무' 목적으로 들어온 인원은 90명에 불과해 전체 4천 명 가운데 극히 일부였다.",
        "ko",
    )
    assert [g for g in got if g[0] in (90, 4000)] == [
        (90, "exact", "persons", "work", "2023"),
        (4000, "exact", "persons", "total", "2023"),
    ]


def _cmp(text: str) -> list[tuple[object, ...]]:
    return [
        (c.quantity, c.comparison.kind, c.comparison.baseline_period)
        for c in extract_claims(text, lang="zh", doc_date=D)
        if c.comparison is not None
    ]


def test_zh_near_or_like_a_years_multiple_names_its_baseline() -> None:
    # "接近2022年的9倍", "相当于2021年的3倍": a verb of nearness or likeness for the copula
    got = _cmp("2023年入境蒙古的朝鲜公民达4500人次,接近2022年的9倍。")
    assert got == [(4500, "ratio", "2022")]
    got = _cmp("去年赴老挝务工的朝鲜人约3000人,相当于2021年的3倍。")
    assert got == [(3000, "ratio", "2021")]


def test_zh_record_since_counting_with_de_before_the_quarter() -> None:
    # "创下有统计以来的单季最高纪录": 的 between the span and "one quarter"
    got = _cmp("今年第三季度以商务为目的入境的朝鲜公民达880人次,创下有统计以来的单季最高纪录。")
    assert got == [(880, "record", None)]


def test_zh_running_count_after_parts_of_several_purposes_is_the_total() -> None:
    # "…以工作为目的者…。以学习为目的者则…,上半年累计入境人数约为…": all purposes together
    text = (
        "今年第一季度入境蒙古的朝鲜公民共有900人次。"
        "其中以工作为目的者达410人次。"
        "以学习为目的者则减少至120人次,上半年累计入境人数约为1600人次。"
    )
    got = [(c.quantity, c.purpose) for c in extract_claims(text, lang="zh", doc_date=D)]
    assert got[-1] == (1600, "total")
