"""Chinese forms met in blind round 67: a report's note marks and interviewees, a post's readers,
figures denied or put in doubt, one dated speaker."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims

D67 = date(2025, 10, 15)


def _figures67(text: str) -> list[float | None]:
    return [c.quantity for c in extract_claims(text, lang="zh", doc_date=D67)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the note's number after a figure is not a count of people
        ("据本会统计,在科威特工地务工的朝鲜劳工约有1500人[注3]。", [1500]),
        ("到2023年,在阿联酋的朝鲜劳工已减少到200人左右【注12】。", [200]),
        # a note line opening on its mark
        ("[注4] 数据来源见该公司第二季度的工人名册。", []),
    ],
)
def test_note_marks_are_not_counted(text: str, expected: list[float]) -> None:
    assert _figures67(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a report's interviewees are its sources, not a flow
        "报告还参考了对9名回国劳工的访谈。",
        "调查人员访谈了14名曾在当地工地干活的工人。",
        # a post's readers, with a verb before the figure
        "这条视频发布后,点赞数很快超过3.2万。",
        "该帖在一天之内的阅读量达到12万。",
    ],
)
def test_interviewees_and_readers_are_not_flows(text: str) -> None:
    text = "据报道,去年约有800名朝鲜工人进入阿曼。" + text
    assert _figures67(text) == [800]


def test_a_dated_speaker_is_not_a_count_of_one() -> None:
    # "one netizen" who spoke on a day is the source, not one person who came
    text = "一名珲春网友9月28日在快手发布视频称,当天至少有200名朝鲜工人过境。"
    assert _figures67(text) == [200]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure the speaker says is wrong
        ("海关方面称,上周入境的朝鲜工人为86人,并非传言中的300人。", [86]),
        ("他说:“在这家工厂干活的朝鲜人不是两千人,只有七八百人。”", [700, 800]),
        ("官员强调,今年赴俄的朝鲜学生约900人,而不是媒体报道的数千人。", [900]),
        # what is said instead stays a figure
        ("他表示,在当地务工的朝鲜工人不是3000人而是4000人。", [4000]),
        # a question that puts the figure in doubt
        ("问:有媒体说在俄朝鲜劳工有5万人,这个数字准确吗?答:我看大约2万人。", [20000]),
    ],
)
def test_denied_figures_are_not_claims(text: str, expected: list[float]) -> None:
    assert _figures67(text) == expected


def test_revised_figure_keeps_the_earlier_published_one() -> None:
    # a revision's earlier published count is the source's own figure then
    text = (
        "俄统计局修正后的数据显示,今年一季度入境俄罗斯的朝鲜公民为2,310人,而非此前公布的2,050人。"
    )
    assert _figures67(text) == [2310, 2050]


def _units67(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.quantity, c.unit, c.purpose) for c in extract_claims(text, lang="zh", doc_date=D67)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "减少至", "增加至": the figure it changed to counts what the one it changed from counted
        (
            "在蒙古,朝鲜建筑工人数已从2018年的约1200人减少至去年的不到150人。",
            [(1200, "workers", "work"), (150, "workers", "work")],
        ),
        (
            "在俄朝鲜留学生从2022年的约200人增加至去年的1500人。",
            [(200, "students", "study"), (1500, "students", "study")],
        ),
    ],
)
def test_a_change_to_counts_what_it_changed_from(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _units67(text) == expected


def _sources67(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.quantity, c.attribution) for c in extract_claims(text, lang="zh", doc_date=D67)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's representative at a UN body speaks for the country
        (
            "俄罗斯代表在会上表示,目前在俄工作的朝鲜公民不足2000人。",
            [(2000, "Russia")],
        ),
        (
            "烏克蘭代表隨後指出,朝鮮今年已向俄羅斯派遣約5000名士兵。",
            [(5000, "Ukraine")],
        ),
        (
            "韩国代表在安理会发言时表示,约有1.5万名朝鲜劳工在俄罗斯务工。",
            [(15000, "South Korea")],
        ),
        # the border inspection station at a crossing
        (
            "据图们边检站统计,今年前两个月经图们口岸入境的朝鲜公民约2600人次。",
            [(2600, "Tumen Border Inspection Station")],
        ),
    ],
)
def test_representatives_and_border_stations_are_named(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _sources67(text) == expected
