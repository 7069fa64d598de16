"""The HTTP API under ``/api``: the CLI's JSON over HTTP, paginated, described in /openapi.json."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response
from fastapi.security import HTTPBearer
from pydantic import StringConstraints

from sanctionwatch.errors import InputError
from sanctionwatch.model import Period
from sanctionwatch.model.finding import FINDING_KINDS
from sanctionwatch.web import schemas as s
from sanctionwatch.web.app import WebSettings, check_token
from sanctionwatch.web.service import Cached, Workbench, dumps, parse_date, parse_period

router = APIRouter(prefix="/api")

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": s.ErrorBody, "description": "Not found"},
    422: {"model": s.ErrorBody, "description": "Invalid parameters or input file"},
    503: {"model": s.ErrorBody, "description": "That part of sanctionwatch is not available"},
}
BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    400: {"model": s.ErrorBody, "description": "Malformed request"},
    413: {"model": s.ErrorBody, "description": "Request body too large"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    400: {"model": s.ErrorBody, "description": "Malformed request"},
    401: {"model": s.ErrorBody, "description": "No token given"},
    403: {"model": s.ErrorBody, "description": "Wrong token, or writes disabled on this server"},
    413: {"model": s.ErrorBody, "description": "Upload too large"},
}

MAX_LIMIT = 10_000
Country = Annotated[str, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code")]
# Dates are ISO strings, read strictly (a bare number is not a date, as a lax parser would have it).
IsoDate = Annotated[
    str | None,
    Query(
        pattern=s.DATE_PATTERN,
        json_schema_extra={"format": "date"},
        description="A date as YYYY-MM-DD",
    ),
]
OptCountry = Annotated[
    str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code")
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip")]
PeriodKindQ = Literal["year", "quarter", "ytd", "month", "other", "day", "any"]
DossierFile = Literal["index.html", "dossier.md", "dossier.json"]

bearer = HTTPBearer(auto_error=False, description="The server's SANCTIONWATCH_TOKEN")


def bench_of(request: Request) -> Workbench:
    b: Workbench = request.app.state.bench
    return b


def settings_of(request: Request) -> WebSettings:
    st: WebSettings = request.app.state.settings
    return st


def require_token(request: Request, _cred: Annotated[Any, Depends(bearer)] = None) -> None:
    """401 without a token, 403 with a wrong one or when the server has none configured."""
    check_token(settings_of(request), request.headers.get("authorization"))


def _page(request: Request, cached: Cached, limit: int, offset: int) -> Response:
    """A page of a cached list: the cached bytes when the page is the whole list."""
    data: list[Any] = cached.data
    total = len(data)
    body = cached.json if offset == 0 and limit >= total else dumps(data[offset : offset + limit])
    headers = {"X-Total-Count": str(total)}
    if offset + limit < total:
        nxt = request.url.include_query_params(offset=offset + limit, limit=limit)
        headers["Link"] = f'<{nxt}>; rel="next"'
    return Response(body, media_type="application/json", headers=headers)


def _page_field(cached: Cached, key: str, limit: int, offset: int) -> Response:
    """A page of one list inside a cached object (``vintages``, ``conflicts``)."""
    data: dict[str, Any] = cached.data
    total = len(data[key])
    headers = {"X-Total-Count": str(total)}
    if offset == 0 and limit >= total:
        return Response(cached.json, media_type="application/json", headers=headers)
    return Response(
        dumps({**data, key: data[key][offset : offset + limit]}),
        media_type="application/json",
        headers=headers,
    )


async def _compute(peek: Callable[[], Cached | None], compute: Callable[[], Cached]) -> Cached:
    """Serve a cache hit on the event loop; compute a miss in a worker thread (takes the lock)."""
    hit = peek()
    if hit is not None:
        return hit
    return await run_in_threadpool(compute)


@router.get("/health", response_model=s.HealthOut, summary="Server status and the parts available")
def health(request: Request) -> dict[str, Any]:
    bench = bench_of(request)
    return {
        "status": "ok",
        "version": request.app.version,
        "writes_enabled": settings_of(request).token is not None,
        "features": {
            "detect": bench.detectors_available(),
            "claims": bench.claims_available(),
            "screen": bench.screening_available(),
            "dossier": bench.dossier_available(),
        },
    }


@router.get(
    "/series",
    response_model=list[s.SeriesIndexOut],
    responses=ERRORS,
    summary="Series in the store: origin, destination and purposes",
)
def series_index(request: Request) -> Response:
    return Response(dumps(bench_of(request).series_index()), media_type="application/json")


@router.get(
    "/flows",
    response_model=list[s.FlowOut],
    responses=ERRORS,
    summary="The resolved series (the `flows` command's JSON)",
)
async def flows(
    request: Request,
    origin: Country = "KP",
    destination: Country = "RU",
    purpose: Annotated[
        list[str] | None, Query(description="Purpose(s) of trip; repeatable")
    ] = None,
    period_kind: PeriodKindQ = "any",
    as_of: IsoDate = None,
    limit: Limit = 1000,
    offset: Offset = 0,
) -> Response:
    """One object per series value; unit: entries (border crossings), not persons."""
    bench = bench_of(request)
    when = parse_date(as_of, "as_of")
    key = bench.flows_key(origin.upper(), destination.upper(), purpose, period_kind, when)
    cached = await _compute(
        lambda: bench.peek(key),
        lambda: bench.flows(origin, destination, purpose, period_kind, when),
    )
    return _page(request, cached, limit, offset)


@router.get(
    "/flows.csv",
    response_class=Response,
    responses={**ERRORS, 200: {"content": {"text/csv": {}}}},
    summary="The resolved series as CSV (lists and objects as JSON cells, like the CLI)",
)
async def flows_csv(
    request: Request,
    origin: Country = "KP",
    destination: Country = "RU",
    purpose: Annotated[list[str] | None, Query()] = None,
    period_kind: PeriodKindQ = "any",
    as_of: IsoDate = None,
) -> Response:
    bench = bench_of(request)
    when = parse_date(as_of, "as_of")
    cached = await run_in_threadpool(bench.flows, origin, destination, purpose, period_kind, when)
    name = f"flows-{origin.upper()}-{destination.upper()}.csv"
    return Response(
        to_csv(cached.data),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def to_csv(rows: list[dict[str, Any]]) -> str:
    """CSV as ``--format csv`` writes it: one column per key, lists and objects as JSON."""
    buf = io.StringIO()
    if rows:
        w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
        w.writeheader()
        for r in rows:
            w.writerow(
                {
                    k: json.dumps(v, ensure_ascii=False, default=str)
                    if isinstance(v, list | dict)
                    else v
                    for k, v in r.items()
                }
            )
    return buf.getvalue()


def _kinds(kind: Sequence[str] | None) -> list[str] | None:
    if not kind:
        return None
    bad = [k for k in kind if k not in FINDING_KINDS]
    if bad:
        raise InputError.one(
            f"unknown finding kind {bad[0]!r}; expected one of {', '.join(FINDING_KINDS)}",
            column="kind",
        )
    return list(kind)


def within(label: str, period: Period) -> bool:
    """Whether a finding's period lies inside the requested one (2024 holds 2024-Q3)."""
    try:
        p = Period.parse(label)
    except ValueError:
        return label == period.label
    return period.start <= p.start and p.end <= period.end


