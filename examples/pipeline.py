"""Extract every *.txt report under a folder (any of UTF-8, GB18030/GBK, Big5) into one Parquet file.

    python examples/pipeline.py REPORTS_DIR claims.parquet

Needs the pandas extra: pip install 'union_facts[pandas]'. Files that fail are reported on stderr
and skipped; the exit status is 1 if any did.
"""

from __future__ import annotations

import sys
from pathlib import Path

import union_facts


def run(folder: Path, out: Path) -> int:
    reports: dict[str, union_facts.Report] = {}
    failed = 0
    for path in sorted(folder.rglob("*.txt")):
        try:
            reports[str(path.relative_to(folder))] = union_facts.extract(union_facts.read_text(path))
        except (OSError, UnicodeDecodeError, union_facts.ExtractionTimeout) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            failed += 1
    frame = union_facts.to_frame(reports, decimals=True)  # union_facts.arrow_schema(), in every file
    frame.to_parquet(out, index=False)
    print(f"{len(frame)} claims from {len(reports)} reports -> {out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(run(Path(sys.argv[1]), Path(sys.argv[2])))
