"""Korean and Chinese forms met in round seventy: a record "since the pandemic" in Chinese
("创疫情以来新高"), a border province's general inspection station named as the source. Every
sentence here is written for the test (none is from a set)."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims

D = date(2025, 4, 15)


def _zh(text: str) -> list[tuple[object, ...]]:
    return [
        (
            c.quantity,
            c.period,
            c.comparison and (c.comparison.kind, c.comparison.baseline_period),
            c.attribution,
        )
        for c in extract_claims(text, lang="zh", doc_date=D)
    ]


def test_zh_record_since_the_pandemic_is_read_against_2020() -> None:
    # "创疫情以来新高", "为新冠疫情以来最低": as Korean "코로나 이후 최대", read against 2020
    got = _zh("今年3月经图们口岸入境的朝鲜公民约2100人次,创疫情以来新高。")
    assert [g[2] for g in got] == [("record", "2020")]
    got = _zh("去年经珲春口岸入境的朝鲜籍人员仅900人次,为新冠疫情以来最低。")
    assert [g[2] for g in got] == [("record", "2020")]


def test_zh_record_since_counting_began_still_has_no_year() -> None:
    got = _zh("去年经丹东口岸入境的朝鲜公民约3万人次,为有统计以来最高。")
    assert [g[2] for g in got] == [("record", None)]


def test_zh_border_province_general_station_is_named() -> None:
    # "吉林边检总站发布的数据显示": the general station over a province's crossings
    got = _zh("吉林边检总站发布的数据显示,今年一季度经圈河口岸入境的朝鲜公民约1500人次。")
    assert [(g[0], g[3]) for g in got] == [(1500, "Jilin Border Inspection General Station")]
    got = _zh("据辽宁出入境边防检查总站统计,去年经丹东入境的朝鲜籍人员约4万人次。")
    assert [(g[0], g[3]) for g in got] == [(40000, "Liaoning Border Inspection General Station")]
