"""PDFs in: the text layer in reading order, page by page (the ``[pdf]`` extra, pypdfium2).

PDFium gives text segments with their boxes. Segments sharing a baseline are one line (a gap wider
than a character between them is a table cell: cells are joined by tabs, one line per row); lines
are read top to bottom. Running headers and footers (a line near the top or bottom edge that
repeats on other pages, digits aside) and page numbers ("— 3 —", "第3页", "3/12") are removed.
A line that reaches the body's right edge and does not end a sentence was wrapped by the layout:
it is joined to the next one, across a page break too. Measured against pdfplumber in
`benchmarks/readers.py`.
"""

from __future__ import annotations

import itertools
import os
import re
import statistics
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extractor import Extractor
    from .models import Report

__all__ = ["INSTALL_HINT", "NoTextLayerError", "PdfText", "extract_pdf", "read_pdf"]

INSTALL_HINT = "pip install 'union_facts[pdf]'"
_EDGE = 0.1  # top and bottom tenth of a page: where running headers and footers live
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–_·.]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–_·.]*$|"
    r"^[\s\-—–]*(?:Page|page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?[\s\-—–]*$"
)
_SENTENCE_END = tuple("。！？!?；;：:”」』）)")
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"^[A-Za-z]")
# A numbered heading starts a new block even right after a full line (一、 （二） 第三章 1.)
_NUMBERED_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[章节部分条]|\d{1,2}[.、]\D)"
)


class NoTextLayerError(ValueError):
    """The PDF has no text layer (a scanned image): it needs OCR before extraction."""


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    cells: int  # segments separated by gaps: > 1 is a table row

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(frozen=True, slots=True)
class PdfText:
    """A PDF's text, where each page starts in it (page 1 at index 0), and its metadata title."""

    text: str
    page_starts: tuple[int, ...]
    title: str | None
    origin: str | None

    def page_at(self, offset: int) -> int:
        """The page number (from 1) of the character at `offset`."""
        return max(1, bisect_right(self.page_starts, offset))


def _require_pdfium() -> Any:
    try:
        import pypdfium2
    except ImportError as exc:
        raise ImportError(f"reading PDF needs pypdfium2, which is not installed: {INSTALL_HINT}") from exc
    return pypdfium2


def read_pdf(path: str | os.PathLike[str] | bytes) -> PdfText:
    """The text of a PDF (a path or its bytes), in reading order, page by page.

    Raises:
        NoTextLayerError: the PDF has pages but no text on any (a scan): run OCR first.
    """
    pdfium = _require_pdfium()
    origin = None if isinstance(path, bytes) else os.fspath(path)
    pdf = pdfium.PdfDocument(path)
    try:
        pages = [_page_lines(pdf[i]) for i in range(len(pdf))]
        heights = [pdf[i].get_size()[1] for i in range(len(pdf))]
        title = (pdf.get_metadata_dict().get("Title") or "").strip() or None
    finally:
        pdf.close()
    if pages and not any(pages):
        where = f"{origin!r}" if origin else "this PDF"
        raise NoTextLayerError(
            f"{where} has no text layer ({len(pages)} page(s) of images, a scan?): run OCR on it first "
            "(for example ocrmypdf, or tesseract), then read the OCR'd PDF or text"
        )
    pages = _drop_running_lines(pages, heights)
    text, starts = _join_pages(pages)
    if title and re.sub(r"\s+", "", title) not in re.sub(r"\s+", "", text[:2000]):
        title = None  # producer defaults ("Microsoft Word - x.docx", "untitled") are not titles
    return PdfText(text, tuple(starts), title, origin)


def _page_lines(page: Any) -> list[Line]:
    textpage = page.get_textpage()
    segments = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", " ").replace("\n", " ")
        if text.strip():
            segments.append((left, bottom, right, top, text.strip()))
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for seg in sorted(segments, key=lambda s: (-s[3], s[0])):
        line = lines[-1] if lines else None
        if line is not None and _same_line(line, seg):
            line.append(seg)
        else:
            lines.append([seg])
    return [_line(sorted(segs)) for segs in lines]


def _same_line(line: list[tuple[float, float, float, float, str]], seg: tuple[float, float, float, float, str]) -> bool:
    bottom, top = min(s[1] for s in line), max(s[3] for s in line)
    overlap = min(top, seg[3]) - max(bottom, seg[1])
    return overlap > 0.5 * min(top - bottom, seg[3] - seg[1])


