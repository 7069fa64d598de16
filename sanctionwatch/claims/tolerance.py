"""Tolerance: how a claim's wording ("nearly 8,000", "twelvefold") becomes an allowed range.

The bands live in ``sanctionwatch/data/claim_checks.yaml``; this module reads them, finds the
hedge around a number in its sentence, works out the precision the number is written with, and
turns qualifier + hedge + precision into a :class:`Tolerance` that names itself in words.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from sanctionwatch.claims import hedges
from sanctionwatch.claims.numbers import find_numbers
from sanctionwatch.errors import ConfigError
from sanctionwatch.model.claim import Claim

INF = math.inf
CONFIG_FILE = "claim_checks.yaml"


@dataclass(frozen=True, slots=True)
class Range:
    """An interval of allowed (or observed) values; open ends exclude the bound itself."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def contains(self, x: float) -> bool:
        lo_ok = x > self.low if self.low_open else x >= self.low
        hi_ok = x < self.high if self.high_open else x <= self.high
        return lo_ok and hi_ok

    def within(self, other: Range) -> bool:
        """Whether every value of this range lies in ``other``."""
        lo_ok = self.low > other.low or (
            self.low == other.low and (self.low_open or not other.low_open)
        )
        hi_ok = self.high < other.high or (
            self.high == other.high and (self.high_open or not other.high_open)
        )
        return lo_ok and hi_ok

    def disjoint(self, other: Range) -> bool:
        if self.high < other.low or other.high < self.low:
            return True
        if self.high == other.low:
            return self.high_open or other.low_open
        if other.high == self.low:
            return other.high_open or self.low_open
        return False

    def text(self) -> str:
        if self.high == INF:
            return f"{'above' if self.low_open else 'at least'} {fmt(self.low)}"
        if self.low in (-INF, 0) and self.high != INF:
            return f"{'below' if self.high_open else 'at most'} {fmt(self.high)}"
        if self.low == self.high:
            return f"exactly {fmt(self.low)}"
        return f"{fmt(self.low)}–{fmt(self.high)}"


@dataclass(frozen=True, slots=True)
class Tolerance:
    """The range a claim allows and the rule that produced it, in words for the explanation."""

    rule: str  # exact | rounded | about | nearly | odd | more_than | at_least | less_than | at_most
    range: Range
    precision: float | None
    description: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "low": _json_num(self.range.low),
            "high": _json_num(self.range.high),
            "low_open": self.range.low_open,
            "high_open": self.range.high_open,
            "precision": self.precision,
            "description": self.description,
        }


@dataclass(frozen=True, slots=True)
class CheckConfig:
    exact_max_relative: float
    about: tuple[float, float]
    about_max_relative: float
    nearly: tuple[float, float]
    nearly_over: float
    odd_max_relative: float
    observed_approx: tuple[float, float]
    loose_bound_factor: float
    nearly_before: re.Pattern[str]
    nearly_after: re.Pattern[str]
    odd_before: re.Pattern[str]
    odd_after: re.Pattern[str]
    related_measures: dict[str, tuple[str, ...]]
    visa_measures: dict[str, tuple[str, ...]]
    people_units: frozenset[str]
    anaphora: re.Pattern[str]


def fmt(x: float) -> str:
    """A number as the explanation writes it: 13,221; 11.8; 0.25."""
    if x in (INF, -INF):
        return "∞" if x > 0 else "−∞"
    if abs(x - round(x)) < 1e-6:  # 12,000 × 1.1 is 13200.000000000002
        return f"{round(x):,}"
    if abs(x) >= 10:
        return f"{x:,.1f}"
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _json_num(x: float) -> float | int | None:
    if x in (INF, -INF):
        return None
    return int(x) if float(x).is_integer() else round(x, 4)


# -- configuration ------------------------------------------------------------------------

