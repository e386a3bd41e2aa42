"""union_facts benchmark: import, first result, one-core throughput, memory, linear time, 2 workers.

    python benchmarks/run.py                # ~10 minutes on 2 cores (a 100 MB document included)
    python benchmarks/run.py --quick        # a smoke run: small corpus, 2 rounds, documents to 100 KB
    python benchmarks/run.py --json FILE --profile
    python benchmarks/run.py --only subjects [--subjects-against COMMIT]   # the subject stage, old vs new

Two fixed corpora, reported separately: the generated one (`benchmarks/corpus.py`: invented
reports, the same on every machine; its checksum is printed) and the development documents
(../shared/dev/docs, read in place) when present. Throughput is timed **interleaved**: each round
runs `extract` and every reference (jieba.lcut, jieba.lcut with HMM off, one `regex` pass, opencc
t2s) once over the same documents, in a rotating order, so that all of them see the same machine;
the table gives medians and min-max of the rounds and the ratio within each round. The machine's
load average is printed beside every section: on a busy machine absolute figures drop, ratios
taken within a round much less. The `subjects` section times the subject stage alone against a
reference commit (see `subject_stage.py` for exactly what is timed).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV_DOCS = ROOT.parent / "shared" / "dev" / "docs"
SAMPLE = ROOT / "examples" / "gy01.txt"
HEAVY = ("jieba", "cn2an", "opencc", "pandas", "pyarrow", "numpy")
MB = 1_000_000
sys.path.insert(0, str(HERE))

import subject_stage  # noqa: E402
from corpus import checksum, generate  # noqa: E402

TARGETS = {
    "ratio_jieba": 2.0,
    "import_over_pydantic_s": 0.1,
    "first_result_s": 0.5,
    "peak_rss_mb": 200,
    "linear_100mb_over_10mb": 12,
    "speedup_2_workers": 1.7,
    "subjects_new_over_old": 1.0,
}


# -------------------------------------------------------------------- helpers
def load() -> str:
    """The 1-minute load average against the cores (what else the machine is running)."""
    if not hasattr(os, "getloadavg"):
        return "load n/a"
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """Median and min-max of a list of figures."""
    med = fmt.format(statistics.median(values))
    return f"{med} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def python(code: str, *args: str, env: dict[str, str] | None = None, flags: tuple[str, ...] = ()) -> str:
    run = subprocess.run(
        [sys.executable, *flags, "-c", code, *args], capture_output=True, text=True, check=True, env=env, cwd=ROOT
    )
    return run.stdout.strip() if not flags else run.stderr


def one_document(docs: list[str], size_bytes: int) -> str:
    """One document of about `size_bytes` UTF-8 bytes: the documents joined, cut after a sentence."""
    parts, size = [], 0
    while size < size_bytes:
        doc = docs[len(parts) % len(docs)]
        parts.append(doc)
        size += len(doc.encode("utf-8"))
    text = "".join(parts).encode("utf-8")[:size_bytes].decode("utf-8", errors="ignore")
    return text[: max(text.rfind("\n"), text.rfind("。")) + 1] or text


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


# -------------------------------------------------------------------- import and first result
IMPORT_CODE = """
import sys, time
t = time.perf_counter()
{stmt}
print(time.perf_counter() - t, ",".join(m for m in {heavy!r} if m in sys.modules))
"""


def measure_import(rounds: int) -> dict[str, Any]:
    """Wall time of each import in a fresh process, the two interleaved; `-X importtime` beside."""
    pyd, uf, cpu_over, heavy = [], [], [], ""
    for _ in range(rounds):
        cpu = child_cpu()
        pyd.append(float(python(IMPORT_CODE.format(stmt="from pydantic import BaseModel", heavy=HEAVY)).split()[0]))
        middle = child_cpu()
        dt, *rest = python(IMPORT_CODE.format(stmt="import union_facts", heavy=HEAVY)).split()
        cpu_over.append((child_cpu() - middle) - (middle - cpu))  # whole processes: start-up cancels out
        uf.append(float(dt))
        heavy = rest[0] if rest else ""
    over = [u - p for u, p in zip(uf, pyd, strict=True)]
    return {
        "pydantic_s": pyd,
        "union_facts_s": uf,
        "over_pydantic_s": over,
        "over_pydantic_cpu_s": cpu_over,
        "heavy_modules_at_import": heavy.split(",") if heavy else [],
        "own_modules_us": own_import_times(),
    }


def own_import_times() -> dict[str, int]:
    """`python -X importtime`: the modules `import union_facts` loads beyond pydantic's, by self time."""

    def table(stmt: str) -> dict[str, tuple[int, int]]:
        rows = {}
        for line in python(stmt, flags=("-X", "importtime")).splitlines():
            if line.startswith("import time:") and "|" in line and "self" not in line:
                self_us, cumulative_us, name = (part.strip() for part in line[12:].split("|"))
                rows[name] = (int(self_us), int(cumulative_us))
        return rows

    base = table("from pydantic import BaseModel")
    ours = table("import union_facts")
    extra = {name: s for name, (s, _) in ours.items() if name not in base}
    top = dict(sorted(extra.items(), key=lambda kv: -kv[1])[:8])
    return {"total_beyond_pydantic": sum(extra.values()), **top}


