"""The vocabularies in ``data/``, loaded once: units, qualifiers, exclusions, domain terms.

Each file holds one entry a line (``#`` starts a comment). Users extend them through
``Extractor(extra_units=..., domain_terms=...)`` rather than by editing code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import get_args

import regex

from .models import Kind, Qualifier, Status

KINDS = frozenset(get_args(Kind))
STATUSES = frozenset(get_args(Status))
BASES = frozenset({"previous_year", "previous_period"})
QUALIFIERS = frozenset(get_args(Qualifier))
POSITIONS = ("before", "inside", "after")
ROLES = frozenset({"bound", "numeral"})  # qualifiers.tsv's fourth column
CHROME_VALUES = frozenset({"name", "date", "number", "text", "title", "crumbs", "none"})  # chrome_labels.tsv
_ROLE_NAMES = "enumeration method method_verb passive head forecast whole_period apposition period_unit period_prefix"
_ROLE_NAMES += " entity filler"
SUBJECT_ROLES = frozenset(_ROLE_NAMES.split())  # subject_words.tsv


class VocabularyError(ValueError):
    """A row of a vocabulary file (or an ``extra_*`` option) that cannot be read; says which and why."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit or measure word: as written, its canonical form, its kind and currency."""

    written: str
    canonical: str
    kind: Kind
    currency: str | None = None


def _read(name: str) -> str:
    return resources.files("union_facts.data").joinpath(name).read_text(encoding="utf-8")


def _numbered(name: str) -> list[tuple[int, str]]:
    """(line number, line) of the entries of a data file: blank lines and ``#`` comments skipped."""
    text = _read(name)
    return [(i, ln.rstrip("\n")) for i, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.startswith("#")]


def _lines(name: str) -> list[str]:
    return [ln for _, ln in _numbered(name)]


def _rows(name: str, lo: int = 1, hi: int = 99) -> list[list[str]]:
    """The tab-separated rows of a data file, each checked to have `lo` to `hi` columns."""
    rows = []
    for i, ln in _numbered(name):
        row = ln.split("\t")
        if not lo <= len(row) <= hi or not all(row[:lo]):
            want = f"{lo}" if lo == hi else f"{lo} to {hi}"
            raise VocabularyError(f"{name}:{i}: expected {want} tab-separated columns, got {len(row)}: {ln!r}")
        rows.append(row)
    return rows


def check(where: str, value: str, allowed: frozenset[str] | tuple[str, ...], what: str) -> None:
    """Raise a `VocabularyError` naming `where` unless `value` is one of `allowed`."""
    if value not in allowed:
        raise VocabularyError(f"{where}: {what} must be one of {', '.join(sorted(allowed))}, not {value!r}")


def check_pattern(where: str, pattern: str) -> None:
    """Raise a `VocabularyError` naming `where` unless `pattern` compiles."""
    try:
        regex.compile(pattern, regex.V1)
    except regex.error as exc:
        raise VocabularyError(f"{where}: not a valid pattern ({exc}): {pattern!r}") from None


@cache
def units() -> tuple[Unit, ...]:
    """units.tsv: written, canonical, kind[, currency]."""
    out = []
    for (i, _), r in zip(_numbered("units.tsv"), _rows("units.tsv", 3, 4), strict=True):
        check(f"units.tsv:{i}", r[2], KINDS, "the kind")
        out.append(Unit(r[0], r[1], r[2], (r[3] or None) if len(r) > 3 else None))  # type: ignore[arg-type]
    return tuple(out)


@cache
def qualifier_rows() -> tuple[tuple[str, str, Qualifier, str], ...]:
    """qualifiers.tsv: word, position (before/inside/after), qualifier, role ('' or bound/numeral)."""
    out = []
    for (i, _), r in zip(_numbered("qualifiers.tsv"), _rows("qualifiers.tsv", 3, 4), strict=True):
        check(f"qualifiers.tsv:{i}", r[1], POSITIONS, "the position")
        check(f"qualifiers.tsv:{i}", r[2], QUALIFIERS, "the qualifier")
        role = r[3] if len(r) > 3 else ""
        if role:
            check(f"qualifiers.tsv:{i}", role, ROLES, "the role")
        out.append((r[0], r[1], r[2], role))
    return tuple(out)  # type: ignore[arg-type]


