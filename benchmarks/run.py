"""union_facts benchmark: import, first result, one-core throughput, memory, scaling, all cores.

    python benchmarks/run.py            # ~3 minutes on 2 cores; medians of several runs
    python benchmarks/run.py --quick    # a smoke run: small corpus, one run each
    python benchmarks/run.py --json benchmarks/out/latest.json --profile

The corpus is built in memory from the development documents (../shared/dev/docs, read in
place; or --docs DIR; examples/gy01.txt when neither exists), cycled to --size-mb megabytes of
UTF-8. Throughput is compared with one pass of a simple `regex` number pattern (the practical
ceiling of this design) and with `jieba.lcut` over the same documents, so the ratios can be
compared across machines.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_DOCS = ROOT.parent / "shared" / "dev" / "docs"
SAMPLE = ROOT / "examples" / "gy01.txt"
HEAVY = ("jieba", "cn2an", "opencc", "pandas")
MB = 1_000_000

TARGETS = {
    "import_over_pydantic_s": 0.1,
    "first_result_s": 1.5,
    "ratio_jieba": 1.0,
    "peak_rss_mb": 200,
    "linearity_10mb_over_1mb": 12,
    "speedup_2_cores": 1.7,
}


# -------------------------------------------------------------------- corpus
def load_documents(folder: Path | None) -> tuple[list[str], str]:
    folder = folder or (DEV_DOCS if DEV_DOCS.is_dir() else None)
    paths = sorted(folder.glob("*.txt")) if folder else []
    if not paths:
        return [SAMPLE.read_text(encoding="utf-8")], str(SAMPLE.relative_to(ROOT))
    return [p.read_text(encoding="utf-8") for p in paths], f"{len(paths)} documents from {folder}"


def build_corpus(docs: list[str], size_bytes: int) -> list[str]:
    """The documents cycled until their UTF-8 size reaches `size_bytes`."""
    corpus, size = [], 0
    while size < size_bytes:
        doc = docs[len(corpus) % len(docs)]
        corpus.append(doc)
        size += len(doc.encode("utf-8"))
    return corpus


def single_document(docs: list[str], size_bytes: int) -> str:
    """One document of `size_bytes` UTF-8 bytes: the documents joined and cut."""
    parts, size = [], 0
    while size < size_bytes:
        doc = docs[len(parts) % len(docs)] + "\n\n"
        parts.append(doc)
        size += len(doc.encode("utf-8"))
    return "".join(parts).encode("utf-8")[:size_bytes].decode("utf-8", errors="ignore")


# -------------------------------------------------------------------- helpers
def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def python(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env, cwd=ROOT
    )
    return out.stdout.strip()


IMPORT_CODE = """
import sys, time
t = time.perf_counter()
{stmt}
dt = time.perf_counter() - t
print(dt, ",".join(m for m in {heavy!r} if m in sys.modules))
"""

FIRST_CODE = """
import sys, time
from pathlib import Path
import union_facts
report = union_facts.extract(Path(sys.argv[2]).read_text(encoding="utf-8"))
print(time.time() - float(sys.argv[1]), len(report.claims))
"""

RSS_CODE = """
import resource, sys, time
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
import union_facts
union_facts.default_extractor().warm_up()

def peak_mb():
    try:  # this process's own high-water mark (ru_maxrss can carry the parent's across fork+exec)
        status = open("/proc/self/status").read()
        return int(status.split("VmHWM:")[1].split()[0]) * 1024 / 1e6
    except (OSError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024) / 1e6

