"""Typed records returned by the extractor (no logic beyond small helpers)."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

if TYPE_CHECKING:
    import pandas as pd


def _decimal_to_json(value: Decimal) -> int | float | str:
    """A value in JSON, exactly: an integer; a number when a double holds its digits exactly (up to
    15 significant digits: any figure a report writes); else a string of its decimal digits, since
    JSON readers (pydantic's included) read numbers as doubles. Both read back to the same Decimal."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) == value:
        return as_float
    return format(value, "f")


_EXACT_DIGITS = r"^-?[0-9]+\.[0-9]+$"
_NUMBER_SCHEMA: dict[str, Any] = {
    "anyOf": [{"type": "number"}, {"type": "string", "pattern": _EXACT_DIGITS}],
    "description": "a number; a string of its exact decimal digits when a double cannot hold them",
}


def tidy(value: Decimal) -> Decimal:
    """Canonical form: 8674000.0 -> 8674000, 1.50 -> 1.5 (never exponent notation)."""
    if value == value.to_integral_value() and value.adjusted() < 28:
        return value.quantize(Decimal(1))
    return value.normalize()


Number = Annotated[
    Decimal,
    AfterValidator(tidy),
    PlainSerializer(_decimal_to_json, when_used="json"),
    WithJsonSchema(_NUMBER_SCHEMA, mode="serialization"),
]

Qualifier = Literal["exact", "approx", "nearly", "over", "at_least", "under", "each"]
Kind = Literal["money", "people", "count", "percent", "measure", "multiple", "duration"]
Change = Literal["up", "down"]


class Span(BaseModel):
    """A half-open character range ``[start, end)`` into the original input."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: int
    end: int


class Claim(BaseModel):
    """One quantitative claim: a number with its unit, as it appears in the text."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    surface: str = Field(description="text[start:end]: number, multiplier and unit as written")
    start: int
    end: int
    value: Number = Field(description="value in base units (low end of a range)")
    high: Number | None = Field(default=None, description="high end of a range")
    unit: str = Field(description="unit or measure word, simplified script, multiplier removed")
    qualifier: Qualifier = "exact"
    subject: str | None = Field(default=None, description="what is counted, simplified script")
    kind: Kind = "count"
    currency: str | None = Field(default=None, description="ISO 4217 code for money")
    cumulative: bool = Field(default=False, description="stated as a running total (累计, 共)")
    change: Change | None = Field(default=None, description="the figure is a rise or a fall")
    period: str | None = Field(default=None, description="time scope named in the sentence, as written")
    section: int | None = Field(default=None, description="index into Report.sections")
    sentence: str = Field(default="", description="the sentence it is in, as written, annotation noise removed")


class Section(BaseModel):
    """A section of the body, opened by a headline (None before the first one).

    The headline is as written: original script, pinyin notes removed, digits half-width.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    headline: str | None
    level: int = 1
    start: int
    end: int


def _utf8_text(text: str) -> str:
    from .normalize import without_surrogates

    return without_surrogates(text)


# JSON is UTF-8, which cannot carry a lone surrogate: it is written as U+FFFD (offsets unchanged).
Text = Annotated[str, PlainSerializer(_utf8_text, when_used="json")]


class Report(BaseModel):
    """Everything extracted from one document."""

    model_config = ConfigDict(defer_build=True)  # validators built on first use, not on import

    text: Text
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    views: int | None = None
    sections: list[Section] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    boilerplate: list[Span] = Field(default_factory=list, description="page chrome: header and footer lines, not body")

    @property
    def headlines(self) -> list[str]:
        return [s.headline for s in self.sections if s.headline]

    # Views (delegating to optional modules, imported only when used).
    def to_frame(self, doc: Any = None, *, decimals: bool = False) -> pd.DataFrame:
        """One row per claim as a pandas DataFrame (see `union_facts.to_frame`); needs the pandas extra."""
        from .frame import to_frame

        return to_frame([(doc, self)], decimals=decimals)

    def to_html(self, path: str | os.PathLike[str] | None = None, *, doc: Any = None) -> str:
        """A standalone HTML page with claims and headlines highlighted; written to `path` if given."""
        from .render import write_html

        return write_html(self, path, doc=doc)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the highlighted text and a table of the claims."""
        from .render import report_html

        return report_html(self)
