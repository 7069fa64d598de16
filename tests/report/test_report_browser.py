"""The dossier opens in Debian's headless Chromium with no console error and no network request."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.report.render import write_dossier
from sanctionwatch.report.run import build_report, sample_article
from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium (/usr/bin/chromium) is not installed"
    ),
]


def test_index_html_offline_and_clean(tmp_path: Path) -> None:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright python package not installed"
    )
    store = Store(tmp_path / "t.duckdb")
    try:
        load_bundled(store)
        run = build_report(store, "KP", "RU", [sample_article()])
    finally:
        store.close()
    write_dossier(run.dossier, tmp_path / "out")
    url = (tmp_path / "out" / "index.html").resolve().as_uri()
    requests: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))

            def route(r: object) -> None:
                req = r.request  # type: ignore[attr-defined]
                if req.url != url:
                    requests.append(req.url)
                    r.abort()  # type: ignore[attr-defined]
                else:
                    r.continue_()  # type: ignore[attr-defined]

            page.route("**/*", route)
            page.goto(url)
            page.wait_for_load_state("load")
            assert "Evidence dossier" in page.title()
            assert page.locator("svg.chart").count() >= 1
            assert page.locator("a.num").count() >= 1
            page.emulate_media(media="print")
            page.pdf(path=str(tmp_path / "dossier.pdf"))  # prints without error
        finally:
            browser.close()
    assert errors == []
    assert requests == []
    assert (tmp_path / "dossier.pdf").stat().st_size > 20_000
