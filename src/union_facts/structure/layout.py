"""Page structure: title, date, source, view counter, boilerplate lines, headlines.

Works line by line on normalised text; positions are normalised positions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import timed_regex as regex
from .fields import chrome_spans

_DATE = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s?[-/.年]\s?(?P<m>\d{1,2})\s?[-/.月]\s?(?P<d>\d{1,2})(?!\d)")
_DATE_ONLY_LINE = regex.compile(rf"^[(（\[]?\s*{_DATE.pattern}日?\s*[)）\]]?$")
_VIEWS = regex.compile(r"(?:点击量|点击数|浏览量|浏览次数|阅读量|访问量|点击|浏览|阅读)\s?[:：]?\s?(\d{1,12})")
_SOURCE = regex.compile(r"(?:来源|稿件来源|信息来源)\s?[:：]\s?([^\s|:：]{2,30})")
_HOST = regex.compile(r"(?:主办|主办单位)\s?[:：]\s?([^\s|:：]{2,30}?)(?:版权所有|$|\s)")
_BREADCRUMB = regex.compile(r"当前位置\s?[:：]\s?([^>\s]{2,20})")
_SITE_BEFORE_URL = regex.compile(r"^\s*([^\s:：]{2,20})\s+(?:https?://|www\.)")
_GENERIC_SOURCES = frozenset({"系统管理", "本站原创", "本站", "原创", "网络", "admin", "管理员", "本网"})
_ORG_LINE = regex.compile(
    r"^[\p{Han}]{2,16}(?:局|厅|委员会|办公室|政府|总工会|工会|党组|中心|研究院|协会|联合会|统计局)$"
)
_CAPTION = regex.compile(
    r"[(（][^()（）]*摄[)）]|^(?:图|表)\s?[\d一二三四五六七八九十]|^(?:图为|注\s?[:：]|资料图)|单位\s?[:：]|\||[:：]\s*$"
)

_NUMBERED = (
    ("part", regex.compile(r"^第[一二三四五六七八九十]+(?:部分|章|篇)\s*[、:：.]?\s*")),
    ("cn", regex.compile(r"^[一二三四五六七八九十]{1,3}\s?[、.]\s*")),
    ("paren", regex.compile(r"^[(（][一二三四五六七八九十]{1,3}[)）]\s*[、.]?\s*")),
    ("arabic", regex.compile(r"^\d{1,2}\s?[、.](?!\d)\s*")),
    ("arabic-paren", regex.compile(r"^[(（]\d{1,2}[)）]\s*")),
)
_STYLE_RANK = {style: i for i, (style, _) in enumerate(_NUMBERED)}
_LEAD_IN = regex.compile(r"^([^，,。；;：:！？!?\d\s]{2,20})。(?=.{6,})")
_RUN_ON_LEAD_IN = regex.compile(r"^([^，,。；;：:！？!?\d\s“”]{2,14}“[^“”，,。\d]{1,8}”)(?=\p{Han})")
_HEADLINE_END = regex.compile(r"[。：:.；;]\s*$")


@dataclass(frozen=True, slots=True)
class Headline:
    start: int  # where the headline text starts (normalised)
    end: int
    level: int
    section_start: int  # where its section starts: the line or paragraph start


@dataclass
class Layout:
    title: tuple[int, int] | None = None
    published: dt.date | None = None
    source: tuple[int, int] | None = None
    views: int | None = None
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    headlines: list[Headline] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def offset(self) -> int:
        """Normalised position of `text` (leading white space skipped)."""
        return self.start + (len(self.raw) - len(self.raw.lstrip())) if self.raw else self.start

    raw: str = ""


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw.strip(), raw))
        pos += len(raw) + 1
    return lines


def is_body(line: Line) -> bool:
    t = line.text
    return "。" in t or len(t) > 60 or t.count(",") + t.count("，") >= 2


class LayoutReader:
    """Reads the page layout; headline patterns can be extended per extractor."""

    def __init__(self, extra_headline_patterns: Sequence[str] = ()) -> None:
        self.extra = [regex.compile(p) for p in extra_headline_patterns]

    def read(self, text: str) -> Layout:
        lines = [ln for ln in split_lines(text) if ln.text]
        layout = Layout()
        chrome_lines: set[int] = set()
        fielded: list[Line] = []  # lines holding a field: where the date, source and views are
        for ln in lines:
            spans, whole = chrome_spans(text, ln.offset, ln.offset + len(ln.text))
            if spans:
                fielded.append(ln)
                layout.boilerplate += [(ln.start, ln.end)] if whole else spans
            if whole:
                chrome_lines.add(ln.start)
        first_body = next((i for i, ln in enumerate(lines) if is_body(ln) and ln.start not in chrome_lines), len(lines))
        header = [ln for ln in lines[:first_body] if ln.start not in chrome_lines]
        body = [ln for ln in lines[first_body:] if ln.start not in chrome_lines]
        layout.title = self._title(header)
        layout.published = self._published(header, fielded)
        layout.views = self._views(fielded)
        layout.source = self._source(header, fielded)
        numbered_header = [ln for ln in header if _numbered_style(ln.text)]
        layout.headlines = self._headlines(numbered_header + body)
        return layout

    # ---------------------------------------------------------------- metadata
    def _title(self, header: list[Line]) -> tuple[int, int] | None:
        for ln in header:
            t = ln.text
            if _DATE_ONLY_LINE.match(t) or _ORG_LINE.match(t):
                continue
            if len(regex.findall(r"\p{Han}", t)) >= 4 and len(t) <= 80 and not _numbered_style(t):
                return ln.offset, ln.offset + len(t)
        return None

    def _published(self, header: list[Line], chrome: list[Line]) -> dt.date | None:
        ordered = [ln for ln in chrome if "发布" in ln.text or "日期" in ln.text or "时间" in ln.text]
        ordered += [ln for ln in header if _DATE_ONLY_LINE.match(ln.text)] + chrome
        ordered += [ln for ln in header if ln.text.startswith(("——", "—", "(", "（"))]
        for ln in ordered:
            if (m := _DATE.search(ln.text)) is not None:
                try:
                    return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
                except ValueError:
                    continue
        return None

    def _views(self, chrome: list[Line]) -> int | None:
        for ln in chrome:
            if (m := _VIEWS.search(ln.text)) is not None:
                return int(m[1])
        return None

    def _source(self, header: list[Line], chrome: list[Line]) -> tuple[int, int] | None:
        for pattern in (_SOURCE, _HOST, _BREADCRUMB, _SITE_BEFORE_URL):
            for ln in chrome:
                m = pattern.search(ln.text)
                if m is not None and m[1] not in _GENERIC_SOURCES:
                    return ln.offset + m.start(1), ln.offset + m.end(1)
        for ln in header:
            if _ORG_LINE.match(ln.text):
                return ln.offset, ln.offset + len(ln.text)
        return None

    # ---------------------------------------------------------------- headlines
    def _headlines(self, body: list[Line]) -> list[Headline]:
        numbered = {i: style for i, ln in enumerate(body) if (style := _numbered_style(ln.text))}
        ranks = sorted({_STYLE_RANK[s] for s in numbered.values()})
        found: list[Headline] = []
        parent_level = 0
        lead_ins: dict[int, tuple[int, int]] = {}
        for i, ln in enumerate(body):
            if i in numbered:
                span = self._numbered_text(ln, numbered[i])
                if span is not None:
                    parent_level = ranks.index(_STYLE_RANK[numbered[i]]) + 1
                    found.append(Headline(*span, parent_level, ln.offset))
                continue
            if (span := self._lead_in(ln)) is not None:
                lead_ins[i] = span
            elif (span := self._extra(ln) or self._standalone(body, i)) is None:
                continue
            found.append(Headline(*span, parent_level + 1, ln.offset))
        if len(lead_ins) < 2:
            # A lone short first sentence ("活动现场气氛热烈。") is no heading unless a numbered
            # heading above makes it a sub-heading; parallel lead-ins are.
            orphans = {lead_ins.pop(i)[0] for i in list(lead_ins) if _level_of(found, lead_ins[i]) == 1}
            found = [h for h in found if h.start not in orphans]
        return self._with_run_on_lead_ins(body, found, lead_ins, numbered)

    def _numbered_text(self, ln: Line, style: str) -> tuple[int, int] | None:
        prefix = dict(_NUMBERED)[style].match(ln.text)
        assert prefix is not None
        rest = ln.text[prefix.end() :]
        head = regex.split(r"[。：:；;]", rest, maxsplit=1)[0].strip()
        commas = r"[，,]|" if "。" in ln.text else ""  # a whole short line may hold a comma
        if not head or len(head) > 30 or regex.search(rf"{commas}\d", regex.sub(r"\d{4}年", "", head)):
            return None  # a numbered sentence, not a heading (years are fine: 一、2023年工作回顾)
        start = ln.offset + prefix.end() + (len(rest) - len(rest.lstrip()))
        return start, start + len(head)

    def _lead_in(self, ln: Line) -> tuple[int, int] | None:
        m = _LEAD_IN.match(ln.text)
        return (ln.offset, ln.offset + m.end(1)) if m else None

    def _extra(self, ln: Line) -> tuple[int, int] | None:
        for pattern in self.extra:
            if (m := pattern.match(ln.text)) is not None:
                group = "text" if "text" in pattern.groupindex else 0
                return ln.offset + m.start(group), ln.offset + m.end(group)
        return None

    def _standalone(self, body: list[Line], i: int) -> tuple[int, int] | None:
        t = body[i].text
        following = body[i + 1] if i + 1 < len(body) else None
        if following is None or not is_body(following) or _CAPTION.search(t):
            return None
        head = _HEADLINE_END.sub("", t)
        if (
            not (2 <= len(head) <= 25)
            or regex.search(r"[，,。!！?？]", head)
            or len(regex.findall(r"\p{Han}", head)) < 2
        ):
            return None
        return body[i].offset, body[i].offset + len(head)

    def _with_run_on_lead_ins(
        self, body: list[Line], found: list[Headline], lead_ins: dict[int, tuple[int, int]], numbered: dict[int, str]
    ) -> list[Headline]:
        """A parallel heading that runs straight into its paragraph, like its siblings ended by 。."""
        quoted = [i for i, (s, e) in lead_ins.items() if body[i].text[: e - s].endswith("”")]
        if len(quoted) < 2:
            return found
        level = _level_of(found, lead_ins[quoted[0]])
        for i, ln in enumerate(body):
            if i in lead_ins or i in numbered or not is_body(ln):
                continue
            if (m := _RUN_ON_LEAD_IN.match(ln.text)) is not None:
                found.append(Headline(ln.offset, ln.offset + m.end(1), level, ln.offset))
        return sorted(found, key=lambda h: h.start)


def _level_of(found: list[Headline], span: tuple[int, int]) -> int:
    return next(h.level for h in found if h.start == span[0])


def _numbered_style(text: str) -> str | None:
    for style, pattern in _NUMBERED:
        if pattern.match(text):
            return style
    return None
