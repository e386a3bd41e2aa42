"""Table cells to figures: the unit, subject, change, basis and status of each figure cell, read
from its column header ("产量(万吨)", "比上年增长%", "2026年目标"), its row (a unit cell, a label
"地区生产总值(亿元)", 其中) or a "单位：亿元" line above the table (see `tables`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal

from . import timed_regex as regex
from .config import Vocabulary
from .models import Change, ChangeMeasure, Status
from .numerals import multiplier
from .quantities import Quantity
from .vocabulary import Unit

FIGURE = regex.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?(?P<unit>[%‰])?")  # 4.1% carries its unit
_EMPTY = frozenset({"-", "—", "——", "--", "…", "……", "/", "×"})
_PARENS = regex.compile(r"[(（]([^()（）]{1,8})[)）]")
# "单位：亿元" alone, or closing a caption: "表1 2025年度经费收入构成（单位：万元）"
_TABLE_UNIT = regex.compile(r"(?:^\s*|[（(]\s*)(?:计量)?单位[:：]\s*([^\s（）()]{1,6})\s*[）)]?\s*$")
_PART = regex.compile(r"^(?:其中|内)[:：]?")
_YEAR = regex.compile(r"比(\d{4})年")
_MULTIPLIER = regex.compile(r"^(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百|十)")


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
class Cell:
    """The text of one cell and where it is (normalised offsets)."""

    text: str
    start: int
    end: int


Row = tuple[str, list[Cell]]  # a row's label and its value cells


@dataclass(frozen=True, slots=True)
class _Column:
    unit: tuple[Unit, Decimal] | None  # named in the header: (unit, multiplier)
    unit_column: bool  # the column holds each row's unit (单位)
    change: Change | None
    basis: str | None
    status: Status | None


class CellReader:
    """Reads the figure cells of a table, with one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.units: Mapping[str, Unit] = {u.written: u for u in vocab.units}
        self.changes = vocab.changes
        self.bases = vocab.change_bases
        self.statuses = vocab.statuses

    def unit(self, written: str) -> tuple[Unit, Decimal] | None:
        """'万吨' -> (吨, 10000); '%' -> (%, 1); None when it is not a unit."""
        written = written.strip()
        if written in self.units:
            return self.units[written], Decimal(1)
        m = _MULTIPLIER.match(written)
        if m and written[m.end() :] in self.units:
            return self.units[written[m.end() :]], multiplier(m[0])
        return None

    def value_like(self, text: str) -> bool:
        """A figure, an empty mark (—) or a unit: what a row holds after its label."""
        return bool(FIGURE.fullmatch(text)) or text in _EMPTY or self.unit(text) is not None

    def _column(self, header: str) -> _Column:
        h = header.replace(" ", "")
        unit = None
        if (m := _PARENS.search(h)) is not None:
            unit = self.unit(m[1])
        elif h.endswith(("%", "‰")):
            unit = self.unit(h[-1])
        elif h.endswith("数"):
            unit = self._counted_by(h[:-1])
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

    def _counted_by(self, name: str) -> tuple[Unit, Decimal] | None:
        """The measure word a column named by what it counts ends with: 本年制发件数 -> 件, 参保人数
        -> 人, 参保户数 -> 户, 服务人次数 -> 人次 (never 总数 or 指数: 总, 指 measure nothing)."""
        for n in (2, 1):
            unit = self.units.get(name[-n:]) if len(name) >= n else None
            if unit is not None and unit.kind in ("count", "people"):
                return unit, Decimal(1)
        return None

    def table_unit(self, lines: list[tuple[int, int, str]], i: int) -> tuple[Unit, Decimal] | None:
        """A "单位：亿元" line just above the header."""
        for k in range(i - 1, max(-1, i - 3), -1):
            if (m := _TABLE_UNIT.search(lines[k][2])) is not None:
                return self.unit(m[1])
        return None

    def figures(self, values: list[Cell]) -> bool:
        """Whether the cells after a row's label are all value-like, at least one a figure."""
        return all(self.value_like(v.text) for v in values) and any(FIGURE.fullmatch(v.text) for v in values)

    def cells(
        self, header: list[str], rows: list[tuple[int, str, list[Cell]]], table_unit: tuple[Unit, Decimal] | None
    ) -> Iterator[tuple[int, TableCell]]:
        """The figure cells of a table under `header`, each with the position of its row."""
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
                if not FIGURE.fullmatch(cell.text) or column.unit_column:
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
        self, cell: Cell, unit: tuple[Unit, Decimal], subject: str | None, column: _Column, whole: int | None
    ) -> TableCell:
        figure = FIGURE.fullmatch(cell.text)
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

    def labelled(self, label: str, values: list[Cell], unit: tuple[Unit, Decimal] | None) -> list[TableCell]:
        """The figures of a row of labelled cells (行政复议 | 结果维持 2 | 结果纠正 1), in the table's
        unit; none without one (a bare number names nothing)."""
        subject, row_unit = self._label(label)
        unit = row_unit or unit
        plain = _Column(None, False, None, None, None)
        return [self._cell(v, unit, subject, plain, None) for v in values] if unit else []

    def lone_row(self, label: str, values: list[Cell]) -> TableCell | None:
        """A row under no header: only its first figure, and only when the label ("地区生产总值(亿元)")
        or a unit cell just before it ("粮食  万吨  61.3") names its unit; the rest is unknown."""
        subject, unit = self._label(label)
        if values and self.unit(values[0].text) is not None:
            unit, values = self.unit(values[0].text), values[1:]
        if unit is None or not values or FIGURE.fullmatch(values[0].text) is None:
            return None
        return self._cell(values[0], unit, subject, _Column(None, False, None, None, None), None)


def has_han(text: str) -> bool:
    """Whether `text` holds a Han character (a label does, a figure or a rule does not)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
