"""The output formats of ``union-facts extract``: JSON lines, a JSON array, CSV, a text table, HTML."""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import IO, Any

from .models import Report


def _record(path: str, report: Report) -> str:
    """The report's JSON with "path" first."""
    body = report.model_dump_json()
    return '{"path":' + json.dumps(path, ensure_ascii=False) + "," + body[1:]


class Writer:
    """Writes the reports of one run in one format; `close` ends the output."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, path: str, report: Report) -> None:
        """Write (or keep, for formats written whole) the report of the file at `path`."""
        raise NotImplementedError

    def close(self) -> None:
        """End the output (a format written whole is written here)."""


class _JsonLines(Writer):
    def write(self, path: str, report: Report) -> None:
        self.out.write(_record(path, report) + "\n")


class _JsonArray(Writer):
    count = 0

    def write(self, path: str, report: Report) -> None:
        self.out.write(("[\n" if self.count == 0 else ",\n") + _record(path, report))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")


class _Csv(Writer):
    def __init__(self, out: IO[str]) -> None:
        from .table import COLUMNS

        super().__init__(out)
        self.csv = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        self.csv.writeheader()

    def write(self, path: str, report: Report) -> None:
        from .table import claim_rows

        for row in claim_rows([(path, report)]):
            self.csv.writerow({k: _cell(v) for k, v in row.items()})


class _Table(Writer):
    HEADER = ("path", "surface", "value", "unit", "qualifier", "subject", "section")

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.rows: list[tuple[str, ...]] = []

    def write(self, path: str, report: Report) -> None:
        from .labels import QUALIFIER_SIGN, format_value
        from .table import claim_rows

        for claim, row in zip(report.claims, claim_rows([(path, report)]), strict=True):
            value = QUALIFIER_SIGN[claim.qualifier] + format_value(claim)
            cells = (path, claim.surface, value, claim.unit, claim.qualifier, claim.subject or "", row["section"] or "")
            self.rows.append(cells)

    def close(self) -> None:
        rows = [self.HEADER, *self.rows]
        widths = [max(_width(r[i]) for r in rows) for i in range(len(self.HEADER))]
        right = {2}  # values align right
        for r in rows:
            cells = [_pad(c, w, right=i in right) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
            self.out.write("  ".join(cells).rstrip() + "\n")


class _Html(Writer):
    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.items: list[tuple[str, Report]] = []

    def write(self, path: str, report: Report) -> None:
        self.items.append((path, report))

    def close(self) -> None:
        from .render import page_html

        self.out.write(page_html(self.items))


WRITERS: dict[str, Callable[[IO[str]], Writer]] = {
    "jsonl": _JsonLines,
    "json": _JsonArray,
    "csv": _Csv,
    "table": _Table,
    "html": _Html,
}


def _cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill
