"""The dashboard in a real browser: Debian's chromium driven by Playwright against a real uvicorn
server on a loopback port. Opens every page, uses the filters, checks an article, uploads valid and
invalid files with and without the token, and takes screenshots of the overview and the series
explorer (into the test's tmp directory; also into /tmp/sanctionwatch-screens/ when
SANCTIONWATCH_SAVE_SCREENS=1)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_data import INVALID_CSV, TOKEN, VALID_CSV

CHROMIUM = Path("/usr/bin/chromium")
SCREENS = Path("/tmp/sanctionwatch-screens")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium (/usr/bin/chromium) is not installed"
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, bundled_db: Path) -> Iterator[str]:
    """A uvicorn server with the write token, on a loopback port the OS picked."""
    import uvicorn

    from sanctionwatch.web.app import create_app

    path = tmp_path_factory.mktemp("browser") / "b.duckdb"
    shutil.copy(bundled_db, path)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(path, token=TOKEN), log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=15)
        sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright python package not installed"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Watched:
    """A page that records console errors and every request, to check nothing leaves the host."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.set_default_timeout(60_000)
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on(
            "request", lambda r: None if r.url.startswith(base) else self.foreign.append(r.url)
        )

    def goto(self, path: str) -> Any:
        return self.page.goto(self.base + path)


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Watched]:
    w = Watched(browser, server)
    try:
        yield w
    finally:
        w.page.close()


def _screenshot(page: Any, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 10_000
    if os.environ.get("SANCTIONWATCH_SAVE_SCREENS") == "1":
        SCREENS.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, SCREENS / name)
    return out


@pytest.mark.parametrize("path", ["/", "/series", "/claims", "/screen", "/sources", "/dossier"])
def test_every_page_opens_clean(page: Watched, path: str) -> None:
    resp = page.goto(path)
    assert resp.status == 200
    assert page.page.locator("header.top nav a[aria-current=page]").count() == 1
    assert page.errors == [], "no console errors (a CSP violation would show here)"
    assert page.foreign == [], "nothing is fetched from another host"


def test_overview_filters_and_detail(page: Watched, tmp_path: Path) -> None:
    page.goto("/")
    rows = page.page.locator("table.findings tbody tr")
    total = rows.count()
    assert total > 5
    _screenshot(page.page, tmp_path, "overview.png")
    # Choosing a kind submits the form by itself (progressive enhancement).
    with page.page.expect_navigation():
        page.page.select_option("select[name=kind]", "surge")
    assert "kind=surge" in page.page.url
    kinds = page.page.locator("table.findings tbody tr td:nth-child(2) .tag").all_inner_texts()
    assert kinds and set(kinds) == {"surge"}
    page.page.fill("input[name=period]", "2024")
    with page.page.expect_navigation():
        page.page.click("form.filters button[type=submit]")
    periods = page.page.locator("table.findings tbody tr td:nth-child(4)").all_inner_texts()
    assert periods and all(p.startswith("2024") for p in periods)
    assert len(periods) < total
    with page.page.expect_navigation():
        page.page.locator("table.findings a.explain").first.click()
    assert "/findings/f-" in page.page.url
    assert page.page.locator("svg.chart rect.band").count() == 1
    assert page.page.locator("h2", has_text="Provisions").count() == 1
    assert page.errors == []


def test_series_explorer_chart_hover_and_csv(page: Watched, tmp_path: Path) -> None:
    page.goto("/series")
    points = page.page.locator("svg.chart g.pt")
    assert points.count() > 10
    _screenshot(page.page, tmp_path, "series.png")
    # Hovering a value shows its tooltip with the sources and any disagreeing report.
    disputed = page.page.locator("svg.chart g.pt.disputed").first
    disputed.hover()
    tip = page.page.locator("figure.chartbox .tooltip")
    assert tip.is_visible()
    assert "DISAGREES" in tip.inner_text() or "consistent" in tip.inner_text()
    assert page.page.locator("svg.chart g.pt.disputed.show g.alt path").first.is_visible()
    # An event marker explains itself too.
    page.page.locator("svg.chart g.event").first.hover()
    assert tip.is_visible() and tip.inner_text()[:4].isdigit()
    # Switching to years and to one purpose redraws the chart and the table.
    with page.page.expect_navigation():
        page.page.check("input[name=period_kind][value=year]")
    assert "period_kind=year" in page.page.url
    others = page.page.locator("input[name=purpose]:checked:not([value=study])")
    assert page.page.is_checked("input[name=purpose][value=study]")
    while others.count():
        # A click (not uncheck(), which re-checks the state on the page it navigated to).
        with page.page.expect_navigation():
            others.first.click()
    purposes = set(page.page.locator("table.data tbody tr td:nth-child(2)").all_inner_texts())
    assert purposes == {"study"}
    assert (
        page.page.locator("svg.chart g.pt").count()
        == page.page.locator("table.data tbody tr").count()
    )
    href = page.page.locator("a", has_text="Download CSV").get_attribute("href")
    csv = page.page.request.get(page.base + href)
    assert csv.ok and csv.text().splitlines()[0].startswith("origin,destination,purpose,period")
    assert page.errors == []


