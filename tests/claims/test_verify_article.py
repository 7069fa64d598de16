"""Acceptance: a short article stating the 2024 figures as the press did, extracted and checked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sanctionwatch.claims.snapshot import Snapshot
from sanctionwatch.claims.verify import check_claims
from sanctionwatch.model.claim import CheckedClaim
from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store

# Skipped only while the extractor (issue 4, part A) is not in the tree.
extract = pytest.importorskip("sanctionwatch.claims.extract")

# Written for this suite, in the way the 2024 figures were retold in the press.
ARTICLE = """North Korean arrivals in Russia surge

SEOUL, Feb. 10 — According to the FSB border service, 13,221 North Koreans entered Russia \
in 2024, a twelvefold increase from the previous year; nearly 8,000 of them said they came \
for educational purposes. Analysts suspect the student visas hide labour that UN \
Security Council resolution 2397 bans.
"""

# The same story as two outlets misprinted it.
WRONG = """North Korean arrivals in Russia

SEOUL, Feb. 10 — Only 13 North Koreans entered Russia in 2024, the FSB border service said. \
In total, 7,800 North Koreans entered Russia in 2024, most of them to study.
"""

PUBLISHED = date(2025, 2, 10)


@pytest.fixture(scope="module")
def snap(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    store = Store(Path(tmp_path_factory.mktemp("article")) / "t.duckdb")
    try:
        load_bundled(store)
        return Snapshot.from_store(store)
    finally:
        store.close()


def _check(snap: Snapshot, text: str) -> list[CheckedClaim]:
    claims = extract.extract_claims(text, lang="auto", doc_date=PUBLISHED, doc_id="article")
    return check_claims(snap, claims)


def _by_quantity(results: list[CheckedClaim], q: float) -> CheckedClaim:
    found = [r for r in results if r.claim.quantity == q]
    assert found, f"no claim of {q} among {[r.claim.quantity for r in results]}"
    return found[0]


def test_total_for_2024_is_supported(snap: Snapshot) -> None:
    r = _by_quantity(_check(snap, ARTICLE), 13221)
    assert r.claim.period == "2024" and r.claim.purpose == "total"
    assert r.verdict == "supported", r.explanation
    assert r.observed is not None and r.observed["count"] == 13221
    assert r.observed["sources"], "a verdict cites its sources"
    assert "entries (border crossings)" in r.explanation  # people against crossings


def test_twelvefold_against_2023_is_supported(snap: Snapshot) -> None:
    results = _check(snap, ARTICLE)
    comp = [r for r in results if r.claim.comparison is not None]
    assert comp, "the twelvefold comparison was not extracted"
    r = comp[0]
    assert r.claim.comparison is not None and r.claim.comparison.value == 12
    assert r.verdict == "supported", r.explanation
    assert r.observed is not None
    assert r.observed["comparison"]["baseline_period"] == "2023"
    assert r.observed["comparison"]["value"] == pytest.approx(13221 / 1117, abs=1e-3)  # 11.8
    assert "1,117" in r.explanation and "11.8" in r.explanation


def test_nearly_8000_for_study_is_supported(snap: Snapshot) -> None:
    r = _by_quantity(_check(snap, ARTICLE), 8000)
    assert r.claim.qualifier == "approx" and r.claim.purpose == "study"
    assert r.verdict == "supported", r.explanation
    assert r.observed is not None and r.observed["count"] == 7887
    assert r.tolerance["rule"] == "nearly"


def test_13_north_koreans_is_contradicted_naming_the_right_figure(snap: Snapshot) -> None:
    r = _by_quantity(_check(snap, WRONG), 13)
    assert r.verdict == "contradicted", r.explanation
    assert "13,221" in r.explanation


def test_7800_in_total_is_contradicted_naming_the_right_figures(snap: Snapshot) -> None:
    r = _by_quantity(_check(snap, WRONG), 7800)
    assert r.claim.purpose == "total"
    assert r.verdict == "contradicted", r.explanation
    assert "13,221" in r.explanation
    assert "7,887" in r.explanation  # it is the study count given as the total


def test_the_article_through_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import sys

    from sanctionwatch.cli import main

    f = tmp_path / "article.jsonl"
    lines = [
        {"id": "right", "text": ARTICLE, "date": "2025-02-10"},
        {"id": "wrong", "text": WRONG, "date": "2025-02-10"},
    ]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    db = tmp_path / "t.duckdb"
    monkeypatch.setattr(
        sys,
        "argv",
        [
            "sanctionwatch",
            "--db",
            str(db),
            "claims",
            "check",
            str(f),
            "--format",
            "jsonl",
            "--workers",
            "1",
        ],
    )
    main()
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    verdicts = {(r["doc"], r["quantity"]): r["verdict"] for r in rows}
    assert verdicts[("right", 13221)] == "supported"
    assert verdicts[("right", 8000)] == "supported"
    assert verdicts[("wrong", 13)] == "contradicted"
    assert verdicts[("wrong", 7800)] == "contradicted"
