"""Structural breaks: the batch solver agrees with ruptures; breaks found, noise left alone."""

from __future__ import annotations

import numpy as np
import pytest
from detect_fixtures import build, quarters

from sanctionwatch.detect import detect_series, load_params
from sanctionwatch.detect.changepoint import (
    anscombe,
    optimal_partition,
    penalty,
    segment_with_ruptures,
)


@pytest.mark.parametrize("seed", range(6))
def test_batch_solver_matches_ruptures_pelt(seed: int) -> None:
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.poisson(40, 20), rng.poisson(160, 15), rng.poisson(90, 25)]).astype(
        float
    )
    y = anscombe(x)
    c = load_params().changepoint.penalty_c
    ours = optimal_partition(y[None, :], penalty(y, c), 2)[0]
    assert ours == segment_with_ruptures(x, c, 2)


def test_penalty_scales_with_noise() -> None:
    quiet = anscombe(np.full(40, 100.0) + np.tile([0, 1], 20))
    rng = np.random.default_rng(3)
    noisy = anscombe(rng.negative_binomial(2, 2 / 302, 40).astype(float))  # mean 300, overdispersed
    assert penalty(noisy, 3.0)[0] > penalty(quiet, 3.0)[0] == pytest.approx(3.0 * np.log(40))


def test_level_shift_is_found() -> None:
    rng = np.random.default_rng(1)
    values = [int(v) for v in np.concatenate([rng.poisson(60, 10), rng.poisson(600, 8)])]
    s = build(quarters("study", 2020, values))
    (f,) = detect_series(s, kinds=["changepoint"])
    assert f.period == "2022-Q3" and f.subkind == "increase"
    assert f.ratio is not None and f.ratio > 5
    assert "penalty" in f.explanation and f.params["penalty"] > 0
    assert len(f.evidence) == 18


def test_steady_poisson_series_has_no_break() -> None:
    rng = np.random.default_rng(7)
    s = build(quarters("business", 2010, [int(v) for v in rng.poisson(300, 48)]))
    assert detect_series(s, kinds=["changepoint"]) == []


def test_short_series_is_not_segmented() -> None:
    s = build(quarters("study", 2022, [50, 60, 55, 900, 950, 1000]))
    assert detect_series(s, kinds=["changepoint"]) == []
