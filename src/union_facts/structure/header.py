"""A role for every header block, then the title, the date and the source from those roles.

Roles: chrome (fields), date, subtitle (——…), addressee ("各基层工会："), names (a byline of bare
names), author (an organisation's name), site, column, headline list (all the page's headlines on
one line), garbage (mojibake), heading (numbered, 【】, generic section name) and text (a title
candidate). The title is the candidate line directly above the first date/byline/source line
(kickers above it are skipped); without such a line, the first candidate after the breadcrumb.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import timed_regex as regex
from .. import vocabulary
from .blocks import Block
from .fields import find_fields

_DATE = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s?[-/.年]\s?(?P<m>\d{1,2})\s?[-/.月]\s?(?P<d>\d{1,2})(?!\d)")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_CN_DIGIT, _CN_TENS = "[〇零○一二三四五六七八九]", "[一二三四五六七八九十]"
CN_DATE = rf"(?P<y>{_CN_DIGIT}{{4}})年(?P<m>{_CN_TENS}{{1,2}})月(?P<d>{_CN_TENS}{{1,3}})日"
_CN_DATE = regex.compile(CN_DATE)
#: A date of the Republic of China calendar, as Taiwan writes it: 113年5月2日, 民国112年12月20日
#: (year + 1911). Without 民国 only a three-digit year (100-199, 2011-2110) is read so.
ROC_DATE = r"(?:民国\s?(?P<y>\d{1,3})|(?<!\d)(?P<y>1\d{2}))\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"
_ROC_DATE = regex.compile(ROC_DATE)
_DATE_LINE = regex.compile(
    rf"^[(（\[]?\s*(?:[^\d\s:：]{{0,8}}\s?[:：]\s?)?(?:{_DATE.pattern}|{_CN_DATE.pattern}|{ROC_DATE})日?"
    r"(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?\s?(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?)?\s*[)）\]]?$"
)
_PAPER_DATE = regex.compile(rf"^《[^》]{{2,20}}》\s?[(（]\s?{_DATE.pattern}日?[^)）]{{0,12}}[)）]$")
#: An anonymised place in an issuer's name: XX市, ××县, xx区 (某某 is Han already).
PLACEHOLDER = r"(?:[xX×]{1,3})?"
_ORG_LINE = regex.compile(
    rf"^{PLACEHOLDER}[\p{{Han}}（）()]{{2,30}}(?:局|厅|委员会|办公室|政府|总工会|工会|党组|中心|研究院|协会|联合会|统计局|调查队|总队|部)"
    rf"(?:\s+{PLACEHOLDER}[\p{{Han}}]{{2,30}}(?:局|委员会|办公室|政府|工会|中心|调查队|总队|部))*$"
)
#: A red-header document's masthead (云岭市总工会文件) or a press release's (勞動部　新聞稿): not a title.
_MASTHEAD = regex.compile(
    r"^[\p{Han}（）()]{2,30}\s*(?:文件|新闻稿)$"
    r"|^\p{Han}{1,4}[发办字函]\s?[〔\[［(（]\d{4}[〕\]］)）]\s?\d{1,4}号$"  # its document number: 云工发〔2024〕9号
)
#: A speaker's byline: an office and a name (青川市人民政府市长　韩立新, 县总工会主席　罗秀芬).
_BYLINE = regex.compile(
    r"^[\p{Han}（）()]{0,30}(?:市长|县长|区长|省长|州长|主席|书记|主任|局长|厅长|理事长|会长|部长)\s+\p{Han}{2,4}$"
)
_NAMES_LINE = regex.compile(r"^\p{Han}{2,3}(?:\s+\p{Han}{2,3}){1,3}$")
_SITE = regex.compile(r"^[\p{Han}A-Za-z0-9]{2,12}(?:网|网站|报|日报|晚报|频道|客户端|在线|新闻)$")
_MOJIBAKE = regex.compile(r"[\ufffd]|[ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ¹²³¼½¾×÷]")
_COLUMN_TAG = regex.compile(r"^【[^【】\n]{2,8}】(?=[^。；;！!]{10,60}$)")
_HEADING_START = regex.compile(
    r"^(?:第[一二三四五六七八九十]+(?:部分|章|节|篇)|[一二三四五六七八九十]{1,3}\s?[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}\s?[.、．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|【|##|问\s?[:：])"
)
_FOOTNOTE = regex.compile(r"\s*(?:\[\d{1,2}\]|\*|※)+$")
_SUFFIX = regex.compile(r"(?:\s?[_|｜]\s?|\s[-—–]\s|-(?=[^\p{Han}]*[A-Za-z\d]))([^_|｜]{1,20})$")


@dataclass(frozen=True, slots=True)
class Role:
    block: Block
    role: str


def is_body(text: str) -> bool:
    """A block of running text: sentences, or long."""
    if len(text) > 60 or len(regex.findall(r"[，,]", text)) >= 2 or regex.search(r"[。？?]", text):
        return True  # (a stray ? is as often a character lost to a wrong encoding)
    # 送政策、送岗位！东湖区总工会春风行动启动: a short headline may exclaim mid-line; a sentence ends on its mark
    marks = regex.search(r"[！!]", text)
    return bool(marks) and (len(text) > 40 or regex.search(r"[！!][”’」』）)\"']*$", text) is not None)


@cache
def _words() -> dict[str, tuple[str, ...]]:
    names = ("title_labels", "doc_types", "section_names", "salutations")
    return {name: vocabulary.structure_words(name) for name in names}


@cache
def _label_prefix() -> Any:
    labels = "|".join(regex.escape(w) for w in _words()["title_labels"])
    return regex.compile(rf"^(?:{labels})\s?[:：]\s?")


def roles(header: Sequence[Block]) -> list[Role]:
    """The role of each block before the body."""
    return [Role(b, _role(b)) for b in header]


def _role(b: Block) -> str:
    t = b.text.strip()
    if b.chrome:
        return "chrome"
    if _is_date_line(t):
        return "date"
    if t.startswith(("——", "—", "--")):
        return "subtitle"
    if t.endswith(("：", ":")) and len(t) <= 60:
        return "addressee"
    if _MOJIBAKE.search(t) and len(_MOJIBAKE.findall(t)) * 4 >= len(t):
        return "garbage"
    if _COLUMN_TAG.match(t):
        return "text"  # 【劳模风采】“钢铁裁缝”章立新：……: a column's tag before a headline, not a heading
    if _HEADING_START.match(t) or is_section_name(t):
        return "heading"
    if _MASTHEAD.match(t):
        return "masthead"
    if _NAMES_LINE.match(t) or _BYLINE.match(t):
        return "names"
    if _ORG_LINE.match(t):
        return "author"
    if _SITE.match(t):
        return "site"
    if _is_headline_list(t):
        return "headlines"
    han = len(regex.findall(r"\p{Han}", t))
    if han < 4 or len(t) > 80:
        return "column" if 2 <= han <= 8 and len(t) <= 10 else "other"
    return "text"


def _is_date_line(t: str) -> bool:
    """A date, labelled or not, alone or beside chrome fields ("2024-03-28 来源：县总工会")."""
    pieces, pos = [], 0
    for f in find_fields(t, 0, len(t)):
        pieces.append(t[pos : f.start])
        pos = f.end
    core = " ".join(p.strip() for p in [*pieces, t[pos:]] if p.strip())
    if not core:
        return bool(_DATE.search(t)) and len(t) <= 60
    if _DATE_LINE.match(core) or _PAPER_DATE.match(core) or regex.match(r"^本期出版日期", core):
        return True
    issuer, _, date = core.rpartition(" ")  # 岚溪区总工会办公室　　2024年9月10日: the issuer beside the date
    return bool(issuer) and bool(_ORG_LINE.match(issuer.strip())) and bool(_DATE_LINE.match(date))


def is_section_name(t: str) -> bool:
    """A generic section name with no actor ("2023年工作回顾"): a heading, not a title."""
    core = regex.sub(r"^[\d年过去一年来今明五十]*[的]?", "", t)
    return len(t) <= 14 and any(core.endswith(w) for w in _words()["section_names"]) and "工会" not in t


def _is_headline_list(t: str) -> bool:
    parts = t.split()
    return len(parts) >= 3 and all(len(p) >= 5 for p in parts) and len(t) >= 30


def title_span(rs: Sequence[Role], text: str) -> tuple[int, int] | None:
    """The title's span (a title wrapped over two lines spans both), label and site suffix left out."""
    i = _title_index(rs)
    if i is None:
        return None
    while i > 0 and rs[i - 1].role == "text" and near_copy(rs[i - 1].block.text, rs[i].block.text):
        i -= 1  # a title given twice: the first copy
    if i > 0 and _opens_title(rs[i - 1], rs[i].block.text):
        return _trim_title(text, rs[i - 1].block.start, rs[i].block.end)  # the line picked ends a wrapped title
    b = rs[i].block
    start, end = b.start, b.end
    nxt = rs[i + 1] if i + 1 < len(rs) else None
    if nxt is not None and nxt.role in ("text", "column", "other") and _wraps_title(b.text, nxt.block.text):
        end = nxt.block.end
    return _trim_title(text, start, end)


