"""Inputs that once broke an invariant (found by the property tests), each with what it must give."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

import union_facts
from union_facts.accounting import account
from union_facts.bounds import MAX_SENTENCE

from .invariants import assert_valid_report
from .test_cli import SCRIPT


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A fraction's numerator was taken again as a bare number listed before the next figure.
        ("百分之5和百分之6", [("百分之5", "5", "%"), ("百分之6", "6", "%")]),
        ("百分之-0、翻一番", [("百分之-0", "0", "%"), ("翻一番", "2", "倍")]),
    ],
)
def test_found_by_fuzzing(text, want):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    assert [(c.surface, c.value, c.unit) for c in report.claims] == [(s, Decimal(v), u) for s, v, u in want]


# Issue 9: reproducers of exceptions the guarantee does not allow, and of lost precision.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a fraction past the decimal context raised decimal.InvalidOperation
        ("三分之100000000000000000000001", [("三分之100000000000000000000001", "3333333333333333333333366.667", "%")]),
        ("七分之二", [("七分之二", "28.571429", "%")]),
        # a lone surrogate raised UnicodeEncodeError from OpenCC; offsets still point into the input
        ("工会驿站320家\ud800", [("320家", "320", "家")]),
        ("\udcff網(wǎng)站建成驿站\ud800\udfff5家", [("5家", "5", "家")]),
    ],
)
def test_issue_9_exceptions(text, want):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    assert [(c.surface, c.value, c.unit) for c in report.claims] == [(s, Decimal(v), u) for s, v, u in want]
    assert union_facts.Report.model_validate_json(report.model_dump_json()).claims == report.claims


@pytest.mark.parametrize("value", ["1234567890123.4567", "0.1", "3333333333333333333333366.667", "-3.3"])
def test_issue_9_json_round_trip_is_exact(value):
    # non-integral values were dumped as doubles: 1234567890123.4567 came back ...4568
    claim = union_facts.Claim(surface="x", start=0, end=1, value=Decimal(value), unit="元")
    report = union_facts.Report(text="x", claims=[claim])
    assert union_facts.Report.model_validate_json(report.model_dump_json()) == report


# Issue 9: with no sentence break in the 400 characters before it, each claim rescanned the text
# from offset 0 and took it all as its sentence (113 s and 2.4 GB for the first row).
@pytest.mark.parametrize(
    ("text", "claims", "sentence"),
    [
        ("工会驿站320家," * 8000, 8000, "工会驿站320家"),  # a sentence over 400 characters: the clause
        ("全市建设工会驿站320家. " * 2000, 2000, None),  # no clause break either: a window around it
    ],
)
def test_issue_9_sentences_are_bounded(text, claims, sentence):
    report = union_facts.extract(text)
    assert len(report.claims) == claims
    if sentence is not None:
        assert {c.sentence for c in report.claims} == {sentence}
    for c in report.claims:
        assert c.surface in c.sentence and len(c.sentence) <= MAX_SENTENCE


def test_rejections_point_into_the_input_after_removed_pinyin():
    # The grammar's own rejections (name, vague) came back in normalised positions.
    text = "網(wǎng)站有万家灯火，一个人。"
    got = [(text[r.start : r.end], r.reason) for r in union_facts.default_extractor().rejections(text)]
    assert got == [("万家", "name"), ("一个", "vague")]


@pytest.mark.parametrize(
    ("bad", "fix"),
    [
        (memoryview("工会".encode()), r"decode first"),
        (bytearray("工会".encode()), r"decode first"),
        (Path("report.txt"), r"read it first, e\.g\. union_facts\.read_text\('report\.txt'\)"),
        (42, r"not int: pass the document's text"),
        (None, r"not NoneType: pass the document's text"),
    ],
)
def test_a_type_error_names_the_fix(bad, fix):
    with pytest.raises(TypeError, match=fix):
        union_facts.extract(bad)


# Issue 9, item 1: a line holding two chrome words was chrome whatever its length, and lost its figures.
CHROME_WORDS_IN_BODY = [
    ("记者从市总工会获悉，今年全市新建工会驿站320家，资金来源于财政拨款。", ["320家"]),
    (  # a news lead: bylines, then the body on the same line
        "本报讯 记者王敏 通讯员李华：今年以来，全省就业人口达1255.9万人，城镇新增就业19.66万人，形势总体稳定。",
        ["1255.9万人", "19.66万人"],
    ),
    ("发布时间：2024-03-22 来源：县总工会 工会驿站320家，服务职工1.2万人次。", ["320家", "1.2万人次"]),
    (  # a page flattened to one line (HTML stripped)
        "首页 > 新闻中心 > 工会动态 松岭县总工会开展送温暖活动 发布时间：2024-01-25 10:30 来源：松岭县总工会 "
        "记者 王敏 通讯员 李华 近日，县总工会走访慰问困难职工86户，发放慰问金25.8万元。编辑：赵兰 "
        "电话：0839-3262473 地址：松岭县中山路100号",
        ["86户", "25.8万元"],
    ),
    ("河湾网讯(记者 周晓 通讯员 钱锋)3月2日起，河湾区总工会组成5个慰问组，走访一线职工410人。", ["5个", "410人"]),
    ("编辑部记者走访了12家企业，作者所在的车间有职工56人。", ["12家", "56人"]),
]


@pytest.mark.parametrize(("text", "want"), CHROME_WORDS_IN_BODY, ids=[t[:10] for t, _ in CHROME_WORDS_IN_BODY])
def test_a_sentence_mentioning_a_reporter_keeps_its_figures(text, want):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    assert [c.surface for c in report.claims] == want
    fates = {m.text: m.fate for m in account(text)}
    assert [fates.get(surface) for surface in want] == ["claim"] * len(want)


# Issue 9: the command line, each reproducer a shell line run in a fresh folder holding same.txt
# (one figure). (command, exit status, standard error (regex), what must hold afterwards).
CLI_CASES = [
    # the output was truncated before the input was read: same.txt destroyed, exit 0
    ("uf extract same.txt -o same.txt", 2, r"the output same\.txt is also an input", "cat same.txt | grep -q 320家"),
    ("mkdir d && cp same.txt d/a.txt && uf extract d -o d/a.txt", 2, r"also an input", "grep -q 320家 d/a.txt"),
    # every input failed: -o existing.csv was overwritten with a bare header
    (
        "echo old > out.csv && uf extract missing.txt -f csv -o out.csv",
        1,
        r"missing\.txt: no such file",
        'test "$(cat out.csv)" = old',
    ),
    ("uf extract same.txt -f csv -o out.csv", 0, r"^$", "grep -q 320家 out.csv && ! ls -a | grep -q union-facts-"),
    # a full disk truncated the output silently, exit 0
    ("uf extract same.txt > /dev/full", 1, r"cannot write standard output: No space left on device", "true"),
    ("uf extract same.txt -o /dev/full", 1, r"cannot write /dev/full: No space left on device", "true"),
    ("uf schema > /dev/full", 1, r"cannot write standard output: No space left", "true"),
    # closed standard streams raised AttributeError
    ("uf extract same.txt >&-", 1, r"standard output is closed", "true"),
    ("uf extract - <&- > out.jsonl", 1, r"-: standard input is closed", "test ! -s out.jsonl"),
    ("uf extract same.txt 2>&- > out.jsonl", 0, r"^$", "grep -q 320 out.jsonl"),
    # a name too long stopped the run with a traceback before the later files
    (
        "uf extract $(printf 'x%.0s' $(seq 300)).txt same.txt > out.jsonl",
        1,
        r"x{300}\.txt: File name too long",
        "grep -q same.txt out.jsonl",
    ),
    # a dangling *.txt link and a FIFO in a folder walk were skipped silently (the FIFO could block)
    (
        "mkdir d && cp same.txt d/a.txt && ln -s gone.txt d/b.txt && mkfifo d/c.txt && uf extract d > out.jsonl",
        1,
        r"d/b\.txt: dangling symbolic link\nunion-facts: d/c\.txt: not a regular file \(a FIFO\)",
        "test $(wc -l < out.jsonl) = 1",
    ),
    # a non-UTF-8 name crashed the writer; a name with a terminal escape reached the terminal raw
    (
        "mkdir d && cp same.txt \"d/$(printf 'x\\377\\033[31m')y.txt\" && uf extract d -f csv > out.csv",
        0,
        r"^$",
        "grep -qF 'd/x\\xff\\x1b[31my.txt,' out.csv && ! grep -q \"$(printf '\\033')\" out.csv",
    ),
    ("uf extract \"$(printf 'no\\033]0;pwned\\007')\" ", 1, r"no\\x1b\]0;pwned\\x07: no such file", "true"),
]


@pytest.mark.parametrize(("command", "status", "stderr", "after"), CLI_CASES)
def test_issue_9_command_line(tmp_path, command, status, stderr, after):
    (tmp_path / "same.txt").write_text("全市建设工会驿站320家。", encoding="utf-8")
    script = f'uf() {{ "{SCRIPT}" "$@"; }}\n{command}\necho "status=$?" >&3'
    result = subprocess.run(
        ["/bin/sh", "-c", f"exec 3>status; {{ {script}; }}"], cwd=tmp_path, capture_output=True, timeout=120
    )
    assert (tmp_path / "status").read_text().strip() == f"status={status}", result.stderr.decode()
    assert re.search(stderr, result.stderr.decode("utf-8", "replace").removesuffix("\n")), result.stderr
    assert "Traceback" not in result.stderr.decode("utf-8", "replace")
    assert subprocess.run(["/bin/sh", "-c", after], cwd=tmp_path).returncode == 0, after


def test_issue_9_unreadable_sub_folder_is_reported(tmp_path):
    # a folder that cannot be listed (its path is past PATH_MAX: even root cannot open it) was
    # skipped silently or stopped the run
    (tmp_path / "same.txt").write_text("全市建设工会驿站320家。", encoding="utf-8")
    top = tmp_path / "top"
    top.mkdir()
    deep = os.open(top, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 x 250 characters: 5000 > PATH_MAX
            os.mkdir("d" * 250, dir_fd=deep)
            deep, parent = os.open("d" * 250, os.O_RDONLY, dir_fd=deep), deep
            os.close(parent)
    finally:
        os.close(deep)
    shutil.copy(tmp_path / "same.txt", top / "a.txt")
    result = subprocess.run([str(SCRIPT), "extract", "top"], cwd=tmp_path, capture_output=True, timeout=120)
    assert result.returncode == 1
    assert re.fullmatch(
        r"union-facts: top/(d{250}/)+d{250}: cannot read folder: File name too long\n", result.stderr.decode()
    )
    assert [json.loads(line)["path"] for line in result.stdout.decode().splitlines()] == ["top/a.txt"]
