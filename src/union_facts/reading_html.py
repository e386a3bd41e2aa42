"""Web pages in: main content, title, date and source of a saved HTML page (the ``[html]`` extra).

trafilatura finds the article's main content (navigation, footers, related-news lists, adverts
and comments stay out) and its metadata (og:title, JSON-LD, ``<title>``; the date through
htmldate: article:published_time, JSON-LD datePublished, date meta tags). Measured against
selectolax with a hand-written heuristic on our own pages in `benchmarks/readers.py`.

The text keeps the page's structure for the structure stage: the title first, then one line per
heading (``<h1>``-``<h4>``, a paragraph that is all ``<strong>``), paragraph and list item; a table
keeps one line per row, cells separated by tabs. The charset is the page's own declaration (BOM,
``<meta charset>``, ``http-equiv``, XML declaration) when it decodes, else detected as for text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extractor import Extractor
    from .models import Report

__all__ = ["INSTALL_HINT", "Page", "decode_html", "extract_html", "read_html"]

INSTALL_HINT = "pip install 'union_facts[html]'"
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs", "utf8": "utf-8"}
_LOOKS_LIKE_MARKUP = re.compile(r"^\s*(?:<!--.*?-->\s*)*<", re.DOTALL)
_SOURCE_META = ("contentsource", "source", "article:source", "citation_publisher")
_SOURCE_IN_TEXT = re.compile(r"(?:来源|稿件来源|信息来源|來源)\s*[:：]\s*([^\s|:：<>，,]{2,30})")
_TITLE_SITE_SUFFIX = re.compile(r"\s*[_|｜–—-]\s*[^_|｜–—-]{2,30}$")
_BLOCKS = {"head", "p", "item", "quote", "code"}


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page holds for extraction: the main text and the page's own metadata."""

    text: str
    title: str | None
    published: dt.date | None
    source: str | None
    origin: str | None
    headings: tuple[str, ...] = ()


def _require_trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise ImportError(f"reading HTML needs trafilatura, which is not installed: {INSTALL_HINT}") from exc
    return trafilatura


