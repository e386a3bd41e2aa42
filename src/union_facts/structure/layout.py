"""The structure stage: blocks -> header roles -> headings -> `Layout` (positions are normalised).

`LayoutReader.read` wires the steps: `blocks.read_blocks` (blocks, chrome fields, furniture),
the related-news tail (chrome), `header.roles` (title, date, source), `headings.find_headlines`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from .. import timed_regex as regex
from .. import vocabulary
from .blocks import Block, read_blocks
from .fields import find_fields
from .header import Role, date_in, date_only, is_body, near_copy, roles, title_span
from .headings import Headline, find_headlines

_VIEWS = regex.compile(r"(?:点击量|点击数|浏览量|浏览次数|阅读量|访问量|点击|浏览|阅读)\s?[:：]?\s?(\d{1,12})")
_SOURCE = regex.compile(r"(?:来源|稿件来源|信息来源)\s?[:：]\s?([^\s|:：]{2,30})")
_HOST = regex.compile(r"(?:主办|主办单位)\s?[:：]\s?([^\s|:：]{2,30}?)(?:版权所有|$|\s)")
_BREADCRUMB = regex.compile(r"(?:当前位置|您的位置|您现在的位置)\s?[:：]\s?([^>\s]{2,20})")
_SITE_BEFORE_URL = regex.compile(r"([^\s:：]{2,20})\s+(?:https?://|www\.)")
_GENERIC_SOURCES = frozenset({"系统管理", "本站原创", "本站", "原创", "网络", "admin", "管理员", "本网"})
_DATE_LABEL = regex.compile(r"发布|日期|时间|出版|date|更新|[(（]\s?(?:19|20)\d{2}|《")
_DATELINE = regex.compile(r"^.{0,24}?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")
_ANNEX = regex.compile(r"^附件\s?\d{0,2}\s*$")
_META_ROLES = frozenset(
    {"chrome", "date", "names", "author", "site", "column", "subtitle", "addressee", "headlines", "masthead"}
)
_ORG = regex.compile(
    r"^[\p{Han}（）()]{2,16}(?:局|厅|委员会|办公室|政府|总工会|工会|党组|中心|研究院|协会|联合会|统计局)$"
)

__all__ = ["Headline", "Layout", "LayoutReader"]


@dataclass
class Layout:
    title: tuple[int, int] | None = None
    published: dt.date | None = None
    source: tuple[int, int] | None = None
    views: int | None = None
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    headlines: list[Headline] = field(default_factory=list)


@cache
def _related() -> frozenset[str]:
    return frozenset(vocabulary.structure_words("related_markers"))


class LayoutReader:
    """Reads the page layout; headline patterns can be extended per extractor."""

    def __init__(self, extra_headline_patterns: Sequence[str] = ()) -> None:
        self.extra = [regex.compile(p) for p in extra_headline_patterns]

    def read(self, text: str) -> Layout:
        blocks, chrome = read_blocks(text)
        blocks, tail = _without_related_tail(text, blocks)
        layout = Layout(boilerplate=_disjoint(chrome + ([tail] if tail else [])))
        first_body = next((i for i, b in enumerate(blocks) if not b.chrome and is_body(b.text)), len(blocks))
        rs = roles(blocks[:first_body])
        end = next((i for i, r in enumerate(rs) if r.role in ("heading", "addressee")), len(rs))
        header = rs[:end]
        layout.title = title_span(header, text)
        body = self._body_blocks(text, blocks, rs, layout.title)
        layout.headlines = find_headlines(body, self.extra)
        layout.title = self._demote_parallel_title(text, layout, header, body)
        layout.published = _published(blocks, rs, first_body)
        chrome_text = [text[a:b] for a, b in chrome]
        layout.views = _views(chrome_text)
        layout.source = _source(text, chrome, rs)
        return layout

    def _body_blocks(
        self, text: str, blocks: list[Block], rs: list[Role], title: tuple[int, int] | None
    ) -> list[Block]:
        """The blocks headings are sought in: not chrome, not the title or the header's meta lines."""
        skip = {r.block.start for r in rs if r.role in _META_ROLES or r.role in ("garbage", "other")}
        out = []
        for b in blocks:
            if b.chrome or b.start in skip or (title and b.start <= title[0] < b.end):
                continue
            if title and rs and b.end <= title[1] and b.start < title[1]:  # the title's second line
                continue
            if title and near_copy(b.text, text[title[0] : title[1]]):  # the title given again
                continue
            if title is not None and b.end <= title[0]:  # kickers, site lines above the title
                continue
            out.append(b)
        return out

    def _demote_parallel_title(
        self, text: str, layout: Layout, header: list[Role], body: list[Block]
    ) -> tuple[int, int] | None:
        """A first line with parallel headings below it and no date or byline is a heading itself."""
        title = layout.title
        if title is None or any(r.role in ("date", "names", "author", "subtitle", "chrome") for r in header):
            return title
        t = text[title[0] : title[1]]
        twins = [h for h in layout.headlines if h.level == 1 and _parallel(t, text[h.start : h.end])]
        if len(twins) < 2 or not body or not is_body(text[title[1] : twins[0].start]):
            return title
        layout.headlines.insert(0, Headline(title[0], title[1], 1, title[0]))
        return None


