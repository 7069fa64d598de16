"""Assessment: the provisions a finding or checked claim bears on, in what words, how strongly.

Strength is about the evidence, not about guilt:

- ``indicator``: the figures rest on one original reporter (retellings of one report count once);
- ``corroborated``: every figure the finding rests on was reported by at least two independent
  original reporters (``reporter_key`` of each source's ``reporter``), or read from the primary
  table;
- ``contradicted``: there is evidence against it: a conflicting figure from the primary table or
  from at least as many independent reporters as the chosen one, or, for a claim, a check that the
  statistics contradict.

The tool never says a breach is proven; a hortatory provision yields only "concern".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sanctionwatch.model.claim import CheckedClaim
from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.model.observation import reporter_key, stable_id
from sanctionwatch.model.period import Period
from sanctionwatch.rules.loader import Rulebook
from sanctionwatch.rules.model import VERIFICATION_MEANING, AssessmentRule, Provision

Strength = Literal["indicator", "corroborated", "contradicted"]
STRENGTHS: tuple[Strength, ...] = ("corroborated", "indicator", "contradicted")

WORDING_PHRASE = {
    "consistent_with": "is consistent with",
    "may_indicate": "may indicate",
    "concern": "raises concern about",
}


@dataclass(frozen=True, slots=True)
class StrengthResult:
    strength: Strength
    reporters: tuple[str, ...]  # independent original reporters behind the weakest figure
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Assessment:
    """One link between a finding (or checked claim) and one provision."""

    id: str
    rule_id: str
    subject: Literal["finding", "claim"]
    subject_id: str
    provision_id: str
    citation: str
    force: str
    wording: str  # consistent_with | may_indicate | concern
    strength: Strength
    reporters: tuple[str, ...]
    reasons: tuple[str, ...]
    condition: str | None
    verification: str
    statement: str  # the pattern and the link, readable on its own
    link: str = ""  # the link alone, for layouts that show the pattern once
    caveats: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule_id,
            "subject": self.subject,
            "subject_id": self.subject_id,
            "provision": self.provision_id,
            "citation": self.citation,
            "force": self.force,
            "wording": self.wording,
            "strength": self.strength,
            "reporters": list(self.reporters),
            "reasons": list(self.reasons),
            "condition": self.condition,
            "verification": self.verification,
            "statement": self.statement,
            "link": self.link,
            "caveats": list(self.caveats),
        }


def claim_id(check: CheckedClaim) -> str:
    c = check.claim
    return stable_id(c.doc, c.span[0], c.span[1], c.quantity, prefix="c-")


# -- strength ------------------------------------------------------------------------------
def independent_reporters(sources: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Original reporters of source refs, keyed by identity (retellings collapse to one)."""
    out: dict[str, str] = {}
    for s in sources:
        name = str(s.get("reporter") or s.get("outlet") or "").strip()
        if name:
            out.setdefault(reporter_key(name), name)
    return out


def _figure_reporters(ev: Evidence) -> tuple[int, dict[str, str], bool]:
    """How many independent reporters stand behind one evidence figure; a derived figure is only as
    strong as its weakest input (its sources are the inputs, grouped by period and purpose)."""
    groups: dict[tuple[Any, Any], list[Mapping[str, Any]]] = {}
    for s in ev.sources:
        key = (s.get("period"), s.get("purpose")) if ev.derived else ("", "")
        groups.setdefault(key, []).append(s)
    if not groups:
        return 0, {}, False
    weakest: dict[str, str] | None = None
    primary = True
    for srcs in groups.values():
        reps = independent_reporters(srcs)
        primary = primary and any(bool(s.get("primary")) for s in srcs)
        if weakest is None or len(reps) < len(weakest):
            weakest = reps
    assert weakest is not None
    return len(weakest), weakest, primary


# A conflicting statement of one figure: (count, qualifier, reporter, primary, consistent).
ConflictLookup = Callable[[Evidence], Sequence[Mapping[str, Any]]]


