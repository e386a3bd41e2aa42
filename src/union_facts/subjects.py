"""What a figure counts: the noun phrase beside it, found with a private jieba tokenizer.

Only short windows around each figure are segmented, never whole documents. Figures are read in
groups: coordinated figures ("分别为24100元和15320元") share one phrase, distributed over its
items when the counts agree; a figure that names nothing (同比增长6.1%, 完成全年任务的104%) takes
the subject of the figure it qualifies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from . import bounds
from . import timed_regex as regex
from .config import Vocabulary
from .coordination import distribute, town_and_country
from .names_after import head_after_de, named_after, phrase_after
from .noun_phrases import Phrase, phrase_before
from .phrase_words import Words
from .quantities import Quantity
from .segmenter import Segmenter, Token
from .windows import NAMING_WINDOW, left_start, right

# Possessive: each item can match only one way (they start with different characters), so giving
# one back never helps; the pattern cannot backtrack without bound and runs without the clock.
_LEFT_CLUTTER = regex.compile(r"(?:[(（][^()（）]{0,12}[)）]|\[\d{1,2}\]|\s)++$")
_LAST_SENTENCE_BREAK = regex.compile(r"(?r)[。；;！？!?\n]")
_PUNCT_WORDS = frozenset('，,：:“”"「」（）()')
_LIST_JOINERS = regex.compile(r"\s*(?:、|和|及|与|以及|,|，)?\s*")
_CLUTTER_ENDS = frozenset(")）] \t\u3000")
_CUMULATIVE_CHARS = frozenset("累共计")  # in every word of cumulative.txt: the words are sought only then
#: 总数达到86家: a total with no name before it is the total of what the sentence named before
_NAMES_NOTHING_ALONE = frozenset({"总数", "总量", "总额", "数量"})
# a clause that is only 占…的 (比重为) before its figure: a share of the thing named before it
_SHARE_OF = regex.compile(r"占[^，,。；;的]{1,16}的(?:比重|比例)?(?:为|达到|达)?")
# 增速比1—9月加快0.3个百分点: the growth of the figure before it, compared
_RATE_CHANGE = regex.compile(r"(?:增速|增幅|涨幅|降幅)(?:比[^，,。；;]{1,12}?)?(?:加快|放缓|回落|提高|下降|扩大|收窄)")
_TOPIC_WINDOW = 8
_VOTE = regex.compile(r"(?:不同意|同意|赞成|反对|弃权)$")
_TIME_ONLY = regex.compile(r"(?:上|本|去|今|前|同)?[一二三四\d]*(?:年|年度|季|季度|月|月份|期)")
_TO_VALUE = regex.compile(
    r"(?:上升|下降|提高|回落|增加|减少|降低|扩大|缩小|升|降)?(?:至|到)(?:[^，,。；;至到]{1,12}的)?"
)


def _before_from(tokens: Sequence[Token]) -> int:
    """Where the words before 由 end in 失业率由一季度的(5.3%): the figure is the indicator's value
    at a time, named before 由; all the words when there is no such 由…的."""
    if tokens and tokens[-1].word == "的":
        for k in range(len(tokens) - 2, max(-1, len(tokens) - 10), -1):
            if tokens[k].word == "由":
                return k
            if tokens[k].word in _PUNCT_WORDS:
                break
    return len(tokens)


class SubjectReading(NamedTuple):  # a tuple: one for every figure, made fast
    """What the words around a figure say: what it counts, the change word, 累计, a closed list."""

    subject: str | None
    change: str | None  # "up" | "down"
    cumulative: bool
    enumerated: bool  # the figure closes a list ("……等弱势群体")


class Figure(NamedTuple):  # a tuple: one for every figure, made fast
    """A quantity that survived the exclusion rules, with what the words around it say."""

    quantity: Quantity
    info: SubjectReading


@dataclass(slots=True)
class _Reading:
    """One group of coordinated figures: its phrase and the subject of each figure."""

    members: list[int]
    phrase: Phrase
    subjects: Sequence[str | None]  # replaced, never changed in place: shared with the memo
    method: bool = False  # the figure ends a method clause (按平均汇率计算为): it names nothing
    left_start: int = 0  # where the words read before its first figure begin


class _Said(NamedTuple):  # a tuple: made for every group read
    """What the words of a group's windows say (shared by the groups whose windows read the same)."""

    phrase: Phrase  # never changed once read
    subjects: tuple[str | None, ...]
    method: bool
    cacheable: bool


