"""Claim-extraction vocabulary: ``claims/vocab/*.yaml`` loaded once, word lists made regexes.

Nothing is read at import time; every loader is cached, so the first extraction pays for it once.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from importlib import resources
from typing import Any

import yaml

LANGS = ("en", "ru", "ko", "zh")
_MISSING = object()
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


def lowered(text: str) -> str | None:
    """``text`` lower-cased when every character stays one character (offsets unchanged), else None.

    Python's regex engine cannot skip ahead on a case-insensitive pattern: it tries every
    alternative at every position. The same pattern written in lower case, run case-sensitively
    over lower-cased text, skips to the characters that can start a match, several times faster.
    A character that lower-cases to two ("İ") would shift offsets, so such text is matched with
    the case-insensitive pattern instead.
    """
    global _LAST_LOWERED
    last = _LAST_LOWERED  # one read: another thread may replace it meanwhile
    if last[0] is text:
        return last[1]  # the same sentence is asked about by several readers in turn
    low = text.lower()
    out = low if len(low) == len(text) else None
    _LAST_LOWERED = (text, out)
    return out


_LAST_LOWERED: tuple[str, str | None] = ("", "")


# Escapes, group names and inline flags: their letters are not literals of the text.
_NOT_LITERAL = re.compile(
    r"\\(?:[uU][0-9a-fA-F]+|N\{[^}]*\}|.)|\(\?P<\w+>|\(\?P=\w+\)|\(\?[a-zA-Z-]+:"
)


class Caseless:
    """A case-insensitive regex, run case-sensitively over lower-cased text when it can be.

    ``search``/``match``/``finditer`` take the original text and return matches whose offsets
    are offsets into it; the matched strings (``group()``) are lower-cased. A pattern that holds
    an upper-case literal (``Q[1-4]``, ``(?-i:Jan)``) cannot be run that way and keeps the
    case-insensitive form.
    """

    __slots__ = ("any", "low", "pattern")

    def __init__(self, src: str, flags: int = 0) -> None:
        self.pattern = src
        self.any = re.compile(src, flags | re.IGNORECASE)
        bare = _NOT_LITERAL.sub("", src)
        self.low = None if bare != bare.lower() else re.compile(src, flags)

    def pick(self, text: str) -> tuple[re.Pattern[str], str]:
        """(compiled pattern, text to run it over): for loops that search one text many times."""
        if self.low is not None:
            low = lowered(text)
            if low is not None:
                return self.low, low
        return self.any, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, t = self.pick(text)
        return rx.search(t, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, t = self.pick(text)
        return rx.match(t, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        rx, t = self.pick(text)
        return rx.finditer(t, pos, endpos)


def term_pattern(term: str, lang: str, *, stem: bool = True) -> str:
    """Regex source for one vocabulary term.

    en/ru: each word is a stem (``учеб`` matches «учебы») unless ``stem`` is False or the word
    ends in "!" ("раз!" is «раз», not «разрешения»), and the term starts at a word start; spaces
    match any run of spaces. ko/zh: the term itself, spaces optional.
    """
    term = str(term).strip()
    if lang in SPACED:
        words = term.split()
        parts = []
        for i, w in enumerate(words):
            last = i == len(words) - 1
            whole = len(w) > 1 and w.endswith("!")  # "раз!": the word itself, not a stem
            if whole:
                w = w[:-1]
            p = re.escape(w)
            if stem and not whole:
                p += r"\w*"
            elif (last or whole) and w[-1:].isalnum():
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


class TermMatcher:
    """Find vocabulary terms in text, fast, and say which key each belongs to.

    Hand-written because the terms are hundreds of stems in four scripts and a plain regex
    alternation of them is tried term by term at every position; a character trie turned into
    one regex lets the engine fail on the first character instead. en/ru terms are stems that
    start at a word start (unless ``stem`` is False: then they also end at a word end); ko/zh
    terms are substrings. Longer terms win ("military personnel" over "military").
    """

    _END = ""

    def __init__(
        self,
        terms: list[tuple[str, str]],
        lang: str,
        *,
        stem: bool = True,
        ignore_case: bool = True,
    ) -> None:
        self.lang = lang
        self.spaced = lang in SPACED
        self.stem = stem
        self.ignore_case = ignore_case
        trie: dict[str, Any] = {}
        for term, key in terms:
            node = trie
            for tok in self._tokens(term):
                node = node.setdefault(tok, {})
            node.setdefault(self._END, key)  # the first key given for a term wins
        self.trie = trie
        self._memo: dict[str, object] = {}
        body = self._pattern(trie)
        self.rx = re.compile(body, re.IGNORECASE if ignore_case else 0) if trie else None
        # the trie is lower case: over lower-cased text the case-sensitive form is the fast one
        self.rx_low = re.compile(body) if trie and ignore_case else None

    def _tokens(self, term: str) -> list[str]:
        t = " ".join(str(term).split())
        if self.ignore_case:
            t = t.lower()
        return [" " if c == " " else c for c in t]

    def _pattern(self, node: dict[str, Any]) -> str:
        alts = []
        for tok, child in sorted(
            ((k, v) for k, v in node.items() if k != self._END), key=lambda kv: kv[0]
        ):
            if tok == " ":
                # en/ru stems: every word of a term is a stem ("пограничн служб" matches
                # "пограничной службы"), as in term_pattern
                head = (r"\w*\s+" if self.stem else r"\s+") if self.spaced else r"\s*"
            else:
                head = re.escape(tok)
            alts.append(head + self._pattern(child) if child else head)
        if self._END in node:
            if self.spaced:
                alts.append(r"\w*" if self.stem else "(?!\\w)")
            else:
                alts.append("")
        if not alts:
            return ""
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    def _key(self, matched: str) -> str | None:
        key = self._memo.get(matched, _MISSING)
        if key is _MISSING:
            if len(self._memo) > 20_000:
                self._memo.clear()  # bounded: a corpus holds few distinct spellings of a term
            key = self._memo[matched] = self._walk(matched)
        return key  # type: ignore[return-value]

    def _walk(self, matched: str) -> str | None:
        s = " ".join(matched.split())
        if self.ignore_case:
            s = s.lower()
        if self.spaced and self.stem and " " in s:
            # every word of a term is a stem: "гражданам кндр" is "граждан кндр" even where
            # another term ("гражданами кндр") shares the longer prefix
            return self._walk_stems(self.trie, s.split(" "), 0)
        node = self.trie
        key = node.get(self._END)
        for c in s:
            nxt = node.get(c)
            if nxt is None and " " in node and not self.spaced:
                nxt = node[" "].get(c)  # ko/zh: the space inside a term is optional
            if nxt is None:
                break
            node = nxt
            if self._END in node:
                key = node[self._END]
        return key

    def _walk_stems(self, node: dict[str, Any], words: list[str], i: int) -> str | None:
        """The key of the term whose word stems begin the words ``words[i:]`` (longest first)."""
        path: list[dict[str, Any]] = []
        for c in words[i]:
            node = node.get(c)  # type: ignore[assignment]
            if node is None:
                break
            path.append(node)
        last = i == len(words) - 1
        for nd in reversed(path):
            if not last and " " in nd:
                key = self._walk_stems(nd[" "], words, i + 1)
                if key is not None:
                    return key
            if self._END in nd:
                return nd[self._END]  # a shorter term that ends inside the match
        return None

    def _scanner(self, text: str) -> tuple[str, re.Pattern[str] | None]:
        if self.rx_low is not None:
            low = lowered(text)
            if low is not None:
                return low, self.rx_low
        return text, self.rx

    def _scan(self, text: str, pos: int, endpos: int, first: bool) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        scan, rx = self._scanner(text)
        if rx is None:
            return out
        search = rx.search
        spaced = self.spaced
        while pos < endpos:
            m = search(scan, pos, endpos)
            if m is None:
                break
            a, b = m.span()
            if b == a:
                pos = a + 1
                continue
            if spaced and a > 0:
                prev, here = scan[a - 1], scan[a]
                if (prev.isalnum() or prev == "_") and (here.isalnum() or here == "_"):
                    pos = a + 1  # not at a word start
                    continue
            key = self._key(m.group())
            if key is not None:
                out.append((a, b, key))
                if first:
                    break
            pos = b
        return out

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every term in ``text``, left to right, not overlapping."""
        return self._scan(text, 0, len(text), False)

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> tuple[int, int, str] | None:
        """The first term in ``text[pos:endpos]`` as (start, end, key), or None."""
        end = len(text) if endpos is None else min(endpos, len(text))
        found = self._scan(text, pos, end, True)
        return found[0] if found else None


def reversed_alternation(terms: list[str], lang: str, *, stem: bool) -> str:
    """Regex source that matches, on REVERSED text, a term that ends the original text.

    Python's regexes cannot match backwards, and "is this number preceded by 'about' /
    'resolution'?" asked with a ``...$`` search tries every term at every position; matching the
    reversed prefix at its start tries them once.
    """
    alts = []
    for t in sorted({str(x) for x in terms if str(x).strip()}, key=len, reverse=True):
        words = t.split()
        parts = [
            (r"\w*" if stem and w[-1:].isalnum() else "") + re.escape(w[::-1])
            for w in reversed(words)
        ]
        src = (r"\s+" if lang in SPACED else r"\s*").join(parts)
        if lang in SPACED and t[:1].isalnum():
            src += r"(?!\w)"  # the term starts at a word start in the original text
        alts.append(src)
    return "(?:" + "|".join(alts) + ")" if alts else r"(?!x)x"
