"""PDFs in: multi-page PDFs the suite makes itself (reportlab, built-in STSong-Light CID font)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import union_facts
from benchmarks import own_report as own

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")
from union_facts.reading_pdf import _PAGE_NUMBER, NoTextLayerError, extract_pdf, read_pdf

# (type size, paragraphs open indented): 9-12 pt fit one page, 14-20 pt take two.
LAYOUTS = [(10, False), (12, True), (14, False), (16, True), (20, False), (20, True)]


def _figures(report: union_facts.Report) -> list[tuple]:
    return [(c.value, c.high, c.unit, c.qualifier, c.subject) for c in report.claims]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[tuple[int, bool], Path]:
    folder = tmp_path_factory.mktemp("pdf")
    return {(s, i): own.write_pdf(folder / f"own-{s}-{i}.pdf", size=s, indent=i) for s, i in LAYOUTS}


@pytest.fixture(scope="module")
def from_text() -> union_facts.Report:
    return union_facts.extract(own.as_text())


@pytest.mark.parametrize("layout", LAYOUTS, ids=[f"{s}pt{'-indented' if i else ''}" for s, i in LAYOUTS])
def test_pdf_gives_the_text_reports_claims(pdfs, from_text, layout):
    report = extract_pdf(pdfs[layout])
    assert _figures(report) == _figures(from_text) and len(report.claims) > 20
    assert (report.title, report.format, report.origin) == (own.TITLE, "pdf", str(pdfs[layout]))
    assert all(report.text[c.start : c.end] == c.surface for c in report.claims)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[f"{s}pt{'-indented' if i else ''}" for s, i in LAYOUTS])
def test_reading_order_rows_and_no_running_lines(pdfs, layout):
    doc = read_pdf(pdfs[layout])
    lines = doc.text.splitlines()
    assert "春节送温暖\t1470人\t189.8万元" in lines and "金秋助学\t230人\t46万元" in lines
    assert [h for h, _ in own.SECTIONS if h not in lines] == []
    assert "—" not in doc.text  # page numbers "— 1 —"
    if len(doc.page_starts) > 1:
        assert own.HEADER not in doc.text  # a running header repeats, so it goes
    order = [doc.text.index(h) for h, _ in own.SECTIONS]
    assert order == sorted(order)


# Layouts where every paragraph comes back as one line. Without indentation, a full line that
# ends a sentence may end its paragraph: it is left as it is (the 16 pt page has one such line).
JOINED = [(10, False), (12, True), (14, False), (16, True), (20, False), (20, True)]


@pytest.mark.parametrize("layout", JOINED, ids=[f"{s}pt{'-indented' if i else ''}" for s, i in JOINED])
def test_hard_wrapped_lines_are_joined(pdfs, layout):
    lines = read_pdf(pdfs[layout]).text.splitlines()
    paragraphs = [b for b in own.body_blocks() if isinstance(b, str) and b not in dict(own.SECTIONS)]
    assert [p[:12] for p in paragraphs if p not in lines] == []


def test_claims_keep_their_page(pdfs):
    report = extract_pdf(pdfs[(20, False)])
    pages = {c.surface: c.page for c in report.claims}
    assert pages["48家"] == 1 and pages["740处"] == 2
    assert [c.page for c in report.claims] == sorted(c.page for c in report.claims)
    doc = read_pdf(pdfs[(20, False)])
    assert doc.page_starts[0] == 0 and len(doc.page_starts) == 2
    assert all(c.page == doc.page_at(c.start) for c in report.claims)
    assert extract_pdf(pdfs[(10, False)]).claims[-1].page == 1


def test_bytes_are_read_too(pdfs):
    path = pdfs[(14, False)]
    assert read_pdf(path.read_bytes()).text == read_pdf(path).text
    assert extract_pdf(path.read_bytes()).origin is None


def test_a_scan_without_text_layer_names_ocr(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):  # two pages of shapes, as a scanner's images would be
        page.rect(50, 50, 400, 600, fill=1)
        page.showPage()
    page.save()
    with pytest.raises(NoTextLayerError, match="OCR") as info:
        read_pdf(path)
    assert str(path) in str(info.value) and "2 page(s)" in str(info.value)


# (line at a page's edge, is it a page number)
PAGE_NUMBERS = [
    ("— 3 —", True),
    ("- 12 -", True),
    ("第3页", True),
    ("第 3 页 共 12 页", True),
    ("3/12", True),
    ("12", True),
    ("Page 4 of 9", True),
    ("·5·", True),
    ("320家", False),
    ("2025年", False),
    ("青岚市总工会文件", False),
    ("第三章", False),
]


@pytest.mark.parametrize(("line", "expected"), PAGE_NUMBERS)
def test_page_numbers(line, expected):
    assert bool(_PAGE_NUMBER.match(line)) == expected


def test_without_the_extra_the_error_names_it():
    code = (
        "import sys; sys.modules['pypdfium2'] = None\n"
        "from union_facts.reading_pdf import read_pdf\n"
        "try:\n    read_pdf('x.pdf')\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pip install 'union_facts[pdf]'" in out


# Held out: layouts never looked at while the reading rules were tuned (13-19 pt, odd sizes).
# Their pass count is measured and held as a floor; their failures are not tuned against.
HELD_OUT = [(13, False), (13, True), (15, False), (15, True), (17, False), (17, True), (19, False), (19, True)]
HELD_OUT_FLOOR = 7  # measured 7/8 when the layouts were added


def _held_out_passes(path: Path, from_text: union_facts.Report) -> bool:
    doc = read_pdf(path)
    lines = doc.text.splitlines()
    paragraphs = [b for b in own.body_blocks() if isinstance(b, str) and b not in dict(own.SECTIONS)]
    return (
        _figures(extract_pdf(path)) == _figures(from_text)
        and all(p in lines for p in paragraphs)
        and "春节送温暖\t1470人\t189.8万元" in lines
        and "—" not in doc.text
    )


def test_held_out_layouts(tmp_path, from_text):
    passed = sum(
        _held_out_passes(own.write_pdf(tmp_path / f"h-{s}-{i}.pdf", size=s, indent=i), from_text) for s, i in HELD_OUT
    )
    print(f"held-out PDF layouts: {passed}/{len(HELD_OUT)}")
    assert passed >= HELD_OUT_FLOOR
