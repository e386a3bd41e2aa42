"""Figures -> the `Claim` and `Section` records of a `Report`, offsets mapped back to the input.

Claims are built one at a time from a list that is emptied as it goes, and share what they
repeat (`share_fields_set`, `compact`): a 10 MB page has 84 000 claims.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from . import bounds
from .alternatives import Alternatives
from .config import Vocabulary
from .meaning import MeaningReader, PartFinder, adds_up, change_measure
from .models import Claim, Report, Section, Span
from .normalize import Normalized, half_width_alnum
from .structure import Layout
from .subjects import Figure
from .table_cells import TableCell

T = TypeVar("T")


class RecordBuilder:
    """Builds a report's records; holds the period patterns (截至目前, 2023年 …) and the words of
    status and basis (`MeaningReader`)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.periods = Alternatives([f"(?:{p})" for p in vocab.periods])
        self.meaning = MeaningReader(vocab)

    def report(
        self, text: str, norm: Normalized, layout: Layout, figures: list[Figure], cells: Sequence[TableCell] = ()
    ) -> Report:
        """The report of `text`: the figures of the prose and the table cells, in document order;
        `figures` is emptied as their claims are made."""
        sections = [share_fields_set(s) for s in _sections(norm, layout)]
        section_starts = [s.start for s in sections]
        parts = PartFinder()
        items = list(_in_order(drain(figures), cells))
        found = bounds.Sentences(norm.text)
        sentences = [found.around(f.quantity.start, f.quantity.end) for f in items]
        periods = self.find_periods(norm.text, sentences)
        written = _Written(norm)
        made = (
            self.claim(norm, f, section_starts, s, periods, i, parts, written)
            for i, (f, s) in enumerate(zip(drain(items), sentences, strict=True))
        )
        claims = list(compact(made))
        return Report(
            text=text,
            title=_display(norm, layout.title),
            published=layout.published,
            source=_display(norm, layout.source),
            views=layout.views,
            sections=sections,
            claims=claims,
            boilerplate=[Span(start=a, end=b) for a, b in (norm.span(*s) for s in layout.boilerplate)],
        )

    def find_periods(self, text: str, sentences: Iterable[tuple[int, int]]) -> Periods:
        """The period words of the sentences that hold figures: each stretch of text scanned once."""
        found: list[tuple[int, int]] = []
        for lo, hi in bounds.merged(sentences):
            found.extend(m.span() for m in self.periods.finditer(text, lo, hi))
        return Periods(found)

    def claim(
        self,
        norm: Normalized,
        f: Figure | TableCell,
        section_starts: list[int],
        sentence: tuple[int, int],
        periods: Periods,
        index: int = 0,
        parts: PartFinder | None = None,
        written: _Written | None = None,
    ) -> Claim:
        """The claim of one figure (claim `index` of its report): original offsets, its sentence,
        period and section, and what it means: status, basis, change measure, the whole it is a
        part of (`parts` has seen the claims before it); `written` shares sentence strings."""
        q, text = f.quantity, norm.text
        start, end = norm.span(q.start, q.end)
        sent_lo, sent_hi = sentence
        period = periods.last_in(sent_lo, q.start)
        cell = f if isinstance(f, TableCell) else None
        info = None if isinstance(f, TableCell) else f.info
        change = cell.change if cell else info.change if info else None
        lo = bounds.clause(text, q.context_start, q.context_end, bounds.LEFT_WINDOW, bounds.RIGHT_WINDOW)[0]
        basis = cell.basis if cell else self.meaning.basis(text, lo, q.context_start)
        measure = cell.change_measure if cell else change_measure(q.unit, change, basis)
        part_of = (parts or PartFinder()).part_of(
            text,
            index,
            (q.start, q.end),
            q.kind if q.kind in ("people", "money") else q.unit,
            sent_lo,
            adds_up=adds_up(q.kind, text[lo : q.context_start], measure),
            whole_at=cell.whole if cell else None,
        )
        return Claim(
            surface=norm.original[start:end],
            start=start,
            end=end,
            value=q.value,
            high=q.high,
            unit=q.unit,
            qualifier=q.qualifier,
            subject=cell.subject if cell else info.subject if info else None,
            kind=q.kind,
            currency=q.currency,
            cumulative=bool(info and info.cumulative),
            change=change,  # type: ignore[arg-type]
            change_measure=measure,
            basis=basis,
            status=(cell.status if cell else None) or self.meaning.status(text, sent_lo, q.context_start),
            part_of=part_of,
            period=norm.original_without_noise(*period) if period else None,
            section=_section_index(section_starts, start),
            sentence=(written or _Written(norm)).sentence(sent_lo, sent_hi),
        )


