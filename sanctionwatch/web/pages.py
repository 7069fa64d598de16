"""Server-rendered pages (Jinja2, autoescaped): overview, finding detail, series explorer, claim
checker, screening, sources and vintages, dossier. They call the same ``Workbench`` as the API."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sanctionwatch.errors import InputError
from sanctionwatch.model.finding import FINDING_KINDS
from sanctionwatch.model.period import Period
from sanctionwatch.web.app import WebSettings, check_token, error_payload
from sanctionwatch.web.chart import series_chart
from sanctionwatch.web.service import Unavailable, Workbench, parse_date, parse_period

router = APIRouter(include_in_schema=False)

TEMPLATES_DIR = Path(__file__).parent / "templates"
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
    autoescape=True,  # every page shows text from sources and users: escape everything
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=_env)

PERIOD_KIND_CHOICES = ("quarter", "year", "ytd", "month")
LANGS = ("auto", "en", "ru", "ko", "zh")
# Ranking ties in severity: better-sourced evidence first, contradicted evidence last.
STRENGTH_ORDER = {"corroborated": 0, "indicator": 1, "contradicted": 2}
VERDICT_MARK = {"supported": "✓", "contradicted": "✗", "not_enough_data": "?"}


def _safe_url(url: object) -> str | None:
    """Only http(s) links reach an href; anything else (javascript:, data:) is dropped."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _num(v: object) -> str:
    if v is None:
        return "—"
    if isinstance(v, int | float):
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"
    return str(v)


def _ratio(v: object) -> str:
    """A ratio readable at any size: 11×, 3.2×, 0.45×, 0.006×."""
    if not isinstance(v, int | float):
        return "—"
    a = abs(v)
    if a == 0:
        return "0×"
    digits = 0 if a >= 10 else 1 if a >= 1 else 2 if a >= 0.01 else 3
    return f"{v:,.{digits}f}×"


_env.filters["ratio"] = _ratio
_env.filters["safe_url"] = _safe_url
_env.filters["num"] = _num
_env.globals["VERDICT_MARK"] = VERDICT_MARK


def _bench(request: Request) -> Workbench:
    b: Workbench = request.app.state.bench
    return b


def _settings(request: Request) -> WebSettings:
    st: WebSettings = request.app.state.settings
    return st


def _render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    ctx.setdefault("nav", name.split(".")[0])
    ctx.setdefault("writes_enabled", _settings(request).token is not None)
    return templates.TemplateResponse(request, name, ctx, status_code=status)


def render_error(
    request: Request,
    status: int,
    detail: str,
    errors: list[dict[str, Any]],
    headers: dict[str, str],
) -> Response:
    resp = _render(
        request,
        "error.html",
        status=status,
        status_code=status,
        detail=detail,
        errors=errors,
        nav="",
    )
    resp.headers.update(headers)
    return resp


def _upper(v: str | None) -> str | None:
    v = (v or "").strip().upper()
    if v and (len(v) != 2 or not v.isalpha()):
        raise InputError.one(
            f"expected a two-letter country code (KP, RU), got {v!r}", column="country"
        )
    return v or None


