"""Chinese forms met in round 62: a report's tables, the purpose of a whole "of whom" some are
singled out."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 12)


def test_tables_of_a_report_are_not_counted() -> None:
    # "附有9张表格": a report's tables, not people
    text = "该报告附有9张表格和4幅地图,列出了朝鲜劳工的分布。"
    assert read_quantities(text, "zh", doc_date=D) == []


def test_visas_counted_with_zhang_are_still_read() -> None:
    # "签发了…张签证": "张" alone counts papers for people
    text = "俄方今年一季度向朝鲜公民签发了2400张签证。"
    assert read_quantities(text, "zh", doc_date=D) == [2400]


def test_a_whole_entering_in_the_name_of_study_keeps_its_purpose() -> None:
    # "以学习名义入境的…人中,…": the whole a part is taken from came to study
    text = "去年以学习名义入境的4210人中,只有少数人真正进入大学。"
    got = read_fields(text, "zh", "quantity", "purpose", doc_date=D)
    assert got == [(4210, "study")]


def test_a_whole_entering_with_work_as_its_aim_keeps_its_purpose() -> None:
    # "以“工作”为目的入境俄罗斯的…人中": the aim stated, then the verb of coming
    text = "今年上半年以“工作”为目的入境俄罗斯的2950人中,多数前往建筑工地。"
    got = read_fields(text, "zh", "quantity", "purpose", doc_date=D)
    assert got == [(2950, "work")]


def test_a_whole_named_by_what_it_did_after_study_is_a_total() -> None:
    # "学习期满回国的…人中": no title or aim of coming, the whole is all of them
    text = "学习期满回国的1800人中,多数已被分配工作。"
    got = read_fields(text, "zh", "quantity", "purpose", doc_date=D)
    assert got == [(1800, "total")]


def test_a_figure_workers_may_reach_is_a_bound() -> None:
    # "或达…人": may reach, as en "could reach"
    text = "有分析认为,目前在俄朝鲜劳工或达4万人。"
    got = read_fields(text, "zh", "quantity", "qualifier", doc_date=D)
    assert got == [(40000, "at_most")]


def test_a_figure_that_may_be_reached_is_a_bound() -> None:
    # "可能达到…人": the same bound with a plainer verb
    text = "专家估计,今年赴俄务工的朝鲜人可能达到2.5万人。"
    got = read_fields(text, "zh", "quantity", "qualifier", doc_date=D)
    assert got == [(25000, "at_most")]


def test_a_country_only_compared_with_is_not_the_destination() -> None:
    # "在华…约5万人,远多于在俄人数": the country after "more than" is the other side
    text = "目前在华务工的朝鲜劳工约5万人,远多于在俄人数。"
    got = read_fields(text, "zh", "quantity", "destination", doc_date=D)
    assert got == [(50000, "CN")]


def test_a_country_compared_with_alone_gives_no_destination() -> None:
    # "…约8万人,规模远超在华人数": the only country named is what it is compared with
    text = "据估计,朝鲜派出的劳工约8万人,规模远超在华人数。"
    got = read_fields(text, "zh", "quantity", "destination", doc_date=D)
    assert got == [(80000, None)]


def test_the_same_quarter_of_an_earlier_year_is_the_quarter_named_before() -> None:
    # "…第二季度…。2024年同一季度…": the quarter the article gave, in that year (not Q1)
    text = "今年第二季度入境俄罗斯的朝鲜公民有1540人。2024年同一季度,这一数字仅为310人。"
    got = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert got == [(1540, "2025-Q2"), (310, "2024-Q2")]


def test_the_same_quarter_with_no_quarter_before_is_not_the_first() -> None:
    # "同一季度" alone: "一季度" inside it is no first quarter; which one it is is unknown
    text = "2024年同一季度,入境俄罗斯的朝鲜公民仅有310人。"
    got = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert got == [(310, None)]


def test_a_question_of_how_many_soldiers_makes_the_answer_troops() -> None:
    # "派了多少兵?…约N人": the answer counts the soldiers the question asks about
    text = "朝鲜究竟向俄罗斯派了多少兵?乌克兰情报部门估计约1.1万人。"
    got = read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(11000, "troops", "troops")]


def test_another_purpose_set_against_the_one_before_takes_its_period() -> None:
    # "…以旅游为目的入境的…约400人。倒是以“学习”为目的入境的达…": the next row of the same table
    text = (
        "今年上半年以旅游为目的入境俄罗斯的朝鲜人约400人。"
        "倒是以“学习”为目的入境的达2,160人次,为近年最多。"
    )
    got = read_fields(text, "zh", "quantity", "purpose", "period", doc_date=D)
    assert got == [(400, "tourism", "2025-01..2025-06"), (2160, "study", "2025-01..2025-06")]


def test_the_same_purpose_again_does_not_take_the_period() -> None:
    # "以工作为目的…。以工作为目的…": the same purpose again is another estimate, not a row
    text = (
        "今年上半年以工作为目的入境俄罗斯的朝鲜人约900人。"
        "以工作为目的入境的朝鲜人累计已超过3000人。"
    )
    got = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert got == [(900, "2025-01..2025-06"), (3000, None)]