def decode_html(data: bytes, name: str | None = None) -> str:
    """The page's text: its declared charset (GBK read as GB18030) if the bytes decode so, else detected."""
    from .reading import _BOMS, decode

    if not any(data.startswith(bom) for bom, _ in _BOMS) and (m := _DECLARED.search(data[:4096])):
        declared = (m.group(1) or m.group(2)).decode("ascii").lower()
        try:
            return data.decode(_SUPERSETS.get(declared, declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect as for text
    return decode(data, name=name).text


def read_html(html_or_path: str | os.PathLike[str] | bytes, *, origin: str | os.PathLike[str] | None = None) -> Page:
    """The main text and metadata of a web page.

    Args:
        html_or_path: the page's markup (a ``str`` starting with ``<``, or raw ``bytes``) or the path
            of a saved page.
        origin: where the page came from (a URL or path) to record; defaults to the path given.
    """
    if isinstance(html_or_path, bytes):
        html = decode_html(html_or_path)
    elif isinstance(html_or_path, str) and _LOOKS_LIKE_MARKUP.match(html_or_path):
        html = html_or_path
    elif isinstance(html_or_path, (str, os.PathLike)):
        path = os.fspath(html_or_path)
        html = decode_html(Path(path).read_bytes(), name=path)
        origin = path if origin is None else origin
    else:
        raise TypeError(f"read_html() takes markup, bytes or a path, not {type(html_or_path).__name__}")
    return _page(html, None if origin is None else os.fspath(origin))


def _page(html: str, origin: str | None) -> Page:
    trafilatura = _require_trafilatura()
    doc = trafilatura.bare_extraction(
        _without_layout_tables(html), url=origin if origin and "://" in origin else None, with_metadata=True,
        include_tables=True, include_formatting=True, include_comments=False, include_images=False,
    )  # fmt: skip
    lines: list[str] = []
    headings: list[str] = []
    if doc is not None and doc.body is not None:
        _lines(doc.body, lines, headings)
    meta = _meta(html)
    title = _title(doc) or meta.get("headline")
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return Page(
        text="\n".join(lines) + ("\n" if lines else ""),
        title=title,
        published=_date(doc.date if doc is not None else None) or _date(meta.get("datePublished")),
        source=meta.get("source"),
        origin=origin,
        headings=tuple(h for h in headings if h != title),
    )


_LAYOUT_INSIDE = "p|div|table|h1|h2|h3|h4|h5|h6|ul|ol|article|section"
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")


def _without_layout_tables(html: str) -> Any:
    """The page made plain for trafilatura, which is built for article markup.

    Tables used for layout (cells holding paragraphs, blocks or other tables, as older government
    sites are built) become plain blocks, data tables stay tables; lists of links (navigation,
    related news) and short blocks naming page chrome (adverts, credits) go.
    """
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return html
    for table in tree.xpath("//table"):
        cells = table.xpath("./tr/td|./tr/th|./*/tr/td|./*/tr/th")
        if any(c.xpath(_BLOCK_INSIDE) for c in cells):
            for part in [table, *table.xpath("./tr|./*|./*/tr|./tr/td|./tr/th|./*/tr/td|./*/tr/th")]:
                if part.tag in _TABLE_PARTS:
                    part.tag = "div"
    chrome = _chrome_words()
    for node in reversed(list(tree.iter("table", "ul", "ol", "div", "p", "span", "td", "li", "section", "aside"))):
        if node.getparent() is not None and (_link_list(node) or _chrome_block(node, chrome)):
            node.drop_tree()
    _mark_main_block(tree)
    return tree


_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote"}


def _mark_main_block(tree: Any) -> None:
    """Name the block whose own paragraphs hold the most sentences as content, the way article
    markup does: CMS class names ("nr", "zw", "TRS_Editor") say nothing to trafilatura."""
    best, most = None, 0
    for node in tree.iter("div", "td", "section", "article", "main"):
        n = sum(child.text_content().count("。") for child in node if child.tag in _PARAGRAPHS)
        if n > most:
            best, most = node, n
    if best is not None and most >= 2:
        best.set("class", "content")  # trafilatura matches the class as a whole


_BLOCK_INSIDE = "./descendant::*[" + " or ".join(f"self::{t}" for t in _LAYOUT_INSIDE.split("|")) + "]"


def _link_list(node: Any) -> bool:
    """Mostly links, three or more: a menu or a list of other articles."""
    links = node.xpath(".//a")
    if len(links) < 3:
        return False
    text = re.sub(r"\s+", "", node.text_content())
    linked = sum(len(re.sub(r"\s+", "", a.text_content())) for a in links)
    return bool(text) and linked / len(text) > 0.5


def _chrome_block(node: Any, chrome: tuple[str, ...]) -> bool:
    text = node.text_content().strip()
    return 0 < len(text) <= 150 and "。" not in text and any(w in text for w in chrome)


@lru_cache(maxsize=1)
def _chrome_words() -> tuple[str, ...]:
    from importlib import resources

    raw = resources.files("union_facts").joinpath("data/html_chrome.txt").read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#"))


def _lines(body: Any, lines: list[str], headings: list[str]) -> None:
    """Lines of trafilatura's XML body: blocks, headings and table rows (cells joined by tabs)."""
    for node in body.iter("head", "p", "item", "quote", "code", "row"):
        if node.tag == "row":
            cells = [_flat(c) for c in node.iter("cell")]
            if any(cells):
                lines.append("\t".join(cells))
            continue
        if any(a.tag in _BLOCKS or a.tag == "row" for a in node.iterancestors()):
            continue  # nested blocks are read with their parent
        text = _flat(node)
        if not text:
            continue
        if node.tag == "head" or _all_bold(node):
            headings.append(text)
        lines.append(text)


def _flat(node: Any) -> str:
    return re.sub(r"\s+", " ", "".join(node.itertext())).strip()


def _all_bold(node: Any) -> bool:
    """A paragraph that is nothing but bold text: a heading written with <strong>."""
    bold = "".join("".join(h.itertext()) for h in node.iter("hi") if h.get("rend") == "#b").strip()
    return bool(bold) and bold == "".join(node.itertext()).strip() and len(bold) <= 40


def _title(doc: Any) -> str | None:
    if doc is None or not doc.title:
        return None
    title = str(doc.title).strip()
    if doc.sitename and title.endswith(str(doc.sitename)):
        title = _TITLE_SITE_SUFFIX.sub("", title)
    return title or None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _meta(html: str) -> dict[str, str]:
    """Source (来源: meta tags, else the byline) and JSON-LD headline and datePublished of a page."""
    from lxml import html as lxml_html

    found: dict[str, str] = {}
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return found
    for meta in tree.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in _SOURCE_META and (content := (meta.get("content") or "").strip()):
            found.setdefault("source", content)
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        for item in _json_ld(script.text_content()):
            for key in ("headline", "datePublished"):
                if isinstance(item.get(key), str) and item[key].strip():
                    found.setdefault(key, item[key].strip())
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    if "source" not in found and (m := _SOURCE_IN_TEXT.search(tree.text_content())):
        found["source"] = m.group(1)
    return found


def _json_ld(raw: str) -> list[dict[str, Any]]:
    import json

    try:
        data = json.loads(raw)
    except ValueError:
        return []
    items = data if isinstance(data, list) else [data, *data.get("@graph", [])] if isinstance(data, dict) else []
    return [i for i in items if isinstance(i, dict)]


def extract_html(
    html_or_path: str | os.PathLike[str] | bytes,
    *,
    origin: str | os.PathLike[str] | None = None,
    extractor: Extractor | None = None,
) -> Report:
    """`read_html`, then extract: the page's metadata wins over what the text suggests.

    The Report's `text` is the extracted main text (claim offsets point into it), `format` is
    "html" and `origin` the path or URL.
    """
    from .extractor import default_extractor
    from .files import Source

    page = read_html(html_or_path, origin=origin)
    source = Source(page.text, page.origin, "html", page.title, page.published, page.source)
    return source.apply((extractor or default_extractor()).extract(page.text))
