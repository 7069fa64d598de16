"""Korean romanization, Cyrillic readings, normalisation, calibration and text screening."""

from __future__ import annotations

import pytest

from sanctionwatch.screen.cyrillic import cyrillic_forms
from sanctionwatch.screen.documents import screen_text
from sanctionwatch.screen.korean import SYSTEMS, key, romanize, romanize_syllable, surnames
from sanctionwatch.screen.match import Matcher, calibration
from sanctionwatch.screen.normalize import org_tokens


@pytest.mark.parametrize(
    ("hangul", "rr", "mr", "dprk"),
    [
        ("김정일", "gim jeong il", "kim chŏng il", "kim jong il"),
        ("리철", "i cheol", "i ch'ŏl", "ri chol"),
        ("최은희", "choe eun hui", "ch'oe ŭn hŭi", "choe un hui"),
        ("박", "bak", "pak", "pak"),
    ],
)
def test_romanization_systems(hangul: str, rr: str, mr: str, dprk: str) -> None:
    assert romanize(hangul, "rr", " ") == rr
    assert romanize(hangul, "mr", " ") == mr
    assert romanize(hangul, "dprk", " ") == dprk


def test_systems_share_one_key_for_every_syllable() -> None:
    # Every 7th Hangul syllable (inside a word: the ROK drops a word-initial ㄹ on purpose):
    # the three systems must fold to the same key.
    for code in range(0xAC00, 0xD7A4, 7):
        syl = chr(code)
        keys = {key(romanize_syllable(syl, s)) for s in SYSTEMS}
        assert len(keys) == 1, (syl, keys)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chol", "Ch'ŏl"),
        ("Cheol", "Chol"),
        ("Jong", "Chong"),
        ("Choe", "Choi"),
        ("Myong-Jin", "Myong-chin"),
        ("Hyon", "Hyeon"),
        ("Ŭn", "Eun"),
        ("Kwang", "Gwang"),
    ],
)
def test_keys_fold_spellings(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Jong", "Jon"), ("Pak", "Kim"), ("Sik", "Un"), ("Cho", "Chu")]
)
def test_keys_keep_different_sounds_apart(a: str, b: str) -> None:
    assert key(a) != key(b)


@pytest.mark.parametrize(
    ("spelling", "group"),
    [
        ("Lee", "RI"),
        ("Yi", "RI"),
        ("Rhee", "RI"),
        ("Park", "PAK"),
        ("Choi", "CHOE"),
        ("Jung", "JONG"),
        ("Tsoi", "CHOE"),
    ],
)
def test_surname_table(spelling: str, group: str) -> None:
    assert group in surnames().groups(spelling)


def test_cyrillic_readings() -> None:
    forms = [f for f, _ in cyrillic_forms("Ким Чен Ир")]
    assert "Kim Chong Il" in forms
    assert any(f.startswith("Kim Chon ") for f in forms)


def test_legal_forms_and_abbreviations() -> None:
    toks = org_tokens("Hwasong SHPG Co., Ltd.")
    assert [(t.text, t.role) for t in toks] == [
        ("hwasong", "word"),
        ("shipping", "word"),
        ("company", "legal"),
        ("limited", "legal"),
    ]
    assert org_tokens("«ООО» Пугён")[0].role == "legal"


def test_calibration_is_monotone_and_documented() -> None:
    cal = calibration()
    assert cal.method.startswith("isotonic")
    assert len(cal.points) >= 5
    probs = [cal.prob(x / 20) for x in range(21)]
    assert probs == sorted(probs)
    assert 0.0 < cal.threshold < 1.0
    assert cal.prob(0.5, 1.5) > cal.prob(0.5) > cal.prob(0.5, -2.5)


def test_screen_text_reports_spans(mini_matcher: Matcher) -> None:
    text = (
        "Reporters saw Park Sung-chul at the port. Хвасон? No: the "
        "Hwasong Shipping Company Limited ship left. 조선부경무역회사는 말했다. "
        "Ким Ён Су не упоминался."
    )
    found = screen_text(text, mini_matcher)
    refs = [(m.matches[0].ref, m.text) for m in found]
    assert ("KPi.901", "Park Sung-chul") in refs
    assert ("KPe.902", "Hwasong Shipping Company Limited") in refs
    assert ("KPe.901", "조선부경무역회사") in refs
    assert ("KPi.905", "Ким Ён Су") in refs
    for m in found:
        assert text[m.start : m.end] == m.text
