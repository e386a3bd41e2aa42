"""Extract every report under a folder (.txt in UTF-8/GBK/Big5, .html, .pdf) into one Parquet file.

    python examples/pipeline.py REPORTS_DIR claims.parquet

Needs the pandas extra (pip install 'union_facts[pandas]'); web pages the html extra, PDFs the pdf
extra (the formats whose extra is missing are skipped, and said so). The Parquet file has
`union_facts.arrow_schema()`, the same in every file, so batches written apart read together.
Files that fail are reported on stderr and skipped; the exit status is 1 if any did.
"""

from __future__ import annotations

import sys
from fnmatch import fnmatchcase
from pathlib import Path

import union_facts
from union_facts.files import available, extract_file


def run(folder: Path, out: Path) -> int:
    reports: dict[str, union_facts.Report] = {}
    failed = 0
    patterns = available()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if not any(fnmatchcase(path.name.lower(), p) for p in patterns):
            print(f"{path}: skipped (not one of {','.join(patterns)})", file=sys.stderr)
            continue
        try:
            reports[str(path.relative_to(folder))] = extract_file(path)
        except (OSError, ValueError, union_facts.ExtractionTimeout) as exc:  # UnicodeDecodeError, no text layer
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
