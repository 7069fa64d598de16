"""The evidence dossier as data (pydantic): findings, figures with footnotes, checks, quality.

Only published or derived statistics are "figures"; each carries at least one source URL, and
a figure whose sources give no URL is left out and named in the data-quality warnings.
Numbers a detector computed (a baseline median, a ratio) are not figures: they name the
figures they were computed from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field

from sanctionwatch.model.claim import CheckedClaim
from sanctionwatch.model.finding import Finding
from sanctionwatch.model.flow import FlowValue, source_ref
from sanctionwatch.model.observation import stable_id
from sanctionwatch.model.period import Period, PeriodKind
from sanctionwatch.rules.assess import Assessment, claim_id, overall_strength
from sanctionwatch.rules.loader import Rulebook
from sanctionwatch.rules.model import VERIFICATION_MEANING

SeriesMap = Mapping[tuple[str, str, str], Any]  # (origin, destination, purpose) -> flows Series


class Footnote(BaseModel):
    n: int
    outlet: str
    reporter: str | None = None
    publisher: str | None = None
    chain: list[str] = []
    url: str = Field(min_length=8)
    date: str | None = None
    quote: str | None = None


class Figure(BaseModel):
    """A published or derived statistic, with the footnotes of its sources (at least one URL)."""

    id: str
    label: str
    count: float
    qualifier: str
    unit: str
    measure: str
    origin: str
    destination: str
    purpose: str
    period: str
    derived: bool = False
    method: str | None = None
    footnotes: list[int] = Field(min_length=1)
    urls: list[str] = Field(min_length=1)
    independent_reporters: int = 0


class Computed(BaseModel):
    """A number a detector computed (baseline, ratio), and the figures it was computed from."""

    name: str
    value: float
    computed_from: list[str]


class ChartSeries(BaseModel):
    purpose: str
    points: list[dict[str, Any]]  # {period, start, end, count, figure, derived, withheld}


class Chart(BaseModel):
    title: str
    period_kind: str
    highlight: str
    series: list[ChartSeries]
    events: list[str]  # timeline event ids within the range


class ProvisionLink(BaseModel):
    assessment: str
    provision: str
    citation: str
    title: str
    force: str
    verification: str
    confirmed: bool
    unconfirmed_note: str | None
    wording: str
    strength: str
    statement: str
    link: str = ""
    condition: str | None = None
    caveats: list[str] = []


class DossierFinding(BaseModel):
    id: str
    kind: str
    subkind: str | None
    detector: str
    origin: str
    destination: str
    purpose: str
    period: str
    explanation: str
    severity: float
    value_figure: str | None
    computed: list[Computed]
    evidence: list[str]  # figure ids
    strength: str  # corroborated | indicator | contradicted | not_assessed
    strength_reasons: list[str]
    reporters: list[str]
    provisions: list[ProvisionLink]
    claim_checks: list[str]
    chart: Chart | None
    params: dict[str, Any]

    @property
    def label(self) -> str:
        """How analysts name the pattern: a fall found by the surge detector is a collapse."""
        shown = self.subkind if self.subkind == "collapse" else self.kind
        return shown.replace("_", " ")


class ClaimCheckOut(BaseModel):
    id: str
    doc: str
    sentence: str
    claimed: str  # the number as written in the text
    quantity: float | None
    qualifier: str | None
    purpose: str | None
    period: str | None
    unit: str | None
    verdict: str
    explanation: str
    observed_figure: str | None
    tolerance: dict[str, Any] = {}
    assessments: list[str] = []
    provisions: list[ProvisionLink] = []


class Document(BaseModel):
    id: str
    title: str
    date: str | None
    origin: str  # where it came from (bundled sample, file path)


class DataQuality(BaseModel):
    conflicts: list[dict[str, Any]] = []
    derived: list[dict[str, Any]] = []
    gaps: list[dict[str, Any]] = []
    withheld: list[dict[str, Any]] = []
    warnings: list[str] = []


class Methods(BaseModel):
    detectors: list[dict[str, Any]] = []
    claim_tolerances: list[dict[str, Any]] = []
    strength: dict[str, str] = {}
    wording: dict[str, str] = {}
    verification: dict[str, str] = {}
    notes: list[str] = []


class EventOut(BaseModel):
    id: str
    date: str
    precision: str
    label: str
    detail: str
    kind: str
    verification: str
    footnotes: list[int]


class ProvisionOut(BaseModel):
    id: str
    citation: str
    title: str
    instrument: str
    adopted: str
    paragraph: str
    force: str
    addressee: str
    paraphrase: str
    deadlines: list[dict[str, str]]
    exemptions: list[str]
    reporting: list[str]
    verification: str
    verification_meaning: str
    verification_note: str
    footnotes: list[int]


class Dossier(BaseModel):
    title: str
    generated_at: str
    origin: str
    destination: str
    unit_note: str
    summary: dict[str, list[str]]
    findings: list[DossierFinding]
    claim_checks: list[ClaimCheckOut]
    documents: list[Document]
    provisions: list[ProvisionOut]
    timeline: list[EventOut]
    figures: list[Figure]
    data_quality: DataQuality
    methods: Methods
    footnotes: list[Footnote]

    def figure(self, fid: str) -> Figure:
        return self._figures()[fid]

    def _figures(self) -> dict[str, Figure]:
        return {f.id: f for f in self.figures}


# -- building ---------------------------------------------------------------------------------
class _Registry:
    """Footnotes (one per distinct source) and figures (one per distinct statistic)."""

    def __init__(self) -> None:
        self.footnotes: dict[tuple[Any, ...], Footnote] = {}
        self.figures: dict[str, Figure] = {}
        self.warnings: list[str] = []

    def note(self, ref: Mapping[str, Any]) -> int | None:
        url = ref.get("url")
        if not url or not str(url).startswith(("https://", "http://")):
            return None  # only web addresses become links (no javascript: or file: from sources)
        key = (url, ref.get("outlet"), ref.get("reporter"), ref.get("date"))
        fn = self.footnotes.get(key)
        if fn is None:
            fn = Footnote(
                n=len(self.footnotes) + 1,
                outlet=str(ref.get("outlet") or ref.get("reporter") or url),
                reporter=ref.get("reporter"),
                publisher=ref.get("publisher"),
                chain=list(ref.get("chain") or []),
                url=str(url),
                date=_s(ref.get("date")),
                quote=ref.get("quote"),
            )
            self.footnotes[key] = fn
        return fn.n

    def url_note(self, url: str, outlet: str) -> int:
        n = self.note({"url": url, "outlet": outlet})
        assert n is not None
        return n

    def figure(
        self,
        *,
        count: float | None,
        qualifier: str,
        origin: str,
        destination: str,
        purpose: str,
        period: str,
        sources: Sequence[Mapping[str, Any]],
        derived: bool = False,
        method: str | None = None,
        measure: str = "entries",
        unit: str = "entries",
    ) -> str | None:
        if count is None:
            return None
        fid = stable_id(
            measure, origin, destination, purpose, period, count, qualifier, prefix="fig-"
        )
        if fid in self.figures:
            return fid
        notes = sorted({n for s in sources if (n := self.note(s)) is not None})
        if not notes:
            self.warnings.append(
                f"{origin}→{destination} {purpose} {period} = {count:,.0f} is not shown: "
                "none of its sources gives a URL"
            )
            return None
        from sanctionwatch.rules.assess import independent_reporters

        self.figures[fid] = Figure(
            id=fid,
            label=f"{origin}→{destination} {purpose.replace('_', ' ')} {period}",
            count=count,
            qualifier=qualifier,
            unit=unit,
            measure=measure,
            origin=origin,
            destination=destination,
            purpose=purpose,
            period=period,
            derived=derived,
            method=method,
            footnotes=notes,
            urls=sorted(
                {str(s["url"]) for s in sources if str(s.get("url") or "").startswith("http")}
            ),
            independent_reporters=len(independent_reporters(sources)),
        )
        return fid

    def flow_figure(self, v: FlowValue) -> str | None:
        d = v.to_dict()
        return self.figure(
            count=v.count,
            qualifier=v.qualifier.value,
            origin=v.origin,
            destination=v.destination,
            purpose=v.purpose,
            period=v.period.label,
            sources=d["sources"],
            derived=v.derived,
            method=v.method,
        )


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def _flow_index(series: SeriesMap) -> dict[tuple[str, str, str, str], FlowValue]:
    out = {}
    for (o, d, p), s in series.items():
        for v in s.values:
            out[(o, d, p, v.period.label)] = v
    return out


def build_dossier(
    rulebook: Rulebook,
    series: SeriesMap,
    findings: Sequence[Finding],
    checks: Sequence[CheckedClaim],
    assessments: Sequence[Assessment],
    *,
    origin: str,
    destination: str,
    documents: Sequence[Document] = (),
    detector_params: Mapping[str, Any] | None = None,
    generated_at: datetime | None = None,
) -> Dossier:
    reg = _Registry()
    flows = _flow_index(series)
    by_subject: dict[str, list[Assessment]] = defaultdict(list)
    for a in assessments:
        by_subject[a.subject_id].append(a)

    # claim checks first, so findings can list the ones that touch them
    check_out: list[ClaimCheckOut] = []
    for ch in checks:
        c = ch.claim
        obs = ch.observed or {}
        ofig = None
        if obs.get("count") is not None:
            ofig = reg.figure(
                count=obs["count"],
                qualifier=str(obs.get("qualifier") or "exact"),
                origin=str(c.origin or origin),
                destination=str(c.destination or destination),
                purpose=str(obs.get("purpose") or c.purpose or "total"),
                period=str(obs.get("period") or c.period or ""),
                sources=obs.get("sources") or [],
                derived=bool(obs.get("derived")),
                measure=str(obs.get("measure") or "entries"),
            )
        cid = claim_id(ch)
        check_out.append(
            ClaimCheckOut(
                id=cid,
                doc=c.doc,
                sentence=c.sentence,
                claimed=c.text or _num(c.quantity),
                quantity=c.quantity,
                qualifier=c.qualifier,
                purpose=c.purpose,
                period=c.period,
                unit=c.unit,
                verdict=ch.verdict,
                explanation=ch.explanation,
                observed_figure=ofig,
                tolerance=dict(ch.tolerance),
                assessments=[a.id for a in by_subject.get(cid, [])],
                provisions=[_link(a, rulebook) for a in by_subject.get(cid, [])],
            )
        )

    out_findings: list[DossierFinding] = []
    events_in_range: set[str] = set()
    for f in findings:
        ev_ids: list[str] = []
        for e in f.evidence:
            fid = reg.figure(
                count=e.count,
                qualifier=e.qualifier,
                origin=f.origin,
                destination=f.destination,
                purpose=e.purpose,
                period=e.period,
                sources=e.sources,
                derived=e.derived,
                measure=e.measure,
                method=(
                    flows.get((f.origin, f.destination, e.purpose, e.period)) or _NoFlow
                ).method,
                unit="entries" if e.measure == "entries" else "persons or documents",
            )
            if fid:
                ev_ids.append(fid)
        value_fig = next(
            (
                fid
                for fid, e in zip(ev_ids, f.evidence, strict=False)
                if e.period == f.period and e.purpose == f.purpose and e.count == f.value
            ),
            None,
        )
        computed = [
            Computed(name=n, value=float(v), computed_from=ev_ids)
            for n, v in (("baseline", f.baseline), ("ratio", f.ratio))
            if v is not None and ev_ids
        ]
        if f.value is not None and value_fig is None and ev_ids:
            computed.insert(0, Computed(name="value", value=float(f.value), computed_from=ev_ids))
        links = by_subject.get(f.id, [])
        strength = overall_strength(links) or "not_assessed"
        chart = _chart(f, series, rulebook, reg)
        if chart:
            events_in_range.update(chart.events)
        touching = [co.id for co, ch in zip(check_out, checks, strict=True) if _touches(ch, f)]
        out_findings.append(
            DossierFinding(
                id=f.id,
                kind=f.kind,
                subkind=f.subkind,
                detector=f.detector,
                origin=f.origin,
                destination=f.destination,
                purpose=f.purpose,
                period=f.period,
                explanation=f.explanation,
                severity=round(f.severity, 3),
                value_figure=value_fig,
                computed=computed,
                evidence=ev_ids,
                strength=strength,
                strength_reasons=list(links[0].reasons) if links else [],
                reporters=list(links[0].reporters) if links else [],
                provisions=[_link(a, rulebook) for a in links],
                claim_checks=touching,
                chart=chart,
                params=dict(f.params),
            )
        )
    # strongest first within the summary order
    order = {"corroborated": 0, "indicator": 1, "contradicted": 2, "not_assessed": 3}
    out_findings.sort(key=lambda x: (order[x.strength], -x.severity, x.id))
    summary: dict[str, list[str]] = {k: [] for k in order}
    for x in out_findings:
        summary[x.strength].append(x.id)

    cited = sorted({a.provision_id for a in assessments})
    provisions = [_provision_out(rulebook, pid, reg) for pid in cited]
    timeline = [
        EventOut(
            id=e.id,
            date=e.date.isoformat(),
            precision=e.precision,
            label=e.label,
            detail=e.detail,
            kind=e.kind,
            verification=e.verification,
            footnotes=[reg.url_note(u, _host(u)) for u in e.source_urls],
        )
        for e in rulebook.timeline
    ]
    dq = _data_quality(series, reg, origin, destination)
    dq.warnings.extend(reg.warnings)
    methods = _methods(findings, checks, detector_params)
    return Dossier(
        title=f"Evidence dossier: {origin} → {destination} entries"
        + (" and the UN DPRK sanctions" if origin == "KP" else ""),
        generated_at=(generated_at or datetime.now(UTC)).isoformat(timespec="seconds"),
        origin=origin,
        destination=destination,
        unit_note="Border statistics count entries (crossings), not distinct persons.",
        summary=summary,
        findings=out_findings,
        claim_checks=check_out,
        documents=list(documents),
        provisions=provisions,
        timeline=timeline,
        figures=list(reg.figures.values()),
        data_quality=dq,
        methods=methods,
        footnotes=sorted(reg.footnotes.values(), key=lambda n: n.n),
    )


class _NoFlow:
    method = None


def _num(q: float | None) -> str:
    if q is None:
        return ""
    return f"{q:,.0f}" if float(q).is_integer() else f"{q:,}"


def _host(url: str) -> str:
    rest = url.split("//", 1)[-1]
    return rest.split("/", 1)[0]


def _touches(ch: CheckedClaim, f: Finding) -> bool:
    """A claim touches a finding when it is about one of the series/periods the finding rests on."""
    c = ch.claim
    if c.origin not in (None, f.origin) or c.destination not in (None, f.destination):
        return False
    keys = {(e.purpose, e.period) for e in f.evidence} | {(f.purpose, f.period)}
    obs = ch.observed or {}
    cands = {(c.purpose, c.period), (obs.get("purpose"), obs.get("period"))}
    if c.comparison and c.comparison.baseline_period:
        cands.add((c.purpose, c.comparison.baseline_period))
    return bool(keys & cands)


def _link(a: Assessment, rb: Rulebook) -> ProvisionLink:
    p = rb.provision(a.provision_id)
    note = None
    if not p.confirmed:
        note = (
            f"Paragraph number not yet confirmed ({p.verification}: "
            f"{VERIFICATION_MEANING[p.verification]})."
        )
    return ProvisionLink(
        assessment=a.id,
        provision=p.id,
        citation=p.citation,
        title=p.title,
        force=p.force,
        verification=p.verification,
        confirmed=p.confirmed,
        unconfirmed_note=note,
        wording=a.wording,
        strength=a.strength,
        statement=a.statement,
        link=a.link,
        condition=a.condition,
        caveats=list(a.caveats),
    )


def _provision_out(rb: Rulebook, pid: str, reg: _Registry) -> ProvisionOut:
    p = rb.provision(pid)
    return ProvisionOut(
        id=p.id,
        citation=p.citation,
        title=p.title,
        instrument=p.instrument,
        adopted=p.adopted.isoformat(),
        paragraph=p.paragraph,
        force=p.force,
        addressee=p.addressee,
        paraphrase=p.paraphrase,
        deadlines=[{"date": d.date.isoformat(), "what": d.what} for d in p.deadlines],
        exemptions=list(p.exemptions),
        reporting=list(p.reporting),
        verification=p.verification,
        verification_meaning=VERIFICATION_MEANING[p.verification],
        verification_note=p.verification_note,
        footnotes=[
            reg.url_note(u, p.instrument if "undocs.org" in u else _host(u)) for u in p.source_urls
        ],
    )


def _chart(f: Finding, series: SeriesMap, rb: Rulebook, reg: _Registry) -> Chart | None:
    try:
        kind = Period.parse(f.period).kind
    except ValueError:
        return None
    if kind not in (PeriodKind.QUARTER, PeriodKind.YEAR):
        return None
    purposes = [f.purpose]
    if f.kind == "purpose_substitution":
        purposes += sorted({e.purpose for e in f.evidence if e.purpose != f.purpose})
    out_series = []
    starts = []
    for p in purposes:
        s = series.get((f.origin, f.destination, p))
        if s is None:
            continue
        pts = []
        for v in s.values:
            if v.period.kind != kind:
                continue
            pts.append(
                {
                    "period": v.period.label,
                    "start": v.period.start.isoformat(),
                    "end": v.period.end.isoformat(),
                    "count": v.count,
                    "derived": v.derived,
                    "withheld": v.count is None,
                    "qualifier": v.qualifier.value,
                    "figure": reg.flow_figure(v),
                }
            )
            starts.append(v.period.start)
        if pts:
            out_series.append(ChartSeries(purpose=p, points=pts))
    if not out_series:
        return None
    lo, hi = min(starts), max(starts)
    events = [e.id for e in rb.timeline if lo <= e.date <= _end_of(hi, kind)]
    return Chart(
        title=f"{f.origin}→{f.destination} entries by {kind.value}: {', '.join(purposes)}",
        period_kind=kind.value,
        highlight=f.period,
        series=out_series,
        events=events,
    )


def _end_of(d: Any, kind: PeriodKind) -> Any:
    return (
        Period.year(d.year).end
        if kind == PeriodKind.YEAR
        else Period.quarter(d.year, (d.month - 1) // 3 + 1).end
    )


def _data_quality(series: SeriesMap, reg: _Registry, origin: str, destination: str) -> DataQuality:
    dq = DataQuality()
    for (o, d, p), s in sorted(series.items()):
        if (o, d) != (origin, destination):
            continue
        for v in s.values:
            if v.count is None:
                dq.withheld.append(
                    {
                        "series": f"{o}→{d} {p}",
                        "period": v.period.label,
                        "footnotes": sorted(
                            {n for x in v.to_dict()["sources"] if (n := reg.note(x))}
                        ),
                        "note": "withheld by the publisher: unknown, not zero",
                    }
                )
                continue
            bad = [c for c in v.conflicts if not c.consistent]
            if bad or v.derived:
                fid = reg.flow_figure(v)
                if fid is None:
                    continue
                if bad:
                    alts = []
                    for c in bad:
                        cd = c.to_dict()
                        alts.append(
                            {
                                "count": cd["count"],
                                "qualifier": cd["qualifier"],
                                "outlet": cd["outlet"],
                                "reporter": cd["reporter"],
                                "footnotes": [n] if (n := reg.note(cd)) else [],
                            }
                        )
                    dq.conflicts.append({"figure": fid, "alternatives": alts})
                if v.derived:
                    dq.derived.append(
                        {"figure": fid, "method": v.method or "derived", "inputs": _inputs(v, reg)}
                    )
        dq.gaps.extend(_gaps(s, o, d, p))
        dq.warnings.extend(s.warnings)
    dq.warnings = sorted(set(dq.warnings), key=dq.warnings.index)
    return dq


def _inputs(v: FlowValue, reg: _Registry) -> list[str]:
    """The published figures a derived value was computed from, each with its own sources."""
    groups: dict[tuple[str, str, int | None, str], list[dict[str, Any]]] = defaultdict(list)
    for o in v.sources:
        groups[(o.purpose, o.period.label, o.count, o.qualifier.value)].append(source_ref(o))
    ids = []
    for (purpose, period, count, qualifier), refs in groups.items():
        fid = reg.figure(
            count=count,
            qualifier=qualifier,
            origin=v.origin,
            destination=v.destination,
            purpose=purpose,
            period=period,
            sources=refs,
        )
        if fid:
            ids.append(fid)
    return ids


def _gaps(s: Any, o: str, d: str, p: str) -> list[dict[str, Any]]:
    """Quarters missing between the first and last known quarter of a series."""
    qs = sorted(v.period for v in s.values if v.period.kind == PeriodKind.QUARTER)
    if len(qs) < 2:
        return []
    have = {q.label for q in qs}
    missing = []
    y, q = qs[0].start.year, qs[0].quarter_index or 1
    while (y, q) < (qs[-1].start.year, qs[-1].quarter_index or 1):
        label = f"{y}-Q{q}"
        if label not in have:
            missing.append(label)
        q += 1
        if q == 5:
            y, q = y + 1, 1
    if not missing:
        return []
    return [
        {
            "series": f"{o}→{d} {p}",
            "periods": missing,
            "note": "no published or derivable quarterly value",
        }
    ]


def _methods(
    findings: Iterable[Finding],
    checks: Iterable[CheckedClaim],
    detector_params: Mapping[str, Any] | None,
) -> Methods:
    detectors: dict[str, dict[str, Any]] = {}
    for f in findings:
        name = f.detector or f.kind
        detectors.setdefault(name, {"detector": name, "kinds": set(), "params": dict(f.params)})
        detectors[name]["kinds"].add(f.kind)
    if detector_params:
        for name, params in detector_params.items():
            detectors.setdefault(name, {"detector": name, "kinds": set(), "params": params})
    tol: dict[str, dict[str, Any]] = {}
    for ch in checks:
        if ch.tolerance:
            tol.setdefault(repr(sorted(ch.tolerance.items())), dict(ch.tolerance))
    return Methods(
        detectors=[{**d, "kinds": sorted(d["kinds"])} for d in detectors.values()],
        claim_tolerances=list(tol.values()),
        strength={
            "corroborated": "every figure the finding rests on was reported by at least two "
            "independent original reporters (or read from the publisher's own table)",
            "indicator": "at least one figure rests on a single original reporter; retellings of "
            "one report by other outlets count as that one report",
            "contradicted": "a conflicting figure from the primary table, or from another "
            "independent reporter when the chosen figure has only one; for a claim, the "
            "statistics contradict it",
        },
        wording={
            "consistent_with": "the pattern fits the provision's concern directly",
            "may_indicate": "a weaker or conditional link; other explanations remain open",
            "concern": "the provision is hortatory: it creates no binding duty, so only concern",
        },
        verification=dict(VERIFICATION_MEANING),
        notes=[
            "No statement in this dossier says that a breach is proven; statistical patterns are "
            "evidence consistent with a possible breach by the State concerned.",
            "Border statistics count entries (crossings), not persons.",
            "A derived value is computed from published values (e.g. a quarter from year-to-date "
            "releases) and is only as strong as its weakest input.",
            "Claimed numbers quoted from checked documents are the documents' words, not figures "
            "of this dossier; the figure each is compared with carries its sources.",
        ],
    )
