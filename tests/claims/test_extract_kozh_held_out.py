"""Korean and Chinese forms found missing on the second, held-out ko/zh sentence set: full-width
digits, bare 만 and native Korean numbers, hedges after the number, periods, comparisons, units,
distractors and sources. Every sentence here is written for the test (none is from a set)."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims


def _rows(
    text: str, lang: str, doc_date: date | None = date(2025, 6, 10)
) -> list[dict[str, object]]:
    return [
        {
            "text": c.text,
            "span": c.span,
            "quantity": c.quantity,
            "qualifier": c.qualifier,
            "unit": c.unit,
            "origin": c.origin,
            "destination": c.destination,
            "purpose": c.purpose,
            "period": c.period,
            "comparison": (
                (c.comparison.kind, c.comparison.value, c.comparison.baseline_period)
                if c.comparison
                else None
            ),
            "attribution": c.attribution,
        }
        for c in extract_claims(text, lang=lang, doc_date=doc_date)
    ]


def _check(got: dict[str, object], **want: object) -> None:
    assert {k: got[k] for k in want} == want, got


def test_fullwidth_digits_read_with_exact_spans() -> None:
    text = "前言。２０２３年赴俄朝鲜公民约３．５万人次,较２０２２年增长３０％。"
    (c,) = _rows(text, "zh")
    _check(c, quantity=35000.0, qualifier="approx", unit="entries", period="2023")
    _check(c, comparison=("percent_change", 30.0, "2022"))
    s, e = c["span"]  # type: ignore[misc]
    assert text[s:e] == c["text"] == "３．５万"


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
