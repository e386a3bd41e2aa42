"""Headings on evidence: candidates per block, accepted by shape or by parallel siblings, levels by nesting.

A candidate is numbered (第一部分 一、 （一） 1. （1） ① 第一章, markdown #), 【】, a question (问：),
a dash lead-in (——X。), an enumerated lead-in (一是X。, also inside a paragraph), a lead-in at a
block start (X。 X： "X body"), a statistical topic label running into its paragraph, or a
standalone short line above body. Numbered list items that are whole sentences with no body
under them, stage directions and agenda lines, captions and signatures are not headings. Levels
follow nesting: a kind of heading met again is a sibling of its earlier instance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import timed_regex as regex
from .. import vocabulary
from ..grammar import CELLS_APART
from .blocks import Block
from .header import CN_DATE, PLACEHOLDER, is_body, is_section_name

_NUMBERED = (
    ("part", r"第[一二三四五六七八九十]+(?:部分|篇)\s*[、:：.]?\s*"),
    ("chapter", r"第[一二三四五六七八九十]+章\s*[、:：.]?\s*"),
    ("section", r"第[一二三四五六七八九十]+节\s*[、:：.]?\s*"),
    ("cn", r"[一二三四五六七八九十]{1,3}\s?[、.．]\s*"),
    ("paren", r"[(（][一二三四五六七八九十]{1,3}[)）]\s*[、.]?\s*"),
    ("arabic", r"\d{1,2}\s?(?:[.．](?![\d%])|、)\s*"),
    ("arabic-paren", r"(?:[(（]\d{1,2}[)）]|\d{1,2}[)）])\s*"),
    ("circled", r"[①②③④⑤⑥⑦⑧⑨⑩]\s*"),
    ("slide", r"0[1-9]\s?[|｜丨]\s*(?![^\n|｜]*[|｜])"),  # 01 | 招聘现场: a WeChat article's or a slide's part
)
_NUMBER_PREFIX = regex.compile("|".join(f"(?P<{k.replace('-', '_')}>{p})" for k, p in _NUMBERED))
_MARKDOWN = regex.compile(r"#{1,6}(?=\s|\p{Han})\s*")
_BRACKET = regex.compile(r"【([^【】\n]{1,16})】")
_QUESTION = regex.compile(r"问\s?[:：]\s?([^？?\n。]{2,40})[？?]")
_DASH = regex.compile(r"[—－]{1,2}([^—，,。；;：:！？\d\n]{2,20})[。：:]")
_ENUM = regex.compile(  # 一是强化规划。 / 第一，充分肯定过去一年取得的成绩。
    r"(?:^|(?<=[。；;！？]))\s*(第?[一二三四五六七八九十])(?:是|(?<=第.)[，,、])([^。；;！？\n]{2,24}?)[。：:]"
)
_HEAD_END = regex.compile(r"[。：:；;？?！!]|(?<!\d)\s+(?=[^\s\d])")  # "设 12 个工种": a spaced figure goes on
_FIGURE = regex.compile(r"\d+(?:\.\d+)?\s?(?:万|亿)?(?:元|人|个|家|户|%|项|场|次|名|件|吨|亩|公里|平方米)")
_CAPTION = regex.compile(
    r"[(（][^()（）]*摄[)）]|^(?:图|表)\s?[\d一二三四五六七八九十]|^(?:图为|注\s?[:：]|资料图)|单位\s?[:：]|\|"
    r"|^第[一二三四五六七八九十百\d]+条"
)  # 第二十条第（一）项: an article of a regulation, over its table
_ORG_OR_NAMES = regex.compile(
    rf"^{PLACEHOLDER}[\p{{Han}}（）()]{{2,30}}(?:局|厅|委员会|办公室|政府|总工会|工会|党组|中心|协会|联合会|财务部|部)$"
    r"|^\p{Han}{2,4}(?:\s+\p{Han}{2,4})+$"
)
_TABLE_HEADER = regex.compile(r"^[^|\t\n]{1,12}(?:\s?[|\t]\s?[^|\t\n]{1,12}){2,}$")  # 指标 | 单位 | 2024年
_ATTACHMENTS = regex.compile(r"^附件\s?\d{0,2}\s?[:：]")
_NUMBERED_NAME = regex.compile(r"^\d{1,2}\s?[.、．][^。，,；;！？!?]{2,40}$")  # 2.比赛日程安排表
_DATE_ONLY = regex.compile(rf"^[(（]?(?:(?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?|{CN_DATE})[)）]?$")
_RUN_ON = regex.compile(r"([^，,。；;：:！？!?\d\s“”]{2,14}“[^“”，,。\d]{1,8}”)(?=\p{Han})")
_NOT_A_LEAD_IN = regex.compile(
    r"(?:是|为|如下|包括|有|的|了|说|表示|指出|介绍|强调|讯|电)$|^(?:问|答|注|其中|例如|比如|据悉|据了解)$"
    r"|^(?:联系人|联络人|联系电话|电话|传真|邮箱|电子邮箱|地址|邮编|附件|抄送|印发)$"  # a contact or filing line
    r"|^第[一二三四五六七八九十百\d]+[条款项]$|^[表图][一二三四五六七八九十\d]+$"
    r"|^(?:编者按|编者的话|编后|编后语|按语)$|^[“「\"]"  # an editor's note; a quoted saying opening a paragraph
)


@dataclass(frozen=True, slots=True)
class Headline:
    start: int  # where the headline text starts (normalised)
    end: int
    level: int
    section_start: int  # where its section starts: the block, or the enumerator inside a paragraph


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: str
    start: int
    end: int
    section_start: int
    block: int  # index of its block
    needs_siblings: bool = False  # a lead-in: accepted under a heading or beside parallel ones


@cache
def _stage_words() -> Any:
    return regex.compile("|".join(regex.escape(w) for w in vocabulary.structure_words("stage_directions")))


@cache
def _topic_label() -> Any:
    followers = "|".join(regex.escape(w) for w in vocabulary.structure_words("topic_followers"))
    return regex.compile(rf"^(?![我该本今去明全年])(\p{{Han}}{{2,4}}?)(?<![县市区镇省乡村])(?={followers})")


@cache
def _salutations() -> tuple[str, ...]:
    return vocabulary.structure_words("salutations")


@cache
def _clause_openers() -> frozenset[str]:
    return frozenset(vocabulary.structure_words("clause_openers"))


def find_headlines(blocks: Sequence[Block], extra: Sequence[Any] = ()) -> list[Headline]:
    """The headlines of the body blocks, in order, with levels."""
    found: list[_Candidate] = []
    listed = _attachment_items(blocks)
    for i in range(len(blocks)):
        if i not in listed:
            found += _candidates(blocks, i, extra)
    found += _topic_labels(blocks, found)
    found += _run_on_lead_ins(blocks, found)
    found.sort(key=lambda c: c.start)
    kept = _on_evidence(found)
    return _levelled(kept)


def _attachment_items(blocks: Sequence[Block]) -> set[int]:
    """The blocks of an attachment list ("附件：1.报名表" and the numbered names under it): not headings."""
    items: set[int] = set()
    for i, b in enumerate(blocks):
        if _ATTACHMENTS.match(b.text) or (i - 1 in items and _NUMBERED_NAME.match(b.text)):
            items.add(i)
    return items


def _candidates(blocks: Sequence[Block], i: int, extra: Sequence[Any]) -> list[_Candidate]:
    b = blocks[i]
    t = b.text
    for pattern in extra:
        if (m := pattern.match(t)) is not None:
            group = "text" if "text" in pattern.groupindex else 0
            return [_Candidate("extra", b.start + m.start(group), b.start + m.end(group), b.start, i)]
    if _stage_words().search(t[:40]) and not is_body(t[40:]):
        return []
    md = _MARKDOWN.match(t)
    pos = md.end() if md else 0
    kind = f"md{len(md.group().strip())}" if md else ""
    if (m := _NUMBER_PREFIX.match(t, pos)) is not None:
        c = _numbered(blocks, i, m.end(), kind or (m.lastgroup or "").replace("_", "-"))
        return [c] if c else []
    if md:
        end = len(t.rstrip("。：: "))
        return [_Candidate(kind, b.start + pos, b.start + end, b.start, i)] if end > pos else []
    if (m := _BRACKET.match(t)) is not None:
        return [_Candidate("bracket", b.start + m.start(1), b.start + m.end(1), b.start, i)]
    if (m := _QUESTION.match(t)) is not None:
        return [_Candidate("qa", b.start + m.start(1), b.start + m.end(1), b.start, i)]
    if (m := _DASH.match(t)) is not None and len(t) > m.end() - 1:
        return [_Candidate("dash", b.start + m.start(1), b.start + m.end(1), b.start, i)]
    enums = [
        _Candidate("enum", b.start + m.start(2), b.start + m.end(2), b.start + m.start(1), i, needs_siblings=True)
        for m in _ENUM.finditer(t)
        if _short_phrase(m[2], 16 if m[1][0] == "第" else 10)
    ]
    if enums:
        return enums
    if (c := _lead_in(b, i)) is not None:
        return [c]
    if (c := _standalone(blocks, i)) is not None:
        return [c]
    return []


def _numbered(blocks: Sequence[Block], i: int, prefix_end: int, kind: str) -> _Candidate | None:
    b = blocks[i]
    t = b.text
    m = _HEAD_END.search(t, prefix_end)
    while m is not None and not m.group().strip() and not _runs_on(t[m.end() :]):
        m = _HEAD_END.search(t, m.end())  # "综  合": spaced out, not a heading and its body
    head_end = m.start() if m else len(t)
    head = t[prefix_end:head_end].strip()
    after = t[m.end() :].strip() if m else ""
    mark = m.group().strip() if m else ""
    if not head or len(head) > 40 or _sentence_like(head):
        return None
    if mark == "。" and not after:  # a whole-sentence item: a heading only with body under it
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is None or _NUMBER_PREFIX.match(nxt.text) or not is_body(nxt.text):
            return None
    if mark in ("？", "?", "！", "!"):
        return None
    start = b.start + prefix_end + (len(t[prefix_end:head_end]) - len(t[prefix_end:head_end].lstrip()))
    return _Candidate(kind, start, start + len(head), b.start, i)


def _runs_on(rest: str) -> bool:
    """What follows a space after a heading is its body, not more of the heading."""
    return is_body(rest) or len(rest) > 8


def _sentence_like(head: str) -> bool:
    """A numbered sentence rather than a heading: a figure in a clause, or long."""
    parts = regex.split(r"[，,]", regex.sub(r"“[^”]*”|\d{4}年", "", head))
    if len(parts) > 1 and any(regex.search(r"\d", p) for p in parts):
        return True
    return len(parts) > 3 or bool(_FIGURE.search(head) and len(head) > 20) or any(len(p) > 24 for p in parts)


def _short_phrase(s: str, part_max: int) -> bool:
    parts = regex.split(r"[，,]", s)
    return len(parts) <= 2 and all(1 <= len(p) <= part_max for p in parts) and not regex.search(r"\d", s)


def _lead_in(b: Block, i: int) -> _Candidate | None:
    t = b.text
    m = regex.match(r"([^。：:；;！？!?\s]{2,24}?)(。|\s?[:：]\s*|\s+)(?=\S)", t)
    if m is None:
        return None
    head, mark, rest = m[1], m[2].strip(), t[m.end() :]
    if _NOT_A_LEAD_IN.search(head) or regex.search(r"\d", head) or len(rest) < 6 or CELLS_APART.search(t):
        return None  # (办理结果：予以公开 | 52: a table row's label, not a lead-in)
    if head.startswith(_salutations()):  # 各位代表，新的征程催人奋进。: the speech's closing words
        return None
    if mark == "。" and not _short_phrase(head, 10) and not (len(head) <= 20 and "，" not in head and "," not in head):
        return None
    if mark in (":", "：") and (len(head) > 12 or regex.search(r"[，,、]", head)):
        return None
    if not mark and (len(head) > 12 or not regex.fullmatch(r"\p{Han}+", head) or not is_body(rest)):
        return None
    return _Candidate("leadin", b.start, b.start + len(head), b.start, i, needs_siblings=True)


def _standalone(blocks: Sequence[Block], i: int) -> _Candidate | None:
    t = blocks[i].text
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    opens = nxt is not None and (is_body(nxt.text) or bool(_TABLE_HEADER.match(nxt.text)))  # text, or a table
    if not opens or _CAPTION.search(t) or CELLS_APART.search(t) or "\n" in t:  # (not a table's row itself)
        return None
    head = t.rstrip()
    if regex.search(r"[。!！?？；;：:]", head) or _ORG_OR_NAMES.match(head):
        return None
    if _DATE_ONLY.match(head) or len(regex.findall(r"\p{Han}", head)) < 2:
        return None
    parts = regex.split(r"[，,]", head)
    if len(parts) > 3 or any(len(p) > (18 if len(parts) == 1 else 12 if len(parts) == 2 else 10) for p in parts):
        return None
    if len(parts) == 1 and len(head) > 25:
        return None
    # A generic section name ("2023年工作回顾") opens a section; other unnumbered lines are sub-headings,
    # the same kind as lead-ins ("现代农业亮点纷呈。") beside them.
    kind = "section" if is_section_name(head) else "leadin"
    return _Candidate(kind, blocks[i].start, blocks[i].start + len(head), blocks[i].start, i)


def _topic_labels(blocks: Sequence[Block], taken: list[_Candidate]) -> list[_Candidate]:
    """Statistical topic labels running into their paragraph ("就业全年城镇新增就业…"), two or more."""
    used = {c.block for c in taken}
    found = []
    for i, b in enumerate(blocks):
        if i in used or not is_body(b.text):
            continue
        if (m := _topic_label().match(b.text)) is not None and m[1] not in _clause_openers():
            found.append(_Candidate("topic", b.start, b.start + m.end(1), b.start, i))
    return found if len(found) >= 2 else []


def _run_on_lead_ins(blocks: Sequence[Block], taken: list[_Candidate]) -> list[_Candidate]:
    """A lead-in running straight into its paragraph, beside quoted siblings ended by 。 ("…“冲锋号”。")."""
    text_of = {c.block: blocks[c.block].text for c in taken}
    quoted = [c for c in taken if c.kind == "leadin" and text_of[c.block][: c.end - c.start].endswith("”")]
    if len(quoted) < 2:
        return []
    used = {c.block for c in taken}
    found = []
    for i, b in enumerate(blocks):
        if i not in used and is_body(b.text) and (m := _RUN_ON.match(b.text)) is not None:
            found.append(_Candidate("leadin", b.start, b.start + m.end(1), b.start, i, needs_siblings=True))
    return found


def _on_evidence(found: list[_Candidate]) -> list[_Candidate]:
    """Lead-ins need a heading above them or a parallel sibling under the same parent."""
    kept: list[_Candidate] = []
    parent: _Candidate | None = None
    groups: dict[tuple[int, str], list[_Candidate]] = {}
    for c in found:
        if c.needs_siblings:
            groups.setdefault((parent.start if parent else -1, c.kind), []).append(c)
        else:
            parent = c
    for c in found:
        key = next((k for k, g in groups.items() if c in g), None)
        if key is None or key[0] >= 0 or len(groups[key]) >= 2:  # no siblings needed, or evidence
            kept.append(c)
    return kept


def _levelled(found: list[_Candidate]) -> list[Headline]:
    """Levels by nesting: a kind met again closes the deeper ones opened after it."""
    stack: list[str] = []
    out: list[Headline] = []
    for c in found:
        if c.kind in stack:
            del stack[stack.index(c.kind) + 1 :]
        else:
            stack.append(c.kind)
        out.append(Headline(c.start, c.end, len(stack), c.section_start))
    return out
