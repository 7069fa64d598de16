"""Claim verification throughput, and extraction + verification end to end on generated JSON Lines.

    python benchmarks/claims_verify_throughput.py [--claims 200000] [--mb 20] [--workers N]

1. builds the statistics snapshot from the bundled data (time, facts, pickled size);
2. checks ``--claims`` hand-built claims (every qualifier, period kind, purpose, comparisons,
   related figures and claims the store cannot answer) in one process: claims/s;
3. writes a generated multilingual JSON Lines corpus of ``--mb`` MB (and a quarter of it) and
   runs ``sanctionwatch claims check FILE --format jsonl`` on it with 1 and ``--workers``
   processes: MB/s, claims/s and the peak RSS of the largest process, for both sizes, to show
   that memory does not grow with the input.

No peer: no other tool checks such claims against these statistics (quantulum3, the issue's
extraction peer, is measured in benchmarks/claims_throughput.py). Timings on a shared machine
are noisy; the figures go to benchmarks/results/4-claims-verify.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sanctionwatch.claims.batch import default_workers
from sanctionwatch.claims.snapshot import Snapshot
from sanctionwatch.claims.verify import check_claims
from sanctionwatch.model.claim import Claim, Comparison
from sanctionwatch.sources.bundled import load_bundled
from sanctionwatch.store import Store

PERIODS = [
    "2019",
    "2022",
    "2023",
    "2024",
    "2024-Q1",
    "2024-Q2",
    "2024-07..2024-09",
    "2024-Q4",
    "2024-01..2024-06",
    "2024-07..2024-12",
    "2025-Q1",
    "2023-Q3",
    "2031",
    None,
]
PURPOSES = ["total", "total", "study", "business", "private", "work", "transit", None]
QUALIFIERS = ["exact", "exact", "approx", "more_than", "at_least", "at_most", "vague"]
WORDS = {
    "approx": ["about", "nearly", "almost", "roughly"],
    "more_than": ["more than"],
    "at_least": ["at least"],
    "at_most": ["up to"],
    "exact": [""],
    "vague": ["thousands of"],
}


def make_claims(n: int, seed: int) -> list[Claim]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        q = rnd.choice(
            [
                13221,
                13000,
                13,
                7887,
                8000,
                7800,
                5263,
                1117,
                1696,
                2508,
                332,
                3765,
                21000,
                6000,
                130,
                11000,
                rnd.randint(1, 20000),
            ]
        )
        qual = rnd.choice(QUALIFIERS)
        word = rnd.choice(WORDS[qual])
        text = f"{q:,}"
        sentence = f"In that period {word} {text} North Koreans entered Russia."
        start = sentence.index(text)
        unit = rnd.choice(["persons", "persons", "entries", "students", "troops", "visas", "usd"])
        comp = None
        if rnd.random() < 0.2:
            comp = Comparison(
                rnd.choice(["ratio", "percent_change", "difference", "record"]),
                rnd.choice([12, 2, 40, 11.8, None]),
                rnd.choice(["2023", "2022", None]),
            )
        quantity: float | None = None if (comp and rnd.random() < 0.5) else float(q)
        out.append(
            Claim(
                f"d{i // 4}",
                sentence,
                (start, start + len(text)),
                quantity,
                qual,
                unit,
                "KP",
                "RU",
                rnd.choice(PURPOSES),
                rnd.choice(PERIODS),
                comp,
                None,
                "en",
                (0, len(sentence)),
                text,
            )
        )
    return out


TEMPLATES = {
    "en": [
        "In {y}, {n:,} North Koreans entered Russia, according to the FSB border service.",
        "Nearly {k:,} of them said they came to study in {y}, up from {b:,} a year earlier.",
        "The number of North Korean students entering Russia rose {r}-fold in {y}.",
        "About {n:,} citizens of the DPRK crossed into Russia in the third quarter of {y}.",
    ],
    "ru": [
        "В {y} году в Россию въехали {n} граждан КНДР, следует из данных ФСБ.",
        "Почти {k} из них указали целью поездки учебу.",
        "Число въездов граждан КНДР с целью учебы выросло в {r} раз за {y} год.",
    ],
    "ko": [
        "{y}년 러시아에 입국한 북한 주민은 {n}명으로 집계됐다.",
        "이 가운데 유학 목적은 {k}명이었다.",
        "북한 유학생 입국자는 전년 대비 {r}배로 늘었다.",
    ],
    "zh": [
        "{y}年共有{n}名朝鲜公民入境俄罗斯。",
        "其中约{k}人以留学为目的。",
        "以学习为目的入境的朝鲜人增长了{r}倍。",
    ],
}
FILLER = {
    "en": "Officials in Seoul said they were watching the situation closely and declined to "
    "comment further.",
    "ru": "В министерстве не ответили на запрос редакции, сославшись на занятость.",
    "ko": "정부 관계자는 상황을 예의주시하고 있다고 밝혔다.",
    "zh": "官员表示正在密切关注事态发展,并拒绝进一步置评。",
}


def write_corpus(path: Path, mb: float, seed: int) -> tuple[int, int]:
    rnd = random.Random(seed)
    target = int(mb * 1e6)
    size = docs = 0
    with path.open("w", encoding="utf-8") as fh:
        while size < target:
            lang = rnd.choice(list(TEMPLATES))
            parts = []
            for _ in range(rnd.randint(6, 14)):
                if rnd.random() < 0.25:
                    t = rnd.choice(TEMPLATES[lang])
                    parts.append(
                        t.format(
                            y=rnd.choice([2019, 2023, 2024]),
                            r=rnd.choice([5, 12]),
                            n=rnd.choice([13221, 13000, 5263, 1117, rnd.randint(10, 20000)]),
                            k=rnd.choice([7887, 8000, 3765]),
                            b=rnd.choice([1117, 332]),
                        )
                    )
                else:
                    parts.append(FILLER[lang])
            sep = " " if lang in ("en", "ru", "ko") else ""
            line = (
                json.dumps(
                    {"id": f"g{docs}", "lang": lang, "date": "2025-02-10", "text": sep.join(parts)},
                    ensure_ascii=False,
                )
                + "\n"
            )
            fh.write(line)
            size += len(line.encode("utf-8"))
            docs += 1
    return docs, size


def run_cli(db: Path, corpus: Path, workers: int) -> tuple[float, int, int, int]:
    """Wall seconds, output claims, peak RSS of the largest process and of all processes
    together (bytes, sampled every 20 ms with psutil)."""
    import psutil

    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sanctionwatch",
                "--db",
                str(db),
                "claims",
                "check",
                str(corpus),
                "--format",
                "jsonl",
                "--workers",
                str(workers),
            ],
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
        ps = psutil.Process(proc.pid)
        largest = total = 0
        while proc.poll() is None:
            try:
                rss = [p.memory_info().rss for p in [ps, *ps.children(recursive=True)]]
            except psutil.Error:
                rss = []
            if rss:
                largest, total = max(largest, *rss), max(total, sum(rss))
            time.sleep(0.02)
        wall = time.perf_counter() - t0
        if proc.returncode:
            raise SystemExit(f"claims check failed with exit code {proc.returncode}")
        out.seek(0)
        claims = sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))
    return wall, claims, largest, total


def _self_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--claims", type=int, default=200_000)
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        store = Store(db)
        load_bundled(store)
        t1 = time.perf_counter()
        snap = Snapshot.from_store(store)
        t2 = time.perf_counter()
        store.close()
        blob = pickle.dumps(snap)
        print(
            f"snapshot: {len(snap)} facts, built in {t2 - t1:.2f} s (store load {t1 - t0:.2f} s), "
            f"pickled {len(blob) / 1024:.0f} KB"
        )

        claims = make_claims(args.claims, args.seed)
        check_claims(snap, claims[:1000])  # warm caches
        c0, w0 = time.process_time(), time.perf_counter()
        results = check_claims(snap, claims)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        verdicts: dict[str, int] = {}
        for r in results:
            verdicts[r.verdict] = verdicts.get(r.verdict, 0) + 1
        print(
            f"verification: {len(claims):,} claims in {wall:.2f} s wall / {cpu:.2f} s CPU = "
            f"{len(claims) / cpu:,.0f} claims/s per core (CPU) ({len(claims) / wall:,.0f} wall); "
            f"verdicts {verdicts}; peak RSS {_self_rss_mb():.0f} MB"
        )
        # claims the store answers do the most work (lookups, tolerance, explanation, sources)
        answered = [r.claim for r in results if r.verdict != "not_enough_data"]
        c0 = time.process_time()
        check_claims(snap, answered)
        cpu = time.process_time() - c0
        print(
            f"verification, answerable claims only: {len(answered):,} claims, "
            f"{len(answered) / cpu:,.0f} claims/s per core (CPU)"
        )
        del results, claims, answered

        for mb in (args.mb / 4, args.mb) if args.mb > 0 else ():  # --mb 0: verification only
            corpus = Path(tmp) / f"corpus-{mb:g}.jsonl"
            docs, size = write_corpus(corpus, mb, args.seed)
            for workers in sorted({1, args.workers}):
                wall, n, largest, total = run_cli(db, corpus, workers)
                print(
                    f"end to end ({size / 1e6:.1f} MB, {docs:,} docs, --workers {workers}): "
                    f"{wall:.1f} s wall, {size / 1e6 / wall:.2f} MB/s, {n / wall:,.0f} claims/s "
                    f"({n:,} claims); peak RSS largest process {largest / 2**20:.0f} MB, "
                    f"all processes {total / 2**20:.0f} MB"
                )
            corpus.unlink()
    print(f"(machine: {os.cpu_count()} cores, shared; timings are noisy)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