def filter_period(rows: list[dict[str, Any]], period: Period | None) -> list[dict[str, Any]]:
    return rows if period is None else [f for f in rows if within(str(f.get("period", "")), period)]


@router.get(
    "/findings",
    response_model=list[s.FindingOut],
    responses=ERRORS,
    summary="Findings of the detectors (the `detect` command's JSON), ranked",
)
async def findings(
    request: Request,
    origin: OptCountry = None,
    destination: OptCountry = None,
    kind: Annotated[
        list[s.FindingKind] | None, Query(description="Finding kind(s); repeatable")
    ] = None,
    period: Annotated[
        str | None,
        Query(
            description="Only findings within this period (2024, 2024-Q3)",
            max_length=40,
            pattern=s.PERIOD_PATTERN,
        ),
    ] = None,
    since: Annotated[
        str | None,
        Query(
            description="Only findings for periods from this one on (2024, 2024-Q3, 2024-07-01)",
            max_length=40,
            pattern=s.PERIOD_PATTERN,
        ),
    ] = None,
    as_of: IsoDate = None,
    limit: Limit = 1000,
    offset: Offset = 0,
) -> Response:
    """Ranked by severity, then by how many independent sources the evidence rests on."""
    bench = bench_of(request)
    kinds = _kinds(kind)
    per = parse_period(period, "period")
    o, d = (origin.upper() if origin else None), (destination.upper() if destination else None)
    when = parse_date(as_of, "as_of")
    key = bench.findings_key(o, d, kinds, since, when)
    cached = await _compute(
        lambda: bench.peek(key), lambda: bench.findings(o, d, kinds, since, when)
    )
    if per is not None:
        cached = Cached(filter_period(cached.data, per))
    return _page(request, cached, limit, offset)


