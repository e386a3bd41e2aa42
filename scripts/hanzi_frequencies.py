"""Regenerate src/union_facts/data/hanzi_freq.tsv: Han character frequencies for encoding detection.

Counts are summed from jieba's dictionary (word, corpus frequency): each Han character gets the
frequencies of the words it occurs in. Run: python scripts/hanzi_frequencies.py
"""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path

TOP = 7000
OUT = Path(__file__).resolve().parents[1] / "src" / "union_facts" / "data" / "hanzi_freq.tsv"


def main() -> None:
    spec = importlib.util.find_spec("jieba")
    assert spec and spec.origin, "jieba is not installed"
    counts: collections.Counter[str] = collections.Counter()
    with open(Path(spec.origin).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, *_ = line.split()
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff":
                    counts[ch] += int(freq)
    lines = [f"# Han character frequencies (simplified script), summed from jieba's dict.txt; top {TOP}."]
    lines += [f"{ch}\t{n}" for ch, n in counts.most_common(TOP)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TOP} characters to {OUT}")


if __name__ == "__main__":
    main()
