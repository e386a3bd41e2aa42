"""Tables of statistical bulletins: a header row naming columns and units, then rows of figures.

Two shapes are read, both from the lines of the normalised text:

- one row a line, cells apart by a tab, two or more spaces or a bar ("粮食  万吨  61.3  -4.5"),
  or by single spaces when the row is a label followed by figures only;
- flattened, one cell a line (as pages copied out of HTML tables print them), blank lines or
  a closing bar between cells.

Each figure cell becomes a `Quantity` whose unit comes from its column header ("产量(万吨)",
"比上年增长%"), the row's unit cell or label ("地区生产总值(亿元)") or a "单位：亿元" line above the
table, with the row label as subject and the column's change and basis. Chart residue (an axis
line "0% 10% 20% …") is returned as spans that hold no claims.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal

from . import timed_regex as regex
from . import vocabulary
from .models import Change, ChangeMeasure, Status
from .numerals import multiplier
from .quantities import Quantity, Rejection
from .vocabulary import Unit

_CELL = regex.compile(r"[^\s|]++(?: [^\s|]++)*+")  # cells apart by tabs, 2+ spaces or bars
_TOKEN = regex.compile(r"[^\s|]++")
_FIGURE = regex.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?(?P<unit>[%‰])?")  # 4.1% carries its unit
_EMPTY = frozenset({"-", "—", "——", "--", "…", "……", "/", "×"})
_PARENS = regex.compile(r"[(（]([^()（）]{1,8})[)）]")
_AXIS_TICK = regex.compile(r"(-?\d++(?:\.\d++)?)(\D{0,4})")
_TABLE_UNIT = regex.compile(r"^\s*(?:计量)?单位[:：]\s*(\S{1,6})\s*$")
_PART = regex.compile(r"^(?:其中|内)[:：]?")
_YEAR = regex.compile(r"比(\d{4})年")
_MULTIPLIER = regex.compile(r"^(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百|十)")
_FILLER = regex.compile(r"[\s|:\-—=+]*+")
_MAX_CELL = 24  # characters: a longer line is prose, not a cell
_MAX_ROW = 120
_HAS_DIGIT = regex.compile(r"\d")
_MAX_COLUMNS = 8
_MIN_AXIS_TICKS = 4


@dataclass(frozen=True, slots=True)
class TableCell:
    """A figure read from a table, with what its row and column say about it."""

    quantity: Quantity
    subject: str | None
    change: Change | None
    basis: str | None
    change_measure: ChangeMeasure | None
    whole: int | None  # start of the cell this one is a part of (a 其中 row), normalised offset
    status: Status | None = None  # named by its column ("2026年目标", "预计"), else read from the text


@dataclass(frozen=True, slots=True)
class Tables:
    """The table cells and chart axes of a document (normalised offsets, in order)."""

    cells: list[TableCell]
    residue: list[tuple[int, int]]  # chart axis lines: no claims there

    def merge(self, quantities: list[Quantity]) -> tuple[list[Quantity], list[Rejection]]:
        """The grammar's quantities with the cells' (a cell wins over what overlaps it), and a
        'chart' rejection for each quantity on a chart axis."""
        if not self.cells and not self.residue:
            return quantities, []
        spans = [(c.quantity.start, c.quantity.end) for c in self.cells]
        cell_starts = [a for a, _ in spans]
        axis_starts = [a for a, _ in self.residue]
        kept: list[Quantity] = [c.quantity for c in self.cells]
        rejected: list[Rejection] = []
        for q in quantities:
            if _overlaps(self.residue, axis_starts, q.start, q.end):
                rejected.append(Rejection(q.start, q.end, "chart"))
            elif not _overlaps(spans, cell_starts, q.start, q.end):
                kept.append(q)
        kept.sort(key=lambda q: q.start)
        return kept, rejected

    def cells_among(self, kept: list[Quantity]) -> tuple[list[Quantity], list[TableCell]]:
        """The kept quantities that are not cells, and the cells that were kept."""
        by_start = {c.quantity.start: c for c in self.cells}
        prose: list[Quantity] = []
        cells: list[TableCell] = []
        for q in kept:
            if (cell := by_start.get(q.start)) is not None and cell.quantity == q:
                cells.append(cell)
            else:
                prose.append(q)
        return prose, cells


@dataclass(frozen=True, slots=True)
class _Cell:
    text: str
    start: int
    end: int


_Row = tuple[str, list[_Cell]]  # a row's label and its value cells


@dataclass(frozen=True, slots=True)
class _Column:
    unit: tuple[Unit, Decimal] | None  # named in the header: (unit, multiplier)
    unit_column: bool  # the column holds each row's unit (单位)
    change: Change | None
    basis: str | None
    status: Status | None


class TableReader:
    """Finds tables and chart axes in normalised text, with one unit vocabulary."""

    def __init__(self, units: Mapping[str, Unit]) -> None:
        self.units = dict(units)
        self.changes = vocabulary.changes()
        self.bases = vocabulary.change_bases()
        self.statuses = vocabulary.statuses()

    def read(self, text: str) -> Tables:
        lines = list(_lines(text))
        cells: list[TableCell] = []
        residue = [(a, b) for a, b, line in lines if self._axis(line)]
        rows = [self._row(line, a) for a, _, line in lines]
        i = 0
        while i < len(lines):  # one row a line
            found = self._rows_table(lines, rows, i)
            cells += [c for _, c in found or ()]
            if found:
                rows[i : found[-1][0] + 1] = [None] * (found[-1][0] + 1 - i)  # read: not lone rows
            i = found[-1][0] + 1 if found else i + 1
        cells += [c for row in rows if row and (c := self._lone_row(*row)) is not None]
        for run in self._single_cell_runs(lines):  # one cell a line
            s = 0
            while s < len(run) - 2:
                found = self._flat_table(lines, run, s)
                cells += [c for _, c in found or ()]
                s = found[-1][0] + 1 if found else s + 1
        cells.sort(key=lambda c: c.quantity.start)
        return Tables(_without_overlaps(cells), residue)

    # ---------------------------------------------------------------- cells and units
    def unit(self, written: str) -> tuple[Unit, Decimal] | None:
        """'万吨' -> (吨, 10000); '%' -> (%, 1); None when it is not a unit."""
        written = written.strip()
        if written in self.units:
            return self.units[written], Decimal(1)
        m = _MULTIPLIER.match(written)
        if m and written[m.end() :] in self.units:
            return self.units[written[m.end() :]], multiplier(m[0])
        return None

    def _value_like(self, text: str) -> bool:
        return bool(_FIGURE.fullmatch(text)) or text in _EMPTY or self.unit(text) is not None

    def _column(self, header: str) -> _Column:
        h = header.replace(" ", "")
        unit = None
        if (m := _PARENS.search(h)) is not None:
            unit = self.unit(m[1])
        elif h.endswith(("%", "‰")):
            unit = self.unit(h[-1])
        # 增加值 (value added) names an indicator, not a rise
        word = next((w for w in self.changes if len(w) > 1 and w in h.replace("增加值", "")), None)
        change: Change | None = ("down" if self.changes[word] == "down" else "up") if word else None
        if change and unit is None and any(w in h for w in ("增长", "增速", "增幅")):
            unit = self.unit("%")  # a growth column without a unit is a rate
        basis = next((b for w, b in self.bases.items() if w in h), None)
        if (y := _YEAR.search(h)) is not None:
            basis = y[1]
        status = next((st for w, st in self.statuses.items() if w in h), None)
        return _Column(unit, h in ("单位", "计量单位"), change, basis, status)

    # ---------------------------------------------------------------- one row a line
    def _row(self, line: str, start: int) -> _Row | None:
        """A data row: its label and its value cells (figures, units, empty marks)."""
        if len(line) > _MAX_ROW or not _apart(line) or not _HAS_DIGIT.search(line):
            return None  # prose, or a line with nothing apart
        cells = [_Cell(m[0], start + m.start(), start + m.end()) for m in _CELL.finditer(line)]
        if len(cells) == 1 or any(_ends_with_figure(c.text) for c in cells):  # "地区生产总值 2313.0  5.2"
            tokens = [_Cell(m[0], start + m.start(), start + m.end()) for m in _TOKEN.finditer(line)]
            k = next((i for i, t in enumerate(tokens) if self._value_like(t.text)), len(tokens))
            label, values = "".join(t.text for t in tokens[:k]), tokens[k:]
        else:
            label, values = (cells[0].text, cells[1:]) if cells else ("", [])
        if not _has_han(label) or not values or len(values) >= _MAX_COLUMNS:
            return None
        if not all(self._value_like(v.text) for v in values) or not any(_FIGURE.fullmatch(v.text) for v in values):
            return None
        return label, values

    def _header(self, line: str, columns: int) -> list[str] | None:
        """The header's `columns` cells; words beyond them belong to the first ("指 标")."""
        cells = [m[0] for m in _CELL.finditer(line)]
        if len(cells) < columns:  # cells apart by single spaces: "指标 2025年 比上年增长(%)"
            cells = [m[0] for m in _TOKEN.finditer(line)]
        if len(cells) < columns or any(_FIGURE.fullmatch(c) or len(c) > _MAX_CELL for c in cells):
            return None
        return ["".join(cells[: len(cells) - columns + 1]), *cells[len(cells) - columns + 1 :]]

    def _rows_table(
        self, lines: list[tuple[int, int, str]], rows: list[_Row | None], i: int
    ) -> list[tuple[int, TableCell]] | None:
        """A table whose header is line `i`, one row a line (`rows`: each line read as a row)."""
        line = lines[i][2]
        if rows[i] is not None or len(line) > _MAX_ROW or not _apart(line):
            return None
        j = _next_filled(lines, i + 1)
        first = rows[j] if j < len(lines) else None
        if first is None or (header := self._header(line, len(first[1]) + 1)) is None:
            return None
        table: list[tuple[int, str, list[_Cell]]] = []
        while j < len(lines) and (row := rows[j]) and len(row[1]) == len(first[1]):
            table.append((j, *row))
            j = _next_filled(lines, j + 1)
        return list(self._cells(header, table, self._table_unit(lines, i)))

    def _lone_row(self, label: str, values: list[_Cell]) -> TableCell | None:
        """A row under no header: only its first figure, and only when the label ("地区生产总值(亿元)")
        or a unit cell just before it ("粮食  万吨  61.3") names its unit; the rest is unknown."""
        subject, unit = self._label(label)
        if values and self.unit(values[0].text) is not None:
            unit, values = self.unit(values[0].text), values[1:]
        if unit is None or not values or _FIGURE.fullmatch(values[0].text) is None:
            return None
        return self._cell(values[0], unit, subject, _Column(None, False, None, None, None), None)

    # ---------------------------------------------------------------- one cell a line
    def _flat_table(
        self, lines: list[tuple[int, int, str]], run: list[tuple[int, _Cell]], s: int
    ) -> list[tuple[int, TableCell]] | None:
        """A flattened table whose header starts at ``run[s]``: the column count that reads most rows.

        Returned positions are indices into `run`."""
        best: list[tuple[int, str, list[_Cell]]] = []
        best_header: list[str] = []
        for n in range(2, min(_MAX_COLUMNS, len(run) - s) + 1):
            header = [c.text for _, c in run[s : s + n]]
            if self._value_like(header[-1]):
                break
            rows = self._flat_rows(run, s, n)
            if len(rows) > len(best):
                best, best_header = rows, header
        if not best or (len(best) < 2 and len(best_header) < 3):
            return None
        return list(self._cells(best_header, best, self._table_unit(lines, run[s][0])))

    def _single_cell_runs(self, lines: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, _Cell]]]:
        """Runs of lines that hold one short cell each (blank lines skipped), three or more long."""
        run: list[tuple[int, _Cell]] = []
        for a, _, line in lines:
            if not line or line.isspace():
                continue
            if (cell := _single_cell(line, a)) is not None:
                run.append((len(run), cell))
                continue
            if len(run) > 2:
                yield run
            run = []
        if len(run) > 2:
            yield run

    def _flat_rows(self, run: list[tuple[int, _Cell]], s: int, n: int) -> list[tuple[int, str, list[_Cell]]]:
        rows = []
        pos = s + n
        while pos + n <= len(run):
            label, values = run[pos][1], [c for _, c in run[pos + 1 : pos + n]]
            if not _has_han(label.text) or self._value_like(label.text):
                break
            if not all(self._value_like(v.text) for v in values) or not any(_FIGURE.fullmatch(v.text) for v in values):
                break
            rows.append((pos + n - 1, label.text, values))
            pos += n
        return rows

    # ---------------------------------------------------------------- cells to figures
    def _table_unit(self, lines: list[tuple[int, int, str]], i: int) -> tuple[Unit, Decimal] | None:
        """A "单位：亿元" line just above the header."""
        for k in range(i - 1, max(-1, i - 3), -1):
            if (m := _TABLE_UNIT.match(lines[k][2])) is not None:
                return self.unit(m[1])
        return None

    def _cells(
        self, header: list[str], rows: list[tuple[int, str, list[_Cell]]], table_unit: tuple[Unit, Decimal] | None
    ) -> Iterator[tuple[int, TableCell]]:
        columns = [self._column(h) for h in header[1:]]
        wholes: dict[int, int] = {}  # column -> start of the last cell of a row that is not a part
        for line_no, label, values in rows:
            part = _PART.match(label) is not None
            subject, row_unit = self._label(label)
            for col, cell in enumerate(values):
                if col < len(columns) and columns[col].unit_column:
                    row_unit = self.unit(cell.text) or row_unit
            for col, cell in enumerate(values):
                column = columns[col] if col < len(columns) else _Column(None, False, None, None, None)
                if not _FIGURE.fullmatch(cell.text) or column.unit_column:
                    continue
                unit = (
                    column.unit
                    or row_unit
                    or table_unit
                    or (self.unit(cell.text[-1]) if cell.text[-1] in "%‰" else None)
                )
                if unit is None:
                    continue
                found = self._cell(cell, unit, subject, column, wholes.get(col) if part else None)
                if not part and column.change is None:
                    wholes[col] = cell.start
                yield line_no, found

    def _cell(
        self, cell: _Cell, unit: tuple[Unit, Decimal], subject: str | None, column: _Column, whole: int | None
    ) -> TableCell:
        figure = _FIGURE.fullmatch(cell.text)
        if figure is not None and figure["unit"] and (own := self.unit(figure["unit"])) is not None:
            unit = own
        u, scale = unit
        value = Decimal(cell.text.rstrip("%‰").replace(",", "").lstrip("+"))
        change = column.change
        if change and value < 0:
            change = "down" if change == "up" else "up"
        q = Quantity(
            cell.start,
            cell.end,
            value * scale,
            None,
            u.canonical,
            u.kind,
            u.currency,
            "exact",
            cell.start,
            cell.end,
            chinese=False,
        )
        measure: ChangeMeasure | None = None
        if change:
            measure = "rate" if u.canonical in ("%", "‰", "倍") else "absolute"
        return TableCell(q, subject, change, column.basis, measure, None if change else whole, column.status)

    def _label(self, label: str) -> tuple[str | None, tuple[Unit, Decimal] | None]:
        """The subject a row label names, and the unit in its parentheses."""
        text = _PART.sub("", label.replace(" ", ""))
        unit = None
        if (m := _PARENS.search(text)) is not None and (unit := self.unit(m[1])) is not None:
            text = text[: m.start()] + text[m.end() :]
        return text or None, unit

    # ---------------------------------------------------------------- chart residue
    def _axis(self, line: str) -> bool:
        """An axis: evenly spaced ticks of one unit ("0% 10% 20% 30%", "0 500 1000 1500")."""
        if len(line) > _MAX_ROW or not line.lstrip()[:1].isdigit():
            return False
        tokens = line.split()
        if len(tokens) < _MIN_AXIS_TICKS:
            return False
        ticks = [_AXIS_TICK.fullmatch(t) for t in tokens]
        if any(t is None for t in ticks) or len({t[2] for t in ticks if t}) != 1:
            return False
        values = [Decimal(t[1]) for t in ticks if t]
        steps = {b - a for a, b in itertools.pairwise(values)}
        return len(steps) == 1 and steps.pop() > 0 and (not ticks[0] or not ticks[0][2].startswith("年"))


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body), body
        pos += len(line)


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint `spans`."""
    i = bisect_left(starts, end) - 1
    return i >= 0 and spans[i][1] > start


def _without_overlaps(cells: list[TableCell]) -> list[TableCell]:
    """Cells in order, a cell read twice (by both shapes) kept once."""
    out: list[TableCell] = []
    for c in cells:
        if not out or c.quantity.start >= out[-1].quantity.end:
            out.append(c)
    return out


def _next_filled(lines: list[tuple[int, int, str]], i: int) -> int:
    """The next line from `i` on with something in it (blank lines and rules like |---|--- skipped)."""
    while i < len(lines) and _FILLER.fullmatch(lines[i][2]):
        i += 1
    return i


def _single_cell(line: str, start: int) -> _Cell | None:
    """The one short cell a line holds ("工 业 |", "指    标" spaced out), or None."""
    body = line.strip()
    if body.endswith("|"):
        body = body[:-1].rstrip()
    if not body or len(body) > 2 * _MAX_CELL or "|" in body:
        return None
    if ("\t" in body or "  " in body) and not all(len(p) == 1 and _has_han(p) for p in body.split()):
        return None  # cells apart: a row, not a cell
    if len(body) > _MAX_CELL:
        return None
    at = start + line.index(body)
    return _Cell(body, at, at + len(body))


def _ends_with_figure(cell: str) -> bool:
    """A cell of several words whose last is a figure: cells set apart by a single space."""
    head, _, last = cell.rpartition(" ")
    return bool(head) and _FIGURE.fullmatch(last) is not None


def _apart(line: str) -> bool:
    """Whether the line has cells set apart (by a space, a tab or a bar) at all."""
    return " " in line.strip() or "\t" in line or "|" in line


def _has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
