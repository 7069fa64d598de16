"""Batch: documents streamed through extraction and verification on worker processes, in order.

Memory stays bounded: documents are read lazily, grouped into chunks (by count and by size), and
at most ``2 × workers`` chunks are in flight; results come back chunk by chunk in input order.
The :class:`~sanctionwatch.claims.snapshot.Snapshot` is sent to each worker once, at start-up.
JSON Lines input is validated in a first pass so that a bad line stops the run before anything
is written (see :func:`validate_jsonl`); the second pass streams.
"""

from __future__ import annotations

import collections
import itertools
import json
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from sanctionwatch.claims.snapshot import Snapshot
from sanctionwatch.errors import InputError, InputProblem
from sanctionwatch.model.claim import CheckedClaim, Claim

LANGS = ("auto", "en", "ru", "ko", "zh")
MAX_PROBLEMS = 50
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")


@dataclass(frozen=True, slots=True)
class Document:
    """One document to read: plain text, or HTML whose main text and date are extracted."""

    id: str
    text: str
    lang: str = "auto"
    date: date | None = None
    html: bool = False
    url: str | None = None
    size: int = 0  # bytes of input it came from, for progress


@dataclass(slots=True)
class DocResult:
    """What came out of one document; ``error`` is set (and the rest empty) if it failed."""

    id: str
    lang: str
    date: date | None
    url: str | None
    claims: list[Claim] = field(default_factory=list)
    checked: list[CheckedClaim] | None = None
    size: int = 0
    chars: int = 0
    error: str | None = None

    def rows(self) -> list[dict[str, Any]]:
        """The contract's JSON objects: checked claims when verified, else extracted claims."""
        if self.checked is not None:
            return [c.to_dict() for c in self.checked]
        return [c.to_dict() for c in self.claims]


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# -- the work of one document -------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init_worker(snapshot: Snapshot | None) -> None:
    _STATE["snapshot"] = snapshot


def process_one(doc: Document, snapshot: Snapshot | None) -> DocResult:
    """Extract the claims of one document and, with a snapshot, check them."""
    from sanctionwatch.claims.extract import extract_claims  # deferred: the extractor is heavy
    from sanctionwatch.claims.lang import detect_lang

    text, published = doc.text, doc.date
    if doc.html:
        from sanctionwatch.claims.document import read_html

        text, html_date = read_html(doc.text)
        published = published or html_date
    lang = doc.lang if doc.lang != "auto" else detect_lang(text)
    claims = extract_claims(text, lang=lang, doc_date=published, doc_id=doc.id)
    checked = None
    if snapshot is not None:
        from sanctionwatch.claims.verify import check_claims

        checked = check_claims(snapshot, claims)
    return DocResult(doc.id, lang, published, doc.url, claims, checked, doc.size, len(text))


def _process_chunk(docs: list[Document], snapshot: Snapshot | None = None) -> list[DocResult]:
    if snapshot is None:
        snapshot = _STATE.get("snapshot")
    out = []
    for d in docs:
        try:
            out.append(process_one(d, snapshot))
        except ImportError:
            raise
        except Exception as exc:  # one broken document must not sink a corpus; it is reported
            out.append(
                DocResult(
                    d.id, d.lang, d.date, d.url, size=d.size, error=f"{type(exc).__name__}: {exc}"
                )
            )
    return out


