"""Commands that write the evidence dossier: report, and demo (the main job on the bundled data)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from sanctionwatch.cli.common import app, err, open_store, out
from sanctionwatch.errors import InputError

if TYPE_CHECKING:  # the report stack is imported only when a report command runs
    from sanctionwatch.report.run import Article, ReportRun

DEFAULT_OUT = Path("sanctionwatch-report")


def _short(citation: str) -> str:
    """'UNSCR 2397 (2017) OP8' -> '2397 OP8', for the terminal table."""
    parts = citation.split()
    return f"{parts[1]} {parts[-1]}" if len(parts) >= 4 and parts[0] == "UNSCR" else citation


def _article(path: Path, when: date | None) -> Article:
    from sanctionwatch.report.run import Article

    if not path.is_file():
        raise InputError.one("no such file", file=str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError.one(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=str(path)
        ) from None
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), path.name)
    return Article(id=path.stem, text=text, date=when, title=first[:120], origin=str(path))


def _summary(run: ReportRun, out_dir: Path, seconds: float) -> None:
    d = run.dossier
    t = Table(title=f"Findings {d.origin} → {d.destination} linked to provisions (unit: entries)")
    for col in ("strength", "finding", "period", "value", "bears on (UNSCR)"):
        t.add_column(col, justify="right" if col == "value" else "left")
    figs = {f.id: f for f in d.figures}
    for f in d.findings:
        if not f.provisions:
            continue
        v = figs.get(f.value_figure) if f.value_figure else None
        t.add_row(
            f.strength,
            f"{f.label}: {f.purpose.replace('_', ' ')}",
            f.period,
            f"{v.count:,.0f}" if v else "",
            ", ".join(dict.fromkeys(_short(p.citation) for p in f.provisions)),
        )
    if t.row_count:
        out.print(t)
    else:
        out.print(f"No finding for {d.origin} → {d.destination} is linked to a provision.")
    verdicts: dict[str, int] = {}
    for c in d.claim_checks:
        verdicts[c.verdict] = verdicts.get(c.verdict, 0) + 1
    if verdicts:
        out.print(
            "Claims checked: "
            + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(verdicts.items()))
        )
    other = len(d.summary.get("not_assessed", []))
    if other:
        out.print(f"{other} further finding(s) without a provision link are in the dossier.")
    for w in d.data_quality.warnings:
        if w.startswith("claims were not checked"):
            err.print(f"[yellow]warning:[/] {w}", highlight=False)
    out.print(f"Done in {seconds:.1f} s. Open: [bold]{(out_dir / 'index.html').resolve()}[/]")
    out.print(f"Also written: {out_dir / 'dossier.md'}, {out_dir / 'dossier.json'}")


def _run(out_dir: Path, origin: str, destination: str, articles: list[Article], load: bool) -> None:
    from sanctionwatch.report.render import write_dossier
    from sanctionwatch.report.run import build_report

    if out_dir.exists() and not out_dir.is_dir():
        raise InputError.one("--out must be a directory, but this is a file", file=str(out_dir))
    start = time.perf_counter()
    with open_store() as store:
        if load:
            from sanctionwatch.sources.bundled import load_bundled

            load_bundled(store)
        with err.status("Detecting, checking claims, assessing…"):
            run = build_report(store, origin.upper(), destination.upper(), articles)
    write_dossier(run.dossier, out_dir)
    _summary(run, out_dir, time.perf_counter() - start)


OutOption = Annotated[
    Path, typer.Option("--out", help="Directory for index.html, dossier.md and dossier.json.")
]


@app.command()
def report(
    out_dir: OutOption = DEFAULT_OUT,
    origin: Annotated[str, typer.Option(help="Origin country, ISO alpha-2.")] = "KP",
    destination: Annotated[str, typer.Option(help="Destination country, ISO alpha-2.")] = "RU",
    article: Annotated[
        list[Path] | None, typer.Option(help="Text file whose claims to check; repeatable.")
    ] = None,
    article_date: Annotated[
        str | None, typer.Option("--date", help="Publication date of the articles (YYYY-MM-DD).")
    ] = None,
) -> None:
    """Write the evidence dossier: findings, provisions, claim checks, data quality, sources."""
    when = None
    if article_date:
        try:
            when = date.fromisoformat(article_date)
        except ValueError:
            raise InputError.one(f"--date expects YYYY-MM-DD, got {article_date!r}") from None
    arts = [_article(p, when) for p in article or []]
    _run(out_dir, origin, destination, arts, load=False)


@app.command()
def demo(out_dir: OutOption = DEFAULT_OUT) -> None:
    """The main job on bundled data: load, detect, check the sample article, assess, write."""
    from sanctionwatch.report.run import sample_article

    _run(out_dir, "KP", "RU", [sample_article()], load=True)
