"""Listed entities: persons and organisations on a sanctions list, with names and identifiers."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

PERSON = "person"
ORGANIZATION = "organization"

# Alias quality as the UN publishes it; "weak" is FtM's weakAlias and the UN's "Low".
QUALITY_PRIMARY = "primary"
QUALITY_GOOD = "good"
QUALITY_LOW = "low"
QUALITY_FORMER = "former"  # f.k.a.: a former name, still a strong identifier


@dataclass(frozen=True, slots=True)
class EntityName:
    """One written form of a name: the primary name or an alias, with its quality."""

    name: str
    quality: str = QUALITY_PRIMARY
    script: str | None = None  # "original" for NAME_ORIGINAL_SCRIPT
    family_first: bool | None = None  # True when the list gives the family name separately, first


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A date of birth as listed: a full date, a year, or a range of years."""

    date: str | None = None  # YYYY-MM-DD
    year: int | None = None
    from_year: int | None = None
    to_year: int | None = None
    kind: str | None = None  # EXACT, APPROXIMATELY, BETWEEN

    def years(self) -> tuple[int, int] | None:
        if self.date:
            y = int(self.date[:4])
            return (y, y)
        if self.year:
            return (self.year, self.year)
        if self.from_year and self.to_year:
            return (self.from_year, self.to_year)
        return None


@dataclass(frozen=True, slots=True)
class IdentityDocument:
    kind: str | None = None
    number: str | None = None
    country: str | None = None
    issued: str | None = None
    expires: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Address:
    text: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ListedEntity:
    """One entry of a sanctions list (an UN ``INDIVIDUAL`` or ``ENTITY``, or an FtM entity)."""

    ref: str  # the list's own reference number, e.g. KPi.033
    kind: str  # PERSON or ORGANIZATION
    names: tuple[EntityName, ...]
    list_name: str = "UN 1718"
    program: str | None = None  # UN_LIST_TYPE, e.g. DPRK
    listed_on: str | None = None
    birth_dates: tuple[BirthDate, ...] = ()
    birth_places: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()  # as written by the list
    nationality_codes: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 where resolvable
    gender: str | None = None
    documents: tuple[IdentityDocument, ...] = ()
    addresses: tuple[Address, ...] = ()
    designations: tuple[str, ...] = ()
    comments: str | None = None
    last_updated: tuple[str, ...] = ()
    source_id: str | None = None  # DATAID or FtM id
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def primary_name(self) -> str:
        for n in self.names:
            if n.quality == QUALITY_PRIMARY:
                return n.name
        return self.names[0].name if self.names else self.ref

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["names"] = [asdict(n) for n in self.names]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ListedEntity:
        return cls(
            ref=d["ref"],
            kind=d["kind"],
            names=tuple(EntityName(**n) for n in d["names"]),
            list_name=d.get("list_name") or "UN 1718",
            program=d.get("program"),
            listed_on=d.get("listed_on"),
            birth_dates=tuple(BirthDate(**b) for b in d.get("birth_dates") or ()),
            birth_places=tuple(d.get("birth_places") or ()),
            nationalities=tuple(d.get("nationalities") or ()),
            nationality_codes=tuple(d.get("nationality_codes") or ()),
            gender=d.get("gender"),
            documents=tuple(IdentityDocument(**x) for x in d.get("documents") or ()),
            addresses=tuple(Address(**x) for x in d.get("addresses") or ()),
            designations=tuple(d.get("designations") or ()),
            comments=d.get("comments"),
            last_updated=tuple(d.get("last_updated") or ()),
            source_id=d.get("source_id"),
            extra=dict(d.get("extra") or {}),
        )

    def content_hash(self) -> str:
        """A hash of everything the list says about the entry, to tell changed entries apart."""
        payload = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]
