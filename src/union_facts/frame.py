"""pandas DataFrames of claims (the optional ``union_facts[pandas]`` extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .table import COLUMNS, Documents, claim_rows

if TYPE_CHECKING:
    import pandas as pd

INSTALL_HINT = "pip install 'union_facts[pandas]'"


def require(module: str, feature: str) -> Any:
    """Import an optional dependency, or raise ImportError saying which extra brings it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"{feature} needs {module}, which is not installed: {INSTALL_HINT}") from exc


def to_frame(reports: Documents, *, decimals: bool = False) -> pd.DataFrame:
    """A DataFrame with one row per claim of `reports`, columns `union_facts.table.COLUMNS`.

    Args:
        reports: a `Report`; a mapping of doc id (e.g. path) to `Report`; or a sequence of
            reports (doc ids 0, 1, ...) or of ``(doc, report)`` pairs.
        decimals: keep `value` and `high` as exact `Decimal` objects (written to Parquet as
            decimals) instead of float64.

    `published` is a datetime64 column, `start`/`end` int64, `section_index` nullable Int64,
    `cumulative` bool; `section` is the headline of the claim's section (None before the first).
    Write Parquet with ``to_frame(...).to_parquet(path)`` (needs pyarrow, in the same extra).
    """
    pd = require("pandas", "union_facts.to_frame")
    rows = list(claim_rows(reports))
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    if not decimals:
        for col in ("value", "high"):
            frame[col] = pd.array([None if v is None else float(v) for v in frame[col]], dtype="float64")
    frame["published"] = pd.to_datetime(frame["published"])
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    frame["cumulative"] = frame["cumulative"].astype(bool)
    frame["section_index"] = frame["section_index"].astype("Int64")
    return frame  # type: ignore[no-any-return]  # pandas-stubs: indexing assignments widen to Any
