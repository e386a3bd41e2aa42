"""The subject stage's CPU time per claim: this checkout against a reference commit, interleaved.

What is timed: `Extractor.subjects.attach(text, quantities)` (the `SubjectFinder` stage, from the
kept quantities to the figures with their subjects), nothing before or after it. Each document is
extracted whole with `attach` wrapped: the quantities are drained into a list before the clock
starts (the stages before it are lazy), then `time.process_time()` is read around the call alone.
The segmenter's window caches are cleared before each document (no window segmented for one
document helps the next), after one untimed pass that loads the dictionary and warms `regex`.
The figure is CPU microseconds per figure returned (each becomes a claim), summed over the
documents of a set; each document is extracted `passes` times a round. Besides all documents, the
comparison is made on the same claims: the documents where both sides attach figures to the same
spans (the newer code finds figures the older missed, often in windows dearer to read).
The reference commit (its `attach` has the same signature) is checked out with
`git worktree add --detach` into a temporary folder, removed afterwards; each side runs in its
own process (its `src` first on PYTHONPATH), the two alternating in every round.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: main just before the subjects rework (issue 12) was merged in be7f2ca
REFERENCE = "fdb4be8b9524943a3a5232b46e0b0dda82649a33"

CHILD = """
import json, sys, time
from pathlib import Path
src, sets_file, passes = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
import union_facts
assert Path(union_facts.__file__).resolve().is_relative_to(src.resolve()), union_facts.__file__
ex = union_facts.default_extractor()
ex.warm_up()
inner, spent = ex.subjects.attach, [0.0, 0, ""]

def timed(text, quantities):
    quantities = list(quantities)  # the lazy stages before run outside the clock
    t = time.process_time()
    figures = inner(text, quantities)
    spent[0] += time.process_time() - t
    spent[1] = len(figures)
    spent[2] = ",".join(f"{f.quantity.start}-{f.quantity.end}" for f in figures)  # which claims
    return figures

ex.subjects.attach = timed
out = {}
for name, docs in json.loads(Path(sets_file).read_text(encoding="utf-8")).items():
    for doc in docs:  # untimed: dictionary, patterns and word caches loaded
        ex.extract(doc)
    out[name] = []  # per document: CPU seconds over the passes, figures, their spans
    for doc in docs:
        spent[0] = 0.0
        for _ in range(passes):
            ex.segmenter.clear_cache()
            ex.extract(doc)
        out[name].append([spent[0] / passes, spent[1], spent[2]])
print(json.dumps(out))
"""


def reference_unavailable(commit: str) -> str | None:
    """Why the reference commit cannot be checked out here, or None when it can."""
    if shutil.which("git") is None:
        return "git is not installed"
    probe = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"], cwd=ROOT, capture_output=True, text=True
    )
    if probe.returncode != 0:
        return f"commit {commit[:12]} is not in this checkout's history"
    return None


@contextlib.contextmanager
def checked_out(commit: str) -> Iterator[Path]:
    """The `src` folder of `commit`, in a detached worktree that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="union_facts-ref-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(tree), commit], cwd=ROOT, check=True)
        try:
            yield tree / "src"
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)


def _side(src: Path, sets_file: Path, passes: int) -> dict[str, list[list[Any]]]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(src), str(sets_file), str(passes)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=src.parent,
    )
    result: dict[str, list[list[Any]]] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def _per_figure(docs: list[list[Any]], keep: set[int] | None = None) -> tuple[float, int]:
    """µs per figure over the documents (those in `keep` only, when given), and the figures."""
    chosen = [d for k, d in enumerate(docs) if keep is None or k in keep]
    figures = sum(d[1] for d in chosen)
    return sum(d[0] for d in chosen) / max(1, figures) * 1e6, figures


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


