"""What a number in a sentence is about: counted noun (unit), purpose, countries, attribution.

Each reader is a pure function over a sentence (or one clause of it) and a position; the word
lists are data in ``claims/vocab/`` (units, purposes, places, attributions, filters).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sanctionwatch.claims import lexicon


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    key: str  # unit name, purpose, country code or canonical attribution
    role: str = ""  # places: "people" (nationals: origin), "name" or "place"


def _grouped(table: dict[str, list[str]], lang: str, prefix: str, *, stem: bool = True) -> str:
    alts = []
    for i, words in enumerate(table.values()):
        if words:
            alts.append(f"(?P<{prefix}{i}>{lexicon.alternation(words, lang, stem=stem)})")
    return "|".join(alts) if alts else r"(?!x)x"


@functools.cache
def _units(lang: str) -> tuple[re.Pattern[str], list[str], dict[str, str | None]]:
    data = lexicon.load("units")
    table = {k: lexicon.terms(v, lang) for k, v in data.items()}
    purposes = {k: (v.get("purpose") if isinstance(v, dict) else None) for k, v in data.items()}
    return re.compile(_grouped(table, lang, "u"), re.IGNORECASE), list(table), purposes


@functools.cache
def _purposes(lang: str) -> tuple[re.Pattern[str], list[str]]:
    data = lexicon.load("purposes")
    table = {k: lexicon.terms(v, lang) for k, v in data.items()}
    return re.compile(_grouped(table, lang, "p"), re.IGNORECASE), list(table)


@functools.cache
def _places(lang: str) -> tuple[re.Pattern[str], list[tuple[str, str]]]:
    data = lexicon.load("places")
    keys: list[tuple[str, str]] = []
    alts: list[str] = []
    # nationals first: "North Koreans" must win over the country name "North Korea"
    for role, field in (("people", "people"), ("place", "places"), ("name", "names")):
        for code, entry in data.items():
            words = lexicon.terms(entry.get(field) or {}, lang)
            if words:
                alts.append(f"(?P<g{len(keys)}>{lexicon.alternation(words, lang)})")
                keys.append((str(code), role))
    src = "|".join(alts) if alts else r"(?!x)x"
    # Latin acronyms (DPRK, FSB) must match in capitals only; the rest case-insensitively is fine.
    return re.compile(src, re.IGNORECASE), keys


@functools.cache
def _attributions(lang: str) -> tuple[re.Pattern[str], list[str]]:
    data = lexicon.load("attributions")
    table = {
        k: lexicon.terms(v, lang) + (lexicon.terms(v, "en") if lang != "en" else [])
        for k, v in data.items()
    }
    return re.compile(_grouped(table, lang, "a"), re.IGNORECASE if lang != "en" else 0), list(table)


def _scan(rx: re.Pattern[str], names: list[str], text: str, offset: int = 0) -> list[Mention]:
    out = []
    for m in rx.finditer(text):
        g = m.lastgroup
        if g is None:
            continue
        out.append(Mention(m.start() + offset, m.end() + offset, names[int(g[1:])]))
    return out


def units_in(sentence: str, lang: str) -> list[Mention]:
    rx, names, _ = _units(lang)
    return _scan(rx, names, sentence)


def unit_purpose(unit: str, lang: str) -> str | None:
    return _units(lang)[2].get(unit)


def purposes_in(sentence: str, lang: str) -> list[Mention]:
    rx, names = _purposes(lang)
    return _scan(rx, names, sentence)


def places_in(sentence: str, lang: str) -> list[Mention]:
    rx, keys = _places(lang)
    out = []
    for m in rx.finditer(sentence):
        g = m.lastgroup
        if g is None:
            continue
        code, role = keys[int(g[1:])]
        out.append(Mention(m.start(), m.end(), code, role))
    return out


def attributions_in(sentence: str, lang: str) -> list[Mention]:
    rx, names = _attributions(lang)
    return _scan(rx, names, sentence)


@functools.cache
def _filters(lang: str) -> dict[str, re.Pattern[str]]:
    data = lexicon.load("filters")
    ref = lexicon.alternation(
        lexicon.terms(data.get("reference_before", {}), lang), lang, stem=lang == "ru"
    )
    after_terms = lexicon.terms(data.get("not_counted_after", {}), lang)
    if lang in lexicon.SPACED:
        after = lexicon.alternation(after_terms, lang, stem=lang == "ru")
        after_src = r"^[\s\u00a0-]*" + after
    else:
        after = (
            "(?:" + "|".join(re.escape(t) for t in sorted(after_terms, key=len, reverse=True)) + ")"
        )
        after_src = r"^\s?" + after
    flow = lexicon.alternation(lexicon.terms(data.get("not_a_flow", {}), lang), lang)
    return {
        "ref": re.compile(ref + r"[\s\u00a0]*(?:No\.?|№|#)?[\s\u00a0]*$", re.IGNORECASE),
        "after": re.compile(after_src, re.IGNORECASE),
        "flow": re.compile(flow, re.IGNORECASE),
    }


def is_reference(prefix: str, lang: str) -> bool:
    """True when the text before a number makes it a reference ("resolution 2397", "제8조")."""
    return bool(_filters(lang)["ref"].search(prefix[-30:]))


def not_counted_after(suffix: str, lang: str) -> bool:
    """True when the word after a number counts time, distance or things, not people or money."""
    return bool(_filters(lang)["after"].match(suffix[:30]))


def not_a_flow(clause: str, lang: str) -> bool:
    return bool(_filters(lang)["flow"].search(clause))


def scope_origins() -> frozenset[str]:
    data = lexicon.load("filters")
    return frozenset(str(x) for x in (data.get("scope", {}) or {}).get("origins") or [])


# Attribution phrases when no known agency is named: the words after "according to".
_ATTR_RAW = {
    "en": re.compile(
        r"(?:according to|data from|figures from|statistics from|cited by|citing)\s+(?:the\s+)?"
        r"(?P<a>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.&-]*){0,5})"
        r"|^(?:The\s+)?(?P<s>[A-Z][\w’'.&-]*(?:\s+[A-Za-z][\w’'.&-]*){0,3}?)\s+"
        r"(?:reported|said|says|estimates?|estimated|believes?|received information|claims?|announced|stated|told)\b"  # noqa: E501
    ),
    "ru": re.compile(
        r"(?:по данным|по информации|по сведениям|согласно данным|как сообщ\w+|сообщил\w*\s+в)\s+"
        r"(?P<a>[«\"]?[А-ЯЁA-Z][\w«»\"-]*(?:\s+[\w«»\"-]+){0,3})"
    ),
    "ko": re.compile(
        r"(?P<a>[\w()]+(?:\s[\w()]+){0,2}?)\s*(?:에\s*따르면|에 의하면|은\s*밝혔|는\s*밝혔)"
    ),
    "zh": re.compile(
        r"(?:据|據|根据|根據)(?P<a>[\u4e00-\u9fff]{2,12}?)(?:显示|顯示|报道|報導|称|稱|统计|統計|数据|數據)"
    ),
}


def attribution(sentence: str, lang: str) -> str | None:
    """Who the sentence attributes its figures to: a known agency's canonical name when one is
    named, else the phrase after "according to" / "по данным" / "…에 따르면" / "据…"."""
    known = attributions_in(sentence, lang)
    if known:
        order = list(lexicon.load("attributions"))
        return min(known, key=lambda m: order.index(m.key)).key
    m = _ATTR_RAW[lang].search(sentence)
    if not m:
        return None
    raw = m.group("a") if m.groupdict().get("a") else m.groupdict().get("s")
    if not raw:
        return None
    raw = raw.strip(" «»\"'()")
    # a country named as the source ("Ukraine reported", "Japan received information")
    return raw or None
