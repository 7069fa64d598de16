"""Commands over the evidence store: init, ingest, flows, sources, conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from sanctionwatch.cli.common import (
    Format,
    FormatOption,
    app,
    date_option,
    emit,
    err,
    fail,
    open_store,
    out,
)
from sanctionwatch.errors import InputError
from sanctionwatch.flows import load_pairs, load_series, series_values
from sanctionwatch.flows.query import disagreements
from sanctionwatch.model import Period
from sanctionwatch.sources.ingest import FORMATS, ingest


@app.command()
def init(fmt: FormatOption = Format.table) -> None:
    """Create the database and load the bundled reference data (idempotent)."""
    from sanctionwatch.sources.bundled import load_bundled

    with open_store(load_bundled=False) as store:
        result = load_bundled(store)
        total = store.count_observations()
        path = store.path
    if fmt != Format.table:
        emit(
            {
                "database": str(path),
                "imported": result.imported,
                "observations": total,
                "vintages": result.vintages,
                "skipped": result.skipped,
            },
            fmt,
        )
        return
    err.print(f"Database: {path}")
    err.print(
        f"Imported {result.imported} figures ({total} in the store); "
        f"{len(result.skipped)} undated related figures listed as skipped."
    )


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Statistics files (CSV or XLSX).")],
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            help="Input format (auto, tidy, related, fsb) and/or output "
            "format (table, json, jsonl); repeat to give both: --format fsb --format json.",
        ),
    ] = None,
    publisher: Annotated[
        str | None, typer.Option(help="Original publisher of the figures.")
    ] = None,
    source_url: Annotated[str | None, typer.Option(help="Where the file was published.")] = None,
    released: Annotated[
        str | None, typer.Option(help="Release date YYYY-MM-DD (for --as-of).")
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(help="Period of a table whose title has none (e.g. 2024-01..2024-09)."),
    ] = None,
    skip_unknown_countries: Annotated[
        bool, typer.Option(help="Import the rest and list unknown countries.")
    ] = False,
) -> None:
    """Import statistics files: all or nothing, each changed file a new vintage.

    ``--format`` takes the input format (auto-detected by default) and the output format;
    they share the option as the interface contract has it, and their values never overlap.
    """
    input_format, fmt = "auto", Format.table
    for f in formats or []:
        if f in FORMATS:
            input_format = f
        elif f in Format.__members__:
            fmt = Format(f)
        else:
            raise InputError.one(
                f"--format {f!r} is neither an input format ({', '.join(FORMATS)}) "
                "nor an output format (table, json, jsonl)"
            )
    rel = date_option(released, "--released")
    per = None
    if period:
        try:
            per = Period.parse(period)
        except ValueError as exc:
            raise InputError.one(f"--period: {exc}") from None
    with open_store() as store:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err,
            transient=True,
            disable=len(paths) < 3,
        ) as bar:
            task = bar.add_task("Reading files", total=len(paths))
            result = ingest(
                store,
                paths,
                input_format,
                publisher=publisher,
                source_url=source_url,
                released=rel,
                period=per,
                skip_unknown_countries=skip_unknown_countries,
                on_file=lambda _p: bar.advance(task),
            )
        warnings = list(result.warnings)
        series = load_pairs(store, result.series)
        derived = sum(1 for s in series.values() for v in s.values if v.derived)
        warnings.extend(w for s in series.values() for w in s.warnings)
    payload = {
        "imported": result.imported,
        "derived": derived,
        "vintage": result.vintage,
        "vintages": result.vintages,
        "unchanged": result.unchanged_files,
        "skipped": result.skipped,
        "warnings": warnings,
    }
    if fmt != Format.table:
        emit(payload, fmt)
        return
    err.print(
        f"Imported {result.imported} figures in {len(result.vintages)} new vintage(s); "
        f"{derived} values derivable in the affected series."
    )
    for f in result.unchanged_files:
        err.print(f"unchanged, nothing added: {f}")
    for s in result.skipped:
        err.print(f"skipped: {s['file']}, row {s['row']}: {s['message']}", highlight=False)
    for w in warnings:
        err.print(f"[yellow]warning:[/] {w}", highlight=False)


@app.command()
def flows(
    origin: Annotated[str, typer.Option(help="Origin country, ISO alpha-2 (KP).")] = "KP",
    destination: Annotated[str, typer.Option(help="Destination country, ISO alpha-2 (RU).")] = "RU",
    purpose: Annotated[
        list[str] | None, typer.Option(help="Purpose(s) of trip; repeatable.")
    ] = None,
    period_kind: Annotated[str, typer.Option(help="year, quarter, ytd, month or any.")] = "any",
    as_of: Annotated[
        str | None, typer.Option(help="Show the data as known on this date (YYYY-MM-DD).")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """The resolved series with sources and conflicting reports (unit: entries, not persons)."""
    if period_kind not in ("year", "quarter", "ytd", "month", "other", "day", "any"):
        fail(f"--period-kind must be year, quarter, ytd, month or any, not {period_kind!r}")
    when = date_option(as_of, "--as-of")
    with open_store() as store:
        series = load_series(store, origin.upper(), destination.upper(), as_of=when)
    rows = series_values(series, purpose, period_kind)
    if fmt != Format.table:
        emit([r.to_dict() for r in rows], fmt)
        return
    t = Table(
        title=f"Entries {origin.upper()} → {destination.upper()} (border crossings, not persons)"
    )
    for col in ("period", "purpose", "count", "qualifier", "derived", "sources", "conflicts"):
        t.add_column(col, justify="right" if col == "count" else "left")
    for r in rows:
        t.add_row(
            r.period.label,
            r.purpose,
            "—" if r.count is None else f"{r.count:,}",
            r.qualifier.value,
            "derived" if r.derived else "",
            ", ".join(sorted({s.provenance.outlet for s in r.sources}))[:60],
            str(len(r.conflicts)) if r.conflicts else "",
        )
    out.print(t)


@app.command()
def sources(fmt: FormatOption = Format.table) -> None:
    """Publishers, original reporters, outlets and import vintages behind the store's figures."""
    with open_store() as store:
        summary = store.source_summary()
        vintages = store.vintages()
    payload = {
        **summary,
        "vintages": [v.to_dict() for v in vintages],
    }
    if fmt != Format.table:
        emit(payload, fmt)
        return
    for key in ("publishers", "reporters", "outlets"):
        t = Table(title=key.capitalize())
        t.add_column("name")
        t.add_column("figures", justify="right")
        for r in summary[key]:
            t.add_row(r["name"], str(r["figures"]))
        out.print(t)
    t = Table(title="Vintages")
    for col in ("id", "source", "file", "released", "imported", "rows"):
        t.add_column(col)
    for v in vintages:
        t.add_row(
            v.id,
            v.source_key,
            v.file_name,
            str(v.released or ""),
            v.imported_at.isoformat(timespec="seconds"),
            str(v.rows),
        )
    out.print(t)