# -- overview and findings -------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
async def overview(
    request: Request,
    origin: str | None = None,
    destination: str | None = None,
    kind: str | None = None,
    period: str | None = None,
) -> HTMLResponse:
    bench = _bench(request)
    o, d = _upper(origin), _upper(destination)
    per = parse_period(period, "period")
    if kind and kind not in FINDING_KINDS:
        raise InputError.one(
            f"unknown finding kind {kind!r}; expected one of {', '.join(FINDING_KINDS)}",
            column="kind",
        )

    def load() -> dict[str, Any]:
        from sanctionwatch.web.api import filter_period

        index = bench.series_index()
        ctx: dict[str, Any] = {"index": index, "findings": None, "unavailable": None}
        try:
            rows = bench.findings(o, d, [kind] if kind else None).data
            strengths = bench.strengths()
            ranked = sorted(
                filter_period(rows, per),
                key=lambda f: (
                    -float(f.get("severity") or 0),
                    STRENGTH_ORDER.get((strengths.get(f["id"]) or {}).get("strength", ""), 3),
                ),
            )
            ctx["findings"] = ranked
            ctx["strengths"] = strengths
            ctx["total_findings"] = len(rows)
        except Unavailable as exc:
            ctx["unavailable"] = str(exc)
        # The headline chart: the totals and study entries of the first series, by quarter.
        pair = (
            o or (index[0]["origin"] if index else "KP"),
            d or (index[0]["destination"] if index else "RU"),
        )
        flows = bench.flows(pair[0], pair[1], ["total", "study", "work"], "quarter").data
        ctx["chart"] = series_chart(
            flows, bench.timeline(), title=f"Entries {pair[0]}→{pair[1]} by quarter"
        )
        ctx["pair"] = pair
        return ctx

    ctx = await run_in_threadpool(load)
    return _render(
        request,
        "overview.html",
        kinds=FINDING_KINDS,
        filters={
            "origin": o or "",
            "destination": d or "",
            "kind": kind or "",
            "period": period or "",
        },
        **ctx,
    )


@router.get("/findings/{finding_id}", response_class=HTMLResponse)
async def finding_page(request: Request, finding_id: str) -> HTMLResponse:
    bench = _bench(request)

    def load() -> dict[str, Any]:
        f = bench.finding(finding_id)
        if f is None:
            from fastapi import HTTPException

            raise HTTPException(404, f"no finding with id {finding_id!r} in the current data")
        purposes = sorted(
            {f["purpose"], *(e.get("purpose") for e in f["evidence"] if e.get("purpose"))}
        )
        kind = _period_kind(f["period"])
        flows = bench.flows(f["origin"], f["destination"], purposes, kind).data
        chart = series_chart(
            flows,
            bench.timeline(),
            highlight=f["period"],
            title=f"{f['origin']}→{f['destination']} {', '.join(purposes)} by {kind}",
        )
        return {
            "f": f,
            "chart": chart,
            "provisions": bench.provisions_for(finding_id),
            "kind": kind,
            "purposes": purposes,
            "strength": bench.strengths().get(finding_id),
        }

    return _render(request, "finding.html", nav="overview", **await run_in_threadpool(load))


def _period_kind(label: str) -> str:
    try:
        kind = Period.parse(label).kind.value
    except ValueError:
        return "quarter"
    return kind if kind in ("year", "quarter", "month") else "quarter"


# -- series explorer -------------------------------------------------------------------
@router.get("/series", response_class=HTMLResponse)
async def series_page(
    request: Request,
    origin: str | None = None,
    destination: str | None = None,
    period_kind: str = "quarter",
    as_of: str | None = None,
) -> HTMLResponse:
    bench = _bench(request)
    purposes = [p for p in request.query_params.getlist("purpose") if p]
    if period_kind not in PERIOD_KIND_CHOICES:
        raise InputError.one(
            f"period_kind must be one of {', '.join(PERIOD_KIND_CHOICES)}", column="period_kind"
        )
    when = parse_date(as_of, "as_of")

    def load() -> dict[str, Any]:
        index = bench.series_index()
        o = _upper(origin) or (index[0]["origin"] if index else "KP")
        d = _upper(destination) or (index[0]["destination"] if index else "RU")
        available: list[str] = next(
            (i["purposes"] for i in index if i["origin"] == o and i["destination"] == d), []
        )
        chosen = (
            purposes or [p for p in ("total", "study", "work") if p in available] or available[:3]
        )
        rows = bench.flows(o, d, chosen, period_kind, when).data
        chart = series_chart(
            rows, bench.timeline(), title=f"Entries {o}→{d}: {', '.join(chosen)} by {period_kind}"
        )
        query = [
            ("origin", o),
            ("destination", d),
            ("period_kind", period_kind),
            *[("purpose", p) for p in chosen],
        ]
        if when:
            query.append(("as_of", when.isoformat()))
        return {
            "index": index,
            "origin": o,
            "destination": d,
            "available": available,
            "chosen": chosen,
            "rows": rows,
            "chart": chart,
            "period_kind": period_kind,
            "as_of": as_of or "",
            "csv_url": "/api/flows.csv?" + urlencode(query),
            "json_url": "/api/flows?" + urlencode(query),
        }

    return _render(
        request, "series.html", kinds=PERIOD_KIND_CHOICES, **await run_in_threadpool(load)
    )


