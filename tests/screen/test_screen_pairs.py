"""Hand-written name variants against a tiny fictitious list: must match / must not match.

The names are made up for these tests; each row says why it should or should not match.
"""

from __future__ import annotations

import pytest

from sanctionwatch.screen.match import Matcher, ScreenQuery

MUST_MATCH = [
    # (query, expected ref, why)
    ("PAK SONG CHOL", "KPi.901", "as listed, without breves"),
    ("Park Sung-chul", "KPi.901", "ROK personal spelling: Park, Sung, chul"),
    ("Bak Seong-cheol", "KPi.901", "Revised Romanization"),
    ("Pak Sŏngch'ŏl", "KPi.901", "McCune–Reischauer with breves, given name joined"),
    ("Song Chol PAK", "KPi.901", "given name first, family name in capitals last"),
    ("PAK, Song-Chol", "KPi.901", "comma: family name first"),
    ("박성철", "KPi.901", "Hangul"),
    ("Пак Сон Чхоль", "KPi.901", "Russian (Kontsevich) Cyrillic"),
    ("Lee Hyun-soo", "KPi.902", "ROK spelling of 리/이 as Lee, Hyun for Hyon"),
    ("Yi Hyon Su", "KPi.902", "Yi for 리"),
    ("이현수", "KPi.902", "South Korean Hangul drops the initial ㄹ: 이"),
    ("리현수", "KPi.902", "North Korean Hangul keeps it: 리"),
    ("Ли Хён Су", "KPi.902", "Cyrillic"),
    ("Choi Myung-ho", "KPi.903", "Choi for Choe, Myung for Myong"),
    ("Chwe Myong Ho", "KPi.903", "Chwe for Choe"),
    ("최명호", "KPi.903", "Hangul"),
    ("Kim Chol-u", "KPi.904", "hyphen"),
    ("Gim Cheol U", "KPi.904", "RR"),
    ("Korea Pugyong Trading Corp.", "KPe.901", "abbreviated legal form"),
    ("PUGYONG TRADING COMPANY LIMITED", "KPe.901", "other legal form, country word dropped"),
    ("Pu-gyong Trading", "KPe.901", "hyphen inside a word, no legal form"),
    ("조선부경무역회사", "KPe.901", "Hangul organisation name (terms translated)"),
    ("Hwasong Shpg Co Ltd", "KPe.902", "OFAC-style abbreviation"),
    ("HWA SONG SHIPPING", "KPe.902", "spacing inside the name"),
    ("Songgang Commercial Bank of the DPRK", "KPe.903", "country phrase added"),
    ("Banco Comercial Songgang", "KPe.903", "Spanish words, other order"),
]

MUST_NOT_MATCH = [
    ("Pak Song Il", "KPi.901", "same family name, another given name"),
    ("Kim Song Chol", "KPi.901", "same given name, another family name"),
    ("Ri Hyon Chol", "KPi.902", "one given syllable differs"),
    ("Choe Myong Guk", "KPi.903", "one given syllable differs"),
    ("Kim Chol Nam", "KPi.904", "one given syllable differs"),
    ("Kim U Chol", "KPi.904", "given syllables swapped are another name"),
    ("박성일", "KPi.901", "Hangul, one syllable differs"),
    ("Korea Pugang Trading Corporation", "KPe.901", "another company's distinctive word"),
    ("Hwasong Trading Company", "KPe.902", "same place name, another business"),
    ("Korea Trading Bank", "KPe.903", "only generic words in common"),
    ("Kim Chol Nam", "KPi.905", "another Kim"),
]


@pytest.mark.parametrize(("query", "ref", "why"), MUST_MATCH, ids=[q for q, _, _ in MUST_MATCH])
def test_must_match(mini_matcher: Matcher, query: str, ref: str, why: str) -> None:
    res = mini_matcher.screen([ScreenQuery(query)])[0]
    assert res.matches, f"{query!r} should match {ref} ({why})"
    assert res.matches[0].ref == ref, (
        f"{query!r} matched {res.matches[0].ref}: {res.matches[0].explanation}"
    )


@pytest.mark.parametrize(
    ("query", "ref", "why"), MUST_NOT_MATCH, ids=[q for q, _, _ in MUST_NOT_MATCH]
)
def test_must_not_match(mini_matcher: Matcher, query: str, ref: str, why: str) -> None:
    res = mini_matcher.screen([ScreenQuery(query)])[0]
    assert ref not in [m.ref for m in res.matches], (
        f"{query!r} must not match {ref} ({why}): {[m.explanation for m in res.matches]}"
    )


def test_explanation_names_the_features(mini_matcher: Matcher) -> None:
    m = mini_matcher.score_query(ScreenQuery("Pak Song Il"))[0]
    names = {f.name for f in m.features}
    assert {"family_name", "given_name", "syllable_conflict"} <= names
    assert "given-name syllable differs" in m.explanation


def test_low_quality_alias_weighs_less(mini_matcher: Matcher) -> None:
    m = mini_matcher.score_query(ScreenQuery("Pak Chol"))[0]
    assert m.quality == "low"
    assert any(f.name == "alias_quality" for f in m.features)
    exact = mini_matcher.score_query(ScreenQuery("Pak Song Chol"))[0]
    assert m.score < exact.score


@pytest.mark.parametrize(
    ("birth", "nat", "direction"),
    [
        ("1971-04-12", None, 1),
        ("1971", None, 1),
        ("1985-01-01", None, -1),
        (None, "KP", 1),
        (None, "RU", -1),
    ],
)
def test_birth_date_and_nationality_move_the_score(
    mini_matcher: Matcher, birth: str | None, nat: str | None, direction: int
) -> None:
    base = mini_matcher.score_query(ScreenQuery("Park Sung-chul"))[0]
    with_facts = mini_matcher.score_query(ScreenQuery("Park Sung-chul", birth, nat))[0]
    assert with_facts.ref == base.ref == "KPi.901"
    assert (with_facts.score - base.score) * direction > 0


def test_contradicting_birth_date_drops_below_threshold(mini_matcher: Matcher) -> None:
    res = mini_matcher.screen(
        [ScreenQuery("Park Sung-chul", birth_date="1990-02-02", nationality="RU")]
    )[0]
    assert res.matches == []


def test_matcher_pickles(mini_matcher: Matcher) -> None:
    import pickle

    clone = pickle.loads(pickle.dumps(mini_matcher))
    assert clone.screen(["Bak Seong-cheol"])[0].matches[0].ref == "KPi.901"


def test_contract_json_form(mini_matcher: Matcher) -> None:
    d = mini_matcher.screen(["Pak Song Chol"])[0].to_dict()
    assert d["query"] == "Pak Song Chol"
    m = d["matches"][0]
    assert {"ref", "name", "score", "list", "explanation"} <= set(m)
    assert m["list"] == "UN 1718" and 0.0 <= m["score"] <= 1.0
