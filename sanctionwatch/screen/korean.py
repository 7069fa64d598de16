"""Korean names: Hangul, romanization (Revised, McCune–Reischauer, DPRK) and phonetic keys.

Hand-written because no well-kept library covers what screening needs here: rigour and ICU
transliterate Hangul to one romanization only, and none knows the DPRK conventions (initial ㄹ
kept as R: 리 Ri where the South writes 이 Yi/Lee), nor folds the dozen Latin spellings of a
syllable (Chol/Ch'ŏl/Cheol/Chul) into one key. The tables follow the published systems: Revised
Romanization (ROK Ministry of Culture, 2000), McCune–Reischauer (1939) and the DPRK's 2002 system.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

_SBASE, _SLAST = 0xAC00, 0xD7A3
_N_MEDIAL, _N_FINAL = 21, 28

# Initial consonants: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
_INITIAL_RR = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_INITIAL_MR = [
    "k",
    "kk",
    "n",
    "t",
    "tt",
    "r",
    "m",
    "p",
    "pp",
    "s",
    "ss",
    "",
    "ch",
    "tch",
    "ch'",
    "k'",
    "t'",
    "p'",
    "h",
]
_INITIAL_DPRK = [
    "k",
    "kk",
    "n",
    "t",
    "tt",
    "r",
    "m",
    "p",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "kh",
    "th",
    "ph",
    "h",
]
# Vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
_MEDIAL_RR = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_MEDIAL_MR = [
    "a",
    "ae",
    "ya",
    "yae",
    "ŏ",
    "e",
    "yŏ",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wŏ",
    "we",
    "wi",
    "yu",
    "ŭ",
    "ŭi",
    "i",
]
_MEDIAL_DPRK = [
    "a",
    "ae",
    "ya",
    "yae",
    "o",
    "e",
    "yo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "u",
    "ui",
    "i",
]
# Finals: (none) ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
_FINAL = [
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]

SYSTEMS = ("rr", "mr", "dprk")


def is_hangul(ch: str) -> bool:
    return _SBASE <= ord(ch) <= _SLAST


def has_hangul(text: str) -> bool:
    return any(is_hangul(c) for c in text)


def decompose(syllable: str) -> tuple[int, int, int]:
    """Indexes (initial, medial, final) of one Hangul syllable."""
    code = ord(syllable) - _SBASE
    return (
        code // (_N_MEDIAL * _N_FINAL),
        (code % (_N_MEDIAL * _N_FINAL)) // _N_FINAL,
        code % _N_FINAL,
    )


def romanize_syllable(syllable: str, system: str = "rr", word_initial: bool = False) -> str:
    """One syllable; DPRK usage keeps initial ㄹ as R, the others drop it word-initially."""
    if not is_hangul(syllable):
        return syllable
    i, m, f = decompose(syllable)
    if system == "rr":
        ini, med = _INITIAL_RR[i], _MEDIAL_RR[m]
    elif system == "mr":
        ini, med = _INITIAL_MR[i], _MEDIAL_MR[m]
    elif system == "dprk":
        ini, med = _INITIAL_DPRK[i], _MEDIAL_DPRK[m]
    else:
        raise ValueError(f"unknown romanization system {system!r}; expected one of {SYSTEMS}")
    if word_initial and i == 5 and system != "dprk":
        # ROK spelling rule (두음법칙): word-initial ㄹ is dropped before i/y, read n elsewhere.
        ini = "" if med.startswith(("i", "y")) else "n"
    return ini + med + _FINAL[f]


def romanize(text: str, system: str = "rr", sep: str = "") -> str:
    """A Hangul word or phrase in one system (syllables joined by ``sep``)."""
    out: list[str] = []
    for word in text.split():
        syl = [romanize_syllable(c, system, word_initial=(k == 0)) for k, c in enumerate(word)]
        out.append(sep.join(syl))
    return " ".join(out)


# --- phonetic keys ------------------------------------------------------------------------
# A key folds the spellings of one Korean sound into one string: voicing (k/g, t/d, p/b, ch/j),
# aspiration marks, McCune–Reischauer breves, eo/ŏ/o, eu/ŭ/u, r/l, doubled letters. Applied to
# Latin names of any origin it is a loose phonetic code, which is what blocking and scoring need.
_KEY_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"tch|tsch|zh|ch|j|ts(?=[aeiouy])|z", "C"),
        (r"c", "k"),
        (r"q", "k"),
        (r"x", "ks"),
        (r"sh", "s"),
        (r"ph|f|v", "p"),
        (r"th", "t"),
        (r"kh", "k"),
        (r"g", "k"),
        (r"d", "t"),
        (r"b", "p"),
        (r"r", "l"),
        (r"eo", "o"),
        (r"wae|we|oi|oe", "0"),  # ㅚ ㅙ ㅞ all read [we]: Choe, Choi, Chwe
        (r"eu", "u"),
        (r"oo", "u"),
        (r"ou", "o"),
        (r"ee", "i"),
        (r"ui", "i"),
        (r"ae|ai", "e"),
        (r"yi", "i"),
        (r"(?<=[aeiou0])h(?=[^aeiouy0]|$)", ""),
        (r"(.)\1+", r"\1"),
        (r"0", "oe"),
        (r"C", "c"),
    ]
]

_FOLD_RE = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII letters and digits: accents, breves, apostrophes and hyphens removed."""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return _FOLD_RE.sub("", t)


