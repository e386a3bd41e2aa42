"""union_facts: typed quantitative claims, headlines and metadata from Chinese reports.

>>> import union_facts
>>> report = union_facts.extract("截至目前，全市累计建设工会驿站320家。")
>>> [(c.value, c.unit, c.subject) for c in report.claims]
[(Decimal('320'), '家', '工会驿站')]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .models import Claim, Report, Section, Span

if TYPE_CHECKING:
    from .accounting import Mention, account
    from .arrow import arrow_schema, to_arrow
    from .config import Config
    from .extractor import ExtractionTimeout, Extractor
    from .files import extract_file
    from .frame import to_frame
    from .parallel import WorkerDied, extract_many
    from .query import ClaimLookupError
    from .reading import TextDecodeError, read_text
    from .reading_html import extract_html, read_html
    from .reading_pdf import NoTextLayerError, extract_pdf, read_pdf
    from .schema import json_schema
    from .vocabulary import Unit

# The rest of the public names load on first use: importing the package costs only the records
# `extract` returns (the pipeline loads with the first extraction).
_LAZY = {
    "Mention": "accounting",
    "account": "accounting",
    "arrow_schema": "arrow",
    "to_arrow": "arrow",
    "ClaimLookupError": "query",
    "extract_html": "reading_html",
    "read_html": "reading_html",
    "extract_pdf": "reading_pdf",
    "read_pdf": "reading_pdf",
    "NoTextLayerError": "reading_pdf",
    "extract_file": "files",
    "Config": "config",
    "ExtractionTimeout": "extractor",
    "Extractor": "extractor",
    "default_extractor": "extractor",
    "to_frame": "frame",
    "extract_many": "parallel",
    "WorkerDied": "parallel",
    "TextDecodeError": "reading",
    "read_text": "reading",
    "json_schema": "schema",
    "Unit": "vocabulary",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'union_facts' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Claim",
    "ClaimLookupError",
    "Config",
    "ExtractionTimeout",
    "Extractor",
    "Mention",
    "NoTextLayerError",
    "Report",
    "Section",
    "Span",
    "TextDecodeError",
    "Unit",
    "WorkerDied",
    "account",
    "arrow_schema",
    "extract",
    "extract_claims",
    "extract_file",
    "extract_headlines",
    "extract_html",
    "extract_many",
    "extract_pdf",
    "json_schema",
    "read_html",
    "read_pdf",
    "read_text",
    "to_arrow",
    "to_frame",
]
__version__ = "0.1.0"


def extract(text: str) -> Report:
    """Extract metadata, sections and claims from one document (default `Extractor`)."""
    from .extractor import default_extractor

    return default_extractor().extract(text)


def extract_claims(text: str) -> list[Claim]:
    """The quantitative claims of `text`, in document order."""
    from .extractor import default_extractor

    return default_extractor().extract_claims(text)


def extract_headlines(text: str) -> list[Section]:
    """The sections of `text` that open with a headline, in document order."""
    from .extractor import default_extractor

    return default_extractor().extract_headlines(text)