class SubjectFinder:
    """Reads the words around each figure: subject, change word, cumulative marker."""

    def __init__(self, segmenter: Segmenter, vocab: Vocabulary) -> None:
        self.segmenter = segmenter
        self.words = Words.of(vocab, segmenter.extra_terms)
        self.targets = tuple(vocab.target_nouns)  # for str.endswith
        roles = vocab.subject_words
        self.passive, self.method_words, self.method_verbs = roles["passive"], roles["method"], roles["method_verb"]
        self.method_chars = frozenset("".join(self.method_words))  # the words are sought only then

    def attach(self, text: str, kept: Iterable[Quantity]) -> list[Figure]:
        """Each kept quantity (in document order) with what the words around it say."""
        quantities = list(kept)
        windows = [(g, *self._windows(text, quantities, g)) for g in _groups(text, quantities)]
        # every window segmented first, then read: the segmenter and the reader each run hot in
        # the processor's caches, where alternating them evicts both (about twice as slow)
        for _, _, (left, rights) in windows:
            self._tokens(left)
            for r in rights:
                self._tokens(r)
        memo: dict[tuple[tuple[str, tuple[str, ...]], str], _Said] = {}  # a report repeats its phrasing
        readings = [self._read_group(text, quantities, g, lo, key, memo) for g, lo, key in windows]
        for k, reading in enumerate(readings):
            if k and not any(reading.subjects):
                self._inherit(text, quantities, reading, readings, k)
            if not any(reading.subjects) and not reading.method:
                topic = self._topic(text, quantities[reading.members[0]], reading.left_start)
                reading.subjects = [topic] * len(reading.members)
        figures: list[Figure] = []
        for reading in readings:
            p = reading.phrase
            for i, subject in zip(reading.members, reading.subjects, strict=True):
                figures.append(Figure(quantities[i], SubjectReading(subject, p.change, p.cumulative, p.enumerated)))
        return figures

    @staticmethod
    def _windows(
        text: str, quantities: Sequence[Quantity], members: list[int]
    ) -> tuple[int, tuple[str, tuple[str, ...]]]:
        """Where a group's left window starts, and its windows: the words before its first figure
        and after each of its figures."""
        first = quantities[members[0]]
        lo = left_start(text, first, quantities[members[0] - 1] if members[0] else None)
        left = text[lo : max(lo, first.start)].replace("\n", "")  # qualifier words are passed over
        if left[-1:] in _CLUTTER_ENDS:
            left = _LEFT_CLUTTER.sub("", left)
        return lo, (left, tuple([right(text, quantities[i]) for i in members]))

    def _read_group(
        self,
        text: str,
        quantities: Sequence[Quantity],
        members: list[int],
        lo: int,
        key: tuple[str, tuple[str, ...]],
        memo: dict[tuple[tuple[str, tuple[str, ...]], str], _Said],
    ) -> _Reading:
        first = quantities[members[0]]
        if (said := memo.get((key, first.kind))) is None:
            said = self._read_words(text, first, *key)
            if said.cacheable:
                memo[key, first.kind] = said
        return _Reading(members, said.phrase, said.subjects, said.method, lo)

    def _read_words(self, text: str, first: Quantity, left: str, right_texts: tuple[str, ...]) -> _Said:
        """What the words of a group's windows say: a function of those words alone, except where
        a longer window after the first figure is read for the name it is given (被评为……)."""
        left_tokens = self._tokens(left)
        rights = [self._tokens(right) for right in right_texts]
        method = not self.method_chars.isdisjoint(left) and self._is_method(left_tokens)
        named_right = None  # 35家“暖心驿站”; 56名考入大学的困难职工子女; ……等6个项目
        if rights[0] and not method and not left.endswith("的"):
            named_right = phrase_after(rights[0], self.words, counts=first.kind)
        # the left phrase itself is read only when the right names nothing (its tail says change, 累计)
        named = left_tokens[: _before_from(left_tokens)] if "由" in left else left_tokens  # (由5.3%)下降至…的5.0%
        phrase = phrase_before(named, self.words, whole=named_right is None)
        if not phrase.cumulative and not _CUMULATIVE_CHARS.isdisjoint(left):
            phrase.cumulative = any(t.word in self.words.cumulative for t in left_tokens)
        qualifies = "占" in left and _SHARE_OF.fullmatch(left) is not None  # 占支出总额的31.4%: a share
        qualifies = qualifies or (left[:1] in "增涨降" and _RATE_CHANGE.fullmatch(left) is not None)
        qualifies = qualifies or (("至" in left or "到" in left) and _TO_VALUE.fullmatch(left) is not None)
        own = None if method or qualifies else named_right or self._own_subject(left, phrase, rights[0])
        if first.unit == "票" and (vote := _VOTE.search(left)) is not None:
            own = vote[0] + "票"  # 赞成168票，反对1票: the votes each way
        if own and own[-1] in "年度季月期份" and _TIME_ONLY.fullmatch(own):
            own = None  # 较112年增加2310亿元: a change against a time names no indicator (the figure before does)
        cacheable = True
        if own is None and rights[0] and rights[0][0].word in ("被", "获"):
            own = named_after(self._tokens(right(text, first, NAMING_WINDOW)), self.words)
            cacheable = False
        subjects: list[str | None] = [own]
        if len(rights) > 1:
            subjects += [phrase_after(r, self.words) or own for r in rights[1:]]
        if len(rights) > 1 and len(phrase.items) == len(rights) and own == phrase.text:
            subjects = list(distribute(phrase.item_texts(), [[t.word for t in item] for item in phrase.items]))
        return _Said(phrase, tuple(town_and_country(subjects) if len(subjects) == 2 else subjects), method, cacheable)

    def _own_subject(self, left: str, phrase: Phrase, right: Sequence[Token]) -> str | None:
        words = self.words
        after_de = left.endswith("的") and not _is_target(phrase, self.targets)
        if after_de and (subject := phrase_after(right, words, skip_scope=True)):
            return subject  # 坚守岗位的100多名快递小哥
        if left.endswith("的") and right and (subject := phrase_after(right, words)):
            return subject
        if phrase.items and not _is_target(phrase, self.targets):
            return None if _names_nothing(phrase) else _name(phrase)
        if right and right[0].word not in self.passive and not phrase.items:
            return phrase_after(right, words, skip_scope=True) or head_after_de(right, words)
        return None

    def _inherit(
        self, text: str, quantities: Sequence[Quantity], reading: _Reading, readings: list[_Reading], k: int
    ) -> None:
        """Figures naming nothing (reading `k`) take the subjects of the group before them in the
        sentence; a 分别 list of n figures, the subjects of the n figures before it (860家企业、
        12.6万名职工参赛，分别增加42家和1.1万名)."""
        prev = readings[k - 1]
        q, p = quantities[reading.members[0]], quantities[prev.members[-1]]
        if not any(prev.subjects) or not bounds.same_sentence(text, p.end, q.start):
            return
        n = len(reading.members)
        if n > 1 and len(prev.subjects) != n and "分别" in text[reading.left_start : q.start]:
            earlier = _last_subjects(readings, k, n)
            opens = quantities[earlier[0][0]].end
            if len(earlier) == n and all(s for _, s in earlier) and bounds.same_sentence(text, opens, q.start):
                reading.subjects = [s for _, s in earlier]
                return
        if q.kind != p.kind and "percent" not in (q.kind, p.kind):
            return
        if len(prev.subjects) == len(reading.subjects):
            reading.subjects = prev.subjects  # 面积和产量…，增长5.1%和4.6%
        else:
            reading.subjects = [prev.subjects[-1]] * len(reading.subjects)

    def _topic(self, text: str, q: Quantity, left_start: int) -> str | None:
        """The noun a sentence opens with in an earlier clause (研发投入持续加大，金额高达97.3亿元):
        a last resort."""
        m = _LAST_SENTENCE_BREAK.search(text, max(0, q.context_start - 120), q.context_start)
        lo = m.end() if m else max(0, q.context_start - 120)
        if lo >= left_start:
            return None  # the figure's own clause opens the sentence: it was read already
        tokens = self._tokens(text[lo : min(q.context_start, lo + _TOPIC_WINDOW)])
        k = 0
        while k < len(tokens) and not (tokens[k].nominal and tokens[k].word not in self.words.scope):
            if tokens[k].word in _PUNCT_WORDS or tokens[k].word in self.method_words:
                return None
            k += 1
        return phrase_after(tokens[k:], self.words)

    def _is_method(self, tokens: Sequence[Token]) -> bool:
        """按平均汇率计算为: the figure ends a method clause."""
        kept = [t.word for t in tokens]
        while kept and self.words.passed_over(kept[-1]):
            kept.pop()
        return bool(kept) and kept[-1] in self.method_verbs and any(w in self.method_words for w in kept)

    def _tokens(self, text: str) -> tuple[Token, ...]:
        return self.segmenter.phrase_tokens(text) if text else ()


