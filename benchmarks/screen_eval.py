"""Screening evaluation: precision, recall, F1 per kind, ours and nomenklatura's logic-v2.

Usage: python benchmarks/screen_eval.py --gold PATH [--threshold T] [--no-peer] [--show-errors]

The gold file is JSON Lines with ``query``, ``expected`` (a reference number, or null for a name
that is not on the list) and ``kind``. A query counts as a true positive when its best match at
or above the threshold is the expected entry; any match for a null-expected query, or a best
match that is another entry, is a false positive. The peer (nomenklatura's ``logic-v2``, the
algorithm behind the OpenSanctions matching API) compares each query, as its own entity with its
own id, with every entry of the same bundled list at its usual 0.7 threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sanctionwatch.model.entity import PERSON  # noqa: E402
from sanctionwatch.screen.match import Matcher, ScreenQuery  # noqa: E402
from sanctionwatch.screen.unlist import parse_un_xml  # noqa: E402

LIST = ROOT / "sanctionwatch" / "data" / "un_1718_list.xml"
_MATCHER: list[Matcher] = []


def _tally(rows: list[dict[str, Any]], predicted: list[str | None]) -> dict[str, dict[str, float]]:
    by: dict[str, dict[str, float]] = defaultdict(
        lambda: {"n": 0, "tp": 0, "fp": 0, "fn": 0, "pos": 0}
    )
    for r, p in zip(rows, predicted, strict=True):
        for k in (r["kind"], "ALL"):
            t = by[k]
            t["n"] += 1
            exp = r["expected"]
            if exp:
                t["pos"] += 1
            if p is not None and p == exp:
                t["tp"] += 1
            elif p is not None:
                t["fp"] += 1
            if exp and p != exp:
                t["fn"] += 1
    for t in by.values():
        pp = t["tp"] + t["fp"]
        t["precision"] = t["tp"] / pp if pp else float("nan")
        t["recall"] = t["tp"] / t["pos"] if t["pos"] else float("nan")
        pr, rc = t["precision"], t["recall"]
        t["f1"] = 2 * pr * rc / (pr + rc) if pp and t["pos"] and (pr + rc) else float("nan")
    return dict(by)


def run_ours(
    rows: list[dict[str, Any]], threshold: float | None
) -> tuple[list[str | None], float, list[Any]]:
    entities = parse_un_xml(LIST).entities
    m = Matcher(entities)
    _MATCHER.append(m)
    m.screen(["warm up the caches"])  # loads the data files once, as a long-running process has
    t0 = time.perf_counter()
    results = m.screen([ScreenQuery(r["query"]) for r in rows], threshold=threshold)
    dt = time.perf_counter() - t0
    return [res.matches[0].ref if res.matches else None for res in results], dt, results


def run_peer(rows: list[dict[str, Any]]) -> tuple[list[str | None], float, int]:
    from followthemoney import model
    from nomenklatura.matching import get_algorithm
    from nomenklatura.matching.types import ScoringConfig

    algo = get_algorithm("logic-v2")
    assert algo is not None
    config = ScoringConfig.defaults()
    entities = parse_un_xml(LIST).entities
    candidates = []
    for e in entities:
        schema = "Person" if e.kind == PERSON else "Organization"
        props: dict[str, list[str]] = {"name": [e.names[0].name]}
        aliases = [n.name for n in e.names[1:]]
        if aliases:
            props["alias"] = aliases
        candidates.append(
            (e.ref, model.get_proxy({"id": f"un-{e.ref}", "schema": schema, "properties": props}))
        )
    preds: list[str | None] = []
    pairs = 0
    t0 = time.perf_counter()
    for i, r in enumerate(rows):
        # Each query its own id: the algorithm caches comparisons by entity id.
        q = model.get_proxy(
            {"id": f"query-{i}", "schema": "LegalEntity", "properties": {"name": [r["query"]]}}
        )
        best, best_ref = 0.0, None
        for ref, c in candidates:
            q2 = model.get_proxy(
                {"id": f"query-{i}", "schema": c.schema.name, "properties": {"name": [r["query"]]}}
            )
            res = algo.compare(q2, c, config)
            pairs += 1
            if res.score > best:
                best, best_ref = res.score, ref
        preds.append(best_ref if best >= 0.7 else None)
        del q
    return preds, time.perf_counter() - t0, pairs


def _table(name: str, tally: dict[str, dict[str, float]]) -> str:
    lines = [
        f"### {name}",
        "",
        "| kind | n | TP | FP | FN | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    order = [
        "alias",
        "transliteration",
        "hangul",
        "cyrillic",
        "word_order",
        "typo",
        "partial",
        "negative",
        "ALL",
    ]
    for k in order:
        if k not in tally:
            lines.append(f"| {k} | 0 | | | | (none in this set) | | |")
    for k in sorted(tally, key=lambda x: order.index(x) if x in order else 50):
        t = tally[k]
        lines.append(
            f"| {k} | {int(t['n'])} | {int(t['tp'])} | {int(t['fp'])} | {int(t['fn'])} | "
            f"{t['precision']:.3f} | {t['recall']:.3f} | {t['f1']:.3f} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line.strip()]
    preds, dt, results = run_ours(rows, args.threshold)
    ours = _tally(rows, preds)
    print(
        _table(
            "sanctionwatch (default threshold)"
            if args.threshold is None
            else f"sanctionwatch (threshold {args.threshold})",
            ours,
        )
    )
    print(f"\nsanctionwatch: {len(rows)} queries in {dt:.3f} s = {len(rows) / dt:.1f} queries/s\n")
    pos = [
        res.matches[0].score if res.matches else 0.0
        for r, res in zip(rows, results, strict=True)
        if r["expected"]
    ]
    top_neg = []
    for r in rows:
        if not r["expected"]:
            ms = Matcher.score_query(_MATCHER[0], ScreenQuery(r["query"]))
            top_neg.append(ms[0].score if ms else 0.0)
    if pos and top_neg:
        print(
            f"margins: lowest score of a right match {min(pos):.3f}; "
            "highest score of any candidate "
            f"for a negative {max(top_neg):.3f} (threshold {_MATCHER[0].calibration.threshold})\n"
        )
    if args.show_errors:
        for r, p, res in zip(rows, preds, results, strict=True):
            if p != r["expected"]:
                top = res.matches[0] if res.matches else None
                print(
                    f"  ERR [{r['kind']}] {r['query']!r} expected={r['expected']} got={p}"
                    + (f" score={top.score:.3f} :: {top.explanation[:300]}" if top else "")
                )
    if not args.no_peer:
        ppreds, pdt, pairs = run_peer(rows)
        peer = _tally(rows, ppreds)
        print(_table("nomenklatura logic-v2 (threshold 0.7)", peer))
        print(
            f"\nlogic-v2: {len(rows)} queries, {pairs} pairs in {pdt:.2f} s = "
            f"{len(rows) / pdt:.2f} queries/s, {pairs / pdt:.0f} pairs/s"
        )
        print(
            f"\nF1: sanctionwatch {ours['ALL']['f1']:.3f} vs logic-v2 {peer['ALL']['f1']:.3f}; "
            f"speed per query: {(pdt / len(rows)) / (dt / len(rows)):.0f}x"
        )


if __name__ == "__main__":
    main()