_HAN = re.compile(r"[\u3400-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _term_pattern(term: str, before: bool) -> str:
    t = re.escape(term)
    if _HAN.match(term):
        if len(term) == 1 and before:
            # a lone Han character is often the tail of another word (最近 "recently", 附近
            # "nearby"), so it counts only when not preceded by those
            return rf"(?<![最附亲靠临]){t}"
        return t
    if not before and _HANGUL.match(term[-1]):
        return t  # a Korean particle may follow: "60% 가까이가", "8천 명 가까이를"
    # words of spaced scripts must start (before) or end (after) at a word boundary
    return rf"(?<!\w){t}" if before else rf"{t}(?!\w)" if term[-1].isalnum() else t


def _before_re(terms: list[str]) -> re.Pattern[str]:
    alt = "|".join(_term_pattern(t, True) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?:{alt})[\s\u00a0~≈]*$", re.IGNORECASE)


def _after_re(terms: list[str]) -> re.Pattern[str]:
    # a one-character suffix ("3천여", "5000多") must touch the number; a word may follow the
    # counted noun or one other word ("8천 명 가까이", "13 тысяч с лишним")
    glued = [t for t in terms if len(t) == 1 and not t.isascii()]
    spaced = [t for t in terms if t not in glued]
    parts = []
    if glued:
        parts.append("(?:" + "|".join(re.escape(t) for t in glued) + r")(?![\uac00-\ud7a3])")
    if spaced:
        alt = "|".join(_term_pattern(t, False) for t in sorted(spaced, key=len, reverse=True))
        parts.append(rf"[\s\u00a0]*(?:[^\s\d.,;:!?]{{1,12}}[\s\u00a0]+)?(?:{alt})")
    return re.compile("^(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _pair(v: Any, name: str) -> tuple[float, float]:
    if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int | float) for x in v)):
        raise ConfigError(f"{CONFIG_FILE}: bands.{name} must be [low, high] factors, got {v!r}")
    return float(v[0]), float(v[1])


def _num(v: Any, name: str) -> float:
    if not isinstance(v, int | float):
        raise ConfigError(f"{CONFIG_FILE}: bands.{name} must be a number, got {v!r}")
    return float(v)


def _terms(hedges: dict[str, Any], kind: str, where: str) -> list[str]:
    v = (hedges.get(kind) or {}).get(where)
    if not isinstance(v, list) or not v or not all(isinstance(t, str) and t for t in v):
        raise ConfigError(f"{CONFIG_FILE}: hedges.{kind}.{where} must be a list of words")
    return v