class _Written:
    """The sentences of a document as written, each made once: claims of one sentence share it."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.last: tuple[int, int, str] = (-1, -1, "")

    def sentence(self, lo: int, hi: int) -> str:
        if self.last[:2] != (lo, hi):
            self.last = (lo, hi, self.norm.original_without_noise(lo, hi).strip())
        return self.last[2]


class Periods:
    """Period words found (sorted, disjoint spans), looked up by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.ends = [e for _, e in spans]

    def last_in(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The last span inside ``[lo, hi)``, if any."""
        k = bisect_right(self.ends, hi) - 1
        return self.spans[k] if k >= 0 and self.spans[k][0] >= lo else None


def _in_order(figures: Iterator[Figure], cells: Sequence[TableCell]) -> Iterator[Figure | TableCell]:
    """The figures of the prose and the table cells, merged by position."""
    pending = list(reversed(cells))
    for f in figures:
        while pending and pending[-1].quantity.start < f.quantity.start:
            yield pending.pop()
        yield f
    yield from reversed(pending)


def _sections(norm: Normalized, layout: Layout) -> list[Section]:
    heads = layout.headlines
    n = len(norm.original)
    starts = [norm.to_original(h.section_start) for h in heads]
    sections: list[Section] = []
    if not heads or starts[0] > 0:
        sections.append(Section(headline=None, level=1, start=0, end=starts[0] if heads else n))
    for i, h in enumerate(heads):
        end = starts[i + 1] if i + 1 < len(heads) else n
        sections.append(Section(headline=_display(norm, (h.start, h.end)), level=h.level, start=starts[i], end=end))
    return sections


def _display(norm: Normalized, span: tuple[int, int] | None) -> str | None:
    """A title or headline as written (script kept, annotation noise removed, digits half-width)."""
    if not span:
        return None
    lines = norm.original_without_noise(*span).split("\n")  # a title or heading wrapped over lines
    return half_width_alnum("".join(ln.strip() for ln in lines))


def _section_index(section_starts: list[int], pos: int) -> int | None:
    if not section_starts:
        return None
    return max(0, bisect_right(section_starts, pos) - 1)


_Frozen = TypeVar("_Frozen", Claim, Section)
_fields_sets: dict[frozenset[str], set[str]] = {}


def share_fields_set(model: _Frozen) -> _Frozen:
    """pydantic keeps, per instance, the set of field names it was given (~730 bytes for a claim:
    as much as its values). Claims and sections are frozen and all given the same fields: they
    share one set. `tests/test_records.py` pins the pydantic behaviour this relies on."""
    given = model.__pydantic_fields_set__
    shared = _fields_sets.setdefault(frozenset(given), given)
    if shared is not given:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    return model


def compact(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, sharing what they repeat, values unchanged: the fields-set, one string for each
    distinct sentence and period across the whole document, and subjects (interned). A 10 MB page
    has 84 000 claims; this is a fifth of their memory."""
    shared: dict[str, str] = {}
    for claim in claims:
        values = share_fields_set(claim).__dict__  # frozen to users; equal values swapped here
        values["sentence"] = shared.setdefault(values["sentence"], values["sentence"])
        if values["period"] is not None:
            values["period"] = shared.setdefault(values["period"], values["period"])
        if values["subject"] is not None:
            values["subject"] = sys.intern(values["subject"])
        yield claim


def drain(items: list[T]) -> Iterator[T]:
    """The items in order, each dropped from the list as it is taken: a figure is freed once its
    claim is made, so a long document never holds all its figures and all its claims at once."""
    items.reverse()
    while items:
        yield items.pop()
