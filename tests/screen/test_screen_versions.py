"""List versions, diffs, screening as of a date, and the audit trail."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sanctionwatch.errors import InputError
from sanctionwatch.screen import screen_names
from sanctionwatch.screen.lists import import_list
from sanctionwatch.store import Store
from sanctionwatch.store.screening import audit_rows, list_versions, versions_in_force


@pytest.fixture()
def store(tmp_path: Path, mini_v1: Path) -> Store:
    s = Store(tmp_path / "t.duckdb")
    import_list(s, mini_v1)
    return s


def test_update_reports_added_removed_changed(store: Store, mini_v1: Path, mini_v2: Path) -> None:
    again = import_list(store, mini_v1)
    assert again.unchanged
    r = import_list(store, mini_v2)
    assert not r.unchanged
    assert [a["ref"] for a in r.diff.added] == ["KPe.904"]
    assert [a["ref"] for a in r.diff.removed] == ["KPi.905"]
    assert [(c["ref"], c["fields"]) for c in r.diff.changed] == [("KPi.903", ["names"])]
    versions = list_versions(store)
    assert len(versions) == 2
    assert versions[1].previous_id == versions[0].id
    assert (versions[1].added, versions[1].removed, versions[1].changed) == (1, 1, 1)
    assert versions[0].sha256 != versions[1].sha256


def test_screening_as_of_a_date_uses_the_list_then(store: Store, mini_v2: Path) -> None:
    import_list(store, mini_v2)
    # KPi.905 was removed in the 2021 version: found in 2020, not now.
    old = screen_names(store, ["Kim Yong Su"], as_of=date(2020, 6, 1))
    new = screen_names(store, ["Kim Yong Su"])
    assert [m.ref for m in old[0].matches] == ["KPi.905"]
    assert new[0].matches == []
    assert versions_in_force(store, date(2020, 6, 1))[0].generated == date(2020, 1, 15)
    with pytest.raises(InputError, match="no sanctions list version was in force on 2019-01-01"):
        screen_names(store, ["Kim Yong Su"], as_of=date(2019, 1, 1))


def test_audit_trail_records_version_query_matches(store: Store) -> None:
    res = screen_names(store, ["Pak Song-chol", "Nobody Here"], threshold=0.5)
    rows = audit_rows(store)
    assert [r["query"] for r in rows] == ["Pak Song-chol", "Nobody Here"]
    version = list_versions(store)[0].id
    assert rows[0]["list_versions"] == [version]
    assert rows[0]["threshold"] == 0.5
    assert rows[0]["matches"][0]["ref"] == "KPi.901"
    assert rows[0]["matches"][0]["explanation"] == res[0].matches[0].explanation
    assert rows[1]["matches"] == []
    assert rows[0]["run"] == rows[1]["run"]
    json.dumps(rows, default=str)  # exportable as JSON


def test_unrecorded_screening_leaves_no_trail(store: Store) -> None:
    screen_names(store, ["Pak Song Chol"], record=False)
    assert audit_rows(store) == []
