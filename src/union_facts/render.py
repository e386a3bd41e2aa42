"""HTML views of reports: the text with headlines as headings and claims marked, plus a claims table.

Everything taken from the document (text, title, headlines, subjects, sentences) is escaped:
the input is untrusted and nothing in it is ever interpreted as markup. The standalone page also
carries a Content-Security-Policy that allows no script and no remote resource at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from .labels import CLAIM_COLUMNS, QUALIFIER_SIGN, claim_label, format_number, format_value
from .models import Claim, Report, Section
from .normalize import without_surrogates
from .render_corpus import CORPUS_CSS, corpus_html, report_prefix

__all__ = ["page_html", "report_html", "write_html"]

CSS = """
.uf-report{font-family:"Noto Sans CJK SC","Noto Sans CJK TC","Source Han Sans","PingFang SC","Microsoft YaHei",
 "WenQuanYi Zen Hei",sans-serif;line-height:1.6;color:#1f2328;max-width:60rem}
.uf-report .uf-title{font-size:1.4em;font-weight:600;margin:.2em 0}
.uf-report .uf-doc{font-family:ui-monospace,monospace;font-size:.85em;color:#57606a;margin:.2em 0}
.uf-report .uf-meta{font-size:.85em;color:#57606a;margin:.2em 0 .8em}
.uf-report .uf-text{white-space:pre-wrap;line-height:2.4;border-top:1px solid #d0d7de;padding-top:.5em}
.uf-report .uf-headline{white-space:normal;line-height:1.5;margin:.6em 0 .2em;border-left:4px solid #0969da;
 padding-left:.4em}
.uf-report h2.uf-headline{font-size:1.2em}.uf-report h3.uf-headline{font-size:1.1em}
.uf-report h4.uf-headline,.uf-report h5.uf-headline{font-size:1em}
.uf-report .uf-chrome{color:#8c959f}
.uf-report mark.uf-claim{background:var(--uf-bg);padding:.15em .3em;margin:0 .1em;border-radius:.35em;
 white-space:nowrap;line-height:1;color:inherit}
.uf-report mark.uf-claim::after{content:attr(data-label);font-size:.7em;font-weight:600;margin-left:.4em;
 color:#24292f;vertical-align:middle}
.uf-report .uf-money{--uf-bg:#c8f0c8}.uf-report .uf-people{--uf-bg:#c9e3ff}.uf-report .uf-count{--uf-bg:#ffe1a8}
.uf-report .uf-percent{--uf-bg:#ead6ff}.uf-report .uf-measure{--uf-bg:#bfefe9}
.uf-report .uf-multiple{--uf-bg:#ffd1dc}.uf-report .uf-duration{--uf-bg:#e6e6e6}
.uf-report mark.uf-target{outline:2px dashed #bf3989;outline-offset:1px}
.uf-report mark.uf-forecast{outline:2px dotted #8250df;outline-offset:1px}
.uf-report mark.uf-part{border-bottom:3px double #57606a;border-radius:.35em .35em 0 0}
.uf-report table.uf-claims{border-collapse:collapse;font-size:.85em;margin-top:1em}
.uf-report table.uf-claims th,.uf-report table.uf-claims td{border-bottom:1px solid #d0d7de;padding:.2em .5em;
 text-align:left;vertical-align:top}
.uf-report table.uf-claims td.uf-num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.uf-report table.uf-claims a{color:inherit}
"""

_CHANGE = {"up": "↑ up", "down": "↓ down"}
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'"


def claim_tooltip(claim: Claim, sections: list[Section]) -> str:
    lines = [f"{format_value(claim)} {claim.unit}" + (f" ({claim.currency})" if claim.currency else "")]
    lines.append(f"qualifier: {claim.qualifier}")
    lines.append(f"subject: {claim.subject or '—'}")
    extra: list[str] = [claim.kind]
    if claim.cumulative:
        extra.append("cumulative")
    if claim.status != "actual":
        extra.append(claim.status)
    if claim.change:
        extra.append(f"change: {claim.change}" + (f" ({claim.change_measure})" if claim.change_measure else ""))
    if claim.basis:
        extra.append(f"against: {claim.basis}")
    if claim.part_of is not None:
        extra.append(f"part of #{claim.part_of + 1}")
    if claim.period:
        extra.append(f"period: {claim.period}")
    lines.append(" · ".join(extra))
    headline = _headline(claim, sections)
    if headline:
        lines.append(f"section: {headline}")
    return "\n".join(lines)


def report_html(report: Report, *, doc: Any = None, style: bool = True, table: bool = True) -> str:
    """An HTML fragment: metadata, the marked-up text and a table of the claims.

    `doc` (e.g. the file path) is shown above the title; `style` includes the stylesheet (leave
    it on for notebooks); ids of marks are unique per report text.
    """
    prefix = report_prefix(report)
    parts = [f'<div class="uf-report" id="{prefix}">']
    if style:
        parts.append(f"<style>{CSS}</style>")
    if doc is not None:
        parts.append(f'<p class="uf-doc">{escape(without_surrogates(str(doc)))}</p>')
    if report.title:
        parts.append(f'<div class="uf-title">{escape(report.title)}</div>')
    meta = []
    if report.published:
        meta.append(f"published {report.published.isoformat()}")
    if report.source:
        meta.append(f"source {escape(report.source)}")
    if report.views is not None:
        meta.append(f"{report.views:,} views")
    headed = sum(1 for s in report.sections if s.headline)
    meta.append(f"{len(report.claims)} claims, {headed} headlines")
    parts.append(f'<p class="uf-meta">{" · ".join(meta)}</p>')
    parts.append(f'<div class="uf-text" lang="zh">{_marked_text(report, prefix)}</div>')
    if table and report.claims:
        parts.append(_claims_table(report, prefix))
    parts.append("</div>")
    return "".join(parts)


def page_html(items: Iterable[tuple[Any, Report]], *, title: str | None = None) -> str:
    """A standalone HTML page of one or more reports ``(doc, report)``; no script, no remote resource.

    Several reports open with an index (one line per document: title, date, claim count) and one
    combined claims table, sortable by its column headers without script (see `corpus_html`).
    """
    items = list(items)
    if title is None:
        title = (items[0][1].title if len(items) == 1 else None) or "union_facts report"
    body = "\n".join(report_html(report, doc=doc, style=False) for doc, report in items)
    if len(items) > 1:
        body = corpus_html(items) + "\n" + body
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>body{{margin:1.5rem}}{CSS}{CORPUS_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def write_html(report: Report, path: str | os.PathLike[str] | None = None, *, doc: Any = None) -> str:
    """The standalone page of `report`; also written to `path` (UTF-8) when one is given."""
    page = page_html([(doc, report)])
    if path is not None:
        Path(path).write_text(page, encoding="utf-8")
    return page


# ------------------------------------------------------------------------------------------ text


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    rank: int  # nesting: chrome (0) holds headlines (1) hold claims (2)
    open: str
    close: str


def _marked_text(report: Report, prefix: str) -> str:
    text = without_surrogates(report.text)  # the page is UTF-8: a lone surrogate shows as U+FFFD
    spans: list[_Span] = []
    for b in report.boilerplate:
        spans.append(_Span(b.start, b.end, 0, '<span class="uf-chrome">', "</span>"))
    for i, section in enumerate(report.sections):
        if not section.headline:
            continue
        tag = f"h{min(section.level + 1, 5)}"
        where = _headline_span(text, section)
        attrs = f'class="uf-headline" id="{prefix}-h{i}" data-section="{i}"'
        if where is None:  # not found in the text: show it, keep the text as it is
            heading = f"<{tag} {attrs} data-inserted>{escape(section.headline)}</{tag}>"
            spans.append(_Span(section.start, section.start, 1, heading, ""))
            continue
        start, end = where
        for c in report.claims:  # a claim running across the end of the headline stays whole
            if c.start < end < c.end:
                end = c.end
        spans.append(_Span(start, end, 1, f"<{tag} {attrs}>", f"</{tag}>"))
    for i, claim in enumerate(report.claims):
        mark_attrs = {
            "class": _mark_class(claim),
            "id": f"{prefix}-c{i}",
            "title": claim_tooltip(claim, report.sections),
            "data-label": claim_label(claim),
            "data-value": format_number(claim.value),
            "data-high": format_number(claim.high) if claim.high is not None else "",
            "data-unit": claim.unit,
            "data-qualifier": claim.qualifier,
            "data-subject": claim.subject or "",
            "data-kind": claim.kind,
            "data-status": claim.status,
            "data-part-of": str(claim.part_of) if claim.part_of is not None else "",
        }
        html_attrs = " ".join(f'{k}="{escape(v, quote=True)}"' for k, v in mark_attrs.items())
        spans.append(_Span(claim.start, claim.end, 2, f"<mark {html_attrs}>", "</mark>"))

    spans.sort(key=lambda s: (s.start, -s.end, s.rank))
    out: list[str] = []
    pos = 0
    stack: list[_Span] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(escape(text[pos : top.end]))
            pos = top.end
            out.append(top.close)

    for span in spans:
        close_until(span.start)
        if span.start < pos:  # overlaps something already written: leave it out
            continue
        out.append(escape(text[pos : span.start]))
        pos = span.start
        if span.start == span.end:  # an inserted element
            out.append(span.open)
            continue
        end = min(span.end, stack[-1].end) if stack else span.end
        stack.append(_Span(span.start, end, span.rank, span.open, span.close))
        out.append(span.open)
    close_until(len(text))
    out.append(escape(text[pos:]))
    return "".join(out)


_TRAILING = "。．.：:！!？?"


def _headline_span(text: str, section: Section) -> tuple[int, int] | None:
    """Where `section.headline` is in `text`: from the section start (numbering included) to
    its last character, skipping annotation noise the headline was cleaned of; then any closing
    full stop or colon. None when it cannot be aligned."""
    headline = section.headline or ""
    i = section.start
    while i < section.end and text[i].isspace():
        i += 1
    start = i
    budget = 3 * len(headline) + 24  # noise characters we may skip
    for ch in headline:
        while i < section.end and text[i] != ch and budget > 0:
            i += 1
            budget -= 1
        if i >= section.end or text[i] != ch:
            return None
        i += 1
    while i < section.end and text[i] in _TRAILING:
        i += 1
    return start, i


def _claims_table(report: Report, prefix: str) -> str:
    head = "".join(f"<th>{h}</th>" for h in CLAIM_COLUMNS)
    rows = []
    for i, c in enumerate(report.claims):
        rows.append(
            "<tr>"
            f'<td class="uf-num">{i + 1}</td>'
            f'<td><a href="#{prefix}-c{i}">{escape(c.surface)}</a></td>'
            f'<td class="uf-num">{escape(QUALIFIER_SIGN[c.qualifier] + format_value(c))}</td>'
            f"<td>{escape(c.unit)}</td>"
            f"<td>{c.qualifier}</td>"
            f"<td>{escape(c.subject or '')}</td>"
            f"<td>{c.kind}</td>"
            f"<td>{_CHANGE.get(c.change or '', '')}</td>"
            f"<td>{'' if c.status == 'actual' else c.status}</td>"
            f"<td>{_part_link(c, prefix)}</td>"
            f"<td>{escape(_headline(c, report.sections) or '')}</td>"
            "</tr>"
        )
    return f'<table class="uf-claims"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _mark_class(claim: Claim) -> str:
    """uf-claim, its kind, and uf-target/uf-forecast and uf-part where they apply."""
    classes = ["uf-claim", f"uf-{claim.kind}"]
    if claim.status != "actual":
        classes.append(f"uf-{claim.status}")
    if claim.part_of is not None:
        classes.append("uf-part")
    return " ".join(classes)


def _part_link(claim: Claim, prefix: str) -> str:
    if claim.part_of is None:
        return ""
    return f'<a href="#{prefix}-c{claim.part_of}">⊂#{claim.part_of + 1}</a>'


def _headline(claim: Claim, sections: list[Section]) -> str | None:
    if claim.section is None or not 0 <= claim.section < len(sections):
        return None
    return sections[claim.section].headline
