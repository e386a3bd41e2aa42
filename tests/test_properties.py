"""Property tests: whatever the input, `extract` returns a valid Report, the same one every time.

Bounded by the `ci` hypothesis profile; ``HYPOTHESIS_PROFILE=long`` runs the fuzz (see _hypothesis.py).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import union_facts

from .invariants import assert_valid_report
from .strategies import any_text, chinese_text, grammar_text, known_phrasings


@given(any_text)
@example("\x00\x01\x02\u200b\ufeff")
@example("\u202e١٢٣ שלום 🌋 3万人")
def test_any_unicode_gives_a_valid_report(text):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    report.model_dump_json()


@given(chinese_text)
def test_chinese_text_gives_a_valid_report(text):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    report.model_dump_json()


@given(grammar_text)
@example("百分之5和百分之6")
@example("1.2.3.4万人，万万万万人，近1,234,567.89万元左右")
def test_figures_dates_and_noise_give_a_valid_report(text):
    report = union_facts.extract(text)
    assert_valid_report(text, report)
    report.model_dump_json()


UNRELATED = [
    "这是一段与报告无关的文字，讲的是天气和风景。",
    "會議結束後，大家合影留念。",
    "Lorem ipsum dolor sit amet.",
]


def _claim_rows(report, shift=0):
    return [c.model_dump(exclude={"section"}) | {"start": c.start - shift, "end": c.end - shift} for c in report.claims]


@given(st.one_of(grammar_text, chinese_text), st.sampled_from(UNRELATED), st.sampled_from(UNRELATED))
def test_deterministic_and_independent_of_the_surrounding_paragraphs(text, before, after):
    report = union_facts.extract(text)
    assert union_facts.extract(text).model_dump_json() == report.model_dump_json()
    prefix = before + "\n\n"
    embedded = union_facts.extract(prefix + text + "\n\n" + after)
    assert _claim_rows(embedded, len(prefix)) == _claim_rows(report)
    shifted = [(s.start - len(prefix), s.end - len(prefix)) for s in embedded.boilerplate]
    assert shifted == [(s.start, s.end) for s in report.boilerplate]


#: Sentence breaks (extractor._SENTENCE_BREAK) taken out, so that a text is one long sentence.
_NO_SENTENCE_BREAK = str.maketrans("", "", "。；;！？!?\n")
_LONG_CLAUSES = "各级工会组织深入开展职工技能培训，推动产业工人队伍建设改革走深走实，" * 8  # 288 characters, no break


@given(grammar_text, st.integers(1, 3), st.sampled_from(UNRELATED), st.sampled_from(UNRELATED))
def test_figures_in_sentences_over_400_characters_keep_their_claims_when_embedded(text, pad, before, after):
    body = _LONG_CLAUSES[: 100 * pad] + text.translate(_NO_SENTENCE_BREAK) + _LONG_CLAUSES[: 150 * pad]
    report = union_facts.extract(body)
    assert_valid_report(body, report)
    assert all(len(c.sentence) <= 400 for c in report.claims)
    prefix = before + "\n\n"
    embedded = union_facts.extract(prefix + body + "\n\n" + after)
    assert _claim_rows(embedded, len(prefix)) == _claim_rows(report)


@given(known_phrasings())
def test_known_phrasings_come_back_with_their_value(case):
    text, phrasing, value, unit = case
    claims = union_facts.extract_claims(text)
    assert [(c.value, c.unit) for c in claims] == [(value, unit)], (phrasing, text, claims)
    assert claims[0].qualifier == ("nearly" if phrasing == "近{n}名" else "exact")