def finding_strength(finding: Finding, conflicts: ConflictLookup | None = None) -> StrengthResult:
    """Weakest link over the figures observed in the finding's period (the baseline figures only
    add reasons); see the module docstring."""
    figures = [e for e in finding.evidence if e.count is not None]
    key = [e for e in figures if e.period == finding.period] or figures
    reasons: list[str] = []
    against: list[str] = []
    weakest_n: int | None = None
    weakest_reps: dict[str, str] = {}
    for ev in figures:
        n, reps, primary = _figure_reporters(ev)
        label = f"{ev.period} {ev.purpose} {ev.count:,}"
        if primary:
            n = max(n, 2)  # the publisher's own table needs no second reporter
        if n == 0:
            reasons.append(f"{label}: no source given")
        if ev not in key:
            if n == 1:
                reasons.append(f"comparison figure {label} rests on one reporter")
            continue
        if conflicts is not None:
            # an independent report that agrees within its qualifier ("about 8,000") corroborates
            agreeing = [c for c in conflicts(ev) if c.get("consistent", False)]
            agree = independent_reporters(agreeing)
            extra = [c for c in agreeing if reporter_key(str(c.get("reporter") or "")) not in reps]
            if extra:
                reasons.append(
                    f"{label}: agreeing report(s) counted: "
                    + ", ".join(
                        f"{c.get('reporter') or c.get('outlet')} "
                        f"({c.get('qualifier')} {c.get('count')})"
                        for c in extra
                    )
                )
            reps = {**reps, **agree}
            n = max(n, len(reps))
        if weakest_n is None or n < weakest_n:
            weakest_n, weakest_reps = n, reps
        if conflicts is not None:
            against.extend(_against(ev, label, reps, conflicts, reasons))
    if against:
        return StrengthResult("contradicted", tuple(sorted(weakest_reps.values())), tuple(against))
    if not figures or not weakest_n:
        return StrengthResult("indicator", (), tuple(reasons) or ("no sourced figure",))
    names = tuple(sorted(weakest_reps.values()))
    if weakest_n >= 2:
        reasons.insert(
            0, f"each figure reported by at least {weakest_n} independent original reporters"
        )
        return StrengthResult("corroborated", names, tuple(reasons))
    reasons.insert(0, "A figure rests on a single original reporter: " + ", ".join(names))
    return StrengthResult("indicator", names, tuple(reasons))


def _against(
    ev: Evidence, label: str, reps: dict[str, str], conflicts: ConflictLookup, reasons: list[str]
) -> list[str]:
    """Conflicting statements that count as evidence against one figure.

    A primary-table figure always counts. Otherwise only an exact figure from another
    independent reporter counts, and only when the chosen figure has a single reporter: an
    approximate retelling cannot outweigh an exact figure, and a retelling of the same report
    is that report's problem, not a second opinion.
    """
    out = []
    for c in conflicts(ev):
        if c.get("consistent", True):
            continue
        who = c.get("reporter") or c.get("outlet")
        said = f"{label} is contradicted by {c.get('count')} ({c.get('qualifier')}) from {who}"
        c_key = reporter_key(str(who or ""))
        if c.get("primary"):
            out.append(said + " (primary table)")
        elif c_key in reps:
            reasons.append(f"{label}: a retelling of that report gives {c.get('count')}")
        elif c.get("qualifier") == "exact" and len(reps) <= 1:
            out.append(said)  # one independent reporter against another: nothing settles it
        else:
            reasons.append(f"{label}: {who} gives {c.get('count')} ({c.get('qualifier')})")
    return out


def claim_strength(check: CheckedClaim) -> StrengthResult | None:
    """A supported claim is as strong as its figure; a contradicted one is contradicted."""
    if check.verdict == "contradicted":
        return StrengthResult("contradicted", (), (check.explanation,))
    if check.verdict != "supported" or not check.observed:
        return None
    reps = independent_reporters(check.observed.get("sources") or [])
    primary = any(bool(s.get("primary")) for s in check.observed.get("sources") or [])
    names = tuple(sorted(reps.values()))
    if len(reps) >= 2 or primary:
        return StrengthResult(
            "corroborated", names, ("the supporting figure has independent reporters",)
        )
    return StrengthResult(
        "indicator", names, ("the supporting figure rests on one original reporter",)
    )


# -- matching ------------------------------------------------------------------------------
def _period_end(label: str | None) -> date | None:
    if not label:
        return None
    try:
        return Period.parse(label).end
    except ValueError:
        try:
            _start, end = label.split("..")
            return date.fromisoformat(end)
        except ValueError:
            return None


def rule_matches_finding(rule: AssessmentRule, f: Finding) -> bool:
    w = rule.when
    if w.source != "finding" or f.origin not in w.origins:
        return False
    if w.kinds and f.kind not in w.kinds:
        return False
    if f.subkind and f.subkind in w.exclude_subkinds:
        return False
    if w.purposes and f.purpose not in w.purposes:
        return False
    if w.period_from is not None:
        end = _period_end(f.period)
        if end is None or end < w.period_from:
            return False
    return True


