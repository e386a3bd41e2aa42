"""The command line on a folder of every format analysts have: .txt (UTF-8, GBK, Big5), .html, .pdf."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from benchmarks import own_report as own

from .test_cli import _stderr_through_a_terminal, run

pytest.importorskip("trafilatura")
pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

# file -> how it is written
FILES = {
    "utf8.txt": lambda p: p.write_text(own.as_text(), encoding="utf-8"),
    "gbk.txt": lambda p: p.write_bytes(own.as_text().encode("gbk")),
    "tw/big5.txt": lambda p: p.write_bytes(own.as_traditional_text().encode("big5")),
    "gov.html": lambda p: p.write_bytes(own.gov_page("gbk")),
    "news.htm": lambda p: p.write_bytes(own.news_page()),
    "county.html": lambda p: p.write_bytes(own.cms_page()),
    "report.pdf": lambda p: own.write_pdf(p, size=14),
    "indented.pdf": lambda p: own.write_pdf(p, size=12, indent=True),
}
OTHERS = {"notes.docx": b"PK\x03\x04", "photo.jpg": b"\xff\xd8\xff", "tw/.DS_Store": b"\x00"}
EMPTY = "empty.txt"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reports")
    (root / "tw").mkdir()
    for name, write in FILES.items():
        write(root / name)
    for name, data in OTHERS.items():
        (root / name).write_bytes(data)
    (root / EMPTY).write_text("青岚市总工会通知\n本期没有统计数字。\n", encoding="utf-8")
    return root


def _rows(text: str) -> dict[str, list[dict[str, str]]]:
    by_doc: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in csv.DictReader(io.StringIO(text)):
        by_doc[row["doc"]].append(row)
    return by_doc


def test_same_claims_from_every_format_and_every_skip_listed(folder, tmp_path):
    out = tmp_path / "out.csv"
    result = run("extract", str(folder), "-f", "csv", "-o", str(out), "--keep-empty")
    assert result.returncode == 0, result.stderr.decode()
    rows = _rows(out.read_text(encoding="utf-8"))
    figures = {doc: [(r["value"], r["unit"], r["subject"]) for r in docs] for doc, docs in rows.items()}
    reference = figures[str(folder / "utf8.txt")]
    assert len(reference) > 20
    assert {Path(doc).relative_to(folder).as_posix() for doc in figures if figures[doc] == reference} == set(FILES)
    assert [r["value"] for r in rows[str(folder / EMPTY)]] == [""]  # --keep-empty: a row, empty claim cells
    assert rows[str(folder / EMPTY)][0]["title"] == "青岚市总工会通知"
    pages = {r["doc"] for r in rows.values() for r in r}
    assert len(pages) == len(FILES) + 1
    skipped = sorted(line for line in result.stderr.decode().splitlines() if "skipped" in line)
    assert skipped == sorted(f"union-facts: {folder / n}: skipped: not included (--include {_DEFAULT})" for n in OTHERS)


_DEFAULT = "*.txt,*.html,*.htm,*.pdf"


def test_include_narrows_and_names_the_rest(folder):
    result = run("extract", str(folder), "-f", "csv", "--include", "*.PDF")
    docs = {Path(d).name for d in _rows(result.stdout.decode())}
    assert docs == {"report.pdf", "indented.pdf"}
    err = result.stderr.decode()
    assert err.count("skipped: not included (--include *.pdf)") == len(FILES) - 2 + len(OTHERS) + 1
    assert result.returncode == 0


def test_workers_give_the_same_output(folder):
    one = run("extract", str(folder), "-f", "jsonl")
    two = run("extract", str(folder), "-f", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stderr == two.stderr


def test_csv_bom_for_excel(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("全市建设工会驿站320家。", encoding="utf-8")
    with_bom = run("extract", str(path), "-f", "csv", "--csv-bom").stdout
    without = run("extract", str(path), "-f", "csv").stdout
    assert with_bom == "\ufeff".encode() + without and without.startswith(b"doc,")


def test_a_missing_extra_is_named_for_the_files_it_would_read(folder):
    code = (
        "import sys; sys.modules['pypdfium2'] = None\n"
        "from union_facts.cli import main\n"
        f"sys.exit(main(['extract', {str(folder)!r}, '-f', 'csv', '--include', '*.pdf,*.txt']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    needs = [line for line in result.stderr.splitlines() if "needs an extra" in line]
    assert sorted(needs) == sorted(
        f"union-facts: {folder / n}: skipped: reading PDF needs an extra: pip install 'union_facts[pdf]'"
        for n in ("report.pdf", "indented.pdf")
    )


def test_a_scanned_pdf_fails_naming_ocr_and_the_rest_goes_on(tmp_path):
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(tmp_path / "scan.pdf"))
    page.rect(50, 50, 400, 600, fill=1)
    page.save()
    (tmp_path / "ok.txt").write_text("全市建设工会驿站320家。", encoding="utf-8")
    result = run("extract", str(tmp_path), "-f", "csv")
    assert result.returncode == 1
    assert "scan.pdf" in result.stderr.decode() and "OCR" in result.stderr.decode()
    assert [r["surface"] for rows in _rows(result.stdout.decode()).values() for r in rows] == ["320家"]


def test_progress_by_characters_on_one_large_file(tmp_path):
    path = tmp_path / "large.txt"
    path.write_text(own.as_text() * 200, encoding="utf-8")  # about 120,000 characters
    out = tmp_path / "out.csv"  # not a pipe: the helper reads the terminal to its end first
    code, shown, _ = _stderr_through_a_terminal(["extract", str(path), "-f", "csv", "-o", str(out)], 100)
    assert code == 0 and out.read_text(encoding="utf-8").count("\n") > 200 * 30
    assert re.search(r"\d+(?:\.\d+)?k/\d+k \[.*char/s", shown), shown  # tqdm: "65.0k/130k [00:01<00:01, 50.2kchar/s]"
