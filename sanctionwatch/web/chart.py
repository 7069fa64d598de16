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
    ml, mr, mb = 78, 20, 44
    pw = width - ml - mr
    x0 = min(_d(r["period_start"]) for r in rows)
    x1 = max(_d(r["period_end"]) for r in rows) + timedelta(days=1)
    span = max((x1 - x0).days, 1)

    def x(d: date) -> float:
        return ml + pw * (d - x0).days / span

    # Event markers that would overlap go up a row; the plot starts below the rows used.
    placed = _place_events(events or [], x0, x1, x)
    rows_used = max((row for _, _, row in placed), default=0) + 1
    mt = 34 + 16 * rows_used
    ph = height - mt - mb

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
                f'<line class="axis" x1="{tx:.1f}" x2="{tx:.1f}" y1="{mt + ph}" '
                f'y2="{mt + ph + 6}"/>'
            )
        # Each year's label sits in the middle of the part of that year that is charted.
        a, b = max(date(yr, 1, 1), x0), min(date(yr + 1, 1, 1), x1)
        mid = a + (b - a) / 2
        if (yr - years[0]) % every == 0 and (b - a).days >= 60:
            out.append(
                f'<text class="xlab" x="{x(mid):.1f}" y="{mt + ph + 18}" '
                f'text-anchor="middle">{yr}</text>'
            )
    out.append(f'<line class="axis" x1="{ml}" x2="{ml + pw}" y1="{mt + ph}" y2="{mt + ph}"/>')
    cy_mid = mt + ph / 2
    out.append(
        f'<text class="unit" x="16" y="{cy_mid:.1f}" text-anchor="middle" '
        f'transform="rotate(-90 16 {cy_mid:.1f})">entries (border crossings, not persons)</text>'
    )
    # Events timeline: a numbered line per dated event inside the charted span.
    drawn: list[dict[str, Any]] = []
    markers: list[str] = []
    for ev, ed, row in placed:
        n = len(drawn) + 1
        drawn.append({**ev, "n": n})
        ex = x(ed)
        top = mt - 20 - 16 * row
        tip = f"{ed.isoformat()}: {ev.get('label', '')}\n{ev.get('detail', '')}"
        # Lines first, markers after: a marker is never crossed by a neighbour's line.
        out.append(
            f'<line class="evline" data-n="{n}" x1="{ex:.1f}" x2="{ex:.1f}" '
            f'y1="{top + 14}" y2="{mt + ph}"/>'
        )
        markers.append(
            f'<g class="event" tabindex="0" data-n="{n}"><title>{escape(tip)}</title>'
            f'<rect x="{ex - 8:.1f}" y="{top}" width="16" height="14" rx="3"/>'
            f'<text x="{ex:.1f}" y="{top + 11}" text-anchor="middle">{n}</text></g>'
        )
    out.extend(markers)
    # Lines, only between adjacent periods: a gap stays a gap.
    by_purpose: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_purpose[r["purpose"]].append(r)
    for p in purposes:
        pts = sorted(by_purpose[p], key=lambda r: r["period_start"])
        for prev, nxt in pairwise(pts):
            if prev["count"] is None or nxt["count"] is None:
                continue
            if _d(nxt["period_start"]) != _d(prev["period_end"]) + timedelta(days=1):
                continue
            dash = ' stroke-dasharray="5 4"' if prev["derived"] or nxt["derived"] else ""
            out.append(
                f'<line class="seg" x1="{_mid(prev, x):.1f}" y1="{y(prev["count"]):.1f}" '
                f'x2="{_mid(nxt, x):.1f}" y2="{y(nxt["count"]):.1f}" stroke="{colour[p]}"{dash}/>'
            )

    # Points, with their disagreeing reports revealed on hover/focus.
    # Values with a disagreeing report go last, on top, so their hover is never covered.
    def disputed(r: dict[str, Any]) -> bool:
        return any(not c.get("consistent") for c in r["conflicts"])

    for top in (False, True):
        for p in purposes:
            for r in sorted(by_purpose[p], key=lambda r: r["period_start"]):
                if disputed(r) == top:
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


def _place_events(
    events: list[dict[str, Any]], x0: date, x1: date, x: Any
) -> list[tuple[dict[str, Any], date, int]]:
    """Events inside the charted span, in date order, each with the marker row it fits in."""
    placed: list[tuple[dict[str, Any], date, int]] = []
    last_x: list[float] = []  # right-most marker centre per row
    for ev in sorted(events, key=lambda e: str(e.get("date", ""))):
        try:
            ed = _d(str(ev["date"]))
        except (KeyError, ValueError):
            continue
        if not x0 <= ed <= x1:
            continue
        ex = float(x(ed))
        row = next((i for i, lx in enumerate(last_x) if ex - lx >= 18), len(last_x))
        if row == len(last_x):
            last_x.append(ex)
        else:
            last_x[row] = ex
        placed.append((ev, ed, row))
    return placed


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
        parts.append(f'<circle class="hit" cx="{cx:.1f}" cy="{cy:.1f}" r="9"/>')
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
