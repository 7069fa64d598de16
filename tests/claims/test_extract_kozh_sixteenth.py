"""Korean and Chinese forms met in the sixteenth held-out round: a match's score ("3대 1",
"以2比0"), rail cars and jobs counted, people designated for sanctions, a labour shortage."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a match's score: neither number counts people
        ("ko", "북한 남자 축구 대표팀은 하바롭스크 원정 경기에서 러시아를 3대 1로 이겼다.", []),
        ("zh", "朝鲜男篮在伯力举行的邀请赛上以2比0战胜俄罗斯队。", []),
        # a figure with its people counter next to "대" stays
        ("ko", "버스 2대에 나눠 탄 북한 노동자 60명이 러시아에 도착했다.", [60]),
    ],
)
def test_match_scores(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # rail cars, jobs: things counted, not people
        ("ko", "올해 상반기 나진-하산 구간을 오간 화물열차는 모두 920량이었다.", []),
        ("zh", "今年前三季度经图们江大桥驶入俄罗斯的货运列车共计560节车厢。", []),
        ("zh", "俄罗斯远东地区制造业目前缺工约8万个岗位。", []),
        ("zh", "远东建筑业缺工约8万人。", []),
        # people designated for sanctions are not a flow
        (
            "ko",
            "영국 외무부는 북한 노동자 파견에 연루된 단체 4곳과 개인 5명을 제재 대상에 올렸다.",
            [],
        ),
        ("zh", "美国财政部将2名个人和4家实体列入制裁名单,指其协助派遣朝鲜劳工。", []),
        # people sent still count
        ("ko", "북한 노동자 5명이 제재에도 불구하고 러시아에 입국했다.", [5]),
    ],
)
def test_things_and_designations(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_headline_over_without_particle() -> None:
    # a headline's "5천 명 넘어" (no particle before "넘어"): over
    text = "北 노동자 중국행 급증…상반기에만 5천 명 넘어"
    assert read_fields(text, "ko", "quantity", "qualifier", doc_date=D) == [(5000, "more_than")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the bare "other" before a figure in a breakdown by purpose is the table's category
        (
            "ko",
            "3분기 북한 주민의 러시아 입국은 1천500건으로, 목적별로는 관광 600건, 유학 "
            "500건, 기타 400건이었다.",
            [(1500, "total"), (600, "tourism"), (500, "study"), (400, "other")],
        ),
        (
            "zh",
            "三季度朝鲜公民入境俄罗斯1500人次,其中旅游600人次,留学500人次,其他400人次。",
            [(1500, "total"), (600, "tourism"), (500, "study"), (400, "other")],
        ),
        # "기타" naming something else (other countries) is not the category
        (
            "ko",
            "러시아에 간 북한 노동자 2천 명 외에 기타 국가로 간 노동자도 300명에 이른다.",
            [(2000, "work"), (300, "work")],
        ),
    ],
)
def test_other_in_a_breakdown(lang: str, text: str, expected: list[object]) -> None:
    assert read_fields(text, lang, "quantity", "purpose", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a stock as of a day is that day
        (
            "ko",
            "하바롭스크주 이민국은 9월 1일 기준 주 내에 머무는 북한인이 900명이라고 했다.",
            "2025-09-01",
        ),
        ("ko", "2023년 12월 31일 현재 아무르주에 머무는 북한 국적자는 450명이었다.", "2023-12-31"),
        ("zh", "截至10月1日,在哈巴罗夫斯克边疆区停留的朝鲜公民为900人。", "2025-10-01"),
        ("zh", "截至2024年3月31日,在阿穆尔州停留的朝鲜公民为450人。", "2024-03-31"),
        # a day on which something happened is still read as its month
        ("ko", "9월 1일 북한 노동자 900명이 하바롭스크에 도착했다.", "2025-09"),
    ],
)
def test_stock_as_of_a_day(lang: str, text: str, expected: str) -> None:
    assert read_fields(text, lang, "period", doc_date=D) == [(expected,)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "a year before" is the same period of the year before the figure's
        ("ko", "올해 1분기 러시아에 간 북한 노동자는 2천 명으로 1년 전보다 3배 늘었다."),
        ("ko", "올해 1분기 러시아에 간 북한 노동자는 2천 명으로 한 해 전에 비해 3배 늘었다."),
        ("zh", "今年第一季度赴俄朝鲜劳工为2000人,比一年前增加了3倍。"),
    ],
)
def test_a_year_before(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "comparison", doc_date=D)
    assert got == [(2000, {"kind": "ratio", "value": 3.0, "baseline_period": "2024-Q1"})]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a running total after an addition with its own period: the total has none
        (
            "ko",
            "합참은 북한이 올해 4~6월 러시아에 약 2천 명을 더 보냈으며, 누적 파병 인원은 "
            "1만8천 명에 이른다고 밝혔다.",
            [(2000, "2025-04..2025-06"), (18000, None)],
        ),
        (
            "zh",
            "韩联社报道,朝鲜今年第三季度又向俄罗斯增派约两千名士兵,累计派兵人数达到1.8万人。",
            [(2000, "2025-Q3"), (18000, None)],
        ),
        # a period opening the sentence on its own is the total's
        (
            "zh",
            "今年1月至5月,以留学名义入境俄罗斯的朝鲜公民累计6000人。",
            [(6000, "2025-01..2025-05")],
        ),
    ],
)
def test_running_total_after_an_addition(lang: str, text: str, expected: list[object]) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a deadline at the end of a year is not the figure's period
        ("zh", "据报道,科威特仍有数百名朝鲜工人,尽管联合国决议要求在2019年底前全部遣返。"),
        (
            "ko",
            "결의가 2019년 말 이전 송환을 요구했는데도 쿠웨이트에는 북한 노동자 수백 명이 "
            "남아 있다.",
        ),
    ],
)
def test_deadline_year(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "period", doc_date=D) == [(100, None)]


def test_range_after_a_distant_noun() -> None:
    # the noun before a range names both its ends, even where the second end is far from it
    text = "중국으로 건너간 북한 노동자가 지난해 하반기에만 3000~4000명 정도였다고 한다."
    assert read_fields(text, "ko", "quantity", "unit", doc_date=D) == [
        (3000, "workers"),
        (4000, "workers"),
    ]


def test_list_after_a_noun_with_a_range() -> None:
    # a list of places and figures after the counted noun: every item, both ends of a range
    # among them, and the items after it count that noun
    text = (
        "연구소는 해외의 북한 노동자가 중국 약 4만 명, 러시아 1만~2만 명, 라오스 수백 명이라고 "
        "봤다."
    )
    assert read_fields(text, "ko", "quantity", "unit", "purpose", doc_date=D) == [
        (40000, "workers", "work"),
        (10000, "workers", "work"),
        (20000, "workers", "work"),
        (100, "workers", "work"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "respectively" after a list of countries: the i-th figure goes to the i-th country, and
        # the hedge right after "respectively" is every figure's
        ("zh", "朝鲜派往海外的劳工约有6万人,其中在中国和俄罗斯的分别约有4万人和1万人。"),
        (
            "ko",
            "해외의 북한 노동자는 약 6만 명이며, 이 중 중국과 러시아에 각각 약 4만 명과 1만 명이 "
            "있다.",
        ),
    ],
)
def test_respectively_countries(lang: str, text: str) -> None:
    got = read_fields(text, lang, "quantity", "qualifier", "unit", "destination", doc_date=D)
    assert got == [
        (60000, "approx", "workers", None),
        (40000, "approx", "workers", "CN"),
        (10000, "approx", "workers", "RU"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the noun after a range names both ends' purpose, before a purpose word elsewhere
        ("zh", "今年以来又有三四千名朝鲜工人持留学签证进入俄罗斯。"),
        ("ko", "올해 들어 3천~4천 명의 북한 노동자가 유학 비자로 러시아에 들어갔다."),
    ],
)
def test_range_purpose_from_its_noun(lang: str, text: str) -> None:
    assert read_fields(text, lang, "quantity", "unit", "purpose", doc_date=D) == [
        (3000, "workers", "work"),
        (4000, "workers", "work"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share in tenths right after its own count of people: the count is the claim
        # (round 70, as the project reads shares beside their count)
        (
            "去年入境俄罗斯的朝鲜人中,以“工作”名义入境者约5000人,占总数近四成。",
            [(5000, "approx", "persons", "work")],
        ),
        (
            "其中第二季度佔七成以上,達3,200人次。",
            # ("以上" is "or more", at_least, as "1200人以上" in the earlier rounds)
            [(70, "at_least", "percent", "total"), (3200, "exact", "entries", "total")],
        ),
        # tenths with no count of people in the sentence are not read
        ("这家工厂的产量占全省的三成。", []),
    ],
)
def test_share_in_tenths(text: str, expected: list[object]) -> None:
    got = read_fields(text, "zh", "quantity", "qualifier", "unit", "purpose", doc_date=D)
    assert got == expected
