"""Chinese forms met in blind round 68: entries tallied in "次" (times), quarters named as
baselines with "首季" and "上一季"."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.claims.extract import extract_claims

D68 = date(2025, 11, 20)


def _claims68(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.quantity, c.unit, c.purpose) for c in extract_claims(text, lang="zh", doc_date=D68)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # times entered are entries, with the entry verb before the figure
        ("上半年朝鲜公民出入境俄罗斯共约8400次。", [(8400, "entries", "total")]),
        (
            "去年朝鮮人入境中國的次數合計超過3萬次，其中以商務為目的者約4100次。",
            [(30000, "entries", "total"), (4100, "entries", "business")],
        ),
    ],
)
def test_times_entered_are_entries(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _claims68(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # how often one person came is not a tally of entries
        "据称,这名工人去年曾入境俄罗斯三次。",
        # times with no entry named are not entries
        "该剧在网络上已播放超过5000次。",
    ],
)
def test_times_without_a_tally_of_entries(text: str) -> None:
    assert _claims68(text) == []
