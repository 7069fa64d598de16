"""Korean and Chinese forms met in the twenty-fifth held-out round: volumes, members of a body,
bills and postings counted in "건", and permits to fish."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_quantities

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a volume in cubic metres, not people
        ("ko", "그 농장이 해마다 베어 내는 목재는 대략 12만㎥ 수준이다.", []),
        ("zh", "该林场每年采伐木材约8万立方米,其中大部分运往中国。", []),
        # the members of a body
        ("zh", "该委员会由15个成员国组成,每年召开两次会议。", []),
        ("zh", "該機制由7個成員國組成。", []),
    ],
)
def test_volumes_and_members(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "건" counting bills, postings and reports, not entries
        ("국회 외교위원회는 이날 관련 법안 6건을 처리했다.", []),
        ("연구진이 모은 해외 채용 공고 130건 중 절반은 건설 분야였다.", []),
        ("그는 지난해 보고서 9건을 펴냈다.", []),
        # cases of entries stay
        ("지난해 북한 주민의 러시아 입국은 약 2천 건이었다.", [2000]),
    ],
)
def test_cases_of_things(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "ko", doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # permits to fish are not papers for people who travel
        ("今年该海域的捕捞许可证一共发放了22张。", []),
        ("当局今年签发的渔业许可共计35张。", []),
        # work permits for the watched nationals stay
        ("今年俄方共向朝鲜公民发放了2600张工作许可。", [2600]),
    ],
)
def test_permits_to_fish(text: str, expected: list[object]) -> None:
    assert read_quantities(text, "zh", doc_date=D) == expected
