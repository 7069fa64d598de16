"""The ``claims extract`` / ``claims check`` commands: inputs, streaming order, workers, bad input.

The batch machinery is tested with a stand-in extractor (every number but a year is a claim) so
these tests pin down the command and not the extraction rules; one test runs the real extractor.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import types
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.cli import main
from sanctionwatch.model.claim import Claim


def fake_extract_claims(
    text: str, *, lang: str = "auto", doc_date: date | None = None, doc_id: str = "doc"
) -> list[Claim]:
    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)
    out = []
    for m in re.finditer(r"\d[\d,]*\d|\d", text):
        s = m.group()
        if year and m.start() == year.start():
            continue
        out.append(
            Claim(
                doc_id,
                text,
                m.span(),
                float(s.replace(",", "")),
                "exact",
                "persons",
                "KP",
                "RU",
                "total",
                year.group() if year else None,
                None,
                f"date={doc_date}",
                lang,
                (0, len(text)),
                s,
            )
        )
    return out


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("sanctionwatch.claims.extract")
    module.extract_claims = fake_extract_claims  # type: ignore[attr-defined]
    # worker processes are forked, so they see the stand-in too
    monkeypatch.setitem(sys.modules, "sanctionwatch.claims.extract", module)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(tmp_path_factory.mktemp("cli")) / "t.duckdb"


def run(
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    db: Path,
    stdin: bytes | None = None,
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["sanctionwatch", "--db", str(db), *args])
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


pytestmark = pytest.mark.usefixtures("fake_extractor")


def test_text_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("In 2024, 13,221 people crossed; 7887 came to study.", "utf-8")
    code, out, err = run(
        ["claims", "extract", str(f), "--format", "jsonl", "--date", "2025-02-10"],
        monkeypatch,
        capsys,
        db,
    )
    assert code == 0, err
    rows = jsonl(out)
    assert [r["quantity"] for r in rows] == [13221, 7887]
    assert rows[0]["doc"] == "story.txt" and rows[0]["span"] == [9, 15]
    assert rows[0]["attribution"] == "date=2025-02-10" and rows[0]["lang"] == "en"


def test_html_file_main_text_and_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path
) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><meta property='article:published_time' content='2025-03-04T10:00:00Z'>"
        "<title>t</title></head><body><nav>Menu 42</nav><article><p>In 2024, 5,263 North "
        "Koreans crossed into Russia in the third quarter, border data show, and the share "
        "of students rose sharply again.</p></article></body></html>",
        "utf-8",
    )
    code, out, err = run(
        ["claims", "extract", str(f), "--format", "jsonl"], monkeypatch, capsys, db
    )
    assert code == 0, err
    rows = jsonl(out)
    assert [r["quantity"] for r in rows] == [5263]
    assert rows[0]["attribution"] == "date=2025-03-04"
    assert "<" not in rows[0]["sentence"]


def test_jsonl_lines_keep_their_own_id_lang_and_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path
) -> None:
    f = tmp_path / "docs.jsonl"
    lines = [
        {"id": "c1", "text": "In 2024, 13,221 entered.", "lang": "en", "date": "2025-01-05"},
        {"id": "c2", "text": "В 2024 году въехали 7887 человек."},
        {"id": "c3", "text": "No figures here."},
        {"id": 4, "text": "2024年有5000人。", "lang": "zh", "date": None},
    ]
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", "utf-8")
    code, out, err = run(
        ["claims", "extract", str(f), "--format", "jsonl", "--date", "2025-06-01"],
        monkeypatch,
        capsys,
        db,
    )
    assert code == 0, err
    rows = jsonl(out)
    assert [(r["doc"], r["quantity"], r["lang"], r["attribution"]) for r in rows] == [
        ("c1", 13221, "en", "date=2025-01-05"),
        ("c2", 7887, "ru", "date=2025-06-01"),  # --date fills a line without one
        ("4", 5000, "zh", "date=2025-06-01"),
    ]


def test_standard_input_and_json_array(
    monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path
) -> None:
    code, out, err = run(
        ["claims", "extract", "-", "--format", "json"],
        monkeypatch,
        capsys,
        db,
        stdin=b'{"id": "s1", "text": "In 2024, 38 and 332."}\n',
    )
    assert code == 0, err
    rows = json.loads(out)
    assert [r["quantity"] for r in rows] == [38, 332]
    code, out, _ = run(
        ["claims", "extract", "-", "--format", "json"],
        monkeypatch,
        capsys,
        db,
        stdin=b"nothing to see",
    )
    assert code == 0 and json.loads(out) == []


def test_gzip_jsonl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path) -> None:
    f = tmp_path / "docs.jsonl.gz"
    f.write_bytes(gzip.compress(b'{"id": "g1", "text": "In 2024, 812 came."}\n'))
    code, out, err = run(
        ["claims", "extract", str(f), "--format", "jsonl"], monkeypatch, capsys, db
    )
    assert code == 0, err
    assert [r["quantity"] for r in jsonl(out)] == [812]


def test_two_workers_give_the_same_output_in_input_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path
) -> None:
    f = tmp_path / "many.jsonl"
    with f.open("w", encoding="utf-8") as fh:
        for i in range(300):  # several chunks, so the pool is really used
            fh.write(
                json.dumps({"id": f"d{i:03d}", "text": f"In 2024, {i + 10} and {i * 7 + 11}."})
            )
            fh.write("\n")
    args = ["claims", "check", str(f), "--format", "jsonl"]
    c1, one, e1 = run([*args, "--workers", "1"], monkeypatch, capsys, db)
    c2, two, e2 = run([*args, "--workers", "2"], monkeypatch, capsys, db)
    assert c1 == c2 == 0, e1 + e2
    assert one == two
    rows = jsonl(two)
    assert len(rows) == 600
    assert [r["doc"] for r in rows[::2]] == [f"d{i:03d}" for i in range(300)]
    assert {r["verdict"] for r in rows} <= {"supported", "contradicted", "not_enough_data"}


def test_check_gives_verdicts_against_the_bundled_statistics(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path
) -> None:
    f = tmp_path / "a.txt"
    f.write_text("In 2024, 13,221 North Koreans entered Russia, not 13.", "utf-8")
    code, out, err = run(["claims", "check", str(f), "--format", "json"], monkeypatch, capsys, db)
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["quantity"], r["verdict"]) for r in rows] == [
        (13221, "supported"),
        (13, "contradicted"),
    ]
    assert rows[1]["observed"]["count"] == 13221 and "13,221" in rows[1]["explanation"]
    assert rows[0]["observed"]["sources"]


def test_human_output_goes_to_stdout_messages_to_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path
) -> None:
    f = tmp_path / "a.txt"
    f.write_text("In 2024, 13,221 North Koreans entered Russia.", "utf-8")
    code, out, err = run(["claims", "check", str(f)], monkeypatch, capsys, db)
    assert code == 0
    assert "supported" in out and "13,221" in out
    assert "1 document(s), 1 claim(s)" in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"id": "a", "text": "ok 12"}\n{"id": "b", "text": "x"\n', ["row 2", "not valid JSON"]),
        (b'{"id": "a", "text": "ok"}\n\n["a list"]\n', ["row 3", "expected a JSON object"]),
        (b'{"id": "a", "date": "10/02/2025", "text": "ok"}\n', ["row 1", "'date'", "YYYY-MM-DD"]),
        (b'{"id": "a", "body": "ok"}\n', ["row 1", "'text'", "expected a string"]),
        (b'{"id": "a", "text": "ok", "lang": "fr"}\n', ["row 1", "'lang'", "en, ru, ko, zh"]),
        (b'{"id": "a", "text": "ok \xff"}\n', ["row 1", "UTF-8"]),
    ],
)
def test_bad_jsonl_line_exits_2_naming_file_and_line(
    content: bytes,
    expected: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    db: Path,
) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_bytes(content)
    code, out, err = run(["claims", "check", str(f), "--format", "jsonl"], monkeypatch, capsys, db)
    assert code == 2
    assert out == ""  # nothing written, not even the claims of good lines before it
    flat = " ".join(err.split())
    assert "bad.jsonl" in flat
    for e in expected:
        assert e in flat, flat


@pytest.mark.parametrize(
    "args",
    [
        ["claims", "extract", "/nonexistent/story.txt", "--format", "jsonl"],
        ["claims", "extract", "-", "--date", "2025-13-01", "--format", "jsonl"],
        ["claims", "extract", "-", "--lang", "fr", "--format", "jsonl"],
        ["claims", "extract", "-", "--format", "csv"],
    ],
)
def test_bad_usage_exits_2(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: Any, db: Path
) -> None:
    code, out, _ = run(args, monkeypatch, capsys, db, stdin=b"In 2024, 5 came.")
    assert code == 2 and out == ""
