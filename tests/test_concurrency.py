"""Many threads at once: the default Extractor, and a fresh one whose lazy loading races."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

import union_facts
from union_facts import Extractor, extractor, normalize, segmenter

from .conftest import dev_documents, needs_dev_set

THREADS = 8


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Switch threads as often as the interpreter allows, so that races show."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


@pytest.fixture
def build_counts(monkeypatch) -> dict[str, int]:
    """How often the segmenter's lexicon (built, or read from its disk cache) and the script
    converter get loaded."""
    import opencc

    counts = {"segmenter": 0, "converter": 0}
    load, make_converter = segmenter.dictionary_cache.load, opencc.OpenCC

    def counted_load(*args, **kwargs):
        counts["segmenter"] += 1
        return load(*args, **kwargs)

    class CountedOpenCC:
        def __init__(self, config: str) -> None:
            counts["converter"] += 1
            self._converter = make_converter(config)

        def convert(self, text: str) -> str:
            return self._converter.convert(text)

    monkeypatch.setattr(segmenter.dictionary_cache, "load", counted_load)
    monkeypatch.setattr(normalize, "_converter", None)
    monkeypatch.setattr("opencc.OpenCC", CountedOpenCC)
    return counts


def in_threads(work: Callable[[int], list[str]]) -> list[list[str]]:
    """Run work(i) in THREADS threads released together."""
    barrier = threading.Barrier(THREADS)

    def run(i: int) -> list[str]:
        barrier.wait()
        return work(i)

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(run, range(THREADS)))


@needs_dev_set
def test_a_fresh_extractor_in_eight_threads_matches_a_serial_run(busy_switching, build_counts):
    docs = [text for _, text in dev_documents()]
    fresh = Extractor()  # nothing loaded yet: the first calls race to load the dictionary
    results = in_threads(lambda i: [fresh.extract(t).model_dump_json() for t in docs[i:] + docs[:i]])
    assert build_counts == {"segmenter": 1, "converter": 1}
    serial_extractor = Extractor()
    serial = [serial_extractor.extract(t).model_dump_json() for t in docs]
    for i, got in enumerate(results):
        assert got == serial[i:] + serial[:i], f"thread {i}"


@needs_dev_set
def test_the_default_extractor_is_built_once_under_a_race(busy_switching, build_counts, monkeypatch):
    docs = [text for _, text in dev_documents()]
    monkeypatch.setattr(extractor, "_default", None)
    results = in_threads(lambda i: [union_facts.extract(t).model_dump_json() for t in docs[i:] + docs[:i]])
    assert build_counts == {"segmenter": 1, "converter": 1}
    serial = [union_facts.extract(t).model_dump_json() for t in docs]
    for i, got in enumerate(results):
        assert got == serial[i:] + serial[:i], f"thread {i}"


def test_time_limits_stay_with_their_thread():
    """Two extractors with different time limits, side by side: each keeps its own."""
    slow = Extractor(headline_patterns=[r"^(?P<text>(?:工|工工)+)$"], timeout=0.3)
    text = "导语，一段正文，说明情况。\n" + "工" * 80 + "！\n全市建成驿站30家。"
    plain = union_facts.default_extractor()

    def work(i: int) -> list[str]:
        if i % 2:
            try:
                slow.extract(text)
            except union_facts.ExtractionTimeout:
                return ["timeout"]
            return ["no timeout"]
        return [c.surface for c in plain.extract("全市建成驿站30家，服务职工2万人次。").claims]

    results = in_threads(work)
    assert results == [["30家", "2万人次"], ["timeout"]] * (THREADS // 2)
