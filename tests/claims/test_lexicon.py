"""The vocabulary matchers: fast case-insensitive matching must find what re.IGNORECASE finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sanctionwatch.claims import lexicon

# Latin and Cyrillic in both cases, digits, spaces, and "İ", which lower-cases to two characters.
_ALPHABET = st.sampled_from([*"abtheSAMEperiodPERIODtoIMфондЖИТЕЛИжители 0123,.-", "İ"])
_PATTERNS = [
    r"\bsame\s+(?:period|quarter)\b",
    r"(?<!\w)(?:жител\w*|фонд)",
    r"(?P<n>\d+)\s*(?:to|and)\s*(?P<m>\d+)",
    r"quarter|Q[1-4]",  # an upper-case literal: must fall back to IGNORECASE
    r"(?-i:IM)|period",
]


@settings(max_examples=300, deadline=None)
@given(text=st.text(_ALPHABET, max_size=60), which=st.integers(0, len(_PATTERNS) - 1))
def test_caseless_finds_the_spans_ignorecase_finds(text: str, which: int) -> None:
    src = _PATTERNS[which]
    expected = [m.span() for m in re.compile(src, re.IGNORECASE).finditer(text)]
    rx = lexicon.Caseless(src)
    assert [m.span() for m in rx.finditer(text)] == expected
    first = re.compile(src, re.IGNORECASE).search(text)
    got = rx.search(text)
    assert (got.span() if got else None) == (first.span() if first else None)


def test_caseless_keeps_offsets_when_lower_casing_would_shift_them() -> None:
    text = "İSTANBUL, the SAME period"
    assert lexicon.lowered(text) is None  # "İ" becomes two characters
    m = lexicon.Caseless(r"same\s+period").search(text)
    assert m is not None and text[m.start() : m.end()] == "SAME period"


def test_upper_case_literals_keep_the_case_insensitive_pattern() -> None:
    assert lexicon.Caseless(r"quarter|Q[1-4]").low is None
    assert lexicon.Caseless(r"(?-i:Jan|Feb)").low is None
    assert lexicon.Caseless(r"(?P<Year>\d{4})\s+\S+").low is not None  # names and escapes


@settings(max_examples=200, deadline=None)
@given(text=st.text(_ALPHABET, max_size=60))
def test_term_matcher_search_is_the_first_of_find(text: str) -> None:
    m = lexicon.TermMatcher([("жители", "residents"), ("same period", "same"), ("to", "to")], "ru")
    found = m.find(text)
    assert m.search(text) == (found[0] if found else None)
    for a, b, _ in found:  # offsets are offsets into the original text
        assert text[a:b].lower() == text.lower()[a:b] or lexicon.lowered(text) is None
