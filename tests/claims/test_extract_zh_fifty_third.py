"""Chinese forms met in rounds 53 and 54: travellers named by "X赴Y", parts of a population."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 20)


def test_country_before_fu_names_the_travellers_beside_the_other_way() -> None:
    # "朝鲜赴俄游客 … 而俄罗斯赴朝游客": each country before "赴" names whose tourists they are;
    # the North Koreans' figure stays, the Russians' is not a watched flow
    text = "今年1至10月,朝鲜赴俄游客仅有120人次,而俄罗斯赴朝游客达到3000人次。"
    rows = read_fields(text, "zh", "quantity", "origin", "destination", "purpose", doc_date=D)
    assert rows == [(120, "KP", "RU", "tourism")]


def test_another_country_before_fu_is_not_the_watched_nationals() -> None:
    # "而中国赴俄游客": Chinese tourists to Russia, not North Koreans
    text = "去年朝鲜赴俄游客有80人次,而中国赴俄游客超过9000人次。"
    assert read_fields(text, "zh", "quantity", "origin", doc_date=D) == [(80, "KP")]


def test_part_of_a_population_is_a_population() -> None:
    # "其中…约60万": a part of the province's population, not people who came
    text = "哈巴罗夫斯克边疆区人口约为130万,其中哈巴罗夫斯克市约60万。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == []


def test_a_schools_whole_student_body_is_its_size() -> None:
    # "全校学生约2.5万人": how large the university is, not people who came
    text = "远东联邦大学始建于1899年,现有全校学生约2.5万人。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == []


def test_this_figure_after_a_part_counts_as_that_part_did() -> None:
    # "这一数字…超过了…务工入境人数": "this figure" is the part just given (entries), not the
    # headcount noun of the baseline that names the purpose again
    text = (
        "今年上半年朝鲜公民入境俄罗斯8000人次,其中以“工作”为目的的达2100人次。"
        "这一数字较去年同期增长约3倍,也超过了2019年全年的务工入境人数。"
    )
    rows = read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D)
    assert rows == [
        (8000, "entries", "total"),
        (2100, "entries", "work"),
        (None, "entries", "work"),
    ]


def test_a_season_not_yet_begun_is_the_months_of_a_plan() -> None:
    # "今年夏季" written in February: a forecast for June to August, not a running count
    text = "据报道,朝鲜计划在今年夏季向俄罗斯派遣约3000名建筑工人。"
    rows = read_fields(text, "zh", "quantity", "period", doc_date=date(2025, 2, 14))
    assert rows == [(3000, "2025-06..2025-08")]


def test_a_news_agencys_country_is_not_where_the_people_go() -> None:
    # "日本共同社報道": Japan is the agency's, the troops go where the article said (Russia)
    text = "朝鲜已向俄罗斯派遣约1万名士兵。日本共同社報道,朝鲜或再增派最多3000名士兵。"
    rows = read_fields(text, "zh", "quantity", "destination", doc_date=D)
    assert rows == [(10000, "RU"), (3000, "RU")]


def test_a_clause_naming_only_when_counts_the_subject_before() -> None:
    # "赴俄罗斯务工的朝鲜人越来越多,今年上半年约有3000人": the figure's clause names only when;
    # its subject, and so its purpose, is the clause before's
    text = "赴俄罗斯务工的朝鲜人越来越多,今年上半年约有3000人。"
    rows = read_fields(text, "zh", "quantity", "purpose", "period", doc_date=D)
    assert rows == [(3000, "work", "2025-01..2025-06")]


def test_a_record_over_years_spelled_out() -> None:
    # "创八年来新高": the count of years written in Chinese numerals
    text = "今年上半年赴俄务工的朝鲜公民约5000人,创八年来新高。"
    rows = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert rows == [(5000, {"kind": "record", "value": None, "baseline_period": "2017"})]


def test_a_stock_now_the_most_in_years_counts_back_from_the_document_year() -> None:
    # "目前…为5年来最多": no period of its own; the years count back from the document's
    text = "目前在俄罗斯工作的朝鲜劳工约有2万人,为5年来最多。"
    rows = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert rows == [(20000, {"kind": "record", "value": None, "baseline_period": "2020"})]