def parse_config(raw: Any) -> CheckConfig:
    """Validate the YAML document; ConfigError naming the key that is wrong."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{CONFIG_FILE}: expected a mapping at the top level")
    b = raw.get("bands") or {}
    h = raw.get("hedges") or {}
    rel = raw.get("related_measures") or {}
    visas = rel.get("visas") or {}
    if not isinstance(visas, dict):
        raise ConfigError(f"{CONFIG_FILE}: related_measures.visas must map purposes to measures")
    related = {k: tuple(v) for k, v in rel.items() if k != "visas"}
    for k, v in related.items():
        if not v or not all(isinstance(m, str) for m in v):
            raise ConfigError(
                f"{CONFIG_FILE}: related_measures.{k} must be a list of measure names"
            )
    return CheckConfig(
        exact_max_relative=_num(b.get("exact_max_relative"), "exact_max_relative"),
        about=_pair(b.get("about"), "about"),
        about_max_relative=_num(b.get("about_max_relative"), "about_max_relative"),
        nearly=_pair(b.get("nearly"), "nearly"),
        nearly_over=_num(b.get("nearly_over"), "nearly_over"),
        odd_max_relative=_num(b.get("odd_max_relative"), "odd_max_relative"),
        observed_approx=_pair(b.get("observed_approx"), "observed_approx"),
        loose_bound_factor=_num(b.get("loose_bound_factor"), "loose_bound_factor"),
        nearly_before=_before_re(_terms(h, "nearly", "before")),
        nearly_after=_after_re(_terms(h, "nearly", "after")),
        odd_before=_before_re(_terms(h, "odd", "before")),
        odd_after=_after_re(_terms(h, "odd", "after")),
        related_measures=related,
        visa_measures={k: tuple(v) for k, v in visas.items()},
        people_units=frozenset(raw.get("people_units") or ()),
        anaphora=_anaphora(raw.get("anaphora")),
    )


def _anaphora(v: Any) -> re.Pattern[str]:
    if not isinstance(v, list) or not v or not all(isinstance(t, str) and t for t in v):
        raise ConfigError(f"{CONFIG_FILE}: anaphora must be a list of words")
    alt = "|".join(
        re.escape(t) if _HAN.match(t) else rf"(?<!\w){re.escape(t)}(?!\w)"
        for t in sorted(v, key=len, reverse=True)
    )
    return re.compile(alt, re.IGNORECASE)


@functools.cache
def load_config() -> CheckConfig:
    text = resources.files("sanctionwatch.data").joinpath(CONFIG_FILE).read_text("utf-8")
    return parse_config(yaml.safe_load(text))


# -- reading the number in its sentence -----------------------------------------------------

_DIGITS = re.compile(r"\d")
# where the written number ends: its last digit or scale character (천, 万, тыс.)
_LAST_NUMERIC = re.compile(r"[\d천만억千万亿百]", re.UNICODE)


def number_context(claim: Claim) -> tuple[str, str]:
    """The sentence text just before the number and just after it (including any tail of the
    written form after its last digit, such as the 여 of "3천여 명")."""
    s, text = claim.sentence, claim.text
    off = claim.span[0] - claim.sentence_span[0]
    length = claim.span[1] - claim.span[0]
    if not (0 <= off <= len(s) and (not text or s[off : off + len(text)] == text)):
        found = s.find(text) if text else -1
        if found < 0:
            return "", ""
        off, length = found, len(text)
    written = s[off : off + length]
    last = None
    for m in _LAST_NUMERIC.finditer(written):
        last = m
    tail = written[last.end() :] if last else ""
    return s[max(0, off - 40) : off], tail + s[off + length : off + length + 24]


# the comparison's own word after its number ("10배 넘게", "十倍多", "12 times"): a hedge
# stands after it, not after the number
_COMPARISON_WORD = re.compile(r"\s?(?:배|倍|번|times\b|-?fold\b|раз\b|%|процент\w*|percent)")
# and its word before the number: «более чем в десять раз», «почти на 70%», "nearly a
# twelvefold increase"
_COMPARISON_LEAD = {
    "ru": re.compile(r"(?<!\w)(?:в|во|на)\s+$", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:an?|by)\s+$", re.IGNORECASE),
}


_FOLD = re.compile(r"(?<![\w-])(?P<n>[a-z]+|\d+(?:\.\d+)?)[\s-]?fold\b", re.IGNORECASE)


def comparison_reading(claim: Claim, cfg: CheckConfig) -> tuple[str, str]:
    """(qualifier, hedge) of the claim's comparison: "more than tenfold", "up nearly 70%",
    "约12倍", "10배 넘게". The contract gives a claim one ``qualifier``: the figure's, or null when
    the text states only a comparison; the comparison's hedge is read here from the words around
    its number, with the extractor's hedge words. A comparison whose number cannot be found
    (no number beside the figure's own, or two candidates) is read as written: exact.
    """
    if claim.quantity is None:
        before, after = number_context(claim)
    else:
        found = _comparison_number(claim)
        if found is None:
            return "exact", ""
        before, after = found
    m = _COMPARISON_WORD.match(after)
    if m:
        after = after[m.end() :]
    lead = _COMPARISON_LEAD.get(claim.lang)
    m_lead = lead.search(before) if lead is not None else None
    if m_lead:
        before = before[: m_lead.start()]
    qualifier = (claim.qualifier if claim.quantity is None else None) or (
        hedges.qualifier_after(after, claim.lang)
        or hedges.qualifier_before(before, claim.lang)
        or "exact"
    )
    if qualifier != "approx":
        return qualifier, ""
    return qualifier, "nearly" if _nearly(before, after, cfg) else "about"


def _comparison_number(claim: Claim) -> tuple[str, str] | None:
    """The text before and after the comparison's number in the claim's sentence, when exactly
    one number there (not the figure's own) has the comparison's value and its word after it."""
    comp = claim.comparison
    if comp is None or comp.value is None:
        return None
    s = claim.sentence
    own = claim.span[0] - claim.sentence_span[0]
    values = {float(comp.value)}
    if 0 < comp.value < 1:
        values.add(round(1.0 / comp.value, 6))  # "в 12 раз меньше" is stored as 1/12
    hits = [
        n
        for n in find_numbers(s, claim.lang)
        if n.start != own and n.value in values and _COMPARISON_WORD.match(s, n.end)
    ]
    spans = [(n.start, n.end) for n in hits]
    if not spans:
        # "nearly a twelvefold increase": the number is glued to its "fold"
        for m in _FOLD.finditer(s):
            nums = find_numbers(m.group("n"), claim.lang)
            if len(nums) == 1 and nums[0].value in values:
                spans.append((m.start(), m.end()))
    if len(spans) != 1:
        return None
    a, b = spans[0]
    return s[max(0, a - 40) : a], s[b : b + 24]


def _nearly(before: str, after: str, cfg: CheckConfig) -> bool:
    """Whether the words around a number lean under it ("nearly 8,000", "8천 명 가까이")."""
    return bool(cfg.nearly_before.search(before) or cfg.nearly_after.match(after))


_PERCENT_SIGN = re.compile(r"^\s?(?:%|％|퍼센트|프로|percent\b|процент\w*)")


def hedge_of(claim: Claim, cfg: CheckConfig) -> str:
    """ "nearly", "odd" or "about": which way an approximate number leans, read from its words."""
    before, after = number_context(claim)
    if claim.unit == "percent":
        after = _PERCENT_SIGN.sub("", after, count=1)  # "60% 가까이": the hedge is after the sign
    if _nearly(before, after, cfg):
        return "nearly"
    if cfg.odd_before.search(before) or cfg.odd_after.match(after):
        return "odd"
    return "about"


def written_precision(text: str, quantity: float) -> float:
    """The unit of the last digit the text writes: 1 for "13,221" and "1만3221명", 100 for
    "1,7 тыс.", 1,000 for "13 тысяч", "1.3万" and "13,000" (trailing zeros read as rounding).

    The digit string of the written form is compared with the quantity, so separators need no
    parsing ("13.221" in Russian is 13,221; "1,7" is 1.7). Spelled-out numbers fall back to
    the quantity's own trailing zeros.
    """
    digits = "".join(_DIGITS.findall(text or ""))
    if digits and int(digits) > 0 and quantity:
        scale = quantity / int(digits)
        exp = round(math.log10(abs(scale))) if scale else 0
        if scale > 0 and math.isclose(scale, 10.0**exp, rel_tol=1e-6):
            zeros = len(digits) - len(digits.rstrip("0"))
            return float(10.0 ** (exp + zeros))
    return value_precision(quantity)


def value_precision(value: float) -> float:
    """Precision implied by a bare value: 10^trailing zeros for integers, else its decimals."""
    if value == 0:
        return 1.0
    if float(value).is_integer():
        n = int(abs(value))
        zeros = len(str(n)) - len(str(n).rstrip("0"))
        return float(10**zeros)
    decimals = len(f"{abs(value):.6f}".rstrip("0").split(".")[1])
    return 10.0 ** -min(decimals, 6)


def _precision_words(p: float) -> str:
    if p >= 1:
        return f"the nearest {fmt(p)}"
    return f"{-round(math.log10(p))} decimal place(s)"


def tolerance_for(
    qualifier: str,
    value: float,
    precision: float,
    hedge: str,
    cfg: CheckConfig,
    what: str = "",
    counted: bool = True,
) -> Tolerance | None:
    """The range ``value`` stated with ``qualifier`` allows; None for "vague" ("thousands of").

    ``counted`` values (people, entries) written to the unit must match exactly and round
    figures are capped at ±``exact_max_relative``; computed values (a ratio, a percentage)
    allow the rounding of their last written digit ("twelvefold" is 11.5–12.5).
    """
    v = float(value)
    a = abs(v)
    if qualifier == "exact":
        if counted and precision <= 1:
            return Tolerance(
                "exact", Range(v, v), precision, f"an exact figure{what}: must match exactly"
            )
        half = precision / 2
        capped = min(half, cfg.exact_max_relative * a) if (a and counted) else half
        r = Range(v - capped, v + capped)
        if capped < half:
            desc = (
                f"a round figure{what}, read as rounded to {_precision_words(precision)} "
                f"but no looser than ±{cfg.exact_max_relative:.0%}: {r.text()}"
            )
        else:
            desc = (
                f"a figure written to {_precision_words(precision)}{what}, "
                f"so rounding allows {r.text()}"
            )
        return Tolerance("rounded", r, precision, desc)
    if qualifier == "approx":
        if hedge == "nearly":
            lo, hi = cfg.nearly
            over = min(precision / 2, cfg.nearly_over * a) if precision > 1 else 0.0
            r = Range(v * lo, v * hi + over)
            slack = f" (or over it by its rounding, at most {cfg.nearly_over:.0%})" if over else ""
            return Tolerance(
                "nearly",
                r,
                precision,
                f'"nearly": at most the figure{slack} and at least {lo:.0%} of it: {r.text()}',
            )
        if hedge == "odd":
            step = min(max(precision, 1.0), cfg.odd_max_relative * a) if a else precision
            r = Range(v, v + step, high_open=True)
            return Tolerance(
                "odd",
                r,
                precision,
                f'"-odd"/"with a little over": from the figure up to the next '
                f"{fmt(step)}: {fmt(v)} to under {fmt(v + step)}",
            )
        lo, hi = cfg.about
        # "about 1,000" may be a rounding to the nearest 1,000, but read that way it would
        # allow 500–1,500: the rounding widens the band only up to about_max_relative
        half = min(precision / 2, cfg.about_max_relative * a)
        r = Range(min(v * lo, v - half), max(v * hi, v + half))
        wider = half > (hi - 1) * a
        how = (
            f" (or the rounding of the figure, at most ±{cfg.about_max_relative:.0%})"
            if wider
            else ""
        )
        return Tolerance("about", r, precision, f'"about": within ±{hi - 1:.0%}{how}: {r.text()}')
    if qualifier == "more_than":
        return Tolerance(
            "more_than",
            Range(v, INF, low_open=True),
            precision,
            f'"more than": a lower bound, the value must be above {fmt(v)}',
        )
    if qualifier == "at_least":
        return Tolerance(
            "at_least",
            Range(v, INF),
            precision,
            f'"at least": a lower bound, the value must be {fmt(v)} or more',
        )
    if qualifier == "less_than":
        return Tolerance(
            "less_than",
            Range(-INF if v < 0 else 0, v, high_open=True),
            precision,
            f'"less than": an upper bound, the value must be below {fmt(v)}',
        )
    if qualifier == "at_most":
        return Tolerance(
            "at_most",
            Range(-INF if v < 0 else 0, v),
            precision,
            f'"up to": an upper bound, the value must be {fmt(v)} or less',
        )
    return None


def observed_range(count: float, qualifier: str, cfg: CheckConfig) -> Range | None:
    """What a published statistics value says: exact is a point, approx ±10%, bounds are bounds."""
    c = float(count)
    if qualifier == "exact":
        return Range(c, c)
    if qualifier == "approx":
        lo, hi = cfg.observed_approx
        return Range(c * lo, c * hi)
    if qualifier == "at_least":
        return Range(c, INF)
    if qualifier == "more_than":
        return Range(c, INF, low_open=True)
    if qualifier == "at_most":
        return Range(0, c)
    if qualifier == "less_than":
        return Range(0, c, high_open=True)
    return None
