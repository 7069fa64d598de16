"""Chinese forms met in round 62: a report's tables, the purpose of a whole "of whom" some are
singled out."""

from __future__ import annotations

from datetime import date

from tests.claims.claim_readings import read_quantities

D = date(2025, 6, 12)


def test_tables_of_a_report_are_not_counted() -> None:
    # "附有9张表格": a report's tables, not people
    text = "该报告附有9张表格和4幅地图,列出了朝鲜劳工的分布。"
    assert read_quantities(text, "zh", doc_date=D) == []


def test_visas_counted_with_zhang_are_still_read() -> None:
    # "签发了…张签证": "张" alone counts papers for people
    text = "俄方今年一季度向朝鲜公民签发了2400张签证。"
    assert read_quantities(text, "zh", doc_date=D) == [2400]
