"""Import of the UN Security Council consolidated list XML into typed ListedEntity records.

The UN publishes one XML file (root ``CONSOLIDATED_LIST``) with ``INDIVIDUALS/INDIVIDUAL`` and
``ENTITIES/ENTITY`` elements. Parsing is strict: a file that is not well-formed, has the wrong
root, or an entry without a reference number or a name is rejected as a whole with the file,
line and element named, so nothing half-read ever reaches the store.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

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

_ALIAS_QUALITY = {
    "good": QUALITY_GOOD,
    "a.k.a.": QUALITY_GOOD,
    "aka": QUALITY_GOOD,
    "low": QUALITY_LOW,
    "f.k.a.": QUALITY_FORMER,
    "fka": QUALITY_FORMER,
    "": QUALITY_GOOD,
}


@dataclass(frozen=True, slots=True)
class ParsedList:
    """The entries of one list file, with what identifies the file."""

    entities: list[ListedEntity]
    sha256: str
    file_name: str
    generated: str | None  # the list's own generation date (YYYY-MM-DD), if it says
    list_name: str
    format: str


def _text(el: etree._Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    t = " ".join(el.text.split())
    return t or None


def _child(el: etree._Element, tag: str) -> str | None:
    return _text(el.find(tag))


def _values(el: etree._Element, tag: str) -> list[str]:
    out = []
    for sub in el.findall(tag):
        for v in sub.findall("VALUE"):
            t = _text(v)
            if t:
                out.append(t)
    return out


def list_label(programs: set[str | None]) -> str:
    """``UN 1718`` when every entry belongs to the DPRK regime, else the consolidated list."""
    return "UN 1718" if programs == {"DPRK"} else "UN SC consolidated"


def parse_un_xml(path: Path, list_name: str | None = None) -> ParsedList:
    """Read a UN consolidated list XML file; raise InputError (nothing returned) on any problem."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError.one(f"cannot read the file: {exc.strerror}", file=name) from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        raise InputError.one(
            f"not well-formed XML ({exc.msg}); expected the UN consolidated list XML",
            file=name,
            row=line,
        ) from None
    if root.tag != "CONSOLIDATED_LIST":
        raise InputError.one(
            f"root element is <{root.tag}>, expected <CONSOLIDATED_LIST> "
            "(the UN consolidated list XML)",
            file=name,
            row=root.sourceline,
        )
    problems: list[InputProblem] = []
    entities: list[ListedEntity] = []
    seen: dict[str, int] = {}
    for el in root.iter("INDIVIDUAL", "ENTITY"):
        kind = PERSON if el.tag == "INDIVIDUAL" else ORGANIZATION
        line = el.sourceline
        ref = _child(el, "REFERENCE_NUMBER")
        if not ref:
            problems.append(
                InputProblem(
                    f"<{el.tag}> has no REFERENCE_NUMBER (expected e.g. KPi.033)",
                    name,
                    line,
                    "REFERENCE_NUMBER",
                )
            )
            continue
        if ref in seen:
            problems.append(
                InputProblem(
                    f"<{el.tag}> {ref} repeats the reference number of line {seen[ref]}",
                    name,
                    line,
                    "REFERENCE_NUMBER",
                )
            )
            continue
        seen[ref] = line or 0
        parts = [_child(el, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
        primary = " ".join(p for p in parts if p)
        if not primary:
            problems.append(
                InputProblem(
                    f"<{el.tag}> {ref} has no FIRST_NAME (expected the listed name)",
                    name,
                    line,
                    "FIRST_NAME",
                )
            )
            continue
        # For individuals the UN puts the family name in FIRST_NAME when it splits the name.
        split = kind == PERSON and bool(parts[0]) and bool(parts[1])
        names = [EntityName(primary, QUALITY_PRIMARY, family_first=True if split else None)]
        original = _child(el, "NAME_ORIGINAL_SCRIPT")
        if original:
            names.append(EntityName(original, QUALITY_GOOD, script="original"))
        for al in el.findall(f"{el.tag}_ALIAS"):
            alias = _child(al, "ALIAS_NAME")
            if not alias:
                continue
            q = (_child(al, "QUALITY") or "").lower()
            quality = _ALIAS_QUALITY.get(q)
            if quality is None:
                problems.append(
                    InputProblem(
                        f"{ref}: alias {alias!r} has QUALITY {q!r}; "
                        "expected Good, Low, a.k.a. or f.k.a.",
                        name,
                        al.sourceline,
                        "QUALITY",
                    )
                )
                continue
            names.append(EntityName(alias, quality))
        births = []
        for b in el.findall("INDIVIDUAL_DATE_OF_BIRTH"):
            bd = _birth(b)
            if bd is not None:
                births.append(bd)
        places = []
        for p in el.findall("INDIVIDUAL_PLACE_OF_BIRTH"):
            txt = ", ".join(
                x
                for x in (_child(p, "CITY"), _child(p, "STATE_PROVINCE"), _child(p, "COUNTRY"))
                if x
            )
            if txt:
                places.append(txt)
        docs = []
        for d in el.findall("INDIVIDUAL_DOCUMENT"):
            doc = IdentityDocument(
                kind=_child(d, "TYPE_OF_DOCUMENT"),
                number=_child(d, "NUMBER"),
                country=_child(d, "ISSUING_COUNTRY") or _child(d, "COUNTRY_OF_ISSUE"),
                issued=_child(d, "DATE_OF_ISSUE"),
                expires=_child(d, "DATE_OF_EXPIRY"),
                note=_child(d, "NOTE"),
            )
            if any((doc.kind, doc.number, doc.note)):
                docs.append(doc)
        addrs = []
        for a in el.findall(f"{el.tag}_ADDRESS"):
            txt = ", ".join(
                x
                for x in (
                    _child(a, "STREET"),
                    _child(a, "CITY"),
                    _child(a, "STATE_PROVINCE"),
                    _child(a, "NOTE"),
                )
                if x
            )
            country = _child(a, "COUNTRY")
            if txt or country:
                addrs.append(Address(txt or None, country))
        nats = _values(el, "NATIONALITY")
        entities.append(
            ListedEntity(
                ref=ref,
                kind=kind,
                names=tuple(names),
                program=_child(el, "UN_LIST_TYPE"),
                listed_on=_child(el, "LISTED_ON"),
                birth_dates=tuple(births),
                birth_places=tuple(places),
                nationalities=tuple(nats),
                nationality_codes=tuple(_codes(nats)),
                gender=_child(el, "GENDER"),
                documents=tuple(docs),
                addresses=tuple(addrs),
                designations=tuple(_values(el, "DESIGNATION")),
                comments=_child(el, "COMMENTS1"),
                last_updated=tuple(_values(el, "LAST_DAY_UPDATED")),
                source_id=_child(el, "DATAID"),
            )
        )
    if problems:
        raise InputError(problems)
    if not entities:
        raise InputError.one(
            "no INDIVIDUAL or ENTITY elements found; expected the UN consolidated list XML",
            file=name,
        )
    label = list_name or list_label({e.program for e in entities})
    entities = [_with_list(e, label) for e in entities]
    generated = root.get("dateGenerated")
    return ParsedList(
        entities=entities,
        sha256=hashlib.sha256(data).hexdigest(),
        file_name=path.name,
        generated=generated[:10] if generated else None,
        list_name=label,
        format="un-xml",
    )


def _with_list(e: ListedEntity, label: str) -> ListedEntity:
    d = e.to_dict()
    d["list_name"] = label
    return ListedEntity.from_dict(d)


def _birth(b: etree._Element) -> BirthDate | None:
    kind = _child(b, "TYPE_OF_DATE")
    date_txt = _child(b, "DATE")
    year = _child(b, "YEAR")
    frm, to = _child(b, "FROM_YEAR"), _child(b, "TO_YEAR")
    if not any((date_txt, year, frm, to)):
        return None

    def _int(v: str | None) -> int | None:
        return int(v) if v and v.isdigit() else None

    return BirthDate(
        date=date_txt[:10] if date_txt else None,
        year=_int(year),
        from_year=_int(frm),
        to_year=_int(to),
        kind=kind,
    )


def _codes(nationalities: list[str]) -> list[str]:
    from sanctionwatch.geo import country_code

    out = []
    for n in nationalities:
        c = country_code(n)
        if c and c not in out:
            out.append(c)
    return out
