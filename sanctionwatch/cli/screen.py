"""Commands for name screening: ``screen`` (and ``screen audit``) and the ``lists`` group."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
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
from sanctionwatch.screen.match import ScreenQuery

lists_app = typer.Typer(
    help="Import, show, compare and export sanctions lists (UN 1718 bundled).", no_args_is_help=True
)
app.add_typer(lists_app, name="lists")


def _fail_input(exc: InputError) -> None:
    for p in exc.problems[:-1]:
        err.print(f"[bold red]error:[/] {p}", highlight=False, soft_wrap=True)
    fail(f"{exc.problems[-1] if exc.problems else exc} (nothing was written)")


def read_queries(path: Path) -> list[ScreenQuery]:
    """One name per line, or a CSV with a ``name`` column (and optional birth_date, nationality)."""
    name = str(path)
    try:
        text = sys.stdin.read() if name == "-" else path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError.one(f"cannot read the file as UTF-8 text: {exc}", file=name) from None
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    header = [h.strip().lower() for h in next(csv.reader([first]))] if first else []
    queries: list[ScreenQuery] = []
    if "name" in header and ("," in first or first.strip().lower() == "name"):
        reader = csv.DictReader(io.StringIO(text))
        fields = {f.strip().lower(): f for f in reader.fieldnames or []}
        for row in reader:
            line = reader.line_num
            nm = (row.get(fields["name"]) or "").strip()
            if not nm:
                raise InputError.one(
                    "empty name; expected a name in every row", file=name, row=line, column="name"
                )
            bd = (row.get(fields["birth_date"]) or "").strip() if "birth_date" in fields else ""
            if bd and not (bd[:4].isdigit() and len(bd) in (4, 7, 10)):
                raise InputError.one(
                    f"birth_date {bd!r} is not YYYY, YYYY-MM or YYYY-MM-DD",
                    file=name,
                    row=line,
                    column="birth_date",
                )
            nat = (row.get(fields["nationality"]) or "").strip() if "nationality" in fields else ""
            queries.append(ScreenQuery(nm, bd or None, nat or None))
    else:
        queries = [ScreenQuery(ln.strip()) for ln in lines if ln.strip()]
    if not queries:
        raise InputError.one(
            "no names found; expected one name per line or a CSV with a 'name' column", file=name
        )
    return queries


@app.command("screen")
def screen_cmd(
    names: Annotated[
        list[str] | None,
        typer.Argument(help="Names to screen (or `audit` to export the audit trail)."),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file", help="One name per line, or CSV with name[, birth_date, nationality]."
        ),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Minimum calibrated score (default: documented default).",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Screen against the list as it stood on YYYY-MM-DD."),
    ] = None,
    run: Annotated[str | None, typer.Option("--run", help="With `audit`: only this run.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Screen names against the sanctions lists (UN 1718 bundled); every run is audited.

    `sanctionwatch screen audit --format jsonl|csv` exports the audit trail instead.
    """
    if names and names[0] == "audit" and file is None:
        _audit(run, fmt)
        return
    from sanctionwatch.screen.service import screen_names

    try:
        queries = [ScreenQuery(n) for n in names or [] if n.strip()]
        if file is not None:
            queries.extend(read_queries(file))
        if not queries:
            fail("give names to screen, or --file PATH")
        when = date_option(as_of, "--as-of")
        with open_store(load_bundled=False) as store:
            results = screen_names(store, queries, threshold=threshold, as_of=when, source="cli")
    except InputError as exc:
        _fail_input(exc)
        return
    rows = [r.to_dict() for r in results]
    if fmt != Format.table:
        if fmt == Format.csv:
            emit(
                [
                    {
                        "query": r["query"],
                        "ref": m["ref"],
                        "name": m["name"],
                        "score": m["score"],
                        "list": m["list"],
                        "explanation": m["explanation"],
                    }
                    for r in rows
                    for m in r["matches"]
                ],
                fmt,
            )
        else:
            emit(rows, fmt)
        return
    t = Table(title="Screening (calibrated score: share of such matches expected to be right)")
    for col in ("query", "ref", "listed name", "score", "why"):
        t.add_column(col)
    for r in rows:
        if not r["matches"]:
            t.add_row(r["query"], "-", "no match", "", "")
        for m in r["matches"]:
            t.add_row(r["query"], m["ref"], m["name"], f"{m['score']:.2f}", m["explanation"])
    out.print(t)


