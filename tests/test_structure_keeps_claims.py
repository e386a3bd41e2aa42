"""No claim is lost to structure: a figure in a sentence of a dev document is a claim, or has a
documented fate in `account()` that is not page chrome (a related-news list after the story is chrome)."""

from __future__ import annotations

import pytest

from union_facts import vocabulary
from union_facts.accounting import account

from .conftest import dev_documents, needs_dev_set

RELATED = frozenset(vocabulary.structure_words("related_markers"))


def _body_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines holding a sentence (。 and 20+ characters), up to a related-news marker."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip().rstrip(":：") in RELATED:
            break
        if "。" in line and len(line.strip()) >= 20:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@needs_dev_set
@pytest.mark.parametrize(("doc_id", "text"), dev_documents() or [pytest.param("-", "", marks=pytest.mark.skip)])
def test_no_figure_on_a_body_line_is_chrome(doc_id, text):
    lines = _body_lines(text)
    lost = [
        (m.text, text[a:b][:40]) for m in account(text) if m.fate == "boilerplate" for a, b in lines if a <= m.start < b
    ]
    assert lost == [], doc_id
