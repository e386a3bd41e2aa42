"""The union-facts command: formats, encodings, folders, stdin, failures, progress, help."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

import union_facts
from union_facts.cli import FORMATS, main
from union_facts.files import available
from union_facts.table import COLUMNS

from .conftest import DEV, SAMPLE, needs_dev_set
from .conftest import encodes as _encodes

GY01 = SAMPLE / "docs" / "gy01.txt"
INCLUDED = ",".join(available())  # the default --include: the formats this installation reads
SCRIPT = Path(sys.executable).with_name("union-facts")


def run(*args: str, stdin: bytes | None = None, **kw) -> subprocess.CompletedProcess[bytes]:
    """The installed console script, as a user runs it."""
    return subprocess.run([str(SCRIPT), *args], input=stdin, capture_output=True, timeout=120, **kw)


def call(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def claims_from_csv(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text)))
    for r in rows:
        assert list(r) == list(COLUMNS)
    return rows


@pytest.fixture(scope="module")
def sample():
    return union_facts.extract(GY01.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------ formats


def _check_jsonl(out: str, report) -> None:
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records] == [str(GY01)]
    assert union_facts.Report.model_validate(records[0]) == report.model_copy(update={"origin": str(GY01)})


def _check_json(out: str, report) -> None:
    records = json.loads(out)
    assert len(records) == 1 and records[0]["path"] == str(GY01)
    assert union_facts.Report.model_validate(records[0]) == report.model_copy(update={"origin": str(GY01)})


def _check_csv(out: str, report) -> None:
    rows = claims_from_csv(out)
    assert [(r["doc"], r["surface"], r["value"], r["unit"]) for r in rows] == [
        (str(GY01), c.surface, format(c.value, "f"), c.unit) for c in report.claims
    ]


def _check_table(out: str, report) -> None:
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["path", "surface", "value"]
    assert len(lines) == 1 + len(report.claims)
    for line, c in zip(lines[1:], report.claims, strict=True):
        assert c.surface in line and (c.subject or "") in line


def _check_html(out: str, report) -> None:
    assert out.startswith("<!DOCTYPE html>")
    assert out.count("<mark ") == len(report.claims) and str(GY01) in out


CHECKS = {"jsonl": _check_jsonl, "json": _check_json, "csv": _check_csv, "table": _check_table, "html": _check_html}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format(capsys, sample, fmt):
    code, out, err = call(capsys, "extract", str(GY01), "--format", fmt)
    assert (code, err) == (0, "")
    CHECKS[fmt](out, sample)


def test_output_file(capsys, tmp_path, sample):
    code, out, err = call(capsys, "extract", str(GY01), "-f", "csv", "-o", str(tmp_path / "claims.csv"))
    assert (code, out, err) == (0, "", "")
    _check_csv((tmp_path / "claims.csv").read_text(encoding="utf-8"), sample)


def test_schema_command_prints_json_schema(capsys):
    code, out, _ = call(capsys, "schema")
    assert code == 0 and json.loads(out) == union_facts.json_schema()


# ------------------------------------------------------------------------------------------ encodings


def _copy(tmp_path: Path, text: str, codec: str, bom: bytes = b"") -> Path:
    path = tmp_path / f"copy-{codec}{'-bom' if bom else ''}.txt"
    path.write_bytes(bom + text.encode(codec))
    return path


def _claim_rows(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    return [tuple(v for k, v in r.items() if k != "doc") for r in rows]


@needs_dev_set
def test_dev_set_folder_and_a_gb18030_copy_give_the_same_claims(tmp_path):
    """Acceptance: `union-facts extract ../shared/dev/docs --format csv`, and GB18030/Big5 copies."""
    docs = DEV / "docs"
    result = run("extract", str(docs), "--format", "csv")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    rows = claims_from_csv(result.stdout.decode("utf-8"))
    files = sorted(docs.glob("*.txt"))
    assert {r["doc"] for r in rows} <= {str(f) for f in files} and len(rows) > 50

    picked = max(files, key=lambda f: sum(r["doc"] == str(f) for r in rows))  # the richest document
    text = picked.read_text(encoding="utf-8")
    copies = [_copy(tmp_path, text, "gb18030"), _copy(tmp_path, text, "gb18030", b"\x84\x31\x95\x33")]
    gy01 = docs / "gy01.txt"
    big5_text = "".join(c for c in gy01.read_text(encoding="utf-8") if _encodes(c, "big5"))
    copies.append(_copy(tmp_path, big5_text, "big5"))
    utf8_big5 = _copy(tmp_path, big5_text, "utf-8")

    result = run("extract", *map(str, [*copies, utf8_big5]), "--format", "csv")
    assert result.returncode == 0, result.stderr.decode()
    got = claims_from_csv(result.stdout.decode("utf-8"))
    want = _claim_rows([r for r in rows if r["doc"] == str(picked)])
    assert len(want) >= 5
    for copy in copies[:2]:
        assert _claim_rows([r for r in got if r["doc"] == str(copy)]) == want
    big5 = _claim_rows([r for r in got if r["doc"] == str(copies[2])])
    assert big5 == _claim_rows([r for r in got if r["doc"] == str(utf8_big5)]) and len(big5) >= 5


def test_stdin_in_gb18030(sample):
    result = run("extract", "-", stdin=GY01.read_text(encoding="utf-8").encode("gb18030"))
    assert (result.returncode, result.stderr) == (0, b"")
    record = json.loads(result.stdout)
    assert record["path"] == "-"
    assert union_facts.Report.model_validate(record) == sample


def test_no_path_reads_stdin():
    result = run("extract", "-f", "csv", stdin="全市累計建設工會驛站320家。".encode("big5"))
    assert result.returncode == 0
    rows = claims_from_csv(result.stdout.decode())
    assert [(r["doc"], r["surface"], r["subject"]) for r in rows] == [("-", "320家", "工会驿站")]


# ------------------------------------------------------------------------------------------ batches


def test_failures_are_reported_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.txt").write_bytes("截至目前，全市累计建设工会驿站320家。".encode("gbk"))
    (folder / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "ignored.md").write_text("不是txt：驿站5家", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    missing = tmp_path / "missing.txt"
    result = run("extract", str(folder), str(missing), str(tmp_path / "empty"), "-f", "jsonl")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["path"] for r in records] == [str(folder / "sub" / "good.txt")]
    assert [c["surface"] for c in records[0]["claims"]] == ["320家"]
    err = result.stderr.decode().splitlines()
    assert err == [
        f"union-facts: {folder / 'bad.txt'}: cannot decode {str(folder / 'bad.txt')!r}: not text in UTF-8, "
        "GB18030/GBK or Big5 (as UTF-8: invalid start byte at byte 0)",
        f"union-facts: {folder / 'ignored.md'}: skipped: not included (--include {INCLUDED})",
        f"union-facts: {missing}: no such file or folder",
        f"union-facts: {tmp_path / 'empty'}: folder holds no file matching {INCLUDED}",
    ]


def test_unwritable_output_fails_cleanly(tmp_path):
    result = run("extract", str(GY01), "-o", str(tmp_path / "no" / "such" / "dir.csv"))
    assert result.returncode == 1 and b"cannot write" in result.stderr and b"Traceback" not in result.stderr


def test_bad_usage_exits_2():
    assert run("extract", "--format", "xml", str(GY01)).returncode == 2
    assert run().returncode == 2


def _stderr_through_a_terminal(args: list[str], columns: int) -> tuple[int, str, bytes]:
    """Run with standard error on a pseudo-terminal (stdout piped); what the terminal showed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    proc = subprocess.Popen([str(SCRIPT), *args], stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        shown += chunk
    out, _ = proc.communicate(timeout=120)
    os.close(leader)
    return proc.returncode, shown.decode("utf-8", "replace"), out


def test_progress_bar_on_a_terminal_and_silence_when_piped(tmp_path):
    files = []
    for i in range(3):
        files.append(tmp_path / f"d{i}.txt")
        files[-1].write_text(f"全市建设工会驿站{i + 1}0家。", encoding="utf-8")
    for columns in (100, 0):  # 0: a terminal that does not tell its size
        code, shown, out = _stderr_through_a_terminal(["extract", *map(str, files)], columns)
        assert code == 0 and len(out.splitlines()) == 3
        assert re.search(r"\d/3 \[", shown), shown
    code, shown, out = _stderr_through_a_terminal(["extract", "-q", *map(str, files)], 100)
    assert (code, shown) == (0, "")
    piped = run("extract", *map(str, files))
    assert piped.returncode == 0 and piped.stderr == b""


# ------------------------------------------------------------------------------------------ help


def test_help_lists_every_command_option_and_format():
    top = run("--help").stdout.decode()
    assert "extract" in top and "schema" in top and "exit status" in top
    text = run("extract", "--help").stdout.decode()
    for option in ("--format", "--output", "--quiet", "PATH"):
        assert option in text
    listed = re.findall(r"^  (\w+) +\S", text.split("formats:")[1].split("exit status:")[0], re.M)
    assert listed == list(FORMATS) == ["jsonl", "json", "csv", "table", "html"]
    assert ", ".join(COLUMNS) in " ".join(text.split())
    assert run("schema", "--help").returncode == 0
    assert run("--version").stdout.decode().strip() == f"union-facts {union_facts.__version__}"


def test_python_dash_m_is_the_same_command():
    result = subprocess.run([sys.executable, "-m", "union_facts", "schema"], capture_output=True, check=True)
    assert json.loads(result.stdout) == union_facts.json_schema()
