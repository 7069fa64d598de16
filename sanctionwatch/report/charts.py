"""Inline SVG charts of a finding's series, with the events timeline marked; no script, no fetch.

Hand-written because the dossier must be one offline file: a plotting library would either
need a bundled script or give images without a link from each point to its sources.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from sanctionwatch.report.dossier import Chart, EventOut

W, H = 680, 250
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 30, 36
COLOURS = ["#1f4e79", "#b8860b", "#6a3d9a", "#2e7d32"]


def _x(d: date, lo: date, hi: date) -> float:
    span = max((hi - lo).days, 1)
    return LEFT + (W - LEFT - RIGHT) * (d - lo).days / span


def _mid(p: dict[str, Any]) -> date:
    start, end = date.fromisoformat(p["start"]), date.fromisoformat(p["end"])
    return start + (end - start) / 2


def _adjacent(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return date.fromisoformat(a["end"]) + timedelta(days=1) == date.fromisoformat(b["start"])


def chart_events(chart: Chart, events: dict[str, EventOut]) -> list[tuple[int, EventOut]]:
    """The events marked on a chart, numbered as the markers are (for the legend under it)."""
    return [(i, events[e]) for i, e in enumerate((e for e in chart.events if e in events), 1)]


def render_chart(chart: Chart, events: dict[str, EventOut]) -> Markup:
    """An SVG line chart; each point links to its figure entry, each event marker to the timeline.

    Lines join only adjacent periods: a missing or withheld period breaks the line, because
    drawing through it would suggest a value nobody published.
    """
    pts = [p for s in chart.series for p in s.points]
    lo = min(date.fromisoformat(p["start"]) for p in pts)
    hi = max(date.fromisoformat(p["end"]) for p in pts)
    top = max([p["count"] or 0 for p in pts] + [1]) * 1.12

    def y(v: float) -> float:
        return TOP + (H - TOP - BOTTOM) * (1 - v / top)

    lines: list[str] = []
    marks: list[str] = []
    axes = [
        f'<line x1="{LEFT}" y1="{H - BOTTOM}" x2="{W - RIGHT}" y2="{H - BOTTOM}" class="axis"/>'
    ]
    for frac in (0, 0.5, 1):
        v = top / 1.12 * frac
        axes.append(
            f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" class="tick" text-anchor="end">'
            f"{v:,.0f}</text>"
            f'<line x1="{LEFT}" y1="{y(v):.1f}" x2="{W - RIGHT}" y2="{y(v):.1f}" class="grid"/>'
        )
    for yr in range(lo.year, hi.year + 1):
        x = _x(max(date(yr, 1, 1), lo), lo, hi)
        axes.append(f'<text x="{x:.1f}" y="{H - BOTTOM + 16}" class="tick">{yr}</text>')
    for n, ev in chart_events(chart, events):
        x = _x(date.fromisoformat(ev.date), lo, hi)
        row = (n - 1) % 3
        marks.append(
            f'<a href="#ev-{escape(ev.id)}"><line x1="{x:.1f}" y1="{TOP - 4}" x2="{x:.1f}" '
            f'y2="{H - BOTTOM}" class="event"/><circle cx="{x:.1f}" cy="{8 + row * 9}" r="4.6" '
            f'class="evdot"/><text x="{x:.1f}" y="{11 + row * 9}" class="evnum" '
            f'text-anchor="middle">{n}</text><title>{escape(ev.date)}: {escape(ev.label)}'
            "</title></a>"
        )
    for si, s in enumerate(chart.series):
        colour = COLOURS[si % len(COLOURS)]
        seg: list[str] = []
        prev: dict[str, Any] | None = None
        for p in s.points:
            x = _x(_mid(p), lo, hi)
            if p["count"] is None:
                marks.append(
                    f'<text x="{x:.1f}" y="{H - BOTTOM - 4}" class="withheld" text-anchor="middle">'
                    f"×<title>{escape(p['period'])}: withheld by the publisher</title></text>"
                )
                lines.append(_polyline(seg, colour))
                seg, prev = [], None
                continue
            if prev is not None and not _adjacent(prev, p):
                lines.append(_polyline(seg, colour))
                seg = []
            seg.append(f"{x:.1f},{y(p['count']):.1f}")
            prev = p
            hl = p["period"] == chart.highlight and si == 0
            fill = "white" if p["derived"] else colour
            tip = f"{p['period']}: {p['count']:,}" + (" (derived)" if p["derived"] else "")
            dot = (
                f'<circle cx="{x:.1f}" cy="{y(p["count"]):.1f}" r="{5 if hl else 3}" '
                f'fill="{fill}" stroke="{colour}" stroke-width="1.5"><title>{escape(tip)}</title>'
                "</circle>"
            )
            if hl:
                dot += (
                    f'<text x="{x:.1f}" y="{y(p["count"]) - 9:.1f}" class="hl" '
                    f'text-anchor="middle">{p["count"]:,}</text>'
                )
            fid = p.get("figure")
            marks.append(f'<a href="#{escape(fid)}">{dot}</a>' if fid else dot)
        lines.append(_polyline(seg, colour))
        marks.append(
            f'<text x="{LEFT + 8}" y="{TOP + 4 + si * 13}" fill="{colour}" '
            f'class="legend">{escape(s.purpose.replace("_", " "))}</text>'
        )
    return Markup(
        f'<svg class="chart" viewBox="0 0 {W} {H}" width="100%" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(chart.title)}">'
        f"<title>{escape(chart.title)}</title>" + "".join(axes + lines + marks) + "</svg>"
    )


def _polyline(seg: list[str], colour: str) -> str:
    if len(seg) < 2:
        return ""
    return f'<polyline points="{" ".join(seg)}" fill="none" stroke="{colour}" stroke-width="1.6"/>'
