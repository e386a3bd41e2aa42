"""Noun phrases next to a figure, read off the private jieba tokenizer's words and tags.

Before a figure the phrase is read backwards: the words that link it to the figure (达到, 突破,
同比增长, 累计数量 …) are passed over, then modifiers are taken while they still describe the thing
(小麦种植面积, 规模以上工业增加值), across quoted names, 的-clauses (省总工会命名的职工书屋) and
coordination (环卫工人、快递员和外卖骑手). After a figure only the noun it counts is taken
(68名受灾一线职工, 35家“暖心驿站”).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from . import timed_regex as regex
from .config import Vocabulary
from .segmenter import PUNCTUATION as _PUNCT
from .segmenter import Token, token

_NEVER_INSIDE = frozenset({"t", "r", "p", "d", "c", "u", "uj", "x", "q"})
_JOINERS = frozenset({"、", "和", "及", "与", "以及"})
_ADMIN_PLACE = regex.compile(r"^..[省市县区州旗盟镇乡]$")
_ADVERBS = frozenset({"了", "已", "均", "再", "又", "首次", "已经", "共", "将", "可望", "有望", "预计", "约", "拟"})
_PEOPLE_CHARS = frozenset("工员者人生户民众属模女童匠手师兵警军")


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists the chunker reads by, taken from the one `Vocabulary` (`Words.of`)."""

    scope: frozenset[str]
    linking: frozenset[str]
    cumulative: frozenset[str]
    changes: Mapping[str, str]
    qualifiers: frozenset[str]
    enumeration: frozenset[str]  # 等: the figure closes a list
    predicates: frozenset[str]
    modifier_verbs: frozenset[str]
    purpose_verbs: frozenset[str]
    generic: frozenset[str]
    naming: frozenset[str]
    orgs: tuple[str, ...]
    domain: frozenset[str]
    #: Words between a thing and its figure: 达到, 累计, 约, 同比, 数量, 已 …
    passed: frozenset[str] = field(init=False)
    #: Words a phrase never reaches across: scope, acts, running totals.
    stops: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        passed = self.linking | self.cumulative | self.qualifiers | self.generic | set(self.changes) | _ADVERBS
        object.__setattr__(self, "passed", frozenset(passed))
        object.__setattr__(self, "stops", self.scope | self.predicates | self.cumulative)

    @staticmethod
    def of(v: Vocabulary, extra_terms: Iterable[str] = ()) -> Words:
        """The chunker's words from the vocabulary `v`; `extra_terms` (the caller's) count as domain terms."""
        return Words(
            v.scope, v.linking, v.cumulative, v.changes, frozenset(v.qualifiers["before"]),
            v.subject_words["enumeration"], v.predicates, v.modifier_verbs, v.purpose_verbs, v.generic_nouns,
            v.naming_words, v.org_suffixes, frozenset(w for w, _, _ in v.domain_terms) | frozenset(extra_terms),
        )  # fmt: skip

    def passed_over(self, word: str) -> bool:
        """A word between a thing and its figure (达到, 累计, 约 …)."""
        return word in self.passed

    def passes(self, word: str) -> bool:
        """A passed-over word, or two run together (同比增加 is one word to jieba)."""
        if word in self.passed:
            return True
        return any(word[:k] in self.passed and word[k:] in self.passed for k in range(1, len(word)))


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
        parts = ["".join(t.word for t in self.items[0])] if self.items else []
        for joiner, item in zip(self.joiners, self.items[1:], strict=False):
            parts += [joiner, "".join(t.word for t in item)]
        return "".join(parts)

    def item_texts(self) -> list[str]:
        """Each coordinated item as written."""
        return ["".join(t.word for t in item) for item in self.items]


def phrase_before(tokens: Sequence[Token], words: Words, *, whole: bool = True) -> Phrase:
    """The phrase that ends just before a figure (its words already segmented); with `whole`
    false only the words between it and the figure are read (change, 累计, 等)."""
    toks = tokens
    phrase = Phrase(items=[])
    i = len(toks) - 1
    while i >= 0 and (words.passes(toks[i].word) or toks[i].flag == "paren" or toks[i].word in words.enumeration):
        word = toks[i].word
        for part in (word, *(word[k:] for k in range(1, len(word)))):  # 同比增加, one word to jieba
            if part in words.changes:
                phrase.change = phrase.change or words.changes[part]
                break
        phrase.cumulative |= word in words.cumulative
        if word in words.enumeration:
            phrase.enumerated = True
        i -= 1
        if i >= 0 and toks[i].word + word in words.changes:  # 年增: a change word jieba splits
            i -= 1
    if not whole:
        return phrase
    if i > 0 and toks[i].word in words.predicates and _thing(toks[i - 1], words):
        i -= 1  # 新增创业担保贷款发放10.57亿元: the thing, then its act
    items: list[list[Token]] = [[]]
    joiners: list[str] = []
    while i >= 0:
        tok, item = toks[i], items[0]
        prev = toks[i - 1] if i > 0 else None
        if tok.word == "的" and item:
            clause = _relative_clause(toks, i, words)
            item[:0] = clause
            break
        if tok.word in _JOINERS and item and prev is not None and _can_end_item(prev, words):
            items.insert(0, [])
            joiners.insert(0, tok.word)
        elif tok.flag == "paren" and item and prev is not None and prev.nominal:
            item.insert(0, tok)
        elif tok.nominal and len(tok.word) == 4 and tok.word[:2] in words.predicates and tok.word not in words.domain:
            item.insert(0, token(tok.word[2:], tok.flag))  # 筹集资金 tagged as one noun: its object
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
    item = list(item)
    if _people(item[-1:]):  # 电话联系外出务工困难职工: what follows the last act is counted
        acts = [k for k, t in enumerated_verbs(item) if t.word not in words.modifier_verbs]
        if acts and acts[-1] < len(item) - 1:
            item = item[acts[-1] + 1 :]
    verbal = all(t.verb for t in item)  # 外出务工, 转移就业: an activity counted by its verbs
    while len(item) > 1 and not verbal:
        first = item[0]
        if first.word in words.scope or _ADMIN_PLACE.search(first.word):
            item.pop(0)
        elif first.verb and first.word not in words.modifier_verbs and first.word not in words.purpose_verbs:
            item.pop(0)  # 扶持小微企业贷款, 服务职工群众: the act, not the thing
        else:
            break
    return item