FIRST_CODE = """
import sys, time
from pathlib import Path
import union_facts
report = union_facts.extract(Path(sys.argv[2]).read_text(encoding="utf-8"))
print(time.time() - float(sys.argv[1]), len(report.claims))
"""


def child_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_first_result(rounds: int) -> dict[str, Any]:
    """Interpreter start to the first Report of examples/gy01.txt, the dictionary cache built: the
    wall time, and the CPU time of the process (what a busy machine does not inflate)."""

    def once(env: dict[str, str] | None = None) -> tuple[float, float]:
        cpu = child_cpu()
        wall = float(python(FIRST_CODE, str(time.time()), str(SAMPLE), env=env).split()[0])
        return wall, child_cpu() - cpu

    once()  # the cache exists from here on
    warm = [once() for _ in range(rounds)]
    with tempfile.TemporaryDirectory() as empty:
        cold, _ = once({**os.environ, "UNION_FACTS_CACHE_DIR": empty})
    return {
        "first_result_s": [w for w, _ in warm],
        "first_result_cpu_s": [c for _, c in warm],
        "first_result_no_cache_s": cold,
    }


# -------------------------------------------------------------------- throughput, interleaved
def contenders(docs: list[str]) -> dict[str, Callable[[], object]]:
    """`extract` and the references, each one pass over `docs`."""
    import jieba
    import opencc
    import regex

    import union_facts

    ex = union_facts.default_extractor().warm_up()
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    t2s = opencc.OpenCC("t2s")
    number = regex.compile(r"\d+(?:\.\d+)?")

    def extract() -> None:  # no window segmented for one document reused for the next
        for doc in docs:
            ex.segmenter.clear_cache()
            ex.extract(doc)

    return {
        "union_facts.extract": extract,
        "jieba.lcut": lambda: [jieba.lcut(doc) for doc in docs],
        "jieba.lcut HMM off": lambda: [jieba.lcut(doc, HMM=False) for doc in docs],
        "regex pass": lambda: [number.findall(doc) for doc in docs],
        "opencc t2s": lambda: [t2s.convert(doc) for doc in docs],
    }


def measure_throughput(docs: list[str], rounds: int) -> dict[str, Any]:
    """Characters per second of each contender per round, the contenders interleaved in each round."""
    chars = sum(map(len, docs))
    runs = contenders(docs)
    for fn in runs.values():  # steady state: dictionaries and pattern caches loaded
        fn()
    names = list(runs)
    rates: dict[str, list[float]] = {name: [] for name in names}
    loads = []
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]  # no contender always first
        for name in order:
            t = time.perf_counter()
            runs[name]()
            rates[name].append(chars / (time.perf_counter() - t))
        loads.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0)
    mine = rates["union_facts.extract"]
    ratios = {name: [a / b for a, b in zip(mine, rates[name], strict=True)] for name in names[1:]}
    return {"chars": chars, "documents": len(docs), "rates": rates, "ratios": ratios, "load": loads}


