"""All-or-nothing ingest: read every file first, then write every vintage in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sanctionwatch.bulk import paused_gc
from sanctionwatch.errors import InputError, InputProblem
from sanctionwatch.model import Observation, Period, Vintage, stable_id
from sanctionwatch.sources.base import ParsedFile
from sanctionwatch.store import Store

FORMATS = ("auto", "tidy", "related", "fsb")


@dataclass
class IngestResult:
    imported: int = 0
    unchanged_files: list[str] = field(default_factory=list)
    vintages: list[str] = field(default_factory=list)
    skipped: list[dict[str, object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    series: set[tuple[str, str]] = field(default_factory=set)

    @property
    def vintage(self) -> str | None:
        return self.vintages[-1] if self.vintages else None


def detect_format(path: Path) -> str:
    """tidy when the header names period_start; an FSB-layout table otherwise (CSV or XLSX)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return "fsb"
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return "tidy"  # parse_tidy reports the unreadable file with its path
    if b"period_start" in head:
        return "tidy"
    return "fsb"


def parse_file(
    path: Path,
    fmt: str = "auto",
    *,
    publisher: str | None = None,
    source_url: str | None = None,
    period: Period | None = None,
    skip_unknown_countries: bool = False,
    display_name: str | None = None,
) -> ParsedFile:
    if fmt not in FORMATS:
        raise InputError.one(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if not path.exists():
        raise InputError.one("file not found", file=display_name or str(path))
    chosen = detect_format(path) if fmt == "auto" else fmt
    if chosen in ("tidy", "related"):
        from sanctionwatch.sources.tidy import parse_tidy

        parsed = parse_tidy(
            path,
            related=chosen == "related",
            publisher=publisher,
            source_url=source_url,
            skip_unknown_countries=skip_unknown_countries,
        )
    else:
        from sanctionwatch.sources.fsb import parse_fsb

        parsed = parse_fsb(
            path,
            period=period,
            publisher=publisher,
            source_url=source_url,
            skip_unknown_countries=skip_unknown_countries,
        )
    if display_name:
        parsed.path = display_name
    return parsed


def write_parsed(
    store: Store, parsed_files: Sequence[ParsedFile], released: date | None = None
) -> IngestResult:
    """Write parsed files as vintages in one transaction; an unchanged file adds nothing."""
    result = IngestResult()
    now = datetime.now()
    batch: list[tuple[Vintage, Sequence[Observation]]] = []
    with store.transaction():
        ids = [stable_id(p.source_key, p.sha256, prefix="v-") for p in parsed_files]
        existing = store.existing_vintages(ids)
        for parsed, vid in zip(parsed_files, ids, strict=True):
            for s in parsed.skipped:
                result.skipped.append(s.to_dict())
            result.warnings.extend(parsed.warnings)
            if vid in existing or vid in result.vintages:
                result.unchanged_files.append(parsed.path)
                continue
            # add_vintages stamps the vintage id on every row; the parsed records stay as read.
            obs = parsed.observations
            vintage = Vintage(
                id=vid,
                source_key=parsed.source_key,
                format=parsed.format,
                file_name=Path(parsed.path).name,
                sha256=parsed.sha256,
                publisher=parsed.publisher,
                source_url=parsed.source_url,
                released=released,
                imported_at=now,
                rows=len(obs),
            )
            batch.append((vintage, obs))
            result.imported += len(obs)
            result.vintages.append(vid)
            result.series.update({(o.origin, o.destination) for o in obs})
        store.add_vintages(batch)
    return result


def ingest(
    store: Store,
    paths: Sequence[Path],
    fmt: str = "auto",
    *,
    publisher: str | None = None,
    source_url: str | None = None,
    released: date | None = None,
    period: Period | None = None,
    skip_unknown_countries: bool = False,
    on_file: Callable[[Path], None] | None = None,
) -> IngestResult:
    """Parse every file (collecting every problem), then write them all or nothing."""
    with paused_gc():
        parsed, problems = _parse_all(
            paths,
            fmt,
            publisher=publisher,
            source_url=source_url,
            period=period,
            skip_unknown_countries=skip_unknown_countries,
            on_file=on_file,
        )
        if problems:
            raise InputError(problems)
        return write_parsed(store, parsed, released)


def _parse_all(
    paths: Sequence[Path],
    fmt: str,
    *,
    publisher: str | None,
    source_url: str | None,
    period: Period | None,
    skip_unknown_countries: bool,
    on_file: Callable[[Path], None] | None,
) -> tuple[list[ParsedFile], list[InputProblem]]:
    parsed: list[ParsedFile] = []
    problems: list[InputProblem] = []
    for path in paths:
        try:
            parsed.append(
                parse_file(
                    path,
                    fmt,
                    publisher=publisher,
                    source_url=source_url,
                    period=period,
                    skip_unknown_countries=skip_unknown_countries,
                )
            )
        except InputError as exc:
            problems.extend(exc.problems)
        if on_file:
            on_file(path)
    return parsed, problems
