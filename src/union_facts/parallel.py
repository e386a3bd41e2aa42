"""Many documents on every core: a process pool whose workers each build their Extractor once."""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal, overload

from . import transport
from .extractor import Extractor, default_extractor

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from .models import Report

_worker: Extractor | None = None
transport.register()  # reports come back from the workers as rows of claim values
OnError = Literal["raise", "skip", "return"]
_ON_ERROR = ("raise", "skip", "return")


@overload
def extract_many(
    texts: Iterable[str],
    *,
    workers: int | None = ...,
    chunksize: int = ...,
    extractor: Extractor | None = ...,
    progress: bool = ...,
    total: int | None = ...,
    mp_context: BaseContext | None = ...,
    on_error: Literal["raise", "skip"] = ...,
) -> Iterator[Report]: ...


@overload
def extract_many(
    texts: Iterable[str],
    *,
    workers: int | None = ...,
    chunksize: int = ...,
    extractor: Extractor | None = ...,
    progress: bool = ...,
    total: int | None = ...,
    mp_context: BaseContext | None = ...,
    on_error: Literal["return"],
) -> Iterator[Report | Exception]: ...


def extract_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = 16,
    extractor: Extractor | None = None,
    progress: bool = False,
    total: int | None = None,
    mp_context: BaseContext | None = None,
    on_error: OnError = "raise",
) -> Iterator[Report] | Iterator[Report | Exception]:
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
        on_error: what an exception raised for one document (`ExtractionTimeout`, `TypeError` …)
            becomes when the iteration reaches that document. ``"raise"``: it is raised by
            ``next()``, and a later ``next()`` goes on with the next document; ``"skip"``: the
            document is left out; ``"return"``: the exception object takes the document's place
            (test ``isinstance(r, Exception)``). In every mode the other documents keep flowing,
            in input order: one bad document costs one report.

    Each Report is built in a worker; the input text is not sent back but re-attached here.
    """
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(map(repr, _ON_ERROR))}, not {on_error!r}")
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    workers = _usable_cores() if workers is None else workers
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if total is None and hasattr(texts, "__len__"):
        total = len(texts)  # type: ignore[arg-type]
    results = _serial(texts, extractor) if workers == 1 else _pooled(texts, workers, chunksize, extractor, mp_context)
    return _Results(_with_progress(results, total) if progress else results, on_error)


class _Results(Iterator[Any]):
    """The results of `extract_many`: an iterator that survives a document's exception.

    A generator that raises is finished; this one raises a document's exception from ``next()``
    and goes on with the next document on the following call.
    """

    def __init__(self, results: Iterator[Report | Exception], on_error: OnError) -> None:
        self._results = results
        self._on_error = on_error

    def __iter__(self) -> _Results:
        return self

    def __next__(self) -> Report | Exception:
        while True:
            result = next(self._results)
            if not isinstance(result, Exception) or self._on_error == "return":
                return result
            if self._on_error == "raise":
                raise result
            # "skip": on to the next document

    def close(self) -> None:
        """Stop early: the worker processes are shut down (also done when this is garbage collected)."""
        close = getattr(self._results, "close", None)
        if close is not None:
            close()


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _serial(texts: Iterable[str], extractor: Extractor | None) -> Iterator[Report | Exception]:
    ex = extractor or default_extractor()
    for text in texts:
        try:
            yield ex.extract(text)
        except Exception as exc:  # this document's failure, handed on as a result
            yield exc


class WorkerDied(RuntimeError):
    """The worker process extracting this document died (killed by a signal or for memory):
    `extract_many` gives this document the error and goes on with the others in a new pool."""


class _Pool:
    """A process pool that is renewed when a worker dies outright."""

    def __init__(self, workers: int, mp_context: Any, config: Extractor) -> None:
        self.args = (workers, mp_context, config)
        self.pool = self._new()

    def _new(self) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        workers, mp_context, config = self.args
        return ProcessPoolExecutor(workers, mp_context=mp_context, initializer=_start_worker, initargs=(config,))

    def submit(self, chunk: list[str]) -> Any:
        return self.pool.submit(_extract_chunk, chunk)

    def renew(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new()

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _pooled(
    texts: Iterable[str], workers: int, chunksize: int, extractor: Extractor | None, mp_context: Any
) -> Iterator[Report | Exception]:
    pool = _Pool(workers, mp_context, extractor or default_extractor())
    try:
        pending: deque[tuple[list[str], Any]] = deque()
        for chunk in _chunks(texts, chunksize, workers):
            pending.append((chunk, pool.submit(chunk)))
            if len(pending) >= 2 * workers:  # bounded read-ahead: memory stays flat on any corpus
                yield from _next_results(pending, pool)
        while pending:
            yield from _next_results(pending, pool)
    finally:
        # waited for, finished or not: on CPython 3.11 a pool left to close on its own races the
        # interpreter's exit hook ("OSError: [Errno 9] Bad file descriptor" printed at exit)
        pool.shutdown()


def _next_results(pending: deque[tuple[list[str], Any]], pool: _Pool) -> Iterator[Report | Exception]:
    """The results of the oldest pending chunk. If a worker died, the pool is renewed, this chunk is
    redone one document at a time (the one that kills a worker again gets `WorkerDied`), and the
    chunks the dead pool still owed are sent again."""
    from concurrent.futures.process import BrokenProcessPool

    chunk, future = pending.popleft()
    try:
        results: list[Report | Exception] = future.result()
    except BrokenProcessPool:
        pool.renew()
        results = [_alone(text, pool) for text in chunk]
        for k, (other, owed) in enumerate(pending):
            if not owed.done() or owed.exception() is not None:
                pending[k] = (other, pool.submit(other))
    except Exception as exc:  # the chunk never came back (a result that would not pickle): each document gets it
        results = [exc] * len(chunk)
    yield from _attach(chunk, results)


def _alone(text: str, pool: _Pool) -> Report | Exception:
    """One document in a worker of its own task; `WorkerDied` (and a new pool) if it kills it."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        result: Report | Exception = pool.submit([text]).result()[0]
    except BrokenProcessPool:
        pool.renew()
        return WorkerDied(f"the worker process died while extracting this document ({len(text)} chars)")
    except Exception as exc:
        return exc
    return result


