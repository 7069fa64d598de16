"""Korean and Chinese forms met in the eighteenth held-out round: the wounded, a survey's sample,
tonnes written "t", individuals listed for sanctions, an age in brackets after a name."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.claim_readings import read_fields, read_quantities

D = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the wounded, not a flow
        (
            "ko",
            "올해 러시아에 간 북한 노동자는 약 2천 명이다. 전투에서 북한군 500여 명이 다쳤다.",
            [2000],
        ),
        (
            "ko",
            "올해 러시아에 간 북한 노동자는 약 2천 명이다. 북한군 300명이 다친 것으로 알려졌다.",
            [2000],
        ),
        # a survey's sample: people, but none who travelled
        (
            "ko",
            "올해 중국에 간 북한 노동자는 약 3천 명이다. 연구소가 시민 1500명을 조사한 결과, "
            "절반이 북한의 노동자 파견을 우려했다.",
            [3000],
        ),
        (
            "ko",
            "올해 중국에 간 북한 노동자는 약 3천 명이다. 대학생 800명을 대상으로 한 설문에서는 "
            "다른 결과가 나왔다.",
            [3000],
        ),
        # tonnes written "t"
        (
            "ko",
            "북한 노동자 400명이 러시아로 갔다. 화물선은 올해 목재 약 12만t을 실어 날랐다.",
            [400],
        ),
        # individuals designated for sanctions
        (
            "ko",
            "미 국무부는 북한 노동자 파견에 관여한 혐의로 중국 소재 기업 4곳과 개인 5명, "
            "선박 1척을 제재 대상으로 지정했다.",
            [],
        ),
        # an age in brackets after a name
        (
            "ko",
            "중국 식당에서 일하다 탈출한 이모(41)씨는 하루 14시간씩 일했다고 말했다.",
            [],
        ),
        (
            "ko",
            "러시아 벌목장에서 일한 A(52·남)씨는 임금의 절반을 상납했다고 증언했다.",
            [],
        ),
    ],
)
def test_not_flows(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the guards stay narrow: a count after "개인" with no sanctions named, a number in
        # brackets that is not an age
        ("ko", "올해 단체 관광객 200명과 개인 30명이 북한에서 러시아로 갔다.", [200, 30]),
        ("ko", "러시아에 간 북한 노동자(2만 명)는 대부분 건설 현장에서 일한다.", [20000]),
    ],
)
def test_counts_kept(lang: str, text: str, expected: list[object]) -> None:
    assert read_quantities(text, lang, doc_date=D) == expected


def test_most_of_all_years_zh() -> None:
    # "人数为历年之最": a record with no year named
    text = "学校方面称,今年春季共接收80多名朝鲜留学生,人数为历年之最。"
    assert read_fields(text, "zh", "quantity", "comparison", doc_date=D) == [
        (80, {"kind": "record", "value": None, "baseline_period": None})
    ]


def test_uae_full_name_zh() -> None:
    # the full name of the Emirates, as written in Taiwan and on the mainland
    for place in ("阿拉伯聯合大公國", "阿拉伯联合酋长国"):
        text = f"報告指出,{place}境內的餐廳裡仍有數十名北韓服務員。"
        assert read_fields(text, "zh", "destination", doc_date=D) == [("AE",)]


def test_same_quarter_a_year_before_ko() -> None:
    # "1년 전 같은 분기보다": the same quarter a year before states the baseline
    text = (
        "올해 2분기 유학 목적으로 러시아에 입국한 북한 주민은 512명으로, "
        "1년 전 같은 분기보다 25% 줄었다."
    )
    assert read_fields(text, "ko", "period", "comparison", doc_date=D) == [
        ("2025-Q2", {"kind": "percent_change", "value": -25.0, "baseline_period": "2024-Q2"})
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a purpose word in the name of who speaks is not the flow's purpose
        (
            "ko",
            "외교 소식통들은 지난해 캄보디아에 북한 식당 종업원과 요리사 등 수십 명이 "
            "들어간 것으로 파악했다.",
            "work",
        ),
        ("ko", "노동부는 지난해 북한 주민 300명이 몽골에 입국했다고 밝혔다.", "total"),
        ("zh", "据外交部统计去年有300名朝鲜公民入境老挝。", "total"),
        # (the word still names the purpose elsewhere)
        ("ko", "지난해 외교 목적으로 몽골에 입국한 북한 주민은 300명이었다.", "official"),
    ],
)
def test_purpose_in_a_speakers_name(lang: str, text: str, expected: str) -> None:
    assert read_fields(text, lang, "purpose", doc_date=D) == [(expected,)]


def test_people_issued_a_visa_zh() -> None:
    # "獲發…簽證入境的北韓公民…名": the visa they were issued describes the people counted
    text = "俄方資料顯示,去年獲發工作簽證入境的北韓公民近五千名。"
    assert read_fields(text, "zh", "quantity", "unit", "purpose", doc_date=D) == [
        (5000, "persons", "work")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a breakdown by country of the workers counted before, after who says it
        (
            "ko",
            "연구소는 2019년 기준 해외의 북한 노동자를 약 8만 명으로 추산했다. "
            "연구소는 이 가운데 중국에 4만 명, 러시아에 2만 명이 있었다고 밝혔다.",
        ),
        (
            "zh",
            "研究所估计,2019年朝鲜海外劳工约8万人。报告称,其中在中国的约4万人,在俄罗斯的约2万人。",
        ),
    ],
)
def test_breakdown_after_who_says_it(lang: str, text: str) -> None:
    rows = read_fields(text, lang, "quantity", "unit", "purpose", "destination", doc_date=D)
    assert rows[1:] == [(40000, "workers", "work", "CN"), (20000, "workers", "work", "RU")]


def test_part_of_those_who_went_this_time_ko() -> None:
    # "이번에 파견된 노동자 중": a part of the people the article just reported, in their period
    text = (
        "소식통에 따르면 지난달 신의주에서 북한 노동자 약 500명이 중국 단둥으로 넘어갔다. "
        '그는 "이번에 파견된 노동자 중 100여 명은 수산물 가공공장에서 일할 것"이라고 말했다.'
    )
    rows = read_fields(text, "ko", "quantity", "unit", "destination", "period", doc_date=D)
    assert rows == [(500, "workers", "CN", "2025-10"), (100, "workers", "CN", "2025-10")]
