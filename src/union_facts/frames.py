"""Claims as a table: one row per claim, with its document's metadata (pandas, optional extra).

``pip install 'union_facts[pandas]'``. pandas is imported on the first call, not with the package.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .models import Report

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = (
    "doc",  # the document's id (or path) from `ids`; its position in `reports` without them
    "title",
    "published",  # datetime.date
    "headline",  # headline of the claim's section (None before the first headline)
    "subject",
    "value",  # Decimal, exact
    "high",  # Decimal or None
    "unit",
    "qualifier",
    "kind",
    "surface",
    "sentence",
    "start",  # offsets into the document as given
    "end",
)


def records(reports: Iterable[Report], ids: Iterable[Any] | None = None) -> Iterator[dict[str, Any]]:
    """One dict per claim, keys `COLUMNS`, documents in order and claims in document order."""
    docs = zip(ids, reports, strict=True) if ids is not None else enumerate(reports)
    for doc, report in docs:
        for c in report.claims:
            yield {
                "doc": doc,
                "title": report.title,
                "published": report.published,
                "headline": report.sections[c.section].headline if c.section is not None else None,
                "subject": c.subject,
                "value": c.value,
                "high": c.high,
                "unit": c.unit,
                "qualifier": c.qualifier,
                "kind": c.kind,
                "surface": c.surface,
                "sentence": c.sentence,
                "start": c.start,
                "end": c.end,
            }


def to_frame(reports: Iterable[Report], ids: Iterable[Any] | None = None) -> pd.DataFrame:
    """A DataFrame of every claim of `reports` (columns `COLUMNS`, one row per claim).

    `ids` names the documents (a path, a URL, a key), one per report; without it the ``doc``
    column holds each report's position. ``value`` and ``high`` hold exact `Decimal`s.
    """
    import pandas as pd

    frame = pd.DataFrame.from_records(list(records(reports, ids)), columns=list(COLUMNS))
    return frame.astype({"start": "int64", "end": "int64"})