@app.command()
def conflicts(
    origin: Annotated[str | None, typer.Option(help="Origin country, ISO alpha-2.")] = None,
    destination: Annotated[
        str | None, typer.Option(help="Destination country, ISO alpha-2.")
    ] = None,
    as_of: Annotated[str | None, typer.Option(help="As known on this date (YYYY-MM-DD).")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Figures where reports disagree, and data-quality warnings (quarters that do not add up)."""
    when = date_option(as_of, "--as-of")
    with open_store() as store:
        series = load_series(
            store,
            origin.upper() if origin else None,
            destination.upper() if destination else None,
            as_of=when,
        )
    report = disagreements(series)
    rows, warnings = report["conflicts"], report["warnings"]
    if fmt != Format.table:
        emit(report if fmt == Format.json else rows, fmt)
        return
    t = Table(title="Disagreeing reports")
    for col in ("series", "period", "chosen", "disagreeing"):
        t.add_column(col)
    for r in rows:
        t.add_row(
            f"{r['origin']}→{r['destination']} {r['purpose']}",
            r["period"],
            f"{r['count']:,} ({r['qualifier']})",
            "; ".join(f"{c['count']:,} {c['qualifier']} ({c['outlet']})" for c in r["conflicts"]),
        )
    out.print(t)
    for w in warnings:
        err.print(f"[yellow]warning:[/] {w}", highlight=False)