# -- claim checker ---------------------------------------------------------------------
@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> HTMLResponse:
    return _render(
        request,
        "claims.html",
        langs=LANGS,
        form={"text": "", "date": "", "lang": "auto"},
        available=_bench(request).claims_available(),
    )


@router.post("/claims", response_class=HTMLResponse)
async def claims_check(
    request: Request,
    text: Annotated[str, Form(max_length=200_000)] = "",
    date_: Annotated[str, Form(alias="date", max_length=20)] = "",
    lang: Annotated[str, Form(max_length=8)] = "auto",
    file: Annotated[UploadFile | None, File()] = None,
) -> HTMLResponse:
    bench = _bench(request)
    form = {"text": text, "date": date_, "lang": lang}
    if lang not in LANGS:
        raise InputError.one(f"lang must be one of {', '.join(LANGS)}", column="lang")
    doc_date = parse_date(date_, "date")
    upload = await file.read() if file is not None and file.filename else b""

    def run() -> dict[str, Any]:
        if upload:
            raw = upload.decode("utf-8", errors="replace")
            name = (file.filename or "").lower() if file else ""
            is_html = name.endswith((".html", ".htm")) or raw.lstrip()[:15].lower().startswith(
                ("<!doctype", "<html")
            )
            doc, page_date = bench.text_of(None, raw) if is_html else (raw, None)
        elif text.strip():
            doc, page_date = text, None
        else:
            raise InputError.one("paste a text or choose an HTML file to check", column="text")
        checked = bench.check(doc, lang, doc_date or page_date)
        return {"doc": doc, "checked": checked, "segments": highlight(doc, checked)}

    result = await run_in_threadpool(run)
    counts = {v: sum(1 for c in result["checked"] if c["verdict"] == v) for v in VERDICT_MARK}
    return _render(
        request, "claims.html", langs=LANGS, form=form, available=True, counts=counts, **result
    )


