"""Korean and Chinese forms met in the twentieth held-out round: calibres and guns, the people
one room holds given as a range."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a calibre in millimetres and guns counted with "문", not people
        (
            "ko",
            "정보당국은 북한이 152㎜ 견인포와 122㎜ 방사포를 합쳐 80문가량 "
            "러시아로 보낸 것으로 파악했다.",
        ),
        ("zh", "韩方估计,朝鲜向俄方移交的152㎜榴弹炮超过100门。"),
        # the people one room holds, given as a range
        ("zh", "据报道,这批朝鲜工人住在板房里,每间挤6至9人。"),
        ("ko", "러시아 현장의 북한 노동자들은 컨테이너 숙소 방마다 6~9명이 지낸다고 한다."),
    ],
)
def test_not_flows(lang: str, text: str) -> None:
    assert read_quantities(text, lang, doc_date=D) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the guards stay narrow: a range of workers who came is kept
        ("zh", "上个月有6至9名朝鲜工人来到丹东。", [6, 9]),
        ("ko", "지난달 북한 노동자 6~9명이 러시아에 들어왔다.", [6, 9]),
    ],
)
def test_counts_kept(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # "since the start of the year to the end of August": January to that month
        (
            "소식통에 따르면 올해 들어 8월 말까지 중국으로 건너간 북한 노동자는 2천여 명에 이른다.",
            "2025-01..2025-08",
        ),
        ("올해 들어 3월 초까지 러시아에 입국한 북한 노동자는 500명가량이다.", "2025-01..2025-03"),
    ],
)
def test_since_new_year_to_month_end(text: str, period: str) -> None:
    assert read_fields(text, "ko", "period", doc_date=date(2025, 10, 12)) == [(period,)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # one figure said of each country of a list: a claim for each
        (
            "ko",
            "외교 소식통은 베트남과 캄보디아에도 북한 노동자가 각각 수십 명씩 남아 있다고 전했다.",
            [(10, "VN"), (10, "KH")],
        ),
        ("zh", "据估计,在蒙古和老挝各有约300名朝鲜工人。", [(300, "MN"), (300, "LA")]),
        ("zh", "据估计,越南和柬埔寨分别还有数十名朝鲜劳工在餐馆工作。", [(10, "VN"), (10, "KH")]),
        # (a list of figures stays paired one to one)
        ("zh", "其中在越南和老挝的分别约有500人和300人。", [(500, "VN"), (300, "LA")]),
        # (not "各地": everywhere in one country)
        ("zh", "目前在俄罗斯各地约有300名朝鲜工人。", [(300, "RU")]),
    ],
)
def test_each_country(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, lang, "quantity", "destination", doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dest"),
    [
        # a capital names its country: Vientiane, Ulaanbaatar
        ("zh", "我在万象开了几年饭店,附近那家朝鲜餐厅今年有二十多个朝鲜服务员。", "LA"),
        ("zh", "我在乌兰巴托的工地上见过二十多个朝鲜工人。", "MN"),
        ("ko", "울란바토르 건설 현장에는 북한 노동자 50여 명이 일하고 있다.", "MN"),
    ],
)
def test_capitals(lang: str, text: str, dest: str) -> None:
    assert read_fields(text, lang, "destination", doc_date=D) == [(dest,)]


@pytest.mark.parametrize(
    ("text", "base"),
    [
        # the highest for one quarter or one month since a year: a record
        ("俄方数据显示,去年第三季度朝鲜公民入境俄罗斯3650人次,为2015年以来单季度最多。", "2015"),
        ("今年1月朝鲜公民入境俄罗斯1200人次,创2018年以来单月新高。", "2018"),
        ("去年第二季北韓公民入境俄羅斯2890人次,創下2012年以來的單季新高。", "2012"),
    ],
)
def test_one_quarter_record(text: str, base: str) -> None:
    assert read_fields(text, "zh", "quantity", "comparison", doc_date=D)[0][1] == {
        "kind": "record",
        "value": None,
        "baseline_period": base,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "号人": a colloquial count of people, not a date or a number
        ("听说丹东那边新来了四五百号人,都是朝鲜来的。", [(400, "at_least"), (500, "at_most")]),
        ("昨天在口岸看到朝鲜人排队,得有三百多号人。", [(300, "more_than")]),
        # (a day of the month stays a date)
        ("5月3号有300名朝鲜工人入境。", [(300, "exact")]),
    ],
)
def test_hao_ren(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read_fields(text, "zh", "quantity", "qualifier", doc_date=D) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a later clause guesses what they were going to do
        "昨天在珲春口岸看到五六十个朝鲜人排队过关,听说是去水产厂打工的。",
        "今早在火车站碰到一群朝鲜人,大概八十个,估计是去工地上班的。",
    ],
)
def test_guessed_purpose(text: str) -> None:
    assert {p for (p,) in read_fields(text, "zh", "purpose", doc_date=D)} == {"work"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # people described as working there are workers
        ("目前在中国工作的朝鲜公民约有3万人。", "workers"),
        ("据估计,在蒙古各地工地工作的北韓人接近3000名。", "workers"),
        # (holders of a work permit are still counted as people, as in earlier rounds)
        ("截至今年5月,在俄持有效工作许可的朝鲜公民不足300人。", "persons"),
    ],
)
def test_working_people(text: str, unit: str) -> None:
    assert read_fields(text, "zh", "unit", doc_date=D) == [(unit,)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a regional interior bureau ("内务局") named with its region
        ("据濱海邊疆區內務局统计,上个月有350名朝鲜工人入境。", "MVD Primorsky Krai"),
        # (the ministry as a whole stays the ministry)
        ("据俄罗斯内务部统计,上个月有350名朝鲜工人入境。", "MVD"),
    ],
)
def test_regional_interior_bureau(text: str, source: str) -> None:
    assert read_fields(text, "zh", "attribution", doc_date=D) == [(source,)]
