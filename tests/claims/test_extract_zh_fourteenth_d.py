"""Chinese forms met in round 63: copies of reports a study drew on, Sakhalin by its transcribed
name, those working somewhere counted by a bare counter, the DPRK's provinces, a yardstick a figure
passed."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 12)


def test_copies_of_reports_are_not_counted() -> None:
    # "查阅了24份月度报表": forms read for a study, not people
    text = "研究团队查阅了24份月度报表和6份年度报告,核对朝鲜劳工人数。"
    assert read_quantities(text, "zh", doc_date=D) == []


def test_applications_counted_with_fen_are_still_read() -> None:
    # "收到…份申请": "份" alone counts papers filed by people
    text = "俄方今年已收到朝鲜公民提交的900份工作签证申请。"
    assert read_quantities(text, "zh", doc_date=D) == [900]


def test_sakhalin_by_its_transcribed_name_is_russia() -> None:
    # "萨哈林州": the Russian region under its transcribed name
    text = "今年上半年约有320名朝鲜工人在萨哈林州的渔港务工。"
    got = read_fields(text, "zh", "quantity", "destination", doc_date=D)
    assert got == [(320, "RU")]


def test_those_labouring_somewhere_counted_by_the_counter_are_workers() -> None:
    # "在…务工的约…人": no people noun, the counter after the number; those who labour there
    text = "在俄朝鲜公民约9000人,其中在农场务工的约2600人。"
    got = read_fields(text, "zh", "quantity", "unit", doc_date=D)
    assert got == [(9000, "persons"), (2600, "workers")]


def test_those_working_somewhere_counted_by_the_counter_are_workers() -> None:
    # "在…工作的超过…人": as above with "工作", an "over" word before the number
    text = "去年在伊尔库茨克木材厂工作的超过1,300人来自朝鲜。"
    got = read_fields(text, "zh", "quantity", "unit", doc_date=D)
    assert got == [(1300, "workers")]


def test_those_who_entered_to_labour_counted_by_the_counter_stay_persons() -> None:
    # "入境…务工的约…人": who came to work, entrants, not those labouring there
    text = "去年入境阿联酋务工的朝鲜公民约1800人。"
    got = read_fields(text, "zh", "quantity", "unit", doc_date=D)
    assert got == [(1800, "persons")]


def test_a_counter_with_its_own_noun_after_labouring_keeps_that_noun() -> None:
    # "在…务工的…名朝鲜公民": the noun after the counter says what is counted
    text = "法院裁定,对在农场务工的35名朝鲜公民处以罚款。"
    got = read_fields(text, "zh", "quantity", "unit", doc_date=D)
    assert got == [(35, "persons")]


def test_a_source_in_a_dprk_province_makes_the_travellers_north_korean() -> None:
    # "咸镜北道消息人士": a source in a DPRK province, people leaving it for Russia
    text = "咸镜北道消息人士称,本月初约有300名工人乘火车前往俄罗斯。"
    got = read_fields(text, "zh", "quantity", "origin", "destination", doc_date=D)
    assert got == [(300, "KP", "RU")]


def test_a_dprk_province_in_traditional_script_is_the_dprk() -> None:
    # "兩江道": the traditional spelling
    text = "兩江道消息人士透露,上月有五十多名大學生前往俄羅斯留學。"
    got = read_fields(text, "zh", "quantity", "origin", doc_date=D)
    assert got == [(50, "KP")]


def test_a_part_after_a_yardstick_passed_takes_the_totals_period() -> None:
    # "…达…人次,已超过2023年全年的…人次。其中…": the year passed is the yardstick, the part
    # after "其中" is of the figure that passed it
    text = (
        "今年上半年朝鲜公民入境俄罗斯达9,800人次,已超过2023年全年的8,700人次。"
        "其中以“旅游”为目的的入境为1,230人次。"
    )
    got = read_fields(text, "zh", "quantity", "period", doc_date=date(2025, 8, 1))
    assert got == [(9800, "2025-01..2025-06"), (8700, "2023"), (1230, "2025-01..2025-06")]


def test_a_part_after_a_later_years_figure_takes_that_year() -> None:
    # "…,2024年为…人次。其中…": a figure at another year not passed by the first is the frame
    text = (
        "2023年朝鲜公民入境俄罗斯8,700人次,2024年为13,200人次。"
        "其中以“工作”为目的的入境为4,100人次。"
    )
    got = read_fields(text, "zh", "quantity", "period", doc_date=date(2025, 8, 1))
    assert got == [(8700, "2023"), (13200, "2024"), (4100, "2024")]
