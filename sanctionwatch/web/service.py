"""The operations the API and the pages share: one store connection behind a lock, and caches.

DuckDB lets one process write a database file at a time, and one connection must not be used
by two threads at once; the server therefore holds a single connection and serialises every
use of it with a lock. Reads are made fast by caching what they compute (resolved series,
findings, the claim-check snapshot, serialised JSON) under a *generation* number that an
ingest increments, so a successful import invalidates every cached answer at once.

Every method returns the same JSON-ready objects as the matching CLI command.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from sanctionwatch.errors import InputError, InputProblem
from sanctionwatch.flows import Series, load_series, series_values
from sanctionwatch.flows.query import disagreements
from sanctionwatch.model import Period, stable_id
from sanctionwatch.store import Store

PERIOD_KINDS = ("year", "quarter", "ytd", "month", "other", "day", "any")

# Extensions an uploaded statistics file may have; anything else is refused before parsing.
UPLOAD_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


class NotFound(Exception):
    """The request names something the store does not hold (HTTP 404 with this message)."""


class Unavailable(Exception):
    """A part of sanctionwatch this build does not include yet (HTTP 503 with this message)."""


def optional(module: str, attr: str) -> Any | None:
    """``module.attr`` if that part of sanctionwatch is installed, else None.

    Only the absence of the module itself counts as "not available": an import error
    raised *inside* an existing module is a bug and propagates.
    """
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            return None
        raise
    return getattr(mod, attr, None)


def dumps(obj: Any) -> bytes:
    """JSON as the CLI writes it (UTF-8, dates as strings), compact for the wire."""
    return json.dumps(obj, ensure_ascii=False, default=str, separators=(",", ":")).encode("utf-8")


@dataclass
class Cached:
    """A computed answer and, made once on first need, its serialised JSON."""

    data: Any
    _json: bytes | None = None

    @property
    def json(self) -> bytes:
        if self._json is None:
            self._json = dumps(self.data)
        return self._json


class _LRU:
    """A small bounded cache: the key space (query strings) is chosen by clients."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._d: OrderedDict[Any, Cached] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Cached | None:
        with self._lock:
            v = self._d.get(key)
            if v is not None:
                self._d.move_to_end(key)
            return v

    def put(self, key: Any, value: Cached) -> None:
        with self._lock:
            self._d[key] = value
            self._d.move_to_end(key)
            while len(self._d) > self.size:
                self._d.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._d.clear()


def safe_upload_name(name: str | None) -> str:
    """The base name of an uploaded file, reduced to letters, digits, ``._-``.

    The importers name a source after its file (``fsb:Въезд_2024.xlsx``), so a re-upload of
    the same file becomes a new vintage of the same source; the name therefore survives, but
    only as a plain base name inside a temporary directory we create — never as a path.
    """
    raw = (name or "").replace("\x00", "")
    base = PurePosixPath(PureWindowsPath(raw).name).name
    base = re.sub(r"[^\w.\-]", "_", base).lstrip(".")[:120]
    if not base or base in (".", ".."):
        base = "upload.csv"
    if not base.lower().endswith(UPLOAD_SUFFIXES):
        raise InputError.one(
            f"uploaded file {name!r} must be a statistics file ending in "
            f"{', '.join(UPLOAD_SUFFIXES)}",
            file=name or None,
            column="file",
        )
    return base


