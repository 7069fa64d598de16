"""Chinese forms met in rounds 47, 49 and 50: counters of cases and kinds, not people."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_rows

D = date(2025, 10, 20)


def test_cases_counted_with_qi_are_no_people() -> None:
    # "走私案件37起": thirty-seven cases, not thirty-seven people
    rows = read_rows("今年前三季度,海关共查获涉朝走私案件37起。", "zh", doc_date=D)
    assert rows == []


def test_kinds_counted_with_lei_are_no_people() -> None:
    # "分为6类入境事由": six kinds of a list, not six people
    rows = read_rows("新规将朝鲜公民的入境事由分为6类。", "zh", doc_date=D)
    assert rows == []


def test_holders_of_a_work_visa_after_the_counter_are_workers() -> None:
    # "名持工作签证的朝鲜人": people who hold a work visa, counted, are workers
    rows = read_rows("截至今年5月,约有8000名持工作签证的朝鲜人滞留俄境内。", "zh", doc_date=D)
    assert [(r[0], r[2], r[5]) for r in rows] == [(8000, "workers", "work")]


def test_holders_of_a_work_visa_before_the_figure_are_workers() -> None:
    # "持有工作签证的朝鲜公民约900人": the holders of the visa, then their figure
    rows = read_rows("在哈巴罗夫斯克持有工作签证的朝鲜公民约900人。", "zh", doc_date=D)
    assert [(r[0], r[2]) for r in rows] == [(900, "workers")]


def test_a_noun_of_people_before_a_count_of_entries_names_their_purpose() -> None:
    # "其中学生约300人次": the entries of students, so entries to study
    rows = read_rows(
        "今年前三季度入境俄罗斯的朝鲜公民共1500人次,其中学生约300人次。", "zh", doc_date=D
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        (1500, "entries", "total"),
        (300, "entries", "study"),
    ]


def test_the_figure_a_correction_sets_aside_keeps_the_purpose() -> None:
    # "为4200人,而不是此前公布的3900人": both figures count the same study entrants
    rows = read_rows(
        "修正后的数据显示,今年前三季度以学习为目的入境俄罗斯的朝鲜公民为4200人,"
        "而不是此前公布的3900人。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[5]) for r in rows] == [(4200, "study"), (3900, "study")]


def test_the_same_period_after_a_quarter_on_quarter_base_is_the_later_quarter() -> None:
    # "第二季度仅为400人" is the base of "环比", so "同期" next is the third quarter
    rows = read_rows(
        "今年第三季度,以“工作”为目的入境俄罗斯的朝鲜人达1200人,环比增长两倍,第二季度仅为400人。"
        "同期朝鲜公民入境总数为3000人次。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[6]) for r in rows] == [(1200, "2025-Q3"), (400, "2025-Q2"), (3000, "2025-Q3")]


def test_a_correction_notice_drops_the_figure_its_report_had_said() -> None:
    # "【更正】…稿件称…5000人,经核实应为3200人": the unquoted 5000 was published wrong
    rows = read_rows(
        "【更正】本报3月1日刊发的稿件称今年1月朝鲜公民赴俄5000人,经核实应为3200人,特此更正。",
        "zh",
        doc_date=date(2025, 3, 2),
    )
    assert [(r[0], r[6]) for r in rows] == [(3200, "2025-01")]


def test_this_figure_against_a_day_s_figure_is_a_change_of_the_later_stock() -> None:
    # "这一数字较今年3月1日的约500人增加了六成左右": the 500 is the base (a stock on 1 March); the
    # change is of the figure before, at its own day
    rows = read_rows(
        "截至9月1日,在该州停留的朝鲜公民共有980人。这一数字较今年3月1日的约500人增加了六成左右。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[6], r[7]) for r in rows] == [
        (980, "2025-09-01", None),
        (500, "2025-03-01", None),
        (None, "2025-09-01", ("percent_change", 60.0, "2025-03-01")),
    ]


def test_this_figure_after_several_parts_is_the_total_s() -> None:
    # "其中留学生…、劳工…、商务人员…。这一数字…": "this figure" is the 900 of every purpose
    rows = read_rows(
        "截至9月1日,该州共有朝鲜公民900人,其中留学生500人、劳工300人、商务人员100人。"
        "这一数字较去年的600人有所增加。",
        "zh",
        doc_date=D,
    )
    assert rows[4][0] == 600 and rows[4][5] == "total", rows


def test_this_year_s_change_on_the_year_after_last_year_s_figure() -> None:
    # "2024年同期…为2500人次,今年同比减少约四成": the 2500 is the base; the change is a claim
    # about the months the article gave, this year, against the same months of 2024
    rows = read_rows(
        "今年1至5月以工作为目的入境的朝鲜公民为1500人次。"
        "2024年同期以工作为目的的入境为2500人次,今年同比减少约四成。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[6], r[7]) for r in rows] == [
        (1500, "2025-01..2025-05", None),
        (2500, "2024-01..2024-05", None),
        (None, "2025-01..2025-05", ("percent_change", -40.0, "2024-01..2024-05")),
    ]


def test_meanwhile_goes_on_with_the_parts_of_the_quarter_s_total() -> None:
    # "与此同时,以…身份入境的朝鲜人约为300人": the next part, in the article's quarter
    rows = read_rows(
        "今年第二季度共有1800余名朝鲜公民入境俄罗斯。其中以留学为目的入境者约900人。"
        "与此同时,以“公务”身份入境的朝鲜人约为300人。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[5], r[6]) for r in rows][-1] == (300, "official", "2025-Q2")


def test_last_year_s_figure_after_this_figure_sets_no_frame() -> None:
    # "而去年同期这一数字为2600人": the year-ago level, set against; the article stays in 2025
    rows = read_rows(
        "今年第二季度共有1800余名朝鲜公民入境俄罗斯。其中以留学为目的入境者约900人,"
        "而去年同期这一数字为2600人。与此同时,以“公务”身份入境的朝鲜人约为300人。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[6]) for r in rows][-2:] == [(2600, "2024-Q2"), (300, "2025-Q2")]
