"""Many documents on every core: a process pool whose workers each build their Extractor once."""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from .extractor import Extractor, default_extractor

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from .models import Report

_worker: Extractor | None = None


def extract_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    extractor: Extractor | None = None,
    progress: bool = False,
    total: int | None = None,
    mp_context: BaseContext | None = None,
) -> Iterator[Report]:
    """Reports of `texts`, in input order, extracted by a pool of worker processes.

    Args:
        texts: documents (any iterable; read lazily, a few chunks ahead of the results).
        workers: processes; None = every core this process may use, 1 = in this process.
        chunksize: documents sent to a worker at a time (more: less overhead, coarser balance).
        extractor: a configured `Extractor` (sent as its configuration; each worker builds it
            once). Default: the default extractor.
        progress: show a progress bar on stderr (tqdm when installed, else a counter line).
        total: number of documents, for the progress bar when `texts` has no ``len()``.
        mp_context: a `multiprocessing` context (e.g. ``get_context("spawn")``); default: the
            platform's.

    Each Report is built in a worker; the input text is not sent back but re-attached here. An
    exception raised for one document (`ExtractionTimeout`, `TypeError`) is raised here when the
    iteration reaches that document.
    """
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    workers = _usable_cores() if workers is None else workers
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if total is None and hasattr(texts, "__len__"):
        total = len(texts)  # type: ignore[arg-type]
    reports = _serial(texts, extractor) if workers == 1 else _pooled(texts, workers, chunksize, extractor, mp_context)
    return _with_progress(reports, total) if progress else reports


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _serial(texts: Iterable[str], extractor: Extractor | None) -> Iterator[Report]:
    ex = extractor or default_extractor()
    for text in texts:
        yield ex.extract(text)


def _pooled(
    texts: Iterable[str], workers: int, chunksize: int, extractor: Extractor | None, mp_context: Any
) -> Iterator[Report]:
    from concurrent.futures import ProcessPoolExecutor

    config = extractor or default_extractor()
    pool = ProcessPoolExecutor(workers, mp_context=mp_context, initializer=_start_worker, initargs=(config,))
    try:
        pending: deque[tuple[list[str], Any]] = deque()
        for chunk in _chunks(texts, chunksize):
            pending.append((chunk, pool.submit(_extract_chunk, chunk)))
            if len(pending) >= 2 * workers:  # bounded read-ahead: memory stays flat on any corpus
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # also when the caller stops early


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while chunk := list(islice(it, size)):
        yield chunk


def _collect(chunk: list[str], future: Any) -> Iterator[Report]:
    for text, result in zip(chunk, future.result(), strict=True):
        if isinstance(result, Exception):
            raise result
        result.text = text
        yield result


def _start_worker(extractor: Extractor) -> None:
    """Pool initializer: the extractor arrives as its configuration and is built here, once."""
    global _worker
    _worker = extractor.warm_up()


def _extract_chunk(texts: list[str]) -> list[Report | Exception]:
    assert _worker is not None
    results: list[Report | Exception] = []
    for text in texts:
        try:
            report = _worker.extract(text)
        except Exception as exc:  # raised in the caller, at this document
            results.append(exc)
            continue
        report.text = ""  # the caller has it: do not send it back
        results.append(report)
    return results


def _with_progress(reports: Iterator[Report], total: int | None) -> Iterator[Report]:
    try:
        from tqdm import tqdm
    except ImportError:
        yield from _counter(reports, total)
        return
    with tqdm(reports, total=total, unit="doc", file=sys.stderr) as bar:
        yield from bar


def _counter(reports: Iterator[Report], total: int | None) -> Iterator[Report]:
    start = shown = time.monotonic()
    n = 0
    of = f"/{total}" if total is not None else ""
    for n, report in enumerate(reports, 1):
        yield report
        if (now := time.monotonic()) - shown >= 0.5:
            shown = now
            print(f"\r{n}{of} documents, {n / (now - start):.1f}/s", end="", file=sys.stderr, flush=True)
    print(f"\r{n}{of} documents in {time.monotonic() - start:.1f} s", file=sys.stderr, flush=True)