def _title_index(rs: Sequence[Role]) -> int | None:
    candidates = [i for i, r in enumerate(rs) if r.role == "text"]
    if not candidates:
        return _named_issue(rs)
    for k, r in enumerate(rs):  # the candidate nearest above the first date/byline/source line
        if r.role in ("date", "names", "author", "subtitle") or (r.role == "chrome" and _meta_chrome(r.block.text)):
            above = [i for i in candidates if i < k]
            if above:
                return above[-1]
    crumbs = [k for k, r in enumerate(rs) if r.role == "chrome"]
    after = [i for i in candidates if crumbs and i > crumbs[-1]]
    return after[0] if after else candidates[0]


def _named_issue(rs: Sequence[Role]) -> int | None:
    """A page whose header names only its publication above the date (工会简报 / 2024年5月20日):
    an issue of a bulletin, titled by that name. The last such line above the first date line."""
    first_date = next((k for k, r in enumerate(rs) if r.role == "date"), None)
    names = [k for k, r in enumerate(rs[:first_date] if first_date is not None else ()) if r.role == "site"]
    return names[-1] if names else None


def near_copy(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= max(1, len(a) // 8)


def _meta_chrome(t: str) -> bool:
    """A chrome line that dates or credits the article (not navigation)."""
    return bool(_DATE.search(t)) or bool(regex.search(r"来源|作者|记者|编辑|通讯员|发布", t))


def _wraps_title(first: str, second: str) -> bool:
    """A title wrapped over two lines: the second ends in a document type the first lacks."""
    types = _words()["doc_types"]
    first = regex.sub(r"[（(][^()（）]{1,8}[)）]$", "", first)  # …社会责任报告（节选）: the type, then a note
    return (
        len(second) <= 24
        and not any(first.endswith(w) for w in types)
        and any(second.endswith(w) for w in types)
        and not is_body(second)
    )


def _opens_title(before: Role, second: str) -> bool:
    """Whether the line `before` opens the title `second` closes: a line ending in the document
    type under one lacking it; a line read as an issuer (…河阳工会, a title line ending in a union's
    name) before a short unpunctuated tail. (A short tail under any text line is not enough: a
    held-out page of the second blind set lost its title to that rule.)"""
    if before.role == "text":
        return _wraps_title(before.block.text, second)
    return before.role == "author" and _short_tail(before.block.text, second)


def _short_tail(first: str, second: str) -> bool:
    """A short last line (工作新局面) under a long one (奋力开创桐江工会), neither punctuated."""
    unpunctuated = not regex.search(r"[\s，,。：:；;！？!?（）()]", first + second)
    return unpunctuated and len(second) <= 8 and len(first) >= 12 and len(first) + len(second) <= 40


def _trim_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    t = text[start:end]
    if m := _label_prefix().match(t):
        start += m.end()
    if m := regex.match(r"^#+\s*", text[start:end]):
        start += m.end()
    if m := _FOOTNOTE.search(text, start, end):
        end = m.start()
    while (m := _SUFFIX.search(text, start, end)) is not None and len(
        regex.findall(r"\p{Han}", text[start : m.start()])
    ) >= 6:
        end = m.start()
    while end > start and text[end - 1] in " \t":
        end -= 1
    return (start, end) if end > start else None


def _han(t: str) -> int:
    return len(regex.findall(r"\p{Han}", t))


# ---------------------------------------------------------------- dates
def date_in(t: str) -> dt.date | None:
    """The first valid date written in `t` (Arabic or Chinese numerals)."""
    for m in _DATE.finditer(t):
        if (d := _valid(int(m["y"]), int(m["m"]), int(m["d"]))) is not None:
            return d
    for m in _CN_DATE.finditer(t):
        if (d := _valid(_cn_year(m["y"]), _cn_number(m["m"]), _cn_number(m["d"]))) is not None:
            return d
    for m in _ROC_DATE.finditer(t):
        if (d := _valid(int(m["y"]) + 1911, int(m["m"]), int(m["d"]))) is not None:
            return d
    return None


def date_only(t: str) -> dt.date | None:
    """The date of a line that is only a date (a signature or a date line)."""
    return date_in(t) if _DATE_LINE.match(t.strip()) else None


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _cn_year(s: str) -> int:
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def _cn_number(s: str) -> int:
    if "十" not in s:
        return _CN_DIGITS[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
