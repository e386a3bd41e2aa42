"""The opening of a multi-document HTML view: an index of the documents and one claims table.

The table sorts without script (the page's policy allows none): it is written once per sort order
and a column header links to its copy, which the CSS ``:target`` rule shows in place of the
document-order one. Change, status and part-of are columns, visible without hovering.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from decimal import Decimal
from html import escape
from typing import Any

from .labels import QUALIFIER_SIGN, format_value
from .models import Claim, Report

__all__ = ["CORPUS_CSS", "SORT_LIMIT", "corpus_html"]

SORT_LIMIT = 5000  # above this many claims the table is written in document order only
_CHANGE = {"up": "↑ up", "down": "↓ down"}

CORPUS_CSS = """
.uf-corpus{font-family:"Noto Sans CJK SC","Noto Sans CJK TC","Source Han Sans","Microsoft YaHei",sans-serif;
 max-width:75rem;margin-bottom:2rem}
.uf-corpus table{border-collapse:collapse;font-size:.85em;margin:.5em 0 1em}
.uf-corpus th,.uf-corpus td{border-bottom:1px solid #d0d7de;padding:.2em .5em;text-align:left;vertical-align:top}
.uf-corpus td.uf-num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.uf-corpus th a{color:#0969da}
.uf-corpus .uf-sorted{display:none}
.uf-corpus .uf-sorted:target,.uf-corpus:not(:has(.uf-sorted:target)) .uf-sorted.uf-default{display:block}
.uf-corpus .uf-up{color:#1a7f37}.uf-corpus .uf-down{color:#cf222e}
"""

# sort order -> (header it is reached from, key)
_SORTS: dict[str, tuple[str, Callable[[tuple[int, int, Any, Claim]], Any]]] = {
    "doc": ("#", lambda r: (r[0], r[1])),
    "subject": ("subject", lambda r: (r[3].subject is None, r[3].subject or "", r[0], r[1])),
    "value": ("value", lambda r: (-r[3].value, r[0], r[1])),
    "unit": ("unit", lambda r: (r[3].unit, -r[3].value, r[0], r[1])),
    "kind": ("kind", lambda r: (r[3].kind, r[0], r[1])),
    "doc-title": ("document", lambda r: (str(r[2]), r[0], r[1])),
}


def corpus_html(items: Sequence[tuple[Any, Report]]) -> str:
    """The index and the combined, sortable claims table of several reports ``(doc, report)``."""
    prefixes = [report_prefix(report) for _, report in items]
    parts = ['<div class="uf-corpus"><h2>Documents</h2>', _index(items, prefixes), "<h2>All claims</h2>"]
    rows = [(d, i, doc, c) for d, (doc, report) in enumerate(items) for i, c in enumerate(report.claims)]
    orders = _SORTS if len(rows) <= SORT_LIMIT else {"doc": _SORTS["doc"]}
    for name, (_, key) in orders.items():
        cls = "uf-sorted uf-default" if name == "doc" else "uf-sorted"
        table = _table(sorted(rows, key=key), items, prefixes, sortable=len(orders) > 1)
        parts.append(f'<div class="{cls}" id="uf-by-{name}">{table}</div>')
    parts.append("</div>")
    return "".join(parts)


def report_prefix(report: Report) -> str:
    """The id of a report's view (as `render.report_html` writes it)."""
    return "uf-" + hashlib.sha1(report.text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _index(items: Sequence[tuple[Any, Report]], prefixes: list[str]) -> str:
    rows = []
    for (doc, report), prefix in zip(items, prefixes, strict=True):
        name = report.title or (str(doc) if doc is not None else "(untitled)")
        rows.append(
            f'<tr><td><a href="#{prefix}">{escape(name)}</a></td>'
            f"<td>{escape(str(doc)) if doc is not None else ''}</td>"
            f"<td>{report.published.isoformat() if report.published else ''}</td>"
            f'<td class="uf-num">{len(report.claims)}</td></tr>'
        )
    head = "<tr><th>title</th><th>document</th><th>published</th><th>claims</th></tr>"
    return f'<table class="uf-index"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _extra_fields() -> list[str]:
    """Claim fields other issues add (status, part_of) shown when this version has them."""
    return [f for f in ("status", "part_of") if f in Claim.model_fields]


def _table(
    rows: list[tuple[int, int, Any, Claim]], items: Sequence[tuple[Any, Report]], prefixes: list[str], *, sortable: bool
) -> str:
    extra = _extra_fields()
    names = ["#", "document", "surface", "value", "unit", "qualifier", "subject", "kind", "change", *extra, "section"]
    links = {header: name for name, (header, _) in _SORTS.items()}
    head = "".join(
        f'<th><a href="#uf-by-{links[n]}">{escape(n)}</a></th>' if sortable and n in links else f"<th>{escape(n)}</th>"
        for n in names
    )
    body = []
    for n, (d, i, doc, c) in enumerate(rows):
        report = items[d][1]
        section = report.sections[c.section].headline if c.section is not None else None
        change = f'<td class="uf-{c.change}">{_CHANGE[c.change]}</td>' if c.change else "<td></td>"
        cells = [
            f'<td class="uf-num">{n + 1}</td>',
            f"<td>{escape(str(doc)) if doc is not None else d}</td>",
            f'<td><a href="#{prefixes[d]}-c{i}">{escape(c.surface)}</a></td>',
            f'<td class="uf-num" data-value="{_plain(c.value)}">{escape(_shown_value(c))}</td>',
            f"<td>{escape(c.unit)}</td>",
            f"<td>{c.qualifier}</td>",
            f"<td>{escape(c.subject or '')}</td>",
            f"<td>{c.kind}</td>",
            change,
            *(f"<td>{escape(str(getattr(c, f, None) or ''))}</td>" for f in extra),
            f"<td>{escape(section or '')}</td>",
        ]
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="uf-all-claims"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _shown_value(claim: Claim) -> str:
    return QUALIFIER_SIGN[claim.qualifier] + format_value(claim)


def _plain(value: Decimal) -> str:
    return format(value, "f")
