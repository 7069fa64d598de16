"""End-to-end claim extraction in English, Russian, Korean and Chinese, on sentences written for
these tests: every field of the reading, comparisons, non-claims, spans, scope, HTML input."""

# ruff: noqa: E501  (test sentences are data: kept whole for reading)

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctionwatch.claims.document import read_html
from sanctionwatch.claims.extract import extract_claims, split_sentences

D = date(2025, 3, 10)

# (lang, sentence, expected claims: each a dict of the fields to check)
CASES: list[tuple[str, str, list[dict[str, Any]]]] = [
    (
        "en",
        "Border guards counted 4,512 North Korean workers arriving in Vladivostok in the second quarter of 2023.",
        [
            {
                "quantity": 4512,
                "qualifier": "exact",
                "unit": "workers",
                "origin": "KP",
                "destination": "RU",
                "purpose": "work",
                "period": "2023-Q2",
                "comparison": None,
            }
        ],
    ),
    (
        "en",
        "Some 2,300 DPRK nationals entered Russia for business in the first half of 2024, up 40% from a year earlier.",
        [
            {
                "quantity": 2300,
                "qualifier": "approx",
                "unit": "persons",
                "purpose": "business",
                "period": "2024-01..2024-06",
                "comparison": {
                    "kind": "percent_change",
                    "value": 40.0,
                    "baseline_period": "2023-01..2023-06",
                },
            }
        ],
    ),
    (
        "en",
        "Twelve North Koreans entered Russia in January, according to Rosstat.",
        [
            {
                "quantity": 12,
                "origin": "KP",
                "destination": "RU",
                "period": "2025-01",
                "attribution": "Rosstat",
            }
        ],
    ),
    (
        "en",
        "Entries by North Koreans reached 6,100 in 2024, the highest since 2016.",
        [
            {
                "quantity": 6100,
                "unit": "entries",
                "period": "2024",
                "comparison": {"kind": "record", "value": None, "baseline_period": "2016"},
            }
        ],
    ),
    (
        "en",
        "More than 10,000 North Korean troops were sent to the Kursk region, a sevenfold rise on 2023.",
        [
            {
                "quantity": 10000,
                "qualifier": "more_than",
                "unit": "troops",
                "purpose": "troops",
                "destination": "RU",
                "comparison": {"kind": "ratio", "value": 7.0, "baseline_period": "2023"},
            }
        ],
    ),
    (
        "en",
        "Between 300 and 400 North Korean labourers arrive in Khabarovsk each month.",
        [
            {"quantity": 300, "qualifier": "at_least", "unit": "workers"},
            {"quantity": 400, "qualifier": "at_most", "unit": "workers"},
        ],
    ),
    (
        "en",
        "Tens of thousands of North Korean workers remain in Russia despite the ban.",
        [{"quantity": 10000, "qualifier": "vague", "unit": "workers", "purpose": "work"}],
    ),
    (
        "en",
        "The number of North Korean students in Russia doubled in 2023.",
        [
            {
                "quantity": None,
                "qualifier": None,
                "purpose": "study",
                "period": "2023",
                "comparison": {"kind": "ratio", "value": 2.0, "baseline_period": None},
            }
        ],
    ),
    (
        "en",
        "North Korean arrivals fell by 2,410 people compared with 2022.",
        [
            {
                "quantity": None,
                "comparison": {"kind": "difference", "value": -2410.0, "baseline_period": "2022"},
            }
        ],
    ),
    (
        "en",
        "Twice as many North Koreans entered Russia in 2024 as in 2021.",
        [
            {
                "quantity": None,
                "period": "2024",
                "comparison": {"kind": "ratio", "value": 2.0, "baseline_period": "2021"},
            }
        ],
    ),
    (
        "en",
        "The number of North Korean labourers in Russia increased by 6 times in 2023.",
        [
            {
                "quantity": None,
                "unit": "workers",
                "purpose": "work",
                "period": "2023",
                "comparison": {"kind": "ratio", "value": 6.0, "baseline_period": None},
            }
        ],
    ),
    (
        "ru",
        "Количество въездов граждан КНДР выросло в 4 раза — до 2 918.",
        [
            {
                "quantity": 2918,
                "qualifier": "exact",
                "unit": "entries",
                "comparison": {"kind": "ratio", "value": 4.0, "baseline_period": None},
            }
        ],
    ),
    (
        "ru",
        "В 2022 году въехали 3,4 тыс. граждан КНДР, тогда как годом ранее - 0,9 тыс.",
        [{"quantity": 3400, "period": "2022"}, {"quantity": 900, "period": "2021"}],
    ),
    (
        "ko",
        "지난해 3분기(7∼9월) 학업 목적으로 러시아에 입국한 북한 주민은 2천81명이다.",
        [{"quantity": 2081, "purpose": "study", "period": "2024-07..2024-09"}],
    ),
    (
        "zh",
        "約有1.4萬名北韓勞工在俄羅斯工作。",
        [
            {
                "quantity": 14000,
                "qualifier": "approx",
                "unit": "workers",
                "origin": "KP",
                "destination": "RU",
            }
        ],
    ),
    (
        "en",
        "Russia received 9,412 North Korean visitors in 2023, nearly 8 times the 1,206 recorded in 2022.",
        [
            {
                "quantity": 9412,
                "period": "2023",
                "comparison": {"kind": "ratio", "value": 8.0, "baseline_period": "2022"},
            },
            {"quantity": 1206, "period": "2022", "comparison": None},
        ],
    ),
    (
        "ru",
        "С апреля по июнь в Россию прибыли 2417 граждан КНДР, из них 518 — на работу.",
        # read on 10 March 2025, April to June is last year's
        [
            {"quantity": 2417, "purpose": "total", "period": "2024-04..2024-06"},
            {"quantity": 518, "purpose": "work", "period": "2024-04..2024-06"},
        ],
    ),
    (
        "zh",
        "数据显示，2023年共有8412名朝鲜公民入境俄罗斯，其中5120人以学习为目的。",
        [
            {"quantity": 8412, "purpose": "total", "period": "2023"},
            {"quantity": 5120, "purpose": "study", "period": "2023", "origin": "KP"},
        ],
    ),
    (
        "ko",
        "지난해 러시아에 입국한 북한 노동자는 천여 명이다.",
        [{"quantity": 1000, "qualifier": "more_than", "unit": "workers", "period": "2024"}],
    ),
    (
        "ru",
        "Более тысячи граждан КНДР прибыли в Россию.",
        [{"quantity": 1000, "qualifier": "more_than", "unit": "persons", "origin": "KP"}],
    ),
    (
        "ru",
        "Тысячи северокорейцев работают в России.",
        [{"quantity": 1000, "qualifier": "vague", "purpose": "work"}],
    ),
    (
        "zh",
        "数以千计的朝鲜劳工在俄罗斯工作。",
        [
            {
                "quantity": 1000,
                "qualifier": "vague",
                "unit": "workers",
                "origin": "KP",
                "destination": "RU",
            }
        ],
    ),
    (
        "zh",
        "據韓聯社報導，今年前三季度赴俄的朝鮮人約有4100人，是去年同期的9倍。",
        [
            {
                "quantity": 4100,
                "qualifier": "approx",
                "period": "2025-01..2025-09",
                "attribution": "Yonhap",
                "comparison": {
                    "kind": "ratio",
                    "value": 9.0,
                    "baseline_period": "2024-01..2024-09",
                },
            }
        ],
    ),
    (
        "ko",
        "올해 1~9월 러시아에 입국한 북한 주민은 모두 7천 명을 넘어섰다.",
        [{"quantity": 7000, "qualifier": "more_than", "period": "2025-01..2025-09"}],
    ),
    (
        "ru",
        "По данным ФСБ, в первом полугодии 2024 года в Россию въехали 1,7 тыс. граждан КНДР с целью учебы.",
        [
            {
                "quantity": 1700,
                "qualifier": "exact",
                "unit": "persons",
                "origin": "KP",
                "destination": "RU",
                "purpose": "study",
                "period": "2024-01..2024-06",
                "attribution": "FSB Border Service",
            }
        ],
    ),
    (
        "ru",
        "Число въездов северокорейцев выросло в 9 раз по сравнению с 2022 годом и составило 8 436.",
        [
            {
                "quantity": 8436,
                "unit": "entries",
                "comparison": {"kind": "ratio", "value": 9.0, "baseline_period": "2022"},
            }
        ],
    ),
    (
        "ru",
        "В третьем квартале прошлого года в Россию прибыли около двенадцати тысяч северокорейских рабочих.",
        [
            {
                "quantity": 12000,
                "qualifier": "approx",
                "unit": "workers",
                "origin": "KP",
                "period": "2024-Q3",
            }
        ],
    ),
    (
        "ru",
        "Свыше 5 тысяч граждан КНДР работают на стройках Приморья.",
        [{"quantity": 5000, "qualifier": "more_than", "destination": "RU", "purpose": "work"}],
    ),
    (
        "ru",
        "В 2023 году в Россию въехали 2 140 граждан КНДР, из них с деловой целью - 310; с целью туризма - 95.",
        [
            {"quantity": 2140, "purpose": "total", "period": "2023"},
            {"quantity": 310, "purpose": "business", "period": "2023"},
            {"quantity": 95, "purpose": "tourism", "period": "2023"},
        ],
    ),
    (
        "ko",
        "통일부에 따르면 지난해 1~9월 러시아에 입국한 북한 노동자는 1만 3천여 명이다.",
        [
            {
                "quantity": 13000,
                "qualifier": "more_than",
                "unit": "workers",
                "origin": "KP",
                "destination": "RU",
                "purpose": "work",
                "period": "2024-01..2024-09",
                "attribution": "Ministry of Unification",
            }
        ],
    ),
    (
        "ko",
        "올해 상반기 러시아를 방문한 북한 주민은 약 5천 명으로 전년 대비 3배 늘었다.",
        [
            {
                "quantity": 5000,
                "qualifier": "approx",
                "period": "2025-01..2025-06",
                "comparison": {
                    "kind": "ratio",
                    "value": 3.0,
                    "baseline_period": "2024-01..2024-06",
                },
            }
        ],
    ),
    (
        "ko",
        "북한은 러시아에 병력 1만2천 명을 파병했다.",
        [
            {
                "quantity": 12000,
                "unit": "troops",
                "origin": "KP",
                "destination": "RU",
                "purpose": "troops",
            }
        ],
    ),
    (
        "ko",
        "2022년 러시아를 찾은 북한 유학생은 1천 204명으로 2015년 이후 최대다.",
        [
            {
                "quantity": 1204,
                "unit": "students",
                "purpose": "study",
                "period": "2022",
                "comparison": {"kind": "record", "value": None, "baseline_period": "2015"},
            }
        ],
    ),
    (
        "zh",
        "据俄罗斯联邦统计局数据,去年有1.3万名朝鲜人入境俄罗斯,较前年增长9倍。",
        [
            {
                "quantity": 13000,
                "origin": "KP",
                "destination": "RU",
                "period": "2024",
                "attribution": "Rosstat",
                "comparison": {"kind": "ratio", "value": 9.0, "baseline_period": "2023"},
            }
        ],
    ),
    (
        "zh",
        # (read in March: this year's first half is not over, so the count is last year's)
        "上半年约五千名朝鲜工人前往俄罗斯远东地区务工。",
        [
            {
                "quantity": 5000,
                "qualifier": "approx",
                "unit": "workers",
                "purpose": "work",
                "period": "2024-01..2024-06",
            }
        ],
    ),
    (
        "zh",
        "朝鲜向俄罗斯派遣了两千多名留学生。",
        [
            {
                "quantity": 2000,
                "qualifier": "more_than",
                "unit": "students",
                "origin": "KP",
                "destination": "RU",
            }
        ],
    ),
    (
        "zh",
        "今年1至9月,入境俄罗斯的朝鲜公民超过5000人。",
        [{"quantity": 5000, "qualifier": "more_than", "period": "2025-01..2025-09"}],
    ),
    (
        "zh",
        "200至250名朝鲜工人抵达海参崴。",
        [
            {"quantity": 200, "qualifier": "at_least", "destination": "RU"},
            {"quantity": 250, "qualifier": "at_most", "destination": "RU"},
        ],
    ),
]


