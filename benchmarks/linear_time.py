"""Run time against input size on the pathological families: extraction must grow linearly.

    .venv/bin/python benchmarks/linear_time.py [--max-chars 200000]

Times `union_facts.extract` on texts where each claim once rescanned the text from the document
start (issue 9): figures with no sentence break, ASCII punctuation only, one giant line of prose,
a figure every 3 characters, one endless sentence of clauses; from 25,000 characters, doubling up
to --max-chars. Prints characters per second and the ratio of each time to the previous one (about
2 when linear) and writes the table to benchmarks/out/linear_time.json. Ordinary reports of 1 KB
to 100 MB are timed by benchmarks/run.py. Not part of the test suite (tests/test_pathological.py
runs each family once, untimed).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

_PROSE = "各级工会组织深入开展职工思想政治引领，推动产业工人队伍建设改革走深走实，切实维护职工合法权益。" * 10


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


#: name -> a text of about n characters.
FAMILIES: dict[str, Callable[[int], str]] = {
    "no-breaks": lambda n: _repeat("工会驿站320家,", n),  # no 。；！？ or newline at all
    "ascii": lambda n: _repeat("The union built 320家 stations; 服务职工2万人次. ", n),  # ASCII punctuation only
    "one-line": lambda n: _repeat(_PROSE + "全市建成工会驿站320家。", n),  # one giant line of prose
    "every-3": lambda n: _repeat("3家、", n),  # a figure every 3 characters
    "long-sentence": lambda n: _repeat("各级工会组织开展职工技能培训，培训职工3万人次，", n),  # one sentence, clauses
}


def main() -> None:
    import union_facts

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--max-chars", type=int, default=200_000)
    args = parser.parse_args()
    union_facts.default_extractor().warm_up()
    rows = []
    for name, make in FAMILIES.items():
        size, previous = 25_000, None
        while size <= args.max_chars:
            text = make(size)
            start = time.perf_counter()
            claims = len(union_facts.extract(text).claims)
            seconds = time.perf_counter() - start
            ratio = f"  x{seconds / previous:.2f}" if previous else ""
            rows.append({"text": name, "chars": len(text), "seconds": round(seconds, 3), "claims": claims})
            print(f"{name:13} {len(text):>9,} chars {seconds:7.2f} s {len(text) / seconds:>9,.0f} chars/s{ratio}")
            previous, size = seconds, size * 2
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "linear_time.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