def _audit(run: str | None, fmt: Format) -> None:
    from sanctionwatch.store.screening import audit_rows

    with open_store(load_bundled=False) as store:
        rows = audit_rows(store, run)
    if fmt == Format.table:
        t = Table(title="Screening audit trail")
        for col in ("run", "time", "list versions", "query", "matches"):
            t.add_column(col)
        for r in rows:
            t.add_row(
                r["run"],
                r["timestamp"],
                ",".join(r["list_versions"]),
                r["query"],
                ", ".join(f"{m['ref']} {m['score']:.2f}" for m in r["matches"]) or "none",
            )
        out.print(t)
        return
    emit(rows, fmt)


@lists_app.command("import")
def lists_import(
    path: Annotated[
        Path, typer.Argument(help="A UN consolidated list XML or a FollowTheMoney JSON-lines file.")
    ],
    list_format: Annotated[
        str, typer.Option("--list-format", "--input", help="auto, un-xml or ftm.")
    ] = "auto",
    list_name: Annotated[
        str | None, typer.Option("--list", help="Name of the list (default: from the file).")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="Input format (un-xml, ftm) or output format (table, json)."
        ),
    ] = "table",
) -> None:
    """Import a list file as a new version (unchanged files add nothing) and report what changed."""
    from sanctionwatch.screen.lists import FORMATS, import_list

    out_fmt = Format.table
    if fmt in FORMATS:
        list_format = fmt
    elif fmt in Format.__members__:
        out_fmt = Format(fmt)
    else:
        fail(
            f"--format {fmt!r} is neither a list format ({', '.join(FORMATS)}) nor an output format"
        )
    try:
        with open_store(load_bundled=False) as store:
            # No bundled list first: in a new database the imported file is the first version.
            result = import_list(store, path, list_format, list_name)
    except InputError as exc:
        _fail_input(exc)
        return
    if out_fmt != Format.table:
        emit(result.to_dict(), out_fmt)
        return
    v = result.version
    if result.unchanged:
        err.print(f"{path}: unchanged, already version {v.id} of {v.list_name}")
        return
    dated = f"list dated {v.generated}" if v.generated else "undated list"
    err.print(
        f"Imported {v.entries} entries of {v.list_name} as version {v.id} ({dated}): "
        f"{v.added} added, {v.removed} removed, {v.changed} changed"
    )
    _print_diff(result.diff.to_dict())


def _print_diff(d: dict[str, list[dict[str, object]]], limit: int = 30) -> None:
    items = [(kind, item) for kind in ("added", "removed", "changed") for item in d[kind]]
    for kind, item in items[:limit]:
        fields = item.get("fields")
        extra = f" ({', '.join(fields)})" if isinstance(fields, list) else ""
        err.print(f"  {kind}: {item['ref']} {item['name']}{extra}", highlight=False)
    if len(items) > limit:
        err.print(f"  ... and {len(items) - limit} more (--format json lists them all)")


@lists_app.command("versions")
def lists_versions(fmt: FormatOption = Format.table) -> None:
    """Every imported version of every list, oldest first."""
    from sanctionwatch.screen.lists import ensure_bundled_list
    from sanctionwatch.store.screening import list_versions

    with open_store(load_bundled=False) as store:
        ensure_bundled_list(store)
        versions = [v.to_dict() for v in list_versions(store)]
    if fmt != Format.table:
        emit(versions, fmt)
        return
    t = Table(title="List versions")
    for col in (
        "id",
        "list",
        "dated",
        "imported",
        "entries",
        "added",
        "removed",
        "changed",
        "sha256",
    ):
        t.add_column(col)
    for v in versions:
        t.add_row(
            v["id"],
            v["list"],
            v["generated"] or "",
            v["imported_at"],
            str(v["entries"]),
            str(v["added"]),
            str(v["removed"]),
            str(v["changed"]),
            v["sha256"][:12],
        )
    out.print(t)