def enumerated_verbs(item: Sequence[Token]) -> list[tuple[int, Token]]:
    """(index, token) of the acts in an item: verbs, and verbal nouns before another word."""
    return [(k, t) for k, t in enumerate(item) if t.verb or (t.flag == "vn" and k + 1 < len(item))]


def _people(tail: Sequence[Token]) -> bool:
    """Whether a phrase's head names people (职工, 学生, 环卫工人): acts on them are not names."""
    return (
        bool(tail)
        and (tail[-1].flag.startswith("n") or tail[-1].flag == "quote")
        and tail[-1].word[-1] in _PEOPLE_CHARS
    )


def phrase_after(tokens: Sequence[Token], words: Words, *, skip_scope: bool = False) -> str | None:
    """The noun a figure counts when it follows the figure: 68名受灾一线职工, 35家“暖心驿站”."""
    toks = tokens
    out: list[Token] = []
    for k, tok in enumerate(toks):
        if skip_scope and not out and (tok.word in words.scope or tok.flag == "r"):
            continue
        if tok.flag == "quote":
            if any(t.verb for t in out):
                break
            return "".join(t.word for t in out) + _unquote(tok.word) + _nouns(toks[k + 1 :], words)
        if tok.word in words.generic or tok.word in words.scope:
            break
        if tok.word == "的" and any(t.verb for t in out):
            return phrase_after(toks[k + 1 :], words)  # 83名考入高校的困难职工子女
        if tok.flag == "a" and any(t.flag.startswith("n") for t in out):
            break  # 81个贫困村有效退出
        if tok.flag == "paren" and out and out[-1].nominal:
            out.append(tok)  # 村(社区)工会组织
        elif (tok.nominal and tok.flag != "vn") or (tok.flag == "vn" and out and not out[-1].verb):
            out.append(tok)
        elif (
            tok.verb
            and not any(t.nominal for t in out)
            and (tok.word in words.modifier_verbs or tok.word in words.purpose_verbs)
        ):
            out.append(tok)  # 受灾 in 受灾一线职工: a modifier before the noun
        elif tok.verb and not out:
            return _head_of_clause(toks[k:], words)  # 83名考入高校的困难职工子女
        else:
            break
    while out and out[-1].verb:
        out.pop()
    if out and out[0].verb and not any(t.flag[:1] == "n" for t in out):
        return None  # 参加安全培训: the verb is the clause's own act, no noun follows it
    return "".join(t.word for t in out) or None


def _head_of_clause(toks: Sequence[Token], words: Words) -> str | None:
    """The head after a short relative clause that opens with a verb, if one closes with 的."""
    for i, tok in enumerate(toks[:8]):
        if tok.word in _PUNCT:
            return None
        if tok.word == "的":
            return phrase_after(toks[i + 1 :], words)
    return None


def _unquote(quoted: str) -> str:
    """The name inside quotation marks; after a dash when it carries a programme's title first."""
    inner = quoted[1:-1]
    return inner.rsplit("——", 1)[-1] or inner


def _nouns(toks: Sequence[Token], words: Words) -> str:
    out = []
    for tok in toks:
        if not tok.nominal or tok.word in words.generic or tok.word in words.scope or tok.flag == "quote":
            break
        out.append(tok.word)
    return "".join(out)


def named_after(tokens: Sequence[Token], words: Words) -> str | None:
    """其中85个被评为“示范服务站”: the name a sub-count is given after it."""
    toks = tokens
    i = 1 if toks and toks[0].word in ("被", "获", "获得") else 0
    while i and i < len(toks) - 1 and toks[i].flag.startswith("n") and i < 3:
        i += 1  # 被全总确认为: the agent
    for j in range(i + 1, min(len(toks), i + 4) + 1):
        if "".join(t.word for t in toks[i:j]) in words.naming:
            return phrase_after(toks[j:], words)
    return None


def head_after_de(tokens: Sequence[Token], words: Words) -> str | None:
    """15场的县总工会送文化活动: the head noun after a short clause closed by 的."""
    if tokens and tokens[0].word in ("被", "由", "为", "让"):
        return None
    return _head_of_clause(tokens, words)
