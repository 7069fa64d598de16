"""List versions: importing list files, diffs between versions, the bundled UN 1718 list, matchers.

Each import of a changed file is a new version (content hash, the list's own date, import time);
an unchanged file adds nothing. A screening "as of" a date uses, per list, the version in force
on that date, so a past screening can be reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sanctionwatch.errors import InputError
from sanctionwatch.model import stable_id
from sanctionwatch.model.entity import ListedEntity
from sanctionwatch.screen.match import Matcher
from sanctionwatch.screen.unlist import ParsedList, parse_un_xml
from sanctionwatch.store import Store
from sanctionwatch.store import screening as q

BUNDLED_LIST = "un_1718_list.xml"
FORMATS = ("auto", "un-xml", "ftm")


@dataclass
class ListDiff:
    added: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "removed": self.removed, "changed": self.changed}


@dataclass
class ImportResult:
    version: q.ListVersion
    unchanged: bool
    diff: ListDiff

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version.to_dict(),
            "unchanged": self.unchanged,
            **self.diff.to_dict(),
        }


def diff_entities(old: list[ListedEntity], new: list[ListedEntity]) -> ListDiff:
    """Entries added, removed, and changed (with the fields that changed), by reference number."""
    a = {e.ref: e for e in old}
    b = {e.ref: e for e in new}
    d = ListDiff()
    for ref in sorted(b.keys() - a.keys()):
        d.added.append({"ref": ref, "name": b[ref].primary_name})
    for ref in sorted(a.keys() - b.keys()):
        d.removed.append({"ref": ref, "name": a[ref].primary_name})
    for ref in sorted(a.keys() & b.keys()):
        if a[ref].content_hash() != b[ref].content_hash():
            da, db = a[ref].to_dict(), b[ref].to_dict()
            fields = sorted(
                k for k in da.keys() | db.keys() if da.get(k) != db.get(k) and k != "list_name"
            )
            if fields:
                d.changed.append({"ref": ref, "name": b[ref].primary_name, "fields": fields})
    return d


def parse_list(path: Path, fmt: str = "auto", list_name: str | None = None) -> ParsedList:
    if fmt not in FORMATS:
        raise InputError.one(f"unknown list format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "auto":
        fmt = "ftm" if path.suffix.lower() in (".json", ".jsonl", ".ftm", ".ijson") else "un-xml"
    if fmt == "ftm":
        from sanctionwatch.screen.ftm import parse_ftm

        return parse_ftm(path, list_name)
    return parse_un_xml(path, list_name)


def import_list(
    store: Store, path: Path, fmt: str = "auto", list_name: str | None = None
) -> ImportResult:
    """Parse fully, then write one version in one transaction; an unchanged file adds nothing."""
    parsed = parse_list(path, fmt, list_name)
    return write_parsed_list(store, parsed)


def write_parsed_list(store: Store, parsed: ParsedList) -> ImportResult:
    same = q.version_by_hash(store, parsed.list_name, parsed.sha256)
    prev = q.latest_version(store, parsed.list_name)
    if same is not None and prev is not None and prev.id == same.id:
        return ImportResult(same, True, ListDiff())
    old = q.version_entities(store, prev.id) if prev else []
    diff = diff_entities(old, parsed.entities)
    now = datetime.now()
    version = q.ListVersion(
        id=stable_id(parsed.list_name, parsed.sha256, now.isoformat(), prefix="list-"),
        list_name=parsed.list_name,
        format=parsed.format,
        file_name=parsed.file_name,
        sha256=parsed.sha256,
        generated=date.fromisoformat(parsed.generated) if parsed.generated else None,
        imported_at=now,
        entries=len(parsed.entities),
        added=len(diff.added),
        removed=len(diff.removed),
        changed=len(diff.changed),
        previous_id=prev.id if prev else None,
    )
    with store.transaction():
        q.add_list_version(store, version, parsed.entities)
    return ImportResult(version, False, diff)


def bundled_list_path() -> Path:
    return Path(str(resources.files("sanctionwatch.data").joinpath(BUNDLED_LIST)))


def ensure_bundled_list(store: Store) -> None:
    """Load the bundled UN 1718 list if this database has no list yet (first use)."""
    if store.read_only:
        return
    if not q.list_versions(store):
        import_list(store, bundled_list_path(), "un-xml")


def versions_for(store: Store, as_of: date | None = None) -> list[q.ListVersion]:
    ensure_bundled_list(store)
    versions = q.versions_in_force(store, as_of)
    if not versions:
        when = f" on {as_of.isoformat()}" if as_of else ""
        raise InputError.one(
            f"no sanctions list version was in force{when}; the earliest list is dated "
            + ", ".join(
                f"{v.list_name} {v.generated or v.imported_at.date()}"
                for v in q.list_versions(store)
            )
        )
    return versions


_MATCHERS: dict[tuple[str, ...], Matcher] = {}


def matcher_for(store: Store, as_of: date | None = None) -> tuple[Matcher, list[q.ListVersion]]:
    """A Matcher over the versions in force (cached per set of versions: versions never change)."""
    versions = versions_for(store, as_of)
    ids = tuple(v.id for v in versions)
    m = _MATCHERS.get(ids)
    if m is None:
        entities: list[ListedEntity] = []
        for v in versions:
            entities.extend(q.version_entities(store, v.id))
        m = Matcher(entities, version=",".join(ids))
        _MATCHERS.clear()
        _MATCHERS[ids] = m
    return m, versions


def diff_versions(store: Store, old_id: str, new_id: str) -> ListDiff:
    for vid in (old_id, new_id):
        if q.get_version(store, vid) is None:
            raise InputError.one(f"no list version {vid!r}; see `sanctionwatch lists versions`")
    return diff_entities(q.version_entities(store, old_id), q.version_entities(store, new_id))
