"""The chrome-field scan skips lines without a field cue: the fields found are exactly those of
the full field pattern run on every line (the cue is only a faster way to the same answer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from union_facts import vocabulary
from union_facts.structure import fields
from union_facts.structure.blocks import _lines

DOCS = Path(__file__).resolve().parents[2] / "shared" / "dev" / "docs"

# Pieces a chrome line is made of, and body around them: every field shape meets its cue's edge.
_PIECES = st.sampled_from(
    [label for label, _ in vocabulary.chrome_labels()]
    + list(vocabulary.chrome_roles())
    + list(vocabulary.chrome_markers())
    + [":", "：", "/", " ", "|", "｜", "·", ">", "»", "→", "(", "【", "、", "-", "号", "ICP备", "公网安备"]
    + [
        "http://",
        "www.",
        "2024",
        "19",
        "20",
        "-05-18",
        "年3月2日",
        "09:12",
        "１２:３０",
        "2025-06-03 09:12:40",
        "0839-3262473",
    ]
    + ["版权所有", "禁止转载", "王敏", "青禾县总工会", "全年新建基层工会23家。", "Li Na", "，", "\n"]
)
_LINES = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=12).map("".join)


def _full_scan(text: str, start: int, end: int) -> list[fields.Field]:
    """The field pattern over the whole line, no cue asked."""
    found = []
    for m in fields._field_pattern().finditer(text, start, end):
        if m.end() > m.start():
            found.append(fields.Field(m.start(), m.end(), (m.lastgroup or "field").split("__")[0]))
    return found


@given(_LINES, st.text(max_size=4))
def test_cue_finds_every_field(line: str, before: str) -> None:
    text = before + "\n" + line
    start = len(before) + 1
    assert fields.find_fields(text, start, len(text)) == _full_scan(text, start, len(text))


@given(st.lists(st.tuples(_LINES, st.sampled_from(["", " ", "\t", "\u3000 "])), max_size=6))
def test_document_cues_find_every_field(rows: list[tuple[str, str]]) -> None:
    """The cues found once over a whole page (lines trimmed, white space after them) miss no field."""
    text = "\n".join(line + trail for line, trail in rows)
    cues = fields.cue_starts(text)
    for start, end in _lines(text):
        assert fields.find_fields(text, start, end, cues) == _full_scan(text, start, end)


def test_cue_on_dev_lines() -> None:
    if not DOCS.is_dir():
        pytest.skip(f"dev documents absent: {DOCS}")
    checked = 0
    for path in sorted(DOCS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        cues = fields.cue_starts(text)
        for start, end in _lines(text):
            full = _full_scan(text, start, end)
            assert fields.find_fields(text, start, end) == full, (path.name, start)
            assert fields.find_fields(text, start, end, cues) == full, (path.name, start)
            checked += 1
    assert checked


def test_field_pattern_runs_untimed_on_short_lines() -> None:
    """No group of the field pattern can backtrack without bound, so a line of at most
    timed_regex.WINDOW characters is scanned without reading the clock."""
    assert not fields._field_pattern().unbounded
    assert not any(getattr(cue, "unbounded", False) for cue in fields._field_cues())  # a lone class is plain


# Fields whose first cue stands far from their start: the scan starts `fields._LEAD` before a cue.
FAR_CUES = [
    "一" * 30 + "禁止转载",  # the longest name before a copyright word
    "青禾县总工会网站编辑部版权所有：青禾县总工会",
    "职工服务中心职工服务中心职工服务中心二四 > 工会动态 > 通知公告",  # a 24-character first crumb
    "2024年 12月 31日 09:30 星期二",  # a date before the time's colon
    "蜀ICP备12345678号-1",
    "本报讯 全年新建职工书屋14家，" + "慰问困难职工" * 10 + "。记者 王敏",
]


@pytest.mark.parametrize("line", FAR_CUES)
def test_fields_far_from_their_cue(line: str) -> None:
    text = "正文\n" + line + "\n"
    start, end = 3, 3 + len(line)
    want = _full_scan(text, start, end)
    assert fields.find_fields(text, start, end) == want
    assert fields.find_fields(text, start, end, fields.cue_starts(text)) == want
