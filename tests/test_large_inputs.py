"""Large inputs: the time limit guards each pattern search, not the whole document's processing."""

from __future__ import annotations

import pytest
import regex

from union_facts import timed_regex
from union_facts.config import Vocabulary
from union_facts.normalize import normalize
from union_facts.quantities import QuantityFinder


def test_time_limit_does_not_count_work_between_matches():
    """A long document has many figures; parsing them must not count against the regex limit."""
    finder = QuantityFinder(Vocabulary.default())
    text = "建成驿站30家，服务职工2万人次。" * 30_000  # 60 000 figures, ~3 s of work in all
    # 1 s: well under the whole work, above one no-match pass over the 480 000 characters on a busy machine.
    with timed_regex.time_limit(1.0):
        assert len(finder.find(text)[0]) == 60_000


def test_time_limit_on_noise_removal_counts_each_search():
    """Pinyin notes every few characters: removing them must not count as one long search."""
    text = "工會網(wǎng)站" * 200_000  # 200 000 notes, ~0.5 s of work in all
    with timed_regex.time_limit(0.2):
        assert len(normalize(text).text) == 4 * 200_000


PATTERNS = [
    (r"(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?[人家元]", {}),
    (r"\d+", {"overlapped": True}),  # overlapped matches start one character apart
    (r"\d*", {}),  # empty matches never end a block
    (r"(?<=\d)", {}),
]


@pytest.mark.parametrize(("pattern", "kwargs"), PATTERNS)
@pytest.mark.parametrize("block", [1, 2, 3, 256])
def test_a_long_scan_restarted_in_blocks_finds_the_same_matches(monkeypatch, pattern, kwargs, block):
    text = "建成驿站30家、1.5万人，12.5亿元；3家4家5人" * 50
    expected = [m.span() for m in regex.compile(pattern).finditer(text, **kwargs)]
    monkeypatch.setattr(timed_regex, "BLOCK", block)
    with timed_regex.time_limit(5.0):
        found = [m.span() for m in timed_regex.compile(pattern).finditer(text, **kwargs)]
    assert found == expected