def _line(segs: list[tuple[float, float, float, float, str]]) -> Line:
    height = max(s[3] - s[1] for s in segs)
    parts, cells = [segs[0][4]], 1
    for prev, seg in itertools.pairwise(segs):
        gap = seg[0] - prev[2]
        if gap > 0.6 * height:  # wider than a word space: the next cell of a table row
            parts.append("\t")
            cells += 1
        elif (_LATIN_END.search(parts[-1]) and _LATIN_START.match(seg[4])) or gap > height / 4:
            parts.append(" ")
        parts.append(seg[4])
    return Line("".join(parts), segs[0][0], segs[-1][2], max(s[3] for s in segs), min(s[1] for s in segs), cells)


def _drop_running_lines(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Without page numbers and the header and footer lines that repeat near the page edges."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    def at_edge(line: Line, height: float) -> bool:
        return line.bottom > height * (1 - _EDGE) or line.top < height * _EDGE

    seen = Counter(
        key(ln)
        for page, h in zip(pages, heights, strict=True)
        for ln in {key(x): x for x in page if at_edge(x, h)}.values()
    )
    repeated = {k for k, n in seen.items() if n >= 2}
    return [
        [ln for ln in page if not (at_edge(ln, h) and (key(ln) in repeated or _PAGE_NUMBER.match(ln.text)))]
        for page, h in zip(pages, heights, strict=True)
    ]


def _join_pages(pages: list[list[Line]]) -> tuple[str, list[int]]:
    """The text with wrapped lines joined; where each page starts in it."""
    out: list[str] = []
    size, starts = 0, []
    previous: tuple[Line, _Body] | None = None  # the last line written and its page's body
    for page in pages:
        edge = _body_edges(page)
        starts.append(size)
        for line in page:
            if out:
                sep = "" if previous is not None and _wrapped(*previous, line) else "\n"
                if sep == "" and _LATIN_END.search(out[-1]) and _LATIN_START.match(line.text):
                    sep = " "
                out.append(sep)
                size += len(sep)
            if line is page[0]:
                starts[-1] = size
            out.append(line.text)
            size += len(line.text)
            previous = (line, edge)
    return "".join(out) + ("\n" if out else ""), starts


@dataclass(frozen=True, slots=True)
class _Body:
    """A page's body text: its left and right edges, and whether paragraphs open indented."""

    left: float
    right: float
    indented: bool


def _body_edges(page: list[Line]) -> _Body:
    body = [ln for ln in page if ln.cells == 1 and len(ln.text) >= 10] or page or [Line("", 0, 0, 0, 0, 1)]
    rights = [ln.right for ln in body]
    right = max(rights) if len(rights) < 3 else statistics.quantiles(rights, n=10)[-1]
    left = min(ln.left for ln in body)
    indented = any(1.5 * ln.height <= ln.left - left <= 2.6 * ln.height for ln in body)
    return _Body(left, right, indented)


def _wrapped(line: Line, body: _Body, following: Line) -> bool:
    """Whether `line` was broken by the layout and `following` goes on with it.

    `line` reaches the right edge of the body and `following` starts at its left edge (boxes are
    glyph-tight, so heights say little about the size of type). Where paragraphs open indented
    that settles it; elsewhere a line that ends a sentence may end its paragraph: left as it is.
    """
    ends_sentence = line.text.endswith(_SENTENCE_END)
    # a line whose next word did not fit ends short of the edge: up to three characters
    reach = (1.5 if ends_sentence else 3.0) * line.height
    return (
        line.cells == 1
        and following.cells == 1
        and len(line.text) >= 10
        and line.right >= body.right - reach
        and following.left <= body.left + 0.5 * following.height
        and (body.indented or not ends_sentence)
        and not _NUMBERED_HEADING.match(following.text)
    )


def extract_pdf(path: str | os.PathLike[str] | bytes, *, extractor: Extractor | None = None) -> Report:
    """`read_pdf`, then extract: each claim keeps its page (`Claim.page`); `format` is "pdf"."""
    from .extractor import default_extractor
    from .files import Source

    doc = read_pdf(path)
    source = Source(doc.text, doc.origin, "pdf", doc.title, page_starts=doc.page_starts)
    return source.apply((extractor or default_extractor()).extract(doc.text))
