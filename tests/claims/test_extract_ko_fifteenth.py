"""Korean forms met in round sixty-four: Russia's border statistics named as the source."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 3, 10)


def test_russian_border_statistics_are_the_fsb_border_services() -> None:
    # "러시아 국경 통계상", as "Russian border statistics": the FSB Border Service's figures
    got = extract_claims(
        "러시아 국경 통계상 지난해 북한 국적자의 러시아 입국은 1만 2천 건을 넘었다.",
        lang="ko",
        doc_date=D,
    )
    assert [(c.quantity, c.attribution, c.destination) for c in got] == [
        (12000, "FSB Border Service", "RU")
    ]
    got = extract_claims(
        "러시아 국경 당국 자료를 보면 올해 1분기 북한 주민 2천여 명이 러시아에 들어갔다.",
        lang="ko",
        doc_date=D,
    )
    assert [(c.quantity, c.attribution) for c in got] == [(2000, "FSB Border Service")]
