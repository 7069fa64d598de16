"""The screen and lists commands: contract JSON, files, bad input, audit export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path, mini_v1: Path) -> list[str]:
    args = ["--db", str(tmp_path / "t.duckdb")]
    r = runner.invoke(app, [*args, "lists", "import", str(mini_v1), "--format", "json"])
    assert r.exit_code == 0, r.output
    return args


def test_screen_json_contract(db: list[str]) -> None:
    r = runner.invoke(app, [*db, "screen", "Park Sung-chul", "Kim Chol Nam", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert [d["query"] for d in data] == ["Park Sung-chul", "Kim Chol Nam"]
    assert data[0]["matches"][0]["ref"] == "KPi.901"
    assert data[0]["matches"][0]["list"] == "UN 1718"
    assert data[1]["matches"] == []


def test_screen_file_csv_with_facts(db: list[str], tmp_path: Path) -> None:
    f = tmp_path / "names.csv"
    f.write_text(
        "name,birth_date,nationality\nPark Sung-chul,1971-04-12,KP\nRi Hyon Su,,\n", "utf-8"
    )
    r = runner.invoke(app, [*db, "screen", "--file", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert [d["matches"][0]["ref"] for d in data] == ["KPi.901", "KPi.902"]
    assert data[0]["birth_date"] == "1971-04-12"
    assert "birth_date" in {f["feature"] for f in data[0]["matches"][0]["features"]}


def test_screen_file_plain_lines(db: list[str], tmp_path: Path) -> None:
    f = tmp_path / "names.txt"
    f.write_text("Choi Myung-ho\n\n최명호\n", "utf-8")
    r = runner.invoke(app, [*db, "screen", "--file", str(f), "--format", "json"])
    data = json.loads(r.stdout)
    assert [d["matches"][0]["ref"] for d in data] == ["KPi.903", "KPi.903"]


def test_bad_csv_row_exit_2(db: list[str], tmp_path: Path) -> None:
    f = tmp_path / "names.csv"
    f.write_text("name,birth_date\nPark Sung-chul,12/04/1971\n", "utf-8")
    r = runner.invoke(app, [*db, "screen", "--file", str(f), "--format", "json"])
    assert r.exit_code == 2
    assert r.stdout == ""


def test_malformed_list_import_exit_2_nothing_written(db: list[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<CONSOLIDATED_LIST><INDIVIDUALS>", "utf-8")
    r = runner.invoke(app, [*db, "lists", "import", str(bad)])
    assert r.exit_code == 2
    v = runner.invoke(app, [*db, "lists", "versions", "--format", "json"])
    assert len(json.loads(v.stdout)) == 1


def test_lists_diff_and_export(db: list[str], mini_v2: Path) -> None:
    r = runner.invoke(app, [*db, "lists", "import", str(mini_v2), "--format", "json"])
    assert json.loads(r.stdout)["added"][0]["ref"] == "KPe.904"
    d = runner.invoke(app, [*db, "lists", "diff", "--format", "json"])
    diff = json.loads(d.stdout)
    assert [x["ref"] for x in diff["removed"]] == ["KPi.905"]
    e = runner.invoke(app, [*db, "lists", "export", "--format", "ftm"])
    lines = [json.loads(x) for x in e.stdout.splitlines()]
    assert sum(1 for x in lines if x["schema"] == "Sanction") == 8


def test_screen_as_of_and_audit(db: list[str], mini_v2: Path) -> None:
    runner.invoke(app, [*db, "lists", "import", str(mini_v2)])
    old = runner.invoke(
        app, [*db, "screen", "Kim Yong Su", "--as-of", "2020-12-31", "--format", "json"]
    )
    assert json.loads(old.stdout)[0]["matches"][0]["ref"] == "KPi.905"
    a = runner.invoke(app, [*db, "screen", "audit", "--format", "jsonl"])
    rows = [json.loads(x) for x in a.stdout.splitlines()]
    assert rows[-1]["query"] == "Kim Yong Su"
    assert rows[-1]["as_of"] == "2020-12-31"
    c = runner.invoke(app, [*db, "screen", "audit", "--format", "csv"])
    assert c.stdout.splitlines()[0].startswith("run,timestamp,list_versions")