def print_throughput(label: str, thr: dict[str, Any]) -> None:
    print(f"throughput on one core: {label} ({thr['documents']} documents, {thr['chars']:,} chars)")
    print(f"  rounds: {len(thr['load'])}; load average after each round: {', '.join(f'{x:.1f}' for x in thr['load'])}")
    print(f"  {'':22}{'k chars/s, median (min-max)':>32}   extract / it, per round: median (min-max)")
    for name, rates in thr["rates"].items():
        ratio = spread(thr["ratios"][name], "{:.3g}") if name in thr["ratios"] else ""
        print(f"  {name:22}{spread([x / 1000 for x in rates], '{:,.0f}'):>32}   {ratio}")


# -------------------------------------------------------------------- memory and linear time
RSS_CODE = """
import sys
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
import union_facts
union_facts.default_extractor().warm_up()

def peak_mb():  # this process's own high-water mark
    return int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) * 1024 / 1e6

before = peak_mb()
report = union_facts.extract(text)
print(before, peak_mb(), len(text), len(report.claims))
"""

TIME_CODE = """
import sys, time
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
import union_facts
ex = union_facts.default_extractor().warm_up()
ex.extract(text[:20000])
reps, times, cpu = int(sys.argv[2]), [], []
for _ in range(reps):
    ex.segmenter.clear_cache()
    t, c = time.perf_counter(), time.process_time()
    ex.extract(text)
    times.append(time.perf_counter() - t)
    cpu.append(time.process_time() - c)
print(min(times), min(cpu), len(text))
"""


