"""The report and demo commands: files written, path printed, bad input exits 2, nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sanctionwatch", "--db", str(tmp / "t.duckdb"), *args],
        capture_output=True,
        text=True,
        cwd=tmp,
        timeout=120,
    )


def test_demo_writes_dossier_and_prints_path(tmp_path: Path) -> None:
    r = _run(tmp_path, "demo")
    assert r.returncode == 0, r.stderr
    out = tmp_path / "sanctionwatch-report"
    assert {p.name for p in out.iterdir()} == {"index.html", "dossier.md", "dossier.json"}
    assert "index.html" in r.stdout and "2397 OP8" in r.stdout


def test_missing_article_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    r = _run(tmp_path, "report", "--out", "o", "--article", "nope.txt")
    assert r.returncode == 2
    assert "nope.txt" in r.stderr and "no such file" in r.stderr
    assert not (tmp_path / "o").exists()


def test_bad_date_exits_2(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("North Koreans made 13,221 entries into Russia in 2024.")
    r = _run(tmp_path, "report", "--out", "o", "--article", "a.txt", "--date", "12/02/2025")
    assert r.returncode == 2
    assert "--date expects YYYY-MM-DD" in r.stderr
    assert not (tmp_path / "o").exists()


def test_out_that_is_a_file_exits_2(tmp_path: Path) -> None:
    (tmp_path / "o").write_text("x")
    r = _run(tmp_path, "report", "--out", "o")
    assert r.returncode == 2
    assert "--out must be a directory" in r.stderr
    assert (tmp_path / "o").read_text() == "x"
