"""The multi-document view: an index and one combined claims table, sortable without script."""

from __future__ import annotations

import re

import pytest

import union_facts
from benchmarks import own_report as own
from union_facts.render import page_html

DOCS = {
    "a/qinglan.txt": own.as_text(),
    "b/baishui.txt": "白水县总工会工作简报\n发布时间：2025-06-30\n全年筹集帮扶资金867.4万元，比上年下降3.5%，慰问困难职工300人。\n",
    "c/empty.txt": "本期没有统计数字。\n",
}


@pytest.fixture(scope="module")
def items():
    return [(doc, union_facts.extract(text)) for doc, text in DOCS.items()]


@pytest.fixture(scope="module")
def page(items) -> str:
    return page_html(items)


def test_index_has_one_line_per_document_with_title_date_and_count(items, page):
    index = re.search(r'<table class="uf-index">.*?</table>', page).group(0)
    rows = re.findall(r"<tr><td>.*?</tr>", index)
    assert len(rows) == len(items)
    for row, (doc, report) in zip(rows, items, strict=True):
        assert (report.title or doc) in row and doc in row
        assert f'<td class="uf-num">{len(report.claims)}</td>' in row
        assert (report.published.isoformat() if report.published else "<td></td>") in row
    assert page.index('class="uf-index"') < page.index('class="uf-report"')  # the page opens with it


# (sort order, the claim surfaces the table lists first, in order)
SORTS = [
    ("doc", ["48家", "320家", "12.6万人次"]),
    ("value", ["1.2亿元", "1035万元", "867.4万元"]),
]


@pytest.mark.parametrize(("order", "first"), SORTS)
def test_combined_table_in_each_order(items, page, order, first):
    block = re.search(rf'id="uf-by-{order}">(.*?)</div>', page).group(1)
    surfaces = re.findall(r'<td><a href="#uf-[0-9a-f]+-c\d+">([^<]+)</a></td>', block)
    assert len(surfaces) == sum(len(r.claims) for _, r in items)
    assert surfaces[: len(first)] == first


def test_headers_link_to_the_sorted_copies_and_no_script(page):
    for order in ("doc", "subject", "value", "unit", "kind", "doc-title"):
        assert f'href="#uf-by-{order}"' in page and f'id="uf-by-{order}"' in page
    assert "<script" not in page.lower()


def test_changes_are_visible_text(page):
    assert "↓ down" in page and "↑ up" in page


def test_one_report_has_no_index(items):
    assert 'class="uf-index"' not in page_html(items[:1])