@router.get(
    "/findings/{finding_id}",
    response_model=s.FindingDetail,
    responses={**ERRORS, 404: {"model": s.ErrorBody, "description": "No such finding"}},
    summary="One finding with the provisions it bears on",
)
def finding(request: Request, finding_id: str) -> Response:
    bench = bench_of(request)
    f = bench.finding(finding_id)
    if f is None:
        from fastapi import HTTPException

        raise HTTPException(404, f"no finding with id {finding_id!r} in the current data")
    f["strength"] = bench.strengths().get(finding_id)
    f["provisions"] = bench.provisions_for(finding_id)
    return Response(dumps(f), media_type="application/json")


def _document(body: s.ClaimsRequest, bench: Workbench) -> tuple[str, date | None]:
    """The text and its publication date (as given, else as an HTML page states it)."""
    if (body.text is None) == (body.html is None):
        raise InputError.one("give the document in exactly one of 'text' or 'html'", column="text")
    given = parse_date(body.date, "date")
    text, page_date = bench.text_of(body.text, body.html)
    return text, given or page_date


@router.post(
    "/claims/extract",
    response_model=list[s.ClaimOut],
    responses=BODY_ERRORS,
    summary="Numeric claims in a text (the `claims extract` command's objects)",
)
def claims_extract(request: Request, body: s.ClaimsRequest) -> Response:
    bench = bench_of(request)
    text, when = _document(body, bench)
    claims = bench.extract(text, body.lang, when)
    return Response(dumps([c.to_dict() for c in claims]), media_type="application/json")


@router.post(
    "/claims/check",
    response_model=list[s.CheckedClaimOut],
    responses=BODY_ERRORS,
    summary="Claims in a text checked against the statistics (the `claims check` JSON)",
)
def claims_check(request: Request, body: s.ClaimsRequest) -> Response:
    bench = bench_of(request)
    text, when = _document(body, bench)
    return Response(dumps(bench.check(text, body.lang, when)), media_type="application/json")


@router.get(
    "/screen",
    response_model=list[s.ScreenOut],
    responses=ERRORS,
    summary="Screen names against the sanctions lists (the `screen` command's JSON)",
)
def screen(
    request: Request,
    q: Annotated[
        list[Annotated[str, StringConstraints(min_length=1, max_length=300, pattern=r"\S")]],
        Query(min_length=1, max_length=100, description="Name(s) to screen; repeatable"),
    ],
    threshold: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
) -> Response:
    names = [n.strip() for n in q]
    bad = [i for i, n in enumerate(names) if not n or len(n) > 300]
    if bad:
        raise InputError.one("each q must be a name of 1 to 300 characters", column="q")
    return Response(
        dumps(bench_of(request).screen(names, threshold)), media_type="application/json"
    )


