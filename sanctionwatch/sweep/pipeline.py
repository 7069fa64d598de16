"""The sweep's batch function and its output schema: documents in, one row per checked claim out.

Every engine (one process, local workers, Ray) calls the same :func:`run_batch` with the same
picklable batch function, so the engines cannot drift apart. A batch function takes a sequence of
:class:`Document` and returns ``(rows, failures)``: ``rows`` are dicts with the output columns plus
``_seq`` (the document's position in its file), in document order, and ``_kind`` ``"name"`` for
a name-screening row (default ``"claim"``); ``failures`` are
``(document id, message)`` for documents the pipeline could not process (listed at the end of the
sweep instead of stopping it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pyarrow as pa

from sanctionwatch.sweep.readers import Document

# The fixed output schema (CONTRACTS.md `sweep`, plus observed_* and explanation for traceability).
OUTPUT_SCHEMA = pa.schema(
    [
        ("doc", pa.string()),
        ("url", pa.string()),
        ("date", pa.date32()),
        ("lang", pa.string()),
        ("sentence", pa.string()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("number_text", pa.string()),
        ("quantity", pa.float64()),
        ("qualifier", pa.string()),
        ("unit", pa.string()),
        ("origin", pa.string()),
        ("destination", pa.string()),
        ("purpose", pa.string()),
        ("period", pa.string()),
        ("comparison_kind", pa.string()),
        ("comparison_value", pa.float64()),
        ("comparison_baseline", pa.string()),
        ("attribution", pa.string()),
        ("verdict", pa.string()),
        ("observed_count", pa.float64()),
        ("observed_period", pa.string()),
        ("observed_purpose", pa.string()),
        ("observed_qualifier", pa.string()),
        ("observed_sources", pa.string()),  # JSON array: outlet, url, date of each source
        ("explanation", pa.string()),
    ]
)
OUTPUT_COLUMNS = tuple(OUTPUT_SCHEMA.names)
# With --screen, one row per list match of a name found in a document's text, in a second file.
NAMES_SCHEMA = pa.schema(
    [
        ("doc", pa.string()),
        ("url", pa.string()),
        ("date", pa.date32()),
        ("lang", pa.string()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("name_text", pa.string()),  # the name as written in the text
        ("list_ref", pa.string()),
        ("listed_name", pa.string()),
        ("matched_name", pa.string()),  # the list name (primary or alias) that matched
        ("score", pa.float64()),
        ("list", pa.string()),
        ("explanation", pa.string()),
    ]
)
NAMES_COLUMNS = tuple(NAMES_SCHEMA.names)
# Rows in flight carry both kinds in one schema (``_kind`` says which), their document's
# position and their rank within it, for a stable order whatever the engine.
BATCH_SCHEMA = (
    pa.unify_schemas([OUTPUT_SCHEMA, NAMES_SCHEMA])
    .append(pa.field("_kind", pa.string()))
    .append(pa.field("_seq", pa.int64()))
    .append(pa.field("_claim", pa.int64()))
)
_BATCH_COLUMNS = tuple(n for n in BATCH_SCHEMA.names if not n.startswith("_"))

Failure = tuple[str, str]
BatchFn = Callable[[Sequence[Document]], tuple[list[dict[str, Any]], list[Failure]]]


def run_batch(fn: BatchFn, docs: Sequence[Document]) -> tuple[pa.Table, list[Failure]]:
    """Run the batch function and shape its rows into the fixed schema, with order keys."""
    rows, failures = fn(docs)
    ranks: dict[int, int] = {}
    shaped = []
    for row in rows:
        seq = int(row["_seq"])
        rank = ranks.get(seq, 0)
        ranks[seq] = rank + 1
        shaped.append(
            {
                **{c: row.get(c) for c in _BATCH_COLUMNS},
                "_kind": row.get("_kind", "claim"),
                "_seq": seq,
                "_claim": rank,
            }
        )
    return pa.Table.from_pylist(shaped, schema=BATCH_SCHEMA), failures


class ClaimSweeper:
    """The real batch function: main text from HTML, claims extracted, checked against a snapshot
    of the statistics, and (with a matcher) the names in the text screened against the lists.

    Picklable: the engines ship it to each worker once (process initialiser, Ray actor)."""

    def __init__(self, snapshot: Any, matcher: Any | None = None) -> None:
        self.snapshot = snapshot
        self.matcher = matcher

    def __call__(self, docs: Sequence[Document]) -> tuple[list[dict[str, Any]], list[Failure]]:
        # The same per-document work as `claims check` (HTML main text and date, language
        # detection, extraction, verification), so a sweep and a single check cannot disagree.
        from sanctionwatch.claims.batch import Document as ClaimsDocument
        from sanctionwatch.claims.batch import process_one
        from sanctionwatch.claims.document import read_html

        rows: list[dict[str, Any]] = []
        failures: list[Failure] = []
        for doc in docs:
            # One article that breaks the extractor must not stop a sweep of millions: it is
            # listed with its error at the end, and the others go on.
            try:
                text, doc_date = doc.text, _parse_date(doc.date)
                if text is None:
                    text, html_date = read_html(doc.html or "")
                    doc_date = doc_date or html_date
                result = process_one(
                    ClaimsDocument(
                        id=doc.id, text=text, lang=doc.lang or "auto", date=doc_date, url=doc.url
                    ),
                    self.snapshot,
                )
                for cc in result.checked or []:
                    row = claim_row(doc, result.date, cc)
                    row["lang"] = cc.claim.lang or result.lang
                    rows.append(row)
                if self.matcher is not None:
                    rows.extend(self._names(doc, text, result.date, result.lang))
            except ImportError:
                raise  # a broken installation, not a broken article
            except Exception as exc:
                failures.append((doc.id, f"{type(exc).__name__}: {exc}"))
        return rows, failures

    def _names(
        self, doc: Document, text: str, doc_date: date | None, lang: str | None
    ) -> list[dict[str, Any]]:
        from sanctionwatch.screen.documents import screen_text

        out = []
        for found in screen_text(text, self.matcher):
            for m in found.matches:
                out.append(
                    {
                        "_kind": "name",
                        "_seq": doc.seq,
                        "doc": doc.id,
                        "url": doc.url,
                        "date": doc_date,
                        "lang": lang or doc.lang,
                        "span_start": found.start,
                        "span_end": found.end,
                        "name_text": found.text,
                        "list_ref": m.ref,
                        "listed_name": m.name,
                        "matched_name": m.matched_name,
                        "score": float(m.score),
                        "list": m.list_name,
                        "explanation": m.explanation,
                    }
                )
        return out


def claim_row(doc: Document, doc_date: date | None, checked: Any) -> dict[str, Any]:
    """One output row from a document and a CheckedClaim."""
    c = checked.claim
    obs = checked.observed or {}
    comp = c.comparison
    count = obs.get("count")
    return {
        "doc": doc.id,
        "url": doc.url,
        "date": doc_date,
        "lang": c.lang or doc.lang,
        "sentence": c.sentence,
        "span_start": c.span[0],
        "span_end": c.span[1],
        "number_text": c.text or None,
        "quantity": c.quantity,
        "qualifier": c.qualifier,
        "unit": c.unit,
        "origin": c.origin,
        "destination": c.destination,
        "purpose": c.purpose,
        "period": c.period,
        "comparison_kind": comp.kind if comp else None,
        "comparison_value": comp.value if comp else None,
        "comparison_baseline": comp.baseline_period if comp else None,
        "attribution": c.attribution,
        "verdict": checked.verdict,
        "observed_count": float(count) if count is not None else None,
        "observed_period": _str(obs.get("period")),
        "observed_purpose": _str(obs.get("purpose")),
        "observed_qualifier": _str(obs.get("qualifier")),
        "observed_sources": json.dumps(
            obs["sources"], ensure_ascii=False, sort_keys=True, default=str
        )
        if obs.get("sources") is not None
        else None,
        "explanation": checked.explanation,
        "_seq": doc.seq,
    }


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# -- documents as Arrow, for engines that move them between processes (Ray) ------------------
DOC_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("url", pa.string()),
        ("date", pa.string()),
        ("lang", pa.string()),
        ("text", pa.string()),
        ("html", pa.string()),
        ("seq", pa.int64()),
    ]
)


def documents_to_columns(docs: Sequence[Document]) -> dict[str, list[Any]]:
    return {
        "id": [d.id for d in docs],
        "url": [d.url for d in docs],
        "date": [d.date for d in docs],
        "lang": [d.lang for d in docs],
        "text": [d.text for d in docs],
        "html": [d.html for d in docs],
        "seq": [d.seq for d in docs],
    }


def documents_from_table(table: pa.Table) -> list[Document]:
    return [
        Document(
            id=r["id"],
            url=r["url"],
            date=r["date"],
            lang=r["lang"],
            text=r["text"],
            html=r["html"],
            seq=r["seq"],
        )
        for r in table.select(DOC_SCHEMA.names).to_pylist()
    ]
