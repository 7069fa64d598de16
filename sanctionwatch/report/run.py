"""The report pipeline: detectors, claim checks and assessment over one store, then the dossier.

The report layer sits above detect and claims, so this is where they are wired together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from sanctionwatch.flows import load_series
from sanctionwatch.model.claim import CheckedClaim
from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.report.dossier import Document, Dossier, build_dossier
from sanctionwatch.rules.assess import assess
from sanctionwatch.rules.loader import Rulebook, default_rulebook
from sanctionwatch.store import Store

SAMPLE_ARTICLE = "sample_article.txt"


@dataclass(frozen=True)
class Article:
    """A text to check: the claims in it are compared with the statistics."""

    id: str
    text: str
    date: date | None
    title: str
    origin: str  # where it came from, for the reader


@dataclass
class ReportRun:
    dossier: Dossier
    findings: list[Finding]
    checks: list[CheckedClaim]
    timings: dict[str, float] = field(default_factory=dict)


def sample_article() -> Article:
    """The bundled sample article: 2024 figures as the press stated them, one retelling wrong."""
    path = Path(str(resources.files("sanctionwatch.data").joinpath(SAMPLE_ARTICLE)))
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    published = None
    for line in lines[:3]:
        if line.startswith("Published "):
            from datetime import datetime

            published = datetime.strptime(
                line.removeprefix("Published ").strip(), "%d %B %Y"
            ).date()
    return Article(
        id="sample-article",
        text=text,
        date=published,
        title=lines[0].strip(),
        origin="sample article written for sanctionwatch (sanctionwatch/data/sample_article.txt)",
    )


def check_articles(store: Store, articles: Sequence[Article]) -> list[CheckedClaim]:
    if not articles:
        return []
    from sanctionwatch.claims.extract import extract_claims
    from sanctionwatch.claims.verify import Snapshot, check_claims

    snapshot = Snapshot.from_store(store)
    out: list[CheckedClaim] = []
    for a in articles:
        claims = extract_claims(a.text, lang="auto", doc_date=a.date, doc_id=a.id)
        out.extend(check_claims(snapshot, claims))
    return out


def _conflict_lookup(
    series: Any, origin: str, destination: str
) -> Callable[[Evidence], list[dict[str, Any]]]:
    index = {
        (p, v.period.label): v
        for (o, d, p), s in series.items()
        if (o, d) == (origin, destination)
        for v in s.values
    }

    def lookup(ev: Evidence) -> list[dict[str, Any]]:
        v = index.get((ev.purpose, ev.period))
        if v is None or ev.measure != "entries" or v.count != ev.count:
            return []
        return [c.to_dict() for c in v.conflicts]

    return lookup


def build_report(
    store: Store,
    origin: str = "KP",
    destination: str = "RU",
    articles: Sequence[Article] = (),
    as_of: date | None = None,
    rulebook: Rulebook | None = None,
) -> ReportRun:
    """Detect, check, assess and assemble the dossier for one origin→destination pair."""
    import time

    from sanctionwatch.detect import run_detectors
    from sanctionwatch.detect.params import load_params

    rb = rulebook or default_rulebook()
    t: dict[str, float] = {}
    t0 = time.perf_counter()
    findings = run_detectors(store, origin=origin, destination=destination, as_of=as_of)
    t["detect"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    missing: list[str] = []
    try:
        checks = check_articles(store, articles)
    except ImportError as exc:  # a build without the claims package still writes the dossier
        checks = []
        missing.append(f"claims were not checked: {exc}")
    t["claims"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    series = load_series(store, None, destination, as_of=as_of)
    assessments = assess(rb, findings, checks, _conflict_lookup(series, origin, destination))
    params = load_params().model_dump(mode="json")
    detector_params = {k: v for k, v in params.items() if isinstance(v, dict)}
    dossier = build_dossier(
        rb,
        series,
        findings,
        checks,
        assessments,
        origin=origin,
        destination=destination,
        documents=[
            Document(
                id=a.id, title=a.title, date=a.date.isoformat() if a.date else None, origin=a.origin
            )
            for a in articles
        ],
        detector_params=detector_params,
    )
    dossier.data_quality.warnings[:0] = missing
    t["assess_and_build"] = time.perf_counter() - t0
    return ReportRun(dossier=dossier, findings=findings, checks=checks, timings=t)
