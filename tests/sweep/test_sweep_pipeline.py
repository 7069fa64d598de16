"""The real batch function: claims extracted and checked against the bundled statistics."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sweep_helpers import ARTICLES, write_jsonl, write_warc

from sanctionwatch.claims.snapshot import Snapshot
from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store
from sanctionwatch.sweep.pipeline import NAMES_COLUMNS, OUTPUT_COLUMNS, ClaimSweeper, run_batch
from sanctionwatch.sweep.readers import Document
from sanctionwatch.sweep.runner import run_sweep


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    with Store(tmp_path_factory.mktemp("db") / "t.duckdb") as store:
        load_bundled(store)
        return Snapshot.from_store(store)


def test_claim_rows_carry_document_claim_and_verdict(snapshot: Snapshot) -> None:
    docs = [
        Document("a1", "https://news.example/a1", "2025-02-10", "en", ARTICLES[0]["text"], None, 0),
        Document(
            "h1",
            "https://news.example/h1",
            None,
            None,
            None,
            "<html><body><article><p>In 2024, 13221 citizens of North Korea entered "
            "Russia.</p></article></body></html>",
            1,
        ),
        Document("a3", None, None, None, "Nothing with a figure here.", None, 2),
    ]
    table, failures = run_batch(ClaimSweeper(snapshot), docs)
    assert failures == []
    rows = table.to_pylist()
    first = next(r for r in rows if r["doc"] == "a1" and r["quantity"] == 13221)
    assert first["url"] == "https://news.example/a1" and first["date"] == date(2025, 2, 10)
    assert (first["origin"], first["destination"], first["period"]) == ("KP", "RU", "2024")
    assert first["sentence"].startswith("In 2024, 13221 citizens")
    assert ARTICLES[0]["text"][first["span_start"] : first["span_end"]] == "13221"
    assert first["verdict"] == "supported" and first["observed_count"] == 13221
    assert first["lang"] == "en" and "13,221" in first["explanation"]
    assert first["_seq"] == 0 and first["_claim"] == 0
    html = [r for r in rows if r["doc"] == "h1"]
    assert [r["quantity"] for r in html] == [13221] and html[0]["verdict"] == "supported"
    assert not [r for r in rows if r["doc"] == "a3"]


def test_sweep_of_each_format_with_the_real_pipeline(snapshot: Snapshot, tmp_path: Path) -> None:
    inputs = [
        write_jsonl(tmp_path / "a.jsonl.gz", ARTICLES, gz=True),
        write_warc(tmp_path / "b.warc", ARTICLES, gz=False),
    ]
    out = tmp_path / "out.parquet"
    s = run_sweep(inputs, out, lambda: ClaimSweeper(snapshot), fingerprint="x", workers=2)
    t = pq.read_table(out)
    assert tuple(t.column_names) == OUTPUT_COLUMNS
    assert s.documents == 8 and s.claims == t.num_rows and s.problems == [] and s.failures == []
    by_file = t.column("doc").to_pylist()
    assert by_file[0] == "a1" and by_file[-1].startswith("urn:uuid:")
    supported = [r for r in t.to_pylist() if r["quantity"] == 13221 and r["verdict"] == "supported"]
    assert {r["url"] for r in supported} >= {"https://news.example/a1", "https://news.example/a2"}
    assert s.verdicts == {v: t.column("verdict").to_pylist().count(v) for v in s.verdicts}


def test_screening_writes_name_matches_beside_the_claims(tmp_path: Path) -> None:
    from sanctionwatch.screen.lists import matcher_for

    with Store(tmp_path / "t.duckdb") as store:
        load_bundled(store)
        snapshot = Snapshot.from_store(store)
        matcher, _ = matcher_for(store)
    text = (
        "Ri Won Ho met officials in Moscow. In 2024, 13221 citizens of North Korea entered Russia."
    )
    corpus = write_jsonl(
        tmp_path / "s.jsonl",
        [
            {"id": "s1", "url": "https://news.example/s1", "date": "2025-02-10", "text": text},
            {"id": "s2", "text": "Nobody listed was named here; 5 ministers met."},
        ],
    )
    out, names_out = tmp_path / "o.parquet", tmp_path / "o.names.parquet"
    s = run_sweep(
        [corpus],
        out,
        lambda: ClaimSweeper(snapshot, matcher),
        fingerprint="x",
        workers=2,
        names_out=names_out,
    )
    names = pq.read_table(names_out)
    assert tuple(names.column_names) == NAMES_COLUMNS
    hit = names.to_pylist()[0]
    assert (hit["doc"], hit["list_ref"], hit["name_text"]) == ("s1", "KPi.033", "Ri Won Ho")
    assert text[hit["span_start"] : hit["span_end"]] == "Ri Won Ho" and hit["score"] >= 0.9
    assert hit["date"] == date(2025, 2, 10) and hit["list"] == "UN 1718"
    assert "s2" not in names.column("doc").to_pylist()
    assert s.names == names.num_rows
    claims = pq.read_table(out)
    assert tuple(claims.column_names) == OUTPUT_COLUMNS and s.claims == claims.num_rows >= 1
    assert 13221 in claims.column("quantity").to_pylist()