def highlight(text: str, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split ``text`` into plain and claim segments by the claims' spans (overlaps skipped).

    Segments are rendered by the template, which escapes each piece: no HTML is built here.
    """
    segs: list[dict[str, Any]] = []
    pos = 0
    order = sorted(range(len(claims)), key=lambda i: tuple(claims[i].get("span") or (0, 0)))
    for i in order:
        span = claims[i].get("span") or []
        if len(span) != 2:
            continue
        a, b = int(span[0]), int(span[1])
        if a < pos or b <= a or b > len(text):
            continue
        if a > pos:
            segs.append({"text": text[pos:a], "claim": None})
        segs.append(
            {
                "text": text[a:b],
                "claim": i + 1,
                "verdict": claims[i]["verdict"],
                "title": claims[i].get("explanation", ""),
            }
        )
        pos = b
    if pos < len(text):
        segs.append({"text": text[pos:], "claim": None})
    return segs


# -- screening -------------------------------------------------------------------------
@router.get("/screen", response_class=HTMLResponse)
async def screen_page(request: Request, q: str = "", threshold: str = "") -> HTMLResponse:
    bench = _bench(request)
    available = bench.screening_available()
    names = [n.strip() for n in q.splitlines() if n.strip()][:100]
    results = None
    thr: float | None = None
    if threshold.strip():
        try:
            thr = float(threshold)
        except ValueError:
            thr = -1.0
        if not 0.0 <= thr <= 1.0:
            raise InputError.one(
                f"threshold must be a number from 0 to 1, got {threshold!r}", column="threshold"
            )
    if available and names:
        results = await run_in_threadpool(bench.screen, names, thr)
    return _render(
        request, "screen.html", available=available, q=q, threshold=threshold, results=results
    )


# -- sources, vintages, upload ---------------------------------------------------------
async def _sources_ctx(bench: Workbench) -> dict[str, Any]:
    def load() -> dict[str, Any]:
        return {"sources": bench.sources().data, "conflicts": bench.conflicts(None, None).data}

    return await run_in_threadpool(load)


@router.get("/sources", response_class=HTMLResponse)
async def sources_page(request: Request) -> HTMLResponse:
    return _render(request, "sources.html", upload=None, **await _sources_ctx(_bench(request)))


@router.post("/sources/upload", response_class=HTMLResponse)
async def sources_upload(
    request: Request,
    file: Annotated[UploadFile | None, File()] = None,
    format: Annotated[str, Form(max_length=10)] = "auto",
    publisher: Annotated[str, Form(max_length=300)] = "",
    source_url: Annotated[str, Form(max_length=2000)] = "",
    released: Annotated[str, Form(max_length=20)] = "",
    period: Annotated[str, Form(max_length=40)] = "",
    token: Annotated[str, Form(max_length=500)] = "",
) -> HTMLResponse:
    """The page form of ``POST /api/ingest``: same token rule, same validation, same errors."""
    bench = _bench(request)
    status = 200
    upload: dict[str, Any] = {"name": file.filename if file else None}
    try:
        check_token(_settings(request), request.headers.get("authorization"), token)
        if file is None or not file.filename:
            raise InputError.one("choose a statistics file to upload", column="file")
        data = await file.read()
        result = await run_in_threadpool(
            bench.ingest_upload,
            data,
            file.filename,
            format,
            publisher=publisher or None,
            source_url=source_url or None,
            released=parse_date(released, "released"),
            period=parse_period(period, "period"),
        )
        upload["result"] = result
    except Exception as exc:
        status, detail, errors, _headers = error_payload(exc)
        if status >= 500 and not isinstance(exc, Unavailable):
            raise
        upload.update({"detail": detail, "errors": errors, "status": status})
    return _render(
        request, "sources.html", status=status, upload=upload, **await _sources_ctx(bench)
    )


# -- dossier ---------------------------------------------------------------------------
DOSSIER_FILES = ("index.html", "dossier.md", "dossier.json")


@router.get("/dossier", response_class=HTMLResponse)
async def dossier_page(request: Request, id: str = "") -> HTMLResponse:
    bench = _bench(request)
    directory = bench.dossier_by_id(id) if id else None
    files = []
    if directory is not None:
        files = [
            (n, (directory / n).stat().st_size) for n in DOSSIER_FILES if (directory / n).exists()
        ]
    index = await run_in_threadpool(bench.series_index)
    return _render(
        request,
        "dossier.html",
        available=bench.dossier_available(),
        files=files,
        dossier_id=id if directory is not None else "",
        expired=bool(id) and directory is None,
        index=index,
    )


@router.post("/dossier")
async def dossier_generate(
    request: Request,
    origin: Annotated[str, Form(max_length=2)] = "KP",
    destination: Annotated[str, Form(max_length=2)] = "RU",
    text: Annotated[str, Form(max_length=200_000)] = "",
    date_: Annotated[str, Form(alias="date", max_length=20)] = "",
) -> Response:
    o, d = _upper(origin) or "KP", _upper(destination) or "RU"
    when = parse_date(date_, "date")
    did, _ = await run_in_threadpool(_bench(request).dossier, o, d, text or None, when)
    return RedirectResponse(f"/dossier?id={did}", status_code=303)


@router.get("/dossier/{dossier_id}/{name}")
def dossier_download(request: Request, dossier_id: str, name: str) -> Response:
    from fastapi import HTTPException

    from sanctionwatch.web.api import dossier_download as download

    directory = _bench(request).dossier_by_id(dossier_id)
    if name not in DOSSIER_FILES or directory is None:
        raise HTTPException(404, "no such dossier file: generate the dossier again")
    return download(directory, name)
