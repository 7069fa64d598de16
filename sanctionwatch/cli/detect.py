"""The ``detect`` command: run the detectors over the store and print ranked findings."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sanctionwatch.cli.common import Format, FormatOption, app, emit, err, open_store, out
from sanctionwatch.errors import InputError


def _as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError.one(f"--as-of expects a date as YYYY-MM-DD, got {value!r}") from None


def _country(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    v = value.strip().upper()
    if len(v) != 2 or not v.isalpha():
        raise InputError.one(
            f"{option} expects an ISO 3166-1 alpha-2 code such as KP, got {value!r}"
        )
    return v


@app.command()
def detect(
    origin: Annotated[str | None, typer.Option(help="Origin country, ISO alpha-2 (KP).")] = None,
    destination: Annotated[
        str | None, typer.Option(help="Destination country, ISO alpha-2 (RU).")
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            help="Finding kind(s), repeatable: surge, collapse, "
            "purpose_substitution, capacity_mismatch, record, changepoint, "
            "reporting_gap, inconsistency.",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            help="Only findings for periods from this one on (2024, 2024-Q3 or YYYY-MM-DD)."
        ),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option(help="Use the data as known on this date (YYYY-MM-DD).")
    ] = None,
    params: Annotated[
        Path | None,
        typer.Option(help="A detector parameter file instead of the bundled params.yaml."),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Find surges, collapses, purpose substitution, capacity mismatches, records, breaks,
    reporting gaps and inconsistencies; every finding explained in numbers, ranked by severity."""
    from sanctionwatch.detect import check_kinds, load_params, run_detectors

    kinds = check_kinds(kind)
    o, d = _country(origin, "--origin"), _country(destination, "--destination")
    when = _as_of(as_of)
    prm = load_params(params) if params else None
    with open_store() as store:
        findings = run_detectors(store, o, d, kinds=kinds, since=since, as_of=when, params=prm)
    if fmt != Format.table:
        emit([f.to_dict() for f in findings], fmt)
        return
    title = (
        "Findings"
        + (f" {o or '*'} → {d or '*'}" if o or d else "")
        + " (entries = border crossings)"
    )
    t = Table(title=title, show_lines=True, expand=True)
    for col in ("severity", "kind", "series", "period", "value", "baseline", "ratio"):
        right = col in ("severity", "value", "baseline", "ratio")
        t.add_column(col, justify="right" if right else "left", overflow="fold")
    t.add_column("explanation", ratio=1, min_width=40, overflow="fold")
    for f in findings:
        t.add_row(
            f"{f.severity:.2f}",
            f.kind + (f"\n({f.subkind})" if f.subkind else ""),
            f"{f.origin}→{f.destination}\n{f.purpose}",
            f.period,
            "—" if f.value is None else f"{f.value:,.0f}",
            "—" if f.baseline is None else f"{f.baseline:,.0f}",
            "—" if f.ratio is None else f"{f.ratio:g}×",
            f.explanation,
        )
    out.print(t)
    err.print(f"{len(findings)} finding(s).")
