"""Korean and Chinese forms met in the held-out rounds 22, 24 and 27: numbers that count
buildings, steps, flights, degrees, containers, likes and seized goods, not people."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a building's number ("기숙사 3동"), not a count
        ("ko", "하바롭스크 대학 기숙사 3동에는 현재 북한 유학생 210명이 머물고 있다.", [210]),
        # a step of a rating scale ("4단계 가운데")
        ("ko", "판정은 4단계 가운데 세 번째: 지난해 북한 국적 입국자는 8천500명이었다.", [8500]),
        # flights and trains ("화물열차 95편")
        ("ko", "지난달 러시아에 들어간 북한 노동자는 640명이었고 화물열차는 95편이 오갔다.", [640]),
        # degrees ("零下三十一度")
        ("zh", "今晚哈巴罗夫斯克最低气温零下三十一度。", []),
        # containers ("2130标箱", "约3万个集装箱")
        ("zh", "上半年口岸进出口集装箱2130标箱,另有12艘货船靠泊。", []),
        ("zh", "报告列举了朝鲜向俄方运送的约3万个集装箱物资。", []),
        # likes after "多" ("5200多个点赞")
        ("zh", "这条视频获得了5200多个点赞,画面里是在海参崴拍摄的朝鲜游客。", []),
        # seized goods counted in machines, phones and books
        ("zh", "边检人员查获电脑14台、手机23部和假护照6本。", []),
    ],
)
def test_things_counted(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "one worker" whose pay the clause gives: an illustration, not a count of one
        '한 탈북민은 "건설 노동자 한 명이 매달 받는 돈은 600달러 남짓"이라고 말했다.',
        "관계자는 벌목공 한 명이 한 해 버는 돈이 7천달러 정도라고 전했다.",
    ],
)
def test_one_workers_pay(text: str) -> None:
    assert read_quantities(text, "ko", doc_date=D) == []


def test_one_staff_member_who_speaks() -> None:
    # "一位…工作人员透露": the indefinite article of a source, not a count of one
    text = "据一位不愿透露姓名的园区工作人员透露,这里共有800名朝鲜工人。"
    assert read_quantities(text, "zh", doc_date=D) == [800]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a range of people whose first bound looks like a year
        ("据估计,这座工业园区有2000至2500名朝鲜女工。", 2000, 2500),
        ("当地商会估计,该市约有2010到2400名朝鲜工人。", 2010, 2400),
    ],
)
def test_a_range_from_a_year_like_figure(text: str, low: int, high: int) -> None:
    rows = read_fields(text, "zh", "quantity", "qualifier", "period")
    assert rows == [(low, "at_least", None), (high, "at_most", None)]


def test_a_native_ratio_past_ten() -> None:
    # "열다섯 배": fifteen times (not "다섯 배" read inside it)
    text = "지난해 북한 국적자의 러시아 입국은 6천200건으로 그 전해의 열다섯 배에 달했다."
    rows = read_fields(text, "ko", "quantity", "comparison")
    assert [r[1]["value"] for r in rows if r[1]] == [15.0]


def test_the_whole_of_last_year_in_brackets() -> None:
    # "작년 한 해(…)의 세 배": measured against the whole of last year, and the figure before
    # the bracket is what grew
    text = "올해 1~3월 북한 주민 입국은 2천 건을 넘어 작년 한 해(700건)의 세 배에 가깝다."
    rows = read_fields(text, "ko", "quantity", "period", "comparison")
    assert rows == [
        (2000, "2025-01..2025-03", {"kind": "ratio", "value": 3.0, "baseline_period": "2024"}),
        (700, "2024", None),
    ]


def test_a_share_in_tenths_after_a_spelled_headcount() -> None:
    # "约三千二百人次,占比超过五成": the share of the spelled count just given
    text = "今年前三季度入境俄罗斯的朝鲜公民中,以务工为目的的约三千二百人次,占比超过五成。"
    rows = read_fields(text, "zh", "quantity", "qualifier", "unit", "purpose")
    assert rows == [(3200, "approx", "entries", "work"), (50, "more_than", "percent", "work")]


def test_a_share_in_tenths_after_of_them() -> None:
    # "其中近四成为…": "of them", then the share, with no verb of a share
    text = "今年上半年经珲春口岸入境的朝鲜籍人员达8600人次,其中近四成为赴华留学人员。"
    rows = read_fields(text, "zh", "quantity", "qualifier", "unit", "purpose")
    assert rows == [(8600, "exact", "entries", "total"), (40, "approx", "percent", "study")]


def test_employees_are_workers() -> None:
    # "朝鲜员工": employees abroad are workers
    text = "在这家温泉宾馆工作的朝鲜员工目前有60至80人。"
    rows = read_fields(text, "zh", "quantity", "qualifier", "unit", "origin")
    assert rows == [(60, "at_least", "workers", "KP"), (80, "at_most", "workers", "KP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a DPRK firm or studio named before its kind: its staff are DPRK people
        ("承建该体育馆的朝鲜白头山建设公司人员约有六十人。", 60),
        ("为当地广场制作雕像的朝鲜万寿台创作社人员约有二十五人。", 25),
    ],
)
def test_staff_of_a_named_dprk_firm(text: str, expected: int) -> None:
    rows = read_fields(text, "zh", "quantity", "origin")
    assert rows == [(expected, "KP")]


def test_a_change_whose_clause_ends_before_another_subject() -> None:
    # "…보다 약 7배 늘었고, … 북한 유학생도 600여명으로": the change is of the entries named
    # first; the students after it are another matter
    text = (
        "올해 1~6월 취업 목적 입국자는 지난해 같은 기간보다 약 7배 늘었고, "
        "블라디보스토크 대학에 다니는 북한 유학생도 600여명으로 집계됐다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "purpose", "comparison")
    assert rows == [
        (
            None,
            "persons",
            "work",
            {"kind": "ratio", "value": 7.0, "baseline_period": "2024-01..2024-06"},
        ),
        (600, "students", "study", None),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two places joined by a dash before a route word name the route, not a flow into
        # the DPRK
        (
            "ko",
            "이는 1년 전의 520명보다 약 3배 늘어난 수치로, "
            "평양-하바롭스크 항공편이 늘어난 영향으로 풀이된다.",
        ),
        ("zh", "这比一年前的520人次多出约两倍,主要受平壤—哈巴罗夫斯克航线开通影响。"),
    ],
)
def test_a_route_between_two_places(lang: str, text: str) -> None:
    # (not dropped as a flow into Pyongyang)
    assert read_quantities(text, lang, doc_date=D) == [520, None]


def test_labour_as_a_purpose() -> None:
    # "노무 목적": labour, the work purpose
    text = "이 가운데 노무 목적 입국자는 약 6천명으로 집계됐다."
    assert read_fields(text, "ko", "quantity", "purpose") == [(6000, "work")]


def test_under_the_name_of_a_workforce() -> None:
    # "건설 인력 명목으로": they came under the name of a workforce, for work
    text = "올해 1~3월에만 농업 인력 명목으로 북한 주민 700명이 연해주에 들어왔다."
    assert read_fields(text, "ko", "quantity", "purpose") == [(700, "work")]


def test_the_people_of_a_firm_who_speak() -> None:
    # "현지 업체 관계자들이 전했다": a firm's people who speak; the firm is not what is counted
    text = "올해 들어 북한 사람 3천~4천 명이 새로 들어왔다고 현지 업체 관계자들이 전했다."
    assert read_fields(text, "ko", "quantity", "unit") == [(3000, "persons"), (4000, "persons")]


def test_an_answer_to_the_size_asked_as_an_object() -> None:
    # "…북한 노동자 규모를 어떻게 보십니까? …: A에 N명, B에 M명": the answer's bare counts are
    # of the workers asked about
    text = (
        "사회자: 해외에 파견된 북한 노동자 규모를 어떻게 보십니까? "
        "연구위원: 중국에 약 7만 명, 러시아에 1만~2만 명 정도로 봅니다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "purpose")
    assert rows == [
        (70000, "workers", "work"),
        (10000, "workers", "work"),
        (20000, "workers", "work"),
    ]


def test_a_country_glued_to_an_institutes_name() -> None:
    # "한국이주연구소": the country starts the institute's name; it is not where people went
    text = (
        "한국이주연구소 이모 연구위원: 제가 보기로는 최소 800명, 많게는 1천명이 "
        "현지 건설 현장에서 일하고 있습니다."
    )
    rows = read_fields(text, "ko", "quantity", "destination")
    assert rows == [(800, None), (1000, None)]


def test_an_answer_to_how_many_of_a_people_noun() -> None:
    # "…북한 유학생은 어느 정도입니까?": the answer's bare counts are of the students asked about
    text = (
        "기자: 지금 하바롭스크에 있는 북한 유학생은 어느 정도입니까? "
        "교수: 적게는 150명, 많게는 200명 정도입니다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "purpose")
    assert rows == [(150, "students", "study"), (200, "students", "study")]


def test_this_in_a_quote_after_its_speaker() -> None:
    # '당국자는 "이는 …의 세 배"': "this" opens the quote, after who says it; the change is of
    # the figure just given, counted as it was
    text = (
        "통일부는 지난해 북한이 러시아에 새로 보낸 노동자가 약 6천명으로 파악된다고 밝혔다. "
        '통일부 당국자는 "이는 전년의 세 배 수준"이라고 말했다.'
    )
    rows = read_fields(text, "ko", "quantity", "unit", "comparison")
    assert rows[-1] == (
        None,
        "workers",
        {"kind": "ratio", "value": 3.0, "baseline_period": "2023"},
    )


def test_tourists_travel_for_tourism() -> None:
    # "朝鲜游客": tourists, for tourism (counted as people)
    text = "今年前五个月共有约650名朝鲜游客经图们口岸入境。"
    rows = read_fields(text, "zh", "quantity", "unit", "purpose")
    assert rows == [(650, "persons", "tourism")]


def test_nearly_doubled() -> None:
    # "较去年同期增长近一倍": nearly doubled on the same months a year before
    text = "今年1至6月共有约900名朝鲜公民经图们口岸入境,较去年同期增长近一倍。"
    rows = read_fields(text, "zh", "quantity", "comparison")
    assert rows == [(900, {"kind": "ratio", "value": 2.0, "baseline_period": "2024-01..2024-06"})]


def test_a_purposes_entries_changed_after_a_count_of_entries() -> None:
    # "…입국 건수는 N건 … 같은 기간 유학 목적 입국은 전년 동기의 세 배": the change is of
    # entries, as the figure before counted
    text = (
        "올해 1~6월 북한 국적자의 러시아 입국 건수는 5천210건으로 집계됐다. "
        "같은 기간 유학 목적 입국은 전년 동기의 세 배 수준으로 늘었다."
    )
    rows = read_fields(text, "ko", "quantity", "unit", "purpose")
    assert rows == [(5210, "entries", "total"), (None, "entries", "study")]


def test_respectively_with_the_over_mark() -> None:
    # "몽골과 라오스에서 … 각각 300여명, 100여명": the i-th figure goes to the i-th country
    text = (
        "보고서는 몽골과 라오스에서 일하는 북한 노동자가 각각 300여명, 100여명에 이른다고 밝혔다."
    )
    rows = read_fields(text, "ko", "quantity", "destination")
    assert rows == [(300, "MN"), (100, "LA")]


def test_a_country_as_its_clauses_place_topic() -> None:
    # "…로 추정했고, 앙골라 병원에는 N명이": the later clause's own place, though an earlier
    # clause named countries with a verb of staying
    text = (
        "보고서는 몽골과 라오스에 체류한 북한 노동자를 각각 약 2천 명, 수백 명으로 추정했고, "
        "앙골라 병원에는 80명 안팎이 남아 있다고 밝혔다."
    )
    rows = read_fields(text, "ko", "quantity", "destination")
    assert rows == [(2000, "MN"), (100, "LA"), (80, "AO")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "since then" in a later clause tells of a trend or an event, not the figure's period
        ("zh", "目前在哈萨克斯坦的朝鲜劳工估计有数百人,且前年以来有所减少。"),
        (
            "ko",
            "북한 노동자 약 3천명이 연해주에 머물고 있으며 지난 3월 이후 단속이 20여 차례 있었다.",
        ),
    ],
)
def test_since_then_in_a_later_clause(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "quantity", "period")
    assert len(rows) == 1 and rows[0][1] is None


@pytest.mark.parametrize(
    ("lang", "text", "dest"),
    [
        # "在当地…", "현지 …에서": there, where the article's figure before went
        (
            "zh",
            "据越南媒体报道,在越南建筑工地务工的朝鲜工人约有三百人。"
            "另有约五十名朝鲜厨师在当地餐馆工作。",
            "VN",
        ),
        (
            "ko",
            "몽골 건설 현장에서 일하는 북한 노동자는 약 400명으로 알려졌다. "
            "이 밖에 북한 노동자 30여명이 현지 식당에서 일하고 있다.",
            "MN",
        ),
    ],
)
def test_there_locally(lang: str, text: str, dest: str) -> None:
    rows = read_fields(text, lang, "quantity", "destination")
    assert rows[-1][1] == dest
