"""Backtest of the detectors on synthetic quarterly counts with injected events, beside ruptures.

Run: python benchmarks/detect_backtest.py [--cases 400] [--quarters 60] [--seed 1]

Series: negative-binomial counts (dispersion 5, 20 or Poisson) around seasonal levels from 2 to
3,000 a quarter (small levels give many zeros). A quarter of the cases are clean; the rest get
one injected event with known quarter: a level shift (x3-10 up, or down), a one-quarter spike
(x3-10), or a purpose swap (a restricted purpose stays ~0 while study jumps x5-30, and with it
the total). Detections are surge/collapse, changepoint and purpose-substitution findings; a
detection matches an event on the same series within +-1 quarter.

Reported per method: precision, recall, recall on "reportable" events (level at the event
quarter >= the surge min_count of 100; our detectors ignore smaller numbers by design),
mean delay (detection quarter - event quarter, over matched events) and false alarms per
series-year. The peer is ruptures alone: Pelt, model "l2", on the raw counts, penalty
log(n) * sigma^2 with sigma the series' standard deviation (the recipe of the ruptures
documentation), every breakpoint a detection.

Caveat: changepoints (ours and the peer) are found on the whole 60-quarter series, i.e.
retrospectively; surge and substitution use only data up to the quarter they flag.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

import numpy as np
import ruptures as rpt
import yaml
from detect_synth import Case, make_case, observations, origin_code

from sanctionwatch.detect import detect_series
from sanctionwatch.detect.params import PARAMS_FILE, DetectParams
from sanctionwatch.flows import resolve_observations

FIRST_YEAR = 2011
KINDS = ["surge", "collapse", "changepoint", "purpose_substitution"]


def quarter_index(label: str) -> int:
    y, q = label.split("-Q")
    return (int(y) - FIRST_YEAR) * 4 + int(q) - 1


def make_cases(n: int, quarters: int, seed: int) -> list[Case]:
    rng = np.random.default_rng(seed)
    kinds = ["clean"] * (n // 4) + ["shift"] * (n // 4) + ["spike"] * (n // 4)
    kinds += ["swap"] * (n - len(kinds))
    return [make_case(rng, origin_code(i), quarters, k) for i, k in enumerate(kinds)]


def params_for(cases: list[Case]) -> DetectParams:
    from importlib import resources

    raw = yaml.safe_load(resources.files("sanctionwatch.detect").joinpath(PARAMS_FILE).read_text())
    raw["restricted_purposes"] = {c.origin: ["work"] for c in cases if "work" in c.counts}
    return DetectParams.model_validate(raw)


Detection = tuple[str, str, int]  # (origin, purpose, quarter index)


def ours(cases: list[Case], quarters: int, kinds: list[str]) -> tuple[set[Detection], float]:
    obs = [o for c in cases for o in observations(c, FIRST_YEAR)]
    series = resolve_observations(obs)
    params = params_for(cases)
    t = time.perf_counter()
    findings = detect_series(series, (), params, kinds)
    elapsed = time.perf_counter() - t
    return {
        (f.origin, f.purpose, quarter_index(f.period)) for f in findings if "-Q" in f.period
    }, elapsed


def peer(cases: list[Case]) -> tuple[set[Detection], float]:
    out: set[Detection] = set()
    t = time.perf_counter()
    for c in cases:
        for purpose, x in c.counts.items():
            y = x.astype(float).reshape(-1, 1)
            sigma = float(np.std(y))
            if sigma == 0:
                continue
            pen = np.log(len(y)) * sigma**2
            for b in rpt.Pelt(model="l2", min_size=2, jump=1).fit(y).predict(pen=pen)[:-1]:
                out.add((c.origin, purpose, int(b)))
    return out, time.perf_counter() - t


def score(cases: list[Case], detections: set[Detection], quarters: int) -> dict[str, float]:
    events = [
        (c.origin, p, tau, kind, float(c.means[p][tau])) for c in cases for p, tau, kind in c.events
    ]
    by_series: dict[tuple[str, str], list[int]] = defaultdict(list)
    for o, p, tau, _, _ in events:
        by_series[(o, p)].append(tau)
    tp = sum(1 for o, p, t in detections if any(abs(t - tau) <= 1 for tau in by_series[(o, p)]))
    found, delays, reportable, reportable_found = 0, [], 0, 0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o, p, tau, kind, level in events:
        hits = [t - tau for oo, pp, t in detections if (oo, pp) == (o, p) and abs(t - tau) <= 1]
        per_kind[kind][1] += 1
        if level >= 100:
            reportable += 1
        if hits:
            found += 1
            per_kind[kind][0] += 1
            delays.append(min(hits, key=abs))
            if level >= 100:
                reportable_found += 1
    n_series = sum(len(c.counts) for c in cases)
    fp = len(detections) - tp
    return {
        "detections": len(detections),
        "precision": tp / len(detections) if detections else float("nan"),
        "recall": found / len(events),
        "recall_reportable": reportable_found / reportable if reportable else float("nan"),
        "delay": float(np.mean(delays)) if delays else float("nan"),
        "fa_per_series_year": fp / (n_series * quarters / 4),
        **{f"recall_{k}": v[0] / v[1] for k, v in sorted(per_kind.items())},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=400)
    ap.add_argument("--quarters", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    cases = make_cases(args.cases, args.quarters, args.seed)
    n_series = sum(len(c.counts) for c in cases)
    n_events = sum(len(c.events) for c in cases)
    print(
        f"{len(cases)} cases, {n_series} series x {args.quarters} quarters, {n_events} events "
        f"(seed {args.seed})"
    )
    rows = []
    for name, kinds in (
        ("ours: all detectors", KINDS),
        ("ours: surge/collapse", ["surge"]),
        ("ours: changepoint", ["changepoint"]),
        ("ours: substitution", ["purpose_substitution"]),
    ):
        det, secs = ours(cases, args.quarters, kinds)
        rows.append((name, score(cases, det, args.quarters), secs))
    det, secs = peer(cases)
    rows.append(("peer: ruptures Pelt l2", score(cases, det, args.quarters), secs))
    cols = [
        "detections",
        "precision",
        "recall",
        "recall_reportable",
        "delay",
        "fa_per_series_year",
        "recall_shift",
        "recall_spike",
        "recall_swap",
    ]
    print("| method | " + " | ".join(cols) + " | seconds |")
    print("|---" * (len(cols) + 2) + "|")
    for name, s, secs in rows:
        cells = [f"{s.get(c, float('nan')):.3f}" if c != "detections" else str(s[c]) for c in cols]
        print(f"| {name} | " + " | ".join(cells) + f" | {secs:.2f} |")
    ours_all, peer_s = rows[0][1], rows[-1][1]
    print(
        f"ratios ours/peer: precision {ours_all['precision'] / peer_s['precision']:.2f}, "
        f"recall {ours_all['recall'] / peer_s['recall']:.2f}, false alarms "
        f"{ours_all['fa_per_series_year'] / max(peer_s['fa_per_series_year'], 1e-9):.3f}"
    )


if __name__ == "__main__":
    main()
