"""Run time against input size: extraction should grow linearly with the text.

    .venv/bin/python benchmarks/linear_time.py [--max-mb 10]

Times `union_facts.extract` on report prose with a figure every ~500 characters (the text of
tests/test_pathological.py, 1/16 MB up to --max-mb), on dense statistics text and on the
pathological families of tests/test_pathological.py (figures with no sentence break, ASCII
punctuation only, one giant line, a figure every 3 characters); prints characters per second and
the ratio of each time to the previous one (about 2 when linear), and writes the table to
benchmarks/out/linear_time.json. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import union_facts  # noqa: E402
from tests.test_pathological import FAMILIES, low_density_text  # noqa: E402

DENSE = "全市职工人数达{}万人，同比增长{}%，建成工会驿站{}家，筹集资金{}万元。"


def dense_text(size: int) -> str:
    parts, n = [], 0
    while sum(map(len, parts)) < size:
        n += 1
        parts.append(DENSE.format(n % 97 + 1, n % 13 + 0.5, n % 500 + 3, n % 991 + 0.1))
    return "".join(parts)[:size]


def timed(text: str) -> tuple[float, int]:
    start = time.perf_counter()
    report = union_facts.extract(text)
    return time.perf_counter() - start, len(report.claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-mb", type=float, default=10.0)
    args = parser.parse_args()
    union_facts.default_extractor().warm_up()
    rows = []
    texts = [("prose", lambda n: low_density_text(n)[0], 625_000), ("dense", dense_text, 25_000)]
    texts += [(name, make, 25_000) for name, make in FAMILIES.items()]
    for name, make, first in texts:
        size, previous = first, None
        limit = args.max_mb * 1_000_000 if name == "prose" else args.max_mb * 1_000_000 / 25
        while size <= limit:
            text = make(size)
            seconds, claims = timed(text)
            ratio = seconds / previous if previous else None
            rows.append({"text": name, "chars": len(text), "seconds": round(seconds, 3), "claims": claims})
            print(
                f"{name:10} {len(text):>11,} chars {seconds:8.2f} s {len(text) / seconds:>10,.0f} chars/s"
                + (f"  x{ratio:.2f}" if ratio else "")
            )
            previous, size = seconds, size * 2
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "linear_time.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
