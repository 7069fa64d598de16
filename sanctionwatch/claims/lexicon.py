"""Claim-extraction vocabulary: ``claims/vocab/*.yaml`` loaded once, word lists made regexes.

Nothing is read at import time; every loader is cached, so the first extraction pays for it once.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import yaml

LANGS = ("en", "ru", "ko", "zh")
# en/ru are written with spaces and inflect: their entries are stems matched at a word start.
# ko/zh entries are substrings (Korean particles glue onto nouns; Chinese has no spaces).
SPACED = frozenset({"en", "ru"})


class VocabError(ValueError):
    """A vocabulary file is malformed: fix the named file and key."""


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``claims/vocab/<name>.yaml``; raises VocabError naming the file when malformed."""
    path = resources.files("sanctionwatch.claims").joinpath(f"vocab/{name}.yaml")
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as e:
        raise VocabError(f"claims/vocab/{name}.yaml: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise VocabError(f"claims/vocab/{name}.yaml: expected a mapping at the top level")
    return data


def term_pattern(term: str, lang: str, *, stem: bool = True) -> str:
    """Regex source for one vocabulary term.

    en/ru: each word is a stem (``учеб`` matches «учебы») unless ``stem`` is False, and the term
    starts at a word start; spaces match any run of spaces. ko/zh: the term itself, spaces optional.
    """
    term = str(term).strip()
    if lang in SPACED:
        words = term.split()
        parts = []
        for i, w in enumerate(words):
            p = re.escape(w)
            last = i == len(words) - 1
            if stem:
                p += r"\w*"
            elif last and w[-1:].isalnum():
                p += r"(?!\w)"
            parts.append(p)
        src = r"\s+".join(parts)
        if term[:1].isalnum():
            src = r"(?<!\w)" + src
        return src
    return r"\s*".join(re.escape(w) for w in term.split())


def alternation(terms: list[str], lang: str, *, stem: bool = True) -> str:
    """One alternation of terms, longest first so that "more than" wins over "more"."""
    uniq = sorted({str(t) for t in terms if str(t).strip()}, key=len, reverse=True)
    if not uniq:
        return r"(?!x)x"  # matches nothing
    return "(?:" + "|".join(term_pattern(t, lang, stem=stem) for t in uniq) + ")"


def terms(data: dict[str, Any], lang: str) -> list[str]:
    """The list under ``data[lang]`` (missing or null -> empty)."""
    v = data.get(lang) if isinstance(data, dict) else None
    return [str(x) for x in v] if isinstance(v, list) else []
