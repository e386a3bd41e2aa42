"""One frozen `Config` (every option of an `Extractor`) and the `Vocabulary` handed to every stage.

The vocabulary is read once from ``data/`` (one entry a line, every row checked on load) and
extended by the ``extra_*`` options; a stage is given one and reads its words from it only, so a
test can hand a stage a tiny vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType

from . import vocabulary as files
from .models import Qualifier, Status
from .vocabulary import POSITIONS, QUALIFIERS, Unit, VocabularyError, check, check_pattern, check_reason


@dataclass(frozen=True, slots=True)
class Config:
    """The options of an `Extractor` (``Extractor(**options)`` builds one; sequences become tuples).

    Args:
        extra_units: more units or measure words. A string is a count word ("盏"); a `Unit`
            sets the canonical form, kind and currency.
        extra_qualifiers: more qualifier words, as ``(word, position, qualifier)``: position
            ``before`` the number, ``inside`` it or ``after`` the unit; qualifier ``approx``,
            ``nearly``, ``over``, ``at_least``, ``under``, ``each`` or ``exact``.
        extra_exclusions: more figures that are not claims, as ``(reason, pattern)``: a figure
            overlapping a match of the pattern is rejected with that reason.
        extra_slogans: more slogans whose numerals count nothing ("三个一").
        extra_spam_markers: more advert words; a figure in their clause is not a claim.
        extra_changes: more change words before a figure, as ``(word, "up" | "down")``.
        extra_cumulative_words: more words marking a running total (累计).
        extra_linking_words: more words that may stand between a subject and its figure (达).
        extra_scope_words: more words scoping a figure that never name what it counts (全市).
        extra_periods: more patterns of the time scope a figure is stated for.
        domain_terms: words for the segmenter, so subjects such as "爱心驿站" stay whole.
        headline_patterns: regexes matched at the start of a body line; the group named
            ``text`` (or the whole match) is a headline.
        timeout: seconds any one pattern may run on one input before `ExtractionTimeout`.
    """

    extra_units: Sequence[str | Unit] = ()
    extra_qualifiers: Sequence[tuple[str, str, str]] = ()
    extra_exclusions: Sequence[tuple[str, str]] = ()
    extra_slogans: Sequence[str] = ()
    extra_spam_markers: Sequence[str] = ()
    extra_changes: Sequence[tuple[str, str]] = ()
    extra_cumulative_words: Sequence[str] = ()
    extra_linking_words: Sequence[str] = ()
    extra_scope_words: Sequence[str] = ()
    extra_periods: Sequence[str] = ()
    domain_terms: Sequence[str] = ()
    headline_patterns: Sequence[str] = ()
    timeout: float | None = 10.0

    def __post_init__(self) -> None:
        for name in _SEQUENCES:  # any iterable in, a tuple kept: hashable, and equal options compare equal
            object.__setattr__(self, name, tuple(getattr(self, name)))
        for name in ("extra_qualifiers", "extra_exclusions", "extra_changes"):
            object.__setattr__(self, name, tuple(tuple(row) for row in getattr(self, name)))

    def units(self) -> list[Unit]:
        """The extra units, a bare word made a count word."""
        return [u if isinstance(u, Unit) else Unit(u, u, "count") for u in self.extra_units]


_SEQUENCES = tuple(f for f in Config.__dataclass_fields__ if f != "timeout")


@dataclass(frozen=True, slots=True, eq=False)
class Vocabulary:
    """Every word list of the pipeline, loaded once; `default()` is the one in ``data/``."""

    units: tuple[Unit, ...]
    qualifiers: Mapping[str, Mapping[str, Qualifier]]  # position -> word -> qualifier
    bound_words: frozenset[str]  # bound a figure even a short verb away: 至少开展2次
    numeral_words: frozenset[str]  # part of the numeral they precede: 上万, 数十
    changes: Mapping[str, str]  # word -> up / down
    cumulative: frozenset[str]
    linking: frozenset[str]
    scope: frozenset[str]
    subject_words: Mapping[str, frozenset[str]]  # role (enumeration, method, head, forecast …) -> words
    # the noun-phrase chunker's word lists (issue 12): see each file's opening comment
    predicates: frozenset[str]  # verbs acting on what is counted: 发放
    modifier_verbs: frozenset[str]  # verbs kept at the head of a subject: 参保
    purpose_verbs: frozenset[str]  # what money or goods are for: 帮扶
    generic_nouns: frozenset[str]  # name nothing by themselves: 数量, 大关
    naming_words: frozenset[str]  # give a sub-count its own name: 评为
    target_nouns: frozenset[str]  # what a completion rate is measured against: 任务
    org_suffixes: tuple[str, ...]  # an agent, never what is counted: 总工会
    # the values' word lists (issue 13)
    currencies: tuple[Unit, ...]  # written before the number: 人民币, US$
    tenths_exceptions: tuple[str, ...]  # 成/折 words saying nothing of tenths: 一成不变, 折合
    addresses: tuple[tuple[str, str], ...]  # (reason, pattern) sought over the whole text: URLs
    people_nouns: tuple[str, ...]  # 1.2万职工 counts 人
    exclusions: tuple[tuple[str, str], ...]  # (reason, pattern)
    slogans: tuple[str, ...]
    spam_markers: tuple[str, ...]
    periods: tuple[str, ...]  # patterns
    # page chrome (the structure stage still reads these from vocabulary.py; it can take them from here)
    chrome_labels: tuple[tuple[str, str], ...]  # (label, value kind): 来源 takes a name, 电话 a number
    chrome_roles: tuple[str, ...]  # byline roles taking a name without a colon: 记者
    chrome_markers: tuple[str, ...]  # page widgets and footer words: 返回顶部
    domain_terms: tuple[tuple[str, int, str], ...] = field(default=())  # (word, frequency, tag)
    tags: Mapping[str, str] = field(default_factory=dict)  # word -> part of speech
    statuses: Mapping[str, Status] = field(default_factory=dict)  # word -> target / forecast / actual
    change_bases: Mapping[str, str] = field(default_factory=dict)  # word -> previous_year / previous_period

    @staticmethod
    @cache
    def default() -> Vocabulary:
        """The vocabulary of ``data/``, read and checked once per process."""
        rows = files.qualifier_rows()
        return Vocabulary(
            units=files.units(),
            qualifiers=_frozen(files.qualifiers()),
            bound_words=frozenset(w for w, _, _, role in rows if role == "bound"),
            numeral_words=frozenset(w for w, _, _, role in rows if role == "numeral"),
            changes=MappingProxyType(files.changes()),
            cumulative=files.cumulative_words(),
            linking=files.linking_words(),
            scope=files.scope_words(),
            subject_words=MappingProxyType(files.subject_words()),
            predicates=files.word_set("predicate_words"),
            modifier_verbs=files.word_set("modifier_verbs"),
            purpose_verbs=files.word_set("purpose_verbs"),
            generic_nouns=files.word_set("generic_nouns"),
            naming_words=files.word_set("naming_words"),
            target_nouns=files.word_set("target_nouns"),
            org_suffixes=files.org_suffixes(),
            currencies=files.currency_prefixes(),
            tenths_exceptions=files.tenths_exceptions(),
            addresses=files.addresses(),
            people_nouns=files.people_nouns(),
            exclusions=files.exclusions(),
            slogans=files.slogans(),
            spam_markers=files.spam_markers(),
            periods=files.period_patterns(),
            chrome_labels=files.chrome_labels(),
            chrome_roles=files.chrome_roles(),
            chrome_markers=files.chrome_markers(),
            domain_terms=files.domain_terms(),
            tags=MappingProxyType(files.tag_corrections()),
            statuses=MappingProxyType(files.statuses()),
            change_bases=MappingProxyType(files.change_bases()),
        )

    def extended(self, config: Config) -> Vocabulary:
        """This vocabulary with the ``extra_*`` words of `config` (each checked like a data row)."""
        for i, (reason, pattern) in enumerate(_pairs(config.extra_exclusions, "extra_exclusions", "(reason, pattern)")):
            check_reason(f"extra_exclusions[{i}]", reason)
            check_pattern(f"extra_exclusions[{i}]", pattern)
        for i, (_, direction) in enumerate(_pairs(config.extra_changes, "extra_changes", "(word, direction)")):
            check(f"extra_changes[{i}]", direction, ("down", "up"), "the direction")
        for i, pattern in enumerate(config.extra_periods):
            check_pattern(f"extra_periods[{i}]", pattern)
        return replace(
            self,
            units=self.units + tuple(config.units()),
            qualifiers=self._qualifiers_with(config.extra_qualifiers),
            exclusions=self.exclusions + tuple((r[0], r[1]) for r in config.extra_exclusions),
            slogans=self.slogans + tuple(config.extra_slogans),
            spam_markers=self.spam_markers + tuple(config.extra_spam_markers),
            changes=MappingProxyType({**self.changes, **dict(config.extra_changes)}),
            cumulative=self.cumulative | frozenset(config.extra_cumulative_words),
            linking=self.linking | frozenset(config.extra_linking_words),
            scope=self.scope | frozenset(config.extra_scope_words),
            periods=self.periods + tuple(config.extra_periods),
        )

    def _qualifiers_with(self, rows: Sequence[tuple[str, str, str]]) -> Mapping[str, Mapping[str, Qualifier]]:
        qualifiers = {where: dict(words) for where, words in self.qualifiers.items()}
        for i, row in enumerate(rows):
            if len(row) != 3:
                raise VocabularyError(f"extra_qualifiers[{i}]: expected (word, position, qualifier), got {row!r}")
            word, where, qualifier = row
            check(f"extra_qualifiers[{i}]", where, POSITIONS, "the position")
            check(f"extra_qualifiers[{i}]", qualifier, QUALIFIERS, "the qualifier")
            qualifiers[where][word] = qualifier  # type: ignore[assignment]
        return _frozen(qualifiers)


def _pairs(rows: Sequence[tuple[str, str]], name: str, shape: str) -> Sequence[tuple[str, str]]:
    """`rows`, each checked to be a pair."""
    for i, row in enumerate(rows):
        if len(row) != 2:
            raise VocabularyError(f"{name}[{i}]: expected {shape}, got {row!r}")
    return rows


def _frozen(table: Mapping[str, Mapping[str, Qualifier]]) -> Mapping[str, Mapping[str, Qualifier]]:
    return MappingProxyType({where: MappingProxyType(dict(words)) for where, words in table.items()})
