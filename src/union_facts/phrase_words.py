"""The word lists the subject stage reads by, gathered once from the `Vocabulary`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .config import Vocabulary

#: Adverbs between a thing and its figure (已, 共, 将, 可望 …).
_ADVERBS = frozenset(
    {"了", "已", "均", "再", "又", "首次", "已经", "共", "将", "可望", "有望", "预计", "约", "拟", "原则上"}
)


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
    roles: Mapping[str, frozenset[str]]  # subject_words.tsv: head, forecast, whole_period, apposition, period_*
    #: Words between a thing and its figure: 达到, 累计, 约, 同比, 数量, 已 …
    passed: frozenset[str] = field(init=False)
    #: Words a phrase never reaches across: scope, acts, running totals.
    stops: frozenset[str] = field(init=False)
    heads: frozenset[str] = field(init=False)  # 金额: heads a name after a noun
    forecast: frozenset[str] = field(init=False)
    entities: frozenset[str] = field(init=False)  # 集团: the reporting entity before its indicator
    fillers: frozenset[str] = field(init=False)  # 现有: left out of a name (工作室现有成员 -> 工作室成员)
    whole_period: frozenset[str] = field(init=False)
    apposition: frozenset[str] = field(init=False)
    apposition_ends: frozenset[str] = field(init=False)  # the last words a label can be cut into
    period_ends: frozenset[str] = field(init=False)  # the last characters of the period units
    #: The ends of passed-over words (于 of 不少于, 超过 of 不超过): where the segmenter may have cut one
    passed_tails: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        passed = self.linking | self.cumulative | self.qualifiers | self.generic | set(self.changes) | _ADVERBS
        object.__setattr__(self, "passed", frozenset(passed))
        object.__setattr__(self, "passed_tails", frozenset(w[k:] for w in passed for k in range(1, len(w))))
        object.__setattr__(self, "stops", self.scope | self.predicates | self.cumulative)
        roles = self.roles
        for name, role in (
            ("heads", "head"),
            ("forecast", "forecast"),
            ("whole_period", "whole_period"),
            ("entities", "entity"),
            ("fillers", "filler"),
        ):
            object.__setattr__(self, name, roles[role])
        object.__setattr__(self, "apposition", roles["apposition"])
        object.__setattr__(
            self, "apposition_ends", frozenset(w[k:] for w in roles["apposition"] for k in range(len(w)))
        )
        object.__setattr__(self, "period_ends", frozenset(w[-1] for w in roles["period_unit"]))

    @staticmethod
    def of(v: Vocabulary, extra_terms: Iterable[str] = ()) -> Words:
        """The chunker's words from the vocabulary `v`; `extra_terms` (the caller's) count as domain terms."""
        return Words(
            v.scope, v.linking, v.cumulative, v.changes, frozenset(v.qualifiers["before"]),
            v.subject_words["enumeration"], v.predicates, v.modifier_verbs, v.purpose_verbs, v.generic_nouns,
            v.naming_words, v.org_suffixes, frozenset(w for w, _, _ in v.domain_terms) | frozenset(extra_terms),
            v.subject_words,
        )  # fmt: skip

    def passed_over(self, word: str) -> bool:
        """A word between a thing and its figure (达到, 累计, 约 …)."""
        return word in self.passed

    def passes(self, word: str) -> bool:
        """A passed-over word, or two run together (同比增加 is one word to jieba)."""
        if word in self.passed:
            return True
        passed = self.passed
        for k in range(1, len(word)):  # noqa: SIM110 (a loop, not any(): no generator for every word read)
            if word[:k] in passed and word[k:] in passed:
                return True
        return False

    def change_in(self, word: str) -> str | None:
        """The direction of the change word `word` is or ends with (同比增加, one word to jieba)."""
        changes = self.changes
        for k in range(len(word)):
            if (part := word[k:]) in changes:
                return changes[part]
        return None