def _chunks(texts: Iterable[str], size: int, workers: int) -> Iterator[list[str]]:
    """`texts` in chunks of `size`; when their number is known, the last chunks smaller, so that
    the workers finish together (guided scheduling) rather than one waiting on the other's chunk."""
    remaining = len(texts) if isinstance(texts, Sized) else None
    it = iter(texts)
    while True:
        n = size if remaining is None else max(1, min(size, remaining // (2 * workers)))
        if not (chunk := list(islice(it, n))):
            return
        if remaining is not None:
            remaining -= len(chunk)
        yield chunk


def _attach(chunk: list[str], results: list[Report | Exception]) -> Iterator[Report | Exception]:
    """The results of a chunk, each report given back its text (workers do not send it)."""
    for text, result in zip(chunk, results, strict=True):
        if not isinstance(result, Exception):
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


def _with_progress(reports: Iterator[Report | Exception], total: int | None) -> Iterator[Report | Exception]:
    try:
        from tqdm import tqdm
    except ImportError:
        yield from _counter(reports, total)
        return
    with tqdm(reports, total=total, unit="doc", file=sys.stderr) as bar:
        yield from bar


def _counter(reports: Iterator[Report | Exception], total: int | None) -> Iterator[Report | Exception]:
    start = shown = time.monotonic()
    n = 0
    of = f"/{total}" if total is not None else ""
    for n, report in enumerate(reports, 1):
        yield report
        if (now := time.monotonic()) - shown >= 0.5:
            shown = now
            print(f"\r{n}{of} documents, {n / (now - start):.1f}/s", end="", file=sys.stderr, flush=True)
    print(f"\r{n}{of} documents in {time.monotonic() - start:.1f} s", file=sys.stderr, flush=True)
