"""The HTML view in a real browser: Debian's headless Chromium driven by Playwright.

Marks and headings must be present and visible, and hostile input must stay inert text (no dialog,
no element made from it). A screenshot of the sample report goes to tests/artifacts/.
Skips when Chromium or Playwright is missing, except in CI (CI set), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import union_facts

from .conftest import HERE
from .test_render import HOSTILE, PAYLOADS

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = HERE / "artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium chromium-driver)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = _unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser test must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1100, "height": 900},
            offline=True,
        )
        try:
            yield context
        finally:
            context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.dialogs = []  # type: ignore[attr-defined]

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page
    page.close()


def test_sample_report_marks_and_headings_are_visible(page, sample_text, tmp_path):
    report = union_facts.extract(sample_text)
    path = tmp_path / "gy01.html"
    report.to_html(path)
    page.goto(path.as_uri())

    marks = page.locator(".uf-text mark.uf-claim")
    assert marks.count() == len(report.claims) > 0
    for i, claim in enumerate(report.claims):
        mark = marks.nth(i)
        mark.scroll_into_view_if_needed()
        assert mark.is_visible()
        box = mark.bounding_box()
        assert box and box["width"] > 10 and box["height"] > 5
        assert mark.inner_text() == claim.surface
        label = mark.evaluate("m => getComputedStyle(m, '::after').content")
        assert str(claim.value.__format__(",")) in label and claim.unit in label
        assert claim.qualifier in (mark.get_attribute("title") or "")
        if claim.subject:
            assert claim.subject in label

    headed = [s.headline for s in report.sections if s.headline]
    headings = page.locator(".uf-text .uf-headline")
    assert headings.count() == len(headed)
    for i, headline in enumerate(headed):
        assert headings.nth(i).is_visible()
        assert headings.nth(i).evaluate("h => h.tagName") in {"H2", "H3", "H4", "H5"}
        shown = headings.nth(i).inner_text()
        assert all(ch in shown for ch in headline)

    rows = page.locator("table.uf-claims tbody tr")
    assert rows.count() == len(report.claims)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "sample_report.png"), full_page=True)
    assert (ARTIFACTS / "sample_report.png").stat().st_size > 10_000
    assert page.dialogs == []


@pytest.mark.parametrize("view", ["notebook fragment", "standalone page"])
def test_hostile_input_stays_inert_text(page, tmp_path, view):
    report = union_facts.extract(HOSTILE)
    if view == "standalone page":
        path = tmp_path / "hostile.html"
        report.to_html(path)
        page.goto(path.as_uri())
    else:  # as a notebook shows it: the fragment in a page without any security policy
        page.set_content(f"<!DOCTYPE html><html><body>{report._repr_html_()}</body></html>")
    page.wait_for_timeout(300)  # time for an injected onerror or script to fire

    assert page.dialogs == []
    assert page.locator(".uf-report img, .uf-report script, .uf-report b").count() == 0
    text = page.locator(".uf-text")
    for payload in PAYLOADS:
        assert payload in text.inner_text()
        shown = page.get_by_text(payload, exact=False).first
        assert shown.is_visible()
    assert page.locator(".uf-text mark.uf-claim").count() == len(report.claims) >= 3
    if view == "standalone page":
        assert page.title() == (report.title or "union_facts report")


def test_corpus_view_opens_with_an_index_and_sorts_without_script(page, tmp_path):
    from union_facts.render import page_html

    from .test_render_corpus import DOCS

    items = [(doc, union_facts.extract(text)) for doc, text in DOCS.items()]
    path = tmp_path / "corpus.html"
    path.write_text(page_html(items), encoding="utf-8")
    page.goto(path.as_uri())

    index = page.locator("table.uf-index tbody tr")
    assert index.count() == len(items)
    first = index.nth(0)
    assert first.is_visible() and first.bounding_box()["y"] < 400  # the page opens with it
    for i, (doc, report) in enumerate(items):
        cells = index.nth(i).locator("td")
        assert cells.nth(0).inner_text() == (report.title or doc) and cells.nth(1).inner_text() == doc
        assert cells.nth(3).inner_text() == str(len(report.claims))

    total = sum(len(r.claims) for _, r in items)
    shown = page.locator("table.uf-all-claims:visible")
    assert shown.count() == 1 and shown.locator("tbody tr").count() == total
    values = page.locator("#uf-by-value td[data-value]")
    shown.locator("th a", has_text="value").click()  # sorts: the value-ordered copy replaces it
    assert page.locator("#uf-by-value").is_visible() and not page.locator("#uf-by-doc").is_visible()
    numbers = [float(values.nth(i).get_attribute("data-value")) for i in range(values.count())]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == total
    assert page.locator("#uf-by-value td", has_text="↓ down").first.is_visible()  # changes need no hover

    index.nth(1).locator("a").click()  # the index leads to the document's own view
    assert page.locator(f"#{page.url.split('#')[1]} .uf-doc").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(path.as_uri())
    page.screenshot(path=str(ARTIFACTS / "corpus_index.png"))
    assert page.dialogs == []
