"""Sentence and clause boundaries: the exact spans a figure's sentence and clause are read in."""

from __future__ import annotations

import re

from sanctionwatch.claims.nouns import (
    _CLAUSE,
)

# Sentence ends: [.!?] + space + a capital/digit/quote/CJK start, or a CJK full stop, or a newline.
# A lower-case start after a dot is an abbreviation ("г. на стройках", "тыс. человек").
# The stop is matched (not looked behind at) so that the engine skips straight to stops and
# newlines; the sentence is cut after group "p" (or at a newline).
_SENT_END = re.compile(
    r"(?=[.!?…。！？\n])"  # a leading character set lets the engine skip to candidates
    # (a bullet may open the next sentence: "… in 2024. * STUDY: …"; so may an interview's
    # dash: "— Сколько их? — Около тысячи. — А студентов?")
    r"(?:(?P<p>[.!?…])[\"'»”’)\]]*\s+(?=(?:[*•]\s*|[—–]\s+)?[\"'«“„(\[]?[A-ZА-ЯЁ0-9\u3131-\ud7a3\u4e00-\u9fff])"
    r"|(?P<q>[。！？])[\"'」』”’)]*\s*"
    r"|\n\s*)"
)
_ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|No|Nos|para|paras|art|sec|vol|fig|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Col|Lt|Sgt|Gov|Sen|Rep|approx|ca|p|pp|г|гг|ул|просп|пер|наб|тыс|млн|млрд|ст|п|им|т\.е|т\.д|т\.п|др)"
    r"|\b[A-ZА-ЯЁ])\.$"
)
_AMOUNT_ABBREV = re.compile(r"(?<!\w)(?:тыс|млн|млрд)\.$")
_SENTENCE_WORD = re.compile(r"[«\"]?[А-ЯЁA-Z](?:[а-яёa-z]|\s)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` over ``text``, trimmed of surrounding whitespace."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        s, e = m.span()
        stop = text[s]
        cut = s if stop == "\n" else s + 1  # after the full stop; at a newline
        if cut <= start:
            continue
        if (
            stop == "."
            and not text[cut:e].strip()
            and "\n" not in text[cut:e]  # «около 3 тыс.» at a line's end still ends it
            and _ABBREV.search(text[max(start, cut - 12) : cut])
            and not (
                # «почти 3 тыс. При этом …»: after an amount, a capitalised word (not an
                # acronym such as «КНДР») opens the next sentence
                _AMOUNT_ABBREV.search(text, max(start, cut - 6), cut)
                and _SENTENCE_WORD.match(text, e)
            )
        ):
            continue  # "U.S. troops", "No. 5": not a sentence end
        _trimmed(text, start, cut, out)
        start = e
    if start < len(text):
        _trimmed(text, start, len(text), out)
    return out


def _trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


def _clauses(sentence: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _CLAUSE.finditer(sentence):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(sentence)))
    if len(out) >= 3 and _SHARE_ASIDE_GATE.search(sentence):
        # "2,316 trips, or 56% of the total, were for study", «2 316 поездок, или 56% от общего
        # числа, — пришлось на учебу»: the figure's share set off by commas does not end its
        # clause (the purpose after it is the figure's)
        k = 1
        while k < len(out) - 1:
            if _SHARE_ASIDE.fullmatch(sentence, *out[k]):
                out[k - 1 : k + 2] = [(out[k - 1][0], out[k + 1][1])]
            else:
                k += 1
    if len(out) >= 3 and _ASIDE_OPENS.search(sentence):
        # «Трудовых мигрантов из КНДР, по оценке экспертов, въехало 12 тыс.», "Study entries,
        # according to the FSB, reached 3,765": an attribution set off by commas inside a
        # clause does not end it
        k = 1
        while k < len(out) - 1:
            a, b = out[k]
            if (
                _ASIDE_OPENS.match(sentence, a)
                and not _NUMBER_IN.search(sentence, a, b)
                # (not before a clause of its own: ", according to the ministry, which has
                # pledged to double that number")
                and not _OWN_CLAUSE_OPENS.match(sentence, out[k + 1][0])
            ):
                out[k - 1 : k + 2] = [(out[k - 1][0], out[k + 1][1])]
            else:
                k += 1
    return out


_SHARE_ASIDE_GATE = re.compile(r"(?:,\s*(?:или|or|i\.e\.|т\.\s?е\.)\s)", re.I)
_SHARE_ASIDE = re.compile(
    r"\s*(?:или|or|i\.e\.|т\.\s?е\.)\s+(?:(?:около|почти|более|свыше|about|almost|nearly|"
    r"roughly|some|over|more\s+than)\s+)?\d[\d.,]*\s?(?:%|процент\w*|percent|per\s?cent)"
    r"(?:\s+(?:от\s+)?(?:общего\s+числа|всех|of\s+(?:the\s+)?(?:total|all)(?:\s+\w+)?))?\s*",
    re.I,
)
_OWN_CLAUSE_OPENS = re.compile(
    r"\s*(?:which|who|whose|that|while|whereas|and|but|as|when|где|котор\w+|что|а|но|и|когда)\b",
    re.I,
)
_ASIDE_OPENS = re.compile(
    r"\s*(?:по\s+(?:оценк\w+|данным|словам|информации|сведениям|подсчетам|подсчётам)|"
    r"according\s+to|as\s+(?:\w+\s+){1,3}(?:said|reported|estimated?))\b",
    re.I,
)


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b or (pos == b and b == clauses[-1][1]):
            return a, b
    return clauses[-1]


_NUMBER_IN = re.compile(r"\d")
