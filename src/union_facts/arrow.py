"""The one published Arrow schema for claims, and claim tables built to it.

Values are ``decimal128(38, 6)``: exact (money is never a float here), the same type in every file
whatever its batch holds, and read natively as a decimal by pandas (via pyarrow), DuckDB
(``DECIMAL(38,6)``) and Polars (``Decimal(38, 6)``). A type inferred per batch is what made two
files unreadable together; float64 would read everywhere but turn 0.1 + 0.2 into 0.30000000000000004
in every sum. 38 digits with 6 after the point hold any figure a report states (32 integer
digits: a trillion trillion yuan, 6 decimals: 0.000001 %). A value outside that (only pathological
inputs produce one) is rounded to 6 decimals, or null when its integer part is too long;
``surface`` always keeps the figure exactly as written.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import TYPE_CHECKING, Any

from .table import COLUMNS, Documents, claim_rows

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["PRECISION", "SCALE", "arrow_schema", "exact_value", "to_arrow"]

PRECISION, SCALE = 38, 6
_QUANTUM = Decimal(1).scaleb(-SCALE)
_LIMIT = Decimal(10) ** (PRECISION - SCALE)
_CONTEXT = Context(prec=PRECISION, rounding=ROUND_HALF_EVEN)

# Column -> Arrow type name; the order is `union_facts.table.COLUMNS`.
_TYPES: dict[str, str] = {
    "doc": "string",
    "title": "string",
    "published": "date32",
    "section": "string",
    "subject": "string",
    "value": "decimal",
    "high": "decimal",
    "unit": "string",
    "qualifier": "string",
    "kind": "string",
    "surface": "string",
    "sentence": "string",
    "start": "int64",
    "end": "int64",
    "currency": "string",
    "cumulative": "bool",
    "change": "string",
    "period": "string",
    "section_index": "int64",
    "status": "string",
    "part_of": "int64",
    "basis": "string",
    "change_measure": "string",
}


def arrow_schema() -> pa.Schema:
    """The Arrow schema of claim tables and Parquet files (columns of `union_facts.table.COLUMNS`)."""
    from .frame import require

    require("pyarrow", "union_facts.arrow_schema")  # the install hint when it is missing
    import pyarrow as pa  # typed (pyarrow-stubs), where require's module is Any

    types = {
        "string": pa.string(),
        "date32": pa.date32(),
        "decimal": pa.decimal128(PRECISION, SCALE),
        "int64": pa.int64(),
        "bool": pa.bool_(),
    }
    # Every field nullable: a pandas round trip (to_frame(decimals=True).to_parquet) keeps no NOT NULL.
    fields = [pa.field(c, types[_TYPES[c]]) for c in COLUMNS]
    return pa.schema(fields, metadata={"union_facts.schema": "claims/1"})


def exact_value(value: Decimal | None) -> Decimal | None:
    """`value` as stored in the schema: rounded half-even to 6 decimals; None when it does not fit."""
    if value is None or not value.is_finite() or value.copy_abs() >= _LIMIT:
        return None
    return value.quantize(_QUANTUM, context=_CONTEXT)


def to_arrow(reports: Documents) -> pa.Table:
    """A `pyarrow.Table` with one row per claim of `reports` (the forms `to_frame` accepts), `arrow_schema()`."""
    from .frame import require

    require("pyarrow", "union_facts.to_arrow")
    import pyarrow as pa

    schema = arrow_schema()
    columns: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    for row in claim_rows(reports):
        row["value"], row["high"] = exact_value(row["value"]), exact_value(row["high"])
        if row["doc"] is not None and not isinstance(row["doc"], str):
            row["doc"] = str(row["doc"])
        for c in COLUMNS:
            columns[c].append(row[c])
    return pa.table([pa.array(columns[f.name], type=f.type) for f in schema], schema=schema)
