"""Chinese forms met in rounds 57 and 58: contrast clauses, spans to date, and who counts."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_rows

D = date(2025, 9, 16)


def test_a_contrast_clause_keeps_its_own_year_before_the_next_figure() -> None:
    # "而2023年为…,2018年则…": each clause names its year before its figure
    rows = read_rows(
        "今年前八个月朝鲜公民入境俄罗斯共4300人次,而2023年为9800人次,2018年则约有1.6万人次。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[6]) for r in rows] == [
        (4300, "2025-01..2025-08"),
        (9800, "2023"),
        (16000, "2018"),
    ]


def test_so_far_this_year_runs_to_the_document_month() -> None:
    # "今年以来": from January to the month the text is dated, also in a headline with no digit
    rows = read_rows("今年以来赴俄朝鲜留学生已近五千人", "zh", doc_date=D)
    assert [(r[0], r[6]) for r in rows] == [(5000, "2025-01..2025-09")]


def test_since_the_start_of_the_year_runs_to_the_document_month() -> None:
    # "自年初以来": the same span, the year left unsaid
    rows = read_rows("自年初以来,已有约600名朝鲜工人抵达哈巴罗夫斯克。", "zh", doc_date=D)
    assert [(r[0], r[6]) for r in rows] == [(600, "2025-01..2025-09")]


def test_troops_sent_so_far_this_year_are_that_years() -> None:
    # "今年以来…派遣…士兵": a troop estimate keeps the year, as before
    rows = read_rows("据报道,朝鲜今年以来已向俄罗斯增派约4000名士兵。", "zh", doc_date=D)
    assert [(r[0], r[6]) for r in rows] == [(4000, "2025")]


def test_the_first_three_quarters_said_with_shou() -> None:
    # "今年首三季" (Hong Kong): January to September
    rows = read_rows("今年首三季,入境俄羅斯的朝鮮人約3,500人次。", "zh", doc_date=D)
    assert [(r[0], r[6]) for r in rows] == [(3500, "2025-01..2025-09")]


def test_from_a_month_without_a_year_runs_to_the_document_month() -> None:
    # "5月起陆续": from May of this year to the month the text is dated
    rows = read_rows("约200名朝鲜留学生5月起陆续抵达海参崴。", "zh", doc_date=D)
    assert [(r[0], r[6]) for r in rows] == [(200, "2025-05..2025-09")]


def test_since_the_documents_own_month_is_that_month() -> None:
    # "9月以来" read in September: that month so far
    rows = read_rows("9月以来已有约300名朝鲜工人抵达俄罗斯。", "zh", doc_date=D)
    assert [(r[0], r[6]) for r in rows] == [(300, "2025-09")]


def test_an_estimate_revised_upward_counts_the_same_people() -> None:
    # "劳工人数的估计由此前的9000人左右上调至1.5万人以上": the revised figure counts the workers
    rows = read_rows(
        "该机构将今年在俄朝鲜劳工人数的估计由此前的9000人左右上调至1.5万人以上。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        (9000, "workers", "work"),
        (15000, "workers", "work"),
    ]


def test_a_part_among_those_counted_keeps_their_purpose() -> None:
    # "以学习为目的入境的5000名朝鲜人中,…的约2000人": a part of the study entrants
    rows = read_rows(
        "去年以学习为目的入境俄罗斯的5000名朝鲜人中,实际在校就读的约2000人。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[5]) for r in rows] == [(5000, "study"), (2000, "study")]


def test_exchange_students_are_students() -> None:
    # "交换生": students on an exchange
    rows = read_rows("朝鲜多所大学今年向俄罗斯派出了约80名交换生。", "zh", doc_date=D)
    assert [(r[0], r[2], r[5]) for r in rows] == [(80, "students", "study")]


def test_people_said_to_work_somewhere_are_workers() -> None:
    # "约500人其实在农场打工": people at work are workers
    rows = read_rows("持旅游签证入境的朝鲜人中,约500人其实在当地农场打工。", "zh", doc_date=D)
    assert [(r[0], r[2], r[5]) for r in rows] == [(500, "workers", "work")]


def test_the_purpose_of_an_entry_is_not_work_somewhere() -> None:
    # "以“工作”为目的入境": entrants who gave work, counted as people
    rows = read_rows("今年第二季度有1200名朝鲜公民以“工作”为目的入境俄罗斯。", "zh", doc_date=D)
    assert [(r[0], r[2], r[5]) for r in rows] == [(1200, "persons", "work")]


def test_daily_nk_spelled_with_latin_letters_in_chinese() -> None:
    # "据韩国《每日NK》报道": the Daily NK
    from sanctionwatch.claims.extract import extract_claims

    claims = extract_claims(
        "据韩国《每日NK》报道,目前约有500名朝鲜劳工在珲春的服装厂工作。", lang="zh", doc_date=D
    )
    assert [(c.quantity, c.attribution) for c in claims] == [(500, "Daily NK")]


def test_one_worker_after_a_speaker_is_an_illustration() -> None:
    # "该商人说,一名朝鲜女工月薪…": one illustrative worker, no count of one
    rows = read_rows("该商人说,一名朝鲜女工月薪约2000元人民币。", "zh", doc_date=D)
    assert rows == []


def test_rooms_are_no_people() -> None:
    # "客房总数约为1200间": rooms of a hotel, not people, after a total and its part
    rows = read_rows(
        "今年朝鲜公民入境俄罗斯约9000人次。\n\n其中,第二季度入境3100人次,为上半年高峰。\n\n"
        "元山新建的海滨旅游区去年8月1日正式开业,客房总数约为1200间。",
        "zh",
        doc_date=D,
    )
    assert [r[0] for r in rows] == [9000, 3100]


def test_all_foreign_students_in_china_are_not_the_watched_ones() -> None:
    # "在华留学生总数约为50万人": every nationality's students in China
    rows = read_rows(
        "约300名朝鲜留学生今年春季陆续赴华。\n\n"
        "据统计,2019年在华留学生总数约为50万人,来自200个国家和地区。",
        "zh",
        doc_date=D,
    )
    assert [r[0] for r in rows] == [300]


def test_a_change_said_of_one_purpose_after_the_total_stands_alone() -> None:
    # "…仅2,300人次,但以工作为目的者较上季度翻了一番": the doubling is the work entrants'
    rows = read_rows(
        "今年第二季度入境俄罗斯的朝鲜公民仅2,300人次,但以工作为目的者较上季度翻了一番。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[2], r[5], r[7]) for r in rows] == [
        (2300, "entries", "total", None),
        (None, "entries", "work", ("ratio", 2.0, "2025-Q1")),
    ]


def test_a_change_after_a_count_of_entries_counts_entries() -> None:
    # "共计3100人次,…较去年同期增长逾5倍": the change, with no noun of its own, counts entries
    rows = read_rows(
        "今年第二季度朝鲜公民入境俄罗斯共计3100人次,环比增长约20%,较去年同期增长逾5倍。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[2]) for r in rows] == [(3100, "entries"), (None, "entries")]


def test_the_sum_of_figures_for_each_month_covers_the_months() -> None:
    # "4月和5月分别有…,合计…": the sum is April to May
    rows = read_rows(
        "今年4月和5月分别有230名和170名朝鲜公民入境俄罗斯,合计400名。", "zh", doc_date=D
    )
    assert [(r[0], r[6]) for r in rows] == [
        (230, "2025-04"),
        (170, "2025-05"),
        (400, "2025-04..2025-05"),
    ]


def test_a_record_after_a_change_of_the_same_figure_is_its_own_claim() -> None:
    # "…同比增长约三成,为2016年以来最高水平": the change is the figure's, the record a claim too
    rows = read_rows(
        "2024年全年朝鲜公民入境俄罗斯约1.3万人次,同比增长约三成,为2016年以来最高水平。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[2], r[6], r[7]) for r in rows] == [
        (13000, "entries", "2024", ("percent_change", 30.0, "2023")),
        (None, "entries", "2024", ("record", None, "2016")),
    ]


def test_the_year_of_a_contrast_clause_is_not_the_next_clauses() -> None:
    # "…,而2018年为…;以商务为目的的…": the year belongs to the contrast clause's figure only
    rows = read_rows(
        "今年以旅游为目的入境俄罗斯的朝鲜公民为800人次,而2018年为1900人次;"
        "以商务为目的的入境则为1500人次。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[5], r[6]) for r in rows] == [
        (800, "tourism", "2025"),
        (1900, "tourism", "2018"),
        (1500, "business", "2025"),
    ]


def test_that_institute_is_the_source_named_before() -> None:
    # "该研究院报告指出": the institute the article named in the sentence before
    from sanctionwatch.claims.extract import extract_claims

    claims = extract_claims(
        "韩国统一研究院估计,去年在俄朝鲜劳工约1.5万人。\n\n"
        "该研究院报告指出,去年入境俄罗斯的朝鲜留学生约有6000人。",
        lang="zh",
        doc_date=D,
    )
    assert [(c.quantity, c.attribution) for c in claims] == [
        (15000, "Korea Institute for National Unification"),
        (6000, "Korea Institute for National Unification"),
    ]


def test_a_figure_set_beside_another_years_is_the_whole_years() -> None:
    # "…,而2018年为…" after quarters of the year's total: the figure is the year's, not Q4's
    rows = read_rows(
        "2024年全年朝鲜公民入境俄罗斯约1.3万人次。\n\n"
        "其中,第三季度入境4100人次;第四季度回落至3300人次。\n\n"
        "以商务为目的的入境为900人次,而2018年为1500人次。",
        "zh",
        doc_date=D,
    )
    assert [(r[0], r[6]) for r in rows] == [
        (13000, "2024"),
        (4100, "2024-Q3"),
        (3300, "2024-Q4"),
        (900, "2024"),
        (1500, "2018"),
    ]
