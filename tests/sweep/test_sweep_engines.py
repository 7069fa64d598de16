"""Sweep engines and resumability, with a toy batch function (the real one is tested elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sweep_helpers import ARTICLES, ToyBatch, make_toy, write_jsonl, write_parquet, write_warc

from sanctionwatch.sweep import engines
from sanctionwatch.sweep.output import Manifest
from sanctionwatch.sweep.pipeline import OUTPUT_COLUMNS
from sanctionwatch.sweep.runner import run_sweep


def _corpus(tmp_path: Path) -> list[Path]:
    many = [
        dict(ARTICLES[i % 4], id=f"m{i}", text=f"{ARTICLES[i % 4]['text']} {i}") for i in range(300)
    ]
    many[150] = dict(many[150], text="EXPLODE 1")
    return [
        write_jsonl(tmp_path / "a.jsonl", ARTICLES, bad_line_after=2),
        write_jsonl(tmp_path / "b.jsonl.gz", many, gz=True),
        write_parquet(tmp_path / "c.parquet", ARTICLES),
        write_warc(tmp_path / "d.warc.gz", ARTICLES, corrupt=2),
    ]


def _rows(out: Path) -> list[tuple]:
    t = pq.read_table(out)
    return [tuple(r.values()) for r in t.to_pylist()]


def test_local_engine_one_process_and_workers_give_identical_bytes(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path)
    s1 = run_sweep(
        inputs, tmp_path / "one.parquet", make_toy, fingerprint="f", workers=1, batch_size=16
    )
    s2 = run_sweep(
        inputs, tmp_path / "two.parquet", make_toy, fingerprint="f", workers=2, batch_size=16
    )
    assert (tmp_path / "one.parquet").read_bytes() == (tmp_path / "two.parquet").read_bytes()
    t = pq.read_table(tmp_path / "one.parquet")
    assert tuple(t.column_names) == OUTPUT_COLUMNS
    # a1: 2024, 13221, 7 -> three claims, in text order, first in the output
    assert t.slice(0, 3).column("quantity").to_pylist() == [2024.0, 13221.0, 7.0]
    assert t.column("doc").to_pylist()[:3] == ["a1", "a1", "a1"]
    assert s1.documents == s2.documents == 4 + 300 + 4 + 3
    assert s1.claims == t.num_rows == s2.claims
    assert sum(s1.verdicts.values()) == t.num_rows
    assert s1.verdicts["supported"] == sum(
        1 for q in t.column("quantity").to_pylist() if q % 2 == 0
    )
    # the bad JSON line and the corrupt WARC record are listed; the failed document too
    wheres = sorted((Path(p["file"]).name, p["where"].split(" (")[0]) for p in s1.problems)
    assert wheres[0] == ("a.jsonl", "line 3")
    assert wheres[1][0] == "d.warc.gz" and wheres[1][1].startswith("byte ")
    assert s1.failures == [{"file": str(inputs[1]), "doc": "m150", "message": "ValueError: boom"}]


def test_interrupted_sweep_resumes_and_skips_finished_files(tmp_path: Path, monkeypatch) -> None:
    inputs = _corpus(tmp_path)
    out = tmp_path / "out.parquet"
    full = tmp_path / "full.parquet"
    run_sweep(inputs, full, make_toy, fingerprint="f", workers=1)

    # Kill the sweep while it processes the third file: the first two parts are kept.
    calls = {"n": 0}
    real = engines.run_batch

    def dying(fn, docs):
        calls["n"] += 1
        if any(d.id == "a1" for d in docs) and calls["n"] > 2:
            raise KeyboardInterrupt
        return real(fn, docs)

    monkeypatch.setattr(engines, "run_batch", dying)
    with pytest.raises(KeyboardInterrupt):
        run_sweep(inputs, out, make_toy, fingerprint="f", workers=1, batch_size=400)
    monkeypatch.setattr(engines, "run_batch", real)
    assert not out.exists()
    m = Manifest(out, "f")
    m.load()
    assert sorted(Path(f.path).name for f in m.files.values()) == ["a.jsonl", "b.jsonl.gz"]
    assert not list(m.parts.glob("*.tmp"))

    # Restart: only the two unfinished files are read, and the result equals an uninterrupted run.
    seen: list[str] = []

    def counting(fn, docs):
        seen.extend(d.id for d in docs)
        return real(fn, docs)

    monkeypatch.setattr(engines, "run_batch", counting)
    s = run_sweep(inputs, out, make_toy, fingerprint="f", workers=1)
    assert s.resumed == 2 and s.documents_this_run == 4 + 3
    assert "m0" not in seen and len(seen) == 7
    assert out.read_bytes() == full.read_bytes()
    assert len(s.problems) == 2  # corrupt records of earlier runs are still listed

    # A finished sweep rerun reads nothing; a changed configuration starts over.
    seen.clear()
    assert run_sweep(inputs, out, make_toy, fingerprint="f", workers=1).resumed == 4
    assert seen == []
    s = run_sweep(inputs, out, lambda: ToyBatch("other"), fingerprint="g", workers=1)
    assert s.resumed == 0 and s.discarded == 4 and len(seen) == s.documents
    assert set(pq.read_table(out).column("explanation").to_pylist()) == {"other"}


def test_added_input_only_processes_the_new_file(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path)
    out = tmp_path / "out.parquet"
    run_sweep(inputs[:2], out, make_toy, fingerprint="f", workers=1)
    s = run_sweep(inputs, out, make_toy, fingerprint="f", workers=1)
    assert s.resumed == 2 and s.documents_this_run == 4 + 3
    run_sweep(inputs, tmp_path / "full.parquet", make_toy, fingerprint="f", workers=1)
    assert out.read_bytes() == (tmp_path / "full.parquet").read_bytes()
    dup = run_sweep([*inputs, inputs[0]], out, make_toy, fingerprint="f", workers=1)
    assert dup.duplicates == [str(inputs[0])] and dup.inputs == 4


def test_local_workers_get_the_batch_function_once(tmp_path: Path) -> None:
    import sweep_helpers

    many = [dict(ARTICLES[0], id=f"m{i}") for i in range(200)]
    out = tmp_path / "o.parquet"
    run_sweep(
        [write_jsonl(tmp_path / "m.jsonl", many)],
        out,
        sweep_helpers.make_shipped_once,
        fingerprint="f",
        workers=2,
        batch_size=10,
    )
    tags = pq.read_table(out).column("explanation").to_pylist()
    assert len(tags) == 200 * 3  # 20 batches
    assert 1 <= len(set(tags)) <= 2 and "driver" not in tags
