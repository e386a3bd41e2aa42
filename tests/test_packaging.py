"""The source distribution carries what its tests need: tests, their data, examples, benchmarks."""

from __future__ import annotations

import subprocess
import sys
import tarfile

import pytest

from .conftest import ROOT

SHIPPED_DIRS = ("tests", "examples", "benchmarks", "scripts", "src")
SHIPPED_FILES = ("README.md", "LICENSE", "CHANGELOG.md", "pyproject.toml", ".ci/run")
_NOT_SOURCE = ("__pycache__", ".hypothesis", "artifacts", ".egg-info", ".pytest_cache")


def _source_files() -> set[str]:
    found = set(SHIPPED_FILES)
    for top in SHIPPED_DIRS:
        for path in (ROOT / top).rglob("*"):
            rel = path.relative_to(ROOT).as_posix()
            if path.is_file() and not any(part in rel for part in _NOT_SOURCE) and path.suffix != ".pyc":
                found.add(rel)
    return found


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="run from a checkout (an sdist is built from one)")
def test_sdist_holds_the_tests_and_what_they_read(tmp_path):
    pytest.importorskip("build")
    cmd = [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    (sdist,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {name.partition("/")[2] for name in tar.getnames()}
    assert _source_files() - names == set()
