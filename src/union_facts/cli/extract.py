"""The extract command: every input read, extracted and written, failures reported."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

from ..models import Report
from .args import STDIN, Options
from .inputs import Failure, discover, read_source, same_file
from .messages import cannot_write, reason, say, shown_name
from .output import Progress, Sink, char_progress, file_progress
from .writers import WRITERS, Writer


def run(paths: Sequence[str], fmt: str, output: str | None, options: Options) -> int:
    """Extract every input of `paths` into `output` (standard output if None) as `fmt`; the exit status."""
    if output is None and sys.stdout is None:
        say("union-facts: standard output is closed: nowhere to write (use -o FILE)")
        return 1
    items = list(discover(paths, options.include))
    files = [i for i in items if isinstance(i, str)]
    if output is not None and (same := same_file(output, files)) is not None:
        say(f"union-facts: the output {shown_name(output)} is also an input ({shown_name(same)}): choose another file")
        return 2
    progress = file_progress(len(files), quiet=options.quiet)
    if STDIN in files and sys.stdin is not None and sys.stdin.isatty():
        progress.write("union-facts: reading standard input (end with Ctrl-D)")
    try:
        sink = Sink(output)
    except OSError as exc:
        progress.close()
        return cannot_write(output, exc)
    try:
        writer = WRITERS[fmt](sink.stream)
        writer.keep_empty = options.keep_empty
        if options.csv_bom and fmt == "csv":
            sink.stream.write("\ufeff")
        writer.start()
        failures, written = _write_all(items, writer, progress, options, single=len(files) == 1)
        sink.finish(keep=written > 0 or not failures)
    except BrokenPipeError:
        sink.discard()
        raise
    except OSError as exc:  # a full disk, a closed stream: the output is incomplete
        sink.discard()
        return cannot_write(output, exc)
    finally:
        progress.close()
    return 1 if failures else 0


def _write_all(
    items: Sequence[str | Failure], writer: Writer, progress: Progress, options: Options, *, single: bool = False
) -> tuple[int, int]:
    """Extract and write every input; (failed, written). Raises OSError only when writing fails.

    Skipped files are reported and do not count as failures. With ``options.workers > 1`` the
    texts are read here and extracted by `extract_many`'s pool, in input order.
    """
    failures = written = 0
    for name, result in _results(items, options, single=single):
        if isinstance(result, Failure):
            failures += not result.skipped
            progress.write(f"union-facts: {shown_name(result.path)}: {result.reason}")
            continue
        if isinstance(result, BaseException):  # one bad file must not stop the batch
            failures += 1
            progress.write(f"union-facts: {shown_name(name)}: {reason(result)}")
        else:
            writer.write(shown_name(name), result)
            written += 1
        progress.update(1)
    writer.close()
    return failures, written


Result = Report | BaseException | Failure


def _results(items: Sequence[str | Failure], options: Options, *, single: bool) -> Iterator[tuple[str, Result]]:
    """(name, Report, the exception it raised, or the skip/failure) for each item, in order."""
    from ..extractor import default_extractor

    if options.workers > 1:
        yield from _pooled(items, options.workers)
        return
    extractor = default_extractor()
    for item in items:
        if isinstance(item, Failure):
            yield item.path, item
            continue
        try:
            source = read_source(item)
            with char_progress(len(source.text), quiet=options.quiet or not single) as advance:
                report = source.apply(extractor.extract(source.text, progress=advance))
        except Exception as exc:
            yield item, exc
        else:
            yield item, report


def _pooled(items: Sequence[str | Failure], workers: int) -> Iterator[tuple[str, Result]]:
    """`_results` with extraction in a pool of `workers` processes (extract_many)."""
    from collections import deque

    from ..files import Source
    from ..parallel import extract_many

    pending: deque[tuple[str, Source | BaseException | Failure]] = deque()

    def texts() -> Iterator[str]:
        for item in items:
            if isinstance(item, Failure):
                pending.append((item.path, item))
                continue
            try:
                source: Source | BaseException = read_source(item)
            except Exception as exc:
                source = exc
            pending.append((item, source))
            yield source.text if isinstance(source, Source) else ""

    def skipped() -> Iterator[tuple[str, Result]]:
        while pending and isinstance(pending[0][1], Failure):
            yield pending.popleft()  # type: ignore[misc]

    for report in extract_many(texts(), workers=workers, on_error="return"):
        yield from skipped()
        name, source = pending.popleft()  # the file this report was extracted from
        if isinstance(source, BaseException):
            yield name, source  # it could not be read: its empty text's report is dropped
        elif isinstance(report, BaseException):
            yield name, report
        else:
            yield name, source.apply(report)  # type: ignore[union-attr]
    yield from skipped()
