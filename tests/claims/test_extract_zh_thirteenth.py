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
