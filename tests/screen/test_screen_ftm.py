"""FollowTheMoney export and import: a round trip keeps names, aliases, dates and references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctionwatch.errors import InputError
from sanctionwatch.screen.ftm import parse_ftm, to_ftm
from sanctionwatch.screen.unlist import parse_un_xml


def test_round_trip(tmp_path: Path, mini_v1: Path) -> None:
    original = parse_un_xml(mini_v1).entities
    lines = [json.dumps(d) for d in to_ftm(original)]
    schemata = [json.loads(x)["schema"] for x in lines]
    assert schemata.count("Sanction") == len(original)
    assert schemata.count("Person") == 5
    path = tmp_path / "export.ftm.json"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    back = {e.ref: e for e in parse_ftm(path, list_name="UN 1718").entities}
    assert set(back) == {e.ref for e in original}
    for e in original:
        b = back[e.ref]
        assert b.kind == e.kind
        assert [(n.name, n.quality) for n in b.names] == [(n.name, n.quality) for n in e.names]
        assert b.listed_on == e.listed_on
        assert b.program == e.program
        assert [x.date for x in b.birth_dates] == [x.date for x in e.birth_dates]
        assert b.nationality_codes == e.nationality_codes
    assert back["KPi.902"].birth_dates[0].year == 1960
    assert back["KPi.901"].documents[0].number == "472310001"


def test_invalid_ftm_line_is_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"id": "a", "schema": "Person", "properties": {"name": ["Kim Il"]}}\n'
        '{"id": "b", "schema": "NoSuchSchema", "properties": {}}\n',
        "utf-8",
    )
    with pytest.raises(InputError) as exc:
        parse_ftm(path)
    assert exc.value.problems[0].row == 2
