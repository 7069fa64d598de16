"""What every command shares: the typer app, the --db option, output formats and error handling."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from sanctionwatch import settings
from sanctionwatch.errors import ConfigError, InputError
from sanctionwatch.store import Store, StoreError

app = typer.Typer(
    name="sanctionwatch",
    help="Monitor flows of people that sanctions forbid: border statistics with provenance, "
    "anomaly detection, claim checking, name screening and evidence dossiers.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Messages, tables and progress go to standard error so machine formats own standard output.
err = Console(stderr=True)
out = Console()


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class _State:
    db: Path | None = None


state = _State()


@app.callback()
def _root(
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            envvar="SANCTIONWATCH_DB",
            help="Database file (default: per-user data directory).",
        ),
    ] = None,
) -> None:
    state.db = db


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output: table (default), json, jsonl or csv.")
]


@contextmanager
def open_store(read_only: bool = False, load_bundled: bool = True) -> Iterator[Store]:
    """Open the database; on first use, load the bundled reference data."""
    path = settings.db_path(state.db)
    store = Store(path)
    try:
        if load_bundled:
            from sanctionwatch.sources.bundled import ensure_bundled

            ensure_bundled(store)
        yield store
    finally:
        store.close()


def emit(rows: Any, fmt: Format) -> None:
    """Print JSON, JSON Lines or CSV to standard output, nothing else."""
    if fmt == Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == Format.jsonl:
        items: Iterable[Any] = rows if isinstance(rows, list) else [rows]
        for r in items:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == Format.csv:
        items = rows if isinstance(rows, list) else [rows]
        buf = io.StringIO()
        flat = [{k: _cell(v) for k, v in r.items()} for r in items]
        if flat:
            w = csv.DictWriter(buf, fieldnames=list(flat[0].keys()))
            w.writeheader()
            w.writerows(flat)
        sys.stdout.write(buf.getvalue())


def _cell(v: Any) -> Any:
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False, default=str)
    return v


def date_option(value: str | None, option: str) -> date | None:
    """Read a YYYY-MM-DD option value; an InputError naming the option otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError.one(f"{option} expects a date as YYYY-MM-DD, got {value!r}") from None


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def main() -> None:
    """Console entry point: map errors to exit codes (2 bad input, 1 internal), clearly."""
    try:
        # Outside standalone mode click returns a typer.Exit's code instead of raising it.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except InputError as exc:
        for p in exc.problems[:50]:
            err.print(f"[bold red]error:[/] {p}", highlight=False, markup=True, soft_wrap=True)
        if len(exc.problems) > 50:
            err.print(f"... and {len(exc.problems) - 50} more problems", highlight=False)
        err.print("Nothing was written.", highlight=False)
        sys.exit(2)
    except (StoreError, ConfigError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(1)
    except Exception as exc:  # click's usage errors come through here too
        # typer >= 0.16 vendors click as typer._click, whose exceptions are not click's;
        # plain click may also be present (older typer). Accept either.
        modules = [m for m in (getattr(typer, "_click", None), _plain_click()) if m is not None]
        if any(isinstance(exc, m.exceptions.ClickException) for m in modules):
            exc.show()  # type: ignore[attr-defined]
            usage = any(isinstance(exc, m.exceptions.UsageError) for m in modules)
            sys.exit(2 if usage else exc.exit_code)  # type: ignore[attr-defined]
        raise


def _plain_click() -> Any:
    try:
        import click
    except ImportError:
        return None
    return click
