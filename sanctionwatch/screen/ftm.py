"""FollowTheMoney entity files (the format OpenSanctions publishes): import and export.

Reading and validation go through the ``followthemoney`` library (schemata, property types);
only the mapping between FtM properties and our records is here. On export every listed entry
becomes a Person or Organization plus a Sanction entity that carries the list's reference
number (``unscId``), program and listing date, so a round trip keeps them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sanctionwatch.errors import InputError, InputProblem
from sanctionwatch.model.entity import (
    ORGANIZATION,
    PERSON,
    QUALITY_FORMER,
    QUALITY_GOOD,
    QUALITY_LOW,
    QUALITY_PRIMARY,
    Address,
    BirthDate,
    EntityName,
    IdentityDocument,
    ListedEntity,
)
from sanctionwatch.screen.unlist import ParsedList

_PERSON_SCHEMATA = {"Person"}
_ORG_SCHEMATA = {"Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane"}
AUTHORITY = "United Nations Security Council"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def export_id(e: ListedEntity) -> str:
    return f"sw-{_slug(e.list_name)}-{_slug(e.ref)}"


def to_ftm(entities: Iterable[ListedEntity]) -> Iterator[dict[str, Any]]:
    """FtM entity dicts (validated by the library) for our entries, each with its Sanction."""
    from followthemoney import model

    for e in entities:
        props: dict[str, list[str]] = {"name": [], "alias": [], "weakAlias": [], "previousName": []}
        for n in e.names:
            slot = {
                QUALITY_PRIMARY: "name",
                QUALITY_GOOD: "alias",
                QUALITY_LOW: "weakAlias",
                QUALITY_FORMER: "previousName",
            }.get(n.quality, "alias")
            props[slot].append(n.name)
        if e.comments:
            props["notes"] = [e.comments]
        props["topics"] = ["sanction"]
        addr = [", ".join(x for x in (a.text, a.country) if x) for a in e.addresses]
        if any(addr):
            props["address"] = [a for a in addr if a]
        if e.kind == PERSON:
            schema = "Person"
            props["birthDate"] = [
                b.date or str(b.year or b.from_year)
                for b in e.birth_dates
                if b.date or b.year or b.from_year
            ]
            props["birthPlace"] = list(e.birth_places)
            props["nationality"] = [c.lower() for c in e.nationality_codes]
            if e.gender:
                props["gender"] = [e.gender.lower()]
            props["passportNumber"] = [
                d.number
                for d in e.documents
                if d.number and d.kind and "passport" in d.kind.lower()
            ]
            props["idNumber"] = [
                d.number
                for d in e.documents
                if d.number and not (d.kind and "passport" in d.kind.lower())
            ]
            props["position"] = list(e.designations)
        else:
            schema = "Organization"
        eid = export_id(e)
        proxy = model.get_proxy(
            {"id": eid, "schema": schema, "properties": {k: v for k, v in props.items() if v}},
            cleaned=False,
        )
        yield proxy.to_dict()
        sanction: dict[str, list[str]] = {
            "entity": [eid],
            "authority": [AUTHORITY],
            "unscId": [e.ref],
        }
        if e.program:
            sanction["program"] = [e.program]
        if e.listed_on:
            sanction["listingDate"] = [e.listed_on]
        sproxy = model.get_proxy(
            {"id": f"{eid}-sanction", "schema": "Sanction", "properties": sanction}, cleaned=False
        )
        yield sproxy.to_dict()


def parse_ftm(path: Path, list_name: str | None = None) -> ParsedList:
    """Read FtM JSON lines: persons and organisations become entries; Sanctions add details."""
    from followthemoney import model
    from followthemoney.exc import InvalidData

    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError.one(f"cannot read the file: {exc.strerror}", file=name) from None
    problems: list[InputProblem] = []
    parties: dict[str, tuple[str, Any, int]] = {}
    sanctions: dict[str, list[Any]] = {}
    for lineno, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(
                InputProblem(
                    f"not valid JSON ({exc.msg}); expected one FtM entity per line", name, lineno
                )
            )
            continue
        if not isinstance(data, dict) or "schema" not in data or "id" not in data:
            problems.append(
                InputProblem(
                    "expected an object with 'id', 'schema' and 'properties'", name, lineno
                )
            )
            continue
        try:
            proxy = model.get_proxy(data, cleaned=False)
        except (InvalidData, TypeError, ValueError) as exc:
            problems.append(InputProblem(f"not a valid FtM entity: {exc}", name, lineno, "schema"))
            continue
        sname = proxy.schema.name
        if sname == "Sanction":
            for ent in proxy.get("entity"):
                sanctions.setdefault(ent, []).append(proxy)
        elif sname in _PERSON_SCHEMATA or sname in _ORG_SCHEMATA:
            if not proxy.get("name"):
                problems.append(
                    InputProblem(f"{sname} {proxy.id} has no 'name'", name, lineno, "name")
                )
                continue
            parties[str(proxy.id)] = (sname, proxy, lineno)
    if problems:
        raise InputError(problems)
    if not parties:
        raise InputError.one(
            "no Person or Organization entities found; expected FtM JSON lines", file=name
        )
    label = list_name or path.stem
    entities = []
    for eid, (sname, p, _) in parties.items():
        sanc = sanctions.get(eid, [])
        unsc = [v for s in sanc for v in s.get("unscId")]
        ref = unsc[0] if unsc else eid
        names = [EntityName(n, QUALITY_PRIMARY) for n in p.get("name")]
        names += [EntityName(n, QUALITY_GOOD) for n in p.get("alias")]
        names += [EntityName(n, QUALITY_LOW) for n in p.get("weakAlias")]
        names += [EntityName(n, QUALITY_FORMER) for n in p.get("previousName")]
        births = []
        for b in p.get("birthDate", quiet=True):
            births.append(
                BirthDate(date=b)
                if len(b) >= 10
                else BirthDate(year=int(b[:4]))
                if b[:4].isdigit()
                else BirthDate()
            )
        nats = [
            c.upper() for c in p.get("nationality", quiet=True) + p.get("citizenship", quiet=True)
        ]
        docs = [
            IdentityDocument(kind="Passport", number=x) for x in p.get("passportNumber", quiet=True)
        ]
        docs += [IdentityDocument(kind=None, number=x) for x in p.get("idNumber", quiet=True)]
        programs = [v for s in sanc for v in s.get("program")]
        listed = [v for s in sanc for v in s.get("listingDate")]
        entities.append(
            ListedEntity(
                ref=ref,
                kind=PERSON if sname in _PERSON_SCHEMATA else ORGANIZATION,
                names=tuple(names),
                list_name=label,
                program=programs[0] if programs else None,
                listed_on=listed[0] if listed else None,
                birth_dates=tuple(b for b in births if b.date or b.year),
                birth_places=tuple(p.get("birthPlace", quiet=True)),
                nationalities=tuple(dict.fromkeys(nats)),
                nationality_codes=tuple(dict.fromkeys(nats)),
                gender=(p.get("gender", quiet=True) or [None])[0],
                documents=tuple(docs),
                addresses=tuple(Address(a) for a in p.get("address")),
                designations=tuple(p.get("position", quiet=True)),
                comments=(p.get("notes") or [None])[0],
                source_id=eid,
            )
        )
    return ParsedList(
        entities=sorted(entities, key=lambda e: e.ref),
        sha256=hashlib.sha256(raw).hexdigest(),
        file_name=path.name,
        generated=None,
        list_name=label,
        format="ftm",
    )
