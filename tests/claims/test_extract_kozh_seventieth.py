"""Korean and Chinese forms met in round seventy: a record "since the pandemic" in Chinese
("创疫情以来新高"), a border province's general inspection station named as the source; shares
set beside their own count ("…人次,占总数的四成", "其中近一半(约2000人)", "45%(2천210명)"); a
stock day after "截至" followed by "在" ("截至2025年3月1日在华停留的"); Korean "'통과'" as
transit; a fraction of "그" (the figure before) after a later period ("그 5분의 1 수준으로
줄었다"); a month as the baseline of a change ("지난해 9월(3천100명)보다 900명가량 늘어난"); a
Chinese difference counted with speech's 个 ("比去年多了二十个左右"); a Chinese source after "但"
is only its clause's, and "随后" before a revision ("随后将这一数字修正为") keeps the period; a
purpose's share in tenths after "占比" with no count beside ("以学习为目的者占比近七成"); the
Korean number issued ("발급 건수") counts visas; a Korean clause describing a place ("노동자가
많이 파견되는 지역인") names no purpose; a Korean body named again by a bare word of its name
("…고 영사국은 덧붙였다"). Every sentence here is written for the test (none is from a set)."""

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


def _fields(text: str, lang: str) -> list[tuple[object, ...]]:
    return [
        (c.quantity, c.qualifier, c.unit, c.purpose)
        for c in extract_claims(text, lang=lang, doc_date=D)
    ]


def test_zh_tenths_right_after_their_own_count_are_not_a_claim() -> None:
    # "…有2300人次,占总数的四成左右": the count is the claim, not its share
    got = _fields("去年以“工作”为目的入境俄罗斯的朝鲜公民有2300人次,占总数的四成左右。", "zh")
    assert [g[:3] for g in got] == [(2300, "exact", "entries")]
    # (a share after "占比", and one of the whole given before "其中", are still read)
    got = _fields("去年入境俄罗斯的朝鲜公民约6000人次,其中以学习为目的者约占五成。", "zh")
    assert [g[:3] for g in got] == [(6000, "approx", "entries"), (50, "approx", "percent")]


def test_zh_fraction_with_its_headcount_in_brackets_is_not_a_claim() -> None:
    # "其中近一半(约2000人)": the bracketed headcount is the claim
    got = _fields("在俄朝鲜劳工约5000人,其中近一半(约2000人)在建筑工地工作。", "zh")
    assert [g[0] for g in got] == [5000, 2000]


def test_ko_percent_with_its_headcount_in_brackets_is_not_a_claim() -> None:
    # "전체의 45%(2천210명)로": the bracketed headcount is the claim
    got = _fields(
        "올해 상반기 러시아에 들어간 북한 주민 가운데 '학업'이 전체의 45%(2천210명)로 가장 많았다.",
        "ko",
    )
    assert got == [(2210, "exact", "persons", "study")]


def test_zh_stock_day_after_jiezhi_is_kept_before_zai() -> None:
    # "截至2025年3月1日在华停留的…": the 在 says where the people stay; the day is the stock's
    # (not "国家情报院13日在国会表示", the day of a statement)
    got = _zh("约3000人,是中方给出的截至2025年3月1日在华停留的朝鲜劳工总数。")
    assert [g[:2] for g in got] == [(3000, "2025-03-01")]


def test_ko_transit_in_quotes_is_the_transit_purpose() -> None:
    # "'통과' 12명": the border table's transit column, in quotes (not "국경을 통과한", passing)
    got = _fields("같은 분기 '관광' 목적 입국자는 30명, '통과' 12명으로 집계됐다.", "ko")
    assert [(g[0], g[3]) for g in got] == [(30, "tourism"), (12, "transit")]
    got = _fields("올해 1분기 두만강 철교를 통과한 북한 주민은 400여 명이었다.", "ko")
    assert [(g[0], g[3]) for g in got] == [(400, "total")]


def test_ko_fraction_of_that_figure_after_a_later_period_is_the_later_state() -> None:
    # "…1천200명으로 늘었고, 올해 1분기에는 그 5분의 1 수준으로 줄었다": "그" points back to the
    # figure before; the ratio is the later quarter's, against the figure's quarter
    got = extract_claims(
        "'취업' 목적 입국자는 지난해 4분기 1천200명으로 늘었고, 올해 1분기에는 그 5분의 1 수준으로"
        " 줄었다.",
        lang="ko",
        doc_date=D,
    )
    assert [
        (c.quantity, c.period, c.comparison and (c.comparison.kind, c.comparison.value))
        for c in got
    ] == [(1200, "2024-Q4", None), (None, "2025-Q1", ("ratio", 0.2))]
    assert got[1].comparison is not None and got[1].comparison.baseline_period == "2024-Q4"
    # (a fraction of a wage is still no ratio of people)
    assert [
        c.comparison
        for c in extract_claims(
            "북한 노동자 3천여 명이 일하는데, 이들이 손에 쥐는 돈은 그 3분의 1 수준에 불과하다.",
            lang="ko",
            doc_date=D,
        )
    ] == [None]


def test_ko_difference_against_a_month_takes_that_month_as_its_baseline() -> None:
    # "이는 지난해 9월(3천100명)보다 900명가량 늘어난 것": the month is the baseline, its
    # figure in brackets is that month's; the difference is the figure before's
    got = extract_claims(
        "3월 1일 기준 하바롭스크주에 머무는 북한 국적자는 4천여 명이다. "
        "이는 지난해 9월(3천100명)보다 900명가량 늘어난 것이다.",
        lang="ko",
        doc_date=D,
    )
    assert [
        (c.quantity, c.period, c.comparison and (c.comparison.value, c.comparison.baseline_period))
        for c in got
    ] == [
        (4000, "2025-03-01", None),
        (3100, "2024-09", None),
        (None, "2025-03-01", (900, "2024-09")),
    ]
    # within the figure's own sentence, the month is no period of the figure
    got = extract_claims(
        "3월 1일 기준 하바롭스크주에 머무는 북한 국적자는 4천여 명으로, 지난해 9월보다 900명가량"
        " 늘었다.",
        lang="ko",
        doc_date=D,
    )
    assert [
        (c.quantity, c.period, c.comparison and (c.comparison.value, c.comparison.baseline_period))
        for c in got
    ] == [(4000, "2025-03-01", (900, "2024-09"))]


