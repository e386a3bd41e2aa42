"""What a figure counts: the noun phrase next to it, found with a private jieba tokenizer.

Only short windows around each figure are segmented, never whole documents.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import bounds, vocabulary
from . import timed_regex as regex
from .quantities import Quantity
from .segmenter import PUNCTUATION as _PUNCT
from .segmenter import Segmenter, Token

_LEFT_CLUTTER = regex.compile(r"(?:[(（][^()（）]{0,12}[)）]|\[\d{1,2}\]|[”’\"'」』\s])+$")
_ENUMERATION = frozenset({"等", "等等"})
_METHOD_WORDS = frozenset({"按", "按照", "根据", "据", "以"})
_METHOD_VERBS = frozenset({"计算", "折算", "测算", "核算", "统计", "换算"})
_PASSIVE = frozenset({"被", "由", "为", "让"})
_ADMIN_PLACE = regex.compile(r"..[省市县区州旗盟]$")
_QUOTED_NAME = regex.compile(r"“([^“”，,。]{2,16})”\s*$")
_LIST_JOINERS = regex.compile(r"\s*(?:、|和|及|与|以及|,|，)?\s*")


@dataclass(frozen=True, slots=True)
class SubjectReading:
    """What the words around a figure say: what it counts, the change word, 累计, a closed list."""

    subject: str | None
    change: str | None  # "up" | "down"
    cumulative: bool
    enumerated: bool  # the figure closes a list ("……等弱势群体")


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity that survived the exclusion rules, with what the words around it say."""

    quantity: Quantity
    info: SubjectReading


