"""Page chrome as fields: "记者 王敏", "来源：县总工会", "电话：0839-3262473", "首页 > 工会动态".

A line is chrome only when it is made of fields (what is left between them is a short name such
as the site's); a sentence that mentions a reporter or a source is body. Where a line mixes
fields and body, only the fields are chrome, so the body keeps its figures. Field vocabularies
live in ``data/chrome_labels.tsv``, ``chrome_roles.txt`` and ``chrome_markers.txt``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import timed_regex as regex
from .. import vocabulary

_DATE = r"(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}(?:\s?日)?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_WEEKDAY = r"(?:\s?(?:星期|周|礼拜)[一二三四五六日天])"
_EDGE = r"\s|[|｜·•/\\]"  # what separates fields on a line
_NAME_CHARS = r"[^\s\d|｜:：，,。；;！？!?、()（）\[\]【】<>《》“”\"]"
_VALUES = {
    "name": rf"(?:<not_a_label>{_NAME_CHARS}){{0,24}}",
    "date": rf"(?:{_DATE}(?:\s?{_TIME})?{_WEEKDAY}?|{_TIME})?",
    "number": r"(?:(?:\p{Han}{0,2}ICP备|\p{Han}{0,3}公网安备)?\d[\d\-—–()（）]*(?:号(?:-\d+)?)?"
    r"(?:[ 、/]\d[\d\-—–]{5,}+)*+)?",  # possessive: a separator starts each number, nothing to give back
    "text": r"(?:<not_a_label>[^\s|｜，,。；;！？!?]){0,40}",
    "title": r"[^\s。！？!?]{0,40}",
    "crumbs": r"[^\s>»＞→›]{1,24}(?:\s?(?:>>|>|»|＞|→|›)\s?[^\s>»＞→›]{0,24}){0,8}",
    "none": r"",
}
_SENTENCE = regex.compile(r"[。！？!?；;，,]")
_SEPARATORS = regex.compile(rf"(?:{_EDGE})+")
_LEAD = 40  # a field starts at most this far before its first cue (a copyright's owner, a first crumb)
_RESIDUE_MAX = 16  # a piece of a chrome line between fields: a site or paper name, not a clause


@dataclass(frozen=True, slots=True)
class Field:
    start: int
    end: int
    kind: str  # label, byline, marker, breadcrumb, timestamp, url, record


@cache
def _field_pattern() -> Any:  # a timed_regex pattern
    rows = vocabulary.chrome_labels()
    labels = sorted((label for label, _ in rows), key=len, reverse=True)
    any_label = "|".join(regex.escape(lb) for lb in labels)
    not_a_label = rf"(?!(?:{any_label})\s?[:：])"  # "编辑:刘佩佩校对:易陟": a value ends at the next label
    parts = []
    for i, (label, kind) in enumerate(sorted(rows, key=lambda r: len(r[0]), reverse=True)):
        value = _VALUES[kind].replace("<not_a_label>", not_a_label)
        glued = rf"|\s?{_DATE}(?:\s?{_TIME})?" if kind == "date" else ""  # 发布时间2024-04-08
        parts.append(rf"(?P<label__{i}>{regex.escape(label)}(?:\s?[:：]\s?{value}{glued}))")
        if kind in ("number", "none", "date"):  # the bare label as a whole token: "浏览", "字号"
            parts.append(rf"(?P<label_bare__{i}>(?<![^\s|｜])(?:{regex.escape(label)})(?=\s|[|｜]|$))")
    roles = sorted(vocabulary.chrome_roles(), key=len, reverse=True)
    long_roles = "|".join(regex.escape(r) for r in roles if len(r) > 1)
    short_roles = "|".join(regex.escape(r) for r in roles if len(r) == 1)
    name = r"(?:\p{Han}{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    byline = (
        rf"(?<=^|{_EDGE}|[(（\[【:：])"
        rf"(?:(?:{long_roles})\s?[:：/]?|(?:{short_roles})\s?[:：/])\s?"
        rf"{name}(?:(?:、|\s)(?!(?:{long_roles}))\p{{Han}}{{2,4}}){{0,2}}"
        rf"(?=$|\s|[)）\]】|｜/、:：]|(?:{long_roles}))"
    )
    markers = sorted(vocabulary.chrome_markers(), key=len, reverse=True)
    marker = rf"(?<=^|{_EDGE})(?:{'|'.join(regex.escape(m) for m in markers)})(?=$|{_EDGE})"
    copyright_ = (
        r"(?<=^|\s)[^\s，,。]{0,24}?版权所有(?:\s?[:：]\s?[^\s，,。\d]{0,24})?"
        r"|(?:Copyright|©)(?:\s?(?:©|\(c\)|\d{4}(?:\s?-\s?\d{4})?|[\w.\-]+)){0,4}|All Rights Reserved"
        r"|(?<=^|\s)[^\s，,。；;]{0,30}(?:禁止转载|不得转载|转载请注明|严禁复制)[^\s，,。]{0,10}"
    )
    crumb = r"[^\s>»＞→›]{1,24}"
    arrows = r"\s?(?:>>|>|»|＞|→|›)\s?"
    breadcrumb = (
        rf"(?<=^|\s){crumb}(?:{arrows}{crumb}){{2,8}}(?:{arrows})?|(?:网站)?首页(?:{arrows}{crumb}){{1,8}}(?:{arrows})?"
    )
    timestamp = rf"{_DATE}\s?{_TIME}{_WEEKDAY}?"
    record = r"\S{0,8}(?:ICP备|公网安备|ICP证)[\w\-]*"
    url = r"(?:https?://|www\.)[\w\-./?=&%#:~+]+"
    parts += [
        rf"(?P<byline>{byline})",
        rf"(?P<copyright>{copyright_})",
        rf"(?P<breadcrumb>{breadcrumb})",
        rf"(?P<timestamp>{timestamp})",
        rf"(?P<record>{record})",
        rf"(?P<url>{url})",
        rf"(?P<marker>{marker})",
    ]
    return regex.compile("|".join(parts), regex.V1)


@cache
def _field_cues() -> tuple[Any, ...]:  # re and timed_regex patterns
    """What every field holds (its label, role, marker or sign with what must follow it), one
    pattern per kind of cue.

    A line without a cue has no field, so the long field pattern, whose cost is per character
    tried, runs only on the few lines that could be chrome. The cues are separate patterns
    because `regex` finds a lone literal with a fast string search, which one alternation of
    them all would lose (twice the time).
    """
    rows = vocabulary.chrome_labels()
    labels = _literals(label for label, _ in rows)
    dated = _literals(label for label, kind in rows if kind == "date")
    bare = _literals(label for label, kind in rows if kind in ("number", "none", "date"))
    roles = vocabulary.chrome_roles()
    long_roles = _literals(r for r in roles if len(r) > 1)
    short_roles = _literals(r for r in roles if len(r) == 1)
    markers = _literals(vocabulary.chrome_markers())
    # Word lists: Python's own engine scans an alternation of literals four times faster than
    # `regex`, and its \s holds every character regex's does (a cue is only a precheck: it may
    # find more, never less). A literal scan is linear, so it needs no time limit.
    words = [
        rf"(?:{labels})\s?[:：]",  # a label and its colon
        rf"(?:{dated})\s?(?:19|20)",  # a date label glued to its date
        rf"(?:{bare})(?=\s|[|｜]|$)",  # a bare label
        rf"(?:{long_roles})",  # a byline
        rf"(?:{short_roles})\s?[:：/]",
        rf"(?:{markers})(?=$|{_EDGE})",  # marker
    ]
    signs = [
        *("版权所有", "Copyright", "©", "All Rights Reserved", "禁止转载", "不得转载", "转载请注明", "严禁复制"),
        r"[>»＞→›]",  # breadcrumb
        r"\d:\d",  # timestamp
        *("ICP备", "公网安备", "ICP证"),  # record
        r"https?://",  # url
        r"www\.",
    ]
    return (*(re.compile(w) for w in words), *(regex.compile(c, regex.V1) for c in signs))


def cue_starts(text: str) -> list[int]:
    """Where a field cue starts in `text`, sorted: one scan of the document instead of one per line.

    A cue found in a line alone is found here too: lines are cut at new lines and trimmed, and
    every cue that looks past its end accepts the white space or the end that follows a line.
    Overlapped, so that no cue hides inside another's match across a line break.
    """
    return _cue_starts(text, 0, len(text))


def _line_cues(text: str, start: int, end: int) -> list[int]:
    """Where a field cue starts in the line ``text[start:end]`` (the line alone: its end is the end)."""
    return _cue_starts(text, start, end)


def _cue_starts(text: str, lo: int, hi: int) -> list[int]:
    return sorted({start for cue in _field_cues() for start in _starts(cue, text, lo, hi)})


def _starts(cue: Any, text: str, lo: int, hi: int) -> Iterator[int]:
    """Every start of a match of `cue` in ``text[lo:hi]``, overlapped."""
    if isinstance(cue, re.Pattern):  # no overlapped search in Python's engine: restart past each start
        m = cue.search(text, lo, hi)
        while m:
            yield m.start()
            m = cue.search(text, m.start() + 1, hi)
    else:
        yield from (m.start() for m in cue.finditer(text, lo, hi, overlapped=True))


def _literals(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def find_fields(text: str, start: int, end: int, cues: list[int] | None = None) -> list[Field]:
    """The chrome fields of the line ``text[start:end]``, in order, disjoint (`cues`: the
    document's `cue_starts`, when the caller has them).

    The field pattern's matches, left to right as its ``finditer`` gives them; but since every
    field holds a cue at most `_LEAD` characters after its start, the pattern is tried only from
    there: a long body line with one cue ("记者从…获悉") is not scanned whole.
    """
    found: list[Field] = []
    if cues is None:
        cues = _line_cues(text, start, end)
    pattern, i, pos = _field_pattern(), bisect_left(cues, start), start
    while (i := bisect_left(cues, pos, i)) < len(cues) and cues[i] < end:
        m = next((m for p in range(max(pos, cues[i] - _LEAD), cues[i] + 1) if (m := pattern.match(text, p, end))), None)
        if m is None:  # no field starts up to this cue
            pos = cues[i] + 1
            continue
        if m.end() > m.start():
            found.append(Field(m.start(), m.end(), (m.lastgroup or "field").split("__")[0]))
        pos = max(m.end(), m.start() + 1)
    return found


def chrome_spans(text: str, start: int, end: int, cues: list[int] | None = None) -> tuple[list[tuple[int, int]], bool]:
    """The chrome of one line: its field spans, or the whole line when it is made of fields.

    Returns (spans, whole) where ``whole`` says the line is all chrome.
    """
    fields = find_fields(text, start, end, cues)
    if not fields:
        return [], False
    pieces, pos = [], start
    for f in fields:
        pieces.append(text[pos : f.start])
        pos = f.end
    pieces.append(text[pos:end])
    if all(_is_residue(p) for piece in pieces for p in _SEPARATORS.split(piece) if p):
        return [(start, end)], True
    return [(f.start, f.end) for f in fields], False


def _is_residue(piece: str) -> bool:
    """A piece between fields that is a name (site, paper, column), not body."""
    return len(piece) <= _RESIDUE_MAX and not _SENTENCE.search(piece) and not regex.search(r"\d", piece)
