"""The HTTP API: same JSON as the CLI, pagination, status codes, error bodies, tokens, limits."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from web_data import INVALID_CSV, TOKEN, VALID_CSV

from sanctionwatch.cli import app as cli_app

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def cli_json(db: Path, *args: str) -> Any:
    result = CliRunner().invoke(cli_app, ["--db", str(db), *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assert_error(resp: Any, status: int) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"detail", "errors"}
    assert isinstance(body["detail"], str) and body["detail"]
    assert isinstance(body["errors"], list)
    return body


# -- same JSON as the CLI ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "cli_args"),
    [
        ("", ["flows"]),
        (
            "?purpose=study&period_kind=quarter",
            ["flows", "--purpose", "study", "--period-kind", "quarter"],
        ),
        (
            "?purpose=total&purpose=study&period_kind=year",
            ["flows", "--purpose", "total", "--purpose", "study", "--period-kind", "year"],
        ),
        ("?as_of=2100-01-01", ["flows", "--as-of", "2100-01-01"]),
    ],
)
def test_flows_equal_cli(db: Path, query: str, cli_args: list[str]) -> None:
    from fastapi.testclient import TestClient

    from sanctionwatch.web.app import create_app

    expected = cli_json(db, *cli_args)
    with TestClient(create_app(db)) as c:
        resp = c.get("/api/flows" + query)
    assert resp.status_code == 200
    assert resp.json() == expected
    assert resp.headers["x-total-count"] == str(len(expected))
    assert expected, "the bundled data has values for every query above"


def test_flows_as_of_before_any_import_is_empty(ro_client: Any) -> None:
    # The bundled vintages have no release date: they count from the day they were imported.
    assert ro_client.get("/api/flows?as_of=2001-01-01").json() == []


def test_findings_sources_conflicts_equal_cli(db: Path) -> None:
    from fastapi.testclient import TestClient

    from sanctionwatch.web.app import create_app

    findings = cli_json(db, "detect")
    surges = cli_json(db, "detect", "--kind", "surge", "--origin", "KP")
    sources = cli_json(db, "sources")
    conflicts = cli_json(db, "conflicts")
    with TestClient(create_app(db)) as c:
        assert c.get("/api/findings").json() == findings
        assert c.get("/api/findings?kind=surge&origin=kp").json() == surges
        assert c.get("/api/sources").json() == sources
        assert c.get("/api/conflicts").json() == conflicts
    assert {f["kind"] for f in surges} == {"surge"}
    assert conflicts["conflicts"], "the bundled data has disagreeing reports"


# -- flows -------------------------------------------------------------------------------
def test_flows_filters_and_values(ro_client: Any) -> None:
    rows = ro_client.get("/api/flows?purpose=study&period_kind=quarter").json()
    assert {r["purpose"] for r in rows} == {"study"}
    assert {r["period_kind"] for r in rows} == {"quarter"}
    q3 = next(r for r in rows if r["period"] == "2024-Q3")
    assert q3["count"] == 3765 and q3["derived"] is False
    assert all(s["url"].startswith("http") for s in q3["sources"])


def test_flows_pagination(ro_client: Any) -> None:
    full = ro_client.get("/api/flows").json()
    total = len(full)
    page = ro_client.get("/api/flows?limit=5&offset=3")
    assert page.status_code == 200
    assert page.json() == full[3:8]
    assert page.headers["x-total-count"] == str(total)
    assert 'rel="next"' in page.headers["link"] and "offset=8" in page.headers["link"]
    last = ro_client.get(f"/api/flows?limit=5&offset={total - 2}")
    assert last.json() == full[-2:] and "link" not in last.headers
    assert ro_client.get(f"/api/flows?offset={total + 10}").json() == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("origin=K", "origin"),
        ("origin=K1", "origin"),
        ("period_kind=decade", "period_kind"),
        ("as_of=2024-13-01", "as_of"),
        ("limit=0", "limit"),
        ("limit=10001", "limit"),
        ("offset=-1", "offset"),
    ],
)
def test_flows_bad_parameters(ro_client: Any, query: str, field: str) -> None:
    body = assert_error(ro_client.get("/api/flows?" + query), 422)
    assert body["errors"][0]["column"] == field
    assert field in body["detail"]


def test_flows_unknown_series_is_empty_not_an_error(ro_client: Any) -> None:
    resp = ro_client.get("/api/flows?origin=ZZ&destination=RU")
    assert resp.status_code == 200 and resp.json() == []


def test_flows_csv_matches_json(ro_client: Any) -> None:
    rows = ro_client.get("/api/flows?purpose=study").json()
    resp = ro_client.get("/api/flows.csv?purpose=study")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    assert 'filename="flows-KP-RU.csv"' in resp.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(resp.text)))
    assert len(table) == len(rows)
    assert [r["period"] for r in table] == [r["period"] for r in rows]
    assert json.loads(table[0]["sources"]) == rows[0]["sources"]


# -- findings ----------------------------------------------------------------------------
def test_findings_filters(ro_client: Any) -> None:
    rows = ro_client.get("/api/findings").json()
    assert rows and rows == sorted(rows, key=lambda f: -f["severity"])
    in_2024 = ro_client.get("/api/findings?period=2024").json()
    assert in_2024 and all(f["period"].startswith("2024") for f in in_2024)
    assert len(in_2024) < len(rows)
    since = ro_client.get("/api/findings?since=2024").json()
    assert all(f["period"] >= "2024" for f in since)
    page = ro_client.get("/api/findings?limit=2&offset=1")
    assert page.json() == rows[1:3] and page.headers["x-total-count"] == str(len(rows))


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("kind=bogus", "kind"),
        ("period=2024-Q5", "period"),
        ("since=someday", None),
        ("origin=XYZ", "origin"),
    ],
)
def test_findings_bad_parameters(ro_client: Any, query: str, field: str | None) -> None:
    body = assert_error(ro_client.get("/api/findings?" + query), 422)
    if field:
        assert body["errors"][0]["column"] == field


def test_finding_detail_with_strength_and_provisions(ro_client: Any) -> None:
    rows = ro_client.get("/api/findings").json()
    surge = next(f for f in rows if f["kind"] == "surge" and f["purpose"] == "study")
    detail = ro_client.get(f"/api/findings/{surge['id']}")
    assert detail.status_code == 200
    d = detail.json()
    assert {k: d[k] for k in surge} == surge
    assert d["strength"]["strength"] in ("corroborated", "indicator", "contradicted")
    assert d["provisions"], "a surge of study entries bears on the education provisions"
    assert all(p["citation"].startswith("UNSCR") for p in d["provisions"])
    assert_error(ro_client.get("/api/findings/f-doesnotexist"), 404)


# -- sources, conflicts, series, timeline, health ----------------------------------------
def test_sources_shape_and_pagination(ro_client: Any) -> None:
    full = ro_client.get("/api/sources").json()
    assert {"publishers", "reporters", "outlets", "vintages"} <= set(full)
    assert len(full["vintages"]) == 2  # the two bundled files
    page = ro_client.get("/api/sources?limit=1&offset=1").json()
    assert page["vintages"] == full["vintages"][1:2]
    assert page["publishers"] == full["publishers"]


def test_conflicts_filter_and_pagination(ro_client: Any) -> None:
    full = ro_client.get("/api/conflicts").json()
    assert all(not c["consistent"] for r in full["conflicts"] for c in r["conflicts"])
    page = ro_client.get("/api/conflicts?limit=1")
    assert page.json()["conflicts"] == full["conflicts"][:1]
    assert page.headers["x-total-count"] == str(len(full["conflicts"]))
    assert ro_client.get("/api/conflicts?origin=ZZ").json() == {"conflicts": [], "warnings": []}


def test_series_index_timeline_health(ro_client: Any) -> None:
    index = ro_client.get("/api/series").json()
    kp = next(i for i in index if (i["origin"], i["destination"]) == ("KP", "RU"))
    assert {"total", "study", "work"} <= set(kp["purposes"])
    events = ro_client.get("/api/timeline").json()
    assert events and all(e["date"][:4].isdigit() and e["label"] for e in events)
    health = ro_client.get("/api/health").json()
    assert health["status"] == "ok" and health["writes_enabled"] is False
    assert health["features"]["detect"] is True


def test_api_reference_is_served_from_the_package_not_a_cdn(ro_client: Any) -> None:
    page = ro_client.get("/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    html = page.text
    assert "http" not in html  # every asset is on this server
    for asset in ("/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"):
        assert asset in html
        r = ro_client.get(asset)
        assert r.status_code == 200 and len(r.content) > 10_000
    init = ro_client.get("/static/api-docs.js").text
    assert '"/openapi.json"' in init and "validatorUrl: null" in init
    assert "/docs" not in ro_client.get("/openapi.json").json()["paths"]


def test_openapi_describes_every_endpoint(ro_client: Any) -> None:
    spec = ro_client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in (
        "/api/flows",
        "/api/flows.csv",
        "/api/findings",
        "/api/findings/{finding_id}",
        "/api/claims/extract",
        "/api/claims/check",
        "/api/screen",
        "/api/ingest",
        "/api/sources",
        "/api/conflicts",
        "/api/dossier",
        "/api/dossier/files/{name}",
        "/api/timeline",
        "/api/series",
        "/api/health",
    ):
        assert p in paths, p
    assert not any(not p.startswith("/api/") for p in paths), (
        "pages stay out of the API description"
    )
    assert spec["paths"]["/api/ingest"]["post"]["security"]


def test_unknown_api_path_is_json_404(ro_client: Any) -> None:
    assert_error(ro_client.get("/api/nothing-here"), 404)


def test_wrong_method_is_405(ro_client: Any) -> None:
    assert_error(ro_client.delete("/api/flows"), 405)


# -- claims ------------------------------------------------------------------------------
ARTICLE = (
    "Russia's border service counted 13,221 entries of North Korean citizens in 2024, "
    "of which 7,887 were for study. In the second quarter of 2024, 999,999 North Koreans "
    "entered Russia to study."
)


@pytest.fixture
def claims_available(ro_client: Any) -> None:
    if not ro_client.get("/api/health").json()["features"]["claims"]:
        pytest.skip("sanctionwatch.claims.extract is not in this build yet")


def test_claims_check_verdicts(ro_client: Any, claims_available: None) -> None:
    resp = ro_client.post("/api/claims/check", json={"text": ARTICLE, "date": "2025-02-10"})
    assert resp.status_code == 200, resp.text
    checked = resp.json()
    by_quantity = {c["quantity"]: c for c in checked}
    assert by_quantity[13221]["verdict"] == "supported"
    assert by_quantity[13221]["observed"]["count"] == 13221
    assert by_quantity[999999]["verdict"] == "contradicted"
    for c in checked:
        a, b = c["span"]
        assert ARTICLE[a:b] and c["explanation"]


def test_claims_extract_and_html(ro_client: Any, claims_available: None) -> None:
    claims = ro_client.post("/api/claims/extract", json={"text": ARTICLE, "lang": "en"}).json()
    assert 13221 in {c["quantity"] for c in claims}
    assert all("verdict" not in c for c in claims)
    html = f"<html><head><title>t</title></head><body><article><p>{ARTICLE}</p></article></body>"
    checked = ro_client.post("/api/claims/check", json={"html": html, "date": "2025-02-10"}).json()
    assert 13221 in {c["quantity"] for c in checked}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 422),  # neither text nor html
        ({"text": "a", "html": "<p>a</p>"}, 422),  # both
        ({"text": "a", "lang": "fr"}, 422),
        ({"text": "a", "date": "10/02/2025"}, 422),
        ({"text": "a", "unexpected": 1}, 422),
        ({"text": "x" * 200_001}, 422),
    ],
)
def test_claims_bad_bodies(ro_client: Any, body: dict[str, Any], status: int) -> None:
    for path in ("/api/claims/check", "/api/claims/extract"):
        assert_error(ro_client.post(path, json=body), status)


def test_claims_malformed_json_is_400(ro_client: Any) -> None:
    resp = ro_client.post(
        "/api/claims/check", content=b'{"text": ', headers={"Content-Type": "application/json"}
    )
    assert_error(resp, 400)


def test_request_body_limit_is_413(db: Path) -> None:
    from fastapi.testclient import TestClient

    from sanctionwatch.web.app import create_app

    with TestClient(create_app(db, max_body_bytes=1000)) as c:
        body = assert_error(c.post("/api/claims/check", json={"text": "x" * 2000}), 413)
    assert "1,000 bytes" in body["detail"]


# -- screening ---------------------------------------------------------------------------
def test_screen_unavailable_is_503(ro_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sanctionwatch.web import service

    real = service.optional
    monkeypatch.setattr(
        service, "optional", lambda m, a: None if m == "sanctionwatch.screen" else real(m, a)
    )
    body = assert_error(ro_client.get("/api/screen?q=Kim"), 503)
    assert "screening" in body["detail"]


def test_screen_parameters(ro_client: Any) -> None:
    assert_error(ro_client.get("/api/screen"), 422)
    assert_error(ro_client.get("/api/screen?q=Kim&threshold=1.5"), 422)
    assert_error(ro_client.get("/api/screen?q=%20"), 422)


def test_screen_results(ro_client: Any) -> None:
    if not ro_client.get("/api/health").json()["features"]["screen"]:
        pytest.skip("sanctionwatch.screen is not in this build yet")
    resp = ro_client.get("/api/screen?q=Kim&q=Nobody%20Atall&threshold=0.5")
    assert resp.status_code == 200, resp.text
    results = resp.json()
    assert [r["query"] for r in results] == ["Kim", "Nobody Atall"]
    for r in results:
        scores = [m["score"] for m in r["matches"]]
        assert scores == sorted(scores, reverse=True) and all(s >= 0.5 for s in scores)


# -- ingest: the token, validation, all or nothing ---------------------------------------
def _upload(
    c: Any,
    content: str,
    name: str = "mn_ru.csv",
    headers: dict[str, str] | None = None,
    **form: str,
) -> Any:
    return c.post(
        "/api/ingest",
        files={"file": (name, content.encode(), "text/csv")},
        data=form,
        headers=headers or {},
    )


def test_ingest_needs_the_token(client: Any) -> None:
    resp = _upload(client, VALID_CSV)
    assert_error(resp, 401)
    assert resp.headers["www-authenticate"] == "Bearer"
    assert_error(_upload(client, VALID_CSV, headers={"Authorization": "Bearer wrong"}), 403)
    assert_error(_upload(client, VALID_CSV, headers={"Authorization": f"Basic {TOKEN}"}), 401)
    assert client.get("/api/flows?origin=MN").json() == []


def test_ingest_refused_without_server_token(ro_client: Any) -> None:
    body = assert_error(_upload(ro_client, VALID_CSV, headers=AUTH), 403)
    assert "SANCTIONWATCH_TOKEN" in body["detail"]


def test_ingest_valid_file_then_unchanged(client: Any) -> None:
    before = client.get("/api/flows?origin=MN").json()
    assert before == []
    resp = _upload(
        client, VALID_CSV, headers=AUTH, publisher="Test statistics office", released="2024-09-01"
    )
    assert resp.status_code == 200, resp.text
    out = resp.json()
    assert out["imported"] == 2 and out["vintage"] and out["vintages"] == [out["vintage"]]
    assert out["skipped"] == [] and out["unchanged"] == []
    # The caches were invalidated: the new series is served at once.
    rows = client.get("/api/flows?origin=MN").json()
    assert [(r["period"], r["count"]) for r in rows] == [("2024-Q1", 120), ("2024-Q2", 140)]
    assert rows[0]["sources"][0]["outlet"] == "Test Gazette"
    vintages = client.get("/api/sources").json()["vintages"]
    mine = next(v for v in vintages if v["id"] == out["vintage"])
    assert mine["file"] == "mn_ru.csv" and mine["released"] == "2024-09-01"
    assert mine["publisher"] == "Test statistics office"
    again = _upload(client, VALID_CSV, headers=AUTH).json()
    assert again["imported"] == 0 and again["unchanged"] == ["mn_ru.csv"]


def test_ingest_invalid_file_writes_nothing(client: Any) -> None:
    before = client.get("/api/sources").json()["vintages"]
    body = assert_error(_upload(client, INVALID_CSV, name="bad.csv", headers=AUTH), 422)
    problems = {(e["row"], e["column"]) for e in body["errors"]}
    assert (2, "count") in problems and (3, "purpose") in problems
    assert all(e["file"] == "bad.csv" for e in body["errors"]), "errors name the uploaded file"
    assert "/tmp" not in json.dumps(body), "no server path leaks into the message"
    assert client.get("/api/sources").json()["vintages"] == before
    assert client.get("/api/flows?origin=MN").json() == []


@pytest.mark.parametrize(
    ("name", "content", "form", "column"),
    [
        ("stats.exe", VALID_CSV, {}, "file"),
        ("empty.csv", "", {}, "file"),
        ("stats.csv", VALID_CSV, {"released": "yesterday"}, "released"),
        ("stats.csv", VALID_CSV, {"period": "2024-Q7"}, "period"),
        ("stats.csv", VALID_CSV, {"format": "pdf"}, "format"),
    ],
)
def test_ingest_bad_requests(
    client: Any, name: str, content: str, form: dict[str, str], column: str
) -> None:
    body = assert_error(_upload(client, content, name=name, headers=AUTH, **form), 422)
    assert body["errors"][0]["column"] == column


def test_ingest_missing_file_is_422(client: Any) -> None:
    assert_error(client.post("/api/ingest", data={"format": "auto"}, headers=AUTH), 422)


def test_ingest_filename_never_becomes_a_path(client: Any, tmp_path: Path) -> None:
    target = tmp_path / "escaped.csv"
    name = f"../../../../../../{tmp_path}/escaped.csv"
    resp = _upload(client, VALID_CSV, name=name, headers=AUTH)
    assert resp.status_code == 200, resp.text
    assert not target.exists()
    vintage = next(
        v
        for v in client.get("/api/sources").json()["vintages"]
        if v["id"] == resp.json()["vintage"]
    )
    assert vintage["file"] == "escaped.csv"


def test_ingest_upload_limit_is_413(db: Path) -> None:
    from fastapi.testclient import TestClient

    from sanctionwatch.web.app import create_app

    with TestClient(create_app(db, token=TOKEN, max_upload_bytes=200)) as c:
        assert_error(_upload(c, VALID_CSV * 3, headers=AUTH), 413)
        assert c.get("/api/flows?origin=MN").json() == []


# -- dossier -----------------------------------------------------------------------------
def test_dossier_json_and_files(ro_client: Any) -> None:
    if not ro_client.get("/api/health").json()["features"]["dossier"]:
        pytest.skip("sanctionwatch.report is not in this build yet")
    d = ro_client.get("/api/dossier").json()
    assert d["origin"] == "KP" and d["destination"] == "RU"
    html = ro_client.get("/api/dossier/files/index.html")
    assert html.status_code == 200 and html.text.lstrip().lower().startswith("<!doctype html")
    assert "attachment" in html.headers["content-disposition"]
    assert "sandbox" in html.headers["content-security-policy"]
    md = ro_client.get("/api/dossier/files/dossier.md")
    assert md.status_code == 200 and md.text.startswith("#")
    assert_error(ro_client.get("/api/dossier/files/..%2Fsecret"), 404)
    assert_error(ro_client.get("/api/dossier/files/passwd"), 422)


def test_ingest_fsb_xlsx_table(client: Any) -> None:
    """An FSB-layout spreadsheet goes through the same importer as `sanctionwatch ingest`."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [
        ["Сведения о въезжающих в Российскую Федерацию иностранцах за январь-март 2024 г."],
        [],
        ["Страна", "Всего", "Деловая", "Учеба", "Работа"],
        ["Вьетнам", 1500, 300, 200, None],
    ]:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    resp = client.post(
        "/api/ingest",
        files={"file": ("Въезд_2024_Q1.xlsx", buf.getvalue(), xlsx)},
        headers=AUTH,
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["imported"] >= 3
    rows = client.get("/api/flows?origin=VN&period_kind=quarter").json()
    got = {r["purpose"]: (r["count"], r["qualifier"]) for r in rows if r["period"] == "2024-Q1"}
    assert got["total"] == (1500, "exact") and got["study"] == (200, "exact")
    assert got.get("work", (None, "withheld")) == (None, "withheld")  # blank: unknown, not zero
    vintage = next(
        v
        for v in client.get("/api/sources").json()["vintages"]
        if v["id"] == resp.json()["vintage"]
    )
    assert vintage["format"] == "fsb" and vintage["file"] == "Въезд_2024_Q1.xlsx"
