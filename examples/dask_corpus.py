"""A folder of reports -> dask.bag -> claims on a dask.distributed LocalCluster -> Parquet.

    pip install -e '.[dask]'
    python examples/dask_corpus.py DOCS_DIR claims.parquet [--workers 2]

Every report under DOCS_DIR is one document: ``*.txt`` (UTF-8, GB18030/GBK or Big5) through
`read_text`, ``*.html``/``*.htm`` through `read_html` and ``*.pdf`` through `read_pdf` when their
extras are installed. The Parquet dataset has one row per claim in `union_facts.arrow_schema()`,
with ``doc`` = the file's path relative to DOCS_DIR. A file that cannot be read or extracted is
reported (path and reason) and the job goes on.
On a real cluster, replace the LocalCluster with ``Client("scheduler:8786")``: nothing else changes.
The extractor travels to the workers as its configuration and each worker process builds it once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import union_facts


def extract_file(path: str, root: str, extractor: union_facts.Extractor) -> tuple[str, Any]:
    """(doc, Report) for a file, or (doc, "reason") when it fails: one bad file never stops the job."""
    from union_facts.files import extract_file

    doc = Path(path).relative_to(root).as_posix()
    try:
        return doc, extract_file(path, extractor=extractor)  # read_text, read_html or read_pdf
    except (OSError, ValueError, ImportError, union_facts.ExtractionTimeout) as exc:  # ValueError: decoding, OCR
        return doc, f"{type(exc).__name__}: {exc}"[:500]  # the reason, never the file's bytes


def claims_frame(results: list[tuple[str, Any]]) -> Any:
    """One partition's claims, in the published schema (runs on a worker)."""
    return union_facts.to_frame([r for r in results if isinstance(r[1], union_facts.Report)], decimals=True)


def run(
    docs: Path,
    out: Path,
    *,
    workers: int = 2,
    partitions: int | None = None,
    extractor: union_facts.Extractor | None = None,
) -> list[tuple[str, str]]:
    """Extract every report under `docs` on a LocalCluster of `workers` processes into `out`.

    Returns the failed files as (doc, reason) pairs.
    """
    from fnmatch import fnmatchcase

    import dask
    import dask.bag as db
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    from union_facts.files import available

    patterns = available()
    paths = sorted(
        str(p) for p in Path(docs).rglob("*") if p.is_file() and any(fnmatchcase(p.name.lower(), x) for x in patterns)
    )
    extractor = extractor or union_facts.Extractor()
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        results = db.from_sequence(paths, npartitions=partitions or 4 * workers).map(extract_file, str(docs), extractor)
        results = results.persist()
        failed = results.filter(lambda r: isinstance(r[1], str)).compute()
        frames = [dask.delayed(claims_frame)(part) for part in results.to_delayed()]
        claims = dd.from_delayed(frames, meta=union_facts.to_frame([], decimals=True), verify_meta=False)
        claims.to_parquet(out, schema=union_facts.arrow_schema(), write_index=False, overwrite=True)
    return sorted(failed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", type=Path, help="folder of reports (searched recursively)")
    parser.add_argument("out", type=Path, help="Parquet dataset to write (a folder)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args()
    failed = run(args.docs, args.out, workers=args.workers)
    for doc, reason in failed:
        print(f"failed: {doc}: {reason}", file=sys.stderr)
    print(f"claims written to {args.out}; {len(failed)} file(s) failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