def _check(claim: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, value in expected.items():
        assert claim[key] == value, f"{key}: expected {value!r}, got {claim[key]!r} in {claim}"


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_readings(lang: str, sentence: str, expected: list[dict[str, Any]]) -> None:
    claims = [c.to_dict() for c in extract_claims(sentence, lang=lang, doc_date=D)]
    assert len(claims) == len(expected), claims
    for c, e in zip(claims, expected, strict=True):
        _check(c, e)
        assert c["lang"] == lang


NOT_CLAIMS = [
    (
        "en",
        "Under resolution 2397, paragraph 8, states had to send the workers home by December 22, 2019.",
    ),
    ("en", "The 35-year-old driver was stopped at 10:30 on 5 March."),
    ("en", "Call the embassy on +7 423 555-12-34 for details."),
    ("en", "The report runs to 45 pages and cites 3 UN resolutions."),
    ("en", "The Su-27 and COVID-19 were discussed in 2020."),
    (
        "ru",
        "Согласно пункту 8 резолюции 2397, до 22 декабря 2019 года рабочие должны были вернуться.",
    ),
    ("ru", "Ему 45 лет, он прожил в Хабаровске 12 лет."),
    ("ko", "유엔 안보리 결의 2397호는 2019년 12월 22일까지 북한 노동자 송환을 규정했다."),
    ("ko", "그는 12년 만에 처음으로 평양을 떠났다."),
    ("zh", "联合国安理会第2397号决议要求在2019年12月22日前遣返所有朝鲜劳工。"),
    ("zh", "这名45岁的官员于2023年3月5日抵达。"),
    # flows outside the scope: Russians going to the DPRK, a labour shortage
    ("en", "Some 1,500 Russian tourists visited North Korea last year."),
    ("ru", "В 2024 году граждане России совершили 3 200 поездок в КНДР."),
    ("ko", "지난해 북한을 방문한 러시아인은 2천 명이었다."),
    ("zh", "俄罗斯劳动力缺口预计将扩大到300万人。"),
    ("en", "North Korea's population of 26 million is ageing."),
    ("en", "North Korea has shipped 9 million artillery shells to Russia."),
    ("ru", "КНДР поставила в Россию 4 млн снарядов."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_CLAIMS)
def test_not_claims(lang: str, sentence: str) -> None:
    assert extract_claims(sentence, lang=lang, doc_date=D) == []


def test_scope_can_be_widened() -> None:
    s = "Some 1,500 Russian tourists visited North Korea last year."
    claims = extract_claims(s, lang="en", doc_date=D, scope=())
    assert [(c.quantity, c.origin, c.destination, c.unit) for c in claims] == [
        (1500, "RU", "KP", "persons")
    ]


def test_spans_are_exact_offsets_into_the_document() -> None:
    text = (
        "Moscow, 3 February.\n\nIn 2024, 13 221 North Koreans entered Russia.  Nearly 7,887 of them "
        "came to study. Впрочем, это не всё."
    )
    claims = extract_claims(text, lang="en", doc_date=date(2025, 2, 3), doc_id="a1")
    assert [c.quantity for c in claims] == [13221, 7887]
    for c in claims:
        a, b = c.span
        assert text[a:b] == c.text
        s0, s1 = c.sentence_span
        assert text[s0:s1] == c.sentence
        assert s0 <= a < b <= s1
        assert c.doc == "a1"
    assert claims[0].text == "13 221"
    assert claims[1].qualifier == "approx"
    assert claims[1].purpose == "study"


def test_countries_carry_over_within_a_document() -> None:
    text = "In 2024, 13,221 North Koreans entered Russia. In 2019, 3,200 students arrived."
    claims = extract_claims(text, lang="en", doc_date=date(2025, 2, 3))
    assert [(c.quantity, c.origin, c.destination, c.period) for c in claims] == [
        (13221, "KP", "RU", "2024"),
        (3200, "KP", "RU", "2019"),
    ]


def test_respectively_pairs_periods_with_figures() -> None:
    s = "In 2020, 2021 and 2022, respectively 41, 18 and 57 North Koreans entered Russia to study."
    claims = extract_claims(s, lang="en")
    assert [(c.quantity, c.period) for c in claims] == [(41, "2020"), (18, "2021"), (57, "2022")]


def test_baseline_figure_is_a_claim_about_the_baseline_period() -> None:
    s = "작년 러시아에 입국한 북한 주민은 9천 120명으로 전년(806명)의 11배에 달했다."
    claims = [c.to_dict() for c in extract_claims(s, lang="ko", doc_date=date(2025, 2, 1))]
    assert [(c["quantity"], c["period"]) for c in claims] == [(9120, "2024"), (806, "2023")]
    assert claims[0]["comparison"] == {"kind": "ratio", "value": 11.0, "baseline_period": "2023"}
    assert claims[1]["comparison"] is None


def test_language_is_detected_when_not_given() -> None:
    claims = extract_claims("去年有3000名朝鲜人入境俄罗斯。", doc_date=D)
    assert [(c.quantity, c.lang, c.period) for c in claims] == [(3000, "zh", "2024")]


def test_text_without_numbers_is_cheap_and_empty() -> None:
    assert extract_claims("North Korean workers were seen in Vladivostok.", lang="en") == []


def test_sentence_split_keeps_abbreviations_together() -> None:
    text = "К концу 2025 г. на стройках будет до 50 000 граждан КНДР. U.S. officials agreed."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "К концу 2025 г. на стройках будет до 50 000 граждан КНДР.",
        "U.S. officials agreed.",
    ]


def test_sentence_split_does_not_cut_after_an_abbreviation_before_a_capital() -> None:
    text = "Mr. Kim told U.S. Army officers that No. 5 Camp held 300 workers. Then he left."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Mr. Kim told U.S. Army officers that No. 5 Camp held 300 workers.",
        "Then he left.",
    ]


