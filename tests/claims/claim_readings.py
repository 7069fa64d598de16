"""A claim as the fields the extraction tests compare (comparison as a tuple), and a checker."""

from __future__ import annotations

from datetime import date

from sanctionwatch.claims.extract import extract_claims
from sanctionwatch.model.claim import Claim

# the document date the Korean/Chinese tests read relative periods against
DOC_DATE = date(2025, 6, 10)


def reading(c: Claim) -> dict[str, object]:
    return {
        "text": c.text,
        "span": c.span,
        "quantity": c.quantity,
        "qualifier": c.qualifier,
        "unit": c.unit,
        "origin": c.origin,
        "destination": c.destination,
        "purpose": c.purpose,
        "period": c.period,
        "comparison": (
            (c.comparison.kind, c.comparison.value, c.comparison.baseline_period)
            if c.comparison
            else None
        ),
        "attribution": c.attribution,
    }


def check(got: dict[str, object], **want: object) -> None:
    assert {k: got[k] for k in want} == want, got


def as_row(c: Claim) -> tuple[object, ...]:
    """(quantity, qualifier, unit, origin, destination, purpose, period, comparison)."""
    r = reading(c)
    return tuple(
        r[k]
        for k in (
            "quantity",
            "qualifier",
            "unit",
            "origin",
            "destination",
            "purpose",
            "period",
            "comparison",
        )
    )


def read_rows(text: str, lang: str, doc_date: date | None = DOC_DATE) -> list[tuple[object, ...]]:
    """Every claim of ``text`` as ``as_row`` tuples."""
    return [as_row(c) for c in extract_claims(text, lang=lang, doc_date=doc_date)]


def read_one(text: str, lang: str, doc_date: date | None = DOC_DATE) -> dict[str, object]:
    """The one claim of ``text`` (fails when there are none or several)."""
    found = extract_claims(text, lang=lang, doc_date=doc_date)
    assert len(found) == 1, found
    return reading(found[0])


def read_fields(
    text: str, lang: str, *names: str, doc_date: date | None = DOC_DATE
) -> list[tuple[object, ...]]:
    """The named contract fields (``Claim.to_dict`` keys) of every claim of ``text``."""
    return [
        tuple(c.to_dict()[n] for n in names)
        for c in extract_claims(text, lang=lang, doc_date=doc_date)
    ]


def read_quantities(text: str, lang: str, doc_date: date | None = DOC_DATE) -> list[object]:
    """The quantities of the claims read from ``text``, in order."""
    return [q for (q,) in read_fields(text, lang, "quantity", doc_date=doc_date)]