@router.post(
    "/ingest",
    response_model=s.IngestOut,
    responses=WRITE_ERRORS,
    dependencies=[Depends(require_token)],
    summary="Import a statistics file (the `ingest` command's JSON); needs the token",
)
async def ingest(
    request: Request,
    file: Annotated[UploadFile, File(description="CSV (tidy or FSB layout) or XLSX")],
    format: Annotated[Literal["auto", "tidy", "related", "fsb"], Form()] = "auto",
    publisher: Annotated[str | None, Form(max_length=300)] = None,
    source_url: Annotated[str | None, Form(max_length=2000)] = None,
    released: Annotated[
        str | None,
        Form(description="Release date YYYY-MM-DD", max_length=20, pattern=s.DATE_PATTERN),
    ] = None,
    period: Annotated[
        str | None,
        Form(
            description="Period of a table whose title has none (2024-01..2024-09)",
            max_length=40,
            pattern=s.PERIOD_PATTERN,
        ),
    ] = None,
) -> Response:
    """All or nothing: a file that fails validation gets 422 with every problem; nothing written."""
    data = await file.read()
    rel = parse_date(released, "released")
    per = parse_period(period, "period")
    result = await run_in_threadpool(
        bench_of(request).ingest_upload,
        data,
        file.filename,
        format,
        publisher=publisher,
        source_url=source_url,
        released=rel,
        period=per,
    )
    return Response(dumps(result), media_type="application/json")


@router.get(
    "/sources",
    response_model=s.SourcesOut,
    responses=ERRORS,
    summary="Publishers, reporters, outlets and vintages (the `sources` command's JSON)",
)
async def sources(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size of vintages")] = 1000,
    offset: Offset = 0,
) -> Response:
    bench = bench_of(request)
    cached = await _compute(lambda: bench.peek(("sources",)), bench.sources)
    return _page_field(cached, "vintages", limit, offset)


@router.get(
    "/conflicts",
    response_model=s.ConflictsOut,
    responses=ERRORS,
    summary="Disagreeing reports and data warnings (the `conflicts` command's JSON)",
)
async def conflicts(
    request: Request,
    origin: OptCountry = None,
    destination: OptCountry = None,
    as_of: IsoDate = None,
    limit: Limit = 1000,
    offset: Offset = 0,
) -> Response:
    bench = bench_of(request)
    when = parse_date(as_of, "as_of")
    cached = await run_in_threadpool(bench.conflicts, origin, destination, when)
    return _page_field(cached, "conflicts", limit, offset)


@router.get(
    "/timeline",
    response_model=list[s.TimelineEventOut],
    responses=ERRORS,
    summary="Dated events shown on the charts (resolutions, treaty, deployments)",
)
def timeline(request: Request) -> Response:
    return Response(dumps(bench_of(request).timeline()), media_type="application/json")


DOSSIER_MEDIA = {
    "index.html": "text/html",
    "dossier.md": "text/markdown",
    "dossier.json": "application/json",
}


@router.get(
    "/dossier",
    responses={**ERRORS, 200: {"content": {"application/json": {}}}},
    summary="The dossier's JSON for a pair (generated for the current data on first request)",
)
def dossier(request: Request, origin: Country = "KP", destination: Country = "RU") -> Response:
    _, path = bench_of(request).dossier(origin, destination)
    return FileResponse(path / "dossier.json", media_type="application/json")


@router.get(
    "/dossier/files/{name}",
    response_class=Response,
    responses={
        **ERRORS,
        200: {"content": {"text/html": {}, "text/markdown": {}, "application/json": {}}},
    },
    summary="Download one dossier file: index.html, dossier.md or dossier.json",
)
def dossier_file(
    request: Request, name: DossierFile, origin: Country = "KP", destination: Country = "RU"
) -> Response:
    _, path = bench_of(request).dossier(origin, destination)
    return dossier_download(path, name)


def dossier_download(directory: Path, name: str) -> Response:
    # ``name`` is one of three fixed names (checked by the caller), never a path from a request.
    resp = FileResponse(directory / name, media_type=DOSSIER_MEDIA[name], filename=name)
    # The dossier is a self-contained page with its own inline styles: render it only sandboxed.
    resp.headers["Content-Security-Policy"] = (
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    )
    return resp
