"""Large inputs: the time limit guards each pattern search, not the whole document's processing."""

from __future__ import annotations

from union_facts.config import Vocabulary
from union_facts.quantities import QuantityFinder


def test_time_limit_does_not_count_work_between_matches():
    """A long document has many figures; parsing them must not count against the regex limit."""
    finder = QuantityFinder(Vocabulary.default(), timeout=0.2)
    text = "建成驿站30家，服务职工2万人次。" * 30_000  # 60 000 figures, ~0.8 s of work in all
    assert len(finder.find(text)[0]) == 60_000


def test_time_limit_on_noise_removal_counts_each_search():
    """Pinyin notes every few characters: removing them must not count as one long search."""
    from union_facts.normalize import normalize

    text = "工會網(wǎng)站" * 200_000  # 200 000 notes, ~0.5 s of work in all
    assert len(normalize(text, timeout=0.2).text) == 4 * 200_000


def test_restarted_scan_finds_the_same_matches():
    import regex

    from union_facts import searching

    pattern = regex.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?[人家元]")
    text = "建成驿站30家、1.5万人，12.5亿元；3家4家5人" * 50
    expected = [m.span() for m in pattern.finditer(text)]
    for every in (1, 2, 3, 256):
        assert [m.span() for m in searching.finditer(pattern, text, timeout=None, every=every)] == expected
