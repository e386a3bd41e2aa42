"""Noun phrases next to a figure, read off the private jieba tokenizer's words and tags.

Before a figure the phrase is read backwards: the words that link it to the figure (达到, 突破,
同比增长, 累计数量 …) are passed over, then modifiers are taken while they still describe the thing
(小麦种植面积, 规模以上工业增加值), across quoted names, 的-clauses (省总工会命名的职工书屋) and
coordination (环卫工人、快递员和外卖骑手). After a figure only the noun it counts is taken
(68名受灾一线职工, 35家“暖心驿站”): `names_after`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .phrase_words import Words
from .segmenter import Token, token

_NEVER_INSIDE = frozenset({"t", "r", "p", "d", "c", "u", "uj", "x", "q"})
_JOINERS = frozenset({"、", "和", "及", "与", "以及"})
_ADMIN_ENDS = frozenset("省市县区州旗盟镇乡")  # 青岚市, 东坪镇: a three-character place
PEOPLE_CHARS = frozenset("工员者人生户民众属模女童匠手师兵警军")
_NUMERAL_CHARS = frozenset("0123456789〇○零一二三四五六七八九十两廿卅")


@dataclass(slots=True)
class Phrase:
    """A noun phrase, its coordinated items, and what stood between it and the figure."""

    items: list[list[Token]]
    joiners: list[str] = field(default_factory=list)
    change: str | None = None
    cumulative: bool = False
    enumerated: bool = False  # the figure closes a list ("救助金、慰问金等1.86亿元")

    @property
    def text(self) -> str:
        """The phrase as written, list joiners included."""
        items = self.items
        if len(items) == 1:
            return "".join([t.word for t in items[0]])
        parts = ["".join([t.word for t in items[0]])] if items else []
        for joiner, item in zip(self.joiners, items[1:], strict=False):
            parts += [joiner, "".join([t.word for t in item])]
        return "".join(parts)

    def item_texts(self) -> list[str]:
        """Each coordinated item as written."""
        return ["".join(t.word for t in item) for item in self.items]


def phrase_before(tokens: Sequence[Token], words: Words, *, whole: bool = True) -> Phrase:
    """The phrase that ends just before a figure (its words already segmented); with `whole`
    false only the words between it and the figure are read (change, 累计, 等)."""
    toks = tokens
    phrase = Phrase([])
    i = len(toks) - 1
    passes, enumeration, changes, heads, cumulative = (
        words.passes,
        words.enumeration,
        words.changes,
        words.heads,
        words.cumulative,
    )
    while i >= 0 and (
        passes(word := toks[i].word) or toks[i].flag == "paren" or word in enumeration or _split(toks, i, words)
    ):
        if _split(toks, i, words):  # 不少/于, 不/超过: one bound in two words
            word = toks[i - 1].word + word
            i -= 1
        if word in heads and i > 0 and _names_what(toks[i - 1], words):
            break  # 外销订单金额, 成交金额: 金额 after what it is the amount of heads the name
        if phrase.change is None:
            phrase.change = words.change_in(word)
        if word in cumulative:
            phrase.cumulative = True
        if word in enumeration:
            phrase.enumerated = True
        i -= 1
        if i >= 0 and toks[i].word + word in changes:  # 年增: a change word jieba splits
            i -= 1
        elif word == "的" and i >= 0:
            i = _before_year(toks, i, words)  # 纪录是2021年的: the year the figure is of
    if not whole:
        return phrase
    if i > 0 and toks[i].word in words.predicates and _thing(toks[i - 1], words):
        i -= 1  # 新增创业担保贷款发放10.57亿元: the thing, then its act
    items: list[list[Token]] = [[]]
    joiners: list[str] = []
    item = items[0]
    after_period = False
    period_ends, apposition_ends, whole_period = words.period_ends, words.apposition_ends, words.whole_period
    while i >= 0:
        tok = toks[i]
        prev = toks[i - 1] if i > 0 else None
        word = tok.word
        if item:
            if word[-1] in period_ends and (span := _period(toks, i, words)):
                i -= span  # 资讯通讯产品十月接单金额: the period is not in the name; the owner may precede it
                after_period = True
                continue
            if word in apposition_ends and (
                word in words.apposition or (prev is not None and prev.word + word in words.apposition)
            ):
                break  # 外销订单主力项目资讯通讯产品: the name starts after its label
            if word in whole_period:
                if prev is not None and (prev.word in words.forecast or prev.flag == "t" or prev.verb):
                    item.insert(0, tok)  # 预测全年外销订单: the whole year's total, not the clause's frame
                break
        if after_period and not tok.nominal:
            break  # before a period only the noun that owns the figure (经济部公布十月…: not 公布)
        if word == "的" and item:
            item[:0] = _relative_clause(toks, i, words)
            break
        if word in words.fillers and item:  # 工作室现有成员: the name without it
            i -= 1
            continue
        if word in _JOINERS and item and prev is not None and _can_end_item(prev, words):
            item = []
            items.insert(0, item)
            joiners.insert(0, word)
        elif tok.flag == "paren" and item and prev is not None and prev.nominal:
            item.insert(0, tok)
        elif tok.nominal and len(word) == 4 and word[:2] in words.predicates and word not in words.domain:
            item.insert(0, token(word[2:], tok.flag))  # 筹集资金 tagged as one noun: its object
            break
        elif _inside(tok, item, prev, words):
            item.insert(0, tok)
        else:
            break
        i -= 1
    phrase.items = [trimmed for item in items if (trimmed := _trim(item, words))]
    phrase.joiners = joiners
    if len(phrase.items) < len(items):  # a list whose first item was trimmed away is just its last
        phrase.items, phrase.joiners = phrase.items[-1:], []
    return phrase


def _split(toks: Sequence[Token], i: int, words: Words) -> bool:
    """Whether the word at `i` ends a passed-over word the segmenter cut in two (不少于 as 不少/于)."""
    return i > 0 and toks[i].word in words.passed_tails and words.passed_over(toks[i - 1].word + toks[i].word)


def _names_what(tok: Token, words: Words) -> bool:
    """Whether a word before a head noun (金额) says what it is of: a noun, or an act (成交, 到位)."""
    if tok.verb:
        return tok.word not in words.linking and tok.word not in words.predicates and tok.word not in words.passed
    return _can_end_item(tok, words)


def _thing(tok: Token, words: Words) -> bool:
    """A noun that can be acted on (not an organisation acting: 市总工会发放)."""
    return _can_end_item(tok, words) and tok.flag != "nt" and not tok.word.endswith(words.orgs)


def _can_end_item(tok: Token, words: Words) -> bool:
    return (tok.nominal or tok.flag == "quote") and tok.word not in words.scope


def _inside(tok: Token, item: list[Token], prev: Token | None, words: Words) -> bool:
    """Whether `tok` still belongs to the phrase being read backwards."""
    if tok.word in words.stops or tok.flag in _NEVER_INSIDE:
        return False
    if tok.nominal:
        return tok.flag != "a" or bool(item)  # an adjective only before a noun
    if tok.verb:
        return tok.word not in words.linking or bool(item and prev is not None and prev.nominal)
    return tok.flag == "f" and bool(item) and prev is not None and prev.nominal  # 规模以上, 规上


def _relative_clause(toks: Sequence[Token], de: int, words: Words) -> list[Token]:
    """省总工会命名的 / 第一产业占地区生产总值的: an agent, one verb and its object before 的."""
    j = de - 1
    obj: list[Token] = []
    while j >= 0 and (toks[j].nominal or toks[j].flag in ("quote", "paren")) and toks[j].word not in words.scope:
        obj.insert(0, toks[j])
        j -= 1
    if j < 0 or not toks[j].verb:
        return []
    verb = toks[j]
    j -= 1
    agent: list[Token] = []
    while j >= 0 and toks[j].nominal and toks[j].word not in words.scope:
        agent.insert(0, toks[j])
        j -= 1
    if verb.word in words.predicates and not agent:
        return []  # 已建成的: no agent, the clause is the report's own action
    return [*agent, verb, *obj, toks[de]]


def _trim(item: list[Token], words: Words) -> list[Token]:
    """No leading place, scope or time word, no leading verb that acts on what is counted."""
    if not item:
        return item
    if _people(item[-1]):  # 电话联系外出务工困难职工: what follows the last act is counted
        acts = [k for k, t in enumerated_verbs(item) if t.word not in words.modifier_verbs]
        if acts and acts[-1] < len(item) - 1:
            item = item[acts[-1] + 1 :]
    if len(item) == 1 or (item[0].verb and all(t.verb for t in item)):  # 外出务工: an activity, counted by its verbs
        return list(item)
    start, rate = 0, item[-1].word[-1] == "率"
    while len(item) - start > 1:
        first = item[start]
        if first.word in words.whole_period:
            break  # put there on purpose (预测全年外销订单)
        if first.word in words.scope or first.word in words.forecast or first.word in words.entities:
            start += 1  # 全市, 预计, 集团: the scope, a forecast, the reporting entity
        elif _admin_place(first.word):  # 青岚市: a place
            start += 1
        elif (
            first.verb and first.word not in words.modifier_verbs and first.word not in words.purpose_verbs and not rate
        ):
            start += 1  # 扶持小微企业贷款, 服务职工群众: the act, not the thing (a rate keeps it: 就业不足率)
        else:
            break
    return item[start:]


def _period(toks: Sequence[Token], i: int, words: Words) -> int:
    """How many tokens ending at `i` name a period (十月, 第四季, 前 八月, 本季度, 上半年): 0 if none."""
    if i > 0 and _is_period(toks[i - 1].word + toks[i].word, words):
        return 2
    return 1 if _is_period(toks[i].word, words) else 0


def _is_period(word: str, words: Words) -> bool:
    rest = word[1:] if word[:1] in words.roles["period_prefix"] else word
    k = 0
    while k < len(rest) and rest[k] in _NUMERAL_CHARS:
        k += 1
    return rest[k:] in words.roles["period_unit"] and (k > 0 or len(rest) < len(word))


def _before_year(toks: Sequence[Token], i: int, words: Words) -> int:
    """Where the words before a year (2021年, 一一○年, 去年) that ends at `i` end: `i` if none ends there."""
    word = toks[i].word
    if not word.endswith("年"):
        return i
    if len(word) > 1:
        return i - 1 if word in words.scope or all(c in _NUMERAL_CHARS for c in word[:-1]) else i
    j = i - 1
    while j >= 0 and toks[j].word and all(c in _NUMERAL_CHARS for c in toks[j].word):
        j -= 1
    return j if j < i - 1 else i


def _admin_place(word: str) -> bool:
    return len(word) == 3 and word[2] in _ADMIN_ENDS and "\n" not in word[:2]


def enumerated_verbs(item: Sequence[Token]) -> list[tuple[int, Token]]:
    """(index, token) of the acts in an item: verbs, and verbal nouns before another word."""
    return [(k, t) for k, t in enumerate(item) if t.verb or (t.flag == "vn" and k + 1 < len(item))]


def _people(head: Token) -> bool:
    """Whether a phrase's head names people (职工, 学生, 环卫工人): acts on them are not names."""
    return head.word[-1] in PEOPLE_CHARS and (head.flag[:1] == "n" or head.flag == "quote")