def test_read_html_main_text_and_date() -> None:
    html = """<html><head><meta property="article:published_time" content="2025-02-04T09:00:00Z">
    <title>Entries</title></head><body><nav>Home | World</nav><article><h1>North Koreans in Russia</h1>
    <p>Last year, 13,221 North Koreans entered Russia, according to Rosstat, a twelvefold increase.</p>
    <p>The figures were published on Tuesday by the statistics service in Moscow.</p></article>
    <footer>Contact us</footer></body></html>"""
    text, published = read_html(html)
    assert published == date(2025, 2, 4)
    assert "13,221 North Koreans entered Russia" in text
    claims = extract_claims(text, lang="auto", doc_date=published)
    assert [(c.quantity, c.period, c.attribution) for c in claims] == [(13221, "2024", "Rosstat")]
    assert claims[0].comparison is not None and claims[0].comparison.value == 12


def test_read_html_without_date() -> None:
    text, published = read_html(
        "<html><body><p>Около 900 граждан КНДР находятся в Приморье.</p></body></html>"
    )
    assert published is None
    assert "900 граждан КНДР" in text


# Property: whatever the text, extraction does not fail and every span is an exact offset.
_ALPHABET = (
    "0123456789 ,.;-–~%()\n"
    + "abcdefghijklmnopqrstuvwxyzNKR"
    + "абвгдежзиклмнопрстуКНДР"
    + "가나다만천명년월"
    + "万千名人年月约多"
)
_WORDS = [
    "North Koreans",
    "entered Russia",
    "about",
    "thousand",
    "twelvefold",
    "in 2024",
    "граждан КНДР",
    "около",
    "тыс.",
    "в 12 раз",
    "북한 주민",
    "1만",
    "명",
    "지난해",
    "朝鲜人",
    "1.3万",
    "去年",
    "倍",
    "resolution",
    "last year",
    "more than",
    "up 40%",
    "12-fold",
    "13 221",
    "3,765",
]


@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.text(alphabet=_ALPHABET, max_size=12)), max_size=25
    ),
    st.sampled_from(["auto", "en", "ru", "ko", "zh"]),
)
@settings(max_examples=60, deadline=None)
def test_any_text_gives_exact_spans(parts: list[str], lang: str) -> None:
    text = " ".join(parts)
    for c in extract_claims(text, lang=lang, doc_date=D):
        a, b = c.span
        s0, s1 = c.sentence_span
        assert 0 <= s0 <= a < b <= s1 <= len(text)
        assert text[a:b] == c.text
        assert text[s0:s1] == c.sentence
        assert c.quantity is not None or c.comparison is not None
