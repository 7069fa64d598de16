"""The UN list XML importer: fields read, strict errors, nothing written on failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.errors import InputError
from sanctionwatch.model.entity import ORGANIZATION, PERSON, QUALITY_LOW
from sanctionwatch.screen.lists import import_list
from sanctionwatch.screen.unlist import parse_un_xml
from sanctionwatch.store import Store
from sanctionwatch.store.screening import list_versions


def test_parse_fields(mini_v1: Path) -> None:
    p = parse_un_xml(mini_v1)
    assert p.generated == "2020-01-15"
    assert p.list_name == "UN 1718"
    by = {e.ref: e for e in p.entities}
    assert set(by) == {
        "KPi.901",
        "KPi.902",
        "KPi.903",
        "KPi.904",
        "KPi.905",
        "KPe.901",
        "KPe.902",
        "KPe.903",
    }
    pak = by["KPi.901"]
    assert pak.kind == PERSON
    assert pak.primary_name == "PAK SO’NG-CH’O’L"
    assert [n.name for n in pak.names] == ["PAK SO’NG-CH’O’L", "Pak Song Chol", "Pak Chol"]
    assert pak.names[2].quality == QUALITY_LOW
    assert pak.birth_dates[0].date == "1971-04-12"
    assert pak.nationality_codes == ("KP",)
    assert pak.documents[0].number == "472310001"
    assert pak.listed_on == "2016-03-02"
    assert by["KPi.902"].birth_dates[0].year == 1960  # reference number had spaces around it
    assert by["KPe.901"].kind == ORGANIZATION
    assert by["KPe.901"].addresses[0].text == "Pyongyang"


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (
            "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>\n<FIRST_NAME>X</FIRST_NAME>",
            "not well-formed",
        ),
        ('<?xml version="1.0"?>\n<LIST></LIST>', "expected <CONSOLIDATED_LIST>"),
        (
            "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>KIM</FIRST_NAME></INDIVIDUAL>\n"
            "</INDIVIDUALS></CONSOLIDATED_LIST>",
            "has no REFERENCE_NUMBER",
        ),
        (
            "<CONSOLIDATED_LIST>\n<ENTITIES>\n<ENTITY><REFERENCE_NUMBER>KPe.1</REFERENCE_NUMBER></ENTITY>\n"
            "</ENTITIES></CONSOLIDATED_LIST>",
            "has no FIRST_NAME",
        ),
        ("<CONSOLIDATED_LIST></CONSOLIDATED_LIST>", "no INDIVIDUAL or ENTITY"),
    ],
)
def test_malformed_files_are_rejected_with_location(
    tmp_path: Path, content: str, expect: str
) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError) as exc:
        parse_un_xml(path)
    msg = str(exc.value)
    assert expect in msg
    assert "bad.xml" in msg


def test_error_names_line_and_element(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(
        "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n<FIRST_NAME>KIM</FIRST_NAME>\n</INDIVIDUAL>\n"
        "</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n",
        "utf-8",
    )
    with pytest.raises(InputError) as exc:
        parse_un_xml(path)
    p = exc.value.problems[0]
    assert p.row == 3
    assert p.column == "REFERENCE_NUMBER"


def test_failed_import_writes_nothing(tmp_path: Path, mini_v1: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    import_list(store, mini_v1)
    bad = tmp_path / "broken.xml"
    bad.write_text(mini_v1.read_text("utf-8")[:-200], "utf-8")
    with pytest.raises(InputError):
        import_list(store, bad)
    assert len(list_versions(store)) == 1
    n = store.con.execute("SELECT count(*) FROM screen_entries").fetchone()
    assert n is not None and n[0] == 8