class SubjectFinder:
    """Reads the words around a figure: subject, change word, cumulative marker."""

    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter
        self.linking = vocabulary.linking_words()
        self.cumulative = vocabulary.cumulative_words()
        self.changes = vocabulary.changes()
        self.scope = vocabulary.scope_words()
        self.qualifier_words = frozenset(vocabulary.qualifiers()["before"])

    def attach(self, text: str, quantities: Iterable[Quantity]) -> list[Figure]:
        """Each kept quantity (in order) with the words around it; a figure naming nothing may inherit."""
        figures: list[Figure] = []
        for q in quantities:
            left, right = _windows(text, q, figures)
            info = self.read(left, right, q.kind)
            figures.append(Figure(q, self._inherit(text, q, info, figures, right)))
        return figures

    def _inherit(
        self, text: str, q: Quantity, info: SubjectReading, before: list[Figure], right: str
    ) -> SubjectReading:
        """A figure naming nothing takes the subject of the figure before it in the sentence."""
        if info.subject:
            return info
        prev = before[-1] if before else None
        if (
            prev is None
            or not prev.info.subject
            or not bounds.same_sentence(text, prev.quantity.end, q.start)
            or (q.kind != prev.quantity.kind and q.kind != "percent")
        ):
            subject = self.head_after_de(right)
            return SubjectReading(subject, info.change, info.cumulative, info.enumerated) if subject else info
        subject = prev.info.subject
        if _LIST_JOINERS.fullmatch(text, prev.quantity.context_end, q.context_start):
            # 分别增长18.6%和21.3%: a listed figure shares the words of the one before it
            return SubjectReading(subject, info.change or prev.info.change, prev.info.cumulative, info.enumerated)
        if info.change and q.kind == "percent":
            word = text[max(0, q.context_start - 2) : q.context_start]
            subject += word if self.changes.get(word) else ("增长" if info.change == "up" else "下降")
        return SubjectReading(subject, info.change, info.cumulative, info.enumerated)

    def read(self, left: str, right: str, kind: str = "count") -> SubjectReading:
        quoted = _QUOTED_NAME.search(left)
        left_tokens = self.segmenter.tokens(_LEFT_CLUTTER.sub("", left)) if left else ()
        right_tokens = self.segmenter.tokens(right) if right else ()
        cumulative = any(t.word in self.cumulative for t in left_tokens)
        core, change, enumerated = self._strip_linking(list(left_tokens))
        if core and core[0].word in _METHOD_WORDS and core[-1].word in _METHOD_VERBS:
            core = []  # 按平均汇率计算为5791美元: a method, not what is counted
        subject = None
        if left.endswith("的") and kind != "percent":
            subject = self._adjacent_right(right_tokens, skip_scope=True)  # 坚守岗位的100多名快递小哥
        if not enumerated and not subject:
            subject = self._adjacent_right(right_tokens)
        if not enumerated and not subject:
            subject = quoted[1] if quoted else self._phrase_before(core)
            if subject and change and kind == "percent":
                subject += next(t.word for t in reversed(left_tokens) if t.word in self.changes)
        if not subject and right_tokens and right_tokens[0].word not in _PASSIVE:
            subject = self._adjacent_right(right_tokens, skip_scope=True)
        if not subject and enumerated:
            subject = self._phrase_before(core)  # 救助金、慰问金等共计1.86亿元: the last item named
        return SubjectReading(subject, change, cumulative, enumerated)

    def head_after_de(self, right: str) -> str | None:
        """56名考入大学的困难职工子女: the head noun after a short relative clause."""
        tokens = self.segmenter.tokens(right) if right else ()
        if tokens and tokens[0].word in _PASSIVE:
            return None
        for i, tok in enumerate(tokens[:8]):
            if tok.word in _PUNCT:
                return None
            if tok.word == "的":
                return self._adjacent_right(tokens[i + 1 :])
        return None

    def _strip_linking(self, tokens: list[Token]) -> tuple[list[Token], str | None, bool]:
        change = None
        while tokens:
            word = tokens[-1].word
            if word in self.changes:
                change = change or self.changes[word]
            elif word in _ENUMERATION:
                return tokens[:-1], change, True
            elif not (word in self.linking or word in self.cumulative or word in self.qualifier_words):
                break
            tokens.pop()
        return tokens, change, False

    def _phrase_before(self, tokens: list[Token]) -> str | None:
        phrase: list[Token] = []
        for i in range(len(tokens) - 1, -1, -1):
            tok = tokens[i]
            if (tok.nominal or tok.flag == "t") and tok.word not in self.scope:
                phrase.insert(0, tok)
            elif not phrase and tok.flag.startswith("v") and i > 0 and tokens[i - 1].nominal:
                phrase.insert(0, tok)  # 事迹宣讲, 集体学习: an activity counted by its verb
            elif len(phrase) == 1 and len(phrase[0].word) == 1 and tok.flag.startswith("v"):
                phrase.insert(0, tok)  # 参保 + 率: a suffix noun takes the verb it is made from
            else:
                break
        return self._head(phrase)

    def _head(self, phrase: list[Token]) -> str | None:
        """Trim a noun phrase to what is counted: no leading verb, place name or time word."""
        if not phrase:
            return None
        if phrase[-1].flag == "v":  # 先进事迹宣讲 -> 宣讲; 集体学习 stays whole
            before = phrase[-2] if len(phrase) > 1 else None
            return (before.word if before and len(before.word) <= 2 else "") + phrase[-1].word
        while len(phrase) > 1 and (
            phrase[0].flag.startswith("v") or phrase[0].flag == "t" or _ADMIN_PLACE.search(phrase[0].word)
        ):
            phrase.pop(0)
        words = [t.word for t in phrase]
        for i, tok in enumerate(phrase):
            if self._verb_object(tok.word):
                words = [tok.word[2:], *words[i + 1 :]]
        return "".join(words) or None

    def _verb_object(self, word: str) -> bool:
        """筹集资金, a verb and its object tagged as one noun: the object is what is counted."""
        if len(word) != 4 or word in self.segmenter.domain_words:
            return False
        return self.segmenter.tag(word[:2]) == "v" and self.segmenter.tag(word[2:]).startswith("n")

    def _adjacent_right(self, tokens: tuple[Token, ...], *, skip_scope: bool = False) -> str | None:
        words: list[str] = []
        for tok in tokens:
            if skip_scope and not words and (tok.word in self.scope or tok.flag == "r"):
                continue
            if not tok.nominal or tok.flag == "vn" or tok.word in self.scope:
                break
            words.append(tok.word)
        return "".join(words) or None


def _windows(text: str, q: Quantity, before: list[Figure]) -> tuple[str, str]:
    """The words of its clause on each side of a figure, never reaching into the figure before."""
    lo, hi = bounds.window(text, q.context_start, q.context_end, before[-1].quantity.context_end if before else 0)
    return text[lo : q.context_start], text[q.context_end : hi]
