"""Writing the dossier: dossier.json, dossier.md and a self-contained index.html (autoescaped)."""

from __future__ import annotations

import json
import os
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


def _templates() -> Path:
    return Path(str(resources.files("sanctionwatch.report").joinpath("templates")))


def _md_escape(value: Any) -> str:
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
    return " ".join(s.split())


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
            tmp.append((tmp_name, out_dir / name))
        for src, dst in tmp:
            os.replace(src, dst)
            written.append(dst)
    finally:
        for src, _ in tmp:
            if os.path.exists(src):
                os.unlink(src)
    return written
