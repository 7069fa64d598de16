"""Qualifiers of a number ("nearly 8,000", "up to 50 000", "3천여 명", "300多名").

The words are data (``claims/vocab/hedges.yaml``); this module compiles them into two anchored
regexes per language: one that must END right before the number, one that must START right after it.
"""

from __future__ import annotations

import functools
import re

from sanctionwatch.claims import lexicon

# Precedence when two qualifiers could apply: a bound is more informative than "approx".
QUALIFIERS = ("at_least", "at_most", "more_than", "less_than", "approx", "exact")


@functools.cache
def _before(lang: str) -> re.Pattern[str]:
    """Matched against the REVERSED text before the number: the hedge must touch the number
    (spaces allowed, and "of" in English). Not "the": "close to the 13,221 recorded last year",
    "more than the 2,000 of 2023" set a figure against a known one, which stays exact."""
    data = lexicon.load("hedges").get("before", {}).get(lang) or {}
    alts = []
    for q in QUALIFIERS:
        words = [str(w) for w in data.get(q) or []]
        if words:
            alts.append(f"(?P<{q}>{lexicon.reversed_alternation(words, lang, stem=False)})")
    if not alts:
        return re.compile(r"(?!x)x")
    # (ru: «оценивает … примерно в 10 тыс.»: the hedge, then «в» and the amount)
    sep = {
        "en": r"[\s\u00a0]*(?:fo\s+)?",
        "ru": r"[\s\u00a0]*(?:в[\s\u00a0]+)?",
    }.get(lang, r"[\s\u00a0]*")
    return re.compile(sep + "(?:" + "|".join(alts) + ")", re.IGNORECASE)


@functools.cache
def _after(lang: str) -> re.Pattern[str]:
    data = lexicon.load("hedges").get("after", {}).get(lang) or {}
    alts = []
    for q in ("more_than", "at_least", "at_most", "less_than", "approx"):
        words = [str(w) for w in data.get(q) or []]
        if words:
            if lang in lexicon.SPACED:
                alt = lexicon.alternation(words, lang, stem=False)
            else:
                alt = (
                    "(?:"
                    + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                    + ")"
                )
            alts.append(f"(?P<{q}>{alt})")
    if not alts:
        return re.compile(r"(?!x)x")
    # After the number: optional space, an optional counter (명/名/人/人次), then the hedge word
    # ("2100人次左右": about 2,100 entries; "60% 가까이", "60%左右": a share's hedge stands
    # after its percent sign; "5억 달러 이상": so does a sum's after its currency; "六成以上": a
    # share's in tenths after its 成).
    counter = ""
    if lang in ("ko", "zh"):
        counter = r"(?:\s?(?:명|名|人次|人|명의|건|%|％|成|퍼센트|프로|달러|美元|美金)\s?)?"
    return re.compile(r"[\s\u00a0]*" + counter + "(?:" + "|".join(alts) + ")", re.IGNORECASE)


def qualifier_before(prefix: str, lang: str) -> str | None:
    """The qualifier whose word ends ``prefix`` (the text right before a number), else None."""
    m = _before(lang).match(prefix[-40:][::-1])
    return m.lastgroup if m else None


def qualifier_after(suffix: str, lang: str) -> str | None:
    """The qualifier whose word starts ``suffix`` (the text right after a number), else None."""
    m = _after(lang).match(suffix[:20])
    return m.lastgroup if m else None


def qualify(sentence: str, start: int, end: int, lang: str, *, vague: bool = False) -> str:
    """The contract's ``qualifier`` for the number at ``sentence[start:end]``.

    A word after the number ("or more", "여", "多") is read before one in front ("about"), since it
    states the bound (but a bound in front beats a mere "about" after it); "vague" amounts
    ("thousands of") stay vague.
    """
    if vague:
        return "vague"
    after = qualifier_after(sentence[end:], lang)
    before = qualifier_before(sentence[:start], lang)
    if after == "approx" and before in ("at_least", "at_most", "more_than", "less_than"):
        # "많아야 300명 수준", "最多300人左右": the bound in front says more than the "about"
        # after (see QUALIFIERS)
        return before
    if after:
        return after
    if before:
        return before
    distant = qualifier_distant(sentence[:start], lang)
    if distant:
        return distant
    return "exact"


@functools.cache
def _distant(lang: str) -> re.Pattern[str] | None:
    """A bound word a few words before the number in the same clause ("最多可能再派遣2万名")."""
    data = lexicon.load("hedges").get("distant_before", {}).get(lang) or {}
    alts = []
    for q in ("at_most", "at_least"):
        words = [str(w) for w in data.get(q) or []]
        if words:
            alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            alts.append(f"(?P<{q}>{alt})")
    if not alts:
        return None
    # The bound word, not an adjective ("最多的"), then at most 12 characters with no digit,
    # numeral or clause break before the number.
    gap = r"(?!的)[^0-9０-９一二三四五六七八九十百千万萬亿億两兩,，。;；:：!！?？、]{1,12}$"
    return re.compile("(?:" + "|".join(alts) + ")" + gap)


def qualifier_distant(prefix: str, lang: str) -> str | None:
    """A bound stated a few words before the number with nothing countable between (zh only
    for now: data in ``distant_before``)."""
    pat = _distant(lang)
    if pat is None:
        return None
    m = pat.search(prefix[-30:])
    return m.lastgroup if m else None
