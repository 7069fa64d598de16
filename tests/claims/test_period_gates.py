"""The period readers' gates: one pass must open every gate whose words the sentence holds.

``periods._gates`` finds the open gates with one alternation and ``finditer``; a gate whose
words can sit inside another gate's match would be shadowed and its reader silently skipped
(this happened once). These tests build sentences out of words of several gates and check the
single pass against a separate search per gate.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctionwatch.claims import periods

LANGS = ("en", "ru", "ko", "zh")


def _gate_sources(lang: str) -> list[str]:
    return sorted({g for g in periods._GATES[lang].values() if g != r"\d"})


def _open_by_one_pass(lang: str, text: str) -> set[str]:
    rx, gate_of = periods._gates(lang)
    found = {m.lastgroup for m in rx.finditer(text)}
    return {h for h, g in gate_of.items() if g in found}


def _open_by_each(lang: str, text: str) -> set[str]:
    return {
        h
        for h, g in periods._GATES[lang].items()
        if g != r"\d" and re.search(g, text, re.IGNORECASE)
    }


@st.composite
def _sentences(draw: st.DrawFn, lang: str) -> str:
    gates = _gate_sources(lang)
    picked = draw(st.lists(st.sampled_from(gates), min_size=1, max_size=4))
    words = [draw(st.from_regex(re.compile(g, re.IGNORECASE), fullmatch=True)) for g in picked]
    glue = draw(st.sampled_from(["", " ", "-", " и ", " of ", "년 ", "的"]))
    return glue.join(words)


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_one_pass_opens_every_gate_a_separate_search_opens(lang: str, data: st.DataObject) -> None:
    text = data.draw(_sentences(lang))
    assert _open_by_each(lang, text) <= _open_by_one_pass(lang, text), text


@pytest.mark.parametrize(
    ("lang", "text", "handler"),
    [
        ("en", "in the first half of the year to date", "half"),
        ("en", "in the first half of the year to date", "ytd"),
        ("ru", "с начала года по сентябрь", "ytd"),
        ("ru", "с начала года по сентябрь", "mrange"),
        ("ko", "1분기부터 3월까지", "quarter"),
        ("ko", "1분기부터 3월까지", "firstn"),
        ("zh", "上半年1至9月", "half"),
        ("zh", "上半年1至9月", "mrange"),
    ],
)
def test_gates_of_two_readers_open_together(lang: str, text: str, handler: str) -> None:
    assert handler in _open_by_one_pass(lang, text)