before = peak_mb()
report = union_facts.extract(text)
print(before, peak_mb(), len(text), len(report.claims))
"""


def fmt_rate(chars_per_s: float) -> str:
    return f"{chars_per_s / 1000:,.0f} k chars/s"


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


# -------------------------------------------------------------------- measurements
def measure_import(runs: int) -> dict:
    def one(stmt: str) -> tuple[float, str]:
        times, heavy = [], ""
        for _ in range(runs):
            dt, heavy = [*python(IMPORT_CODE.format(stmt=stmt, heavy=HEAVY)).split(" "), ""][:2]
            times.append(float(dt))
        return statistics.median(times), heavy

    pyd, _ = one("from pydantic import BaseModel")
    uf, heavy = one("import union_facts")
    return {"pydantic_s": pyd, "union_facts_s": uf, "heavy_modules_at_import": heavy.split(",") if heavy else []}


def measure_first_result(runs: int) -> dict:
    def once(env: dict[str, str] | None = None) -> float:
        return float(python(FIRST_CODE, str(time.time()), str(SAMPLE), env=env).split()[0])

    once()  # make sure the dictionary cache exists
    warm = statistics.median(once() for _ in range(runs))
    cold = []
    for _ in range(max(1, min(runs, 3))):
        with tempfile.TemporaryDirectory() as empty:
            cold.append(once({**os.environ, "UNION_FACTS_CACHE_DIR": empty}))
    return {"first_result_s": warm, "first_result_no_cache_s": statistics.median(cold)}


def measure_throughput(corpus: list[str], runs: int) -> dict:
    import jieba
    import regex

    import union_facts

    chars = sum(map(len, corpus))
    ex = union_facts.default_extractor().warm_up()
    seg = ex.segmenter
    for doc in corpus[:50]:  # steady state: dictionary parts for these characters unpacked
        ex.extract(doc)

    def cold() -> None:  # no window reused from another document
        for doc in corpus:
            seg.clear_cache()
            ex.extract(doc)

    def warm() -> None:  # the window cache as it is after the documents before
        for doc in corpus:
            ex.extract(doc)

    number = regex.compile(r"\d+(?:\.\d+)?")

    def ceiling() -> None:
        for doc in corpus:
            number.findall(doc)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()

    def segment() -> None:
        for doc in corpus:
            jieba.lcut(doc)

    out = {"chars": chars}
    for name, fn in (("cold", cold), ("warm", warm), ("regex", ceiling), ("jieba", segment)):
        out[f"{name}_chars_per_s"] = chars / median_time(fn, runs)
    out["ratio_ceiling"] = out["cold_chars_per_s"] / out["regex_chars_per_s"]
    out["ratio_jieba"] = out["cold_chars_per_s"] / out["jieba_chars_per_s"]
    out["ratio_jieba_warm"] = out["warm_chars_per_s"] / out["jieba_chars_per_s"]
    return out


def measure_rss(docs: list[str], size: int) -> dict:
    """Peak RSS of a fresh process that reads one document of `size` bytes from a file and extracts it."""
    if sys.platform == "win32":
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "document.txt"
        path.write_text(single_document(docs, size), encoding="utf-8")
        before, peak, chars, claims = python(RSS_CODE, str(path)).split()
    return {
        "bytes": size,
        "chars": int(chars),
        "claims": int(claims),
        "rss_before_mb": float(before),
        "peak_rss_mb": float(peak),
    }


def measure_scaling(docs: list[str], sizes: list[int], runs: int) -> list[dict]:
    import union_facts

    ex = union_facts.default_extractor().warm_up()
    rows = []
    for size in sizes:
        text = single_document(docs, size)
        reps = max(1, 200_000 // size)

        def run(text: str = text, reps: int = reps) -> None:
            for _ in range(reps):
                ex.segmenter.clear_cache()
                ex.extract(text)

        seconds = median_time(run, runs if size < MB else max(1, min(runs, 3))) / reps
        rows.append({"bytes": size, "chars": len(text), "seconds": seconds, "chars_per_s": len(text) / seconds})
    return rows


def _burn(n: int) -> float:
    """Pure-Python work of known size, for the machine's own parallel speed-up."""
    t, total = time.perf_counter(), 0
    for i in range(n):
        total += i
    return time.perf_counter() - t


