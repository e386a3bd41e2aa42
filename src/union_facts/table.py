"""Flat rows, one per claim, shared by `to_frame`, the CLI's CSV and table output."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .models import Report

# Column order of DataFrames and CSV files.
COLUMNS: tuple[str, ...] = (
    "doc",
    "title",
    "published",
    "section",
    "subject",
    "value",
    "high",
    "unit",
    "qualifier",
    "kind",
    "surface",
    "sentence",
    "start",
    "end",
    "currency",
    "cumulative",
    "change",
    "period",
    "section_index",
    "status",
    "part_of",
    "basis",
    "change_measure",
)

Documents = Report | Mapping[Any, Report] | Iterable[Report] | Iterable[tuple[Any, Report]]


def documents(reports: Documents) -> list[tuple[Any, Report]]:
    """(doc id, report) pairs from the forms `to_frame` accepts.

    A single `Report` has doc id None; a mapping gives its keys; a sequence of reports their
    positions 0, 1, ...; a sequence of ``(doc, report)`` pairs the given ids. Paths become str.
    """
    if isinstance(reports, Report):
        return [(None, reports)]
    items = list(reports.items()) if isinstance(reports, Mapping) else list(reports)
    out: list[tuple[Any, Report]] = []
    for i, item in enumerate(items):
        if isinstance(item, Report):
            out.append((i, item))
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Report):
            doc = os.fspath(item[0]) if isinstance(item[0], os.PathLike) else item[0]
            out.append((doc, item[1]))
        else:
            raise TypeError(f"expected a Report or a (doc, Report) pair, got {type(item).__name__} at position {i}")
    return out


def claim_rows(reports: Documents) -> Iterator[dict[str, Any]]:
    """One dict per claim, keys `COLUMNS`, values as in the records (Decimal, date, None)."""
    for doc, report in documents(reports):
        for claim in report.claims:
            section = report.sections[claim.section] if claim.section is not None else None
            yield {
                "doc": doc,
                "title": report.title,
                "published": report.published,
                "section": section.headline if section else None,
                "subject": claim.subject,
                "value": claim.value,
                "high": claim.high,
                "unit": claim.unit,
                "qualifier": claim.qualifier,
                "kind": claim.kind,
                "surface": claim.surface,
                "sentence": claim.sentence,
                "start": claim.start,
                "end": claim.end,
                "currency": claim.currency,
                "cumulative": claim.cumulative,
                "change": claim.change,
                "period": claim.period,
                "section_index": claim.section,
                "status": claim.status,
                "part_of": claim.part_of,
                "basis": claim.basis,
                "change_measure": claim.change_measure,
            }


def document_row(doc: Any, report: Report) -> dict[str, Any]:
    """A row for a document with no claim (``--keep-empty``): its doc, title and date, the rest None."""
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(doc=doc, title=report.title, published=report.published)
    return row
