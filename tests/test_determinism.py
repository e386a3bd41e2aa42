"""The same input gives the same JSON, in any process: nothing depends on hash seeds or set order."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import DEV, SAMPLE

SCRIPT = """
import hashlib, sys, union_facts
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    for variant in (text, text.replace("。", "。\\n")):
        print(hashlib.sha256(union_facts.extract(variant).model_dump_json().encode()).hexdigest())
        print(hashlib.sha256(repr(union_facts.account(variant)).encode()).hexdigest())
"""


def run_with_hash_seed(seed: str, paths: list[str]) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", SCRIPT, *paths], capture_output=True, text=True, env=env, check=True)
    return out.stdout


def test_same_json_under_different_hash_seeds():
    paths = [str(SAMPLE / "docs" / "gy01.txt"), *sorted(str(p) for p in (DEV / "docs").glob("*.txt"))]
    first = run_with_hash_seed("1", paths)
    assert first.count("\n") == 4 * len(paths)
    assert run_with_hash_seed("2024", paths) == first
