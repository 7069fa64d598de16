"""Writing the dossier: dossier.json, dossier.md and a self-contained index.html (autoescaped)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from sanctionwatch.report.charts import chart_events, render_chart
from sanctionwatch.report.dossier import Dossier, Figure

QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "up to ",
    "less_than": "fewer than ",
    "vague": "some ",
}
STRENGTH_ORDER = ("corroborated", "indicator", "contradicted", "not_assessed")


def fmt_count(value: float | None, qualifier: str = "exact") -> str:
    if value is None:
        return "unknown"
    n = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return QUALIFIER_WORDS.get(qualifier, "") + n


# A number in running text; not part of a period label (2024-Q3, 2024-09..2025-06) or a word.
_NUMBER = re.compile(r"(?<![\w.\-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w\-]|\.\d)")


def _split_numbers(
    text: str, counts: dict[float, Figure | None]
) -> list[tuple[str, Figure | None, bool]]:
    """Cut text into pieces: (text, figure, is-a-known-figure's-number)."""
    out: list[tuple[str, Figure | None, bool]] = []
    pos = 0
    for m in _NUMBER.finditer(text):
        if m.group(2):  # decimals (ratios) are computed, not published figures
            continue
        value = float(m.group(1).replace(",", ""))
        if value not in counts:
            continue
        out.append((text[pos : m.start()], None, False))
        out.append((m.group(0), counts[value], True))
        pos = m.end()
    out.append((text[pos:], None, False))
    return out


def _templates() -> Path:
    return Path(str(resources.files("sanctionwatch.report").joinpath("templates")))


def _md_escape(value: Any, collapse: bool = True) -> str:
    """Text from sources goes into Markdown as text: no raw HTML, no accidental formatting."""
    s = "" if value is None else str(value)
    for a, b in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("|", "\\|"),
        ("[", "\\["),
        ("]", "\\]"),
    ):
        s = s.replace(a, b)
    return " ".join(s.split()) if collapse else s.replace("\n", " ")


def _env(html: bool) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(_templates())),
        autoescape=select_autoescape(["html", "j2"]) if html else False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["count"] = fmt_count
    env.filters["md"] = _md_escape
    return env


def _context(d: Dossier) -> dict[str, Any]:
    figs: dict[str, Figure] = {f.id: f for f in d.figures}
    findings = {f.id: f for f in d.findings}
    checks = {c.id: c for c in d.claim_checks}
    events = {e.id: e for e in d.timeline}

    def num_html(fid: str | None) -> Markup:
        if not fid or fid not in figs:
            return Markup("")
        f = figs[fid]
        notes = Markup(",").join(Markup('<a href="#fn-{0}">{0}</a>').format(n) for n in f.footnotes)
        return Markup('<a class="num" href="#{}">{}</a><sup>[{}]</sup>').format(
            f.id, fmt_count(f.count, f.qualifier), notes
        )

    def num_md(fid: str | None) -> str:
        if not fid or fid not in figs:
            return ""
        f = figs[fid]
        return fmt_count(f.count, f.qualifier) + "".join(f"[^{n}]" for n in f.footnotes)

    def counts_of(fids: list[str]) -> dict[float, Figure | None]:
        """Figures by count; None marks a count shared by two figures (no single source)."""
        out: dict[float, Figure | None] = {}
        for fid in fids:
            if fid in figs:
                f = figs[fid]
                out[f.count] = f if f.count not in out or out[f.count] is f else None
        return out

    def linked_html(text: str, fids: list[str], table: str = "") -> Markup:
        """Escape text and link each number that is one of the given figures to its sources."""
        parts = []
        for piece, fig, known in _split_numbers(text, counts_of(fids)):
            if not known:
                parts.append(escape(piece))
            elif fig is None:  # two figures share this count: point at the table of both
                parts.append(Markup('<a class="num" href="#{}">{}</a>').format(table, piece))
            else:
                notes = Markup(",").join(
                    Markup('<a href="#fn-{0}">{0}</a>').format(n) for n in fig.footnotes
                )
                parts.append(
                    Markup('<a class="num" href="#{}">{}</a><sup>[{}]</sup>').format(
                        fig.id, piece, notes
                    )
                )
        return Markup("").join(parts)

    def linked_md(text: str, fids: list[str]) -> str:
        out = []
        for piece, fig, known in _split_numbers(text, counts_of(fids)):
            if not known:
                out.append(_md_escape(piece, collapse=False))
            elif fig is None:
                out.append(piece + " (see the table below)")
            else:
                out.append(piece + "".join(f"[^{n}]" for n in fig.footnotes))
        return "".join(out)

    charts = {f.id: render_chart(f.chart, events) for f in d.findings if f.chart is not None}
    return {
        "d": d,
        "figs": figs,
        "findings": findings,
        "checks": checks,
        "events": events,
        "num": num_html,
        "num_md": num_md,
        "charts": charts,
        "strength_order": STRENGTH_ORDER,
        "escape": escape,
        "chart_events": chart_events,
        "linked": linked_html,
        "linked_md": linked_md,
    }


def render_html(d: Dossier) -> str:
    return _env(True).get_template("index.html.j2").render(**_context(d))


def render_md(d: Dossier) -> str:
    return _env(False).get_template("dossier.md.j2").render(**_context(d))


def render_json(d: Dossier) -> str:
    return json.dumps(d.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def write_dossier(d: Dossier, out_dir: Path) -> list[Path]:
    """Render all three files first, then put them in place, so a failure writes nothing."""
    texts = {
        "dossier.json": render_json(d),
        "dossier.md": render_md(d),
        "index.html": render_html(d),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    tmp: list[tuple[str, Path]] = []
    try:
        for name, text in texts.items():
            fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", dir=out_dir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            # mkstemp creates 0600 files; a dossier is meant to be shared like any other file.
            os.chmod(tmp_name, 0o644)
            tmp.append((tmp_name, out_dir / name))
        for src, dst in tmp:
            os.replace(src, dst)
            written.append(dst)
    finally:
        for src, _ in tmp:
            if os.path.exists(src):
                os.unlink(src)
    return written
