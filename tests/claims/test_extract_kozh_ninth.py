"""Korean and Chinese forms found missing on the ninth, held-out ko/zh set (mainstream news
coverage). Every sentence here is written for the test (none is from a set)."""

from __future__ import annotations

from claim_readings import check, read_one, read_rows

_one = read_one


# --- numbers ----------------------------------------------------------------------------------


def test_ko_bare_hundred_with_over_mark() -> None:
    check(
        _one("어제 블라디보스토크 역에 북한 노동자 백여 명이 내렸다.", "ko"),
        quantity=100,
        qualifier="more_than",
        unit="workers",
        destination="RU",
    )


def test_ko_bare_hundred_needs_a_word_start() -> None:
    # "김백 명예교수": a name, then another word
    assert read_rows("김백 명예교수는 북한 사정을 설명했다.", "ko") == []


def test_zh_tens_of_is_vague_ten() -> None:
    check(
        _one("已有几十名朝鲜工人抵达叶卡捷琳堡的建筑工地。", "zh"),
        quantity=10,
        qualifier="vague",
        unit="workers",
        destination="RU",
    )
    check(_one("數十名北韓留學生上週抵達新西伯利亞。", "zh"), quantity=10, qualifier="vague")


def test_zh_tens_of_years_is_no_figure() -> None:
    assert read_rows("数十年来,朝鲜工人一直在俄罗斯远东工作。", "zh") == []


# --- places -----------------------------------------------------------------------------------


def test_russian_cities_in_korean_and_chinese() -> None:
    check(_one("북한 유학생 40명이 카잔에 도착했다.", "ko"), destination="RU")
    check(_one("约60名朝鲜学生进入喀山一所大学学习。", "zh"), destination="RU")
    check(_one("今年已有200名朝鲜工人前往圣彼得堡。", "zh"), destination="RU")


# --- units and distractors --------------------------------------------------------------------


def test_ko_running_person_count_is_entries() -> None:
    check(
        _one("올해 상반기 중국에 들어간 북한 주민은 연인원 2만 명으로 집계됐다.", "ko"),
        quantity=20000,
        unit="entries",
        destination="CN",
    )


def test_ko_nights_of_a_stay_are_not_a_figure() -> None:
    assert read_rows("블라디보스토크 호텔의 2박 요금은 300달러 정도다.", "ko") == []


# --- attributions -----------------------------------------------------------------------------


def test_far_east_development_ministry() -> None:
    name = "Ministry for the Development of the Russian Far East"
    check(_one("俄罗斯远东发展部官员表示,今年将引进约5000名朝鲜工人。", "zh"), attribution=name)
    check(
        _one("러시아 극동개발부는 올해 북한 노동자 4천 명을 들여올 계획이다.", "ko"),
        attribution=name,
    )
    check(
        _one("Минвостокразвития планирует привлечь в 2026 году 8 тыс. рабочих из КНДР.", "ru"),
        attribution=name,
    )


def test_primorsky_krai_government() -> None:
    name = "Primorsky Krai government"
    check(_one("연해주 정부는 올해 북한 노동자 2천 명을 받을 예정이다.", "ko"), attribution=name)
    check(_one("滨海边疆区政府称,今年已有800名朝鲜工人抵达。", "zh"), attribution=name)


def test_nk_economy() -> None:
    check(
        _one("NK경제는 지난달 북한 노동자 300명이 단둥에 도착했다고 전했다.", "ko"),
        attribution="NK Economy",
    )


# --- periods ----------------------------------------------------------------------------------


def test_next_month_from_the_document_date() -> None:
    # DOC_DATE is 2025-06-10
    check(
        _one('소식통은 "선발된 대학생 150명 이상이 다음 달 모스크바로 떠난다"고 전했다.', "ko"),
        quantity=150,
        qualifier="at_least",
        period="2025-07",
    )
    check(_one("约300名朝鲜工人下个月将前往俄罗斯。", "zh"), period="2025-07")


def test_zh_year_spelled_digit_by_digit() -> None:
    check(
        _one("据俄罗斯联邦统计局数据,二〇二三年朝鲜人入境俄罗斯共一千一百一十七人次。", "zh"),
        quantity=1117,
        unit="entries",
        period="2023",
    )
    check(_one("二零二四年三月,约500名朝鲜工人抵达俄罗斯。", "zh"), period="2024-03")


# --- records ----------------------------------------------------------------------------------


def test_record_of_a_flow_the_sentence_names() -> None:
    check(
        _one("지난해 북한인의 러시아 입국 규모는 2012년 이후 가장 많았다.", "ko"),
        quantity=None,
        unit="persons",
        origin="KP",
        destination="RU",
        period="2024",
        comparison=("record", None, "2012"),
    )
    check(
        _one("去年朝鲜人入境俄罗斯的人数创2015年以来新高。", "zh"),
        quantity=None,
        period="2024",
        comparison=("record", None, "2015"),
    )


def test_record_needs_a_flow_and_a_period() -> None:
    # wages are no flow; a record of no stated period is nobody's
    assert read_rows("지난해 북한 노동자 임금은 2010년 이후 가장 높았다.", "ko") == []
    assert read_rows("북한인의 러시아 입국 규모는 2010년 이후 가장 많았다.", "ko") == []


# --- comparisons ------------------------------------------------------------------------------


def test_zh_two_tenths_is_twenty_percent() -> None:
    check(
        _one("与去年同期相比,朝鲜公民入境人次下降了约两成。", "zh"),
        quantity=None,
        unit="entries",
        comparison=("percent_change", -20.0, "2024"),
    )


