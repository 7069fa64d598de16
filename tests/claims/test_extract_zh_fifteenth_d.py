"""Chinese forms met in blind round 68: entries tallied in "次" (times), quarters named as
baselines with "首季" and "上一季"."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims

D68 = date(2025, 11, 20)


def _claims68(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.quantity, c.unit, c.purpose) for c in extract_claims(text, lang="zh", doc_date=D68)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # times entered are entries, with the entry verb before the figure
        ("上半年朝鲜公民出入境俄罗斯共约8400次。", [(8400, "entries", "total")]),
        (
            "去年朝鮮人入境中國的次數合計超過3萬次，其中以商務為目的者約4100次。",
            [(30000, "entries", "total"), (4100, "entries", "business")],
        ),
    ],
)
def test_times_entered_are_entries(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _claims68(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # how often one person came is not a tally of entries
        "据称,这名工人去年曾入境俄罗斯三次。",
        # times with no entry named are not entries
        "该剧在网络上已播放超过5000次。",
    ],
)
def test_times_without_a_tally_of_entries(text: str) -> None:
    assert _claims68(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first quarter said as "首季", after "是…的" and "达到…的"
        ("第三季度朝鲜公民入境俄罗斯约2600人次，是首季的4倍。", ("2025-Q3", "2025-Q1")),
        ("第四季度赴俄朝鲜学生人数回升，达到首季的两倍。", ("2025-Q4", "2025-Q1")),
        ("第二季度朝鲜公民入境俄罗斯共3100人次，较首季增加约一倍。", ("2025-Q2", "2025-Q1")),
        # the quarter before said as "上一季", after "是…的" and "比"
        ("第二季度入境俄罗斯的朝鲜公民达5200人次，是上一季的三倍多。", ("2025-Q2", "2025-Q1")),
        ("第三季度朝鲜公民入境俄罗斯约900人次，比上一季减少约40%。", ("2025-Q3", "2025-Q2")),
    ],
)
def test_quarters_named_as_baselines(text: str, expected: tuple[str, str]) -> None:
    claims = extract_claims(text, lang="zh", doc_date=D68)
    assert len(claims) == 1
    c = claims[0]
    assert c.comparison is not None
    assert (c.period, c.comparison.baseline_period) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that opens on the level reached counts the subject of the clause before,
        # though the change is said there in a ratio or a percentage
        ("今年上半年以学习为目的入境俄罗斯的朝鲜公民大幅增加，达到4200人次。", "study"),
        ("去年以務工為目的入境俄羅斯的北韓人次數增長約35%，增至3900人次。", "work"),
    ],
)
def test_level_reached_counts_the_subject_before(text: str, expected: str) -> None:
    claims = extract_claims(text, lang="zh", doc_date=D68)
    assert [c.purpose for c in claims] == [expected]


def test_whole_year_is_the_year_of_the_article() -> None:
    text = (
        "据俄方数据，去年第四季度朝鲜公民入境俄罗斯约2100人次。"
        "全年朝鲜公民入境俄罗斯共计约7900人次，其中以旅游为目的者约600人次。"
    )
    claims = extract_claims(text, lang="zh", doc_date=date(2026, 3, 2))
    assert [(c.quantity, c.period) for c in claims] == [
        (2100, "2025-Q4"),
        (7900, "2025"),
        (600, "2025"),
    ]


def test_science_ministry_with_ji_for_and() -> None:
    text = "俄羅斯科學及高等教育部官員稱，今年在俄高校註冊的北韓留學生約有600人。"
    claims = extract_claims(text, lang="zh", doc_date=D68)
    assert [c.attribution for c in claims] == ["Russian Ministry of Science and Higher Education"]


@pytest.mark.parametrize("going_on", ["他又說", "她还表示", "他補充說", "她進一步指出"])
def test_speaker_going_on_keeps_the_source(going_on: str) -> None:
    text = (
        "俄罗斯科学和高等教育部副部长表示，目前在俄就读的朝鲜学生约有900人。"
        f"{going_on}，明年来俄留学的朝鲜学生可能增至1200人左右。"
    )
    claims = extract_claims(text, lang="zh", doc_date=D68)
    assert [c.attribution for c in claims] == [
        "Russian Ministry of Science and Higher Education"
    ] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # so many years before the document's year
        ("五年前在俄罗斯务工的朝鲜劳工约有3万人。", "2020"),
        ("二十年前赴俄留學的北韓學生僅有約30人。", "2005"),
        # not a year followed by "前三季度", nor "前后"
        ("2024年前三季度入境俄罗斯的朝鲜公民共计约5000人次。", "2024-01..2024-09"),
        ("据估计，十年前后在俄罗斯务工的朝鲜劳工约有3万人。", None),
    ],
)
def test_years_ago(text: str, expected: str | None) -> None:
    claims = extract_claims(text, lang="zh", doc_date=D68)
    assert [c.period for c in claims] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "三、四百": "三四百" with the enumeration comma between the digits
        (
            "上月约有五、六百名朝鲜工人经图们江口岸入境俄罗斯。",
            [(500, "at_least", "workers"), (600, "at_most", "workers")],
        ),
        (
            "據報，近兩週已有七、八千人從該口岸入境俄羅斯。",
            [(7000, "at_least", "persons"), (8000, "at_most", "persons")],
        ),
    ],
)
def test_listed_neighbour_digits_are_a_range(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    claims = extract_claims(text, lang="zh", doc_date=D68)
    assert [(c.quantity, c.qualifier, c.unit) for c in claims] == expected


def test_listed_figures_stay_a_list() -> None:
    # two figures in digits with the enumeration comma are two counts, not a range
    text = "两个口岸分别有300、400名朝鲜工人入境俄罗斯。"
    claims = extract_claims(text, lang="zh", doc_date=D68)
    assert [c.qualifier for c in claims if c.quantity in (300, 400)] != ["at_least", "at_most"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause naming only when ("9月份", "已有", "约") counts the subject of the one before
        ("赴俄留学的朝鲜学生逐年增加，9月份已有约600人入境。", ["study"]),
        ("赴俄旅游的朝鲜游客寥寥无几，8月仅有约60人。", ["tourism"]),
        # a subject named by its trade gives the purpose its noun stands for, for both ends of
        # a range
        ("前往俄羅斯的北韓勞工越來越多，6月份已有五、六百人入境。", ["work", "work"]),
        ("赴俄的朝鲜劳工不断增加，10月已有两三百人入境。", ["work", "work"]),
    ],
)
def test_bare_figure_counts_the_subject_before(text: str, expected: list[str]) -> None:
    claims = extract_claims(text, lang="zh", doc_date=D68)
    assert [c.purpose for c in claims] == expected