def with_document(docs: list[str], size: int, code: str, *args: str) -> list[str]:
    """Run `code` in a fresh process on a document of `size` bytes written to a file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "document.txt"
        path.write_text(one_document(docs, size), encoding="utf-8")
        return python(code, str(path), *args).split()


def measure_rss(docs: list[str], size: int) -> dict[str, Any]:
    if not Path("/proc/self/status").exists():
        return {}
    python("import union_facts; union_facts.default_extractor().warm_up()")  # the dictionary cache built
    before, peak, chars, claims = with_document(docs, size, RSS_CODE)
    return {
        "bytes": size,
        "chars": int(chars),
        "claims": int(claims),
        "before_mb": float(before),
        "peak_mb": float(peak),
    }


def measure_scaling(docs: list[str], sizes: list[int]) -> list[dict[str, Any]]:
    """Each size in a fresh process: the best of a few runs (one for the largest documents)."""
    rows = []
    for size in sizes:
        reps = max(1, min(5, 2_000_000 // size))
        seconds, cpu, chars = with_document(docs, size, TIME_CODE, str(reps))
        rate = int(chars) / float(seconds)
        row = {"bytes": size, "chars": int(chars), "seconds": float(seconds), "cpu_s": float(cpu), "chars_per_s": rate}
        rows.append({**row, "load": load()})
    return rows


# -------------------------------------------------------------------- two workers
def _burn(n: int) -> float:
    """Pure-Python work of known size, for what the machine itself gives two processes."""
    t, total = time.perf_counter(), 0
    for i in range(n):
        total += i
    return time.perf_counter() - t


def measure_parallel(docs: list[str], rounds: int, workers: int = 2) -> dict[str, Any]:
    """extract_many on 2 workers against a serial loop and a plain loop in 2 processes, interleaved."""
    from concurrent.futures import ProcessPoolExecutor

    import union_facts

    ex = union_facts.default_extractor().warm_up()

    def serial() -> float:
        t = time.perf_counter()
        for doc in docs:  # windows cached across documents, as in each worker
            ex.extract(doc)
        return time.perf_counter() - t

    def pooled() -> float:
        t = time.perf_counter()
        for _ in union_facts.extract_many(docs, workers=workers):
            pass
        return time.perf_counter() - t

    def plain(pool: ProcessPoolExecutor, n: int = 3_000_000) -> float:
        alone = sum(_burn(n) for _ in range(workers))
        t = time.perf_counter()
        list(pool.map(_burn, [n] * workers))
        return alone / (time.perf_counter() - t)

    speedups, machine = [], []
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_burn, [1] * workers))
        pooled()  # workers started and warmed
        for _ in range(rounds):
            s, p = serial(), pooled()
            speedups.append(s / p)
            machine.append(plain(pool))
    return {"workers": workers, "speedup": speedups, "plain_speedup": machine, "load": load()}


def profile(docs: list[str]) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("  (pip install pyinstrument, or '.[bench]', for a profile)")
        return
    import union_facts

    ex = union_facts.default_extractor().warm_up()
    profiler = Profiler(interval=0.0005)
    with profiler:
        for doc in docs:
            ex.segmenter.clear_cache()
            ex.extract(doc)
    print(profiler.output_text(unicode=True, color=False, show_all=False, short_mode=True))


# -------------------------------------------------------------------- report
def summary(results: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """The figure, what was measured, the target, whether it is met: one row each."""
    med = statistics.median
    rows = []
    for label, thr in results.get("throughput", {}).items():
        ratio = med(thr["ratios"]["jieba.lcut"])
        rate = med(thr["rates"]["union_facts.extract"]) / 1000
        others = ", ".join(f"{med(thr['ratios'][n]):.3g} × {n}" for n in thr["ratios"] if n != "jieba.lcut")
        measured = f"{rate:,.0f} k chars/s; {ratio:.2f} × jieba.lcut ({spread(thr['ratios']['jieba.lcut'])}); {others}"
        rows.append((f"one core, {label}", measured, f"≥ {TARGETS['ratio_jieba']} × jieba.lcut", ratio >= 2.0))
    if imp := results.get("import"):
        over = med(imp["over_pydantic_s"])
        measured = f"{med(imp['union_facts_s']):.3f} s, pydantic alone {med(imp['pydantic_s']):.3f} s: +{over:.3f} s"
        measured += f" (CPU time: +{med(imp['over_pydantic_cpu_s']):.3f} s)"
        rows.append(("import union_facts", measured, "≤ pydantic + 0.1 s", over <= TARGETS["import_over_pydantic_s"]))
    if first := results.get("first"):
        warm = med(first["first_result_s"])
        measured = f"{warm:.2f} s, CPU time {med(first['first_result_cpu_s']):.2f} s"
        measured += f" ({first['first_result_no_cache_s']:.2f} s building the cache)"
        rows.append(("first result, fresh process", measured, "≤ 0.5 s", warm <= TARGETS["first_result_s"]))
    if rss := results.get("rss"):
        measured = f"{rss['peak_mb']:.0f} MB ({rss['claims']:,} claims)"
        figure = f"peak RSS, one {size_label(rss['bytes'])} document"
        rows.append((figure, measured, "≤ 200 MB (10 MB)", rss["peak_mb"] <= TARGETS["peak_rss_mb"]))
    if results.get("scaling"):
        by_size = {row["bytes"]: row for row in results["scaling"]}
        big = max(by_size)
        small = max((s for s in by_size if s <= big // 10), default=min(by_size))
        wall = by_size[big]["seconds"] / by_size[small]["seconds"]
        cpu = by_size[big]["cpu_s"] / by_size[small]["cpu_s"]
        figure = f"time {size_label(big)} / time {size_label(small)}"
        measured = f"{cpu:.1f} in CPU time ({wall:.1f} wall)"
        rows.append((figure, measured, "≤ 12 (100 MB / 10 MB)", cpu <= TARGETS["linear_100mb_over_10mb"]))
    if par := results.get("parallel"):
        measured = f"{spread(par['speedup'])} × serial; a plain loop in 2 processes {spread(par['plain_speedup'])} ×"
        ok = med(par["speedup"]) >= TARGETS["speedup_2_workers"]
        rows.append((f"extract_many, {par['workers']} workers", measured, "≥ 1.7 ×", ok))
    if (sub := results.get("subjects")) and sub["against"]:
        for name in sub["documents"]:
            ratio = subject_stage.median_ratio(sub, name)
            assert ratio is not None
            new, old = (med(sub["same_claims_us_per_figure"][side][name]) for side in ("new", "old"))
            measured = f"{new:.1f} µs/claim against {old:.1f} µs at {sub['against'][:7]}: {ratio:.3f} ×"
            figure = f"subject stage, {name} (the same claims)"
            rows.append((figure, measured, "≤ 1 × the reference", ratio <= TARGETS["subjects_new_over_old"]))
    return rows


def size_label(size: int) -> str:
    return f"{size / 1000:g} KB" if size < MB else f"{size / MB:g} MB"


def run_throughput(args: argparse.Namespace, generated: list[str], dev: list[str], results: dict[str, Any]) -> None:
    results["throughput"] = {"generated corpus": measure_throughput(generated, args.rounds)}
    print_throughput("generated corpus", results["throughput"]["generated corpus"])
    if dev:
        # Several passes over the few dev pages per round, so that a round lasts long enough to time.
        passes = 2 if args.quick else 20
        thr = results["throughput"]["dev documents"] = measure_throughput(dev * passes, args.rounds)
        print_throughput(f"dev documents × {passes}", thr)


def run_import(args: argparse.Namespace, generated: list[str], dev: list[str], results: dict[str, Any]) -> None:
    imp = results["import"] = measure_import(max(3, args.rounds))
    print(f"import union_facts (fresh process, interleaved with pydantic; {load()})")
    print(f"  from pydantic import BaseModel   {spread(imp['pydantic_s'], '{:.3f}')} s")
    print(f"  import union_facts               {spread(imp['union_facts_s'], '{:.3f}')} s")
    print(f"  difference per round             {spread(imp['over_pydantic_s'], '{:+.3f}')} s", end="")
    print(f"   (CPU time of the processes: {spread(imp['over_pydantic_cpu_s'], '{:+.3f}')} s)")
    print(f"  heavy modules loaded by the import: {', '.join(imp['heavy_modules_at_import']) or 'none'}")
    own = imp["own_modules_us"]
    print(f"  -X importtime, beyond pydantic's modules: {own['total_beyond_pydantic'] / 1000:.0f} ms self time; most:")
    print("    " + ", ".join(f"{k} {v / 1000:.1f} ms" for k, v in own.items() if k != "total_beyond_pydantic"))


def run_first(args: argparse.Namespace, generated: list[str], dev: list[str], results: dict[str, Any]) -> None:
    first = results["first"] = measure_first_result(max(3, args.rounds))
    print(f"first result (fresh process, interpreter start to the Report of examples/gy01.txt; {load()})")
    print(f"  dictionary cache built           {spread(first['first_result_s'])} s", end="")
    print(f"   (CPU time of the process: {spread(first['first_result_cpu_s'])} s)")
    print(f"  no cache yet (once per machine)  {first['first_result_no_cache_s']:.2f} s")


def run_rss(args: argparse.Namespace, generated: list[str], dev: list[str], results: dict[str, Any]) -> None:
    rss = results["rss"] = measure_rss(generated, int(args.rss_mb * MB))
    if rss:
        print(f"peak RSS of a fresh process reading and extracting one {size_label(rss['bytes'])} document ({load()})")
        print(f"  {rss['peak_mb']:.0f} MB ({rss['chars']:,} chars, {rss['claims']:,} claims;", end="")
        print(f" {rss['before_mb']:.0f} MB before the document)")


def run_scaling(args: argparse.Namespace, generated: list[str], dev: list[str], results: dict[str, Any]) -> None:
    sizes = [s for s in (1_000, 10_000, 100_000, MB, 10 * MB, 100 * MB) if s <= args.max_mb * MB]
    scale = results["scaling"] = measure_scaling(generated, sizes)
    print("linear time: one document of each size, fresh process, best of up to 5 runs; wall and CPU time")
    previous: dict[str, Any] | None = None
    for row in scale:
        growth = ""
        if previous:
            wall, cpu = row["seconds"] / previous["seconds"], row["cpu_s"] / previous["cpu_s"]
            growth = f"  × {wall:.1f} wall, × {cpu:.1f} CPU for × 10"
        rate = f"{row['chars_per_s'] / 1000:,.0f} k chars/s"
        print(f"  {size_label(row['bytes']):>7}  {row['seconds']:9.4f} s  CPU {row['cpu_s']:9.4f} s  {rate}", end="")
        print(f"{growth}  ({row['load']})")
        previous = row


def run_parallel(args: argparse.Namespace, generated: list[str], dev: list[str], results: dict[str, Any]) -> None:
    par = results["parallel"] = measure_parallel(generated, args.rounds)
    print(f"extract_many on {par['workers']} workers against a serial loop, interleaved ({par['load']})")
    print(f"  extract_many speed-up            {spread(par['speedup'])}")
    print(f"  a plain loop in 2 processes      {spread(par['plain_speedup'])}")


def run_subjects(args: argparse.Namespace, generated: list[str], dev: list[str], results: dict[str, Any]) -> None:
    """The subject stage's CPU time per claim against a reference commit (`subject_stage`)."""
    sets = {"generated corpus": generated[:5] if args.quick else generated}
    if dev:
        sets["dev documents"] = dev[:4] if args.quick else dev
    rounds = args.rounds if args.quick else max(5, args.rounds)
    passes = 1 if args.quick else 3
    sub = results["subjects"] = subject_stage.measure(sets, rounds, args.subjects_against or None, passes)
    subject_stage.report(sub, spread)


