"""The sweep command: claims (and names) over large corpora, on this machine or a Ray cluster."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

import sanctionwatch
from sanctionwatch.cli.common import Format, FormatOption, app, emit, err, fail, open_store
from sanctionwatch.sweep import runner
from sanctionwatch.sweep.engines import ENGINES, import_ray


class _Bar(runner.Progress):
    """A rich bar over the input bytes, with documents, claims and documents per second."""

    def __init__(self) -> None:
        self.bar = Progress(
            TextColumn("[bold]sweep"),
            BarColumn(),
            DownloadColumn(),
            TextColumn(
                "{task.fields[docs]:,} docs · {task.fields[claims]:,} claims · {task.fields[rate]}"
            ),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=False,
        )
        self.task: TaskID | None = None
        self.docs = 0
        self.claims = 0

    def start(self, total_bytes: int, files: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("sweep", total=total_bytes, docs=0, claims=0, rate="")

    def advance(self, documents: int, claims: int) -> None:
        self.docs += documents
        self.claims += claims
        if self.task is not None:
            elapsed = self.bar.tasks[0].elapsed or 0.0
            rate = f"{self.docs / elapsed:,.0f} docs/s" if elapsed > 0 else ""
            self.bar.update(self.task, docs=self.docs, claims=self.claims, rate=rate)

    def bytes(self, done: int) -> None:
        if self.task is not None:
            self.bar.update(self.task, completed=done)

    def stop(self) -> None:
        self.bar.stop()


def _fingerprint(snapshot: Any, lists: str | None) -> str:
    """What the rows depend on besides the input: program version, statistics, list versions."""
    h = hashlib.sha256()
    h.update(f"sanctionwatch {sanctionwatch.__version__}\nlists={lists}\n".encode())
    for line in sorted(repr(f) for f in snapshot.facts):
        h.update(line.encode())
        h.update(b"\n")
    return h.hexdigest()


@app.command()
def sweep(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Corpus files: JSON Lines (plain or .gz), Parquet or WARC (.warc, .warc.gz)."
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output Parquet file, one row per claim.")
    ],
    engine: Annotated[
        str, typer.Option(help="local (worker processes) or ray (Ray Data).")
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option(
            help="Ray cluster to connect to (e.g. ray://head:10001 or auto); "
            "default: start Ray on this machine."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Worker processes (local) or actors (Ray); default: every core "
            "(on a Ray cluster: every CPU of the cluster).",
        ),
    ] = None,
    screen: Annotated[
        bool,
        typer.Option(
            help="Also screen the names in each text against the sanctions lists "
            "(matches go to OUT.names.parquet)."
        ),
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch.")] = 256,
    fmt: FormatOption = Format.table,
) -> None:
    """Extract and check claims over news corpora; resumable: rerun with the same --out to go on."""
    if engine not in ENGINES:
        fail(f"--engine expects one of {', '.join(ENGINES)}, got {engine!r}")
    if ray_address and engine != "ray":
        fail("--ray-address needs --engine ray")
    if engine == "ray":
        import_ray()  # fail early, with the install hint, before reading anything
    from sanctionwatch.claims.verify import Snapshot
    from sanctionwatch.sweep.pipeline import ClaimSweeper
    from sanctionwatch.sweep.readers import check_inputs

    check_inputs(inputs)  # exit 2 on a missing or unrecognised file, before anything is written
    matcher = None
    with open_store(read_only=False) as store:
        snapshot = Snapshot.from_store(store)
        if screen:
            from sanctionwatch.screen.lists import matcher_for

            matcher, _ = matcher_for(store)
    names_out = out.with_name(f"{out.stem}.names{out.suffix or '.parquet'}") if screen else None
    out.parent.mkdir(parents=True, exist_ok=True)
    bar = _Bar() if fmt == Format.table and engine == "local" else None
    summary = runner.run_sweep(
        inputs,
        out,
        lambda: ClaimSweeper(snapshot, matcher),
        fingerprint=_fingerprint(snapshot, matcher.version if matcher is not None else None),
        engine=engine,
        workers=workers,
        ray_address=ray_address,
        batch_size=batch_size,
        progress=bar,
        names_out=names_out,
    )
    if fmt != Format.table:
        emit(summary.to_dict(), fmt)
        return
    _print_summary(summary)


def _print_summary(s: runner.SweepSummary) -> None:
    if s.discarded:
        err.print(
            f"{s.discarded} file(s) finished by an earlier run were redone: the statistics, "
            "lists or options have changed since."
        )
    t = Table(title=f"Sweep → {s.out}", show_header=False)
    t.add_row(
        "inputs",
        f"{s.inputs} ({s.resumed} already done by an earlier run)" if s.resumed else str(s.inputs),
    )
    t.add_row("documents", f"{s.documents:,}")
    t.add_row("claims", f"{s.claims:,}")
    if s.names is not None:
        t.add_row("name matches", f"{s.names:,} → {s.names_out}")
    for verdict, n in s.verdicts.items():
        t.add_row(f"  {verdict}", f"{n:,}")
    t.add_row("engine", f"{s.engine}, {s.workers} worker(s)")
    t.add_row(
        "this run",
        f"{s.documents_this_run:,} documents in {s.seconds:,.1f} s "
        f"({s.docs_per_second:,.0f} documents/s)",
    )
    t.add_row("corrupt records", str(len(s.problems)))
    t.add_row("failed documents", str(len(s.failures)))
    if s.skipped_records:
        t.add_row("WARC records skipped", f"{s.skipped_records:,} (not HTML responses)")
    err.print(t)
    for p in s.problems[:50]:
        err.print(
            f"[yellow]corrupt record:[/] {p['file']}, {p['where']}: {p['message']}",
            highlight=False,
            soft_wrap=True,
        )
    for f in s.failures[:50]:
        err.print(
            f"[yellow]failed document:[/] {f['file']}, {f['doc']}: {f['message']}",
            highlight=False,
            soft_wrap=True,
        )
    more = len(s.problems) + len(s.failures) - min(len(s.problems), 50) - min(len(s.failures), 50)
    if more > 0:
        err.print(f"... and {more} more; all are listed in {s.out}.sweep/manifest.json")
    for d in s.duplicates:
        err.print(f"{d}: same content as an earlier input; read once")