def measure_parallel(corpus: list[str], runs: int) -> dict:
    """extract_many on every core against a serial loop; beside it, what the machine itself gives
    for the same number of processes running a plain loop (shared or busy cores show there)."""
    from concurrent.futures import ProcessPoolExecutor

    import union_facts

    ex = union_facts.default_extractor().warm_up()
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

    def serial() -> None:
        ex.segmenter.clear_cache()
        for doc in corpus:
            ex.extract(doc)

    def pooled() -> None:
        ex.segmenter.clear_cache()
        for _ in union_facts.extract_many(corpus, workers=workers):
            pass

    def machine(pool: ProcessPoolExecutor, n: int = 5_000_000) -> float:
        alone = sum(_burn(n) for _ in range(workers))
        t = time.perf_counter()
        list(pool.map(_burn, [n] * workers))
        return alone / (time.perf_counter() - t)

    t_serial, t_pooled, ceiling = [], [], []
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_burn, [1] * workers))  # started
        for _ in range(max(1, min(runs, 3))):  # interleaved, so that all three see the same machine
            t_serial.append(median_time(serial, 1))
            t_pooled.append(median_time(pooled, 1))
            ceiling.append(machine(pool))
    serial_s, pooled_s = statistics.median(t_serial), statistics.median(t_pooled)
    return {
        "workers": workers,
        "serial_s": serial_s,
        "pooled_s": pooled_s,
        "speedup": serial_s / pooled_s,
        "machine_speedup": statistics.median(ceiling),
    }


def profile(corpus: list[str]) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("  (pip install pyinstrument, or '.[bench]', for a profile)")
        return
    import union_facts

    ex = union_facts.default_extractor().warm_up()
    profiler = Profiler(interval=0.0005)
    with profiler:
        for doc in corpus:
            ex.segmenter.clear_cache()
            ex.extract(doc)
    print(profiler.output_text(unicode=True, color=False, show_all=False, short_mode=True))


