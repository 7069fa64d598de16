"""Chinese forms met in rounds 60 and 61: sources named by the press, "the report said"."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 6, 12)


def test_a_port_customs_office_is_the_source() -> None:
    # "据丹东海关统计": the Dandong customs office, not its raw Chinese name
    text = "据丹东海关统计,今年一季度经丹东口岸入境的朝鲜公民约9000人次。"
    got = read_fields(text, "zh", "quantity", "attribution", doc_date=D)
    assert got == [(9000, "Dandong customs")]


def test_vietnams_labour_ministry_is_the_source() -> None:
    # "越南劳动部表示": Vietnam's labour ministry
    text = "越南劳动部表示,目前在越南务工的朝鲜人约有60人。"
    got = read_fields(text, "zh", "quantity", "attribution", doc_date=D)
    assert got == [(60, "Vietnam Ministry of Labour")]


def test_the_dprks_state_media_are_the_source() -> None:
    # "朝鲜官方媒体报道": the state press as a whole
    text = "朝鲜官方媒体报道,去年共有约300名朝鲜留学生赴俄罗斯学习。"
    got = read_fields(text, "zh", "quantity", "attribution", doc_date=D)
    assert got == [(300, "DPRK state media")]


def test_a_university_speaking_is_the_source() -> None:
    # "远东联邦大学则表示": the university says how many it teaches
    text = "远东联邦大学则表示,目前在该校就读的朝鲜学生约有90人。"
    got = read_fields(text, "zh", "quantity", "attribution", doc_date=D)
    assert got == [(90, "Far Eastern Federal University")]


def test_a_university_taking_students_in_is_not_the_source() -> None:
    # "远东联邦大学今年迎来…": the students it takes in, told by someone else
    text = "俄罗斯远东联邦大学今年迎来约90名朝鲜留学生。"
    got = read_fields(text, "zh", "quantity", "attribution", doc_date=D)
    assert got == [(90, None)]


def test_the_report_said_is_the_report_the_article_named() -> None:
    # "…发布报告称,…。报告估计,…": the second figure is the same body's report
    text = (
        "多边制裁监测小组(MSMT)发布报告称,朝鲜去年向俄罗斯派遣了约1万名士兵。\n\n"
        "报告估计,去年在柬埔寨务工的朝鲜人约有300人。"
    )
    got = read_fields(text, "zh", "quantity", "attribution", doc_date=D)
    assert got == [(10000, "MSMT"), (300, "MSMT")]


def test_since_a_month_of_this_year_runs_to_the_document() -> None:
    # "今年3月以来": from March of this year to the document's month, as "3月以来"
    text = "今年3月以来,已有约500名朝鲜工人经丹东入境中国。"
    got = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert got == [(500, "2025-03..2025-06")]


def test_since_this_month_of_this_year_is_that_month() -> None:
    # "今年6月以来" read in June: that month so far
    text = "今年6月以来,已有约500名朝鲜工人经丹东入境中国。"
    got = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert got == [(500, "2025-06")]


def test_people_labouring_in_a_place_are_workers() -> None:
    # "在柬埔寨务工的朝鲜人": people who labour there, a stock of workers
    text = "据估计,目前在柬埔寨务工的朝鲜人约有600人。"
    got = read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D)
    assert got == [(600, "workers", "work")]


def test_people_who_came_to_work_are_not_read_as_workers() -> None:
    # "入境阿联酋务工的朝鲜公民": who came in to work, entrants (no "在" place before the verb)
    text = "今年上半年入境阿联酋务工的朝鲜公民约600人。"
    got = read_fields(text, "zh", "quantity", "unit", doc_date=D)
    assert got == [(600, "persons")]


def test_one_builder_who_speaks_is_no_count() -> None:
    # "一名俄罗斯建筑商表示": "a Russian builder said", not one person
    text = "一名俄罗斯建筑商表示,今年已有约300名朝鲜工人抵达工地。"
    got = read_fields(text, "zh", "quantity", "unit", doc_date=D)
    assert got == [(300, "workers")]


def test_the_cost_of_one_worker_inside_a_sentence_is_no_count() -> None:
    # "雇用一名朝鲜劳工一年的费用": one illustrative worker's cost, not one person
    text = "据悉,雇用一名朝鲜劳工一年的费用约为100万卢布。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == []


def test_more_by_tenths_than_the_whole_of_last_year() -> None:
    # "比去年全年多出约两成": 20% more than all of last year (not last year's same months)
    text = "今年前三季度入境俄罗斯的朝鲜公民为9000人次,比去年全年多出约两成。"
    got = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert got == [
        (9000, {"kind": "percent_change", "value": 20.0, "baseline_period": "2024"}),
    ]


def test_fewer_by_tenths_than_the_same_period() -> None:
    # "比去年同期少了约三成": down 30% on last year's same months
    text = "今年上半年入境俄罗斯的朝鲜公民为2100人次,比去年同期少了约三成。"
    got = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert got == [
        (
            2100,
            {"kind": "percent_change", "value": -30.0, "baseline_period": "2024-01..2024-06"},
        ),
    ]


def test_a_rise_on_the_whole_of_last_year_is_against_the_year() -> None:
    # "比去年全年增加约四成": the whole of 2024, not its first quarter
    text = "今年一季度入境俄罗斯的朝鲜公民为3000人次,比去年全年增加约四成。"
    got = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert got == [
        (3000, {"kind": "percent_change", "value": 40.0, "baseline_period": "2024"}),
    ]


def test_a_sentence_opening_on_the_next_purpose_goes_on_with_the_breakdown() -> None:
    # "以商务为目的入境的为…": the next part of the quarter's breakdown, of that quarter
    text = (
        "今年第一季度朝鲜公民入境俄罗斯2500人次,其中以学习为目的的有900人次。\n\n"
        "以商务为目的入境的为150人次。"
    )
    got = read_fields(text, "zh", "quantity", "purpose", "period", doc_date=D)
    assert got == [
        (2500, "total", "2025-Q1"),
        (900, "study", "2025-Q1"),
        (150, "business", "2025-Q1"),
    ]


def test_a_country_past_a_semicolon_belongs_to_the_next_part() -> None:
    # "…为60人;老挝则表示…": Laos is what the next part speaks of; the figure is Vietnam's,
    # the country whose labour ministry counted it
    text = "越南劳动部称,目前持工作许可的朝鲜公民为60人;老挝则表示,其境内已无朝鲜公民。"
    got = read_fields(text, "zh", "quantity", "destination", doc_date=D)
    assert got == [(60, "VN")]
