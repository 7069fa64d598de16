"""Inline SVG charts of a finding's series, with the events timeline marked; no script, no fetch.

Hand-written because the dossier must be one offline file: a plotting library would either
need a bundled script or produce images without links from each number to its footnote.
"""

from __future__ import annotations

from datetime import date

from markupsafe import Markup, escape

from sanctionwatch.report.dossier import Chart, EventOut

W, H = 680, 240
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 28, 36
COLOURS = ["#1f4e79", "#b8860b", "#6a3d9a", "#2e7d32"]


def _x(d: date, lo: date, hi: date) -> float:
    span = max((hi - lo).days, 1)
    return LEFT + (W - LEFT - RIGHT) * (d - lo).days / span


def render_chart(
    chart: Chart, events: dict[str, EventOut]
) -> Markup:
    """An SVG line chart; each point links to its figure entry (``#fig-…``) which lists its sources."""
    pts = [p for s in chart.series for p in s.points]
    lo = min(date.fromisoformat(p["start"]) for p in pts)
    hi = max(date.fromisoformat(p["end"]) for p in pts)
    top = max([p["count"] or 0 for p in pts] + [1]) * 1.12

    def y(v: float) -> float:
        return TOP + (H - TOP - BOTTOM) * (1 - v / top)

    parts: list[str] = [
        f'<svg class="chart" viewBox="0 0 {W} {H}" width="100%" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(chart.title)}">',
        f"<title>{escape(chart.title)}</title>",
        f'<line x1="{LEFT}" y1="{H - BOTTOM}" x2="{W - RIGHT}" y2="{H - BOTTOM}" class="axis"/>',
    ]
    for frac in (0, 0.5, 1):
        v = top / 1.12 * frac
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" class="tick" text-anchor="end">{v:,.0f}</text>'
            f'<line x1="{LEFT}" y1="{y(v):.1f}" x2="{W - RIGHT}" y2="{y(v):.1f}" class="grid"/>'
        )
    for yr in range(lo.year, hi.year + 1):
        x = _x(max(date(yr, 1, 1), lo), lo, hi)
        parts.append(f'<text x="{x:.1f}" y="{H - BOTTOM + 16}" class="tick">{yr}</text>')
    for i, eid in enumerate(chart.events):
        ev = events.get(eid)
        if ev is None:
            continue
        x = _x(date.fromisoformat(ev.date), lo, hi)
        parts.append(
            f'<a href="#ev-{escape(ev.id)}"><line x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" '
            f'y2="{H - BOTTOM}" class="event"><title>{escape(ev.date)}: {escape(ev.detail)}</title></line>'
            f'<text x="{x + 3:.1f}" y="{TOP - 12 + (i % 2) * 10}" class="evlabel">{escape(ev.label)}</text></a>'
        )
    for si, s in enumerate(chart.series):
        colour = COLOURS[si % len(COLOURS)]
        path: list[str] = []
        for p in s.points:
            mid = (
                date.fromisoformat(p["start"])
                + (date.fromisoformat(p["end"]) - date.fromisoformat(p["start"])) / 2
            )
            x = _x(mid, lo, hi)
            if p["count"] is None:
                path.append("")
                parts.append(
                    f'<text x="{x:.1f}" y="{H - BOTTOM - 4}" class="withheld" text-anchor="middle">'
                    f"×<title>{escape(p['period'])}: withheld by the publisher</title></text>"
                )
                continue
            path.append(f"{x:.1f},{y(p['count']):.1f}")
            fid = p.get("figure")
            hl = p["period"] == chart.highlight and si == 0
            r = 5 if hl else 3
            fill = "white" if p["derived"] else colour
            label = f"{escape(p['period'])}: {p['count']:,}" + (
                " (derived)" if p["derived"] else ""
            )
            dot = (
                f'<circle cx="{x:.1f}" cy="{y(p["count"]):.1f}" r="{r}" fill="{fill}" '
                f'stroke="{colour}" stroke-width="1.5"><title>{label}</title></circle>'
            )
            if hl:
                dot += (
                    f'<text x="{x:.1f}" y="{y(p["count"]) - 9:.1f}" class="hl" text-anchor="middle">'
                    f"{p['count']:,}</text>"
                )
            parts.append(f'<a href="#{fid}">{dot}</a>' if fid else dot)
        # a withheld or missing value breaks the line: unknown is not zero
        segs: list[list[str]] = [[]]
        for pt in path:
            if pt:
                segs[-1].append(pt)
            else:
                segs.append([])
        for seg in segs:
            if len(seg) > 1:
                parts.insert(
                    3,
                    f'<polyline points="{" ".join(seg)}" fill="none" stroke="{colour}" stroke-width="1.6"/>',
                )
        parts.append(
            f'<text x="{W - RIGHT}" y="{TOP + 12 + si * 13}" text-anchor="end" fill="{colour}" '
            f'class="legend">{escape(s.purpose)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