def measure(sets: dict[str, list[str]], rounds: int, against: str | None, passes: int) -> dict[str, Any]:
    """µs of `attach` per figure, per side, set and round; the reference side only when it can be had."""
    skipped = reference_unavailable(against) if against else "no reference commit asked for"
    sides = ["new"] if skipped else ["old", "new"]
    per_round: dict[str, dict[str, list[float]]] = {s: {name: [] for name in sets} for s in sides}
    same_round: dict[str, dict[str, list[float]]] = {s: {name: [] for name in sets} for s in sides}
    figures: dict[str, dict[str, int]] = {s: {} for s in sides}
    same: dict[str, list[int]] = {}
    loads: list[float] = []
    with tempfile.TemporaryDirectory(prefix="union_facts-subjects-") as tmp, contextlib.ExitStack() as stack:
        sets_file = Path(tmp) / "sets.json"
        sets_file.write_text(json.dumps(sets, ensure_ascii=False), encoding="utf-8")
        src = {"new": ROOT / "src"}
        if not skipped and against:
            src["old"] = stack.enter_context(checked_out(against))
        for r in range(rounds):
            got = {}
            for side in sides if r % 2 == 0 else sides[::-1]:  # neither side always first
                got[side] = _side(src[side], sets_file, passes)
            for name in sets:
                # the same claims: the documents where both sides attach figures to the same spans
                spans = [{d[2] for d in (got[side][name][k] for side in sides)} for k in range(len(sets[name]))]
                keep = {k for k, found in enumerate(spans) if len(found) == 1}
                same[name] = sorted(keep)
                for side in sides:
                    us, n = _per_figure(got[side][name])
                    per_round[side][name].append(us)
                    figures[side][name] = n
                    same_round[side][name].append(_per_figure(got[side][name], keep)[0])
            loads.append(_load())
    ratios, same_ratios = {}, {}
    if "old" in sides:
        new, old = per_round["new"], per_round["old"]
        ratios = {name: [a / b for a, b in zip(new[name], old[name], strict=True)] for name in sets}
        new, old = same_round["new"], same_round["old"]
        same_ratios = {name: [a / b for a, b in zip(new[name], old[name], strict=True)] for name in sets}
    return {
        "what": "CPU µs of Extractor.subjects.attach per figure, window caches cleared per document",
        "against": None if skipped else against,
        "skipped": skipped,
        "passes": passes,
        "documents": {name: len(docs) for name, docs in sets.items()},
        "figures": figures,
        "us_per_figure": per_round,
        "ratio_new_over_old": ratios,
        "same_claims_documents": {name: len(keep) for name, keep in same.items()},
        "same_claims_us_per_figure": same_round,
        "same_claims_ratio_new_over_old": same_ratios,
        "load": loads,
    }


def report(res: dict[str, Any], spread: Any) -> None:
    """Print the section like the benchmark's others: median (min-max) of the rounds."""
    ref = res["against"]
    print("subject stage: CPU time of Extractor.subjects.attach per figure (claim), window caches cleared per document")
    print(f"  each side in its own process, interleaved; rounds: {len(res['load'])}; passes a round: {res['passes']}")
    print(f"  load average after each round: {', '.join(f'{x:.1f}' for x in res['load'])} on {os.cpu_count()} cores")
    if res["skipped"]:
        print(f"  reference not measured: {res['skipped']}")
    for name, n_docs in res["documents"].items():
        new = res["us_per_figure"]["new"][name]
        line = f"  {name} ({n_docs} documents, {res['figures']['new'][name]:,} figures):"
        line += f" this checkout {spread(new, '{:.1f}')} µs"
        if ref:
            old = res["us_per_figure"]["old"][name]
            line += f"; {ref[:7]} {spread(old, '{:.1f}')} µs ({res['figures']['old'][name]:,} figures)"
            ratios = res["ratio_new_over_old"][name]
            line += f"; new/old per round {spread(ratios, '{:.3f}')}: {', '.join(f'{x:.3f}' for x in ratios)}"
            new, old = (res["same_claims_us_per_figure"][side][name] for side in ("new", "old"))
            ratios = res["same_claims_ratio_new_over_old"][name]
            kept = res["same_claims_documents"][name]
            line += f"\n    the same claims ({kept} documents where both attach the same spans):"
            line += f" this checkout {spread(new, '{:.1f}')} µs; {ref[:7]} {spread(old, '{:.1f}')} µs;"
            line += f" new/old per round {spread(ratios, '{:.3f}')}: {', '.join(f'{x:.3f}' for x in ratios)}"
        print(line)


def median_ratio(res: dict[str, Any], name: str) -> float | None:
    """The median new/old ratio on the same claims (the documents where both attach the same spans)."""
    ratios = res["same_claims_ratio_new_over_old"].get(name)
    return statistics.median(ratios) if ratios else None
