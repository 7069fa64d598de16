"""The name matcher: per-feature, explainable scores of a query against list entries, with an index.

``Matcher`` is built once from a list version's entities and holds only plain data, so it can
be pickled and shipped to worker processes. Scoring is a weighted list of small features, each
returning a number and a sentence (family name, given name, syllables, organisation words, alias
quality, date of birth, nationality); the raw score is mapped to a calibrated probability by a
logistic (Platt) curve fitted on a synthetic set generated from list names by variant rules
(see ``screen/calibrate.py`` and ``data/screen/calibration.yaml``).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations
from typing import Any

import yaml
from rapidfuzz.distance import Levenshtein

from sanctionwatch.model.entity import (
    ORGANIZATION,
    PERSON,
    QUALITY_FORMER,
    QUALITY_LOW,
    QUALITY_PRIMARY,
    ListedEntity,
)
from sanctionwatch.screen.cyrillic import cyrillic_forms, has_cyrillic
from sanctionwatch.screen.korean import (
    hangul_org_forms,
    hangul_person_forms,
    has_hangul,
    key,
    loose_key,
    surnames,
)
from sanctionwatch.screen.normalize import basic, org_tokens, person_tokens, split_bracketed
from sanctionwatch.screen.normalize import terms as name_terms

# How much each alias quality is trusted (the UN marks weak aliases "Low").
QUALITY_WEIGHT = {QUALITY_PRIMARY: 1.0, "good": 1.0, QUALITY_FORMER: 0.98, QUALITY_LOW: 0.9}
CANDIDATES = 8  # entries fully scored per query name after blocking
GENERIC_WEIGHT = 0.35  # ceiling for generic organisation words (data/screen/name_terms.yaml)


@dataclass(frozen=True, slots=True)
class ScreenQuery:
    """A name to screen, with optional supporting facts."""

    name: str
    birth_date: str | None = None  # YYYY or YYYY-MM-DD
    nationality: str | None = None  # ISO alpha-2 or a country name
    kind: str | None = None  # "person", "organization" or None (unknown)


@dataclass(frozen=True, slots=True)
class Feature:
    """One piece of evidence: a name, a value in [0, 1] (or a log-odds shift) and a sentence."""

    name: str
    value: float
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"feature": self.name, "value": round(self.value, 3), "detail": self.detail}


@dataclass(slots=True)
class ScreenMatch:
    ref: str
    name: str  # the entry's primary name
    matched_name: str  # the list name (primary or alias) that matched
    quality: str
    score: float  # calibrated probability that the query names this entry
    raw: float
    list_name: str
    kind: str
    features: list[Feature] = field(default_factory=list)
    query_form: str = ""

    @property
    def explanation(self) -> str:
        head = f"{self.query_form!r} ~ {self.matched_name!r} ({_quality_label(self.quality)})"
        return head + ": " + "; ".join(f.detail for f in self.features)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "name": self.name,
            "score": round(self.score, 4),
            "list": self.list_name,
            "explanation": self.explanation,
            "matched_name": self.matched_name,
            "alias_quality": self.quality,
            "kind": self.kind,
            "raw_score": round(self.raw, 4),
            "features": [f.to_dict() for f in self.features],
        }


@dataclass(slots=True)
class ScreenResult:
    query: ScreenQuery
    matches: list[ScreenMatch]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "query": self.query.name,
            "matches": [m.to_dict() for m in self.matches],
        }
        if self.query.birth_date:
            d["birth_date"] = self.query.birth_date
        if self.query.nationality:
            d["nationality"] = self.query.nationality
        return d


def _quality_label(q: str) -> str:
    return {
        QUALITY_PRIMARY: "listed name",
        "good": "alias",
        QUALITY_LOW: "low-quality alias",
        QUALITY_FORMER: "former name",
    }.get(q, q)


# --- calibration ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Calibration:
    """Raw score -> probability: an isotonic (monotone step) curve fitted on the synthetic set,
    interpolated linearly between its points, with the Platt (logistic) fit as a fallback.
    Supporting evidence (date of birth, nationality) shifts the log-odds of that probability."""

    a: float
    b: float
    threshold: float
    method: str = ""
    points: tuple[tuple[float, float], ...] = ()

    def base(self, raw: float) -> float:
        pts = self.points
        if not pts:
            z = self.a * raw + self.b
            return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))
        if raw <= pts[0][0]:
            return pts[0][1]
        if raw >= pts[-1][0]:
            return pts[-1][1]
        i = bisect_right(pts, (raw, 2.0))
        (x0, y0), (x1, y1) = pts[i - 1], pts[i]
        return y0 if x1 == x0 else y0 + (y1 - y0) * (raw - x0) / (x1 - x0)

    def prob(self, raw: float, shift: float = 0.0) -> float:
        p = self.base(raw)
        if not shift:
            return p
        p = min(0.999, max(0.001, p))
        z = math.log(p / (1 - p)) + shift
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def raw_floor(self, min_score: float, shift: float = 0.0) -> float:
        """The lowest raw score that can reach ``min_score`` (a little below, to be safe)."""
        for k in range(101):
            if self.prob(k / 100, shift) >= min_score:
                return k / 100 - 0.011
        return 1.0


@cache
def calibration() -> Calibration:
    """The fitted curve and default threshold (data/screen/calibration.yaml)."""
    text = (
        resources.files("sanctionwatch.data").joinpath("screen/calibration.yaml").read_text("utf-8")
    )
    d = yaml.safe_load(text)
    points = tuple((float(x), float(y)) for x, y in d.get("isotonic") or ())
    return Calibration(
        float(d["a"]), float(d["b"]), float(d["threshold"]), str(d.get("method", "")), points
    )


# --- prepared list names -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _PName:
    entity: int
    text: str
    quality: str
    toks: tuple[str, ...]
    keys: tuple[str, ...]
    family_first: bool = False  # the list says which part is the family name


@dataclass(frozen=True, slots=True)
class _OName:
    entity: int
    text: str
    quality: str
    words: tuple[tuple[str, str, str], ...]  # (text, key, role)
    joined: str  # keys of the distinctive words, in order


def _sim(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return Levenshtein.normalized_similarity(a, b)


@lru_cache(maxsize=500_000)
def _given_sim(q: tuple[str, ...], lst: tuple[str, ...]) -> tuple[float, float]:
    """Given names: (similarity, worst syllable similarity; 1.0 when syllables cannot be aligned).

    Compared syllable by syllable when both sides are split alike; when one side writes the
    name as one word (Yongwon) and the other split (Yong Won), the word is cut where it best
    aligns with the split side; otherwise the keys are compared as whole strings.
    """
    qk = [key(t) for t in q]
    lk = [key(t) for t in lst]
    if not qk or not lk:
        return 0.0, 0.0
    if len(qk) == len(lk):
        sims = [_syl_key_sim(a, b) for a, b in zip(qk, lk, strict=True)]
        return sum(sims) / len(sims), min(sims)
    if len(qk) == 1 or len(lk) == 1:
        one, many = ("".join(qk), lk) if len(qk) == 1 else ("".join(lk), qk)
        best = _best_split(one, many)
        if best is not None:
            return best
    strict = _sim("".join(qk), "".join(lk))
    loose = _sim(_loosen("".join(qk)), _loosen("".join(lk)))
    return max(strict, 0.96 * loose), 1.0


def _loosen(k: str) -> str:
    return k.replace("u", "o")


def _best_split(one: str, many: Sequence[str]) -> tuple[float, float] | None:
    n, k = len(one), len(many)
    if n > 16 or k > 3 or n < k:
        return None
    best: tuple[float, float] | None = None
    for cuts in combinations(range(1, n), k - 1):
        parts = [one[i:j] for i, j in zip((0, *cuts), (*cuts, n), strict=True)]
        sims = [_syl_key_sim(a, b) for a, b in zip(parts, many, strict=True)]
        cand = (sum(sims) / k, min(sims))
        if best is None or cand > best:
            best = cand
    return best


@lru_cache(maxsize=200_000)
def _syl_key_sim(ka: str, kb: str) -> float:
    """Two romanized syllables (as keys): equal 1, spelling variants (Chul/Chol) 0.96; any other
    difference is scaled down hard, since one changed letter usually makes another syllable
    (Pyong/Yong, Chin/Chim) and so another name."""
    if ka == kb:
        return 1.0
    if _loosen(ka) == _loosen(kb):
        return 0.96
    return max(0.0, (_sim(ka, kb) - 0.5) / 0.5)


def _family_last_plausible(toks: Sequence[str]) -> bool:
    """Reading the last token as the family name needs it to be a known family name, or the
    first token not to be one (``Choe Chol Ryong`` is read family-first only)."""
    table = surnames()
    return bool(table.groups(toks[-1])) or not table.groups(toks[0])


@lru_cache(maxsize=500_000)
def _word_sim(a: str, b: str) -> float:
    """Two words of organisation names (as keys): near-identical spellings only."""
    s = _sim(a, b)
    return (s - 0.7) / 0.3 if s > 0.7 else 0.0


@lru_cache(maxsize=200_000)
def _family_sim(q: str, lst: str) -> tuple[float, str]:
    table = surnames()
    gq, gl = table.groups(q), table.groups(lst)
    if gq and gl:
        if gq & gl:
            return 1.0, "same family name" + (" (variant spelling)" if key(q) != key(lst) else "")
        return 0.0, "different family names"
    s = _sim(key(q), key(lst))
    return (s if s >= 0.85 else 0.0), "family names compared by spelling"


class Matcher:
    """Screens names against a fixed set of listed entities; plain data only, so it pickles."""

    def __init__(self, entities: Iterable[ListedEntity], version: str | None = None) -> None:
        self.entities: list[ListedEntity] = list(entities)
        self.version = version
        self.calibration = calibration()
        self._floors: dict[tuple[float, float], float] = {}
        self._pnames: list[_PName] = []
        self._onames: list[_OName] = []
        self._exact: dict[str, list[tuple[int, str, str, bool]]] = defaultdict(list)
        self._pindex: dict[str, set[int]] = defaultdict(set)
        self._oindex: dict[str, set[int]] = defaultdict(set)
        self._odf: dict[str, int] = defaultdict(int)
        self._pdf: dict[str, int] = defaultdict(int)
        for i, e in enumerate(self.entities):
            self._add(i, e)
        n_org = max(1, sum(1 for e in self.entities if e.kind != PERSON))
        n_per = max(1, sum(1 for e in self.entities if e.kind == PERSON))
        self._oweight = {t: _idf(df, n_org) for t, df in self._odf.items()}
        for g in name_terms().generic:
            k = key(g)
            self._oweight[k] = min(self._oweight.get(k, 1.0), GENERIC_WEIGHT)
        self._pweight = {t: _idf(df, n_per) for t, df in self._pdf.items()}
        for idx, on in enumerate(self._onames):
            joined = self._joined(on.words)
            self._onames[idx] = _OName(on.entity, on.text, on.quality, on.words, joined)
            if joined:
                self._oindex["=" + joined].add(idx)

    def _joined(self, words: Sequence[tuple[str, str, str]]) -> str:
        """Keys of the informative words (not the many entries share), spacing ignored."""
        return "".join(k for _, k, r in words if r == "word" and self._oweight.get(k, 1.0) >= 0.5)

    # -- building --------------------------------------------------------------------------
    def _add(self, i: int, e: ListedEntity) -> None:
        seen_words: set[str] = set()
        seen_pk: set[str] = set()
        for n in e.names:
            outer, inner = split_bracketed(n.name)
            self._exact[basic(n.name)].append((i, n.name, n.quality, False))
            if outer != n.name:
                self._exact[basic(outer)].append((i, n.name, n.quality, False))
            for acro in inner:
                if not any(c.isdigit() for c in acro) or len(acro) < 12:
                    self._exact[basic(acro.strip('"'))].append((i, n.name, n.quality, True))
            if e.kind == PERSON:
                toks, _ = person_tokens(outer)
                if not toks:
                    continue
                keys = tuple(key(t) for t in toks)
                pn = _PName(i, n.name, n.quality, tuple(toks), keys, bool(n.family_first))
                idx = len(self._pnames)
                self._pnames.append(pn)
                for k in keys:
                    self._pindex[k].add(idx)
                    seen_pk.add(k)
                for t in (toks[0], toks[-1]):
                    for g in surnames().groups(t):
                        self._pindex["@" + g].add(idx)
                for part in (toks[1:], toks[:-1]):
                    if part:
                        self._pindex["#" + "".join(loose_key(t) for t in part)].add(idx)
            else:
                words = tuple(
                    (t.text, key(t.text), t.role) for t in org_tokens(outer) if t.role != "stop"
                )
                if not words:
                    continue
                on = _OName(i, n.name, n.quality, words, "")
                idx = len(self._onames)
                self._onames.append(on)
                for _, k, role in words:
                    if role in ("word", "country"):
                        self._oindex[k].add(idx)
                        if len(k) >= 5:
                            self._oindex["^" + k[:4]].add(idx)
                        seen_words.add(k)
        for k in seen_words:
            self._odf[k] += 1
        for k in seen_pk:
            self._pdf[k] += 1

    # -- screening -------------------------------------------------------------------------
    def screen(
        self, queries: Iterable[ScreenQuery | str], threshold: float | None = None
    ) -> list[ScreenResult]:
        th = self.calibration.threshold if threshold is None else threshold
        out = []
        for q in queries:
            sq = ScreenQuery(q) if isinstance(q, str) else q
            matches = self.score_query(sq, min_score=th)
            out.append(ScreenResult(sq, [m for m in matches if m.score >= th]))
        return out

    def score_query(self, q: ScreenQuery, min_score: float | None = None) -> list[ScreenMatch]:
        """Every candidate entry's best match for the query, highest score first.

        With ``min_score``, candidates that cannot reach it even with the best supporting
        evidence are dropped before their explanations are built (the fast path for screening).
        """
        best: dict[int, _Partial] = {}
        for form, how in _query_forms(q.name):
            for m in self._score_form(q, form, how):
                cur = best.get(m.entity)
                if cur is None or m.raw > cur.raw:
                    best[m.entity] = m
        floor = -1.0
        if min_score is not None and 0.0 < min_score < 1.0:
            bonus = (DOB_MATCH if q.birth_date else 0.0) + (
                NATIONALITY_MATCH if q.nationality else 0.0
            )
            floor = self._floors.get((min_score, bonus), -2.0)
            if floor == -2.0:
                floor = self._floors[(min_score, bonus)] = self.calibration.raw_floor(
                    min_score, bonus
                )
        results = [self._finish(q, m) for m in best.values() if m.raw >= floor]
        results.sort(key=lambda m: (-m.score, m.ref))
        return results

    def _score_form(self, q: ScreenQuery, form: str, how: str) -> list[_Partial]:
        out: list[_Partial] = []
        note = [Feature("script", 1.0, how)] if how else []
        for i, text, quality, acro in self._exact.get(basic(form), ()):
            raw = 0.9 if acro else 1.0
            detail = (
                "same as the list's abbreviation"
                if acro
                else "same name as listed (after normalisation)"
            )
            feats = [*note, Feature("exact", raw, detail)]
            w = QUALITY_WEIGHT.get(quality, 1.0)
            if w < 1.0:
                feats.append(
                    Feature("alias_quality", w, f"matched a {_quality_label(quality)} (weight {w})")
                )
            out.append(_Partial(i, text, quality, raw * w, feats, form))
        if has_hangul(form) or has_cyrillic(form):
            return out  # screened through its Latin readings (other forms of the query)
        if q.kind != ORGANIZATION:
            out.extend(self._score_person(form, note))
        if q.kind != PERSON:
            out.extend(self._score_org(form, note))
            if "," in form:
                # "Parent, Unit": an organisation named with its parent body names the unit.
                tail = form.rsplit(",", 1)[1].strip()
                if len(tail.split()) >= 2:
                    for p in self._score_org(tail, note):
                        p.raw *= 0.95
                        p.features.append(
                            Feature("partial", 0.95, f"matched the part after the comma ({tail!r})")
                        )
                        out.append(p)
        return out

    # persons ---------------------------------------------------------------------------------
    def _score_person(self, form: str, note: list[Feature]) -> list[_Partial]:
        toks, family_at = person_tokens(form)
        if len(toks) < 2:
            return []
        # Blocking: an entry is a candidate only if it shares given-name material with the
        # query (a syllable's key, or the whole given name); sharing a family name alone
        # (every Kim) only ranks candidates that qualify.
        table = surnames()
        hits: dict[int, float] = defaultdict(float)
        given_hit: set[int] = set()
        for pos, t in enumerate(toks):
            k = key(t)
            edge = pos in (0, len(toks) - 1) and bool(table.groups(t))
            for idx in self._pindex.get(k, ()):
                hits[idx] += self._pweight.get(k, 1.0)
                if not edge:
                    given_hit.add(idx)
            if edge:
                for g in table.groups(t):
                    for idx in self._pindex.get("@" + g, ()):
                        hits[idx] += 0.3
        for part in (toks[1:], toks[:-1]):
            for idx in self._pindex.get("#" + "".join(loose_key(t) for t in part), ()):
                hits[idx] += 1.5
                given_hit.add(idx)
        if len(toks) == 2:
            # Two words, both family names (Pak Song): either may be the given name.
            for k in (key(toks[0]), key(toks[1])):
                given_hit.update(self._pindex.get(k, ()))
        top = sorted(((i, h) for i, h in hits.items() if i in given_hit), key=lambda kv: -kv[1])[
            :CANDIDATES
        ]
        out = []
        for idx, _ in top:
            pn = self._pnames[idx]
            p = self._compare_person(toks, family_at, pn, note, form)
            if p is not None:
                out.append(p)
        return out

    def _compare_person(
        self, toks: list[str], family_at: int | None, pn: _PName, note: list[Feature], form: str
    ) -> _Partial | None:
        if len(pn.toks) < 2:
            return None
        qt = tuple(toks)
        q_orders = (0,) if family_at == 0 or not _family_last_plausible(qt) else (0, -1)
        l_orders = (0, -1) if not pn.family_first and _family_last_plausible(pn.toks) else (0,)
        best: tuple[float, int, int, float, str, float, float] | None = None
        for qa in q_orders:
            qf, qg = (qt[0], qt[1:]) if qa == 0 else (qt[-1], qt[:-1])
            for la in l_orders:
                lf, lg = (pn.toks[0], pn.toks[1:]) if la == 0 else (pn.toks[-1], pn.toks[:-1])
                fam, fam_note = _family_sim(qf, lf)
                giv, worst = _given_sim(qg, lg)
                raw = _person_raw(fam, giv, worst, qa == la)
                if best is None or raw > best[0]:
                    best = (raw, qa, la, fam, fam_note, giv, worst)
        if best is None:
            return None
        raw, qa, la, fam, fam_note, giv, worst = best
        w = QUALITY_WEIGHT.get(pn.quality, 1.0)

        def explain() -> list[Feature]:
            qf, qg = (qt[0], qt[1:]) if qa == 0 else (qt[-1], qt[:-1])
            lf, lg = (pn.toks[0], pn.toks[1:]) if la == 0 else (pn.toks[-1], pn.toks[:-1])
            feats = [
                *note,
                Feature(
                    "family_name",
                    fam,
                    f"family name {qf.title()} vs {lf.title()}: {fam_note} ({fam:.2f})",
                ),
                Feature(
                    "given_name",
                    giv,
                    f"given name {' '.join(qg).title()} vs {' '.join(lg).title()} ({giv:.2f})",
                ),
            ]
            if fam < 0.7:
                feats.append(
                    Feature("family_contradicts", 0.4, "family names differ: a different person")
                )
            if giv < 0.8:
                feats.append(
                    Feature(
                        "given_contradicts",
                        (giv / 0.8) ** 3,
                        "given names differ: a different person",
                    )
                )
            if worst < 0.7:
                feats.append(
                    Feature(
                        "syllable_conflict",
                        worst,
                        "a given-name syllable differs (e.g. Jong Un vs Jong Sik)",
                    )
                )
            if qa != la:
                label = "family name first" if qa == 0 else "family name last"
                feats.append(Feature("order", 0.99, f"name order differs ({label} in the query)"))
            if w < 1.0:
                feats.append(
                    Feature(
                        "alias_quality", w, f"matched a {_quality_label(pn.quality)} (weight {w})"
                    )
                )
            return feats

        return _Partial(pn.entity, pn.text, pn.quality, raw * w, [], form, explain)

    # organisations -----------------------------------------------------------------------------
    def _score_org(self, form: str, note: list[Feature]) -> list[_Partial]:
        words = [(t.text, key(t.text), t.role) for t in org_tokens(form) if t.role != "stop"]
        if not words:
            return []
        hits: dict[int, float] = defaultdict(float)
        joined = self._joined(words)
        for _, k, role in words:
            if role not in ("word", "country"):
                continue
            wgt = 0.1 if role == "country" else self._oweight.get(k, 1.0)
            for idx in self._oindex.get(k, ()):
                hits[idx] += wgt
            if len(k) >= 5:
                for idx in self._oindex.get("^" + k[:4], ()):
                    hits[idx] += 0.3
        if joined:
            for idx in self._oindex.get("=" + joined, ()):
                hits[idx] += 5.0
        # A candidate must share more than a country word (Korea) with the query.
        top = sorted(((i, h) for i, h in hits.items() if h >= 0.3), key=lambda kv: -kv[1])[
            :CANDIDATES
        ]
        return [self._compare_org(words, joined, self._onames[idx], note, form) for idx, _ in top]

    def is_listed_name(self, text: str) -> bool:
        """Whether ``text`` is, after normalisation, a name or alias on the list."""
        return basic(text) in self._exact

    def word_weight(self, word: str) -> float:
        """How distinctive a word of an organisation name is among the listed organisations."""
        toks = org_tokens(word)
        if not toks:
            return 0.0
        return self._word_weight(key(toks[0].text), toks[0].role)

    def _word_weight(self, k: str, role: str) -> float:
        if role == "legal":
            return 0.05
        if role == "country":
            return 0.1
        return self._oweight.get(k, 1.0)

    def _compare_org(
        self,
        words: list[tuple[str, str, str]],
        joined: str,
        on: _OName,
        note: list[Feature],
        form: str,
    ) -> _Partial:
        js = _sim(joined, on.joined) if joined and on.joined and len(joined) >= 5 else 0.0
        n_q = sum(1 for _, k, r in words if r == "word" and self._oweight.get(k, 1.0) >= 0.5)
        n_l = sum(1 for _, k, r in on.words if r == "word" and self._oweight.get(k, 1.0) >= 0.5)
        spacing = js >= 0.9 and n_q != n_l  # the same letters, spaced differently
        qc, q_missing = self._coverage(words, on.words, js if spacing else 0.0)
        lc, l_missing = self._coverage(on.words, words, js if spacing else 0.0)
        # Both directions must hold: a listed name inside a longer query, or a query that is
        # only part of a listed name, each costs in proportion to the weight left unmatched.
        raw = qc * lc
        w = QUALITY_WEIGHT.get(on.quality, 1.0)

        def explain() -> list[Feature]:
            feats = [
                *note,
                Feature(
                    "query_words",
                    qc,
                    f"query words found in the listed name {qc:.2f}"
                    + (f" (not found: {', '.join(q_missing)})" if q_missing else ""),
                ),
                Feature(
                    "listed_words",
                    lc,
                    f"listed words found in the query {lc:.2f}"
                    + (f" (not found: {', '.join(l_missing)})" if l_missing else ""),
                ),
            ]
            if spacing:
                feats.append(
                    Feature(
                        "joined_words",
                        js,
                        f"distinctive words alike when spacing is ignored ({js:.2f})",
                    )
                )
            if w < 1.0:
                feats.append(
                    Feature(
                        "alias_quality", w, f"matched a {_quality_label(on.quality)} (weight {w})"
                    )
                )
            return feats

        return _Partial(on.entity, on.text, on.quality, raw * w, [], form, explain)

    def _coverage(
        self, a: Sequence[tuple[str, str, str]], b: Sequence[tuple[str, str, str]], js: float
    ) -> tuple[float, list[str]]:
        """Weighted share of the words of ``a`` found in ``b`` (fuzzy on keys), and the missing."""
        num = den = 0.0
        missing = []
        for text, k, role in a:
            w = self._word_weight(k, role)
            best = 0.0
            for t2, k2, _ in b:
                if text == t2:
                    best = 1.0
                    break
                if k == k2:
                    best = max(best, 0.97)
                    continue
                s = _word_sim(k, k2)
                if s > best:
                    best = s
            if js and role == "word" and w >= 0.5:
                best = max(best, js)
            num += w * best
            den += w
            if best < 0.5 and role == "word":
                missing.append(text)
        return (num / den if den else 0.0), missing

    # finishing: supporting evidence and calibration ------------------------------------------
    def _finish(self, q: ScreenQuery, p: _Partial) -> ScreenMatch:
        e = self.entities[p.entity]
        feats = p.all_features()
        shift = 0.0
        if q.birth_date and e.kind == PERSON:
            f = _dob_feature(q.birth_date, e)
            if f is not None:
                feats.append(f)
                shift += f.value
        if q.nationality:
            f = _nationality_feature(q.nationality, e)
            if f is not None:
                feats.append(f)
                shift += f.value
        score = self.calibration.prob(p.raw, shift)
        return ScreenMatch(
            ref=e.ref,
            name=e.primary_name,
            matched_name=p.text,
            quality=p.quality,
            score=score,
            raw=p.raw,
            list_name=e.list_name,
            kind=e.kind,
            features=feats,
            query_form=p.form,
        )


@dataclass(slots=True)
class _Partial:
    entity: int
    text: str
    quality: str
    raw: float
    features: list[Feature]
    form: str
    explain: Callable[[], list[Feature]] | None = None  # built only for reported matches

    def all_features(self) -> list[Feature]:
        return (self.explain() if self.explain else []) + self.features


def _person_raw(fam: float, giv: float, worst: float, same_order: bool) -> float:
    """The raw person score: mostly the given name, the family name as a gate, penalties for
    contradictions (different family name, different given name, a syllable that differs)."""
    raw = 0.3 * fam + 0.7 * giv
    if fam < 0.7:
        raw *= 0.4
    if giv < 0.8:
        raw *= (giv / 0.8) ** 3
    if worst < 0.7:
        raw *= 0.5
    if not same_order:
        raw -= 0.01
    return raw


def _idf(df: int, n: int) -> float:
    """Inverse document frequency scaled to (0.15, 1]: words many entries share weigh less."""
    return max(0.15, math.log(1 + n / df) / math.log(1 + n))


def _query_forms(name: str) -> list[tuple[str, str]]:
    """The Latin forms a query is screened as: itself, and readings of Hangul or Cyrillic text."""
    forms = [(name, "")]
    outer, inner = split_bracketed(name)
    if outer != name and outer:
        # "Reconnaissance General Bureau (RGB)": the name, and the abbreviation on its own.
        forms.append((outer, ""))
        forms.extend((x, f"abbreviation given in brackets: {x}") for x in inner if x)
    if has_hangul(name):
        forms.extend(hangul_person_forms(name))
        forms.extend(hangul_org_forms(name))
    if has_cyrillic(name):
        forms.extend(cyrillic_forms(name))
    return forms


# DOB and nationality shift the log-odds: expert-set, not fitted (the synthetic calibration set
# carries no dates); a contradiction weighs more than a confirmation because lists give several
# candidate dates and a confirmed year is weak evidence on its own.
DOB_MATCH, DOB_YEAR_MATCH, DOB_CONTRADICTS = 1.5, 0.7, -2.5
NATIONALITY_MATCH, NATIONALITY_CONTRADICTS = 0.3, -1.5


def _dob_feature(birth: str, e: ListedEntity) -> Feature | None:
    if not e.birth_dates:
        return None
    year = int(birth[:4]) if birth[:4].isdigit() else None
    if year is None:
        return None
    full = birth if len(birth) >= 10 else None
    for b in e.birth_dates:
        if full and b.date and b.date == full[:10]:
            return Feature("birth_date", DOB_MATCH, f"date of birth {full} as listed")
    for b in e.birth_dates:
        ys = b.years()
        if (
            ys
            and ys[0] - 1 <= year <= ys[1] + 1
            and not (full and b.date and b.date != full[:10] and ys[0] == ys[1] == year and False)
        ):
            return Feature(
                "birth_date", DOB_YEAR_MATCH, f"year of birth {year} fits the listed {_fmt_dobs(e)}"
            )
    return Feature(
        "birth_date", DOB_CONTRADICTS, f"born {birth}, but the list gives {_fmt_dobs(e)}"
    )


def _fmt_dobs(e: ListedEntity) -> str:
    parts = []
    for b in e.birth_dates:
        if b.date:
            parts.append(b.date)
        elif b.year:
            parts.append(str(b.year))
        elif b.from_year:
            parts.append(f"{b.from_year}-{b.to_year}")
    return ", ".join(parts)


def _nationality_feature(nat: str, e: ListedEntity) -> Feature | None:
    from sanctionwatch.geo import country_code

    code = nat.upper() if len(nat) == 2 and nat.isalpha() else country_code(nat)
    if not code or not e.nationality_codes:
        return None
    if code in e.nationality_codes:
        return Feature("nationality", NATIONALITY_MATCH, f"nationality {code} as listed")
    return Feature(
        "nationality",
        NATIONALITY_CONTRADICTS,
        f"nationality {code}, but the list gives {', '.join(e.nationality_codes)}",
    )
