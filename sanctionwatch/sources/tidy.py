"""Importer for tidy CSV: one published figure per row, with period, purpose, qualifier and source.

The columns are those of the bundled ``dprk_russia_entries.csv``: period_start, period_end,
period_kind, origin, destination, purpose, count, qualifier, source_outlet, source_date,
source_url, note. The same layout with measures in place of purposes ("related figures":
permits, enrolled students, troop estimates) is read with ``related=True``.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from sanctionwatch.errors import InputError, InputProblem
from sanctionwatch.geo import country_code
from sanctionwatch.model import MEASURE_ENTRIES, Observation, Period, Provenance, Purpose, Qualifier
from sanctionwatch.sources.base import (
    ParsedFile,
    decode_text,
    file_sha256,
    first_quote,
    parse_count,
    read_bytes,
    split_outlet,
)

REQUIRED = (
    "period_start",
    "period_end",
    "period_kind",
    "origin",
    "destination",
    "purpose",
    "count",
    "qualifier",
    "source_outlet",
    "source_date",
    "source_url",
)
ENTRIES_PUBLISHER = "FSB Border Service (via EMISS)"
_REGION = re.compile(r"^(?P<country>[^()]+?)\s*\((?P<region>[^)]+)\)\s*$")
_MEASURE = re.compile(r"^[a-z][a-z0-9_]*$")
_PUBLISHED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _unit_of_measure(measure: str) -> str:
    if "visa" in measure:
        return "visas"
    if "permit" in measure:
        return "permits"
    if "trips" in measure:
        return "entries"
    if "registrations" in measure:
        return "registrations"
    return "persons"


def parse_tidy(
    path: Path,
    *,
    related: bool = False,
    publisher: str | None = None,
    source_url: str | None = None,
    source_key: str | None = None,
    skip_unknown_countries: bool = False,
) -> ParsedFile:
    """Read a tidy CSV strictly: every problem is collected, and any problem aborts the import."""
    name = str(path)
    text = decode_text(read_bytes(path), name)
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError.one(
            f"missing column(s) {', '.join(missing)}; a tidy CSV needs {', '.join(REQUIRED)}",
            file=name,
            row=1,
        )
    fmt = "related" if related else "tidy"
    parsed = ParsedFile(
        path=name,
        format=fmt,
        source_key=source_key or f"{fmt}:{path.name}",
        sha256=file_sha256(path),
        publisher=publisher,
        source_url=source_url,
    )
    problems: list[InputProblem] = []
    seen: set[str] = set()
    for line, raw in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        try:
            obs = _row(row, parsed, related, publisher, line, name, skip_unknown_countries)
        except _Skip as skip:
            parsed.skipped.append(InputProblem(str(skip), name, line, skip.column))
            continue
        except _Bad as bad:
            problems.append(InputProblem(str(bad), name, line, bad.column))
            continue
        if obs.id in seen:
            parsed.warnings.append(f"{name}, row {line}: repeats an earlier row exactly; kept once")
            continue
        seen.add(obs.id)
        parsed.observations.append(obs)
    if problems:
        raise InputError(problems)
    return parsed


class _Bad(Exception):
    def __init__(self, message: str, column: str) -> None:
        super().__init__(message)
        self.column = column


class _Skip(_Bad):
    pass


def _country(value: str, column: str, skip_unknown: bool) -> tuple[str, str | None]:
    region = None
    m = _REGION.match(value)
    base = value
    if m:
        base, region = m["country"], m["region"]
    code = country_code(base)
    if code is None:
        msg = (
            f"unknown country {value!r}; expected an ISO code (KP) or a country name (DPRK, Russia)"
        )
        raise (_Skip if skip_unknown else _Bad)(msg, column)
    return code, region


def _date(value: str, column: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Bad(f"expected a date as YYYY-MM-DD, found {value!r}", column) from None


def _row(
    row: dict[str, str],
    parsed: ParsedFile,
    related: bool,
    publisher: str | None,
    line: int,
    name: str,
    skip_unknown: bool,
) -> Observation:
    if not row.get("period_start") and not row.get("period_end"):
        # An undated figure (e.g. "12,000-15,000 visas a year") cannot be placed in a series;
        # it is listed as skipped, not silently dropped.
        raise _Skip(
            "no period given; an undated figure cannot be placed in a series", "period_start"
        )
    start = _date(row["period_start"], "period_start")
    end = _date(row["period_end"], "period_end")
    kind = row["period_kind"] or None
    try:
        period = Period.from_dates(start, end, kind)
    except ValueError as exc:
        raise _Bad(str(exc), "period_kind") from None
    origin, _ = _country(row["origin"], "origin", skip_unknown)
    destination, region = _country(row["destination"], "destination", skip_unknown)
    purpose = row["purpose"]
    if related:
        if not _MEASURE.match(purpose):
            raise _Bad(
                f"expected a measure name like enrolled_students, found {purpose!r}", "purpose"
            )
        measure, unit = purpose, _unit_of_measure(purpose)
    else:
        try:
            purpose = Purpose(purpose).value
        except ValueError:
            allowed = ", ".join(p.value for p in Purpose)
            raise _Bad(
                f"unknown purpose {purpose!r}; expected one of {allowed}", "purpose"
            ) from None
        measure, unit = MEASURE_ENTRIES, "entries"
    try:
        qualifier = Qualifier(row["qualifier"] or "exact")
    except ValueError:
        allowed = ", ".join(q.value for q in Qualifier)
        raise _Bad(
            f"unknown qualifier {row['qualifier']!r}; expected one of {allowed}", "qualifier"
        ) from None
    count: int | None
    if row["count"] == "":
        if qualifier != Qualifier.WITHHELD:
            raise _Bad("empty count; leave a count empty only with qualifier 'withheld'", "count")
        count = None
    else:
        if qualifier == Qualifier.WITHHELD:
            raise _Bad("a withheld figure must have an empty count", "count")
        try:
            count = parse_count(row["count"])
        except ValueError as exc:
            raise _Bad(str(exc), "count") from None
    published = row.get("source_date") or None
    if published and not _PUBLISHED.match(published):
        raise _Bad(f"expected YYYY-MM-DD or YYYY-MM, found {published!r}", "source_date")
    if not row["source_outlet"]:
        raise _Bad("every figure needs its source: source_outlet is empty", "source_outlet")
    reporter, outlet, chain = split_outlet(row["source_outlet"])
    note = row.get("note") or None
    if related:
        m = re.search(r"\(([^)]+)\)", reporter)
        pub = publisher or (m[1] if m else reporter)
    else:
        pub = publisher or ENTRIES_PUBLISHER
    return Observation(
        origin=origin,
        destination=destination,
        purpose=purpose,
        period=period,
        count=count,
        qualifier=qualifier,
        provenance=Provenance(
            publisher=pub,
            reporter=reporter,
            outlet=outlet,
            chain=chain,
            url=row["source_url"] or None,
            published=published,
            quote=first_quote(note),
            note=note,
            primary=False,
        ),
        source_key=parsed.source_key,
        measure=measure,
        unit=unit,
        region=region,
        row=line,
    )