def test_zh_difference_counted_with_the_general_counter_in_speech() -> None:
    # "比去年多了二十个左右。": 个 with its noun said before, at the end of the clause
    (c,) = extract_claims(
        "一名丹东工厂负责人说:“我们这里现在有朝鲜女工八十多个,比去年多了二十个左右。”",
        lang="zh",
        doc_date=D,
    )
    assert c.quantity == 80 and c.comparison is not None
    assert (c.comparison.kind, c.comparison.value, c.comparison.baseline_period) == (
        "difference",
        20,
        "2024",
    )
    # (not "多了三个国家": 个 before another noun)
    got = _zh("今年接收朝鲜劳工的国家比去年多了三个国家,在俄朝鲜劳工约1万人。")
    assert [g[2] for g in got] == [None]


def test_zh_source_after_but_gives_only_its_own_clause_figure() -> None:
    # "…约500人,但俄罗斯联邦统计局公布的数据为1800人": the body after "但" is the later figure's
    got = _zh(
        "有媒体称今年一季度入境俄罗斯的朝鲜公民约500人,但俄罗斯联邦统计局公布的数据为1800人。"
    )
    assert [(g[0], g[3]) for g in got] == [(500, None), (1800, "Rosstat")]
    # (a source named before both figures gives both)
    got = _zh("俄罗斯联邦统计局数据显示,一季度入境的朝鲜公民为1800人,但去年同期仅500人。")
    assert [g[3] for g in got] == ["Rosstat", "Rosstat"]


def test_zh_later_revision_keeps_the_period_of_the_count() -> None:
    # "随后将这一数字修正为1800人": "随后" dates the revision; the figure counts the same quarter
    got = _zh(
        "有媒体称今年一季度入境俄罗斯的朝鲜公民约500人,但俄罗斯联邦统计局随后将这一数字修正为1800人。"
    )
    assert [g[:2] for g in got] == [(500, "2025-Q1"), (1800, "2025-Q1")]
    # (a later time before a change of the flow itself still leaves the period unknown)
    got = _zh("去年一季度入境俄罗斯的朝鲜公民约500人,随后回落至约200人。")
    assert [g[:2] for g in got] == [(500, "2024-Q1"), (200, None)]


def test_zh_purpose_subject_share_in_tenths_with_no_count_beside() -> None:
    # "以学习为目的者占比近七成": a purpose as the entrants' aim, then "占比": that purpose's share
    got = _fields(
        "今年一季度入境俄罗斯的朝鲜公民为2100人。按目的划分,以学习为目的者占比近七成,以旅游为目的者仅3人。",
        "zh",
    )
    assert got == [
        (2100, "exact", "persons", "total"),
        (70, "approx", "percent", "study"),
        (3, "exact", "persons", "tourism"),
    ]
    # (tenths of something else after "占比" are not read)
    assert _fields("该省出口额中,以服装为主的轻工产品占比近七成。", "zh") == []


def test_ko_number_issued_counts_visas() -> None:
    # "지난해 연간 발급 건수(1천500건)": the number issued counts what is issued, not entries
    got = _fields(
        "러시아는 올해 1~6월 북한 국민에게 학생 비자 900건을 발급해 지난해 연간 발급"
        " 건수(1천500건)의 절반을 넘었다.",
        "ko",
    )
    assert [(g[0], g[2]) for g in got] == [(900, "visas"), (1500, "visas")]


def test_ko_clause_describing_a_place_names_no_purpose() -> None:
    # "북한 노동자가 많이 일하는 지역인 하바롭스크주에서는": who works there describes the place
    got = _fields(
        "북한 노동자가 많이 일하는 지역인 하바롭스크주에서는 지난해 북한 국적자의 입국 건수가"
        " 2천여 건이었다.",
        "ko",
    )
    assert [(g[0], g[2], g[3]) for g in got] == [(2000, "entries", "total")]
    # (the purpose of the figure's own clause is still read)
    got = _fields("지난해 하바롭스크주에 들어간 북한 노동자는 2천여 명이었다.", "ko")
    assert [(g[0], g[3]) for g in got] == [(2000, "work")]


def test_ko_body_by_a_bare_word_of_its_name_goes_on() -> None:
    # "…고 이민국은 덧붙였다": the body named in full in the sentence before
    got = extract_claims(
        "러시아 내무부 이민국은 올해 1~3월 북한 국적자 2천여 명이 입국했다고 밝혔다. "
        "이 가운데 500여 명이 연해주에 머물고 있다고 이민국은 덧붙였다.",
        lang="ko",
        doc_date=D,
    )
    assert [(c.quantity, c.attribution) for c in got] == [(2000, "MVD"), (500, "MVD")]
    # (a sentence with no body of its own and no such word takes none)
    got = extract_claims(
        "러시아 내무부 이민국은 올해 1~3월 북한 국적자 2천여 명이 입국했다고 밝혔다. "
        "한편 몽골에는 북한 노동자 수백 명이 남아 있는 것으로 알려졌다.",
        lang="ko",
        doc_date=D,
    )
    assert [c.attribution for c in got] == ["MVD", None]
