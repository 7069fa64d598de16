"""Name normalisation: case, punctuation, hyphens, apostrophes, legal forms, abbreviations, tokens.

Generic text folding uses rigour (``ascii_text`` for scripts other than Hangul and Cyrillic,
``remove_org_types`` for legal forms in many languages); the organisation vocabulary sanctions
lists use (abbreviations, country words, inflections) is data in ``data/screen/name_terms.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml
from rigour.text import ascii_text

from sanctionwatch.screen.korean import fold

APOSTROPHES = "'’ʼ‘`´ʻ′"
_PAREN_RE = re.compile(r"\(([^)]*)\)")
_SPLIT_RE = re.compile(r"[^\w&/]+", re.UNICODE)
_QUOTES_RE = re.compile(r"[\"«»“”„]")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Country phrases folded to one token before tokenising, so that "of the Democratic People's
# Republic of Korea" counts as a single low-weight country word.
_COUNTRY_PHRASES = [
    (re.compile(r"\bdemocratic peoples? s? ?republic of korea\b"), " dprk "),
    (re.compile(r"\bnorth korea\b"), " dprk "),
    (re.compile(r"\bd ?p ?r ?k\b"), " dprk "),
    (re.compile(r"\bkorea dpr\b"), " dprk "),
]


@dataclass(frozen=True, slots=True)
class Terms:
    legal: frozenset[str]
    stop: frozenset[str]
    country: frozenset[str]
    replace: dict[str, tuple[str, ...]]
    lemma: dict[str, str]
    generic: frozenset[str]


@cache
def terms() -> Terms:
    text = (
        resources.files("sanctionwatch.data").joinpath("screen/name_terms.yaml").read_text("utf-8")
    )
    d = yaml.safe_load(text)
    return Terms(
        legal=frozenset(str(x) for x in d["legal_forms"]),
        stop=frozenset(str(x) for x in d["stopwords"]),
        country=frozenset(str(x) for x in d["country"]),
        replace={str(k): tuple(str(v).split()) for k, v in d["replace"].items()},
        lemma={str(k): str(v) for k, v in d["lemma"].items()},
        generic=frozenset(str(x) for x in d.get("generic") or ()),
    )


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


@lru_cache(maxsize=100_000)
def basic(text: str) -> str:
    """NFKC, apostrophes and quotes removed, spaces collapsed: the form for exact matches."""
    t = unicodedata.normalize("NFKC", text)
    for a in APOSTROPHES:
        t = t.replace(a, "")
    t = _QUOTES_RE.sub("", t)
    return " ".join(t.lower().split())


def latin(text: str) -> str:
    """Lower-case ASCII with breves and accents dropped; other scripts transliterated by rigour."""
    t = basic(text)
    if not t.isascii():
        # Accents and breves (McCune–Reischauer ŏ, ŭ) come off cheaply; rigour transliterates
        # whatever other script remains (Chinese, Greek, ...).
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
        if not t.isascii():
            t = ascii_text(t) or t
    return t.lower()


def split_bracketed(text: str) -> tuple[str, list[str]]:
    """``FOREIGN TRADE BANK (FTB)`` -> (``FOREIGN TRADE BANK``, [``FTB``])."""
    inner = [m.strip() for m in _PAREN_RE.findall(text) if m.strip()]
    outer = " ".join(_PAREN_RE.sub(" ", text).split())
    return outer, inner


def person_tokens(text: str) -> tuple[list[str], int | None]:
    """Tokens of a personal name (hyphens split syllables), and the family-name position
    when a comma gives it.

    ``KANG, Mun-kil`` -> (["kang", "mun", "kil"], 0): a comma puts the family name first.
    """
    t = latin(text)
    family_at: int | None = None
    if "," in t:
        head, _, tail = t.partition(",")
        head_toks = [x for x in _SPLIT_RE.split(head.replace("-", " ")) if x]
        tail_toks = [x for x in _SPLIT_RE.split(tail.replace("-", " ")) if x]
        if len(head_toks) == 1 and tail_toks:
            return [fold(x) for x in head_toks + tail_toks if fold(x)], 0
        t = head + " " + tail
    toks = [fold(x) for x in _SPLIT_RE.split(t.replace("-", " ")) if x]
    return [x for x in toks if x], family_at


@dataclass(frozen=True, slots=True)
class OrgToken:
    text: str  # normalised word (after replacements and lemmas)
    role: str  # "word", "legal", "country", "stop"


@lru_cache(maxsize=100_000)
def org_tokens(text: str) -> tuple[OrgToken, ...]:
    """Tokens of an organisation name: abbreviations expanded, inflections folded, roles marked."""
    tm = terms()
    t = latin(text).replace("&", " and ")
    t = re.sub(r"(?<=\w)-(?=\w)", "", t)  # Dae-Dong, PRO-GAIN: one word
    t = t.replace("j/v", " jv ")
    t = " " + re.sub(r"[^\w/#]+", " ", t) + " "
    for pat, rep in _COUNTRY_PHRASES:
        t = pat.sub(rep, t)
    out: list[OrgToken] = []
    for raw in t.split():
        for w in tm.replace.get(raw, (raw,)):
            w = tm.lemma.get(w, w)
            if w in tm.stop:
                role = "stop"
            elif w in tm.legal:
                role = "legal"
            elif w in tm.country:
                role = "country"
            else:
                role = "word"
            out.append(OrgToken(w, role))
    return tuple(out)


def clean_display(text: str) -> str:
    """Whitespace-collapsed original, for output."""
    return " ".join(text.split())
