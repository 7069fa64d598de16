"""Time `sanctionwatch demo` end to end (fresh database each run) and the report pipeline's stages.

Usage: python benchmarks/demo_report.py [--runs 3]
The issue's budget is 15 s on a 2-core machine; timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "SANCTIONWATCH_DB": str(Path(tmp) / "bench.duckdb")}
            t0 = time.perf_counter()
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(
                [sys.executable, "-m", "sanctionwatch", "demo", "--out", str(Path(tmp) / "out")],
                env=env,
                check=True,
                capture_output=True,
                cwd=tmp,
            )
            walls.append(time.perf_counter() - t0)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    print(
        f"sanctionwatch demo, fresh database, {args.runs} runs: "
        f"median {statistics.median(walls):.2f} s,"
        f" min {min(walls):.2f} s, max {max(walls):.2f} s (budget 15 s)"
    )

    print(
        f"CPU time (user+sys) of the demo process: median {statistics.median(cpus):.2f} s "
        f"(less sensitive to other load on the machine); load average {os.getloadavg()[0]:.1f}"
    )

    from sanctionwatch.report.render import write_dossier
    from sanctionwatch.report.run import build_report, sample_article
    from sanctionwatch.sources.bundled import load_bundled
    from sanctionwatch.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "b.duckdb")
        t0 = time.perf_counter()
        load_bundled(store)
        t_load = time.perf_counter() - t0
        run = build_report(store, "KP", "RU", [sample_article()])
        store.close()
        t0 = time.perf_counter()
        write_dossier(run.dossier, Path(tmp) / "out")
        t_write = time.perf_counter() - t0
    stages = {"load bundled": t_load, **run.timings, "render and write": t_write}
    print("stages (in process): " + ", ".join(f"{k} {v:.2f} s" for k, v in stages.items()))
    print(
        f"findings {len(run.findings)}, claims checked {len(run.checks)}, "
        f"figures {len(run.dossier.figures)}, footnotes {len(run.dossier.footnotes)}"
    )


if __name__ == "__main__":
    main()