@lru_cache(maxsize=200_000)
def key(token: str) -> str:
    """The phonetic key of one Latin token (already folded or not)."""
    k = fold(token)
    for pat, rep in _KEY_RULES:
        k = pat.sub(rep, k)
    return k


@lru_cache(maxsize=200_000)
def loose_key(token: str) -> str:
    """A looser key that also folds u into o (Chul/Chol, Kyung/Kyong, Sung/Song: ㅓ written u)."""
    return key(token).replace("u", "o")


# --- family names ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SurnameTable:
    by_latin: dict[str, frozenset[str]]  # key of a Latin spelling -> groups
    by_hangul: dict[str, str]  # Hangul -> group
    canonical: dict[str, str]  # group -> first Latin spelling

    def groups(self, token: str) -> frozenset[str]:
        return self.by_latin.get(key(token), frozenset())


@cache
def surnames() -> SurnameTable:
    """The surname variant table (data/screen/korean_surnames.csv), read once."""
    text = (
        resources.files("sanctionwatch.data")
        .joinpath("screen/korean_surnames.csv")
        .read_text("utf-8")
    )
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    by_latin: dict[str, set[str]] = {}
    by_hangul: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for row in csv.DictReader(lines):
        group = row["group"].strip()
        latin = [x.strip() for x in row["latin"].split(";") if x.strip()]
        canonical.setdefault(group, latin[0])
        for h in row["hangul"].split(";"):
            by_hangul[h.strip()] = group
        for spelling in latin:
            by_latin.setdefault(key(spelling), set()).add(group)
    return SurnameTable({k: frozenset(v) for k, v in by_latin.items()}, by_hangul, canonical)


# --- Hangul names ---------------------------------------------------------------------------
@cache
def terms() -> dict[str, Any]:
    """The Korean organisation vocabulary and particles (data/screen/korean_terms.yaml)."""
    text = (
        resources.files("sanctionwatch.data")
        .joinpath("screen/korean_terms.yaml")
        .read_text("utf-8")
    )
    data = yaml.safe_load(text)
    return {
        "hangul": {str(k): [str(x) for x in v] for k, v in data["hangul"].items()},
        "particles": [str(p) for p in data["particles"]],
    }


def hangul_person_forms(text: str) -> list[tuple[str, str]]:
    """Latin readings of a Hangul personal name: ``[(latin, how)]``, family name first.

    The family name is the first syllable (or two, for the two-syllable names in the table);
    the given name is written as one token so its syllables compare as one string.
    """
    word = "".join(text.split())
    if not word or not all(is_hangul(c) for c in word) or not 2 <= len(word) <= 5:
        return []
    table = surnames()
    splits = []
    if len(word) >= 3 and word[:2] in table.by_hangul:
        splits.append((word[:2], word[2:]))
    splits.append((word[:1], word[1:]))
    out: list[tuple[str, str]] = []
    for fam, given in splits:
        group = table.by_hangul.get(fam)
        fam_latin = table.canonical[group] if group else romanize(fam, "dprk")
        for system in ("dprk", "rr", "mr"):
            g = " ".join(romanize_syllable(c, system) for c in given)
            form = f"{fam_latin} {g}"
            if all(form != f for f, _ in out):
                out.append(
                    (form, f"Hangul {text} read as {form} ({system.upper()}; family name {fam})")
                )
    return out


def hangul_org_forms(text: str, limit: int = 24) -> list[tuple[str, str]]:
    """Latin readings of a Hangul organisation name: terms translated, the rest romanized."""
    vocab = terms()["hangul"]
    slots: list[list[str]] = []
    notes: list[str] = []
    for word in text.split():
        i = 0
        pending = ""
        while i < len(word):
            match = None
            for j in range(len(word), i, -1):
                piece = word[i:j]
                single_ok = j == len(word) and i > 0 and not pending
                if piece in vocab and (j - i > 1 or single_ok):
                    match = piece
                    break
            if match is None:
                pending += word[i]
                i += 1
                continue
            if pending:
                slots.append([romanize(pending, "rr")])
                pending = ""
            alts = list(vocab[match])
            slots.append(alts)
            notes.append(f"{match}={'/'.join(alts)}")
            i += len(match)
        if pending:
            slots.append([romanize(pending, "rr")])
    if not notes:
        return []
    forms = [""]
    for alts in slots:
        forms = [f"{f} {a}".strip() for f in forms for a in alts][:limit]
    how = "Hangul " + text + " read with " + ", ".join(notes)
    out = [(f, how) for f in forms]
    plain = romanize(text, "rr")
    out.append((plain, f"Hangul {text} romanized as {plain} (RR)"))
    return out


def strip_particle(word: str) -> str:
    """A Hangul word without a trailing case or topic particle (김정은은 -> 김정은)."""
    for p in terms()["particles"]:
        if word.endswith(p) and len(word) - len(p) >= 2:
            return word[: -len(p)]
    return word
