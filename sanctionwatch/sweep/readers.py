"""Corpus readers: JSON Lines (plain or gzip), Parquet and WARC files streamed as documents.

Every reader yields :class:`Document` records one at a time (bounded memory: one line, one
Parquet batch or one WARC record at a time) and keeps going past a corrupt record: the record is
appended to ``problems`` with the file and the line or byte offset, and the sweep lists them at the
end. Problems that make a whole file unusable before anything is read (missing file, unknown
format, a Parquet file without the needed columns) raise :class:`InputError` from
:func:`check_inputs` instead, so a sweep with a wrong argument stops before writing anything.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sanctionwatch.errors import InputError, InputProblem

FORMATS = ("jsonl", "parquet", "warc")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$")


@dataclass(frozen=True, slots=True)
class Document:
    """One article: ``text`` is the main text, or ``html`` the page to extract it from (in the
    worker, where the CPU time is). ``seq`` is its position in its file, for a stable order."""

    id: str
    url: str | None
    date: str | None  # YYYY-MM-DD publication date, None when unknown
    lang: str | None
    text: str | None
    html: str | None
    seq: int


@dataclass(frozen=True, slots=True)
class CorruptRecord:
    """A record that could not be read; the sweep went on without it."""

    file: str
    where: str  # "line 12 (byte 3456)", "row 2048", "byte 10240"
    message: str

    def __str__(self) -> str:
        return f"{self.file}, {self.where}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        return {"file": self.file, "where": self.where, "message": self.message}


def detect_format(path: Path) -> str:
    """Tell the corpus format from the file's first bytes (names lie more often than magic)."""
    with open(path, "rb") as fh:
        head = fh.read(8)
        if head[:4] == b"PAR1":
            return "parquet"
        if head[:2] == b"\x1f\x8b":
            fh.seek(0)
            try:
                with gzip.GzipFile(fileobj=fh) as gz:
                    head = gz.read(64).lstrip()
            except (OSError, EOFError, zlib.error):
                # Corrupt from the first member: go by the name so it is reported, not refused.
                return "warc" if ".warc" in path.name.lower() else "jsonl"
    if head.startswith(b"WARC/"):
        return "warc"
    if not head.strip() or head.lstrip()[:1] == b"{":
        return "jsonl"
    raise InputError.one(
        "unrecognised corpus format: expected JSON Lines (optionally .gz), Parquet or WARC",
        file=str(path),
    )


def check_inputs(paths: list[Path]) -> dict[Path, str]:
    """Check every input before the sweep starts; return each file's format.

    Raises InputError listing every unusable file (missing, unknown format, Parquet file
    without an ``id`` column or without a ``text`` or ``html`` column)."""
    problems: list[InputProblem] = []
    formats: dict[Path, str] = {}
    for p in paths:
        if not p.is_file():
            problems.append(InputProblem("no such file", file=str(p)))
            continue
        try:
            fmt = detect_format(p)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if fmt == "parquet":
            problems.extend(_check_parquet_columns(p))
        formats[p] = fmt
    if problems:
        raise InputError(problems)
    return formats


def _check_parquet_columns(path: Path) -> list[InputProblem]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        names = set(pq.read_schema(path).names)
    except (pa.ArrowException, OSError):
        return []  # an unreadable footer is reported as a corrupt record when the sweep reaches it
    out = []
    if "id" not in names:
        out.append(InputProblem("Parquet corpus has no 'id' column", file=str(path), column="id"))
    if "text" not in names and "html" not in names:
        out.append(
            InputProblem("Parquet corpus needs a 'text' or an 'html' column", file=str(path))
        )
    return out