@lists_app.command("show")
def lists_show(
    ref: Annotated[
        str | None,
        typer.Argument(help="A reference number (e.g. KPi.033); all entries without it."),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The list as it stood on YYYY-MM-DD.")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """The entries of the lists in force (or one entry, in full)."""
    from sanctionwatch.screen.lists import versions_for
    from sanctionwatch.store.screening import version_entities

    try:
        when = date_option(as_of, "--as-of")
        with open_store(load_bundled=False) as store:
            entries = [e for v in versions_for(store, when) for e in version_entities(store, v.id)]
    except InputError as exc:
        _fail_input(exc)
        return
    if ref:
        entries = [e for e in entries if e.ref == ref]
        if not entries:
            fail(f"no entry {ref!r} in the lists in force; see `sanctionwatch lists show`")
    if fmt != Format.table:
        emit([e.to_dict() for e in entries], fmt)
        return
    if ref:
        sys.stdout.write(json.dumps(entries[0].to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    t = Table(title="Listed entries")
    for col in ("ref", "kind", "name", "aliases", "listed on"):
        t.add_column(col)
    for e in entries:
        t.add_row(e.ref, e.kind, e.primary_name, str(len(e.names) - 1), e.listed_on or "")
    out.print(t)


@lists_app.command("diff")
def lists_diff(
    old: Annotated[
        str | None, typer.Argument(help="Older version id (default: the one before NEW).")
    ] = None,
    new: Annotated[
        str | None, typer.Argument(help="Newer version id (default: the latest).")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """What was added, removed or changed between two versions of a list."""
    from sanctionwatch.screen.lists import diff_versions, ensure_bundled_list
    from sanctionwatch.store.screening import get_version, list_versions

    try:
        with open_store(load_bundled=False) as store:
            ensure_bundled_list(store)
            if new is None:
                versions = list_versions(store)
                latest = versions[-1]
                new = latest.id
                if old is None:
                    old = latest.previous_id
            elif old is None:
                v = get_version(store, new)
                old = v.previous_id if v else None
            if old is None:
                fail(
                    "there is no earlier version to compare with; "
                    "give two version ids (see `lists versions`)"
                )
                return
            d = diff_versions(store, old, new).to_dict()
    except InputError as exc:
        _fail_input(exc)
        return
    if fmt != Format.table:
        emit({"old": old, "new": new, **d}, fmt)
        return
    err.print(
        f"{old} -> {new}: {len(d['added'])} added, {len(d['removed'])} removed, "
        f"{len(d['changed'])} changed"
    )
    _print_diff(d)


@lists_app.command("export")
def lists_export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Export format: ftm (FollowTheMoney JSON lines).")
    ] = "ftm",
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The list as it stood on YYYY-MM-DD.")
    ] = None,
) -> None:
    """Export the lists in force as FollowTheMoney entities (JSON lines on standard output)."""
    from sanctionwatch.screen.ftm import to_ftm
    from sanctionwatch.screen.lists import versions_for
    from sanctionwatch.store.screening import version_entities

    if fmt != "ftm":
        fail(f"--format {fmt!r}: only ftm (FollowTheMoney JSON lines) is supported")
    try:
        when = date_option(as_of, "--as-of")
        with open_store(load_bundled=False) as store:
            entries = [e for v in versions_for(store, when) for e in version_entities(store, v.id)]
    except InputError as exc:
        _fail_input(exc)
        return
    for d in to_ftm(entries):
        sys.stdout.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
