"""Screening against the stored list versions, with every run recorded in the audit trail."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sanctionwatch.screen.lists import matcher_for
from sanctionwatch.screen.match import ScreenQuery, ScreenResult
from sanctionwatch.store import Store
from sanctionwatch.store import screening as q


def screen_names(
    store: Store,
    queries: Iterable[ScreenQuery | str],
    threshold: float | None = None,
    as_of: date | None = None,
    record: bool = True,
    source: str = "api",
) -> list[ScreenResult]:
    """Screen names against the lists in force (on ``as_of``); record the run unless told not to.

    Results come in input order; each holds the matches at or above the threshold (default: the
    calibrated default in ``data/screen/calibration.yaml``), highest score first.
    """
    matcher, versions = matcher_for(store, as_of)
    qs = [ScreenQuery(x) if isinstance(x, str) else x for x in queries]
    th = matcher.calibration.threshold if threshold is None else threshold
    results = matcher.screen(qs, threshold=th)
    if record and not store.read_only:
        record_run(store, results, [v.id for v in versions], th, as_of, source)
    return results


def record_run(
    store: Store,
    results: Sequence[ScreenResult],
    version_ids: Sequence[str],
    threshold: float,
    as_of: date | None,
    source: str,
) -> str:
    run_id = "run-" + uuid.uuid4().hex[:16]
    rows = [r.to_dict() for r in results]
    q.add_run(
        store,
        q.RunRecord(
            run_id,
            datetime.now(),
            ",".join(version_ids),
            threshold,
            as_of,
            len(rows),
            sum(1 for r in results if r.matches),
            source,
        ),
        rows,
    )
    return run_id