@cache
def qualifiers() -> dict[str, dict[str, Qualifier]]:
    """Qualifier words by position: ``{"before": {"近": "nearly"}, "inside": ..., "after": ...}``."""
    table: dict[str, dict[str, Qualifier]] = {where: {} for where in POSITIONS}
    for word, where, qualifier, _ in qualifier_rows():
        table[where][word] = qualifier
    return table


@cache
def changes() -> dict[str, str]:
    """changes.tsv: the word before a figure and the direction it gives (up/down)."""
    out = {}
    for (i, _), (word, direction) in zip(_numbered("changes.tsv"), _rows("changes.tsv", 2, 2), strict=True):
        check(f"changes.tsv:{i}", direction, ("down", "up"), "the direction")
        out[word] = direction
    return out


@cache
def change_bases() -> dict[str, str]:
    """change_bases.tsv: words naming what a change is measured against (比上年 -> previous_year), longest first."""
    out = {}
    for (i, _), (word, basis) in zip(_numbered("change_bases.tsv"), _rows("change_bases.tsv", 2, 2), strict=True):
        check(f"change_bases.tsv:{i}", basis, BASES, "the basis")
        out[word] = basis
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


@cache
def statuses() -> dict[str, Status]:
    """statuses.tsv: words marking a figure as planned (target) or expected (forecast), longest
    first; an ``actual`` entry is a noun that only looks like a plan (计划生育) or a report against
    one (实际)."""
    out = {}
    for (i, _), (word, status) in zip(_numbered("statuses.tsv"), _rows("statuses.tsv", 2, 2), strict=True):
        check(f"statuses.tsv:{i}", status, STATUSES, "the status")
        out[word] = status
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))  # type: ignore[arg-type]


@cache
def cumulative_words() -> frozenset[str]:
    """cumulative.txt: words marking a running total (累计, 共)."""
    return frozenset(_lines("cumulative.txt"))


@cache
def linking_words() -> frozenset[str]:
    """linking_words.txt: words between a subject and its figure (达, 为 …)."""
    return frozenset(_lines("linking_words.txt"))


@cache
def exclusions() -> tuple[tuple[str, str], ...]:
    """(reason, pattern) pairs: a figure overlapping a match is not a claim."""
    rows = _rows("exclusions.tsv", 2, 2)
    for (i, _), (reason, pattern) in zip(_numbered("exclusions.tsv"), rows, strict=True):
        check_reason(f"exclusions.tsv:{i}", reason)
        check_pattern(f"exclusions.tsv:{i}", pattern)
    return tuple((r[0], r[1]) for r in rows)


def check_reason(where: str, reason: str) -> None:
    """Raise a `VocabularyError` unless `reason` can name a pattern group (letters, digits, _)."""
    if not reason.isidentifier() or "__" in reason:
        raise VocabularyError(f"{where}: a reason is a word of letters, digits and single _, not {reason!r}")


@cache
def slogans() -> tuple[str, ...]:
    """slogans.txt: set phrases whose numerals count nothing (三个代表)."""
    return tuple(_lines("slogans.txt"))


@cache
def period_patterns() -> tuple[str, ...]:
    """periods.txt: patterns of the time scope a figure is stated for."""
    for i, ln in _numbered("periods.txt"):
        check_pattern(f"periods.txt:{i}", ln)
    return tuple(_lines("periods.txt"))


@cache
def chrome_labels() -> tuple[tuple[str, str], ...]:
    """(label, value kind) of page-chrome fields: "来源" takes a name, "电话" a number."""
    rows = _rows("chrome_labels.tsv", 2, 2)
    for (i, _), (_, kind) in zip(_numbered("chrome_labels.tsv"), rows, strict=True):
        check(f"chrome_labels.tsv:{i}", kind, CHROME_VALUES, "the value kind")
    return tuple((label, kind) for label, kind in rows)


