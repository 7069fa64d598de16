"""Benchmark: import a generated FSB-layout history and query the resolved flows.

Generates about 250 countries x 10 purposes x 4 cumulative releases a year (январь-март,
январь-июнь, январь-сентябрь, январь-декабрь) x 15 years = 60 files in a temporary
directory (cp1251 `;` CSV, UTF-8 `,` CSV and XLSX, with the 2019 form change that added
«Учеба» and «Работа» and the 2025 one that dropped them, and some withheld cells), imports
them with the real ingest path (the `sanctionwatch ingest` command, in process), then times
`flows` for one pair (median of several runs) and for every pair.

    python benchmarks/bench_ingest.py [--years 15] [--runs 7] [--tracemalloc]

Figures depend on the machine and its load; on a shared machine they are noisy.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import openpyxl
import pycountry

from sanctionwatch.flows import load_series, series_values
from sanctionwatch.geo import country_code
from sanctionwatch.store import Store

MONTHS = {3: "март", 6: "июнь", 9: "сентябрь", 12: "декабрь"}
PURPOSES = [
    "Служебная",
    "Деловая",
    "Туризм",
    "Частная",
    "Учеба",
    "Работа",
    "Транзит",
    "ПМЖ",
    "Обслуживающий персонал",
]


def country_names() -> list[str]:
    """Russian names of every ISO country that the importer resolves (about 249)."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    names = []
    for c in pycountry.countries:
        if c.alpha_2 == "RU":
            continue
        n = ru.gettext(c.name)
        if c.alpha_2 == "KP":
            n = "Корея, Народно-Демократическая Республика"
        if country_code(n) == c.alpha_2:
            names.append(n)
    return names


def generate(out: Path, years: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    names = country_names()
    first = 2025 - years + 1
    paths = []
    for year in range(first, 2026):
        purposes = [p for p in PURPOSES if year >= 2019 or p not in ("Учеба", "Работа")]
        if year >= 2025:
            purposes = [p for p in purposes if p not in ("Учеба", "Работа")]
        header = ["Страна", "Всего", *purposes]
        running = {n: [0] * len(purposes) for n in names}
        for q, m in enumerate((3, 6, 9, 12), start=1):
            rows = []
            for n in names:
                acc = running[n]
                for i in range(len(acc)):
                    acc[i] += rng.randint(0, 5000 if i < 3 else 400)
                cells: list[object] = [n, sum(acc), *acc]
                if year == 2025 and n.startswith("Корея, Н"):
                    cells = [n, *["-"] * (len(cells) - 1)]  # withheld, as from Q2 2025
                rows.append(cells)
            title = (
                f"Въезд иностранных граждан в Российскую Федерацию за январь-{MONTHS[m]} {year} г."
            )
            if q == 4:
                path = out / f"fsb_{year}_{m:02d}.xlsx"
                wb = openpyxl.Workbook(write_only=True)
                ws = wb.create_sheet()
                ws.append([title])
                ws.append(header)
                ws.append(["Всего иностранных граждан", *[None] * (len(header) - 1)])
                for r in rows:
                    ws.append(r)
                wb.save(path)
            else:
                path = out / f"fsb_{year}_{m:02d}.csv"
                enc, delim = ("cp1251", ";") if q % 2 else ("utf-8", ",")
                with path.open("w", encoding=enc, newline="") as f:
                    w = csv.writer(f, delimiter=delim)
                    w.writerow([title])
                    w.writerow(header)
                    for r in rows:
                        w.writerow(
                            [
                                f"{c:,}".replace(",", "\u00a0") if isinstance(c, int) else c
                                for c in r
                            ]
                        )
            paths.append(path)
    return paths


def peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--years", type=int, default=15)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument(
        "--tracemalloc", action="store_true", help="also measure Python heap peak (slower)"
    )
    args = ap.parse_args()

    from typer.testing import CliRunner

    from sanctionwatch.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        t0 = time.perf_counter()
        paths = generate(d, args.years)
        gen_s = time.perf_counter() - t0
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        db = d / "bench.duckdb"
        Store(db).close()  # an empty database, so the timing is of the import alone
        # Bundled data first (the CLI loads it on first use); not part of the timed import.
        runner = CliRunner()
        r = runner.invoke(app, ["--db", str(db), "init", "--format", "json"])
        assert r.exit_code == 0, r.output
        rss_before = peak_rss_mb()
        if args.tracemalloc:
            tracemalloc.start()
        t0, c0 = time.perf_counter(), time.process_time()
        r = runner.invoke(app, ["--db", str(db), "ingest", *map(str, paths), "--format", "json"])
        ingest_s, ingest_cpu = time.perf_counter() - t0, time.process_time() - c0
        heap_mb = tracemalloc.get_traced_memory()[1] / 1e6 if args.tracemalloc else None
        if args.tracemalloc:
            tracemalloc.stop()
        if r.exit_code != 0:
            print(r.output, file=sys.stderr)
            raise SystemExit(f"ingest failed with exit code {r.exit_code}")
        payload = json.loads(r.stdout)
        rss_ingest = peak_rss_mb()

        with Store(db) as store:
            n_obs = store.count_observations()
            one, one_cpu = [], []
            for _ in range(args.runs):
                t0, c0 = time.perf_counter(), time.process_time()
                rows = [v.to_dict() for v in series_values(load_series(store, "KP", "RU"))]
                one.append(time.perf_counter() - t0)
                one_cpu.append(time.process_time() - c0)
            n_one = len(rows)
            allq, allq_cpu = [], []
            for _ in range(max(3, args.runs // 2)):
                t0, c0 = time.perf_counter(), time.process_time()
                series = load_series(store)
                n_all = sum(len(s.values) for s in series.values())
                allq.append(time.perf_counter() - t0)
                allq_cpu.append(time.process_time() - c0)
        q3 = sum(1 for x in rows if x["period_kind"] == "quarter" and x["derived"])

    print(
        f"generated {len(paths)} files ({size_mb:.1f} MB; "
        f"{sum(p.suffix == '.xlsx' for p in paths)} XLSX) in {gen_s:.2f} s"
    )
    print(
        f"ingest: {ingest_s:.2f} s wall ({ingest_cpu:.2f} s CPU), {payload['imported']:,} figures, "
        f"{len(payload['vintages'])} vintages, {payload['derived']:,} derived values reported; "
        f"{n_obs:,} observations in the store"
    )
    print(
        f"peak RSS: {rss_before:.0f} MB before ingest, {rss_ingest:.0f} MB after"
        + (f"; Python heap peak during ingest {heap_mb:.0f} MB" if heap_mb is not None else "")
    )
    print(
        f"flows KP->RU: median {statistics.median(one) * 1000:.1f} ms "
        f"(CPU median {statistics.median(one_cpu) * 1000:.1f} ms; min {min(one) * 1000:.1f}, "
        f"max {max(one) * 1000:.1f}, {len(one)} runs; "
        f"{n_one} values, {q3} derived quarters)"
    )
    print(
        f"flows, all pairs: median {statistics.median(allq) * 1000:.0f} ms "
        f"(CPU {statistics.median(allq_cpu) * 1000:.0f} ms) "
        f"({len(allq)} runs; {n_all:,} values in {len(series):,} series)"
    )
    print(f"cpus: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