# -------------------------------------------------------------------- report
def main() -> None:
    parser = argparse.ArgumentParser(description="union_facts benchmark")
    parser.add_argument("--docs", type=Path, help="folder of .txt documents (default: ../shared/dev/docs)")
    parser.add_argument("--size-mb", type=float, default=5.0, help="corpus size in MB of UTF-8 (default 5)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure, median reported (default 5)")
    parser.add_argument("--max-doc-mb", type=float, default=10.0, help="largest single document (default 10)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 0.2 MB corpus, 1 run, documents to 100 KB")
    parser.add_argument("--profile", action="store_true", help="also profile one pass with pyinstrument")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if args.quick:
        args.size_mb, args.runs, args.max_doc_mb = 0.2, 1, 0.1

    docs, source = load_documents(args.docs)
    corpus = build_corpus(docs, int(args.size_mb * MB))
    sizes = [s for s in (1_000, 10_000, 100_000, MB, 10 * MB) if s <= args.max_doc_mb * MB]
    cores = os.cpu_count()
    print(f"union_facts benchmark: Python {platform.python_version()}, {platform.system()}, {cores} cores")
    print(f"corpus: {source}, cycled to {len(corpus)} documents, {sum(map(len, corpus)):,} chars", end="")
    print(f" ({sum(len(d.encode()) for d in corpus) / MB:.2f} MB UTF-8); medians of {args.runs} runs")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if load is not None:
        busy = "  (other processes are busy: figures for several cores will be low)" if load > 0.5 else ""
        print(f"load average before the run: {load:.2f}{busy}")
    print()

    results: dict = {"python": platform.python_version(), "cores": cores, "corpus_documents": len(corpus), "load": load}

    imp = results["import"] = measure_import(args.runs)
    over = imp["union_facts_s"] - imp["pydantic_s"]
    print("import (fresh process)")
    print(f"  from pydantic import BaseModel   {imp['pydantic_s']:.3f} s")
    print(f"  import union_facts               {imp['union_facts_s']:.3f} s   (+{over:.3f} s over pydantic:", end="")
    print(f" target <= +{TARGETS['import_over_pydantic_s']} s {verdict(over <= TARGETS['import_over_pydantic_s'])})")
    print(f"  heavy modules loaded by the import: {', '.join(imp['heavy_modules_at_import']) or 'none'}")

    first = results["first"] = measure_first_result(args.runs)
    print("first result (fresh process: interpreter start to the first Report of examples/gy01.txt)")
    print(f"  dictionary cache present         {first['first_result_s']:.3f} s   (target <= 1.5 s:", end="")
    print(f" {verdict(first['first_result_s'] <= TARGETS['first_result_s'])})")
    print(f"  no cache yet (once per machine)  {first['first_result_no_cache_s']:.3f} s")

    thr = results["throughput"] = measure_throughput(corpus, args.runs)
    print("throughput on one core (whole corpus per run)")
    print(
        f"  union_facts.extract              {fmt_rate(thr['cold_chars_per_s'])}   (no window reused across documents)"
    )
    print(f"  union_facts.extract, warm cache  {fmt_rate(thr['warm_chars_per_s'])}   (windows cached across documents)")
    print(f"  regex ceiling \\d+(?:\\.\\d+)?     {fmt_rate(thr['regex_chars_per_s'])}")
    print(f"  jieba.lcut                       {fmt_rate(thr['jieba_chars_per_s'])}")
    print(f"  union_facts / ceiling            {thr['ratio_ceiling']:.4f}")
    print(
        f"  union_facts / jieba.lcut         {thr['ratio_jieba']:.2f}   (warm cache {thr['ratio_jieba_warm']:.2f};",
        end="",
    )
    print(f" target >= {TARGETS['ratio_jieba']}: {verdict(thr['ratio_jieba'] >= TARGETS['ratio_jieba'])})")

    rss = results["rss"] = measure_rss(docs, sizes[-1])
    if rss:
        size = f"{rss['bytes'] / MB:g} MB document ({rss['chars']:,} chars, {rss['claims']:,} claims)"
        print(f"peak RSS of a fresh process reading and extracting one {size}")
        print(f"  {rss['peak_rss_mb']:.0f} MB (before the document: {rss['rss_before_mb']:.0f} MB;", end="")
        print(f" target <= {TARGETS['peak_rss_mb']} MB: {verdict(rss['peak_rss_mb'] <= TARGETS['peak_rss_mb'])})")

    scale = results["scaling"] = measure_scaling(docs, sizes, args.runs)
    print("scaling: single documents")
    for row in scale:
        size = f"{row['bytes'] / 1000:g} KB" if row["bytes"] < MB else f"{row['bytes'] / MB:g} MB"
        print(f"  {size:>7}  {row['seconds']:9.4f} s  {fmt_rate(row['chars_per_s'])}")
    by_size = {row["bytes"]: row["seconds"] for row in scale}
    if MB in by_size and 10 * MB in by_size:
        lin = results["linearity_10mb_over_1mb"] = by_size[10 * MB] / by_size[MB]
        print(f"  time(10 MB) / time(1 MB)         {lin:.2f}   (target <= 12: {verdict(lin <= 12)})")

    par = results["parallel"] = measure_parallel(corpus, args.runs)
    print(f"extract_many on {par['workers']} workers (whole corpus)")
    print(f"  serial {par['serial_s']:.2f} s, pooled {par['pooled_s']:.2f} s, speed-up {par['speedup']:.2f}", end="")
    target = f"target >= {TARGETS['speedup_2_cores']} on 2 cores"
    print(f"   ({target}: {verdict(par['speedup'] >= TARGETS['speedup_2_cores'])})" if par["workers"] == 2 else "")
    print(f"  the machine itself: {par['machine_speedup']:.2f} for a plain loop in {par['workers']} processes", end="")
    print(f" (extract_many reaches {par['speedup'] / par['machine_speedup']:.0%} of it)")

    if args.profile:
        print("\nprofile of one pass over the corpus (pyinstrument)")
        profile(corpus)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
