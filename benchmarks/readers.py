"""Measure the candidate HTML and PDF readers on our own invented report (own_report.py here,
which the tests read too).

    python benchmarks/readers.py

HTML: trafilatura (main-content extraction, with htmldate for dates) against selectolax with the
usual hand-written heuristic (drop nav/header/footer/aside and chrome-named blocks, keep the
block with the most sentence ends). PDF: pypdfium2 against pdfplumber on a multi-page PDF.
Quality: share of the body's sentences recovered, chrome strings leaked, table rows kept whole,
headings on their own line; speed: median time per document.
"""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import own_report as own  # beside this script (the tests import it as benchmarks.own_report)

from union_facts.reading_html import decode_html

CHROME = [own.AD, *(t for t, _ in own.RELATED), "版权所有", "当前位置", "热点排行", "网友评论", "猜你喜欢", "首页"]
SENTENCES = [s for b in own.body_blocks() if isinstance(b, str) for s in re.split(r"(?<=[。；])", b) if len(s) > 4]
ROWS = [r for b in own.body_blocks() if isinstance(b, list) for r in b]
HEADINGS = [h for h, _ in own.SECTIONS]
PAGE_NUMBER = re.compile(r"— \d+ —")


def quality(text: str) -> dict[str, float]:
    flat = re.sub(r"\s+", "", text)
    lines = [ln.strip() for ln in text.splitlines()]
    return {
        "body": sum(re.sub(r"\s+", "", s) in flat for s in SENTENCES) / len(SENTENCES),
        "chrome_leaks": sum(c in text for c in CHROME),
        "table_rows": sum(any(all(c in ln for c in row) for ln in lines) for row in ROWS) / len(ROWS),
        "headings_own_line": sum(h in lines for h in HEADINGS) / len(HEADINGS),
    }


def timed(fn: Callable[[], str], runs: int = 5) -> tuple[str, float]:
    times, out = [], ""
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, statistics.median(times)


def trafilatura_text(html: str) -> str:
    from union_facts.reading_html import read_html

    return read_html(html).text


CHROME_NAMES = re.compile(r"nav|foot|header|top|position|related|recommend|share|ad\b|hot|comment|copyright|menu")


def selectolax_text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    tree.strip_tags(["script", "style", "nav", "header", "footer", "aside", "noscript"])
    for node in tree.css("[class], [id]"):
        if CHROME_NAMES.search(f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"):
            node.decompose()
    best = max(tree.css("div, article, main, td, section"), key=lambda n: n.text().count("。"), default=None)
    if best is None:
        return ""
    lines = []
    for node in best.css("h1, h2, h3, h4, p, tr"):
        cells = node.css("td, th") if node.tag == "tr" else []
        lines.append("\t".join(c.text(strip=True) for c in cells) if cells else node.text(strip=True))
    return "\n".join(ln for ln in lines if ln)


def pypdfium2_text(path: Path) -> str:
    from union_facts.reading_pdf import read_pdf

    return read_pdf(path).text


def pdfplumber_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    print("reader                     page         time ms  body  chrome  table  headings")
    for name, make in own.PAGES.items():
        raw = make()
        html = decode_html(raw)
        for reader, fn in (("trafilatura", trafilatura_text), ("selectolax+heuristic", selectolax_text)):
            text, secs = timed(lambda fn=fn, html=html: fn(html))
            q = quality(text)
            print(
                f"{reader:<26} {name:<12} {secs * 1000:7.1f}  {q['body']:.2f}  {q['chrome_leaks']:6.0f}"
                f"  {q['table_rows']:.2f}   {q['headings_own_line']:.2f}"
            )
    with tempfile.TemporaryDirectory() as tmp:
        path = own.write_pdf(Path(tmp) / "own.pdf", size=14)
        for reader, fn in (("pypdfium2 (read_pdf)", pypdfium2_text), ("pdfplumber.extract_text", pdfplumber_text)):
            text, secs = timed(lambda fn=fn: fn(path))
            q = quality(text)
            numbers = len(PAGE_NUMBER.findall(text))
            print(
                f"{reader:<26} {'own.pdf':<12} {secs * 1000:7.1f}  {q['body']:.2f}  {q['chrome_leaks']:6.0f}"
                f"  {q['table_rows']:.2f}   {q['headings_own_line']:.2f}  header/page no. left: "
                f"{text.count(own.HEADER)}/{numbers}"
            )


if __name__ == "__main__":
    main()
