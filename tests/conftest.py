"""Shared fixtures: the bundled sample report and the development set read in place."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from . import _hypothesis  # noqa: F401  (registers and loads the hypothesis profiles)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = HERE / "data" / "gy01"
SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev"
SCORER = SHARED / "tools" / "score.py"

needs_dev_set = pytest.mark.skipif(
    not (DEV / "gold").is_dir(),
    reason=f"development set not found at {DEV} (third-party text, read in place, never copied)",
)


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (SAMPLE / "docs" / "gy01.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_gold() -> dict:
    return json.loads((SAMPLE / "gold" / "gy01.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """The shared scorer module, for its text variants (trad_pinyin, fullwidth)."""
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("union_facts_shared_scorer", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_documents() -> list[tuple[str, str]]:
    """(id, text) of every document in the development set, picked up as it grows."""
    if not (DEV / "docs").is_dir():
        return []
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((DEV / "docs").glob("*.txt"))]


def encodes(text: str, codec: str) -> bool:
    """Whether `codec` can encode `text` (for building legacy-encoded test inputs)."""
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True