SECTIONS = {
    "throughput": run_throughput,
    "import": run_import,
    "first": run_first,
    "rss": run_rss,
    "scaling": run_scaling,
    "parallel": run_parallel,
    "subjects": run_subjects,
}


def main() -> None:
    parser = argparse.ArgumentParser(description="union_facts benchmark")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds (default 7)")
    parser.add_argument("--documents", type=int, default=200, help="generated reports per round (default 200)")
    parser.add_argument("--max-mb", type=float, default=100, help="largest single document in MB (default 100)")
    parser.add_argument("--rss-mb", type=float, default=10, help="document size for peak RSS (default 10)")
    parser.add_argument("--only", nargs="+", choices=list(SECTIONS), help="run only these sections")
    parser.add_argument("--quick", action="store_true", help="smoke run: 30 reports, 2 rounds, documents to 100 KB")
    parser.add_argument(
        "--subjects-against",
        default=subject_stage.REFERENCE,
        metavar="COMMIT",
        help="reference commit for the subject stage's time ('' to skip; default: before the subjects rework)",
    )
    parser.add_argument("--profile", action="store_true", help="also profile one pass with pyinstrument")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.documents, args.max_mb, args.rss_mb = 2, 30, 0.1, 0.1

    # A cache folder of its own: the user's is shared with other checkouts, whose configurations
    # can push this one's out while the benchmark runs (a rebuild would show as a slow first result).
    cache = tempfile.TemporaryDirectory(prefix="union_facts-bench-")
    os.environ.setdefault("UNION_FACTS_CACHE_DIR", cache.name)
    generated = generate(args.documents)
    print(f"union_facts benchmark: Python {platform.python_version()}, {platform.system()}, {load()}")
    size = sum(len(d.encode()) for d in generated) / MB
    print(f"generated corpus: {len(generated)} reports, {size:.2f} MB, sha256 {checksum(generated)}")
    dev = [p.read_text(encoding="utf-8") for p in sorted(DEV_DOCS.glob("*.txt"))] if DEV_DOCS.is_dir() else []
    print(f"dev documents: {len(dev)} from {DEV_DOCS}" if dev else "dev documents: not present")
    print()
    results: dict[str, Any] = {"python": platform.python_version(), "cores": os.cpu_count(), "quick": args.quick}
    for name, run in SECTIONS.items():
        if not args.only or name in args.only:
            run(args, generated, dev, results)

    print("\n| figure | measured | target | |\n| --- | --- | --- | --- |")
    for figure, measured, target, ok in summary(results):
        print(f"| {figure} | {measured} | {target} | {verdict(ok)} |")
    if args.profile:
        print("\nprofile of one pass over the generated corpus (pyinstrument)")
        profile(generated)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
