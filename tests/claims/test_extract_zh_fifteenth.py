"""Chinese forms met in round 64: a hedge before the verb of a share, shares as fractions."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 9, 20)


def test_about_before_the_verb_of_a_share_hedges_it() -> None:
    # "约占三成": about three tenths, as "占约三成"
    text = "今年上半年朝鲜公民入境俄罗斯约6000人次,其中以旅游为目的的约占三成。"
    got = read_fields(text, "zh", "quantity", "qualifier", "unit", doc_date=D)
    assert got == [(6000, "approx", "entries"), (30, "approx", "percent")]


def test_a_fraction_pointed_back_to_is_a_share() -> None:
    # "其中近三分之二在建筑工地工作": two thirds of the workers just counted
    text = "据估计,目前在俄罗斯的朝鲜劳工约有1.2万人,其中近三分之二在建筑工地工作。"
    got = read_fields(text, "zh", "quantity", "qualifier", "unit", "purpose", doc_date=D)
    assert got == [(12000, "approx", "workers", "work"), (66.7, "approx", "percent", "work")]


def test_half_taken_up_by_a_purpose_is_a_share() -> None:
    # "其中以商务为目的者约占一半": half of the entries counted before, for business
    text = "今年第二季度朝鲜公民入境俄罗斯约2000人次。\n\n其中以商务为目的者约占一半。"
    got = read_fields(text, "zh", "quantity", "qualifier", "unit", "purpose", doc_date=D)
    assert got == [(2000, "approx", "entries", "total"), (50, "approx", "percent", "business")]


def test_a_fraction_after_the_clauses_own_count_is_no_claim() -> None:
    # "有3100人次,占总数一半以上": the share restates the count, which is the claim
    text = "其中,以学习为目的入境的有3100人次,占总数一半以上。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == [(3100,)]


def test_a_fraction_of_a_years_figure_is_no_share() -> None:
    # "仅为去年同期的四分之一": a ratio to last year's figure, not a share of the people
    text = "今年上半年,其中以旅游为目的的入境仅为去年同期的四分之一。"
    got = read_fields(text, "zh", "quantity", "unit", doc_date=D)
    assert (25.0, "percent") not in got


def test_people_more_after_a_share_are_the_parts_change() -> None:
    # "约占一半,比去年同期多出约300人": the 300 more are the part's people, not the share's
    text = (
        "今年上半年朝鲜公民入境俄罗斯约2000人次。\n\n"
        "其中以学习为目的者约占一半,比去年同期多出约300人。"
    )
    got = read_fields(text, "zh", "quantity", "unit", "purpose", "comparison", doc_date=D)
    assert got[1] == (50, "percent", "study", None)
    assert got[2] == (
        None,
        "persons",
        "study",
        {"kind": "difference", "value": 300.0, "baseline_period": "2024-01..2024-06"},
    )


def test_a_fraction_of_a_wage_is_no_share_of_people() -> None:
    # "月薪约9万卢布,其中三分之一须上缴": a third of the money, not of the workers
    text = "这些朝鲜劳工月薪约9万卢布,其中三分之一须上缴国家。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == []


def test_columns_of_a_table_are_no_people() -> None:
    # "共分9栏": nine columns of the border service's table
    text = "俄边防局公布的季度统计表共分9栏,分别列出各国公民的入境目的。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == []


def test_the_armys_strength_at_home_is_no_flow() -> None:
    # "朝鲜人民军现役总兵力约128万": the whole army, not troops sent anywhere
    text = (
        "韩国国情院称,朝鲜已向俄罗斯派出约1.1万名士兵。\n\n"
        "朝鲜人民军现役总兵力约128万人,其中陆军约110万。"
    )
    got = read_fields(text, "zh", "quantity", "unit", "destination", doc_date=D)
    assert got == [(11000, "troops", "RU")]


def test_a_total_force_sent_abroad_is_still_a_flow() -> None:
    # "派往俄罗斯的总兵力": the troops sent, whatever the word for their total
    text = "乌克兰方面称,朝鲜派往俄罗斯的总兵力已增至约1.5万人。"
    got = read_fields(text, "zh", "quantity", "unit", "destination", doc_date=D)
    assert got == [(15000, "troops", "RU")]


def test_a_bare_difference_counts_what_its_subject_counts() -> None:
    # "入境人次减少了约300。": 300 entries fewer, the counter left unsaid
    text = "今年第一季度朝鲜公民入境俄罗斯约2500人次。\n\n与去年同期相比,入境人次减少了约300。"
    got = read_fields(text, "zh", "quantity", "unit", "period", "comparison", doc_date=D)
    assert got[1:] == [
        (
            None,
            "entries",
            "2025-Q1",
            {"kind": "difference", "value": -300.0, "baseline_period": "2024-Q1"},
        )
    ]


def test_a_percentage_after_a_count_changed_is_no_difference() -> None:
    # "入境人次增长了约12%": a percent change, not 12 more entries
    text = "今年第一季度朝鲜公民入境俄罗斯约2500人次。\n\n与去年同期相比,入境人次增长了约12%。"
    got = read_fields(text, "zh", "quantity", "comparison", doc_date=D)
    assert got[1:] == [
        (None, {"kind": "percent_change", "value": 12.0, "baseline_period": "2024-Q1"})
    ]


def test_mongolias_immigration_agency_is_named_as_the_source() -> None:
    # "蒙古國移民局公布": the agency by its canonical name, not the raw phrase
    text = "蒙古國移民局公布的數據顯示,今年上半年入境蒙古的朝鮮公民約350人。"
    got = read_fields(text, "zh", "quantity", "destination", "attribution", doc_date=D)
    assert got == [(350, "MN", "Mongolian Immigration Agency")]


def test_primoryes_tourism_agency_is_named_as_the_source() -> None:
    # "滨海边疆区旅游局称": the krai's tourism agency speaking
    text = "滨海边疆区旅游局称,今年前八个月约有600名朝鲜游客到访该地区。"
    got = read_fields(text, "zh", "quantity", "purpose", "attribution", doc_date=D)
    assert got == [(600, "tourism", "Primorsky Krai Tourism Agency")]
