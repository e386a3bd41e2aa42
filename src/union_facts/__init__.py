"""union_facts: typed quantitative claims, headlines and metadata from Chinese reports.

>>> import union_facts
>>> report = union_facts.extract("截至目前，全市累计建设工会驿站320家。")
>>> [(c.value, c.unit, c.subject) for c in report.claims]
[(Decimal('320'), '家', '工会驿站')]
"""

from __future__ import annotations

from .accounting import Mention, account
from .config import Config
from .extractor import ExtractionTimeout, Extractor, default_extractor
from .frame import to_frame
from .models import Claim, Report, Section, Span
from .parallel import extract_many
from .reading import TextDecodeError, read_text
from .schema import json_schema
from .vocabulary import Unit

__all__ = [
    "Claim",
    "Config",
    "ExtractionTimeout",
    "Extractor",
    "Mention",
    "Report",
    "Section",
    "Span",
    "TextDecodeError",
    "Unit",
    "account",
    "extract",
    "extract_claims",
    "extract_headlines",
    "extract_many",
    "json_schema",
    "read_text",
    "to_frame",
]
__version__ = "0.1.0"


def extract(text: str) -> Report:
    """Extract metadata, sections and claims from one document (default `Extractor`)."""
    return default_extractor().extract(text)


def extract_claims(text: str) -> list[Claim]:
    """The quantitative claims of `text`, in document order."""
    return default_extractor().extract_claims(text)


def extract_headlines(text: str) -> list[Section]:
    """The sections of `text` that open with a headline, in document order."""
    return default_extractor().extract_headlines(text)
