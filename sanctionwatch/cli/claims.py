"""Commands ``claims extract`` and ``claims check``: claims in text, HTML or JSON Lines."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from sanctionwatch.claims.batch import (
    DocResult,
    Document,
    default_workers,
    iter_jsonl,
    parse_date,
    process_documents,
    validate_jsonl,
)
from sanctionwatch.cli.common import Format, FormatOption, app, err, fail, open_store, out
from sanctionwatch.errors import InputError

claims_app = typer.Typer(
    help="Numeric claims in news text: extract them, and check them against the statistics.",
    no_args_is_help=True,
)
app.add_typer(claims_app, name="claims")

# Inputs at least this large get a progress bar on standard error.
PROGRESS_BYTES = 1 << 20
# Standard input is spooled (to memory, then a temporary file) so it can be validated first.
SPOOL_MEMORY = 16 << 20


class Lang(StrEnum):
    auto = "auto"
    en = "en"
    ru = "ru"
    ko = "ko"
    zh = "zh"


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


PathArg = Annotated[
    str,
    typer.Argument(help="A text, HTML or JSON Lines file (gzip allowed), or - for standard input."),
]
LangOption = Annotated[
    Lang, typer.Option("--lang", help="Language of the text; auto detects it per document.")
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        help='Publication date YYYY-MM-DD, to resolve "last year"; a JSON line\'s own date wins.',
    ),
]
InputFormatOption = Annotated[
    InputFormat,
    typer.Option("--input-format", help="auto (default) detects JSON Lines, HTML or plain text."),
]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", min=1, help="Worker processes (default: every core).")
]


@claims_app.command("extract")
def extract_cmd(
    path: PathArg,
    lang: LangOption = Lang.auto,
    date_: DateOption = None,
    input_format: InputFormatOption = InputFormat.auto,
    workers: WorkersOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Extract numeric claims (number, hedge, period, purpose, countries, comparison) from text."""
    _run(path, lang.value, date_, input_format.value, workers, fmt, check=False, as_of=None)


