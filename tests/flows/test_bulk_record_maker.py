"""bulk.record_maker: the fast constructor builds the same records as the dataclass's own."""

from __future__ import annotations

import pytest

from sanctionwatch.bulk import record_maker
from sanctionwatch.model import Observation, Period, Provenance, Qualifier
from sanctionwatch.model.flow import FlowValue


def _obs() -> Observation:
    prov = Provenance(publisher="FSB", reporter="FSB", outlet="FSB", primary=True)
    return Observation(
        "KP",
        "RU",
        "study",
        Period.quarter(2024, 4),
        3752,
        Qualifier.EXACT,
        prov,
        "fsb:test",
        vintage_id="v-1",
        row=7,
    )


def test_observation_equal_to_dataclass_constructor() -> None:
    o = _obs()
    made = record_maker(Observation)(
        o.origin,
        o.destination,
        o.purpose,
        o.period,
        o.count,
        o.qualifier,
        o.provenance,
        o.source_key,
        o.vintage_id,
        o.measure,
        o.unit,
        o.region,
        o.row,
        o.id,
    )
    assert made == o
    assert hash(made) == hash(o)
    assert made.id.startswith("o-")
    with pytest.raises(AttributeError):
        made.count = 1  # type: ignore[misc]  # still frozen


def test_flow_value_equal_and_all_fields_required() -> None:
    o = _obs()
    make = record_maker(FlowValue)
    made = make("KP", "RU", "study", o.period, 3752, Qualifier.EXACT, False, (o,), (), None, ())
    assert made == FlowValue("KP", "RU", "study", o.period, 3752, Qualifier.EXACT, False, (o,))
    assert made.to_dict()["sources"][0]["observation"] == o.id
    with pytest.raises(TypeError):
        make("KP", "RU", "study", o.period, 3752, Qualifier.EXACT, False, (o,))
