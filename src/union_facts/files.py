"""Report files of any supported format: which formats there are, reading one, extracting one.

A file's format is its suffix: ``.txt`` (any other suffix too, when named explicitly) is text in
UTF-8, GB18030/GBK or Big5; ``.html``/``.htm`` a web page (the ``[html]`` extra); ``.pdf`` a PDF
(the ``[pdf]`` extra). Reading is apart from extracting so that a pool of workers can extract
texts read elsewhere (`Source.apply` puts the file's metadata on the worker's Report).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .models import Format

if TYPE_CHECKING:
    from .extractor import Extractor
    from .models import Report

__all__ = ["FORMATS", "Source", "available", "extract_file", "format_of", "missing_extra", "read_file"]

# format -> (file patterns, module its extra brings or None, extra's name)
FORMATS: dict[Format, tuple[tuple[str, ...], str | None, str]] = {
    "text": (("*.txt",), None, ""),
    "html": (("*.html", "*.htm"), "trafilatura", "html"),
    "pdf": (("*.pdf",), "pypdfium2", "pdf"),
}


def format_of(path: str | os.PathLike[str]) -> Format:
    """The format a file is read as, by its suffix (text for any unknown one)."""
    suffix = Path(path).suffix.lower()
    return "html" if suffix in {".html", ".htm"} else "pdf" if suffix == ".pdf" else "text"


def missing_extra(fmt: Format) -> str | None:
    """The install command a format still needs on this machine, or None when it can be read."""
    _, module, extra = FORMATS[fmt]
    if module is None:
        return None
    try:
        found = importlib.util.find_spec(module) is not None
    except ValueError:  # in sys.modules as None: blocked
        found = False
    return None if found else f"pip install 'union_facts[{extra}]'"


def available() -> list[str]:
    """The file patterns this installation reads: text always, HTML and PDF with their extras."""
    return [p for fmt, (patterns, _, _) in FORMATS.items() if missing_extra(fmt) is None for p in patterns]


@dataclass(frozen=True, slots=True)
class Source:
    """A file's text and what its format knows beyond the text: metadata and page starts."""

    text: str
    origin: str | None
    format: Format = "text"
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    page_starts: tuple[int, ...] = field(default_factory=tuple)

    def apply(self, report: Report) -> Report:
        """`report` (extracted from `text`) with the file's origin, format, metadata and pages."""
        from bisect import bisect_right

        update: dict[str, object] = {
            "title": self.title or report.title,
            "published": self.published or report.published,
            "source": self.source or report.source,
            "origin": self.origin,
            "format": self.format,
        }
        if self.page_starts:
            pages = self.page_starts
            update["claims"] = [
                c.model_copy(update={"page": max(1, bisect_right(pages, c.start))}) for c in report.claims
            ]
        return report.model_copy(update=update)


def read_file(path: str | os.PathLike[str]) -> Source:
    """Read a report file of any supported format (see `format_of`)."""
    origin = os.fspath(path)
    fmt = format_of(origin)
    if fmt == "html":
        from .reading_html import read_html

        page = read_html(origin)
        return Source(page.text, origin, "html", page.title, page.published, page.source)
    if fmt == "pdf":
        from .reading_pdf import read_pdf

        pdf = read_pdf(origin)
        return Source(pdf.text, origin, "pdf", pdf.title, page_starts=pdf.page_starts)
    from .reading import read_text

    return Source(read_text(origin), origin)


def extract_file(path: str | os.PathLike[str], *, extractor: Extractor | None = None) -> Report:
    """Read and extract a report file of any supported format; the Report records its origin and format."""
    from .extractor import default_extractor

    source = read_file(path)
    return source.apply((extractor or default_extractor()).extract(source.text))
