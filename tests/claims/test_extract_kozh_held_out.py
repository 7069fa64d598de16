"""Korean and Chinese forms found missing on the second, held-out ko/zh sentence set: full-width
digits, bare 만 and native Korean numbers, hedges after the number, periods, comparisons, units,
distractors and sources. Every sentence here is written for the test (none is from a set)."""

from __future__ import annotations

from datetime import date

from claim_readings import check, reading

from sanctionwatch.claims.extract import extract_claims


def _rows(
    text: str, lang: str, doc_date: date | None = date(2025, 6, 10)
) -> list[dict[str, object]]:
    return [reading(c) for c in extract_claims(text, lang=lang, doc_date=doc_date)]


_check = check


def test_fullwidth_digits_read_with_exact_spans() -> None:
    text = "前言。２０２３年赴俄朝鲜公民约３．５万人次,较２０２２年增长３０％。"
    (c,) = _rows(text, "zh")
    _check(c, quantity=35000.0, qualifier="approx", unit="entries", period="2023")
    _check(c, comparison=("percent_change", 30.0, "2022"))
    span = c["span"]
    assert isinstance(span, tuple)
    assert text[span[0] : span[1]] == c["text"] == "３．５万"


def test_bare_man_before_digits_is_ten_thousand() -> None:
    (c,) = _rows("작년 중국에 입국한 북한 근로자는 만2천여 명이었다.", "ko")
    _check(c, quantity=12000.0, qualifier="more_than", text="만2천")


def test_native_korean_numbers_with_tens() -> None:
    got = _rows("러시아에 입국한 북한 유학생 가운데 열한 명, 스물세 명이 각각 귀국했다.", "ko")
    assert [c["quantity"] for c in got] == [11.0, 23.0]


def test_range_with_compound_numbers_after_a_sending_clause() -> None:
    got = _rows(
        "북한이 러시아 연해주 지역에 추가로 2천여 명을 보냈으며 전체 규모는 1만1천∼1만2천 명이다.",
        "ko",
    )
    assert [(c["quantity"], c["qualifier"]) for c in got] == [
        (2000.0, "more_than"),
        (11000.0, "at_least"),
        (12000.0, "at_most"),
    ]
    assert all(c["origin"] == "KP" and c["destination"] == "RU" for c in got)


def test_korean_hedges_after_the_number() -> None:
    (c,) = _rows("올해 상반기 러시아에 들어간 북한인은 3만 명 가까이 됐다.", "ko")
    _check(c, quantity=30000.0, qualifier="approx")
    (c,) = _rows("올해 상반기 러시아에 들어간 북한 유학생은 2천 명에 조금 못 미쳤다.", "ko")
    _check(c, quantity=2000.0, qualifier="less_than")


def test_korean_troop_units() -> None:
    (c,) = _rows(
        "9천 명에 이르는 북한군 병력이 쿠르스크 전선에 투입됐다고 러시아 매체가 전했다.", "ko"
    )
    _check(c, unit="troops")
    (c,) = _rows("북한은 지난달 러시아에 공병 인력 약 1천 명을 보냈다.", "ko")
    _check(c, unit="troops", purpose="troops")
    (c,) = _rows("북한이 올해 러시아에 2천여 명을 추가로 파병했다.", "ko")
    _check(c, unit="troops", purpose="troops")


def test_service_personnel_and_the_whole_before_gaunde() -> None:
    got = _rows("'서비스 인력' 자격으로 러시아에 들어간 북한인은 올해 1분기 120명이었다.", "ko")
    _check(got[0], purpose="service_personnel")
    got = _rows("올해 러시아에 간 북한 주민 3천400명 가운데 관광 목적은 200명이었다.", "ko")
    _check(got[0], quantity=3400.0, purpose="total")
    _check(got[1], quantity=200.0, purpose="tourism")


def test_chinese_students_and_work_visa_holders() -> None:
    (c,) = _rows("今年上半年朝鲜赴俄留学人员共420人。", "zh")
    _check(c, unit="students", purpose="study")
    got = _rows("今年前三个月赴华朝鲜人员共8千余人,其中持工作签证者逾三千人。", "zh")
    _check(got[0], quantity=8000.0, unit="persons", purpose="total")
    _check(got[1], quantity=3000.0, unit="workers", purpose="work")


def test_daily_nk_attribution() -> None:
    (c,) = _rows("데일리NK에 따르면 지난달 단둥으로 건너간 북한 노동자는 약 200명이다.", "ko")
    _check(c, attribution="Daily NK")
    (c,) = _rows(
        "About 200 North Korean workers crossed into China last month, Daily NK said.", "en"
    )
    _check(c, attribution="Daily NK")


