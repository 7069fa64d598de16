"""Sweep engines: one process, local worker processes, or Ray Data; all run the same batch function.

An engine reads the pending input files, runs :func:`run_batch` on batches of documents and
reports to a :class:`Sink` in input order: rows and failed documents of a file, then the file's
end (document count and corrupt records). Ordering is part of the contract: the sink writes each
file's part as rows arrive, and a file's end comes after all of its rows.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa

from sanctionwatch.errors import ConfigError
from sanctionwatch.sweep.pipeline import (
    BATCH_SCHEMA,
    DOC_SCHEMA,
    BatchFn,
    Failure,
    documents_from_table,
    documents_to_columns,
    run_batch,
)
from sanctionwatch.sweep.readers import CorpusReader, CorruptRecord, Document

_Control = tuple[str, int, str | None, str | None]  # kind, count, where, message

ENGINES = ("local", "ray")
RAY_HINT = (
    "the Ray engine needs Ray: pip install 'sanctionwatch[ray]' "
    "(or pip install 'ray[data]'), or use --engine local"
)


@dataclass(frozen=True, slots=True)
class FileJob:
    index: int
    path: Path
    format: str


class Sink(Protocol):
    def rows(
        self, job: FileJob, table: pa.Table, failures: list[Failure], documents: int
    ) -> None: ...
    def end(
        self, job: FileJob, documents: int, problems: list[CorruptRecord], skipped: int
    ) -> None: ...
    def read_progress(self, job: FileJob, bytes_read: int) -> None: ...


def default_workers() -> int:
    return max(
        1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )


def _chunks(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while True:
        chunk = list(islice(docs, size))
        if not chunk:
            return
        yield chunk


# -- local ---------------------------------------------------------------------------------
_WORKER_FN: BatchFn | None = None


def _init_worker(fn: BatchFn) -> None:
    # The batch function (with its statistics snapshot and lists) arrives once per worker here,
    # not with every batch.
    global _WORKER_FN
    _WORKER_FN = fn


def _work(docs: list[Document]) -> tuple[pa.Table, list[Failure]]:
    assert _WORKER_FN is not None, "worker not initialised"
    return run_batch(_WORKER_FN, docs)


def run_local(
    jobs: Sequence[FileJob], fn: BatchFn, sink: Sink, *, workers: int, batch_size: int = 256
) -> None:
    """Read each file in this process and run batches on ``workers`` processes (1: in-process).

    At most ``2 * workers`` batches are in flight, so memory stays bounded however large the
    corpus; results are taken in submission order, so rows reach the sink in document order."""
    if workers <= 1:
        for job in jobs:
            reader = CorpusReader(job.path, job.format)
            for batch in _chunks(reader.documents(), batch_size):
                table, failures = run_batch(fn, batch)
                sink.rows(job, table, failures, len(batch))
                sink.read_progress(job, reader.bytes_read)
            sink.end(job, reader.documents_read, reader.problems, reader.skipped_records)
        return

    # spawn, not fork: the parent may hold threads (a Ray client, DuckDB) that fork would copy
    # in a locked state.
    ctx = get_context("spawn")
    pending: deque[tuple[FileJob, Future[Any] | None, int, CorpusReader]] = deque()
    limit = 2 * workers

    def drain_one() -> None:
        job, fut, n, reader = pending.popleft()
        if fut is None:
            sink.end(job, reader.documents_read, reader.problems, reader.skipped_records)
            return
        table, failures = fut.result()
        sink.rows(job, table, failures, n)

    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(fn,)
    ) as pool:
        try:
            for job in jobs:
                reader = CorpusReader(job.path, job.format)
                for batch in _chunks(reader.documents(), batch_size):
                    pending.append((job, pool.submit(_work, batch), len(batch), reader))
                    sink.read_progress(job, reader.bytes_read)
                    while len(pending) >= limit:
                        drain_one()
                pending.append((job, None, 0, reader))
            while pending:
                drain_one()
        except BaseException:
            for _, fut, _, _ in pending:
                if fut is not None:
                    fut.cancel()
            raise


# -- Ray -----------------------------------------------------------------------------------
# Rows moving between the Ray stages: documents or control rows (a file's corrupt records and
# its end) on the way in; claim and name rows, failures, document tallies and control rows on
# the way out.
_CONTROL = pa.schema(
    [
        ("_job", pa.int64()),
        ("_kind", pa.string()),
        ("_n", pa.int64()),
        ("_where", pa.string()),
        ("_msg", pa.string()),
    ]
)
_DOC_ROWS = pa.unify_schemas([_CONTROL, DOC_SCHEMA])
_OUT_ROWS = pa.unify_schemas([_CONTROL, BATCH_SCHEMA])
_ROW_KINDS = ("claim", "name")  # data rows; the other kinds are control rows


def _control_rows(schema: pa.Schema, job: int, rows: list[_Control]) -> pa.Table:
    cols: dict[str, list[Any]] = {name: [None] * len(rows) for name in schema.names}
    cols["_job"] = [job] * len(rows)
    cols["_kind"] = [r[0] for r in rows]
    cols["_n"] = [r[1] for r in rows]
    cols["_where"] = [r[2] for r in rows]
    cols["_msg"] = [r[3] for r in rows]
    return pa.table(cols, schema=schema)


def _read_files(files: pa.Table, batch_size: int) -> Iterator[pa.Table]:
    """Ray stage 1: read the file(s) of this batch, yielding document rows, then its end."""
    for item in files.to_pylist():
        job = int(item["_job"])
        reader = CorpusReader(Path(item["path"]), item["format"])
        for chunk in _chunks(reader.documents(), batch_size):
            cols = documents_to_columns(chunk)
            n = len(chunk)
            cols.update(
                {
                    "_job": [job] * n,
                    "_kind": ["doc"] * n,
                    "_n": [None] * n,
                    "_where": [None] * n,
                    "_msg": [None] * n,
                }
            )
            yield pa.table(cols, schema=_DOC_ROWS)
        controls: list[_Control] = [
            ("problem", k, p.where, p.message) for k, p in enumerate(reader.problems)
        ]
        # the end row says how many problem rows to wait for: rows may arrive out of order
        controls.append(
            ("end", reader.documents_read, str(len(reader.problems)), str(reader.skipped_records))
        )
        yield _control_rows(_DOC_ROWS, job, controls)


class _SweepActor:
    """Ray stage 2: one per worker; gets the batch function once, at construction."""

    def __init__(self, fn_ref: Any) -> None:
        import ray

        self.fn: BatchFn = ray.get(fn_ref) if isinstance(fn_ref, ray.ObjectRef) else fn_ref

    def __call__(self, batch: pa.Table) -> pa.Table:
        out: list[pa.Table] = []
        kinds = batch.column("_kind").to_pylist()
        jobs = batch.column("_job").to_pylist()
        i = 0
        while i < len(kinds):
            j = i
            if kinds[i] == "doc":
                # a run of documents of one file, processed together
                while j < len(kinds) and kinds[j] == "doc" and jobs[j] == jobs[i]:
                    j += 1
                docs = documents_from_table(batch.slice(i, j - i))
                table, failures = run_batch(self.fn, docs)
                job = int(jobs[i])
                n = table.num_rows
                table = (
                    table.append_column("_job", pa.array([job] * n, pa.int64()))
                    .append_column("_n", pa.nulls(n, pa.int64()))
                    .append_column("_where", pa.nulls(n, pa.string()))
                    .append_column("_msg", pa.nulls(n, pa.string()))
                )
                out.append(table.select(_OUT_ROWS.names).cast(_OUT_ROWS))
                seq_of: dict[str, int] = {}
                for d in docs:
                    seq_of.setdefault(d.id, d.seq)
                controls: list[_Control] = [
                    ("failure", seq_of.get(d, -1), d, m) for d, m in failures
                ]
                controls.append(("tally", len(docs), None, None))
                out.append(_control_rows(_OUT_ROWS, job, controls))
            else:
                while j < len(kinds) and kinds[j] != "doc":
                    j += 1
                ctl = batch.slice(i, j - i).select(_CONTROL.names).to_pylist()
                for row in ctl:
                    out.append(
                        _control_rows(
                            _OUT_ROWS,
                            int(row["_job"]),
                            [(row["_kind"], row["_n"], row["_where"], row["_msg"])],
                        )
                    )
            i = j
        return pa.concat_tables(out) if out else _OUT_ROWS.empty_table()


def import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError(RAY_HINT) from None
    return ray


def run_ray(
    jobs: Sequence[FileJob],
    fn: BatchFn,
    sink: Sink,
    *,
    workers: int | None,
    address: str | None = None,
    batch_size: int = 256,
) -> int:
    """Run the sweep on Ray Data: files read by Ray tasks, batches mapped by an actor pool.

    The batch function goes into the object store once (``ray.put``) and each actor takes it at
    construction. Input files must be readable at the same path on every node. Ray is started
    here (locally with ``workers`` CPUs, or connected to ``address``) unless already running.
    Without ``workers``, one actor per CPU of the cluster. Returns the number of actors."""
    ray = import_ray()
    started = False
    if not ray.is_initialized():
        if address:
            try:
                ray.init(address=address, log_to_driver=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise ConfigError(
                    f"cannot connect to the Ray cluster at {address!r} ({exc}); check the "
                    "address (ray://HEAD:10001 from outside the cluster, auto on a node)"
                ) from None
        else:
            ray.init(
                num_cpus=workers or default_workers(), include_dashboard=False, log_to_driver=False
            )
        started = True
    try:
        workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        from ray.data import DataContext

        ctx = DataContext.get_current()
        # Results may arrive in any order (no head-of-line blocking behind a slow batch): the
        # driver counts a file's documents and problems before finishing its part, and the
        # part writer sorts rows that came out of order.
        ctx.execution_options.preserve_order = False
        fn_ref = ray.put(fn)
        items = [{"_job": j.index, "path": str(j.path), "format": j.format} for j in jobs]
        if not items:
            return workers
        by_index = {j.index: j for j in jobs}
        ds = ray.data.from_items(items, override_num_blocks=len(items))
        # Readers ask for no CPU, as the local engine's reading parent does: the CPUs go to the
        # actors, and it keeps Ray from fusing reading into the actors (one file would then
        # occupy one actor only).
        ds = ds.map_batches(
            _read_files,
            batch_size=1,
            batch_format="pyarrow",
            fn_kwargs={"batch_size": batch_size},
            num_cpus=0,
            concurrency=max(1, workers),
        )
        ds = ds.map_batches(
            _SweepActor,
            fn_constructor_args=(fn_ref,),
            batch_size=batch_size,
            batch_format="pyarrow",
            concurrency=workers,
        )
        demux = _Demux(by_index, sink)
        for table in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            demux.feed(table)
        demux.close()
        return workers
    finally:
        if started:
            ray.shutdown()


class _Demux:
    """Routes the Ray output rows to the sink and finishes a file once all of it has arrived:
    its end row, as many documents processed and as many problem rows as the end row says."""

    def __init__(self, jobs: dict[int, FileJob], sink: Sink) -> None:
        self.jobs = jobs
        self.sink = sink
        self.processed: dict[int, int] = {}
        self.problems: dict[int, list[tuple[int, CorruptRecord]]] = {}
        self.failures: dict[int, list[tuple[int, Failure]]] = {}
        self.ends: dict[int, tuple[int, int, int]] = {}  # documents, problems, skipped

    def feed(self, table: pa.Table) -> None:
        kinds = table.column("_kind").to_pylist()
        job_ids = table.column("_job").to_pylist()
        i = 0
        while i < len(kinds):
            j = i
            job = self.jobs[int(job_ids[i])]
            if kinds[i] in _ROW_KINDS:
                while j < len(kinds) and kinds[j] in _ROW_KINDS and job_ids[j] == job_ids[i]:
                    j += 1
                self.sink.rows(job, table.slice(i, j - i).select(BATCH_SCHEMA.names), [], 0)
                i = j
                continue
            row = {k: table.column(k)[i].as_py() for k in _CONTROL.names}
            kind, n = row["_kind"], row["_n"]
            if kind == "failure":
                self.failures.setdefault(job.index, []).append((n, (row["_where"], row["_msg"])))
            elif kind == "tally":
                self.processed[job.index] = self.processed.get(job.index, 0) + n
                self.sink.rows(job, BATCH_SCHEMA.empty_table(), [], n)
            elif kind == "problem":
                record = CorruptRecord(str(job.path), row["_where"], row["_msg"])
                self.problems.setdefault(job.index, []).append((n, record))
            elif kind == "end":
                self.ends[job.index] = (n, int(row["_where"] or 0), int(row["_msg"] or 0))
            self._maybe_finish(job)
            i += 1

    def _maybe_finish(self, job: FileJob) -> None:
        end = self.ends.get(job.index)
        if end is None:
            return
        documents, n_problems, skipped = end
        processed = self.processed.get(job.index, 0)
        problems = self.problems.get(job.index, [])
        if processed < documents or len(problems) < n_problems:
            return
        if processed > documents:
            raise RuntimeError(f"{job.path}: {documents} documents read but {processed} processed")
        failures = sorted(self.failures.pop(job.index, []), key=lambda f: f[0])
        if failures:
            self.sink.rows(job, BATCH_SCHEMA.empty_table(), [f for _, f in failures], 0)
        self.sink.end(job, documents, [p for _, p in sorted(problems, key=lambda p: p[0])], skipped)
        for d in (self.ends, self.processed, self.problems):
            d.pop(job.index, None)

    def close(self) -> None:
        if self.ends or self.processed:
            left = sorted(str(self.jobs[k].path) for k in {*self.ends, *self.processed})
            raise RuntimeError(f"the Ray sweep ended before these files were complete: {left}")
