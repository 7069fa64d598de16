"""Sweep output: per-input part files, the resumability manifest, and the final Parquet file.

Beside ``OUT.parquet`` lives ``OUT.parquet.sweep/`` with ``manifest.json`` and ``parts/``. Each
input file, identified by the SHA-256 of its content, becomes one part once all of its documents
are processed; the part and then the manifest are written to a temporary name and renamed, so an
interrupted sweep leaves only whole parts behind. A restarted sweep with the same output skips the
inputs whose part is listed, and the final file is assembled from the parts in input order (and
also written to a temporary name first, so ``OUT.parquet`` is either the old file or the new one).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from sanctionwatch.sweep.pipeline import BATCH_SCHEMA, Failure
from sanctionwatch.sweep.readers import CorruptRecord

MANIFEST_VERSION = 1
ROW_GROUP = 64_000  # fixed, so the same rows always give the same bytes
_WRITE_OPTS: dict[str, Any] = {"compression": "zstd", "write_statistics": True}


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class FileResult:
    """What one input file gave; kept in the manifest so a resumed sweep reports it too."""

    sha256: str
    path: str
    part: str
    documents: int = 0
    claims: int = 0
    names: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    problems: list[dict[str, str]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    skipped_records: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "path": self.path,
            "part": self.part,
            "documents": self.documents,
            "claims": self.claims,
            "verdicts": self.verdicts,
            "problems": self.problems,
            "failures": self.failures,
            "skipped_records": self.skipped_records,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FileResult:
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})


class Manifest:
    """The record of finished inputs, for one output file and one configuration fingerprint."""

    def __init__(self, out: Path, fingerprint: str) -> None:
        self.out = out
        self.dir = out.with_name(out.name + ".sweep")
        self.parts = self.dir / "parts"
        self.path = self.dir / "manifest.json"
        self.fingerprint = fingerprint
        self.files: dict[str, FileResult] = {}
        self.discarded = 0  # finished files dropped because the configuration changed

    def load(self) -> None:
        """Read an earlier manifest; drop it if it was made with another configuration."""
        if not self.path.exists():
            return
        data = json.loads(self.path.read_text("utf-8"))
        files = {k: FileResult.from_dict(v) for k, v in data.get("files", {}).items()}
        if data.get("version") != MANIFEST_VERSION or data.get("fingerprint") != self.fingerprint:
            # The statistics, the lists or the options changed: earlier rows would be stale.
            self.discarded = len(files)
            for f in files.values():
                (self.dir / f.part).unlink(missing_ok=True)
            self.path.unlink()
            return
        self.files = {k: f for k, f in files.items() if (self.dir / f.part).exists()}

    def done(self, sha: str) -> FileResult | None:
        return self.files.get(sha)

    def record(self, result: FileResult) -> None:
        self.files[result.sha256] = result
        data = {
            "version": MANIFEST_VERSION,
            "fingerprint": self.fingerprint,
            "files": {k: v.to_dict() for k, v in self.files.items()},
        }
        _atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1))

    def part_path(self, sha: str) -> Path:
        return self.parts / f"{sha[:24]}.parquet"


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class PartWriter:
    """Streams one input file's rows to a temporary part; ``finish`` orders and renames it.

    Rows normally arrive in document order (both engines keep it); if they did not, ``finish``
    sorts the part, so the output never depends on scheduling."""

    def __init__(self, manifest: Manifest, sha: str, path: str) -> None:
        self.manifest = manifest
        manifest.parts.mkdir(parents=True, exist_ok=True)  # only once there is work to keep
        self.final = manifest.part_path(sha)
        self.tmp = self.final.with_name(self.final.name + ".tmp")
        self.result = FileResult(
            sha256=sha, path=path, part=str(self.final.relative_to(manifest.dir))
        )
        self._writer: pq.ParquetWriter | None = None
        self._last: tuple[int, int] = (-1, -1)
        self._sorted = True
        self._verdicts: Counter[str] = Counter()
        self.documents_processed = 0

    def add(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        table = table.select(BATCH_SCHEMA.names).cast(BATCH_SCHEMA)
        seqs = table.column("_seq").to_pylist()
        ranks = table.column("_claim").to_pylist()
        for key in zip(seqs, ranks, strict=True):
            if key <= self._last:
                self._sorted = False
            self._last = key
        kinds = table.column("_kind").to_pylist()
        verdicts = table.column("verdict").to_pylist()
        claims = [v for k, v in zip(kinds, verdicts, strict=True) if k == "claim"]
        self._verdicts.update(v for v in claims if v is not None)
        self.result.claims += len(claims)
        self.result.names += len(kinds) - len(claims)
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.tmp, BATCH_SCHEMA, **_WRITE_OPTS)
        self._writer.write_table(table)

    def add_failures(self, failures: list[Failure]) -> None:
        self.result.failures.extend({"doc": d, "message": m} for d, m in failures)

    def finish(self, documents: int, problems: list[CorruptRecord], skipped: int) -> FileResult:
        if self._writer is None:
            pq.write_table(BATCH_SCHEMA.empty_table(), self.tmp, **_WRITE_OPTS)
        else:
            self._writer.close()
            if not self._sorted:
                t = pq.read_table(self.tmp)
                t = t.sort_by([("_seq", "ascending"), ("_claim", "ascending")])
                pq.write_table(t, self.tmp, **_WRITE_OPTS)
        os.replace(self.tmp, self.final)
        self.result.documents = documents
        self.result.problems = [p.to_dict() for p in problems]
        self.result.skipped_records = skipped
        self.result.verdicts = dict(sorted(self._verdicts.items()))
        self.manifest.record(self.result)
        return self.result

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self.tmp.unlink(missing_ok=True)


def assemble(manifest: Manifest, shas: list[str], out: Path, schema: pa.Schema, kind: str) -> int:
    """Write ``out`` with the ``kind`` rows ("claim" or "name") of the parts of ``shas``, in
    that order, in ``schema``; returns the number of rows."""
    tmp = out.with_name(out.name + ".tmp")
    rows = 0
    buffer: list[pa.Table] = []
    buffered = 0
    with pq.ParquetWriter(tmp, schema, **_WRITE_OPTS) as writer:
        # Row groups of exactly ROW_GROUP rows whatever the parts' own chunking, so both
        # engines (and a resumed run) give byte-identical files.
        def flush(final: bool) -> None:
            nonlocal buffer, buffered
            while buffered >= ROW_GROUP or (final and buffered):
                t = pa.concat_tables(buffer).combine_chunks()
                n = min(ROW_GROUP, t.num_rows)
                writer.write_table(t.slice(0, n), row_group_size=ROW_GROUP)
                rest = t.slice(n)
                buffer = [rest]
                buffered = rest.num_rows

        for sha in shas:
            part = manifest.dir / manifest.files[sha].part
            pf = pq.ParquetFile(part)
            for batch in pf.iter_batches(batch_size=16_384, columns=[*schema.names, "_kind"]):
                t = pa.Table.from_batches([batch])
                t = t.filter(pc.equal(t.column("_kind"), kind)).select(schema.names).cast(schema)
                if t.num_rows:
                    buffer.append(t)
                    buffered += t.num_rows
                    rows += t.num_rows
                    flush(False)
        flush(True)
    os.replace(tmp, out)
    return rows