def test_exchange_rates_points_and_batches_are_not_claims() -> None:
    assert _rows("원·달러 환율은 3.2원 내린 1,412.6원으로 거래를 마쳤다.", "ko") == []
    assert _rows("人民币兑美元中间价报7.2031,较前一交易日下调15个基点。", "zh") == []
    got = _rows("朝鲜今年向俄方派出劳务人员约8000名,分二十余批出境。", "zh")
    assert [c["quantity"] for c in got] == [8000.0]


def test_chinese_tenths_and_records_without_a_year() -> None:
    (c,) = _rows("今年第二季度入境俄罗斯的朝鲜公民共1500人,环比增长约三成。", "zh")
    _check(c, comparison=("percent_change", 30.0, "2025-Q1"))
    (c,) = _rows("2024年赴华朝鲜劳工约4万人,同比减少两成。", "zh")
    _check(c, comparison=("percent_change", -20.0, "2023"))
    (c,) = _rows("今年上半年赴俄朝鲜留学生达3200人,创历史新高。", "zh")
    _check(c, comparison=("record", None, None))


def test_korean_periods_with_their_year_and_up_to_a_month() -> None:
    (c,) = _rows(
        "8천 명의 북한군이 지난해 9월부터 11월 사이 전선에 배치됐다.", "ko", date(2025, 2, 1)
    )
    _check(c, period="2024-09..2024-11")
    got = _rows(
        "러시아에 들어간 북한 유학생은 2023년 하반기 150명에서 2024년 하반기 320명으로 늘었다.",
        "ko",
    )
    assert [c["period"] for c in got] == ["2023-07..2023-12", "2024-07..2024-12"]
    (c,) = _rows(
        "올해 들어 9월까지 러시아를 찾은 북한 주민은 1만여 명이다.", "ko", date(2025, 10, 5)
    )
    _check(c, period="2025-01..2025-09")


def test_chinese_periods_first_quarter_to_date_within_the_year_and_statement_day() -> None:
    (c,) = _rows("今年首季经图们口岸入境的朝鲜人员约900人次。", "zh", date(2025, 4, 20))
    _check(c, period="2025-Q1")
    (c,) = _rows("截至今年8月,朝鲜今年累计向俄方派出留学生约700名。", "zh", date(2025, 9, 3))
    _check(c, period="2025-01..2025-08")
    (c,) = _rows("约3000名朝鲜工人将于年内赴俄罗斯从事建筑工作。", "zh", date(2025, 7, 1))
    _check(c, period="2025")
    (c,) = _rows("约3000名朝鲜工人将在三年内赴俄罗斯从事建筑工作。", "zh", date(2025, 7, 1))
    _check(c, period=None)
    (c,) = _rows("韩国国防部9日表示,朝鲜已向俄罗斯派遣约2000名兵力。", "zh", date(2025, 9, 9))
    _check(c, period=None)


def test_chinese_respectively_pairs_months_across_a_year_and_shares_the_noun() -> None:
    got = _rows(
        "朝鲜去年11月和今年2月分别向俄罗斯派出约800名和约600名留学生。", "zh", date(2025, 3, 1)
    )
    assert [(c["quantity"], c["period"], c["unit"]) for c in got] == [
        (800.0, "2024-11", "students"),
        (600.0, "2025-02", "students"),
    ]


def test_korean_difference_with_the_baseline_figure_in_parentheses() -> None:
    got = _rows(
        "올해 1∼6월 중국에 입국한 북한인은 3천100명으로, "
        "작년 같은 기간(3천900명)보다 800명 줄었다.",
        "ko",
        date(2025, 7, 20),
    )
    assert [(c["quantity"], c["comparison"]) for c in got] == [
        (3100.0, ("difference", -800.0, "2024-01..2024-06")),
        (3900.0, None),
    ]


def test_a_changed_count_keeps_its_noun() -> None:
    got = _rows("在华朝鲜劳工人数从2022年的约3万人降至2023年的约2万人。", "zh", None)
    assert [(c["quantity"], c["unit"], c["period"]) for c in got] == [
        (30000.0, "workers", "2022"),
        (20000.0, "workers", "2023"),
    ]


def test_a_later_time_does_not_take_the_earlier_clauses_year() -> None:
    got = _rows("2018年在俄朝鲜劳工约3万人,此后减少至约1万人。", "zh", None)
    assert [(c["quantity"], c["period"]) for c in got] == [(30000.0, "2018"), (10000.0, None)]


def test_jiezhi_without_a_cumulative_count_dates_a_stock() -> None:
    (c,) = _rows("截至6月底,在华朝鲜劳工约3万人。", "zh", date(2025, 7, 15))
    _check(c, period="2025-06")