class CorpusReader:
    """Streams the documents of one corpus file; ``problems`` collects its corrupt records and
    ``bytes_read`` tells how far into the file (compressed bytes) the reader has got."""

    def __init__(self, path: Path, fmt: str | None = None) -> None:
        self.path = path
        self.name = str(path)
        self.format = fmt or detect_format(path)
        if self.format not in FORMATS:
            raise ValueError(f"unknown corpus format {self.format!r}")
        self.problems: list[CorruptRecord] = []
        self.bytes_read = 0
        self.documents_read = 0
        self.skipped_records = 0  # WARC records that are not HTML responses

    def documents(self) -> Iterator[Document]:
        gen = {"jsonl": self._jsonl, "parquet": self._parquet, "warc": self._warc}[self.format]
        for doc in gen():
            self.documents_read += 1
            yield doc

    def _problem(self, where: str, message: str) -> None:
        self.problems.append(CorruptRecord(self.name, where, message))

    # -- JSON Lines ------------------------------------------------------------------
    def _jsonl(self) -> Iterator[Document]:
        with open(self.path, "rb") as raw:
            gz = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            stream: Any = gzip.GzipFile(fileobj=raw) if gz else raw
            line_no = 0
            offset = 0  # of the line start, in uncompressed bytes
            try:
                for line in stream:
                    line_no += 1
                    start = offset
                    offset += len(line)
                    self.bytes_read = raw.tell()
                    if not line.strip():
                        continue
                    where = f"line {line_no} (byte {start})"
                    try:
                        obj = json.loads(line)
                    except (ValueError, UnicodeDecodeError) as exc:
                        self._problem(where, f"not valid JSON ({_short(exc)})")
                        continue
                    if not isinstance(obj, dict):
                        self._problem(where, f"expected a JSON object, got {type(obj).__name__}")
                        continue
                    doc = self._document(obj, where)
                    if doc is not None:
                        yield doc
            except (EOFError, OSError, zlib.error) as exc:
                where = f"after line {line_no} (uncompressed byte {offset})"
                self._problem(
                    where,
                    f"compressed data truncated or corrupt ({_short(exc)}); "
                    "the rest of this file was skipped",
                )
            self.bytes_read = raw.tell()

    # -- Parquet -----------------------------------------------------------------------
    def _parquet(self) -> Iterator[Document]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(self.path)
        except (pa.ArrowException, OSError) as exc:
            self._problem("byte 0", f"not a readable Parquet file ({_short(exc)}); file skipped")
            return
        wanted = [
            c for c in ("id", "url", "date", "lang", "text", "html") if c in pf.schema_arrow.names
        ]
        size = self.path.stat().st_size
        total_rows = max(pf.metadata.num_rows, 1)
        row = 0
        for rg in range(pf.num_row_groups):
            rg_rows = pf.metadata.row_group(rg).num_rows
            rg_start = row
            try:
                for batch in pf.iter_batches(batch_size=1024, row_groups=[rg], columns=wanted):
                    for obj in batch.to_pylist():
                        doc = self._document(obj, f"row {row}")
                        row += 1
                        if doc is not None:
                            yield doc
                    self.bytes_read = int(size * row / total_rows)
            except (pa.ArrowException, OSError) as exc:
                self._problem(
                    f"row group {rg} (rows {rg_start}-{rg_start + rg_rows - 1})",
                    f"unreadable ({_short(exc)}); rows from {row} in this row group skipped",
                )
            row = rg_start + rg_rows
        self.bytes_read = size

    # -- WARC ------------------------------------------------------------------------
    def _warc(self) -> Iterator[Document]:
        # warcio stops at the first bad record; it has no resynchronisation, so we find the next
        # record start ourselves (a gzip member or a "WARC/1." line) and start a new iterator there.
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        with open(self.path, "rb") as raw:
            gz = raw.read(2) == b"\x1f\x8b"
            base = 0
            seq = 0
            while True:
                raw.seek(base)
                it = ArchiveIterator(raw)
                rec_start = next_start = base
                finished = True  # no record of this iterator is half-read
                try:
                    for record in it:
                        rec_start = next_start
                        finished = False
                        self.bytes_read = rec_start
                        doc = self._warc_document(record, rec_start, seq)
                        # read_to_end leaves it.offset at the next record's absolute start;
                        # get_record_offset() must not be called first: it would drain the body.
                        it.read_to_end()
                        next_start = it.offset
                        finished = True
                        if doc is not None:
                            seq += 1
                            yield doc
                    break
                except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
                    bad_at = next_start if finished else rec_start
                    nxt = _next_record_start(raw, bad_at + 1, gz)
                    tail = (
                        f"reading resumed at byte {nxt}"
                        if nxt is not None
                        else "the rest of this file was skipped"
                    )
                    self._problem(f"byte {bad_at}", f"corrupt WARC record ({_short(exc)}); {tail}")
                    if nxt is None:
                        break
                    base = nxt
            self.bytes_read = self.path.stat().st_size

    def _warc_document(self, record: Any, offset: int, seq: int) -> Document | None:
        if record.rec_type != "response" or record.http_headers is None:
            self.skipped_records += 1
            return None
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
        status = record.http_headers.get_statuscode() or ""
        if not any(t in ctype for t in _HTML_TYPES) or not status.startswith("2"):
            self.skipped_records += 1
            return None
        body = record.content_stream().read()
        rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
        url = record.rec_headers.get_header("WARC-Target-URI")
        if not rid:
            rid = url or f"{self.path.name}@{offset}"
        lang = record.http_headers.get_header("Content-Language")
        # The WARC-Date is the crawl date, not the publication date: the page's own date is
        # taken from the HTML later; without one the date stays unknown.
        return Document(
            id=rid,
            url=url,
            date=None,
            lang=_lang(lang),
            text=None,
            html=_decode_html(body, ctype),
            seq=seq,
        )

    # -- shared ----------------------------------------------------------------------
    def _document(self, obj: Mapping[str, Any], where: str) -> Document | None:
        raw_id = obj.get("id")
        url = obj.get("url")
        if url is not None and not isinstance(url, str):
            url = str(url)
        if raw_id is None or raw_id == "":
            if not url:
                self._problem(where, "record has no 'id' (and no 'url' to use instead); skipped")
                return None
            raw_id = url
        text, html = obj.get("text"), obj.get("html")
        if not (isinstance(text, str) and text.strip()) and not (
            isinstance(html, str) and html.strip()
        ):
            self._problem(
                where, f"record {raw_id!s} has neither a 'text' nor an 'html' string; skipped"
            )
            return None
        doc_date = None
        raw_date = obj.get("date")
        if raw_date not in (None, ""):
            doc_date = _date(raw_date)
            if doc_date is None:
                self._problem(
                    where,
                    f"record {raw_id!s}: 'date' {raw_date!r} is not YYYY-MM-DD; "
                    "the document was read without a date",
                )
        lang = obj.get("lang")
        return Document(
            id=str(raw_id),
            url=url or None,
            date=doc_date,
            lang=_lang(lang if isinstance(lang, str) else None),
            text=text if isinstance(text, str) and text.strip() else None,
            html=None if isinstance(text, str) and text.strip() else html,
            seq=self.documents_read,
        )


