"""The dossier: every figure has a source URL, source text is escaped, the demo cites provisions."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.model.finding import Evidence, Finding
from sanctionwatch.report.dossier import build_dossier
from sanctionwatch.report.render import render_html, render_md, write_dossier
from sanctionwatch.report.run import build_report, sample_article
from sanctionwatch.rules import default_rulebook
from sanctionwatch.rules.assess import assess
from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store

EVIL = '<script>alert("x")</script>'


def _src(outlet: str, url: str | None, quote: str = "q") -> dict[str, Any]:
    return {
        "reporter": outlet,
        "outlet": outlet,
        "url": url,
        "date": "2024-11-08",
        "quote": quote,
        "period": "2024-Q3",
        "purpose": "study",
        "count": 3765,
    }


def _hand_dossier(sources: tuple[dict[str, Any], ...]) -> Any:
    f = Finding(
        kind="capacity_mismatch",
        origin="KP",
        destination="RU",
        purpose="study",
        period="2024-Q3",
        value=3765,
        baseline=130,
        ratio=29.0,
        severity=0.8,
        explanation=f"Explained {EVIL}",
        evidence=(Evidence("2024-Q3", "study", 3765, sources=sources),),
        detector="capacity",
    )
    rb = default_rulebook()
    return build_dossier(rb, {}, [f], [], assess(rb, [f]), origin="KP", destination="RU")


def test_html_escapes_text_from_sources() -> None:
    d = _hand_dossier((_src(f"Outlet {EVIL}", "https://example.org/a", quote=f"said {EVIL}"),))
    html = render_html(d)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "<script" not in render_md(d).lower()


def test_javascript_url_is_not_a_link_and_figure_without_url_is_withheld() -> None:
    d = _hand_dossier((_src("A", "javascript:alert(1)"),))
    assert d.figures == []
    assert any("none of its sources gives a URL" in w for w in d.data_quality.warnings)
    assert "javascript:" not in render_html(d)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("demo")
    store = Store(tmp / "t.duckdb")
    try:
        load_bundled(store)
        run = build_report(store, "KP", "RU", [sample_article()])
    finally:
        store.close()
    out = tmp / "sanctionwatch-report"
    write_dossier(run.dossier, out)
    return out, json.loads((out / "dossier.json").read_text())


def test_demo_writes_three_files(demo: tuple[Path, dict[str, Any]]) -> None:
    out, _ = demo
    assert sorted(p.name for p in out.iterdir()) == ["dossier.json", "dossier.md", "index.html"]


def test_every_figure_has_a_source_url(demo: tuple[Path, dict[str, Any]]) -> None:
    _, d = demo
    assert d["figures"]
    notes = {n["n"]: n for n in d["footnotes"]}
    ids = {f["id"] for f in d["figures"]}
    for fig in d["figures"]:
        assert fig["urls"] and all(u.startswith("http") for u in fig["urls"]), fig["id"]
        assert fig["footnotes"] and all(
            notes[n]["url"].startswith("http") for n in fig["footnotes"]
        )
    for f in d["findings"]:
        for fid in f["evidence"]:
            assert fid in ids
        for c in f["computed"]:
            assert c["computed_from"] and set(c["computed_from"]) <= ids
        if f["value_figure"]:
            assert f["value_figure"] in ids


def test_every_number_in_html_links(demo: tuple[Path, dict[str, Any]]) -> None:
    out, d = demo
    html = (out / "index.html").read_text()
    for fig in d["figures"]:
        assert f'id="{fig["id"]}"' in html
    for m in re.finditer(r'<a class="num" href="#([^"]+)">', html):
        assert f'id="{m.group(1)}"' in html


def test_the_observed_number_in_a_claim_explanation_links_to_its_figure(
    demo: tuple[Path, dict[str, Any]],
) -> None:
    out, d = demo
    html = (out / "index.html").read_text()
    md = (out / "dossier.md").read_text()
    figs = {f["id"]: f for f in d["figures"]}
    checked = [c for c in d["claim_checks"] if c["observed_figure"]]
    assert checked
    for c in checked:
        fig = figs[c["observed_figure"]]
        shown = f"{fig['count']:,.0f}"
        assert shown in c["explanation"]
        row = html.split(f'<tr id="{c["id"]}">')[1].split("</tr>")[0]
        explanation_cell = row.split("</td>")[3]
        assert f'<a class="num" href="#{fig["id"]}">{shown}</a><sup>' in explanation_cell
    assert "statistics give 13,221[^" in md


def test_demo_findings_cite_2397_op8_and_2375_op17(demo: tuple[Path, dict[str, Any]]) -> None:
    _, d = demo
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for f in d["findings"]:
        by_kind.setdefault(f["kind"], []).append(f)
    wanted = {
        "surge": [
            f
            for f in by_kind.get("surge", [])
            if f["purpose"] == "study" and f["period"].startswith("2024")
        ],
        "purpose_substitution": [
            f for f in by_kind.get("purpose_substitution", []) if f["period"].startswith("2024")
        ],
        "capacity_mismatch": by_kind.get("capacity_mismatch", []),
    }
    for kind, fs in wanted.items():
        assert fs, f"no 2024 {kind} finding"
        f = fs[0]
        cited = {p["provision"] for p in f["provisions"]}
        assert {"UNSCR-2397-OP8", "UNSCR-2375-OP17"} <= cited, kind
        assert f["strength"] in ("indicator", "corroborated", "contradicted")
        assert f["reporters"] and f["evidence"]
    text = json.dumps(d).lower()
    assert "breach proven" not in text and "proves a breach" not in text


def test_unconfirmed_paragraphs_are_said(demo: tuple[Path, dict[str, Any]]) -> None:
    out, d = demo
    links = [p for f in d["findings"] for p in f["provisions"]]
    v2 = [p for p in links if p["verification"] != "V1"]
    assert v2 and all(p["unconfirmed_note"] for p in v2)
    assert all(p["unconfirmed_note"] is None for p in links if p["verification"] == "V1")
    assert "not yet confirmed" in (out / "index.html").read_text()


def test_html_is_self_contained(demo: tuple[Path, dict[str, Any]]) -> None:
    out, _ = demo
    html = (out / "index.html").read_text()
    assert "<script" not in html
    assert not re.search(r"<(link|img|iframe)\b", html)
    assert not re.search(r'(src|href)="(https?:)?//', html.replace('rel="noreferrer"', "")) or all(
        m.group(0).startswith('href="http')
        for m in re.finditer(r'(src|href)="(https?:)?//[^"]*', html)
    )
    assert "src=" not in html
    assert "@media print" in html and "<svg" in html


def test_numbers_in_the_explanation_link_to_their_figure() -> None:
    f = Finding(
        kind="surge",
        origin="KP",
        destination="RU",
        purpose="study",
        period="2024-Q3",
        value=3765,
        baseline=332,
        ratio=11.3,
        severity=0.9,
        explanation="In 2024-Q3: 3,765, 11.3× the previous quarter (332) <b>",
        evidence=(
            Evidence("2024-Q3", "study", 3765, sources=(_src("RFA", "https://example.org/a"),)),
            Evidence("2024-Q2", "study", 332, sources=(_src("NK News", "https://example.org/b"),)),
        ),
    )
    rb = default_rulebook()
    d = build_dossier(rb, {}, [f], [], assess(rb, [f]), origin="KP", destination="RU")
    html = render_html(d)
    figs = {g.count: g.id for g in d.figures}
    assert f'<a class="num" href="#{figs[3765]}">3,765</a>' in html
    assert f'<a class="num" href="#{figs[332]}">332</a>' in html
    assert ">2024<" not in html.split("In 2024-Q3")[1][:40]  # a period label is not a figure
    assert "&lt;b&gt;" in html
    md = render_md(d)
    assert "3,765[^" in md and "332[^" in md
