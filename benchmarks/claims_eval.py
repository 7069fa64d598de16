"""Score claim extraction against a gold file, beside quantulum3 as the peer, in the same run.

    python benchmarks/claims_eval.py --gold ../shared/eval/claims_dev.jsonl [--json] [--errors]

Gold lines: {"id", "lang", "text", "source_date"?, "is_claim", "claims": [{"quantity", "qualifier",
"unit", "origin", "destination", "purpose", "period", "comparison", "attribution"}]}.

Claims are matched within a line by quantity (and by comparison value when the quantity is null),
one to one. Precision counts every predicted claim, including those on distractor lines
(``is_claim`` false); recall counts every gold claim. Per-field accuracy is over matched pairs.
Distractor precision is the share of distractor lines on which nothing was extracted.
Periods are compared by the days they cover ("2024-07..2024-09" is "2024-Q3").

Two readings are scored. "Sentence by sentence" gives the extractor each line alone: the strict
figure, since a gold reading often rests on the article around the line ("같은 기간", "this is
twelve times the 2023 figure"). "As articles" joins the lines that share a ``source_url``, in file
order and separated by a blank line, into one document, the way the product reads an article (a
figure that names no countries or period takes those of the figure before it), and credits each
claim to the line its span falls in. Lines without a ``source_url`` stay alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sanctionwatch.claims.extract import extract_claims
from sanctionwatch.model.period import Period

FIELDS = (
    "purpose",
    "period",
    "origin",
    "destination",
    "qualifier",
    "comparison",
    "unit",
    "attribution",
)
TARGET_FIELDS = FIELDS[:6]


def _period_key(label: Any) -> Any:
    if not label:
        return None
    try:
        p = Period.parse(label)
        return (p.start, p.end)
    except Exception:
        return label


def _same(field: str, g: Any, p: Any) -> bool:
    if field == "period":
        return _period_key(g) == _period_key(p)
    if field == "comparison":
        if not g or not p:
            return not g and not p
        gv, pv = g.get("value"), p.get("value")
        same_v = (gv is None and pv is None) or (
            gv is not None and pv is not None and abs(gv - pv) <= 0.01 * max(1, abs(gv))
        )
        return (
            g.get("kind") == p.get("kind")
            and same_v
            and _period_key(g.get("baseline_period")) == _period_key(p.get("baseline_period"))
        )
    if field == "attribution":
        return (g or None) == (p or None)
    return g == p


def _match(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i in used:
                continue
            gq, pq = g.get("quantity"), p.get("quantity")
            if gq is None:
                ok = pq is None and _same(
                    "comparison",
                    {
                        "kind": (g.get("comparison") or {}).get("kind"),
                        "value": (g.get("comparison") or {}).get("value"),
                    },
                    {
                        "kind": (p.get("comparison") or {}).get("kind"),
                        "value": (p.get("comparison") or {}).get("value"),
                    },
                )
            else:
                ok = pq is not None and abs(float(gq) - float(pq)) <= 1e-6 * max(
                    1.0, abs(float(gq))
                )
            if ok:
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def _ours(row: dict[str, Any]) -> list[dict[str, Any]]:
    d = row.get("source_date") or row.get("date")
    doc_date = date.fromisoformat(d) if d else None
    return [
        c.to_dict()
        for c in extract_claims(
            row["text"], lang=row.get("lang") or "auto", doc_date=doc_date, doc_id=row["id"]
        )
    ]


class _Articles:
    """Predictions for each line read as part of its article (see the module docstring)."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            groups[row.get("source_url") or f"\0{row['id']}"].append(row)
        self._group = {id(r): g for g in groups.values() for r in g}
        self._done: dict[int, list[dict[str, Any]]] = {}

    def __call__(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        if id(row) not in self._done:
            self._read(self._group[id(row)])
        return self._done[id(row)]

    def _read(self, group: list[dict[str, Any]]) -> None:
        bounds, parts, at = [], [], 0
        for r in group:
            bounds.append((at, at + len(r["text"]), r))
            parts.append(r["text"])
            at += len(r["text"]) + 2
        first = group[0]
        d = first.get("source_date") or first.get("date")
        for _, _, r in bounds:
            self._done[id(r)] = []
        for c in extract_claims(
            "\n\n".join(parts),
            lang=first.get("lang") or "auto",
            doc_date=date.fromisoformat(d) if d else None,
            doc_id=first["id"],
        ):
            for a, b, r in bounds:
                if a <= c.span[0] < b:
                    self._done[id(r)].append(c.to_dict())


def quantulum_parser() -> tuple[Any, str]:
    """quantulum3's parser, and a note on the mode it runs in.

    Its pickled unit classifier does not load with recent scikit-learn ("No module named
    '_loss'"); it is then run in its no-classifier mode, the mode it uses without its
    ``[classifier]`` extra, rather than failing on every ambiguous unit.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, parser

        note = "with its unit classifier"
        try:
            if classifier.USE_CLF:
                classifier.classifier("en_US", None)  # loads the pickled model
        except Exception as e:
            classifier.USE_CLF = False
            note = f"in no-classifier mode (its classifier failed to load: {type(e).__name__}: {e})"
    return parser, note


def _quantulum() -> Any:
    try:
        parser, note = quantulum_parser()
    except Exception as e:  # report plainly; our figures still print
        print(f"quantulum3 could not be imported: {e}", file=sys.stderr)
        return None
    print(f"quantulum3 runs {note}", file=sys.stderr)

    def run(row: dict[str, Any]) -> list[dict[str, Any]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                qs = parser.parse(row["text"])
            except Exception as e:  # counted as finding nothing, and said so
                run.failures.append(f"{row['id']}: {type(e).__name__}: {e}")  # type: ignore[attr-defined]
                return []
        return [{"quantity": q.value} for q in qs]

    run.failures = []  # type: ignore[attr-defined]
    return run


def score(rows: list[dict[str, Any]], predict: Any) -> dict[str, Any]:
    by_lang: dict[str, dict[str, Any]] = defaultdict(
        lambda: {
            "tp": 0,
            "pred": 0,
            "gold": 0,
            "fields": defaultdict(lambda: [0, 0]),
            "dis": [0, 0],
        }
    )
    errors = []
    t0 = time.perf_counter()
    nbytes = 0
    for row in rows:
        pred = predict(row)
        nbytes += len(row["text"].encode("utf-8"))
        gold = row.get("claims") or []
        for key in (row["lang"], "all"):
            s = by_lang[key]
            pairs = _match(gold, pred)
            s["tp"] += len(pairs)
            s["pred"] += len(pred)
            s["gold"] += len(gold)
            if not row.get("is_claim"):
                s["dis"][0] += 1 if not pred else 0
                s["dis"][1] += 1
            for g, p in pairs:
                for f in FIELDS:
                    s["fields"][f][1] += 1
                    s["fields"][f][0] += 1 if (f in p and _same(f, g.get(f), p.get(f))) else 0
            if key == "all":
                matched_g = {id(g) for g, _ in pairs}
                matched_p = {id(p) for _, p in pairs}
                for g in gold:
                    if id(g) not in matched_g:
                        errors.append((row["id"], "missed", g.get("quantity"), g.get("comparison")))
                for p in pred:
                    if id(p) not in matched_p:
                        errors.append((row["id"], "extra", p.get("quantity"), p.get("text")))
                for g, p in pairs:
                    for f in FIELDS:
                        if f in p and not _same(f, g.get(f), p.get(f)):
                            errors.append((row["id"], f"field {f}", g.get(f), p.get(f)))
    elapsed = time.perf_counter() - t0
    out: dict[str, Any] = {"seconds": elapsed, "bytes": nbytes, "langs": {}, "errors": errors}
    for key, s in by_lang.items():
        p = s["tp"] / s["pred"] if s["pred"] else 0.0
        r = s["tp"] / s["gold"] if s["gold"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out["langs"][key] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f1, 3),
            "matched": s["tp"],
            "predicted": s["pred"],
            "gold": s["gold"],
            "fields": {f: (round(a / n, 3) if n else None) for f, (a, n) in s["fields"].items()},
            "distractor_precision": round(s["dis"][0] / s["dis"][1], 3) if s["dis"][1] else None,
            "distractors": s["dis"][1],
        }
    return out


def _print(name: str, res: dict[str, Any], has_fields: bool) -> None:
    print(f"\n## {name}  ({res['bytes']} bytes in {res['seconds']:.3f} s)")
    head = "| lang | P | R | F1 | matched/pred/gold | distractor P |"
    if has_fields:
        head += " " + " | ".join(FIELDS) + " |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for lang in ("en", "ru", "ko", "zh", "all"):
        s = res["langs"].get(lang)
        if not s:
            continue
        dp = (
            "n/a"
            if s["distractor_precision"] is None
            else f"{s['distractor_precision']:.2f} ({s['distractors']})"
        )
        line = f"| {lang} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} | {s['matched']}/{s['predicted']}/{s['gold']} | {dp} |"  # noqa: E501
        if has_fields:
            line += (
                " "
                + " | ".join(
                    "n/a" if s["fields"].get(f) is None else f"{s['fields'][f]:.2f}" for f in FIELDS
                )
                + " |"
            )
        print(line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--errors", action="store_true", help="list every miss, extra and wrong field")
    args = ap.parse_args()
    rows = []
    for i, line in enumerate(args.gold.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            print(f"{args.gold}:{i}: not valid JSON: {e}", file=sys.stderr)
            return 2
    ours = score(rows, _ours)
    articles = score(rows, _Articles(rows))
    peer_fn = _quantulum()
    peer = score(rows, peer_fn) if peer_fn else None
    if args.json:
        for res in (ours, articles, peer):
            if res:
                res.pop("errors")
        print(
            json.dumps(
                {"sanctionwatch": ours, "sanctionwatch_articles": articles, "quantulum3": peer},
                indent=2,
            )
        )
        return 0
    _print("sanctionwatch, sentence by sentence", ours, True)
    _print(
        "sanctionwatch, as articles (lines sharing a source_url read as one text)", articles, True
    )
    if peer:
        _print("quantulum3 (peer; extracts no fields)", peer, False)
        if peer_fn.failures:
            print(f"quantulum3 raised on {len(peer_fn.failures)} lines (counted as no quantities):")
            for f in peer_fn.failures[:5]:
                print("   ", f)
        a, b = ours["langs"]["all"]["f1"], peer["langs"]["all"]["f1"]
        print(f"\nclaim F1 overall: sanctionwatch {a:.2f} vs quantulum3 {b:.2f}")
    else:
        print("\nquantulum3: not available (see the message above); no peer figures.")
    if args.errors:
        for name, res in (("sentence by sentence", ours), ("as articles", articles)):
            print(f"\n## errors (sanctionwatch, {name})")
            for e in res["errors"]:
                print("  ", *e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
