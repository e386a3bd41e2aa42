"""A folder of text files -> dask.bag -> claims on a dask.distributed LocalCluster -> Parquet.

    pip install -e '.[dask]'
    python examples/dask_corpus.py DOCS_DIR claims.parquet [--workers 2]

Every ``*.txt`` under DOCS_DIR (UTF-8) is one document; the Parquet dataset has one row per claim,
the columns of `union_facts.to_frame`, with ``doc`` = the file's path relative to DOCS_DIR.
On a real cluster, replace the LocalCluster with ``Client("scheduler:8786")``: nothing else changes.
The extractor travels to the workers as its configuration and each worker process builds it once.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pyarrow as pa

import union_facts
from union_facts.table import claim_rows

# Decimal256(76, 38) holds every value the extractor can produce (at most 36 digits) exactly.
SCHEMA = pa.schema(
    [
        ("doc", pa.string()),
        ("title", pa.string()),
        ("published", pa.timestamp("s")),
        ("section", pa.string()),
        ("subject", pa.string()),
        ("value", pa.decimal256(76, 38)),
        ("high", pa.decimal256(76, 38)),
        ("unit", pa.string()),
        ("qualifier", pa.string()),
        ("kind", pa.string()),
        ("surface", pa.string()),
        ("sentence", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("currency", pa.string()),
        ("cumulative", pa.bool_()),
        ("change", pa.string()),
        ("period", pa.string()),
        ("section_index", pa.int64()),
        ("status", pa.string()),
        ("part_of", pa.int64()),
        ("basis", pa.string()),
        ("change_measure", pa.string()),
    ]
)


def claims_of(paths: list[str], root: str, extractor: union_facts.Extractor) -> list[dict]:
    """One bag partition: the claim rows of these files (runs on a worker)."""
    reports = [
        (Path(p).relative_to(root).as_posix(), extractor.extract(Path(p).read_text(encoding="utf-8"))) for p in paths
    ]
    return list(claim_rows(reports))


def run(
    docs: Path,
    out: Path,
    *,
    workers: int = 2,
    partitions: int | None = None,
    extractor: union_facts.Extractor | None = None,
) -> Path:
    """Extract every ``*.txt`` under `docs` on a LocalCluster of `workers` processes into `out`."""
    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    paths = sorted(str(p) for p in Path(docs).rglob("*.txt"))
    extractor = extractor or union_facts.Extractor()
    with (
        dask.config.set({"dataframe.convert-string": False}),  # keep the Decimals as they are
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        bag = db.from_sequence(paths, npartitions=partitions or 4 * workers)
        claims = bag.map_partitions(claims_of, str(docs), extractor).to_dataframe(
            meta=union_facts.to_frame([], decimals=True)
        )
        claims.to_parquet(out, schema=SCHEMA, write_index=False, overwrite=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", type=Path, help="folder of UTF-8 .txt documents (searched recursively)")
    parser.add_argument("out", type=Path, help="Parquet dataset to write (a folder)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args()
    run(args.docs, args.out, workers=args.workers)
    print(f"claims written to {args.out}")


if __name__ == "__main__":
    main()
