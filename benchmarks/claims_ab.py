"""Claim-extraction speed of one checkout, for A/B runs between commits on the same machine.

    git worktree add --detach /tmp/old <commit>
    python benchmarks/claims_ab.py /tmp/old 3      # then: python benchmarks/claims_ab.py . 3

Extracts from the first ``MB`` megabytes of ``claims_throughput.py``'s generated corpus with the
package found at ROOT (not the installed one) and prints MB/s per core, the number of claims and
CPU seconds per language. Alternate the two checkouts a few times: a shared machine's speed
drifts by ±10% within minutes, and only the same corpus read the same way compares.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    root = str(Path(sys.argv[1]).resolve())
    mb = float(sys.argv[2])
    sys.path.insert(0, root + "/benchmarks")
    sys.path.insert(0, root)
    from claims_throughput import CLAIMS, _fill, documents

    import sanctionwatch
    from sanctionwatch.claims.extract import extract_claims

    if not str(sanctionwatch.__file__).startswith(root):
        print(f"{root}: the package was imported from {sanctionwatch.__file__}, not from ROOT")
        return 2
    docs = list(documents(int(mb * 1e6), 7))
    nbytes = sum(len(t.encode()) for _, t in docs)
    d = date(2025, 2, 10)
    for lang in ("en", "ru", "ko", "zh"):  # load the vocabulary, compile the patterns
        for k in range(3):
            text = _fill(CLAIMS[lang][k % len(CLAIMS[lang])], random.Random(k))
            extract_claims(text, lang=lang, doc_date=d)
    by: dict[str, float] = {}
    n = 0
    t0 = time.process_time()
    for i, (lang, text) in enumerate(docs):
        a = time.process_time()
        n += len(extract_claims(text, lang=lang, doc_date=d, doc_id=str(i)))
        by[lang] = by.get(lang, 0.0) + time.process_time() - a
    cpu = time.process_time() - t0
    langs = " ".join(f"{k}:{v:.2f}s" for k, v in sorted(by.items()))
    rate = nbytes / 1e6 / cpu
    print(f"{root}: {nbytes / 1e6:.2f} MB, {n} claims, {cpu:.2f} s CPU, {rate:.2f} MB/s; {langs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
