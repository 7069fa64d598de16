"""The store: observations round-trip, vintages per source, --as-of, all-or-nothing writes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from sanctionwatch.model import Observation, Period, Provenance, Qualifier, Vintage
from sanctionwatch.store import Store

PROV = Provenance(
    publisher="FSB Border Service (via EMISS)",
    reporter="RFA (Korean service)",
    outlet="Yonhap",
    chain=("RFA (Korean service)", "Yonhap"),
    url="https://example.org/a",
    published="2025-02-05",
    quote="'13,221 entries'",
    note="a note",
    primary=False,
)


def _obs(
    count: int | None, origin: str = "KP", purpose: str = "total", key: str = "src"
) -> Observation:
    q = Qualifier.EXACT if count is not None else Qualifier.WITHHELD
    return Observation(
        origin, "RU", purpose, Period.year(2024), count, q, PROV, source_key=key, row=7
    )


def _vintage(vid: str, key: str = "src", released: date | None = None, n: int = 1) -> Vintage:
    return Vintage(
        vid,
        key,
        "tidy",
        "f.csv",
        "sha-" + vid,
        None,
        None,
        released,
        datetime(2025, 1, 1, 12, 0),
        n,
    )


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        o = _obs(13221)
        with store.transaction():
            store.add_vintage(_vintage("v1"), [o, _obs(None, purpose="study")])
        got = {x.purpose: x for x in store.observations("KP", "RU")}
        back = got["total"]
        assert back.id == o.id and back.vintage_id == "v1" and back.row == 7
        assert (back.count, back.qualifier, back.period) == (
            13221,
            Qualifier.EXACT,
            Period.year(2024),
        )
        assert back.provenance == PROV
        assert (got["study"].count, got["study"].qualifier) == (None, Qualifier.WITHHELD)


def test_later_vintage_replaces_earlier_and_as_of_sees_the_earlier(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        with store.transaction():
            store.add_vintage(_vintage("v1", released=date(2024, 11, 1)), [_obs(5000)])
            store.add_vintage(_vintage("v2", released=date(2024, 12, 1)), [_obs(5263)])
            store.add_vintage(
                _vintage("w1", key="other", released=date(2024, 10, 1)),
                [_obs(1, origin="CN", key="other")],
            )
        assert [o.count for o in store.observations("KP")] == [5263]
        assert [o.count for o in store.observations("KP", as_of=date(2024, 11, 15))] == [5000]
        assert store.observations("KP", as_of=date(2024, 10, 15)) == []
        assert [o.count for o in store.observations("CN", as_of=date(2024, 11, 15))] == [1]
        assert [o.count for o in store.observations(vintage_id="v1")] == [5000]
        assert {v.id for v in store.vintages("src")} == {"v1", "v2"}
        assert store.count_observations() == 3


def test_origins_filter(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        with store.transaction():
            store.add_vintage(_vintage("v1"), [_obs(1, "KP"), _obs(2, "CN"), _obs(3, "VN")])
        assert sorted(
            o.origin for o in store.observations(destination="RU", origins=["KP", "VN"])
        ) == ["KP", "VN"]


def test_a_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_vintage(_vintage("v1"), [_obs(1)])
            raise RuntimeError("second file failed")
        assert store.count_observations() == 0 and store.vintages() == []


def test_reopening_keeps_data_and_migrations(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    with Store(path) as store:
        with store.transaction():
            store.add_vintage(_vintage("v1"), [_obs(1)])
        applied = store.applied_migrations()
    with Store(path) as store:
        assert store.migrate() == [] and store.applied_migrations() == applied
        assert store.count_observations() == 1
