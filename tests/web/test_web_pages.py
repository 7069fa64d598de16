"""Server-rendered pages: content, filters, escaping of source text, token rules, headers."""

from __future__ import annotations

import re
from typing import Any

import pytest
from web_data import INVALID_CSV, TOKEN, VALID_CSV

from sanctionwatch.web.chart import series_chart
from sanctionwatch.web.pages import highlight

PAGES = ["/", "/series", "/claims", "/screen", "/sources", "/dossier"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_security_headers(ro_client: Any, path: str) -> None:
    resp = ro_client.get(path)
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["x-content-type-options"] == "nosniff"
    html = resp.text
    assert '<script src="/static/app.js"' in html
    assert "<script>" not in html and " style=" not in html, "nothing inline: the CSP forbids it"
    assert "cdn" not in html.lower() and "googleapis" not in html


def test_static_files_are_ours(ro_client: Any) -> None:
    for name in ("app.js", "app.css"):
        resp = ro_client.get(f"/static/{name}")
        assert resp.status_code == 200 and "http" not in resp.text
    assert ro_client.get("/static/../web/app.py").status_code == 404


def test_overview_lists_findings_with_links_and_filters(ro_client: Any) -> None:
    findings = ro_client.get("/api/findings").json()
    html = ro_client.get("/").text
    assert f"{len(findings)} findings" in html
    for f in findings[:3]:
        assert f'href="/findings/{f["id"]}"' in html
    surge = ro_client.get("/?kind=surge&period=2024").text
    shown = re.findall(r'href="/findings/(f-[0-9a-f]+)"', surge)
    expected = [
        f["id"] for f in findings if f["kind"] == "surge" and f["period"].startswith("2024")
    ]
    assert shown and sorted(shown) == sorted(expected)
    assert '<svg class="chart"' in html


@pytest.mark.parametrize("query", ["kind=nonsense", "period=2024-Q9", "origin=KPX"])
def test_overview_bad_filters_are_explained(ro_client: Any, query: str) -> None:
    resp = ro_client.get("/?" + query)
    assert resp.status_code == 422
    assert 'role="alert"' in resp.text


def test_finding_detail_page(ro_client: Any) -> None:
    f = next(x for x in ro_client.get("/api/findings").json() if x["kind"] == "surge")
    html = ro_client.get(f"/findings/{f['id']}").text
    assert f["period"] in html and '<rect class="band"' in html  # the finding's period is marked
    assert "Provisions" in html and "UNSCR" in html
    for e in f["evidence"][:2]:
        for s in e["sources"][:1]:
            assert s["url"] in html
    assert ro_client.get("/findings/f-nope").status_code == 404


def test_series_explorer_chart_table_and_csv_link(ro_client: Any) -> None:
    html = ro_client.get("/series?purpose=study&period_kind=quarter").text
    rows = ro_client.get("/api/flows?purpose=study&period_kind=quarter").json()
    assert html.count('class="pt') == len(rows)  # one mark per value
    assert (
        "/api/flows.csv?origin=KP&amp;destination=RU&amp;period_kind=quarter&amp;purpose=study"
        in html
    )
    assert html.count("<tr") == len(rows) + 1
    derived = [r for r in rows if r["derived"]]
    assert html.count('class="pt derived') == len(derived)
    assert 'class="event"' in html  # the events timeline is drawn


def test_series_explorer_years_and_bad_kind(ro_client: Any) -> None:
    html = ro_client.get("/series?purpose=total&period_kind=year").text
    years = ro_client.get("/api/flows?purpose=total&period_kind=year").json()
    assert html.count('class="pt') == len(years)
    assert ro_client.get("/series?period_kind=decade").status_code == 422


# -- the chart itself --------------------------------------------------------------------
def _flow(period: str, start: str, end: str, count: int | None, **kw: Any) -> dict[str, Any]:
    base = {
        "origin": "KP",
        "destination": "RU",
        "purpose": "study",
        "period": period,
        "period_start": start,
        "period_end": end,
        "count": count,
        "qualifier": "exact",
        "derived": False,
        "method": None,
        "sources": [],
        "conflicts": [],
    }
    return {**base, **kw}


def test_chart_never_bridges_a_gap_and_marks_withheld() -> None:
    rows = [
        _flow("2024-Q1", "2024-01-01", "2024-03-31", 10),
        _flow("2024-Q2", "2024-04-01", "2024-06-30", 20),
        # 2024-Q3 unknown: no line from Q2 to Q4
        _flow("2024-Q4", "2024-10-01", "2024-12-31", 40, derived=True, method="year minus Q1-Q3"),
        _flow("2025-Q1", "2025-01-01", "2025-03-31", None, qualifier="withheld"),
    ]
    chart = series_chart(rows, [])
    assert chart is not None
    svg = str(chart.svg)
    assert svg.count('class="seg"') == 1  # only Q1-Q2 are adjacent and both known
    assert svg.count('class="withheld"') == 1
    assert "unknown, not zero" in svg
    assert 'class="pt derived"' in svg and "year minus Q1-Q3" in svg


def test_chart_escapes_source_text_and_events() -> None:
    evil = "<script>alert(1)</script>"
    rows = [
        _flow(
            "2024-Q1",
            "2024-01-01",
            "2024-03-31",
            10,
            sources=[{"outlet": evil}],
            conflicts=[{"count": 12, "qualifier": "exact", "outlet": evil, "consistent": False}],
        )
    ]
    events = [{"date": "2024-02-01", "label": evil, "detail": evil, "source_urls": []}]
    chart = series_chart(rows, events)
    assert chart is not None
    svg = str(chart.svg)
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'class="pt disputed"' in svg and 'class="disagree"' in svg
    assert len(chart.events) == 1


def test_highlight_segments_follow_spans() -> None:
    text = "In 2024 there were 13,221 entries and 7,887 for study."
    a, b = text.index("13,221"), text.index("7,887")
    claims = [
        {"span": [b, b + 5], "verdict": "contradicted", "explanation": "no"},
        {"span": [a, a + 6], "verdict": "supported", "explanation": "ok"},
        {"span": [a + 1, a + 10], "verdict": "supported", "explanation": "overlap: skipped"},
        {
            "span": [len(text) - 2, len(text) + 5],
            "verdict": "supported",
            "explanation": "past the end",
        },
    ]
    segs = highlight(text, claims)
    assert "".join(s["text"] for s in segs) == text
    marked = [(s["text"], s["verdict"]) for s in segs if s["claim"]]
    assert marked == [("13,221", "supported"), ("7,887", "contradicted")]


# -- claim checker page ------------------------------------------------------------------
ARTICLE = (
    "Russia counted 13,221 entries of North Korean citizens in 2024. "
    "In the second quarter of 2024, 999,999 North Koreans entered Russia to study."
)


def test_claim_checker_page_highlights_verdicts(ro_client: Any) -> None:
    if not ro_client.get("/api/health").json()["features"]["claims"]:
        pytest.skip("sanctionwatch.claims.extract is not in this build yet")
    resp = ro_client.post("/claims", data={"text": ARTICLE, "date": "2025-02-10", "lang": "auto"})
    assert resp.status_code == 200
    html = resp.text
    assert re.search(r'<mark id="claim-\d+" class="v-supported"[^>]*>13,221', html)
    assert re.search(r'<mark id="claim-\d+" class="v-contradicted"[^>]*>999,999', html)
    assert "supported" in html and "contradicted" in html


def test_claim_checker_html_upload_and_escaping(ro_client: Any) -> None:
    if not ro_client.get("/api/health").json()["features"]["claims"]:
        pytest.skip("sanctionwatch.claims.extract is not in this build yet")
    page = (
        f"<html><body><article><p>{ARTICLE}</p><p>&lt;b&gt;bold&lt;/b&gt; "
        "<script>alert(1)</script></p></article></body></html>"
    )
    resp = ro_client.post(
        "/claims",
        data={"text": "", "date": "2025-02-10"},
        files={"file": ("article.html", page.encode(), "text/html")},
    )
    assert resp.status_code == 200
    assert "13,221" in resp.text and "alert(1)</script>" not in resp.text
    assert "<b>bold" not in resp.text


def test_claim_checker_needs_text(ro_client: Any) -> None:
    resp = ro_client.post("/claims", data={"text": "  "})
    assert resp.status_code == 422 and "paste a text" in resp.text


# -- screening, dossier ------------------------------------------------------------------
def test_screening_page(ro_client: Any) -> None:
    html = ro_client.get("/screen").text
    if not ro_client.get("/api/health").json()["features"]["screen"]:
        assert "not available" in html
        return
    assert 'name="q"' in html
    res = ro_client.get("/api/screen?q=Kim&threshold=0.3").json()[0]
    page = ro_client.get("/screen?q=Kim&threshold=0.3").text
    for m in res["matches"][:3]:
        assert m["ref"] in page
    assert ro_client.get("/screen?q=Kim&threshold=2").status_code == 422


def test_dossier_page_generates_and_downloads(ro_client: Any) -> None:
    if not ro_client.get("/api/health").json()["features"]["dossier"]:
        assert "not part of this build" in ro_client.get("/dossier").text
        return
    resp = ro_client.post(
        "/dossier", data={"origin": "KP", "destination": "RU"}, follow_redirects=False
    )
    assert resp.status_code == 303
    page = ro_client.get(resp.headers["location"]).text
    links = re.findall(r'href="(/dossier/d-[0-9a-f]+/[a-z.]+)"', page)
    assert {link.rsplit("/", 1)[1] for link in links} == {
        "index.html",
        "dossier.md",
        "dossier.json",
    }
    md = ro_client.get(next(x for x in links if x.endswith(".md")))
    assert md.status_code == 200 and "attachment" in md.headers["content-disposition"]
    assert ro_client.get("/dossier/d-0000/dossier.md").status_code == 404
    assert "expired" in ro_client.get("/dossier?id=d-0000").text


# -- sources page and upload -------------------------------------------------------------
def _upload(c: Any, content: str, token: str = "", name: str = "mn_ru.csv") -> Any:
    return c.post(
        "/sources/upload",
        data={"token": token, "format": "auto"},
        files={"file": (name, content.encode(), "text/csv")},
    )


def test_sources_page_lists_vintages_and_conflicts(ro_client: Any) -> None:
    html = ro_client.get("/sources").text
    for v in ro_client.get("/api/sources").json()["vintages"]:
        assert v["id"] in html
    assert "Disagreeing reports" in html
    assert "read-only" in html and "uploads are refused" in html


def test_upload_page_token_rules(client: Any) -> None:
    no = _upload(client, VALID_CSV)
    assert no.status_code == 401 and "needs the server" in no.text
    wrong = _upload(client, VALID_CSV, token="nope")
    assert wrong.status_code == 403
    assert client.get("/api/flows?origin=MN").json() == []
    ok = _upload(client, VALID_CSV, token=TOKEN)
    assert ok.status_code == 200 and "Imported 2 figures" in ok.text
    assert [r["count"] for r in client.get("/api/flows?origin=MN").json()] == [120, 140]


def test_upload_page_invalid_file(client: Any) -> None:
    resp = _upload(client, INVALID_CSV, token=TOKEN, name="bad.csv")
    assert resp.status_code == 422
    assert "Nothing was written" in resp.text and "bad.csv" in resp.text and "row 2" in resp.text
    assert client.get("/api/flows?origin=MN").json() == []


def test_source_text_is_escaped_everywhere(client: Any) -> None:
    evil = "<img src=x onerror=alert(1)>"
    content = (
        "period_start,period_end,period_kind,origin,destination,purpose,count,qualifier,"
        "source_outlet,source_date,source_url,note\n"
        f'2024-01-01,2024-03-31,quarter,MN,RU,study,120,exact,"{evil}",2024-05-01,'
        "javascript:alert(1),note\n"
    )
    assert _upload(client, content, token=TOKEN).status_code == 200
    for path in ("/series?origin=MN&destination=RU&purpose=study", "/sources"):
        html = client.get(path).text
        assert evil not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
        assert 'href="javascript:' not in html


def test_unknown_page_is_html_404(ro_client: Any) -> None:
    resp = ro_client.get("/no/such/page")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
