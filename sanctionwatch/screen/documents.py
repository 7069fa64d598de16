"""Screening of running text: candidate names of people and organisations found in an article
(Latin, Hangul, Cyrillic script) are screened and reported with their character positions.

Candidates are runs of capitalised words (Latin, Cyrillic; with "of", "and", "&" and legal forms
inside a run) and runs of Hangul words with their case particles removed; every sub-span of a
run up to six words is screened through the indexed matcher and the best non-overlapping
matches are kept, so "the Foreign Trade Bank of the DPRK said" yields the bank's span only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sanctionwatch.screen.korean import strip_particle
from sanctionwatch.screen.match import Matcher, ScreenMatch, ScreenQuery

if TYPE_CHECKING:
    from sanctionwatch.store import Store

_WORD = re.compile(r"[^\W\d_][\w'’ʼ\-]*\.?|&|\d+", re.UNICODE)
_CONNECTORS = {"of", "the", "and", "&", "for", "de", "и", "по"}
_LEGAL = {
    "co.",
    "co",
    "ltd",
    "ltd.",
    "inc.",
    "inc",
    "llc",
    "corp.",
    "corp",
    "plc",
    "jsc",
    "ооо",
    "оао",
    "зао",
    "пао",
}
_CYR_ENDINGS = ("ом", "ой", "ым", "а", "у", "е", "ю", "я")
MAX_WORDS = 6


@dataclass(slots=True)
class TextMatch:
    start: int
    end: int
    text: str
    matches: list[ScreenMatch]

    def to_dict(self) -> dict[str, Any]:
        return {
            "span": [self.start, self.end],
            "text": self.text,
            "matches": [m.to_dict() for m in self.matches],
        }


def _is_hangul_word(w: str) -> bool:
    return all("\uac00" <= c <= "\ud7a3" for c in w)


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of words that may form a name: (start, end, word as screened)."""
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    last_end = 0
    for m in _WORD.finditer(text):
        w = m.group()
        gap = text[last_end : m.start()]
        broken = bool(cur) and (any(c in gap for c in '.;:!?()"«»“”\n') or "," in gap)
        if broken:
            runs.append(cur)
            cur = []
        if _is_hangul_word(w.rstrip(".")):
            w2 = strip_particle(w.rstrip("."))
            if cur and not _is_hangul_word(cur[-1][2]):
                runs.append(cur)
                cur = []
            cur.append((m.start(), m.start() + len(w2), w2))
        elif w[0].isupper() or (cur and (w.lower() in _CONNECTORS or w.lower() in _LEGAL)):
            if cur and _is_hangul_word(cur[-1][2]):
                runs.append(cur)
                cur = []
            word = w.rstrip(".") if w.lower() not in _LEGAL else w
            cur.append((m.start(), m.start() + len(word), word))
        else:
            if cur:
                runs.append(cur)
            cur = []
        last_end = m.end()
    if cur:
        runs.append(cur)
    out = []
    for r in runs:
        while r and r[-1][2].lower() in _CONNECTORS:
            r = r[:-1]
        while r and r[0][2].lower() in _CONNECTORS:
            r = r[1:]
        if r:
            out.append(r)
    return out


def _variants(words: list[str]) -> list[str]:
    """The span as written and, for Cyrillic, with a Russian case ending taken off the last word."""
    base = " ".join(words)
    out = [base]
    last = words[-1]
    if re.search(r"[\u0400-\u04FF]", last):
        for e in _CYR_ENDINGS:
            if last.lower().endswith(e) and len(last) - len(e) >= 2:
                out.append(" ".join([*words[:-1], last[: -len(e)]]))
                break
    return out


def screen_text(
    text: str,
    matcher: Matcher | None = None,
    *,
    store: Store | None = None,
    threshold: float | None = None,
) -> list[TextMatch]:
    """Names in ``text`` that match list entries, with character spans, in text order."""
    if matcher is None:
        if store is not None:
            from sanctionwatch.screen.lists import matcher_for

            matcher, _ = matcher_for(store)
        else:
            matcher = _bundled_matcher()
    th = matcher.calibration.threshold if threshold is None else threshold
    found: list[tuple[float, int, int, str, list[ScreenMatch]]] = []
    for run in _runs(text):
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + MAX_WORDS) + 1):
                words = [w for _, _, w in run[i:j]]
                if words[0].lower() in _CONNECTORS or words[-1].lower() in _CONNECTORS:
                    continue
                if j - i == 1 and not _is_hangul_word(words[0]) and not words[0].isupper():
                    continue  # one capitalised word alone is too weak a name
                best: list[ScreenMatch] = []
                for v in _variants(words):
                    ms = [m for m in matcher.score_query(ScreenQuery(v)) if m.score >= th]
                    if ms and (not best or ms[0].score > best[0].score):
                        best = ms
                if best:
                    start, end = run[i][0], run[j - 1][1]
                    found.append((best[0].score, start, end, text[start:end], best))
    found.sort(key=lambda f: (-f[0], -(f[2] - f[1]), f[1]))
    chosen: list[tuple[float, int, int, str, list[ScreenMatch]]] = []
    for f in found:
        if all(f[2] <= c[1] or f[1] >= c[2] for c in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: f[1])
    return [TextMatch(s, e, t, ms) for _, s, e, t, ms in chosen]


_BUNDLED: list[Matcher] = []


def _bundled_matcher() -> Matcher:
    if not _BUNDLED:
        from sanctionwatch.screen.lists import bundled_list_path
        from sanctionwatch.screen.unlist import parse_un_xml

        _BUNDLED.append(Matcher(parse_un_xml(bundled_list_path()).entities, version="bundled"))
    return _BUNDLED[0]
