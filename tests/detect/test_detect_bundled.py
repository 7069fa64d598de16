"""Acceptance on the bundled DPRK -> Russia data: the findings the issue names, and no noise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanctionwatch.detect import run_detectors
from sanctionwatch.model.finding import Finding
from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    store = Store(tmp_path_factory.mktemp("detect") / "t.duckdb")
    load_bundled(store)
    try:
        return run_detectors(store, "KP", "RU")
    finally:
        store.close()


def _one(findings: list[Finding], **match: object) -> Finding:
    hits = [f for f in findings if all(getattr(f, k) == v for k, v in match.items())]
    assert len(hits) == 1, f"expected one finding {match}, got {[(f.kind, f.period) for f in hits]}"
    return hits[0]


def test_study_surge_2024_q3(findings: list[Finding]) -> None:
    f = _one(findings, kind="surge", subkind=None, purpose="study", period="2024-Q3")
    assert (f.value, f.baseline, f.ratio) == (3765, 332, 11.3)
    assert "(62)" in f.explanation and "60.7×" in f.explanation


def test_total_surge_2024(findings: list[Finding]) -> None:
    f = _one(findings, kind="surge", subkind=None, purpose="total", period="2024")
    assert (f.value, f.baseline, f.ratio) == (13221, 1117, 11.8)


def test_substitution_2024(findings: list[Finding]) -> None:
    f = _one(findings, kind="purpose_substitution", purpose="study", period="2024")
    assert f.value == 7887 and "work entries 0" in f.explanation


def test_capacity_2024(findings: list[Finding]) -> None:
    f = _one(findings, kind="capacity_mismatch", purpose="study", period="2024")
    assert f.value == 7887 and f.baseline is not None and 130 <= f.baseline <= 180
    assert {e.measure for e in f.evidence} >= {"enrolled_students"}


def test_collapse_2025_q1(findings: list[Finding]) -> None:
    f = _one(findings, kind="surge", subkind="collapse", purpose="total", period="2025-Q1")
    assert f.value == 295


def test_reporting_gap_from_2025_q2(findings: list[Finding]) -> None:
    f = _one(findings, kind="reporting_gap", purpose="total")
    assert f.period == "2025-Q2" and f.baseline == 295


def test_retelling_inconsistencies(findings: list[Finding]) -> None:
    rets = {(f.purpose, f.period, f.value): f for f in findings if f.subkind == "retelling"}
    assert set(rets) == {
        ("total", "2024", 7800),
        ("study", "2023-Q3", 24),
        ("private", "2023-Q3", 23),
    }
    assert "study count as the total" in rets[("total", "2024", 7800)].explanation
    adds = {f.period for f in findings if f.subkind == "additivity"}
    assert adds == {"2023", "2023-01..2023-06"}


def test_no_surges_under_minimum_count(findings: list[Finding]) -> None:
    for f in findings:
        if f.kind == "surge" and f.subkind is None:
            assert f.value is not None and f.value >= f.params["min_count"]
    assert not [f for f in findings if f.purpose in ("work", "official", "tourism", "transit")]


def test_ranked_and_deterministic(findings: list[Finding], tmp_path: Path) -> None:
    sev = [f.severity for f in findings]
    assert sev == sorted(sev, reverse=True)
    store = Store(tmp_path / "again.duckdb")
    load_bundled(store)
    again = run_detectors(store, "KP", "RU")
    assert [f.id for f in again] == [f.id for f in findings]
    assert len({f.id for f in findings}) == len(findings)
    assert [
        f.period for f in run_detectors(store, "KP", "RU", kinds=["reporting_gap"], since="2025")
    ] == ["2025-Q2"]
    assert run_detectors(store, "KP", "RU", since="2026") == []
    store.close()


def test_cli_json_and_bad_kind(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.duckdb")
    cmd = [
        sys.executable,
        "-m",
        "sanctionwatch",
        "--db",
        db,
        "detect",
        "--origin",
        "KP",
        "--destination",
        "RU",
        "--kind",
        "surge",
        "--format",
        "json",
    ]
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    rows = json.loads(r.stdout)
    assert rows and {row["kind"] for row in rows} == {"surge"}
    keys = {
        "id",
        "kind",
        "origin",
        "destination",
        "purpose",
        "period",
        "value",
        "baseline",
        "ratio",
        "severity",
        "explanation",
        "evidence",
        "params",
    }
    assert keys <= set(rows[0])
    bad = subprocess.run([*cmd[:-4], "--kind", "spike"], capture_output=True, text=True)
    assert bad.returncode == 2 and "unknown finding kind 'spike'" in bad.stderr and bad.stdout == ""
