"""Chinese forms met in rounds 55 and 56: chapters, "mostly", "clustered in", parts, regions."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_fields

D = date(2025, 11, 3)


def test_chapters_of_a_report_are_no_people() -> None:
    # "全书共分9章": nine chapters, not nine people
    text = "这份白皮书共分9章,并附有12节案例分析。"
    assert read_fields(text, "zh", "quantity", doc_date=D) == []


def test_sum_after_a_mostly_purpose_counts_everyone() -> None:
    # "以务工为主,合计约2万人": work is only most of them; the sum is of all purposes
    text = "去年来华的朝鲜公民以务工为主,合计约2万人。"
    assert read_fields(text, "zh", "quantity", "purpose", doc_date=D) == [(20000, "total")]


def test_months_most_of_them_came_in_are_not_the_period() -> None:
    # "且大多集中在5月和6月": when most of them came, inside the article's first half-year
    text = (
        "今年上半年朝鲜公民入境俄罗斯约4000人次。\n\n"
        "其中以商务为目的入境的约500人次,且大多集中在5月和6月。"
    )
    got = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert got == [(4000, "2025-01..2025-06"), (500, "2025-01..2025-06")]


def test_part_of_a_figure_in_the_same_sentence_keeps_its_period() -> None:
    # "约8000名朝鲜军人…,其中包括300名狙击手": a part of the undated 8000, not of the
    # month the sentence before named
    text = (
        "韩国军方估计,到明年2月朝方派出的兵力将增至2万人。\n\n"
        "另据消息人士称,约8000名朝鲜军人已部署在前线,其中包括300名狙击手。"
    )
    got = read_fields(text, "zh", "quantity", "period", doc_date=D)
    assert got[-2:] == [(8000, None), (300, None)]


def test_people_in_a_region_of_several_countries_have_no_one_destination() -> None:
    # "另有数千人在非洲": not in Russia, named in the clause before
    text = "据估计,在俄罗斯的朝鲜劳工约有2万人,另有数千人在非洲。"
    got = read_fields(text, "zh", "quantity", "destination", doc_date=D)
    assert got == [(20000, "RU"), (1000, None)]


def test_yet_again_counts_the_people_before() -> None:
    # "又有30余人": more of the defectors counted before, for the same reason
    text = "蒙古去年将约200名朝鲜脱北者移交。\n\n今年3月,又有30余人在边境被扣押。"
    got = read_fields(text, "zh", "quantity", "purpose", doc_date=D)
    assert got == [(200, "other"), (30, "other")]
