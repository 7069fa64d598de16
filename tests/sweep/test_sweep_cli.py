"""The sweep command: usage errors exit 2 and write nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sweep_helpers import ARTICLES, write_jsonl


@pytest.mark.parametrize(
    ("args", "messages"),
    [
        (
            ["ok.jsonl", "missing.jsonl", "notes.txt"],
            ["missing.jsonl: no such file", "notes.txt: unrecognised corpus format"],
        ),
        (["ok.jsonl", "--engine", "spark"], ["--engine expects one of local, ray"]),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    tmp_path: Path, args: list[str], messages: list[str]
) -> None:
    write_jsonl(tmp_path / "ok.jsonl", ARTICLES)
    (tmp_path / "notes.txt").write_text("plain words, not a corpus\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sanctionwatch",
            "--db",
            "t.duckdb",
            "sweep",
            *args,
            "--out",
            "out.parquet",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    for message in messages:
        assert message in " ".join(result.stderr.split())
    assert not (tmp_path / "out.parquet").exists()
    assert not (tmp_path / "out.parquet.sweep").exists()


def test_sweep_json_summary_and_rerun_skips_finished_files(tmp_path: Path) -> None:
    import json

    import pyarrow.parquet as pq

    write_jsonl(tmp_path / "a.jsonl", ARTICLES, bad_line_after=1)
    cmd = [
        sys.executable,
        "-m",
        "sanctionwatch",
        "--db",
        "t.duckdb",
        "sweep",
        "a.jsonl",
        "--out",
        "out/claims.parquet",
        "--workers",
        "1",
        "--format",
        "json",
    ]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    table = pq.read_table(tmp_path / "out" / "claims.parquet")
    assert summary["documents"] == 4 and summary["claims"] == table.num_rows > 0
    assert summary["resumed"] == 0 and summary["documents_this_run"] == 4
    assert sum(summary["verdicts"].values()) == table.num_rows
    assert [(p["where"].split(" (")[0]) for p in summary["corrupt_records"]] == ["line 2"]
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    again = json.loads(second.stdout)
    assert again["resumed"] == 1 and again["documents_this_run"] == 0
    assert (
        again["claims"] == summary["claims"]
        and again["corrupt_records"] == summary["corrupt_records"]
    )
