"""The Extractor: wires normalise -> structure -> quantities -> exclusions -> subjects -> records."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from . import timed_regex as regex
from . import vocabulary
from .config import Config
from .exclusions import Exclusions
from .models import Claim, Report, Section
from .normalize import Normalized, normalize
from .quantities import QuantityFinder, Rejection
from .records import RecordBuilder, drain
from .segmenter import Segmenter
from .structure import Layout, LayoutReader
from .subjects import SubjectFinder

T = TypeVar("T")


class ExtractionTimeout(RuntimeError):
    """A pattern ran past the extractor's time limit on this input."""


@contextmanager
def time_limit(timeout: float | None, text: str) -> Iterator[None]:
    """Run the block with `timeout` on every pattern; a timeout is an `ExtractionTimeout` naming the input."""
    try:
        with regex.time_limit(timeout):
            yield
    except TimeoutError as exc:
        raise ExtractionTimeout(f"a pattern ran over {timeout} s on this input ({len(text)} chars)") from exc


def _time_limited(method: Callable[..., T]) -> Callable[..., T]:
    """Run an `Extractor` method on a text, type checked, under the extractor's time limit."""

    @functools.wraps(method)
    def limited(self: Extractor, text: str, *args: Any, **kwargs: Any) -> T:
        _check_text(text)
        with time_limit(self.timeout, text):
            return method(self, text, *args, **kwargs)

    return limited


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document through every stage: what `extract`, `rejections` and `account` all read."""

    norm: Normalized
    layout: Layout
    rejected: list[Rejection]  # normalised offsets: the grammar's rejections, then the exclusions'
    report: Report

    def rejections(self) -> list[Rejection]:
        """The rejections, with offsets into the input."""
        return [Rejection(*self.norm.span(r.start, r.end), r.reason) for r in self.rejected]


class Extractor:
    """Holds a `Config` and the resources it loads; build once, call `extract` many times.

    ``Extractor(**options)`` takes the fields of `Config` (``extra_units``, ``domain_terms``,
    ``headline_patterns``, ``timeout``), or ``Extractor(config)`` a ready one.
    """

    def __init__(self, config: Config | None = None, /, **options: Any) -> None:
        if config is not None and options:
            raise TypeError("Extractor() takes a Config or options, not both")
        self.config = config if config is not None else Config(**options)
        self.finder = QuantityFinder([*vocabulary.units(), *self.config.units()])
        self.layout_reader = LayoutReader(self.config.headline_patterns)
        self.segmenter = Segmenter(self.config.domain_terms)
        self.exclusions = Exclusions(self.segmenter)
        self.subjects = SubjectFinder(self.segmenter)
        self.records = RecordBuilder()

    @property
    def timeout(self) -> float | None:
        """Seconds any one pattern may run on one input."""
        return self.config.timeout

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its configuration: each worker process builds it once (see `extractor_for`)."""
        return (extractor_for, (self.config,))

    def warm_up(self) -> Extractor:
        """Load the segmenter's dictionary now rather than on the first figure."""
        self.segmenter.warm_up()
        normalize("預熱")
        return self

    def extract(self, text: str) -> Report:
        """Metadata, sections and claims of one document."""
        return self._analyse(text, rejections=False).report

    def extract_claims(self, text: str) -> list[Claim]:
        """The claims of one document, in document order."""
        return self.extract(text).claims

    def extract_headlines(self, text: str) -> list[Section]:
        """The sections of one document that open with a headline."""
        return [s for s in self.extract(text).sections if s.headline is not None]

    def rejections(self, text: str) -> list[Rejection]:
        """Every number-like span the grammar saw but did not keep, with the reason."""
        return self._analyse(text, rejections=True).rejections()

    def analyse(self, text: str) -> Analysis:
        """Run every stage once: the report, and what was rejected on the way."""
        return self._analyse(text, rejections=True)

    @_time_limited
    def _analyse(self, text: str, *, rejections: bool) -> Analysis:
        """The stages in order; without `rejections` they are dropped before the records are built
        (a 10 MB page rejects tens of thousands of spans)."""
        norm = normalize(text)
        layout = self.layout_reader.read(norm.text)
        if not text.strip():
            return Analysis(norm, layout, [], Report(text=text))
        quantities, rejected = self.finder.find(norm.text)
        kept, excluded = self.exclusions.split(norm.text, quantities, layout)
        rejected = rejected + excluded if rejections else []
        del quantities, excluded
        kept = self.finder.with_distant_qualifiers(norm.text, kept)
        figures = self.subjects.attach(norm.text, drain(kept))
        return Analysis(norm, layout, rejected, self.records.report(text, norm, layout, figures))


def _check_text(text: object) -> None:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError("extract() takes str, not bytes: decode first, e.g. union_facts.read_text(data)")
    if isinstance(text, os.PathLike):
        fix = f"read it first, e.g. union_facts.read_text({os.fspath(text)!r})"
        raise TypeError(f"extract() takes the text, not a path: {fix}")
    if not isinstance(text, str):
        raise TypeError(f"extract() takes str, not {type(text).__name__}: pass the document's text")


_default: Extractor | None = None
_built: dict[Config, Extractor] = {}
_lock = threading.Lock()


def default_extractor() -> Extractor:
    """The extractor of the default configuration, built on the first call."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Extractor()
    return _default


def extractor_for(config: Config) -> Extractor:
    """The extractor of this configuration in this process, made on the first call only.

    Unpickling an `Extractor` calls this, so a worker that receives one with every task (dask,
    Spark) builds it once; the default configuration is `default_extractor()` itself.
    """
    if config == Config():
        return default_extractor()
    with _lock:
        if (ex := _built.get(config)) is None:
            ex = _built[config] = Extractor(config)
    return ex