def _parallel(a: str, b: str) -> bool:
    return a[:2] == b[:2] and abs(len(a) - len(b)) <= 3


def _without_related_tail(text: str, blocks: list[Block]) -> tuple[list[Block], tuple[int, int] | None]:
    """Cut the related-news list (and what follows it) off the page: it is chrome."""
    seen_body = False
    for i, b in enumerate(blocks):
        if not b.chrome and is_body(b.text):
            seen_body = True
        if seen_body and b.text.strip().rstrip(":：") in _related():
            return blocks[:i], (b.start, len(text))
    return blocks, None


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _published(blocks: list[Block], rs: list[Role], first_body: int) -> dt.date | None:
    """Dates ranked by role: a date line or labelled date, the subtitle, a signature, the dateline."""
    header = [b for b in blocks[:first_body]]
    labelled = [b for b in blocks if b.chrome and _DATE_LABEL.search(b.text)]
    for b in labelled + header:
        role = next((r.role for r in rs if r.block is b), "chrome")
        if role in ("date", "chrome", "subtitle", "names", "author", "text") and (d := date_in(b.text)):
            if role == "text" and not _DATE_LABEL.search(b.text):
                continue
            return d
    for b in blocks[first_body : first_body + 1]:  # a labelled date field opening the body
        for f in find_fields(b.text, 0, len(b.text)):
            labelled_date = f.kind == "label" and _DATE_LABEL.search(b.text, f.start, f.end)
            if labelled_date and (d := date_in(b.text[f.start : f.end])):
                return d
    for b in reversed([b for b in _before_annex(blocks) if not b.chrome][-3:]):  # a signature date
        if (d := date_only(b.text)) is not None:
            return d
    for b in blocks[first_body : first_body + 1]:  # 本报讯（记者 …）2024年5月17日，…
        if (m := _DATELINE.match(b.text)) is not None:
            return date_in(m["date"])
    return None


def _before_annex(blocks: list[Block]) -> list[Block]:
    """The blocks before the annex a document ends with (a line "附件" alone, then its lists)."""
    starts = [i for i, b in enumerate(blocks) if _ANNEX.match(b.text)]
    return blocks[: starts[-1]] if starts else blocks


def _views(chrome: list[str]) -> int | None:
    for t in chrome:
        if (m := _VIEWS.search(t)) is not None:
            return int(m[1])
    return None


def _source(text: str, chrome: list[tuple[int, int]], rs: list[Role]) -> tuple[int, int] | None:
    for pattern in (_SOURCE, _HOST, _BREADCRUMB, _SITE_BEFORE_URL):
        for a, b in chrome:
            m = pattern.search(text, a, b)
            if m is not None and m[1] not in _GENERIC_SOURCES and (pattern is not _SITE_BEFORE_URL or m.start() == a):
                return m.start(1), m.end(1)
    for r in rs:
        if r.role == "author" and _ORG.match(r.block.text):
            return r.block.start, r.block.end
    return None
