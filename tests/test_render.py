"""The HTML view without a browser: the text survives exactly, marks carry the claims, input is escaped."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import union_facts
from union_facts.labels import claim_label, format_value

PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
HOSTILE = (
    f"{PAYLOADS[0]}关于工会驿站{PAYLOADS[1]}的通报\n"
    f"一、{PAYLOADS[1]}建设情况\n"
    f"截至目前，全市累计建设工会驿站320家{PAYLOADS[0]}，筹集资金867.4万元。\n"
    f"二、服务'&\"<b>职工</b>\n"
    f"走访慰问困难职工近1.7万人。{PAYLOADS[1]}\n"
)


class _Page(HTMLParser):
    """Collects the text inside .uf-text (skipping inserted headings), marks and headings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # >0 inside the .uf-text div
        self.skip = 0
        self.text: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.headings: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if self.depth:
            self.depth += tag != "br"
            if "data-inserted" in a:
                self.skip = self.depth
            if tag == "mark":
                self.marks.append(a)
            if "uf-headline" in (a.get("class") or ""):
                self.headings.append(tag)
        elif tag == "div" and a.get("class") == "uf-text":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            if self.skip == self.depth:
                self.skip = 0
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.mark.parametrize("source", ["sample", "hostile"])
def test_text_survives_exactly_with_a_mark_per_claim(source, sample_text):
    text = sample_text if source == "sample" else HOSTILE
    report = union_facts.extract(text)
    page = _parse(report._repr_html_())
    assert "".join(page.text) == text
    assert len(report.claims) >= 3
    assert [m["data-value"] for m in page.marks] == [format_value(c) for c in report.claims]
    assert [m["data-label"] for m in page.marks] == [claim_label(c) for c in report.claims]
    assert [m["data-unit"] for m in page.marks] == [c.unit for c in report.claims]
    assert [m["data-qualifier"] for m in page.marks] == [c.qualifier for c in report.claims]
    headed = [s for s in report.sections if s.headline]
    assert len(page.headings) == len(headed) >= 1


def test_nothing_from_the_input_becomes_markup():
    report = union_facts.extract(HOSTILE)
    for html in (report._repr_html_(), report.to_html()):
        page = _parse(html)
        assert not {"script", "img", "b"} & page.tags
        for payload in PAYLOADS:
            assert payload not in html
    assert "script-src 'none'" in report.to_html()


def test_labels_show_value_unit_qualifier_subject(sample_text):
    report = union_facts.extract(sample_text)
    by_surface = {c.surface: claim_label(c) for c in report.claims}
    assert by_surface["867.4萬元"] == "8,674,000元 · 资金"
    assert by_surface["1.7萬人"].startswith("≲17,000人")


def test_to_html_writes_a_standalone_page(tmp_path, sample_text):
    report = union_facts.extract(sample_text)
    page = report.to_html(tmp_path / "gy01.html")
    assert (tmp_path / "gy01.html").read_text(encoding="utf-8") == page
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert f"<title>{report.title}</title>" in page


def test_empty_report_renders():
    html = union_facts.extract("")._repr_html_()
    assert "0 claims, 0 headlines" in html and "<table" not in html
