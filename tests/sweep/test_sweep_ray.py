"""The Ray engine in local mode gives the same bytes as the local engine, for each input format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sweep_helpers
from sweep_helpers import ARTICLES, make_toy, write_jsonl, write_parquet, write_warc

from sanctionwatch.sweep.output import Manifest
from sanctionwatch.sweep.runner import run_sweep

ray = pytest.importorskip("ray")

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def ray_session() -> Iterator[None]:
    from ray import cloudpickle

    # The toy batch function lives in a test module that Ray's workers cannot import by name.
    cloudpickle.register_pickle_by_value(sweep_helpers)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()
    cloudpickle.unregister_pickle_by_value(sweep_helpers)


def _corpora(tmp_path: Path) -> dict[str, Path]:
    many = [
        dict(ARTICLES[i % 4], id=f"m{i}", text=f"{ARTICLES[i % 4]['text']} {i}") for i in range(120)
    ]
    many[50] = dict(many[50], text="EXPLODE 1")
    return {
        "jsonl": write_jsonl(tmp_path / "a.jsonl", many, bad_line_after=30),
        "jsonl.gz": write_jsonl(tmp_path / "b.jsonl.gz", many[::-1], gz=True),
        "parquet": write_parquet(tmp_path / "c.parquet", many, row_group_size=25),
        "warc": write_warc(tmp_path / "d.warc.gz", many[:40], corrupt=7),
    }


def test_ray_engine_matches_local_engine_for_each_format(ray_session: None, tmp_path: Path) -> None:
    corpora = _corpora(tmp_path)
    inputs = list(corpora.values())
    local_out, ray_out = tmp_path / "local.parquet", tmp_path / "ray.parquet"
    local = run_sweep(inputs, local_out, make_toy, fingerprint="f", workers=2, batch_size=16)
    on_ray = run_sweep(
        inputs, ray_out, make_toy, fingerprint="f", engine="ray", workers=2, batch_size=16
    )
    assert ray_out.read_bytes() == local_out.read_bytes()
    assert on_ray.claims == local.claims > 0
    assert on_ray.documents == local.documents == 120 + 120 + 120 + 39
    assert on_ray.problems == local.problems and len(local.problems) == 2
    assert on_ray.failures == local.failures and len(local.failures) == 3
    assert on_ray.verdicts == local.verdicts
    # each format on its own: the part of each input holds the same rows under both engines
    ml, mr = Manifest(local_out, "f"), Manifest(ray_out, "f")
    ml.load()
    mr.load()
    assert ml.files.keys() == mr.files.keys() and len(ml.files) == 4
    for sha, fl in ml.files.items():
        fr = mr.files[sha]
        a, b = pq.read_table(ml.dir / fl.part), pq.read_table(mr.dir / fr.part)
        assert a.num_rows > 0, fl.path
        assert a.equals(b), fl.path
        assert (fl.documents, fl.claims, fl.verdicts) == (fr.documents, fr.claims, fr.verdicts)


def test_batch_function_is_shipped_once_per_actor(ray_session: None, tmp_path: Path) -> None:
    many = [dict(ARTICLES[0], id=f"m{i}") for i in range(400)]
    inputs = [write_jsonl(tmp_path / f"{i}.jsonl", many[i::2]) for i in range(2)]
    out = tmp_path / "o.parquet"
    run_sweep(
        inputs,
        out,
        sweep_helpers.make_shipped_once,
        fingerprint="f",
        engine="ray",
        workers=2,
        batch_size=10,
    )
    tags = pq.read_table(out).column("explanation").to_pylist()
    assert len(tags) == 400 * 3  # 40 batches went through the actors
    assert 1 <= len(set(tags)) <= 2 and "driver" not in tags
