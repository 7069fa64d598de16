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