@claims_app.command("check")
def check_cmd(
    path: PathArg,
    lang: LangOption = Lang.auto,
    date_: DateOption = None,
    input_format: InputFormatOption = InputFormat.auto,
    workers: WorkersOption = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Check against the statistics as known on this date."),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Extract claims and check each against the statistics: supported, contradicted or unknown.

    Each verdict names the tolerance the wording allows, both numbers and the sources.
    """
    _run(path, lang.value, date_, input_format.value, workers, fmt, check=True, as_of=as_of)


# -- input ----------------------------------------------------------------------------------------


def _open_input(path: str) -> tuple[IO[bytes], str, int | None]:
    """A seekable binary stream of the input, its name for messages, and its size if known."""
    if path == "-":
        spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115
        shutil.copyfileobj(sys.stdin.buffer, spool)
        size = spool.tell()
        spool.seek(0)
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.is_file():
            raise InputError.one(
                f"no such file: {path} (give a text, HTML or JSON Lines file, or -)"
            )
        spool = p.open("rb")
        size, name = p.stat().st_size, str(p)
    head = spool.read(2)
    spool.seek(0)
    if head == b"\x1f\x8b":
        # the gzip reader does not close the file under it: hand it over to close with it
        gz = gzip.GzipFile(fileobj=spool)
        gz.myfileobj = spool  # type: ignore[assignment]
        return gz, name, None  # type: ignore[return-value]
    return spool, name, size


_HTML_HINT = re.compile(rb"<(?:!doctype|html|head|body|meta|article|p|div|title)\b", re.IGNORECASE)


def _detect(stream: IO[bytes], name: str, declared: str) -> str:
    if declared != "auto":
        return declared
    lower = name.lower().removesuffix(".gz")
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith(".txt"):
        return "text"
    head = stream.read(8192)
    stream.seek(0)
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if s.startswith(b"{"):
        return "jsonl"
    if s.startswith(b"<") and _HTML_HINT.search(s):
        return "html"
    return "text"


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError.one(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})", name, line
        ) from None


def _documents(
    stream: IO[bytes], name: str, kind: str, lang: str, when: date | None
) -> tuple[Iterator[Document], int]:
    """The documents of the input and the byte count they span; bad input raises before any
    document is produced."""
    if kind == "jsonl":
        _, size = validate_jsonl(stream, name)
        stream.seek(0)
        return iter_jsonl(stream, name, lang, when), size
    data = stream.read()
    text = _decode(data, name)
    doc_id = "stdin" if name == "<stdin>" else Path(name).name
    return iter([Document(doc_id, text, lang, when, html=kind == "html", size=len(data))]), len(
        data
    )


# -- output ---------------------------------------------------------------------------------------


class _Writer:
    """Streams rows to standard output as JSON Lines, a JSON array, or lines for people."""

    def __init__(self, fmt: Format, check: bool) -> None:
        self.fmt, self.check = fmt, check
        self.count = 0
        self.verdicts: Counter[str] = Counter()
        self._w = sys.stdout

    def row(self, r: dict[str, Any]) -> None:
        self.count += 1
        if "verdict" in r:
            self.verdicts[r["verdict"]] += 1
        if self.fmt == Format.jsonl:
            self._w.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        elif self.fmt == Format.json:
            self._w.write(
                ("[\n" if self.count == 1 else ",\n")
                + json.dumps(r, ensure_ascii=False, default=str)
            )
        else:
            self._human(r)

    def _human(self, r: dict[str, Any]) -> None:
        q = r.get("quantity")
        comp = r.get("comparison")
        what = f"{q:,}" if isinstance(q, int | float) else "—"
        if comp:
            kind = f"{comp.get('kind')}{' low' if comp.get('lowest') else ''}"
            what += f" [{kind} {comp.get('value')} vs {comp.get('baseline_period') or '?'}]"
        fields = " ".join(
            f"{k}={r.get(k)}"
            for k in ("qualifier", "unit", "origin", "destination", "purpose", "period")
            if r.get(k) is not None
        )
        line = f"[bold]{escape(str(r.get('doc')))}[/] {escape(what)} {escape(fields)}"
        if self.check:
            colour = {"supported": "green", "contradicted": "red"}.get(r["verdict"], "yellow")
            line += f"\n  [{colour}]{r['verdict']}[/] {escape(r.get('explanation') or '')}"
        else:
            line += f"\n  [dim]{escape(r.get('sentence') or '')}[/]"
        out.print(line, highlight=False, soft_wrap=True)

    def close(self) -> None:
        if self.fmt == Format.json:
            self._w.write("[]\n" if self.count == 0 else "\n]\n")
        self._w.flush()


# -- the run --------------------------------------------------------------------------------------


def _run(
    path: str,
    lang: str,
    date_text: str | None,
    input_format: str,
    workers: int | None,
    fmt: Format,
    check: bool,
    as_of: str | None,
) -> None:
    if fmt == Format.csv:
        raise InputError.one("--format csv is not offered for claims; use jsonl, json or table")
    try:
        when = parse_date(date_text, "--date") if date_text else None
        as_of_date = parse_date(as_of, "--as-of") if as_of else None
    except ValueError as exc:
        raise InputError.one(str(exc)) from None
    stream, name, _ = _open_input(path)
    with stream:
        kind = _detect(stream, name, input_format)
        docs, size = _documents(stream, name, kind, lang, when)
        snapshot = None
        if check:
            from sanctionwatch.claims.verify import Snapshot

            with open_store() as store:
                snapshot = Snapshot.from_store(store, as_of=as_of_date)
        n_workers = workers or default_workers()
        writer = _Writer(fmt, check)
        errors: list[DocResult] = []
        n_docs = 0
        show = size >= PROGRESS_BYTES
        progress = Progress(
            TextColumn("[bold]claims[/] {task.fields[n]} docs"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=not show,
        )
        try:
            with progress:
                task = progress.add_task("claims", total=size or None, n=0)
                for res in process_documents(docs, snapshot, n_workers):
                    n_docs += 1
                    progress.update(task, advance=res.size, n=n_docs)
                    if res.error:
                        errors.append(res)
                        continue
                    for row in res.rows():
                        writer.row(row)
        except ImportError as exc:
            fail(f"claim extraction is not available in this installation: {exc}", code=1)
        finally:
            writer.close()
    for e in errors[:20]:
        err.print(
            f"[bold red]error:[/] document {escape(e.id)}: {escape(e.error or '')}", highlight=False
        )
    if fmt == Format.table or show:
        summary = f"{n_docs:,} document(s), {writer.count:,} claim(s)"
        if check:
            summary += " — " + ", ".join(
                f"{v}: {writer.verdicts[v]:,}"
                for v in ("supported", "contradicted", "not_enough_data")
            )
        err.print(summary, highlight=False)
    if errors:
        err.print(f"{len(errors)} document(s) failed with an internal error (listed above).")
        raise typer.Exit(1)
