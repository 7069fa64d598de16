"""A claim as the fields the extraction tests compare (comparison as a tuple), and a checker."""

from __future__ import annotations

from sanctionwatch.model.claim import Claim


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