def chunked(docs: Iterable[Document], max_docs: int, max_chars: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    chars = 0
    for d in docs:
        chunk.append(d)
        chars += len(d.text)
        if len(chunk) >= max_docs or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the parent's imported modules and snapshot at no cost; elsewhere spawn
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def process_documents(
    docs: Iterable[Document],
    snapshot: Snapshot | None = None,
    workers: int | None = None,
    *,
    chunk_docs: int = 64,
    chunk_chars: int = 1 << 20,
    on_result: Callable[[DocResult], None] | None = None,
) -> Iterator[DocResult]:
    """Results of ``docs`` in input order: extraction, and verification when a snapshot is given.

    ``workers`` defaults to every core; 1 (or an input that fits in one chunk) runs in this
    process. At most ``2 × workers`` chunks of ``chunk_docs`` documents / ``chunk_chars``
    characters are held at once, so memory does not grow with the input.
    """
    n = workers or default_workers()
    chunks = chunked(docs, chunk_docs, chunk_chars)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if n > 1 else None
    if second is None:
        for chunk in itertools.chain([first], chunks if n == 1 else ()):
            for r in _process_chunk(chunk, snapshot):
                if on_result:
                    on_result(r)
                yield r
        return
    window = 2 * n
    with ProcessPoolExecutor(
        n, mp_context=_context(), initializer=_init_worker, initargs=(snapshot,)
    ) as pool:
        pending: collections.deque[Future[list[DocResult]]] = collections.deque()
        source: Iterator[list[Document]] = itertools.chain([first, second], chunks)
        try:
            while True:
                while len(pending) < window:
                    todo = next(source, None)
                    if todo is None:
                        break
                    pending.append(pool.submit(_process_chunk, todo))
                if not pending:
                    break
                for r in pending.popleft().result():
                    if on_result:
                        on_result(r)
                    yield r
        finally:
            for f in pending:
                f.cancel()


# -- JSON Lines input ---------------------------------------------------------------------------


def parse_date(value: object, where: str) -> date:
    """A YYYY-MM-DD date (a timestamp's date part is accepted); ValueError saying what was found."""
    m = _DATE.match(value) if isinstance(value, str) else None
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise ValueError(f"{where} expects a date as YYYY-MM-DD, found {value!r}")


def document_from_record(
    rec: Any, line: int, default_lang: str = "auto", default_date: date | None = None, size: int = 0
) -> Document:
    """A document from one JSON Lines record; ValueError('field: what was expected')."""
    if not isinstance(rec, dict):
        raise ValueError(f'expected a JSON object with "id" and "text", found {type(rec).__name__}')
    text, html = rec.get("text"), False
    if text is None and rec.get("html") is not None:
        text, html = rec.get("html"), True
    if not isinstance(text, str):
        raise ValueError('text: expected a string ("text", or "html" for a web page)')
    doc_id = rec.get("id")
    if doc_id is None:
        doc_id = f"line-{line}"
    elif not isinstance(doc_id, str | int) or isinstance(doc_id, bool):
        raise ValueError(f"id: expected a string, found {doc_id!r}")
    lang = rec.get("lang") or default_lang
    if not isinstance(lang, str) or lang not in LANGS:
        raise ValueError(f"lang: expected one of {', '.join(LANGS)}, found {lang!r}")
    raw_date = rec.get("date")
    try:
        published = default_date if raw_date in (None, "") else parse_date(raw_date, "date")
    except ValueError:
        raise ValueError(f"date: expected a date as YYYY-MM-DD, found {raw_date!r}") from None
    url = rec.get("url")
    return Document(
        str(doc_id), text, lang, published, html, url if isinstance(url, str) else None, size
    )


def _bad_json(exc: json.JSONDecodeError) -> str:
    return (
        f"not valid JSON ({exc.msg} at column {exc.colno}); each line must be one object "
        'like {"id": "a1", "text": "..."}'
    )


def _problem(name: str, line: int, msg: str) -> InputProblem:
    field_name, _, rest = msg.partition(": ")
    if field_name in ("text", "id", "lang", "date") and rest:
        return InputProblem(rest, name, line, field_name)
    return InputProblem(msg, name, line)


def iter_jsonl(
    stream: IO[bytes], name: str, default_lang: str = "auto", default_date: date | None = None
) -> Iterator[Document]:
    """Documents of a JSON Lines stream, one per non-blank line; InputError at the first bad one."""
    for lineno, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
            yield document_from_record(rec, lineno, default_lang, default_date, len(raw))
        except UnicodeDecodeError as exc:
            raise InputError(
                [InputProblem(f"not UTF-8 text ({exc.reason})", name, lineno)]
            ) from None
        except json.JSONDecodeError as exc:
            raise InputError(
                [
                    InputProblem(
                        _bad_json(exc),
                        name,
                        lineno,
                    )
                ]
            ) from None
        except ValueError as exc:
            raise InputError([_problem(name, lineno, str(exc))]) from None


def validate_jsonl(stream: IO[bytes], name: str) -> tuple[int, int]:
    """Check every line (collecting up to 50 problems) without keeping any; (documents, bytes).

    Raises InputError listing the file, line and field of each problem."""
    problems: list[InputProblem] = []
    n = size = 0
    for lineno, raw in enumerate(stream, start=1):
        size += len(raw)
        if not raw.strip():
            continue
        try:
            document_from_record(json.loads(raw), lineno)
            n += 1
        except UnicodeDecodeError as exc:
            problems.append(InputProblem(f"not UTF-8 text ({exc.reason})", name, lineno))
        except json.JSONDecodeError as exc:
            problems.append(
                InputProblem(
                    _bad_json(exc),
                    name,
                    lineno,
                )
            )
        except ValueError as exc:
            problems.append(_problem(name, lineno, str(exc)))
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise InputError(problems)
    return n, size
