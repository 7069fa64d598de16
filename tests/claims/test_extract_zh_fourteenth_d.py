"""Chinese forms met in round 63: copies of reports a study drew on, Sakhalin by its transcribed
name."""

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
