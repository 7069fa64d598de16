"""Hand-made series for the detector tests: statements as an importer would write them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sanctionwatch.flows import Series, resolve_observations
from sanctionwatch.model import Observation, Period, Provenance, Qualifier


def obs(
    purpose: str,
    period: str,
    count: int | None,
    qualifier: str = "exact",
    *,
    origin: str = "KP",
    dest: str = "RU",
    outlet: str = "Border Service table",
    primary: bool = True,
    published: str | None = "2025-02-01",
    measure: str = "entries",
    region: str | None = None,
) -> Observation:
    return Observation(
        origin=origin,
        destination=dest,
        purpose=purpose,
        period=Period.parse(period),
        count=count,
        qualifier=Qualifier("withheld" if count is None else qualifier),
        provenance=Provenance(
            publisher="FSB Border Service",
            reporter=outlet,
            outlet=outlet,
            url=f"https://example.org/{outlet.replace(' ', '-')}",
            published=published,
            primary=primary,
        ),
        source_key=f"test:{outlet}",
        measure=measure,
        unit="entries" if measure == "entries" else "persons",
        region=region,
    )


def quarters(
    purpose: str, first_year: int, values: Sequence[int | None], **kw: object
) -> list[Observation]:
    """Consecutive quarters from ``first_year``-Q1; None leaves a quarter out."""
    out = []
    for i, v in enumerate(values):
        if v is None:
            continue
        y, q = first_year + i // 4, i % 4 + 1
        out.append(obs(purpose, f"{y}-Q{q}", v, **kw))  # type: ignore[arg-type]
    return out


def build(*groups: Iterable[Observation]) -> dict[tuple[str, str, str], Series]:
    return resolve_observations([o for g in groups for o in g])
