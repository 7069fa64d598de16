"""Benchmark: `sanctionwatch sweep` over a generated news corpus, one process vs 2 workers vs Ray.

Generates N short article-like documents (default 200,000) in English, Russian, Korean and
Chinese — most about other things, some with numbers about DPRK citizens entering Russia — as
gzip JSON Lines split into several files (as daily crawls come), then sweeps them with the real
pipeline (extraction + verification against the bundled statistics) three ways:

  single  the local engine with 1 worker (everything in this process)
  local2  the local engine with 2 worker processes
  ray2    the Ray engine on a local Ray started with 2 CPUs (Ray Data, actor pool of 2)

Each configuration runs in a fresh child process; its documents/s and the peak memory of its
whole process tree (sum of proportional set sizes, PSS, sampled every 0.2 s: shared pages, such
as Ray's object store, are counted once) are printed, with the ratios to the single process, and
the three outputs are checked to be byte-identical.

    python benchmarks/sweep_bench.py [--docs 200000] [--files 8] [--only single,local2,ray2]

Figures depend on the machine and its load; on a shared machine they are noisy.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent

# Sentence templates written for this benchmark; {n} numbers, {y} years.
DPRK = {
    "en": [
        "In {y}, {n} citizens of North Korea entered Russia, the border service said.",
        "About {n} North Korean workers arrived in Russia in {y}, up from the year before.",
        "Russia registered {n} entries by DPRK nationals for study in {y}.",
    ],
    "ru": [
        "В {y} году в Россию въехали {n} граждан КНДР, сообщила пограничная служба.",
        "Число въездов граждан Северной Кореи с целью учебы в {y} году составило {n}.",
    ],
    "ko": ["{y}년 북한 주민 {n}명이 러시아에 입국했다고 국경수비대가 밝혔다."],
    "zh": ["{y}年有{n}名朝鲜公民入境俄罗斯。"],
}
OTHER = {
    "en": [
        "The city council approved a budget of {n} dollars for road repairs in {y}.",
        "The football club signed a new coach on a {n}-day trial after a poor season.",
        "Weather: heavy rain is expected in the north; temperatures near {n} degrees.",
        "The museum reopened after renovation and expects visitors from across the region.",
    ],
    "ru": [
        "Городской совет утвердил бюджет на ремонт дорог в {y} году.",
        "Футбольный клуб подписал контракт с новым тренером после неудачного сезона.",
        "В выходные в парке пройдет фестиваль, ожидается {n} гостей.",
    ],
    "ko": ["시의회는 {y}년 도로 보수 예산을 승인했다.", "주말에는 전국에 비가 내릴 전망이다."],
    "zh": ["市议会批准了{y}年的道路维修预算。", "周末全国大部分地区将有降雨。"],
}


def generate(directory: Path, docs: int, files: int, seed: int = 8) -> list[Path]:
    rng = random.Random(seed)
    langs = ["en", "en", "ru", "ru", "ko", "zh"]
    paths = [directory / f"news-{i:02d}.jsonl.gz" for i in range(files)]
    # several files written in turn: closed in the finally below, not with one `with` each
    handles = [gzip.open(p, "wt", encoding="utf-8", compresslevel=1) for p in paths]  # noqa: SIM115
    try:
        for i in range(docs):
            lang = rng.choice(langs)
            sentences = [rng.choice(OTHER[lang]) for _ in range(rng.randint(2, 5))]
            if rng.random() < 0.2:
                sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(DPRK[lang]))
            text = " ".join(
                s.format(
                    n=rng.choice([rng.randint(10, 99), rng.randint(100, 20000)]),
                    y=rng.randint(2015, 2024),
                )
                for s in sentences
            )
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            rec = {
                "id": f"n{i:07d}",
                "url": f"https://news.example/{lang}/{i}",
                "date": day,
                "lang": lang if rng.random() < 0.7 else None,
                "text": text,
            }
            handles[i % files].write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        for h in handles:
            h.close()
    return paths


def _one(mode: str, inputs: list[Path], out: Path, db: Path) -> None:
    """Child process: one sweep, figures as JSON on the last line of standard output."""
    from sanctionwatch.claims.snapshot import Snapshot
    from sanctionwatch.sources.bundled import load_bundled
    from sanctionwatch.store import Store
    from sanctionwatch.sweep.pipeline import ClaimSweeper
    from sanctionwatch.sweep.runner import run_sweep

    with Store(db) as store:
        load_bundled(store)
        snapshot = Snapshot.from_store(store)
    engine, workers = {"single": ("local", 1), "local2": ("local", 2), "ray2": ("ray", 2)}[mode]
    s = run_sweep(
        inputs,
        out,
        lambda: ClaimSweeper(snapshot),
        fingerprint=mode,
        engine=engine,
        workers=workers,
    )
    print(
        json.dumps(
            {
                "documents": s.documents,
                "claims": s.claims,
                "seconds": s.seconds,
                "verdicts": s.verdicts,
                "failures": len(s.failures),
            }
        )
    )


def _tree_pss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            mi = p.memory_full_info()
            total += getattr(mi, "pss", mi.rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def measure(mode: str, inputs: list[Path], work: Path) -> dict[str, float]:
    out = work / f"out-{mode}.parquet"
    cmd = [
        sys.executable,
        __file__,
        "--child",
        mode,
        "--out",
        str(out),
        "--db",
        str(work / f"{mode}.duckdb"),
        *map(str, inputs),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_pss(ps))
            time.sleep(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    wall = time.perf_counter()
    stdout, _ = proc.communicate()
    wall = time.perf_counter() - wall
    stop.set()
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"{mode}: child failed with exit code {proc.returncode}")
    fig = json.loads(stdout.strip().splitlines()[-1])
    fig.update(
        {"wall": wall, "peak_mb": peak / 2**20, "docs_per_s": fig["documents"] / fig["seconds"]}
    )
    return fig


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200_000)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--only", default="single,local2,ray2")
    ap.add_argument("--child")
    ap.add_argument("--out")
    ap.add_argument("--db")
    ap.add_argument("inputs", nargs="*")
    args = ap.parse_args()
    if args.child:
        _one(args.child, [Path(p) for p in args.inputs], Path(args.out), Path(args.db))
        return

    with tempfile.TemporaryDirectory(prefix="sweep-bench-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        inputs = generate(work, args.docs, args.files)
        size = sum(p.stat().st_size for p in inputs)
        print(
            f"corpus: {args.docs:,} documents in {args.files} gzip JSON Lines files, "
            f"{size / 2**20:.1f} MiB, generated in {time.perf_counter() - t0:.1f} s"
        )
        results: dict[str, dict[str, float]] = {}
        for mode in args.only.split(","):
            results[mode] = r = measure(mode, inputs, work)
            print(
                f"{mode:7s} {r['documents']:,} docs, {r['claims']:,} claims, "
                f"{r['seconds']:.1f} s sweep ({r['wall']:.1f} s with start-up), "
                f"{r['docs_per_s']:,.0f} docs/s, peak {r['peak_mb']:,.0f} MiB",
                flush=True,
            )
        base = results.get("single")
        if base:
            for mode, r in results.items():
                if mode != "single":
                    print(
                        f"{mode} / single: throughput x{r['docs_per_s'] / base['docs_per_s']:.2f}, "
                        f"peak memory x{r['peak_mb'] / base['peak_mb']:.2f}"
                    )
        outs = [(work / f"out-{m}.parquet").read_bytes() for m in results]
        same = all(o == outs[0] for o in outs)
        print(f"outputs byte-identical across {', '.join(results)}: {same}")
        if results:
            print("verdicts:", json.dumps(next(iter(results.values()))["verdicts"]))


if __name__ == "__main__":
    main()
