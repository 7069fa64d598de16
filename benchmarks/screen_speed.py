"""Screening speed: 100,000 generated names against the bundled UN 1718 list, on N worker processes.

Usage: python benchmarks/screen_speed.py [--names 100000] [--workers 2] [--seed 1]

Names are generated (seeded): Korean personal names in several romanizations and orders, Hangul
and Cyrillic names, organisation names with legal forms, Western names, and 1% listed names
re-spelled. The matcher is built once, pickled and shipped to each worker, as a sweep would do.
Timings on a shared machine are noisy; run it twice.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import pickle
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sanctionwatch.screen.korean import romanize  # noqa: E402
from sanctionwatch.screen.lists import bundled_list_path  # noqa: E402
from sanctionwatch.screen.match import Matcher  # noqa: E402
from sanctionwatch.screen.unlist import parse_un_xml  # noqa: E402

_SURNAMES = (
    "김이리박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방"
    "공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_GIVEN = (
    "정영철성수일광명호진민혁남순숙희경옥선미은용국승준현동석범학만세춘길봉태우원근상훈웅식섭환복"
)
_CYR_SYL = [
    "Ким",
    "Пак",
    "Ли",
    "Чхве",
    "Чон",
    "Кан",
    "Чо",
    "Юн",
    "Хан",
    "Сон",
    "Ир",
    "Ын",
    "Чер",
    "Су",
    "Хо",
    "Нам",
    "Мён",
    "Гук",
    "Ён",
    "Хёк",
    "Гван",
    "Чхоль",
    "Сик",
    "Сун",
    "Чун",
    "Хи",
    "Тхэ",
    "Ман",
]
_ORG_WORDS = [
    "Trading",
    "Shipping",
    "Bank",
    "Machinery",
    "Investment",
    "Technology",
    "Mining",
    "Development",
    "Electronics",
    "Chemical",
    "General",
    "International",
    "Joint Venture",
    "Import Export",
    "Logistics",
]
_LEGAL = ["Co., Ltd.", "Corporation", "Company Limited", "LLC", "Corp", "Ltd", "", "", "ООО", "JSC"]
_WEST = [
    "John",
    "Maria",
    "Peter",
    "Olga",
    "Ivan",
    "Anna",
    "Sergei",
    "Elena",
    "David",
    "Laura",
    "Smith",
    "Ivanov",
    "Petrova",
    "Garcia",
    "Muller",
    "Novak",
    "Kowalski",
    "Brown",
    "Sidorov",
    "Lopez",
]


def generate(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    listed = [
        nm.name
        for e in parse_un_xml(bundled_list_path()).entities
        for nm in e.names
        if nm.name.isascii()
    ]
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            fam = rng.choice(_SURNAMES)
            given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
            system = rng.choice(("rr", "mr", "dprk"))
            f = romanize(fam, system).title()
            g = [romanize(c, system) for c in given]
            sep = rng.choice((" ", "-", ""))
            gs = sep.join(g).title() if sep != " " else " ".join(x.title() for x in g)
            out.append(f"{gs} {f.upper()}" if rng.random() < 0.3 else f"{f} {gs}")
        elif r < 0.65:
            out.append(rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(2)))
        elif r < 0.70:
            out.append(" ".join(rng.choice(_CYR_SYL) for _ in range(3)))
        elif r < 0.90:
            proper = "".join(romanize(rng.choice(_GIVEN), "dprk") for _ in range(2)).title()
            words = [
                rng.choice(("Korea", "", "", "Pyongyang")),
                proper,
                *rng.sample(_ORG_WORDS, rng.choice((1, 2))),
                rng.choice(_LEGAL),
            ]
            out.append(" ".join(w for w in words if w))
        elif r < 0.99:
            out.append(f"{rng.choice(_WEST[:10])} {rng.choice(_WEST[10:])}")
        else:
            out.append(rng.choice(listed).lower())
    return out


_WORKER: list[Matcher] = []


def _init(blob: bytes) -> None:
    _WORKER.append(pickle.loads(blob))


def _work(chunk: list[str]) -> tuple[int, float]:
    t = time.process_time()
    matched = sum(1 for r in _WORKER[0].screen(chunk) if r.matches)
    return matched, time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    names = generate(args.names, args.seed)
    print(f"{len(names)} names generated ({len(set(names))} distinct)")
    t0 = time.perf_counter()
    matcher = Matcher(parse_un_xml(bundled_list_path()).entities)
    blob = pickle.dumps(matcher)
    print(
        f"matcher built and pickled in {time.perf_counter() - t0:.2f} s ({len(blob) / 1e6:.1f} MB)"
    )
    chunks = [names[i : i + 2000] for i in range(0, len(names), 2000)]
    t0 = time.perf_counter()
    if args.workers <= 1:
        _init(blob)
        parts = [_work(c) for c in chunks]
    else:
        with mp.get_context("fork").Pool(args.workers, initializer=_init, initargs=(blob,)) as pool:
            parts = list(pool.imap_unordered(_work, chunks))
    dt = time.perf_counter() - t0
    matched = sum(m for m, _ in parts)
    cpu = sum(c for _, c in parts)
    print(
        f"screened {len(names)} names on {args.workers} worker(s) in {dt:.1f} s = "
        f"{len(names) / dt:.0f} names/s; "
        f"{matched} with a match at the default threshold"
    )
    print(
        f"CPU time in the workers: {cpu:.1f} s ({len(names) / cpu:.0f} names per CPU-second); "
        f"on {args.workers} otherwise idle cores the wall time would be about "
        f"{cpu / args.workers:.1f} s"
    )


if __name__ == "__main__":
    main()
