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
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from . import timed_regex as regex
from .config import Vocabulary
from .quantities import Quantity, Rejection
from .table_cells import FIGURE, Cell, CellReader, Row, TableCell, has_han

_CELL = regex.compile(r"[^\s|]++(?: [^\s|]++)*+")  # cells apart by tabs, 2+ spaces or bars
_TOKEN = regex.compile(r"[^\s|]++")
_AXIS_TICK = regex.compile(r"(-?\d++(?:\.\d++)?)(\D{0,4})")
_FILLER = regex.compile(r"[\s|:\-—=+]*+")
_MAX_CELL = 24  # characters: a longer line is prose, not a cell
_MAX_ROW = 120
_HAS_DIGIT = regex.compile(r"\d")
_LABELLED = regex.compile(r"(\p{Han}{2,8})\s?(\d++(?:\.\d++)?)")  # 结果维持 2: a cell naming its figure
_MAX_COLUMNS = 8
_MIN_AXIS_TICKS = 4


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


class TableReader:
    """Finds tables and chart axes in normalised text, with one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.cell_reader = CellReader(vocab)

    def read(self, text: str) -> Tables:
        """The table cells (one row a line, or one cell a line) and chart axes of normalised `text`."""
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
        cells += [c for row in rows if row and (c := self.cell_reader.lone_row(*row)) is not None]
        for k, (a, _, line) in enumerate(lines):  # 行政复议 | 结果维持 2 | 结果纠正 1, under 单位：件
            if rows[k] is None and (labelled := self._labelled_row(line, a)):
                cells += self.cell_reader.labelled(*labelled, self.cell_reader.table_unit(lines, k))
        for run in self._single_cell_runs(lines):  # one cell a line
            s = 0
            while s < len(run) - 2:
                found = self._flat_table(lines, run, s)
                cells += [c for _, c in found or ()]
                s = found[-1][0] + 1 if found else s + 1
        cells.sort(key=lambda c: c.quantity.start)
        return Tables(_without_overlaps(cells), residue)

    # ---------------------------------------------------------------- one row a line
    def _row(self, line: str, start: int) -> Row | None:
        """A data row: its label and its value cells (figures, units, empty marks)."""
        if len(line) > _MAX_ROW or not _apart(line) or not _HAS_DIGIT.search(line):
            return None  # prose, or a line with nothing apart
        cells = [Cell(m[0], start + m.start(), start + m.end()) for m in _CELL.finditer(line)]
        if len(cells) == 1 or any(_ends_with_figure(c.text) for c in cells):  # "地区生产总值 2313.0  5.2"
            tokens = [Cell(m[0], start + m.start(), start + m.end()) for m in _TOKEN.finditer(line)]
            k = next((i for i, t in enumerate(tokens) if self.cell_reader.value_like(t.text)), len(tokens))
            label, values = "".join(t.text for t in tokens[:k]), tokens[k:]
        else:
            label, values = (cells[0].text, cells[1:]) if cells else ("", [])
        if not has_han(label) or not values or len(values) >= _MAX_COLUMNS:
            return None
        if not self.cell_reader.figures(values):
            return None
        return label, values

    @staticmethod
    def _labelled_row(line: str, start: int) -> tuple[str, list[Cell]] | None:
        """A row whose cells after its label each name their figure (结果维持 2): label, figures."""
        if ("|" not in line and "\t" not in line) or not _HAS_DIGIT.search(line):
            return None
        cells = [(m[0], start + m.start()) for m in _CELL.finditer(line)]
        pairs = [(_LABELLED.fullmatch(text), at) for text, at in cells[1:]]
        if len(cells) < 3 or not has_han(cells[0][0]) or not all(m for m, _ in pairs):
            return None
        return cells[0][0], [Cell(m[2], at + m.start(2), at + m.end(2)) for m, at in pairs if m]

    def _header(self, line: str, columns: int) -> list[str] | None:
        """The header's `columns` cells; words beyond them belong to the first ("指 标")."""
        cells = [m[0] for m in _CELL.finditer(line)]
        if len(cells) < columns:  # cells apart by single spaces: "指标 2025年 比上年增长(%)"
            cells = [m[0] for m in _TOKEN.finditer(line)]
        if len(cells) < columns or any(FIGURE.fullmatch(c) or len(c) > _MAX_CELL for c in cells):
            return None
        return ["".join(cells[: len(cells) - columns + 1]), *cells[len(cells) - columns + 1 :]]

    def _rows_table(
        self, lines: list[tuple[int, int, str]], rows: list[Row | None], i: int
    ) -> list[tuple[int, TableCell]] | None:
        """A table whose header is line `i`, one row a line (`rows`: each line read as a row)."""
        line = lines[i][2]
        if rows[i] is not None or len(line) > _MAX_ROW or not _apart(line):
            return None
        j = _next_filled(lines, i + 1)
        first = rows[j] if j < len(lines) else None
        if first is None or (header := self._header(line, len(first[1]) + 1)) is None:
            return None
        table: list[tuple[int, str, list[Cell]]] = []
        while j < len(lines) and (row := rows[j]) and len(row[1]) == len(first[1]):
            table.append((j, *row))
            j = _next_filled(lines, j + 1)
        return list(self.cell_reader.cells(header, table, self.cell_reader.table_unit(lines, i)))

    # ---------------------------------------------------------------- one cell a line
    def _flat_table(
        self, lines: list[tuple[int, int, str]], run: list[tuple[int, Cell]], s: int
    ) -> list[tuple[int, TableCell]] | None:
        """A flattened table whose header starts at ``run[s]``: the column count that reads most rows.

        Returned positions are indices into `run`."""
        best: list[tuple[int, str, list[Cell]]] = []
        best_header: list[str] = []
        for n in range(2, min(_MAX_COLUMNS, len(run) - s) + 1):
            header = [c.text for _, c in run[s : s + n]]
            if self.cell_reader.value_like(header[-1]):
                break
            rows = self._flat_rows(run, s, n)
            if len(rows) > len(best):
                best, best_header = rows, header
        if not best or (len(best) < 2 and len(best_header) < 3):
            return None
        return list(self.cell_reader.cells(best_header, best, self.cell_reader.table_unit(lines, run[s][0])))

    def _single_cell_runs(self, lines: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, Cell]]]:
        """Runs of lines that hold one short cell each (blank lines skipped), three or more long."""
        run: list[tuple[int, Cell]] = []
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

    def _flat_rows(self, run: list[tuple[int, Cell]], s: int, n: int) -> list[tuple[int, str, list[Cell]]]:
        rows = []
        pos = s + n
        while pos + n <= len(run):
            label, values = run[pos][1], [c for _, c in run[pos + 1 : pos + n]]
            if not has_han(label.text) or self.cell_reader.value_like(label.text):
                break
            if not self.cell_reader.figures(values):
                break
            rows.append((pos + n - 1, label.text, values))
            pos += n
        return rows

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


def _single_cell(line: str, start: int) -> Cell | None:
    """The one short cell a line holds ("工 业 |", "指    标" spaced out), or None."""
    body = line.strip()
    if body.endswith("|"):
        body = body[:-1].rstrip()
    if not body or len(body) > 2 * _MAX_CELL or "|" in body:
        return None
    if ("\t" in body or "  " in body) and not all(len(p) == 1 and has_han(p) for p in body.split()):
        return None  # cells apart: a row, not a cell
    if len(body) > _MAX_CELL:
        return None
    at = start + line.index(body)
    return Cell(body, at, at + len(body))


def _ends_with_figure(cell: str) -> bool:
    """A cell of several words whose last is a figure: cells set apart by a single space."""
    head, _, last = cell.rpartition(" ")
    return bool(head) and FIGURE.fullmatch(last) is not None


def _apart(line: str) -> bool:
    """Whether the line has cells set apart (by a space, a tab or a bar) at all."""
    return " " in line.strip() or "\t" in line or "|" in line
