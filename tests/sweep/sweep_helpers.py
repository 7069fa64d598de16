"""Tiny corpora in each published format, and a toy batch function for engine tests."""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sanctionwatch.sweep.readers import Document

ARTICLES = [
    {
        "id": "a1",
        "url": "https://news.example/a1",
        "date": "2025-02-10",
        "lang": "en",
        "text": "In 2024, 13221 citizens of North Korea entered Russia, and 7 ministers met.",
    },
    {
        "id": "a2",
        "url": "https://news.example/a2",
        "date": "2025-03-01",
        "lang": "ru",
        "text": "В 2024 году в Россию въехали 13 221 гражданин КНДР.",
    },
    {
        "id": "a3",
        "url": "https://news.example/a3",
        "date": None,
        "lang": None,
        "text": "Nothing with a figure here.",
    },
    {
        "id": "a4",
        "url": "https://news.example/a4",
        "date": "2025-04-02T08:00:00Z",
        "lang": "ko",
        "text": "북한 노동자 15000명이 러시아에 갔다. 또 42명.",
    },
]


def write_jsonl(
    path: Path,
    records: Sequence[dict[str, Any]],
    *,
    bad_line_after: int | None = None,
    gz: bool = False,
) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if bad_line_after is not None:
        lines.insert(bad_line_after, '{"id": "broken", "text": "unterminated')
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def write_parquet(path: Path, records: Sequence[dict[str, Any]], row_group_size: int = 2) -> Path:
    cols = {k: [r.get(k) for r in records] for k in ("id", "url", "date", "lang", "text")}
    pq.write_table(pa.table(cols), path, row_group_size=row_group_size)
    return path


def warc_bytes(records: Sequence[dict[str, Any]], *, gz: bool) -> tuple[bytes, list[int]]:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for r in records:
        offsets.append(buf.tell())
        html = (
            f"<html><head><title>{r['id']}</title></head><body><article><p>{r['text']}</p>"
            "</article></body></html>"
        ).encode()
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        rec = writer.create_warc_record(
            r["url"],
            "response",
            payload=io.BytesIO(html),
            http_headers=headers,
            # fixed ids and dates: the same records always give the same bytes and offsets
            warc_headers_dict={
                "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{len(offsets):012d}>",
                "WARC-Date": "2025-05-01T00:00:00Z",
            },
        )
        writer.write_record(rec)
    return buf.getvalue(), offsets


def write_warc(
    path: Path, records: Sequence[dict[str, Any]], *, gz: bool = True, corrupt: int | None = None
) -> Path:
    data, offsets = warc_bytes(records, gz=gz)
    if corrupt is not None:
        b = bytearray(data)
        at = offsets[corrupt] + (30 if gz else 5)
        b[at : at + 12] = b"XXXXXXXXXXXX"
        data = bytes(b)
    path.write_bytes(data)
    return path


class ToyBatch:
    """Every number in the text is a 'claim'; even numbers are 'supported'. For engine tests only:
    it exercises ordering, resumption and transport without depending on the claims package."""

    def __init__(self, tag: str = "toy") -> None:
        self.tag = tag

    def __call__(
        self, docs: Sequence[Document]
    ) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        rows: list[dict[str, Any]] = []
        failures = []
        for d in docs:
            text = d.text if d.text is not None else re.sub(r"<[^>]+>", " ", d.html or "")
            if "EXPLODE" in text:
                failures.append((d.id, "ValueError: boom"))
                continue
            for m in re.finditer(r"\d+", text):
                n = int(m.group())
                rows.append(
                    {
                        "doc": d.id,
                        "url": d.url,
                        "lang": d.lang,
                        "sentence": text[:40],
                        "span_start": m.start(),
                        "span_end": m.end(),
                        "quantity": float(n),
                        "qualifier": "exact",
                        "explanation": self.tag,
                        "verdict": "supported" if n % 2 == 0 else "not_enough_data",
                        "_seq": d.seq,
                    }
                )
        return rows, failures


def make_toy() -> ToyBatch:
    return ToyBatch()


class ShippedOnce(ToyBatch):
    """A toy batch function that tags rows with the identity of its unpickled copy: as many
    distinct tags as workers means it was shipped once per worker, not once per batch."""

    def __setstate__(self, state: dict[str, Any]) -> None:
        import uuid

        self.__dict__.update(state)
        self.tag = uuid.uuid4().hex


def make_shipped_once() -> ShippedOnce:
    return ShippedOnce("driver")
