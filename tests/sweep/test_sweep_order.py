"""Out-of-order arrival (as Ray delivers without preserve_order) gives the same parts."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sanctionwatch.sweep.engines import _OUT_ROWS, FileJob, _control_rows, _Demux
from sanctionwatch.sweep.output import Manifest, PartWriter
from sanctionwatch.sweep.pipeline import BATCH_SCHEMA


def _rows(job: int, seqs: list[int]) -> pa.Table:
    n = len(seqs)
    cols = {name: pa.nulls(n, BATCH_SCHEMA.field(name).type) for name in BATCH_SCHEMA.names}
    cols.update(
        {
            "doc": pa.array([f"d{s}" for s in seqs]),
            "_kind": pa.array(["claim"] * n),
            "_seq": pa.array(seqs, pa.int64()),
            "_claim": pa.array([0] * n, pa.int64()),
            "verdict": pa.array(["supported"] * n),
        }
    )
    t = pa.table(cols, schema=BATCH_SCHEMA)
    extra = {
        "_job": pa.array([job] * n, pa.int64()),
        "_n": pa.nulls(n, pa.int64()),
        "_where": pa.nulls(n, pa.string()),
        "_msg": pa.nulls(n, pa.string()),
    }
    for k, v in extra.items():
        t = t.append_column(k, v)
    return t.select(_OUT_ROWS.names).cast(_OUT_ROWS)


class _Sink:
    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest
        self.writers: dict[int, PartWriter] = {}
        self.ended: list[tuple[int, int, list[str]]] = []

    def rows(self, job, table, failures, documents) -> None:
        w = self.writers.setdefault(job.index, PartWriter(self.manifest, f"{job.index:064d}", "f"))
        w.add(table)
        w.add_failures(failures)

    def end(self, job, documents, problems, skipped) -> None:
        res = self.writers.pop(job.index).finish(documents, problems, skipped)
        self.ended.append((job.index, documents, [p.where for p in problems]))
        assert res.claims == documents

    def read_progress(self, job, bytes_read) -> None: ...


def test_rows_and_controls_in_any_order_give_sorted_parts(tmp_path: Path) -> None:
    manifest = Manifest(tmp_path / "o.parquet", "f")
    sink = _Sink(manifest)
    job = FileJob(0, tmp_path / "in.jsonl", "jsonl")
    demux = _Demux({0: job}, sink)
    # the end arrives first, then a problem, results of the second batch, then the first
    demux.feed(_control_rows(_OUT_ROWS, 0, [("end", 4, "2", "0")]))
    demux.feed(_control_rows(_OUT_ROWS, 0, [("problem", 1, "line 9", "bad")]))
    demux.feed(
        pa.concat_tables(
            [_rows(0, [2, 3]), _control_rows(_OUT_ROWS, 0, [("tally", 2, None, None)])]
        )
    )
    assert sink.ended == []
    demux.feed(
        pa.concat_tables(
            [_rows(0, [0, 1]), _control_rows(_OUT_ROWS, 0, [("tally", 2, None, None)])]
        )
    )
    assert sink.ended == []  # one problem row still missing
    demux.feed(_control_rows(_OUT_ROWS, 0, [("problem", 0, "line 2", "bad")]))
    assert sink.ended == [(0, 4, ["line 2", "line 9"])]
    demux.close()
    part = pq.read_table(manifest.dir / manifest.files[f"{0:064d}"].part)
    assert part.column("_seq").to_pylist() == [0, 1, 2, 3]


def test_a_file_left_unfinished_is_an_error(tmp_path: Path) -> None:
    manifest = Manifest(tmp_path / "o.parquet", "f")
    demux = _Demux({0: FileJob(0, tmp_path / "in.jsonl", "jsonl")}, _Sink(manifest))
    demux.feed(_control_rows(_OUT_ROWS, 0, [("end", 3, "0", "0"), ("tally", 2, None, None)]))
    with pytest.raises(RuntimeError, match="before these files were complete"):
        demux.close()
