"""Corpus readers: each format yields the same documents; corrupt records are reported."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from sweep_helpers import ARTICLES, write_jsonl, write_parquet, write_warc

from sanctionwatch.errors import InputError
from sanctionwatch.sweep.readers import CorpusReader, check_inputs, detect_format


def _read(path: Path) -> tuple[list, list]:
    r = CorpusReader(path)
    docs = list(r.documents())
    return docs, r.problems


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_documents(tmp_path: Path, gz: bool) -> None:
    p = write_jsonl(tmp_path / ("c.jsonl.gz" if gz else "c.jsonl"), ARTICLES, gz=gz)
    docs, problems = _read(p)
    assert problems == []
    assert [d.id for d in docs] == ["a1", "a2", "a3", "a4"]
    assert [d.seq for d in docs] == [0, 1, 2, 3]
    assert docs[0].date == "2025-02-10" and docs[0].lang == "en" and docs[0].url.endswith("/a1")
    assert docs[3].date == "2025-04-02"  # a timestamp keeps its date part
    assert docs[2].date is None and docs[2].lang is None
    assert docs[1].text.startswith("В 2024") and docs[1].html is None


def test_jsonl_corrupt_line_in_the_middle(tmp_path: Path) -> None:
    p = write_jsonl(tmp_path / "c.jsonl", ARTICLES, bad_line_after=2)
    docs, problems = _read(p)
    assert [d.id for d in docs] == ["a1", "a2", "a3", "a4"]
    assert len(problems) == 1
    offset = sum(len(line) + 1 for line in p.read_bytes().split(b"\n")[:2])
    assert problems[0].where == f"line 3 (byte {offset})"
    assert "not valid JSON" in problems[0].message and problems[0].file == str(p)


def test_jsonl_records_without_text_or_id_or_with_bad_date(tmp_path: Path) -> None:
    recs = [
        {"id": "x", "url": "u"},
        {"text": "no id, no url"},
        {"url": "https://u/1", "text": "t"},
        {"id": "d", "date": "10/02/2025", "text": "t"},
        [1, 2],
    ]
    docs, problems = _read(write_jsonl(tmp_path / "c.jsonl", recs))  # type: ignore[arg-type]
    assert [(d.id, d.date) for d in docs] == [("https://u/1", None), ("d", None)]
    msgs = [(p.where.split(" (")[0], p.message) for p in problems]
    assert msgs[0][0] == "line 1" and "neither a 'text' nor an 'html'" in msgs[0][1]
    assert msgs[1][0] == "line 2" and "no 'id'" in msgs[1][1]
    assert msgs[2][0] == "line 4" and "'10/02/2025' is not YYYY-MM-DD" in msgs[2][1]
    assert msgs[3][0] == "line 5" and "expected a JSON object" in msgs[3][1]


def test_truncated_gzip_keeps_what_was_read_and_reports(tmp_path: Path) -> None:
    many = [dict(ARTICLES[0], id=f"d{i}") for i in range(2000)]
    whole = gzip.compress(("\n".join(__import__("json").dumps(r) for r in many) + "\n").encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(whole[: len(whole) // 2])
    docs, problems = _read(p)
    assert 0 < len(docs) < 2000
    assert [d.id for d in docs] == [f"d{i}" for i in range(len(docs))]
    assert len(problems) == 1 and "truncated or corrupt" in problems[0].message
    assert problems[0].where.startswith(f"after line {len(docs)}")


def test_parquet_documents_and_corrupt_row_group(tmp_path: Path) -> None:
    p = write_parquet(tmp_path / "c.parquet", ARTICLES, row_group_size=2)
    docs, problems = _read(p)
    assert [d.id for d in docs] == ["a1", "a2", "a3", "a4"] and problems == []
    assert docs[3].date == "2025-04-02"
    # Damage the first row group's data pages: its rows are reported, the second group is read.
    import pyarrow.parquet as pq

    md = pq.ParquetFile(p).metadata
    rg0 = md.row_group(0)
    cols = [rg0.column(i) for i in range(rg0.num_columns)]
    start = min(c.dictionary_page_offset or c.data_page_offset for c in cols)
    end = max(
        (c.dictionary_page_offset or c.data_page_offset) + c.total_compressed_size for c in cols
    )
    data = bytearray(p.read_bytes())
    data[start:end] = b"\xff" * (end - start)
    p.write_bytes(bytes(data))
    docs, problems = _read(p)
    assert [d.id for d in docs] == ["a3", "a4"]
    assert len(problems) == 1 and problems[0].where == "row group 0 (rows 0-1)"


@pytest.mark.parametrize("gz", [False, True])
def test_warc_documents_and_corrupt_record(tmp_path: Path, gz: bool) -> None:
    p = write_warc(tmp_path / ("c.warc.gz" if gz else "c.warc"), ARTICLES, gz=gz)
    docs, problems = _read(p)
    assert problems == []
    assert [d.url for d in docs] == [a["url"] for a in ARTICLES]
    assert "13221 citizens" in docs[0].html and docs[0].text is None and docs[0].date is None
    assert docs[0].id.startswith("urn:uuid:")
    p2 = write_warc(tmp_path / ("d.warc.gz" if gz else "d.warc"), ARTICLES, gz=gz, corrupt=1)
    docs, problems = _read(p2)
    assert [d.url for d in docs] == [ARTICLES[i]["url"] for i in (0, 2, 3)]
    assert [d.seq for d in docs] == [0, 1, 2]
    assert len(problems) == 1
    from sweep_helpers import warc_bytes

    offsets = warc_bytes(ARTICLES, gz=gz)[1]
    assert problems[0].where == f"byte {offsets[1]}"
    assert f"reading resumed at byte {offsets[2]}" in problems[0].message


def test_detect_format_and_check_inputs(tmp_path: Path) -> None:
    j = write_jsonl(tmp_path / "x.data", ARTICLES, gz=True)
    w = write_warc(tmp_path / "y.data", ARTICLES, gz=True)
    q = write_parquet(tmp_path / "z.data", ARTICLES)
    assert [detect_format(x) for x in (j, w, q)] == ["jsonl", "warc", "parquet"]
    import pyarrow as pa
    import pyarrow.parquet as pq

    bad = tmp_path / "nocols.parquet"
    pq.write_table(pa.table({"id": ["1"], "body": ["x"]}), bad)
    txt = tmp_path / "notes.txt"
    txt.write_text("just words\n")
    with pytest.raises(InputError) as e:
        check_inputs([j, bad, txt, tmp_path / "missing.jsonl"])
    msgs = [str(p) for p in e.value.problems]
    assert any("nocols.parquet" in m and "'text' or an 'html'" in m for m in msgs)
    assert any("notes.txt" in m and "unrecognised corpus format" in m for m in msgs)
    assert any("missing.jsonl" in m and "no such file" in m for m in msgs)
    assert check_inputs([j, w, q]) == {j: "jsonl", w: "warc", q: "parquet"}


def test_html_records_and_typed_parquet_dates(tmp_path: Path) -> None:
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    page = "<html><body><p>In 2024, 13221 citizens of North Korea entered Russia.</p></body></html>"
    docs, problems = _read(write_jsonl(tmp_path / "h.jsonl", [{"id": "h", "html": page}]))
    assert problems == [] and (docs[0].text, docs[0].html) == (None, page)
    p = tmp_path / "typed.parquet"
    pq.write_table(
        pa.table(
            {
                "id": [1, 2],
                "date": pa.array([dt.date(2025, 2, 10), None], pa.date32()),
                "html": [page, page],
            }
        ),
        p,
    )
    docs, problems = _read(p)
    assert problems == []
    assert [(d.id, d.date, d.url, d.html == page) for d in docs] == [
        ("1", "2025-02-10", None, True),
        ("2", None, None, True),
    ]
