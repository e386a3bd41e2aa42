"""The vocabularies in ``data/``, loaded once: units, qualifiers, exclusions, domain terms.

Each file holds one entry a line (``#`` starts a comment). Users extend them through
``Extractor(extra_units=..., domain_terms=...)`` rather than by editing code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from .models import Kind, Qualifier


@dataclass(frozen=True, slots=True)
class Unit:
    written: str
    canonical: str
    kind: Kind
    currency: str | None = None


def _lines(name: str) -> list[str]:
    text = resources.files("union_facts.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _rows(name: str) -> list[list[str]]:
    return [ln.split("\t") for ln in _lines(name)]


@cache
def units() -> tuple[Unit, ...]:
    return tuple(Unit(r[0], r[1], r[2], (r[3] or None) if len(r) > 3 else None) for r in _rows("units.tsv"))  # type: ignore[arg-type]


@cache
def qualifiers() -> dict[str, dict[str, Qualifier]]:
    """Qualifier words by position: ``{"before": {"近": "nearly"}, "inside": ..., "after": ...}``."""
    table: dict[str, dict[str, Qualifier]] = {"before": {}, "inside": {}, "after": {}}
    for word, where, qualifier in _rows("qualifiers.tsv"):
        table[where][word] = qualifier  # type: ignore[assignment]
    return table


@cache
def changes() -> dict[str, str]:
    return {word: direction for word, direction in _rows("changes.tsv")}


@cache
def cumulative_words() -> frozenset[str]:
    return frozenset(_lines("cumulative.txt"))


@cache
def linking_words() -> frozenset[str]:
    return frozenset(_lines("linking_words.txt"))


@cache
def exclusions() -> tuple[tuple[str, str], ...]:
    """(reason, pattern) pairs: a figure overlapping a match is not a claim."""
    return tuple((r[0], r[1]) for r in _rows("exclusions.tsv"))


@cache
def slogans() -> tuple[str, ...]:
    return tuple(_lines("slogans.txt"))


@cache
def period_patterns() -> tuple[str, ...]:
    return tuple(_lines("periods.txt"))


@cache
def chrome_labels() -> tuple[tuple[str, str], ...]:
    """(label, value kind) of page-chrome fields: "来源" takes a name, "电话" a number."""
    return tuple((r[0], r[1]) for r in _rows("chrome_labels.tsv"))


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
    rows = []
    for ln in _lines("domain_terms.txt"):
        word, freq, pos = ([*ln.split(), "", ""])[:3]
        rows.append((word, int(freq or 2000), pos or "n"))
    return tuple(rows)


@cache
def scope_words() -> frozenset[str]:
    return frozenset(_lines("scope_words.txt"))


@cache
def tag_corrections() -> dict[str, str]:
    return {word: tag for word, tag in _rows("tags.tsv")}


@cache
def spam_markers() -> tuple[str, ...]:
    return tuple(_lines("spam_markers.txt"))


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
