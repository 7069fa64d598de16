"""The Ray engine in local mode gives the same bytes as the local engine, for each input format."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sweep_helpers
from sweep_helpers import ARTICLES, write_jsonl, write_parquet, write_warc

from sanctionwatch.claims.snapshot import Snapshot
from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store
from sanctionwatch.sweep.output import Manifest
from sanctionwatch.sweep.pipeline import ClaimSweeper
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


@pytest.fixture(scope="module")
def sweeper(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], ClaimSweeper]:
    with Store(tmp_path_factory.mktemp("db") / "t.duckdb") as store:
        load_bundled(store)
        snapshot = Snapshot.from_store(store)
    return lambda: ClaimSweeper(snapshot)


def _corpora(tmp_path: Path) -> dict[str, Path]:
    many = [
        dict(ARTICLES[i % 4], id=f"m{i}", text=f"{ARTICLES[i % 4]['text']} Nr {i}.")
        for i in range(120)
    ]
    return {
        "jsonl": write_jsonl(tmp_path / "a.jsonl", many, bad_line_after=30),
        "jsonl.gz": write_jsonl(tmp_path / "b.jsonl.gz", many[::-1], gz=True),
        "parquet": write_parquet(tmp_path / "c.parquet", many, row_group_size=25),
        "warc": write_warc(tmp_path / "d.warc.gz", many[:24], corrupt=7),
    }


def test_ray_engine_matches_local_engine_for_each_format(
    ray_session: None, sweeper: Callable[[], ClaimSweeper], tmp_path: Path
) -> None:
    # one test, so that pytest-xdist cannot start a second Ray on another worker
    corpora = _corpora(tmp_path)
    inputs = list(corpora.values())
    local_out, ray_out = tmp_path / "local.parquet", tmp_path / "ray.parquet"
    local = run_sweep(inputs, local_out, sweeper, fingerprint="f", workers=1, batch_size=16)
    on_ray = run_sweep(
        inputs, ray_out, sweeper, fingerprint="f", engine="ray", workers=2, batch_size=16
    )
    assert ray_out.read_bytes() == local_out.read_bytes()
    assert on_ray.claims == local.claims > 0
    assert on_ray.documents == local.documents == 120 + 120 + 120 + 23
    assert on_ray.problems == local.problems and len(local.problems) == 2
    assert on_ray.failures == local.failures == []
    assert on_ray.verdicts == local.verdicts and local.verdicts["supported"] > 0
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

    # In the same Ray session (one per test run: Ray starts slowly): the batch function reaches
    # each actor once, not with every batch, and a failing document is listed, not fatal.
    _check_shipped_once_per_actor(tmp_path / "once")


def _check_shipped_once_per_actor(tmp_path: Path) -> None:
    tmp_path.mkdir()
    many = [dict(ARTICLES[0], id=f"m{i}") for i in range(200)]
    many[123] = dict(many[123], text="EXPLODE")
    inputs = [write_jsonl(tmp_path / f"{i}.jsonl", many[i::2]) for i in range(2)]
    out = tmp_path / "o.parquet"
    s = run_sweep(
        inputs,
        out,
        sweep_helpers.make_shipped_once,
        fingerprint="f",
        engine="ray",
        workers=2,
        batch_size=10,
    )
    tags = pq.read_table(out).column("explanation").to_pylist()
    assert len(tags) == 199 * 3  # 20 batches went through the actors
    assert s.failures == [{"file": str(inputs[1]), "doc": "m123", "message": "ValueError: boom"}]
    assert 1 <= len(set(tags)) <= 2 and "driver" not in tags