def _last_subjects(readings: list[_Reading], k: int, n: int) -> list[tuple[int, str | None]]:
    """(quantity index, subject) of the last `n` figures of the readings before reading `k`."""
    out: list[tuple[int, str | None]] = []
    j = k - 1
    while j >= 0 and len(out) < n:
        out[:0] = zip(readings[j].members, readings[j].subjects, strict=True)
        j -= 1
    return out[-n:]


def _names_nothing(phrase: Phrase) -> bool:
    """A phrase of one word that names nothing alone (总数达到86家)."""
    items = phrase.items
    return len(items) == 1 and len(items[0]) == 1 and items[0][0].word in _NAMES_NOTHING_ALONE


def _groups(text: str, quantities: Sequence[Quantity]) -> list[list[int]]:
    """Runs of coordinated figures: only a joiner (、 和 及 与 ，) between one and the next."""
    groups: list[list[int]] = []
    for i, q in enumerate(quantities):
        gap = q.context_start - quantities[i - 1].context_end if i else 99
        if groups and gap <= 4 and _LIST_JOINERS.fullmatch(text, quantities[i - 1].context_end, q.context_start):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _name(phrase: Phrase) -> str:
    """A phrase as a subject: a lone quoted name without its marks; an activity without the
    objects listed before it (创新理论、先进事迹宣讲 -> 宣讲)."""
    last = phrase.items[-1]
    if len(phrase.items) > 1 and len(last) == 2 and last[-1].verb and not any(t.verb for t in phrase.items[0]):
        return last[-1].word
    text = phrase.text
    if len(phrase.items) == 1 and len(last) == 1 and last[0].flag == "quote":
        return text[1:-1]
    return text


def _is_target(phrase: Phrase, targets: tuple[str, ...]) -> bool:
    """完成全年指标任务的110.4%: a rate of fulfilment names the target, not what is counted."""
    return bool(phrase.items) and phrase.items[-1][-1].word.endswith(targets)
