"""Properties every run keeps on arbitrary series: bounded severity, unique ids, no crash."""

from __future__ import annotations

import pytest
from detect_fixtures import build, obs, quarters
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctionwatch.detect import detect_series, run_detectors
from sanctionwatch.errors import InputError
from sanctionwatch.model.finding import FINDING_KINDS

counts = st.one_of(st.none(), st.integers(0, 20000))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    study=st.lists(counts, min_size=1, max_size=24),
    total=st.lists(counts, min_size=1, max_size=24),
    withheld=st.booleans(),
)
def test_any_series_gives_well_formed_findings(
    study: list[int | None], total: list[int | None], withheld: bool
) -> None:
    extra = [obs("total", "2030-Q1", None)] if withheld else []
    s = build(quarters("study", 2020, study), quarters("total", 2020, total), extra)
    related = [obs("enrolled_students", "2021-04", 120, measure="enrolled_students")]
    found = detect_series(s, related)
    assert len({f.id for f in found}) == len(found)
    assert [f.severity for f in found] == sorted((f.severity for f in found), reverse=True)
    for f in found:
        assert 0 <= f.severity <= 1 and f.kind in FINDING_KINDS and f.explanation
        assert f.params and all(e.sources for e in f.evidence)
    assert detect_series(s, related) == found  # deterministic


def test_kind_filter_accepts_collapse_and_rejects_unknown() -> None:
    s = build(quarters("total", 2024, [812, 1696, 5263, 5450, 295]))
    assert {f.subkind for f in detect_series(s, kinds=["collapse"])} == {"collapse"}
    with pytest.raises(InputError, match="unknown finding kind 'spikes'"):
        detect_series(s, kinds=["spikes"])


def test_since_must_be_a_period_or_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sanctionwatch.store import Store

    store = Store(tmp_path / "t.duckdb")
    try:
        with pytest.raises(InputError, match="--since expects"):
            run_detectors(store, since="last year")
        assert run_detectors(store, since="2024-07-01") == []
    finally:
        store.close()