def rule_matches_claim(rule: AssessmentRule, check: CheckedClaim) -> bool:
    w, c = rule.when, check.claim
    if w.source != "claim" or c.origin not in w.origins:
        return False
    if w.verdicts and check.verdict not in w.verdicts:
        return False
    if w.units and c.unit not in w.units:
        return False
    if w.purposes and c.purpose not in w.purposes:
        return False
    if w.period_from is not None:
        end = _period_end(c.period)
        if end is None or end < w.period_from:
            return False
    return True


# -- wording -------------------------------------------------------------------------------
def statement(
    rule: AssessmentRule, p: Provision, pattern: str, s: StrengthResult
) -> tuple[str, str, tuple[str, ...]]:
    """The sentence for one link, the wording used, and caveats; never says a breach is proven."""
    caveats: list[str] = []
    wording = "concern" if p.force == "hortatory" else rule.wording
    sentence = ""
    if s.strength == "contradicted":
        sentence += (
            "Figures disagree (" + "; ".join(s.reasons) + "), so the following link is doubtful. "
        )
    sentence += f"The pattern {WORDING_PHRASE[rule.wording]} {rule.rationale.strip()}"
    if rule.condition:
        sentence += f" ({rule.condition})"
    sentence += ". "
    if p.force == "hortatory":
        sentence += (
            f"It raises concern under {p.citation} ({p.title}), a hortatory paragraph that "
            "creates no binding obligation."
        )
    else:
        sentence += (
            f"It bears on {p.citation} ({p.title}), a binding duty of {p.addressee}; it is not by "
            "itself proof of a breach."
        )
    if not p.confirmed:
        caveats.append(
            f"The paragraph number of {p.citation} is not yet confirmed ({p.verification}: "
            f"{VERIFICATION_MEANING[p.verification]})."
        )
    return sentence, wording, tuple(caveats)


def _join(pattern: str, link: str) -> str:
    return pattern.rstrip(". ") + ". " + link


def assess(
    rulebook: Rulebook,
    findings: Sequence[Finding],
    checks: Sequence[CheckedClaim] = (),
    conflicts: ConflictLookup | None = None,
) -> list[Assessment]:
    """Apply every rule to every finding and checked claim, in rule order."""
    out: list[Assessment] = []
    for f in findings:
        rules = [r for r in rulebook.rules if rule_matches_finding(r, f)]
        if not rules:
            continue
        s = finding_strength(f, conflicts)
        for r in rules:
            out.extend(_links(rulebook, r, "finding", f.id, f.explanation, s))
    for ch in checks:
        rules = [r for r in rulebook.rules if rule_matches_claim(r, ch)]
        cs = claim_strength(ch) if rules else None
        if cs is None:
            continue
        verdict = {"supported": "supported", "contradicted": "contradicted"}[ch.verdict]
        pattern = (
            f'The claim "{ch.claim.sentence.strip()}" is {verdict} by the statistics: '
            f"{ch.explanation}"
        )
        for r in rules:
            out.extend(_links(rulebook, r, "claim", claim_id(ch), pattern, cs))
    return out


def _links(
    rb: Rulebook,
    rule: AssessmentRule,
    subject: Literal["finding", "claim"],
    sid: str,
    pattern: str,
    s: StrengthResult,
) -> list[Assessment]:
    res = []
    for pid in rule.provisions:
        p = rb.provision(pid)
        text, wording, caveats = statement(rule, p, pattern, s)
        res.append(
            Assessment(
                id=stable_id(rule.id, subject, sid, pid, prefix="a-"),
                rule_id=rule.id,
                subject=subject,
                subject_id=sid,
                provision_id=pid,
                citation=p.citation,
                force=p.force,
                wording=wording,
                strength=s.strength,
                reporters=s.reporters,
                reasons=s.reasons,
                condition=rule.condition,
                verification=p.verification,
                statement=_join(pattern, text),
                link=text,
                caveats=caveats,
            )
        )
    return res


def overall_strength(assessments: Iterable[Assessment]) -> Strength | None:
    """A finding's strength across links: contradicted wins, then corroborated, then indicator."""
    seen = {a.strength for a in assessments}
    for s in ("contradicted", "corroborated", "indicator"):
        if s in seen:
            return s
    return None
