"""No pattern runs without bound: a runaway match raises ExtractionTimeout for that input."""

from __future__ import annotations

import sys

import pytest
import regex

from union_facts import ExtractionTimeout, Extractor, timed_regex

# Exponential backtracking in the `regex` engine: (?:工|工工)+ has Fibonacci-many ways to split a run.
RUNAWAY_HEADLINE = r"^(?P<text>(?:工|工工)+)$"
TEXT = "导语，一段正文，说明情况。\n" + "工" * 80 + "！\n全市建成驿站30家，服务职工2万人次，同比增长5%。"


def test_a_runaway_user_pattern_raises_a_clear_error_instead_of_hanging():
    ex = Extractor(headline_patterns=[RUNAWAY_HEADLINE], timeout=0.5)
    with pytest.raises(ExtractionTimeout, match=r"0\.5 s.*chars"):
        ex.extract(TEXT)


def test_the_same_extractor_still_works_on_the_next_input():
    ex = Extractor(headline_patterns=[RUNAWAY_HEADLINE], timeout=0.5)
    with pytest.raises(ExtractionTimeout):
        ex.extract(TEXT)
    assert [c.surface for c in ex.extract("全市建成驿站30家。").claims] == ["30家"]


def test_a_timeout_is_a_runtime_error_naming_the_input_size():
    ex = Extractor(headline_patterns=[RUNAWAY_HEADLINE], timeout=0.2)
    with pytest.raises(RuntimeError) as info:
        ex.extract(TEXT)
    assert isinstance(info.value.__cause__, TimeoutError)
    assert f"{len(TEXT)} chars" in str(info.value)


def _patterns_of(obj: object) -> list[tuple[str, object]]:
    found = []
    for name, value in vars(obj).items():
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            item = getattr(item, "pattern", item) if type(item).__name__ == "_ReasonPattern" else item
            item = item[1] if isinstance(item, tuple) and len(item) == 2 else item
            if isinstance(item, (regex.Pattern, timed_regex.Pattern)):
                found.append((f"{getattr(obj, '__name__', type(obj).__name__)}.{name}", item))
    return found


def test_every_pattern_of_the_pipeline_runs_under_the_time_limit():
    ex = Extractor(headline_patterns=[r"^【(?P<text>[^】]{2,20})】"])
    scoring = {timed_regex.__name__, "union_facts.evaluate"}  # not on the extraction path
    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith("union_facts.") and name not in scoring]
    holders = [*modules, ex, ex.finder, ex.layout_reader, ex.subjects, ex.exclusions, ex.records]
    patterns = [p for holder in holders for p in _patterns_of(holder)]
    assert len(patterns) > 30
    untimed = [
        name for name, p in patterns if isinstance(p, regex.Pattern) and not timed_regex._ONE_CLASS.fullmatch(p.pattern)
    ]
    assert untimed == [], "compile these with union_facts.timed_regex, not regex"


def test_a_single_character_class_cannot_backtrack_and_runs_untimed():
    assert isinstance(timed_regex.compile(r"[。；;！？!?\n]"), regex.Pattern)
    assert isinstance(timed_regex.compile(r"\p{Han}"), regex.Pattern)
    assert isinstance(timed_regex.compile(r"[a]+"), timed_regex.Pattern)
    assert isinstance(timed_regex.compile(r"[a]|[b]"), timed_regex.Pattern)
    assert isinstance(timed_regex.compile(r"[[a-z]--[aeiou]]"), timed_regex.Pattern)


def test_time_limit_applies_in_its_block_only():
    runaway = timed_regex.compile(r"^(?:工|工工)+$")
    with timed_regex.time_limit(0.2), pytest.raises(TimeoutError):
        runaway.search("工" * 80 + "！")
    assert runaway.search("工" * 10 + "！") is None  # no limit outside the block, and none needed here
    with timed_regex.time_limit(0.2), pytest.raises(TimeoutError):
        timed_regex.search(r"^(?:工|工工)+$", "工" * 80 + "！")


@pytest.mark.parametrize(
    ("pattern", "unbounded"),
    [
        (r"^(?P<text>(?:工|工工)+)$", True),  # a repeated alternation
        (r"(a+)*", True),  # a repeated repetition
        (r"(?:\d{1,3},?)+元", True),
        (r"(?:x{1,3}){2,}", True),
        (r"(?i)(?:甲|乙)+", True),  # inline flags are not a group
        (r"(?:工会)+", False),  # a repeated literal: one way to match
        (r"(?:甲|乙)++", False),  # possessive: gives nothing back
        (r"(?>甲|甲乙)+", False),  # atomic
        (r"(?:甲|乙){1,3}", False),  # bounded: at most a constant per window
        (r"[(|)]+元", False),  # a class, not a group
        (r"\(\d+\)+", False),  # escaped brackets
        (r"(?#(甲|乙)+)甲", False),  # a comment
    ],
)
def test_patterns_that_can_backtrack_without_bound_are_recognised(pattern, unbounded):
    assert timed_regex.can_backtrack_without_bound(pattern) is unbounded


def test_short_windows_of_bounded_patterns_run_without_the_clock():
    """With a limit of 0 s every timed call fails at once: which calls read the clock shows."""
    figure = timed_regex.compile(r"(?<!\d)\d+(?:\.\d+)?万?人")
    window = "服务职工2万人次" * 60  # 480 characters
    long_text = window * 2
    with timed_regex.time_limit(0.0):
        assert figure.search(window) is not None  # a window: untimed
        assert len(list(figure.finditer(long_text, 0, timed_regex.WINDOW))) == 64
        with pytest.raises(TimeoutError):
            figure.search(long_text)  # a long text: timed
        with pytest.raises(TimeoutError):
            list(figure.finditer(long_text))
        with pytest.raises(TimeoutError):
            timed_regex.compile(r"(?:工|工工)+$").search("工工")  # can run away: always timed


ADVERSARIAL = ["1" * 512, "一" * 512, "工" * 512, "(" * 512, "“" * 512, "1." * 256, "第1" * 256, "万" * 512, " " * 512]


def test_every_pipeline_pattern_is_fast_on_a_window_of_any_content():
    """What runs untimed must be bounded by its window: each pattern, on the worst windows found."""
    ex = Extractor()
    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith("union_facts.")]
    patterns = [p for holder in [*modules, ex, ex.finder, ex.layout_reader, ex.subjects] for p in _patterns_of(holder)]
    for name, p in patterns:
        compiled = p.compiled if isinstance(p, timed_regex.Pattern) else p
        for text in ADVERSARIAL:
            try:  # a limit no linear search of 512 characters comes near
                list(compiled.finditer(text, timeout=1.0))
                compiled.search(text + "元", timeout=1.0)
            except TimeoutError:
                pytest.fail(f"{name} ran over 1 s on {text[:8]!r}… (512 characters)")