ARTICLE = (
    "Border guards recorded 13,221 entries of North Korean citizens into Russia in 2024, "
    "the statistics show. Of these, 7,887 came to study. "
    "In the third quarter of 2024, 90,000 North Koreans arrived to study, an official claimed."
)


def test_claim_checker_shows_verdicts(page: Watched) -> None:
    page.goto("/claims")
    page.page.fill("textarea[name=text]", ARTICLE)
    page.page.fill("input[name=date]", "2025-02-10")
    with page.page.expect_navigation():
        page.page.click("form.claimform button[type=submit]")
    supported = page.page.locator("div.doc mark.v-supported")
    contradicted = page.page.locator("div.doc mark.v-contradicted")
    assert supported.count() >= 1 and contradicted.count() >= 1
    assert "13,221" in " ".join(supported.all_inner_texts())
    assert "90,000" in " ".join(contradicted.all_inner_texts())
    rows = page.page.locator("table.claims tbody tr")
    assert rows.count() >= 2
    verdicts = set(page.page.locator("table.claims .verdict").all_inner_texts())
    assert any("contradicted" in v for v in verdicts) and any("supported" in v for v in verdicts)
    assert page.errors == []


def _upload(page: Watched, name: str, content: str, token: str | None) -> None:
    page.goto("/sources")
    page.page.set_input_files(
        "form.uploadform input[name=file]",
        files=[{"name": name, "mimeType": "text/csv", "buffer": content.encode()}],
    )
    if token is not None:
        page.page.fill("form.uploadform input[name=token]", token)
    with page.page.expect_navigation():
        page.page.click("form.uploadform button[type=submit]")


def test_upload_with_and_without_token(page: Watched) -> None:
    # Invalid file, no token: refused before anything is read.
    _upload(page, "bad.csv", INVALID_CSV, None)
    alert = page.page.locator("section.upload .error")
    assert "token" in alert.inner_text()
    # Valid file, wrong token: refused.
    _upload(page, "mn_ru.csv", VALID_CSV, "not-the-token")
    assert "not the one this server" in page.page.locator("section.upload .error").inner_text()
    assert page.page.request.get(page.base + "/api/flows?origin=MN").json() == []
    # Invalid file with the token: every problem listed, nothing written.
    _upload(page, "bad.csv", INVALID_CSV, TOKEN)
    errors = page.page.locator("section.upload .error li").all_inner_texts()
    assert any("row 2" in e and "count" in e for e in errors)
    assert any("row 3" in e and "purpose" in e for e in errors)
    assert "Nothing was written" in page.page.locator("section.upload").inner_text()
    assert page.page.request.get(page.base + "/api/flows?origin=MN").json() == []
    # Valid file with the token: imported, and the token is remembered for this tab.
    _upload(page, "mn_ru.csv", VALID_CSV, TOKEN)
    assert "Imported 2 figures" in page.page.locator("section.upload .ok").inner_text()
    assert page.page.locator("table.vintages", has_text="mn_ru.csv").count() == 1
    page.goto("/sources")
    assert page.page.input_value("form.uploadform input[name=token]") == TOKEN
    flows = page.page.request.get(page.base + "/api/flows?origin=MN").json()
    assert [f["count"] for f in flows] == [120, 140]


def test_screening_and_dossier_pages(page: Watched) -> None:
    page.goto("/screen")
    if page.page.locator("textarea[name=q]").count():
        page.page.fill("textarea[name=q]", "Kim")
        with page.page.expect_navigation():
            page.page.click("form.filters button[type=submit]")
        assert page.page.locator("section.screen-result h2").inner_text() == "Kim"
    else:
        assert "not available" in page.page.locator("main").inner_text()
    page.goto("/dossier")
    if page.page.locator("form[action='/dossier'] button").count():
        with page.page.expect_navigation():
            page.page.click("form[action='/dossier'] button[type=submit]")
        names = page.page.locator("ul.downloads a").all_inner_texts()
        assert names == ["index.html", "dossier.md", "dossier.json"]
    assert page.errors == []


def test_api_reference_renders_every_endpoint_offline(page: Watched, tmp_path: Path) -> None:
    assert page.goto("/docs").status == 200
    page.page.wait_for_selector(".swagger-ui .opblock", timeout=60_000)
    assert page.page.locator(".swagger-ui .opblock").count() >= 10
    assert page.page.locator(".swagger-ui .opblock-summary-path", has_text="/api/flows").count()
    _screenshot(page.page, tmp_path, "api-reference.png")
    assert page.errors == [], "no console errors (a CSP violation would show here)"
    assert page.foreign == [], "nothing is fetched from another host"
