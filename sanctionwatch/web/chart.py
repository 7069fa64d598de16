"""Inline SVG charts of series values, drawn on the server so pages work without scripts.

Hand-written rather than a plotting library because the chart must carry our semantics in
its markup: derived values hollow, bounds ("at least") as triangles, withheld values as a
cross on the axis (unknown, never zero), no line across a missing period (nothing is
interpolated), disagreeing reports that appear on hover, and the events timeline; each mark
carries a ``<title>`` that browsers show on hover and our script turns into a tooltip. All
text is escaped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#F0E442",
    "#7f7f7f",
    "#8c564b",
)
UP = {"at_least", "more_than"}
DOWN = {"at_most", "less_than"}


@dataclass
class Chart:
    svg: Markup
    events: list[dict[str, Any]]  # the events drawn, numbered as on the chart
    purposes: list[tuple[str, str]]  # (purpose, colour)


def _d(s: str) -> date:
    return date.fromisoformat(s)


def _fmt(n: float | int | None) -> str:
    if n is None:
        return "—"
    return f"{n:,.0f}" if float(n).is_integer() else f"{n:,.1f}"


def _nice(top: float) -> tuple[float, float]:
    """An axis maximum and tick step that read well (1, 2, 2.5, 5 times a power of ten)."""
    if top <= 0:
        return 10.0, 2.0
    raw = top / 5
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    return step * math.ceil(top / step), step


def series_chart(
    rows: list[dict[str, Any]],
    events: list[dict[str, Any]] | None = None,
    *,
    highlight: str | None = None,
    title: str = "",
    width: int = 960,
    height: int = 400,
) -> Chart | None:
    """A chart of flow values (the ``flows`` JSON objects) of one period kind; None if empty."""
    if not rows:
        return None
    ml, mr, mt, mb = 70, 20, 58, 44
    pw, ph = width - ml - mr, height - mt - mb
    x0 = min(_d(r["period_start"]) for r in rows)
    x1 = max(_d(r["period_end"]) for r in rows) + timedelta(days=1)
    span = max((x1 - x0).days, 1)

    def x(d: date) -> float:
        return ml + pw * (d - x0).days / span

    counts = [r["count"] for r in rows if r["count"] is not None]
    counts += [c["count"] for r in rows for c in r["conflicts"] if c.get("count") is not None]
    ymax, ystep = _nice(max(counts, default=0) * 1.05)

    def y(v: float) -> float:
        return mt + ph - ph * v / ymax

    purposes = sorted({r["purpose"] for r in rows}, key=lambda p: (p != "total", p))
    colour = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(purposes)}
    out: list[str] = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title or "series chart")}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>" if title else "",
    ]
    # Highlighted period (a finding's), behind everything.
    if highlight:
        for r in rows:
            if r["period"] == highlight:
                hx0, hx1 = x(_d(r["period_start"])), x(_d(r["period_end"]) + timedelta(days=1))
                out.append(
                    f'<rect class="band" x="{hx0:.1f}" y="{mt}" width="{hx1 - hx0:.1f}" '
                    f'height="{ph}"><title>{escape(highlight)}</title></rect>'
                )
                break
    # Axes and grid.
    tick = 0.0
    while tick <= ymax + 1e-9:
        ty = y(tick)
        out.append(f'<line class="grid" x1="{ml}" x2="{ml + pw}" y1="{ty:.1f}" y2="{ty:.1f}"/>')
        out.append(
            f'<text class="ylab" x="{ml - 6}" y="{ty + 4:.1f}" text-anchor="end">'
            f"{_fmt(tick)}</text>"
        )
        tick += ystep
    years = list(range(x0.year, x1.year + 1))
    every = 1 if len(years) <= 10 else 2
    for yr in years:
        d = date(yr, 1, 1)
        if x0 <= d <= x1:
            tx = x(d)
            out.append(
                f'<line class="grid v" x1="{tx:.1f}" x2="{tx:.1f}" y1="{mt}" y2="{mt + ph}"/>'
            )
        mid = max(date(yr, 7, 1), x0) if yr == x0.year else date(yr, 7, 1)
        if (yr - years[0]) % every == 0 and x0 <= mid <= x1:
            out.append(
                f'<text class="xlab" x="{x(mid):.1f}" y="{mt + ph + 18}" '
                f'text-anchor="middle">{yr}</text>'
            )
    out.append(f'<line class="axis" x1="{ml}" x2="{ml + pw}" y1="{mt + ph}" y2="{mt + ph}"/>')
    out.append(
        f'<text class="unit" x="{ml}" y="{mt - 8}">entries (border crossings, not persons)</text>'
    )
    # Events timeline: a numbered line per dated event inside the charted span.
    drawn: list[dict[str, Any]] = []
    for ev in sorted(events or [], key=lambda e: str(e.get("date", ""))):
        try:
            ed = _d(str(ev["date"]))
        except (KeyError, ValueError):
            continue
        if not x0 <= ed <= x1:
            continue
        n = len(drawn) + 1
        drawn.append({**ev, "n": n})
        ex = x(ed)
        tip = f"{ed.isoformat()}: {ev.get('label', '')}\n{ev.get('detail', '')}"
        out.append(
            f'<g class="event" tabindex="0" data-n="{n}"><title>{escape(tip)}</title>'
            f'<line x1="{ex:.1f}" x2="{ex:.1f}" y1="{mt - 2}" y2="{mt + ph}"/>'
            f'<rect x="{ex - 8:.1f}" y="{mt - 20}" width="16" height="14" rx="3"/>'
            f'<text x="{ex:.1f}" y="{mt - 9}" text-anchor="middle">{n}</text></g>'
        )
    # Lines, only between adjacent periods: a gap stays a gap.
    by_purpose: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_purpose[r["purpose"]].append(r)
    for p in purposes:
        pts = sorted(by_purpose[p], key=lambda r: r["period_start"])
        for a, b in pairwise(pts):
            if a["count"] is None or b["count"] is None:
                continue
            if _d(b["period_start"]) != _d(a["period_end"]) + timedelta(days=1):
                continue
            dash = ' stroke-dasharray="5 4"' if a["derived"] or b["derived"] else ""
            out.append(
                f'<line class="seg" x1="{_mid(a, x):.1f}" y1="{y(a["count"]):.1f}" '
                f'x2="{_mid(b, x):.1f}" y2="{y(b["count"]):.1f}" stroke="{colour[p]}"{dash}/>'
            )
    # Points, with their disagreeing reports revealed on hover/focus.
    for p in purposes:
        for r in sorted(by_purpose[p], key=lambda r: r["period_start"]):
            out.append(_point(r, x, y, colour[p], mt + ph, r["period"] == highlight))
    # Legend: purposes, then the marks.
    lx = ml
    for p in purposes:
        out.append(
            f'<rect class="key" x="{lx}" y="8" width="12" height="12" fill="{colour[p]}"/>'
            f'<text class="keylab" x="{lx + 16}" y="18">{escape(p)}</text>'
        )
        lx += 24 + 7 * len(p)
    out.append(
        f'<text class="keylab marks" x="{width - mr}" y="18" text-anchor="end">'
        "● published  ○ derived  ▲ at least  ▼ at most  ◇ disagreeing report  × withheld</text>"
    )
    out.append("</svg>")
    return Chart(Markup("".join(out)), drawn, [(p, colour[p]) for p in purposes])


def _mid(r: dict[str, Any], x: Any) -> float:
    a, b = _d(r["period_start"]), _d(r["period_end"]) + timedelta(days=1)
    return float((x(a) + x(b)) / 2)


def _tip(r: dict[str, Any]) -> str:
    lines = [f"{r['purpose']} {r['period']}: {_fmt(r['count'])} ({r['qualifier']})"]
    if r["count"] is None:
        lines[0] = f"{r['purpose']} {r['period']}: withheld by the publisher (unknown, not zero)"
    if r["derived"]:
        lines.append("derived: " + (r.get("method") or "computed from other published values"))
    outlets = sorted({s.get("outlet") or "" for s in r["sources"]} - {""})
    if outlets:
        lines.append("sources: " + "; ".join(outlets))
    for c in r["conflicts"]:
        tag = "consistent" if c.get("consistent") else "DISAGREES"
        lines.append(f"{tag}: {_fmt(c.get('count'))} ({c.get('qualifier')}) — {c.get('outlet')}")
    return "\n".join(lines)


def _point(r: dict[str, Any], x: Any, y: Any, col: str, base: float, hl: bool) -> str:
    cx = _mid(r, x)
    cls = "pt" + (" derived" if r["derived"] else "") + (" hl" if hl else "")
    disputed = any(not c.get("consistent") for c in r["conflicts"])
    if disputed:
        cls += " disputed"
    attrs = (
        f'class="{cls}" tabindex="0" data-purpose="{escape(r["purpose"])}" '
        f'data-period="{escape(r["period"])}"'
    )
    parts = [f"<g {attrs}><title>{escape(_tip(r))}</title>"]
    if r["count"] is None:
        parts.append(
            f'<path class="withheld" d="M{cx - 5:.1f},{base - 5:.1f} l10,10 m0,-10 l-10,10" '
            f'stroke="{col}"/>'
        )
    else:
        cy = y(r["count"])
        fill = "#fff" if r["derived"] else col
        paint = f'fill="{fill}" stroke="{col}"'
        q = r["qualifier"]
        if q in UP:
            parts.append(f'<path class="mark" d="M{cx:.1f},{cy - 6:.1f} l6,10 h-12 z" {paint}/>')
        elif q in DOWN:
            parts.append(f'<path class="mark" d="M{cx:.1f},{cy + 6:.1f} l6,-10 h-12 z" {paint}/>')
        else:
            parts.append(f'<circle class="mark" cx="{cx:.1f}" cy="{cy:.1f}" r="5" {paint}/>')
        if disputed:
            parts.append(f'<circle class="ring" cx="{cx:.1f}" cy="{cy:.1f}" r="9"/>')
        # A generous invisible target so the hover is easy to hit.
        parts.append(f'<circle class="hit" cx="{cx:.1f}" cy="{cy:.1f}" r="11"/>')
    alts = [c for c in r["conflicts"] if c.get("count") is not None]
    if alts:
        parts.append('<g class="alt">')
        for c in alts:
            ay = y(c["count"])
            kind = "agree" if c.get("consistent") else "disagree"
            parts.append(f'<path class="{kind}" d="M{cx:.1f},{ay - 6:.1f} l6,6 l-6,6 l-6,-6 z"/>')
        parts.append("</g>")
    parts.append("</g>")
    return "".join(parts)