def test_zh_two_tenths_gate_leaves_other_words() -> None:
    assert read_rows("这一成果令朝鲜方面满意。", "zh") == []


def test_zh_ratio_to_the_year_before() -> None:
    check(
        _one("2023年赴俄朝鲜劳工约5000人,為前一年的3倍。", "zh"),
        quantity=5000,
        comparison=("ratio", 3.0, "2022"),
    )
    check(
        _one("2024年入境俄罗斯的朝鲜人达9000余人,比上一年增长了40%。", "zh"),
        quantity=9000,
        comparison=("percent_change", 40.0, "2023"),
    )


def test_ko_ratio_against_a_year_with_its_figure_in_brackets() -> None:
    rows = read_rows(
        "2024년 한 해 북한인의 러시아 입국 건수는 1만2000건으로 2023년(1000건) 대비 12배로 늘었다.",
        "ko",
    )
    assert rows == [
        (12000, "exact", "entries", "KP", "RU", "total", "2024", ("ratio", 12.0, "2023")),
        (1000, "exact", "entries", "KP", "RU", "total", "2023", None),
    ]


def test_ko_compared_with_last_years_figure_and_its_noun() -> None:
    rows = read_rows("지난해 같은 분기 입국자 9백여 명과 비교하면 60% 가까이 줄어든 규모다.", "ko")
    # the figure is last year's; the change is about the count the article gave before
    assert [r[0] for r in rows] == [900, None]
    assert rows[1][7] == ("percent_change", -60.0, "2024")


def test_ko_difference_with_a_bound_before_the_change() -> None:
    check(
        _one(
            "지난해 3분기 러시아에 들어간 북한 국적자는 전 분기보다 500명 넘게 늘어난 4천 명 "
            "수준이었다.",
            "ko",
        ),
        quantity=4000,
        period="2024-Q3",
        comparison=("difference", 500.0, "2024-Q2"),
    )


def test_ko_four_digits_after_man_are_no_year() -> None:
    check(
        _one("2024년 한 해 북한인의 러시아 입국 건수는 1만2031건이었다.", "ko"),
        quantity=12031,
        period="2024",
    )


# --- a breakdown that goes on in the next sentence --------------------------------------------


def test_ko_breakdown_goes_on_after_ieo() -> None:
    rows = read_rows(
        "올해 1~3월 러시아에 입국한 북한인 900명 가운데 유학 목적이 500명으로 가장 많았다.\n\n"
        "이어 관광 목적 120명, 공무 목적 80명 순이었다.",
        "ko",
    )
    assert [(r[0], r[5], r[6]) for r in rows] == [
        (900, "total", "2025-01..2025-03"),
        (500, "study", "2025-01..2025-03"),
        (120, "tourism", "2025-01..2025-03"),
        (80, "official", "2025-01..2025-03"),
    ]


def test_zh_breakdown_goes_on_after_ciwai() -> None:
    rows = read_rows(
        "2023年入境俄罗斯的朝鲜人约5000人。\n\n"
        "按入境目的划分,以学习为目的的朝鲜人约3000人。\n\n"
        "此外,以工作为目的入境者约400人。",
        "zh",
    )
    assert [(r[0], r[5], r[6]) for r in rows] == [
        (5000, "total", "2023"),
        (3000, "study", "2023"),
        (400, "work", "2023"),
    ]


def test_zh_in_addition_with_its_own_place_is_no_part() -> None:
    rows = read_rows(
        "2023年入境俄罗斯的朝鲜人约5000人。\n\n"
        "按入境目的划分,以学习为目的的朝鲜人约3000人。\n\n"
        "此外,约2000名朝鲜工人在中国丹东工作。",
        "zh",
    )
    assert rows[-1][0] == 2000 and rows[-1][6] is None


# --- shares -----------------------------------------------------------------------------------


def test_share_of_a_purpose_stated_with_share() -> None:
    check(
        _one("지난해 러시아에 입국한 북한 주민 가운데 유학 목적의 비중은 약 55%였다.", "ko"),
        quantity=55,
        qualifier="approx",
        unit="percent",
        purpose="study",
        destination="RU",
        period="2024",
    )
    check(
        _one("去年入境俄罗斯的朝鲜公民中,以学习为目的者占比约55%。", "zh"),
        quantity=55,
        unit="percent",
        purpose="study",
    )


def test_share_needs_the_people_then_a_purpose() -> None:
    assert read_rows("러시아에 있는 북한 유학생 가운데 여성의 비중은 약 30%였다.", "ko") == []
    assert read_rows("지난해 북한 경제에서 무역의 비중은 약 40%였다.", "ko") == []


# --- a figure "compared with" is no frame -----------------------------------------------------


def test_ko_compared_with_figure_is_an_aside_before_the_breakdown() -> None:
    rows = read_rows(
        "지난해 러시아에 입국한 북한 주민은 모두 6천여 명이었다.\n\n"
        "그러나 2018년(1만8천 명 안팎)과 비교하면 여전히 절반에도 못 미친다.\n\n"
        "입국 목적별로는 유학이 2천150명으로 가장 많았다.",
        "ko",
    )
    assert [(r[0], r[5], r[6]) for r in rows] == [
        (6000, "total", "2024"),
        (18000, "total", "2018"),
        (2150, "study", "2024"),
    ]


def test_zh_compared_with_figure_is_no_frame() -> None:
    rows = read_rows(
        "2024年入境俄罗斯的朝鲜人约9000人。\n\n"
        "与2019年(约2万人)相比,仍不到一半。\n\n"
        "其中以学习为目的者约5000人。",
        "zh",
    )
    assert [(r[0], r[6]) for r in rows] == [(9000, "2024"), (20000, "2019"), (5000, "2024")]
