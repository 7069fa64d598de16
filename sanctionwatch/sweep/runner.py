"""Running a sweep end to end: check inputs, skip finished files, run an engine, assemble."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from sanctionwatch.sweep.engines import ENGINES, FileJob, default_workers, run_local, run_ray
from sanctionwatch.sweep.output import FileResult, Manifest, PartWriter, assemble, file_sha256
from sanctionwatch.sweep.pipeline import NAMES_SCHEMA, OUTPUT_SCHEMA, BatchFn, Failure
from sanctionwatch.sweep.readers import CorruptRecord, check_inputs


@dataclass
class SweepSummary:
    """What a sweep did, over all its inputs (including files finished by an earlier run)."""

    out: str
    engine: str
    workers: int
    inputs: int
    resumed: int  # files skipped because an earlier run finished them
    documents: int
    claims: int
    verdicts: dict[str, int]
    seconds: float
    documents_this_run: int
    problems: list[dict[str, str]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    skipped_records: int = 0
    duplicates: list[str] = field(default_factory=list)
    discarded: int = 0
    names: int | None = None  # name matches, when names were screened
    names_out: str | None = None

    @property
    def docs_per_second(self) -> float:
        return self.documents_this_run / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": self.out,
            "engine": self.engine,
            "workers": self.workers,
            "inputs": self.inputs,
            "resumed": self.resumed,
            "documents": self.documents,
            "claims": self.claims,
            "verdicts": self.verdicts,
            "names": self.names,
            "names_out": self.names_out,
            "seconds": round(self.seconds, 3),
            "documents_this_run": self.documents_this_run,
            "documents_per_second": round(self.docs_per_second, 1),
            "corrupt_records": self.problems,
            "failed_documents": self.failures,
            "skipped_records": self.skipped_records,
            "duplicate_inputs": self.duplicates,
        }


class Progress:
    """Callbacks for a progress display; the default shows nothing."""

    def start(self, total_bytes: int, files: int) -> None: ...
    def advance(self, documents: int, claims: int) -> None: ...
    def bytes(self, done: int) -> None: ...
    def file_done(self, path: str) -> None: ...
    def stop(self) -> None: ...


class _Sink:
    def __init__(
        self, manifest: Manifest, jobs: list[tuple[FileJob, str]], progress: Progress
    ) -> None:
        self.manifest = manifest
        self.sha = {job.index: sha for job, sha in jobs}
        self.sizes = {job.index: job.path.stat().st_size for job, _ in jobs}
        self.writers: dict[int, PartWriter] = {}
        self.progress = progress
        self.documents = 0
        self.bytes_done = 0

    def _writer(self, job: FileJob) -> PartWriter:
        w = self.writers.get(job.index)
        if w is None:
            w = self.writers[job.index] = PartWriter(
                self.manifest, self.sha[job.index], str(job.path)
            )
        return w

    def rows(self, job: FileJob, table: pa.Table, failures: list[Failure], documents: int) -> None:
        w = self._writer(job)
        w.add(table)
        if failures:
            w.add_failures(failures)
        self.documents += documents
        self.progress.advance(documents, table.num_rows)

    def read_progress(self, job: FileJob, bytes_read: int) -> None:
        self.progress.bytes(self.bytes_done + bytes_read)

    def end(
        self, job: FileJob, documents: int, problems: list[CorruptRecord], skipped: int
    ) -> None:
        self._writer(job).finish(documents, problems, skipped)
        del self.writers[job.index]
        self.bytes_done += self.sizes[job.index]
        self.progress.bytes(self.bytes_done)
        self.progress.file_done(str(job.path))

    def abort(self) -> None:
        for w in self.writers.values():
            w.abort()
        self.writers.clear()


def run_sweep(
    inputs: list[Path],
    out: Path,
    make_fn: Callable[[], BatchFn],
    *,
    fingerprint: str,
    engine: str = "local",
    workers: int | None = None,
    ray_address: str | None = None,
    batch_size: int = 256,
    progress: Progress | None = None,
    names_out: Path | None = None,
) -> SweepSummary:
    """Sweep ``inputs`` into ``out``; files finished by an earlier run with the same output and
    ``fingerprint`` (statistics, lists and options) are skipped.

    ``names_out``, when given, receives the name-screening rows (``NAMES_SCHEMA``).
    ``make_fn`` returns the batch function; it is called only if there is work to do (building
    the statistics snapshot is not free)."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    progress = progress or Progress()
    if engine == "local":
        workers = workers or default_workers()
    formats = check_inputs(inputs)
    start = time.perf_counter()

    manifest = Manifest(out, fingerprint)
    manifest.load()
    order: list[str] = []
    duplicates: list[str] = []
    todo: list[tuple[FileJob, str]] = []
    resumed = 0
    for i, path in enumerate(inputs):
        sha = file_sha256(path)
        if sha in order:
            duplicates.append(str(path))
            continue
        order.append(sha)
        if manifest.done(sha):
            resumed += 1
        else:
            todo.append((FileJob(i, path, formats[path]), sha))

    sink = _Sink(manifest, todo, progress)
    if todo:
        batch_fn = make_fn()
        progress.start(sum(sink.sizes.values()), len(todo))
        try:
            jobs = [job for job, _ in todo]
            if engine == "ray":
                workers = run_ray(
                    jobs,
                    batch_fn,
                    sink,
                    workers=workers,
                    address=ray_address,
                    batch_size=batch_size,
                )
            else:
                run_local(jobs, batch_fn, sink, workers=workers or 1, batch_size=batch_size)
        except BaseException:
            sink.abort()
            raise
        finally:
            progress.stop()
    claims = assemble(manifest, order, out, OUTPUT_SCHEMA, "claim")
    names = assemble(manifest, order, names_out, NAMES_SCHEMA, "name") if names_out else None
    seconds = time.perf_counter() - start

    results: list[FileResult] = [manifest.files[s] for s in order]
    verdicts: Counter[str] = Counter()
    for r in results:
        verdicts.update(r.verdicts)
    return SweepSummary(
        out=str(out),
        engine=engine,
        workers=workers or 0,  # 0: a Ray sweep with nothing left to do
        inputs=len(order),
        resumed=resumed,
        documents=sum(r.documents for r in results),
        claims=claims,
        names=names,
        names_out=str(names_out) if names_out else None,
        verdicts=dict(sorted(verdicts.items())),
        seconds=seconds,
        documents_this_run=sink.documents,
        problems=[p for r in results for p in r.problems],
        failures=[{"file": r.path, **f} for r in results for f in r.failures],
        skipped_records=sum(r.skipped_records for r in results),
        duplicates=duplicates,
        discarded=manifest.discarded,
    )