@cache
def chrome_roles() -> tuple[str, ...]:
    """Byline role words taking a name without a colon: 记者, 通讯员."""
    return tuple(_lines("chrome_roles.txt"))


@cache
def chrome_markers() -> tuple[str, ...]:
    """Page widgets and footer words that are a field on their own: 返回顶部, 相关推荐."""
    return tuple(_lines("chrome_markers.txt"))


@cache
def domain_terms() -> tuple[tuple[str, int, str], ...]:
    """domain_terms.txt: word [frequency] [part of speech] for the segmenter."""
    rows = []
    for i, ln in _numbered("domain_terms.txt"):
        word, freq, pos, *rest = [*ln.split(), "", ""]
        if rest[2:] or (freq and not freq.isdecimal()):
            raise VocabularyError(f"domain_terms.txt:{i}: expected 'word [frequency] [tag]', got {ln!r}")
        rows.append((word, int(freq or 2000), pos or "n"))
    return tuple(rows)


@cache
def scope_words() -> frozenset[str]:
    """scope_words.txt: words scoping a figure (全市, 其中) that are never its subject."""
    return frozenset(_lines("scope_words.txt"))


@cache
def tag_corrections() -> dict[str, str]:
    """tags.tsv: words whose part-of-speech tag reports use otherwise than jieba's dictionary."""
    return {word: tag for word, tag in _rows("tags.tsv", 2, 2)}


@cache
def spam_exceptions() -> tuple[str, ...]:
    """spam_exceptions.txt: words holding an advert word that are no advert (博彩业)."""
    return tuple(_lines("spam_exceptions.txt"))


@cache
def spam_markers() -> tuple[str, ...]:
    """spam_markers.txt: advert words; a figure in their clause is not a claim."""
    return tuple(_lines("spam_markers.txt"))


@cache
def subject_words() -> dict[str, frozenset[str]]:
    """subject_words.tsv: the closed word sets of the subject stage, by role."""
    table: dict[str, set[str]] = {role: set() for role in SUBJECT_ROLES}
    for (i, _), (word, role) in zip(_numbered("subject_words.tsv"), _rows("subject_words.tsv", 2, 2), strict=True):
        check(f"subject_words.tsv:{i}", role, SUBJECT_ROLES, "the role")
        table[role].add(word)
    return {role: frozenset(words) for role, words in table.items()}


@cache
def structure_words(name: str) -> tuple[str, ...]:
    """A page-structure vocabulary: title_labels, doc_types, section_names, related_markers,
    stage_directions, salutations, topic_followers, clause_openers, furniture (patterns)."""
    return tuple(_lines(f"{name}.txt"))


@cache
def word_set(name: str) -> frozenset[str]:
    """A subject-reader word list, `name`.txt: predicate_words (发放), modifier_verbs (参保), purpose_verbs
    (帮扶), generic_nouns (数量, 大关), naming_words (评为), target_nouns (任务, 指标)."""
    return frozenset(_lines(f"{name}.txt"))


@cache
def org_suffixes() -> tuple[str, ...]:
    """org_suffixes.txt: endings of organisation names: an agent, never what is counted."""
    return tuple(_lines("org_suffixes.txt"))


@cache
def currency_prefixes() -> tuple[Unit, ...]:
    """Currency words and symbols written before the number (人民币4元, US$20)."""
    return tuple(Unit(r[0], r[1], "money", r[2]) for r in _rows("currencies.tsv"))


@cache
def tenths_exceptions() -> tuple[str, ...]:
    """Words starting with 成 or 折 that say nothing of tenths after a digit (一成不变, 折合)."""
    return tuple(_lines("tenths_exceptions.txt"))


@cache
def addresses() -> tuple[tuple[str, str], ...]:
    """(reason, pattern) pairs sought over the whole document: URLs, e-mail, file names, escapes."""
    return tuple((r[0], r[1]) for r in _rows("addresses.tsv"))


@cache
def people_nouns() -> tuple[str, ...]:
    """Nouns naming people: 1.2万职工 counts 人 though no measure word is written."""
    return tuple(_lines("people_nouns.txt"))
