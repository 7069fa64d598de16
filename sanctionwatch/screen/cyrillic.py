"""Cyrillic to Latin for Korean names as Russian media write them (Ким Чен Ын -> Kim Jong Un).

Hand-written: general transliterators (ICU, rigour's ascii_text) apply Russian rules (Чен -> Chen,
Ын -> Yn) that no romanized list uses. Russian renders Korean by the Kontsevich system and an
older tradition: ㅓ as о or е (정 Чон/Чен), ㅡ as ы (은 Ын), final ㅇ as н (정 Чон), final ㄹ as
ль or р (일 Иль/Ир), aspirates as чх/кх/тх/пх. Each ambiguous letter yields both readings.
"""

from __future__ import annotations

import re
from itertools import product

_CYR = re.compile(r"[\u0400-\u04FF]")
# Russian writes ㅘ/ㅝ/ㅙ after a consonant with в (Хван, Чхве): read it as w.
_W_AFTER_CONSONANT = re.compile(r"([bcdfghjklmnpqrstxz])v")

# Multi-letter groups first; values are alternatives.
_GROUPS: list[tuple[str, list[str]]] = [
    ("чх", ["ch"]),
    ("кх", ["k"]),
    ("тх", ["t"]),
    ("пх", ["p"]),
    ("чж", ["j"]),
    ("дж", ["j"]),
    ("ль", ["l"]),
    ("нь", ["n"]),
    ("ён", ["yon", "yong"]),
    ("ен", ["on", "en", "ong"]),
    ("ын", ["un"]),
    ("он", ["on", "ong"]),
    ("ан", ["an", "ang"]),
    ("ун", ["un", "ung"]),
    ("ян", ["yan", "yang"]),
    ("ю н", ["yun"]),
    ("ир", ["il"]),
    ("ий", ["i"]),
    ("ый", ["y"]),
    ("ой", ["oi"]),
    ("ей", ["ei"]),
    ("хв", ["hw"]),
    ("кв", ["kw"]),
    ("гв", ["gw"]),
    ("св", ["sw"]),
    ("шв", ["sw"]),
]
_LETTERS = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "u",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ў": "u",
    "ґ": "g",
}


def has_cyrillic(text: str) -> bool:
    return bool(_CYR.search(text))


def _word_variants(word: str) -> list[str]:
    w = word.lower()
    pieces: list[list[str]] = []
    i = 0
    if w.startswith(("во", "ва")):
        # 원 Вон, 왕 Ван: Russian writes the Korean w-glide with в.
        pieces.append(["w", "v"])
        i = 1
    while i < len(w):
        for g, alts in _GROUPS:
            if w.startswith(g, i):
                # "ен"/"ён"/"ын" are syllable-final only at a word end or before a consonant.
                nxt = w[i + len(g) : i + len(g) + 1]
                if (
                    g in ("ён", "ен", "ын", "он", "ан", "ун", "ян", "ир")
                    and nxt
                    and nxt in "аеёиоуыэюя"
                ):
                    continue
                pieces.append(alts)
                i += len(g)
                break
        else:
            c = w[i]
            pieces.append([_LETTERS.get(c, c)])
            i += 1
    out = [_W_AFTER_CONSONANT.sub(r"\1w", "".join(p)) for p in product(*pieces)]
    return list(dict.fromkeys(out))[:6]


def cyrillic_forms(text: str, limit: int = 16) -> list[tuple[str, str]]:
    """Latin readings of a Cyrillic name: ``[(latin, how)]``; the plain reading first."""
    words = text.split()
    per_word = [_word_variants(w) for w in words]
    forms = [" ".join(p).title() for p in product(*per_word)]
    forms = list(dict.fromkeys(forms))[:limit]
    return [(f, f"Cyrillic {text} read as {f}") for f in forms]