def _date(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        m = _DATE_RE.match(value.strip())
        if m:
            try:
                return date.fromisoformat(m.group(1)).isoformat()
            except ValueError:
                return None
    return None


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    return value.split(",")[0].split("-")[0].split("_")[0].strip().lower() or None


def _decode_html(body: bytes, ctype: str) -> str:
    m = re.search(r"charset=([\w.:-]+)", ctype)
    if m:
        try:
            return body.decode(m.group(1).strip("\"'"), errors="replace")
        except LookupError:
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        return str(best) if best is not None else body.decode("utf-8", errors="replace")


def _short(exc: BaseException) -> str:
    text = "".join(c if c.isprintable() and c.isascii() else repr(c)[1:-1] for c in str(exc))
    return text if len(text) <= 120 else text[:117] + "..."


def _next_record_start(raw: Any, start: int, gz: bool) -> int | None:
    """Offset of the next plausible record start at or after ``start``, or None."""
    marker = b"\x1f\x8b\x08" if gz else b"WARC/1."
    chunk = 1 << 20
    pos = start
    raw.seek(pos)
    carry = b""
    while True:
        data = raw.read(chunk)
        if not data:
            return None
        buf = carry + data
        i = 0
        while True:
            j = buf.find(marker, i)
            if j < 0:
                break
            at = pos - len(carry) + j
            if gz or (j == 0 and at == 0) or (j > 0 and buf[j - 1 : j] == b"\n"):
                return at
            i = j + 1
        carry = buf[-(len(marker)) :]
        pos += len(data)