def parse_date(value: str | None, field: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError.one(
            f"{field} expects a date as YYYY-MM-DD, got {value!r}", column=field
        ) from None


def parse_period(value: str | None, field: str) -> Period | None:
    if value is None or value == "":
        return None
    try:
        return Period.parse(value)
    except ValueError as exc:
        raise InputError.one(f"{field}: {exc}", column=field) from None


class Workbench:
    """The server's view of one database: every read and write the web surfaces perform."""

    def __init__(self, db_path: str | Path, *, load_bundled: bool = True) -> None:
        self.db_path = Path(db_path)
        self.load_bundled = load_bundled
        self._store: Store | None = None
        self._lock = threading.RLock()
        self.generation = 0
        self._cache = _LRU()
        self._dossiers: OrderedDict[str, Path] = OrderedDict()
        self._tmp_root = Path(tempfile.mkdtemp(prefix="sanctionwatch-web-"))

    # -- store access -------------------------------------------------------------------
    @contextmanager
    def store(self) -> Iterator[Store]:
        """The shared connection, opened on first use, held under the lock."""
        with self._lock:
            if self._store is None:
                store = Store(self.db_path)
                try:
                    if self.load_bundled:
                        from sanctionwatch.sources.bundled import ensure_bundled

                        ensure_bundled(store)
                except BaseException:
                    store.close()
                    raise
                self._store = store
            yield self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
        shutil.rmtree(self._tmp_root, ignore_errors=True)

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Cached:
        full = (self.generation, *key)
        hit = self._cache.get(full)
        if hit is not None:
            return hit
        with self._lock:
            # Another thread may have filled it while we waited for the lock.
            hit = self._cache.get((self.generation, *key))
            if hit is not None:
                return hit
            value = Cached(compute())
            self._cache.put((self.generation, *key), value)
            return value

    def peek(self, key: tuple[Any, ...]) -> Cached | None:
        """A cached answer without computing (the async API serves hits without a thread)."""
        return self._cache.get((self.generation, *key))

    def invalidate(self) -> None:
        with self._lock:
            self.generation += 1
            self._cache.clear()
            for old in self._dossiers.values():
                shutil.rmtree(old, ignore_errors=True)
            self._dossiers.clear()

    # -- series and flows ---------------------------------------------------------------
    def series(
        self, origin: str | None, destination: str | None, as_of: date | None = None
    ) -> dict[tuple[str, str, str], Series]:
        def compute() -> dict[tuple[str, str, str], Series]:
            with self.store() as st:
                return load_series(st, origin, destination, as_of=as_of)

        data: dict[tuple[str, str, str], Series] = self._cached(
            ("series", origin, destination, as_of), compute
        ).data
        return data

    @staticmethod
    def flows_key(
        origin: str,
        destination: str,
        purposes: Sequence[str] | None,
        period_kind: str,
        as_of: date | None,
    ) -> tuple[Any, ...]:
        return (
            "flows",
            origin,
            destination,
            tuple(sorted(set(purposes or ()))),
            period_kind,
            as_of,
        )

    def flows(
        self,
        origin: str,
        destination: str,
        purposes: Sequence[str] | None = None,
        period_kind: str = "any",
        as_of: date | None = None,
    ) -> Cached:
        """The ``sanctionwatch flows --format json`` array."""
        if period_kind not in PERIOD_KINDS:
            raise InputError.one(
                f"period_kind must be one of {', '.join(PERIOD_KINDS)}, not {period_kind!r}",
                column="period_kind",
            )
        origin, destination = origin.upper(), destination.upper()

        def compute() -> list[dict[str, Any]]:
            series = self.series(origin, destination, as_of)
            return [
                v.to_dict()
                for v in series_values(series, list(purposes or []) or None, period_kind)
            ]

        return self._cached(
            self.flows_key(origin, destination, purposes, period_kind, as_of), compute
        )

    def series_index(self) -> list[dict[str, Any]]:
        """Every (origin, destination) in the store with its purposes, for the explorer's menus."""

        def compute() -> list[dict[str, Any]]:
            with self.store() as st:
                pairs = st.distinct_series()
            out = []
            for o, d in pairs:
                series = self.series(o, d)
                out.append(
                    {"origin": o, "destination": d, "purposes": sorted({k[2] for k in series})}
                )
            return out

        data: list[dict[str, Any]] = self._cached(("series_index",), compute).data
        return data

    # -- sources and conflicts ----------------------------------------------------------
    def sources(self) -> Cached:
        """The ``sanctionwatch sources --format json`` object."""

        def compute() -> dict[str, Any]:
            with self.store() as st:
                summary = st.source_summary()
                vintages = st.vintages()
            return {
                **summary,
                "vintages": [v.to_dict() for v in vintages],
            }

        return self._cached(("sources",), compute)

    def conflicts(
        self, origin: str | None, destination: str | None, as_of: date | None = None
    ) -> Cached:
        """The ``sanctionwatch conflicts --format json`` object: disagreeing reports, warnings."""
        origin = origin.upper() if origin else None
        destination = destination.upper() if destination else None

        def compute() -> dict[str, Any]:
            return disagreements(self.series(origin, destination, as_of))

        return self._cached(("conflicts", origin, destination, as_of), compute)

    # -- findings -----------------------------------------------------------------------
    def detectors_available(self) -> bool:
        return optional("sanctionwatch.detect", "run_detectors") is not None

    @staticmethod
    def findings_key(
        origin: str | None,
        destination: str | None,
        kinds: Sequence[str] | None,
        since: str | None,
        as_of: date | None,
    ) -> tuple[Any, ...]:
        return ("findings", origin, destination, tuple(sorted(set(kinds or ()))), since, as_of)

    def _finding_objects(
        self,
        origin: str | None,
        destination: str | None,
        kinds: Sequence[str] | None,
        since: str | None,
        as_of: date | None,
    ) -> list[Any]:
        run = optional("sanctionwatch.detect", "run_detectors")
        if run is None:
            raise Unavailable("the detectors are not part of this build yet (sanctionwatch.detect)")

        def compute() -> list[Any]:
            with self.store() as st:
                found: list[Any] = run(
                    st,
                    origin=origin,
                    destination=destination,
                    kinds=list(kinds) if kinds else None,
                    since=since,
                    as_of=as_of,
                )
            return found

        key = (
            "finding_objects",
            origin,
            destination,
            tuple(sorted(set(kinds or ()))),
            since,
            as_of,
        )
        data: list[Any] = self._cached(key, compute).data
        return data

    def findings(
        self,
        origin: str | None = None,
        destination: str | None = None,
        kinds: Sequence[str] | None = None,
        since: str | None = None,
        as_of: date | None = None,
    ) -> Cached:
        """The ``sanctionwatch detect --format json`` array, in the detectors' order (severity)."""
        origin = origin.upper() if origin else None
        destination = destination.upper() if destination else None

        def compute() -> list[dict[str, Any]]:
            return [
                f.to_dict() for f in self._finding_objects(origin, destination, kinds, since, as_of)
            ]

        return self._cached(self.findings_key(origin, destination, kinds, since, as_of), compute)

    def finding(self, finding_id: str) -> dict[str, Any] | None:
        """One finding's ``detect`` JSON object (from an unfiltered run), or None."""
        f = self.finding_object(finding_id)
        return dict(f.to_dict()) if f is not None else None

    def finding_object(self, finding_id: str) -> Any | None:
        for f in self._finding_objects(None, None, None, None, None):
            if f.id == finding_id:
                return f
        return None

    def _conflict_lookup(
        self, origin: str, destination: str
    ) -> Callable[[Any], list[dict[str, Any]]]:
        """Evidence -> the other reports of that figure, for the assessment's strength."""
        series = self.series(origin, destination)
        index = {(v.purpose, v.period.label): v for s in series.values() for v in s.values}

        def lookup(ev: Any) -> list[dict[str, Any]]:
            # Same rule as the dossier's: only the figure itself, not a related measure.
            v = index.get((ev.purpose, ev.period))
            if v is None or getattr(ev, "measure", "entries") != "entries" or v.count != ev.count:
                return []
            return [c.to_dict() for c in v.conflicts]

        return lookup

    def strengths(self) -> dict[str, dict[str, Any]]:
        """finding id -> strength of its evidence (corroborated, indicator, contradicted)."""
        finding_strength = optional("sanctionwatch.rules.assess", "finding_strength")
        if finding_strength is None:
            return {}

        def compute() -> dict[str, dict[str, Any]]:
            out: dict[str, dict[str, Any]] = {}
            for f in self._finding_objects(None, None, None, None, None):
                s = finding_strength(f, self._conflict_lookup(f.origin, f.destination))
                out[f.id] = {
                    "strength": s.strength,
                    "reporters": list(s.reporters),
                    "reasons": list(s.reasons),
                }
            return out

        data: dict[str, dict[str, Any]] = self._cached(("strengths",), compute).data
        return data

    def provisions_for(self, finding_id: str) -> list[dict[str, Any]] | None:
        """The provisions a finding bears on, in the analysts' wording; None without rules."""
        assess = optional("sanctionwatch.rules.assess", "assess")
        rulebook = optional("sanctionwatch.rules.loader", "default_rulebook")
        f = self.finding_object(finding_id)
        if assess is None or rulebook is None or f is None:
            return None
        rb = rulebook()
        out = []
        for a in assess(rb, [f], conflicts=self._conflict_lookup(f.origin, f.destination)):
            d = a.to_dict()
            p = rb.provisions.get(a.provision_id)
            if p is not None:
                d.update(
                    {
                        "title": p.title,
                        "instrument": p.instrument,
                        "paraphrase": p.paraphrase,
                        "source_urls": list(p.source_urls),
                    }
                )
            out.append(d)
        return out

    # -- claims -------------------------------------------------------------------------
    def claims_available(self) -> bool:
        return optional("sanctionwatch.claims.extract", "extract_claims") is not None

    def _snapshot(self) -> Any:
        snap_cls = optional("sanctionwatch.claims.verify", "Snapshot")
        if snap_cls is None:
            raise Unavailable(
                "the claim checker is not part of this build yet (sanctionwatch.claims.verify)"
            )

        def compute() -> Any:
            with self.store() as st:
                return snap_cls.from_store(st)

        return self._cached(("snapshot",), compute).data

    def text_of(self, text: str | None, html: str | None) -> tuple[str, date | None]:
        """The text claims are read from (as given, or the main text of an HTML page) and the
        publication date the page states, if any."""
        if html is not None:
            read_html = optional("sanctionwatch.claims.document", "read_html")
            if read_html is None:
                raise Unavailable(
                    "reading HTML is not part of this build yet (sanctionwatch.claims.document)"
                )
            doc, when = read_html(html)
            return str(doc), when
        return text or "", None

    def extract(self, text: str, lang: str = "auto", doc_date: date | None = None) -> list[Any]:
        extract_claims = optional("sanctionwatch.claims.extract", "extract_claims")
        if extract_claims is None:
            raise Unavailable(
                "claim extraction is not part of this build yet (sanctionwatch.claims.extract)"
            )
        claims: list[Any] = extract_claims(text, lang=lang, doc_date=doc_date, doc_id="doc")
        return claims

    def check(
        self, text: str, lang: str = "auto", doc_date: date | None = None
    ) -> list[dict[str, Any]]:
        """The ``sanctionwatch claims check --format json`` array for one text."""
        check_claims = optional("sanctionwatch.claims.verify", "check_claims")
        if check_claims is None:
            raise Unavailable(
                "the claim checker is not part of this build yet (sanctionwatch.claims.verify)"
            )
        snapshot = self._snapshot()
        claims = self.extract(text, lang, doc_date)
        return [c.to_dict() for c in check_claims(snapshot, claims)]

    # -- screening ----------------------------------------------------------------------
    def screening_available(self) -> bool:
        return optional("sanctionwatch.screen", "screen_names") is not None

    def screen(
        self, queries: Sequence[str], threshold: float | None = None
    ) -> list[dict[str, Any]]:
        """The ``sanctionwatch screen --format json`` array."""
        screen_names = optional("sanctionwatch.screen", "screen_names")
        if screen_names is None:
            raise Unavailable("name screening is not part of this build yet (sanctionwatch.screen)")
        with self.store() as st:
            # Every screening is kept in the list audit trail, as the CLI keeps it.
            results = screen_names(st, list(queries), threshold=threshold, source="web")
        return [r if isinstance(r, dict) else r.to_dict() for r in results]

    # -- ingest -------------------------------------------------------------------------
    def ingest_upload(
        self,
        data: bytes,
        filename: str | None,
        fmt: str = "auto",
        *,
        publisher: str | None = None,
        source_url: str | None = None,
        released: date | None = None,
        period: Period | None = None,
    ) -> dict[str, Any]:
        """Validate and import one uploaded file, all or nothing: the ``ingest --format json``."""
        from sanctionwatch.sources.ingest import FORMATS, parse_file, write_parsed

        if fmt not in FORMATS:
            raise InputError.one(
                f"format must be one of {', '.join(FORMATS)}, not {fmt!r}", column="format"
            )
        if not data:
            raise InputError.one("the uploaded file is empty", file=filename or None, column="file")
        name = safe_upload_name(filename)
        # Messages name the file as the analyst knows it, never our temporary path.
        shown = PurePosixPath(PureWindowsPath(filename or "").name).name or name
        workdir = Path(tempfile.mkdtemp(dir=self._tmp_root))
        path = workdir / name

        def clean(text: str) -> str:
            return text.replace(str(path), shown)

        try:
            path.write_bytes(data)
            try:
                parsed = parse_file(
                    path,
                    fmt,
                    publisher=publisher or None,
                    source_url=source_url or None,
                    period=period,
                    display_name=shown,
                )
            except InputError as exc:
                raise InputError(
                    [
                        InputProblem(
                            clean(p.message), clean(p.file) if p.file else p.file, p.row, p.column
                        )
                        for p in exc.problems
                    ]
                ) from None
            with self.store() as st:
                result = write_parsed(st, [parsed], released)
                derived, warnings = 0, [clean(w) for w in result.warnings]
                for origin, destination in sorted(result.series):
                    series = load_series(st, origin, destination)
                    derived += sum(1 for s in series.values() for v in s.values if v.derived)
                    warnings.extend(w for s in series.values() for w in s.warnings)
                if result.vintages:
                    self.invalidate()
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        skipped = [
            {k: clean(v) if isinstance(v, str) else v for k, v in sk.items()}
            for sk in result.skipped
        ]
        return {
            "imported": result.imported,
            "derived": derived,
            "vintage": result.vintage,
            "vintages": result.vintages,
            "unchanged": result.unchanged_files,
            "skipped": skipped,
            "warnings": warnings,
        }

    # -- events timeline ----------------------------------------------------------------
    def timeline(self) -> list[dict[str, Any]]:
        """Dated events (resolutions, the treaty, deployments) for the charts; [] if not bundled."""

        def compute() -> list[dict[str, Any]]:
            rulebook = optional("sanctionwatch.rules.loader", "default_rulebook")
            if rulebook is None:
                return []
            return [e.model_dump(mode="json") for e in rulebook().timeline]

        data: list[dict[str, Any]] = self._cached(("timeline",), compute).data
        return data

    # -- dossier ------------------------------------------------------------------------
    def dossier_available(self) -> bool:
        return optional("sanctionwatch.report.run", "build_report") is not None

    def dossier(
        self,
        origin: str = "KP",
        destination: str = "RU",
        article: str | None = None,
        article_date: date | None = None,
    ) -> tuple[str, Path]:
        """Write (or reuse) the dossier for a pair and an optional article; (id, directory).

        The id names the dossier for download links; it maps to a directory we created, so a
        request never names a path. Dossiers of older data are discarded on the next ingest.
        """
        build_report = optional("sanctionwatch.report.run", "build_report")
        write_dossier = optional("sanctionwatch.report.render", "write_dossier")
        article_cls = optional("sanctionwatch.report.run", "Article")
        if build_report is None or write_dossier is None or article_cls is None:
            raise Unavailable("the dossier is not part of this build yet (sanctionwatch.report)")
        origin, destination = origin.upper(), destination.upper()
        if not any(
            (i["origin"], i["destination"]) == (origin, destination) for i in self.series_index()
        ):
            raise NotFound(f"no entries from {origin} to {destination} in the store: no dossier")
        text = (article or "").strip()
        did = stable_id(self.generation, origin, destination, text, article_date, prefix="d-")
        with self._lock:
            hit = self._dossiers.get(did)
            if hit is not None:
                return did, hit
            articles = []
            if text:
                first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "article")
                articles.append(
                    article_cls(
                        id="web-article",
                        text=text,
                        date=article_date,
                        title=first[:120],
                        origin="pasted into the web dashboard",
                    )
                )
            out = Path(tempfile.mkdtemp(dir=self._tmp_root, prefix="dossier-"))
            try:
                with self.store() as st:
                    run = build_report(st, origin, destination, articles)
                write_dossier(run.dossier, out)
            except BaseException:
                shutil.rmtree(out, ignore_errors=True)
                raise
            self._dossiers[did] = out
            while len(self._dossiers) > 8:
                _, old = self._dossiers.popitem(last=False)
                shutil.rmtree(old, ignore_errors=True)
            return did, out

    def dossier_by_id(self, did: str) -> Path | None:
        """A dossier generated earlier in this process for the current data, or None."""
        with self._lock:
            return self._dossiers.get(did)
