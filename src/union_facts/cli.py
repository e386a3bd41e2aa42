"""The ``union-facts`` command: extract reports from files, folders or standard input."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .paths import STDIN, Failure, Sink, inputs, reason, same_file, shown_name, stdout
from .writers import WRITERS, Writer

FORMATS = {
    "jsonl": "one JSON record per document and line: the Report fields plus 'path' (the default)",
    "json": "a JSON array of the same records",
    "csv": "one row per claim, with a header; doc is the path. Columns: {columns}",
    "table": "aligned text for reading, one line per claim",
    "html": "a standalone page, each document's text with claims and headlines highlighted",
}

DESCRIPTION = "Typed quantitative claims, headlines and metadata from Chinese-language reports."
EXIT_STATUS = """\
exit status:
  0  every input was read and extracted, and the output written
  1  some input failed (each one is reported on standard error; the others are still written),
     or the output could not be written (a full disk, a closed standard output)
  2  the command line is wrong (e.g. the output file is also an input)
"""


def build_parser() -> argparse.ArgumentParser:
    from . import __version__
    from .table import COLUMNS

    parser = argparse.ArgumentParser(
        prog="union-facts",
        description=DESCRIPTION,
        epilog=EXIT_STATUS + "\nrun 'union-facts COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    formats = "\n".join(
        textwrap.fill(
            text.format(columns=", ".join(COLUMNS)), width=92, initial_indent=f"  {name:<7}", subsequent_indent=" " * 9
        )
        for name, text in FORMATS.items()
    )
    extract = commands.add_parser(
        "extract",
        help="extract claims, headlines and metadata from files, folders or standard input",
        description=(
            "Read each PATH and write what union_facts extracts from it to standard output (or FILE).\n"
            "A PATH is a file; a folder, searched recursively for *.txt files; or '-' for standard\n"
            "input, which is also read when no PATH is given. The encoding of every input is\n"
            "detected: UTF-8, GB18030/GBK or Big5, with or without a byte-order mark.\n"
            "On a terminal a progress bar shows on standard error when there are several files."
        ),
        epilog="formats:\n" + formats + "\n\n" + EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("paths", nargs="*", metavar="PATH", help="file, folder or '-' (default: standard input)")
    extract.add_argument(
        "-f",
        "--format",
        choices=list(FORMATS),
        default="jsonl",
        metavar="FORMAT",
        help="jsonl, json, csv, table or html (default: jsonl; see below)",
    )
    extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE (UTF-8) instead of standard output")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar (failures are still reported)")

    commands.add_parser(
        "schema",
        help="print the JSON Schema of the json and jsonl records",
        description="Print the JSON Schema (draft 2020-12) of the records 'extract' writes as json or jsonl.",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _silence_stdout()
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        from .schema import json_schema

        try:
            out = stdout()
            out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
            out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            return _cannot_write(None, exc)
        return 0
    return _extract(args.paths or [STDIN], args.format, args.output, quiet=args.quiet)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's flush at exit has nowhere to fail."""
    if sys.stdout is not None:
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _say(message: str) -> None:
    """A line on standard error, unless it is closed (print would fall back to standard output)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(message, file=sys.stderr, flush=True)


def _cannot_write(output: str | None, exc: OSError) -> int:
    where = shown_name(output) if output else "standard output"
    _say(f"union-facts: cannot write {where}: {reason(exc)}")
    if output is None:
        _silence_stdout()
    return 1


# ------------------------------------------------------------------------------------------ extract


def _read(path: str) -> str:
    from .reading import decode

    if path == STDIN:
        if sys.stdin is None:
            raise OSError(errno.EBADF, "standard input is closed")
        return decode(sys.stdin.buffer.read(), name="<stdin>").text
    return decode(Path(path).read_bytes(), name=path).text


def _extract(paths: Sequence[str], fmt: str, output: str | None, *, quiet: bool) -> int:
    if output is None and sys.stdout is None:
        _say("union-facts: standard output is closed: nowhere to write (use -o FILE)")
        return 1
    items = list(inputs(paths))
    files = [i for i in items if isinstance(i, str)]
    if output is not None and (same := same_file(output, files)) is not None:
        _say(f"union-facts: the output {shown_name(output)} is also an input ({shown_name(same)}): choose another file")
        return 2
    progress = _progress(len(files), quiet=quiet)
    if STDIN in files and sys.stdin is not None and sys.stdin.isatty():
        progress.write("union-facts: reading standard input (end with Ctrl-D)")
    try:
        sink = Sink(output)
    except OSError as exc:
        progress.close()
        return _cannot_write(output, exc)
    try:
        failures, written = _write_all(items, WRITERS[fmt](sink.stream), progress)
        sink.finish(keep=written > 0 or not failures)
    except BrokenPipeError:
        sink.discard()
        raise
    except OSError as exc:  # a full disk, a closed stream: the output is incomplete
        sink.discard()
        return _cannot_write(output, exc)
    finally:
        progress.close()
    return 1 if failures else 0


def _write_all(items: Sequence[str | Failure], writer: Writer, progress: _Progress) -> tuple[int, int]:
    """Extract and write every input; (failed, written). Raises OSError only when writing fails."""
    from .extractor import default_extractor

    extractor = default_extractor()
    failures = written = 0
    for item in items:
        if isinstance(item, Failure):
            failures += 1
            progress.write(f"union-facts: {shown_name(item.path)}: {item.reason}")
            continue
        try:
            report = extractor.extract(_read(item))
        except Exception as exc:  # one bad file must not stop the batch
            failures += 1
            progress.write(f"union-facts: {shown_name(item)}: {reason(exc)}")
        else:
            writer.write(shown_name(item), report)
            written += 1
        progress.update(1)
    writer.close()
    return failures, written


class _Progress:
    """A tqdm bar on a terminal's standard error, or nothing at all."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            _say(message)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress(total: int, *, quiet: bool) -> _Progress:
    if quiet or total < 2 or sys.stderr is None or not sys.stderr.isatty():
        return _Progress(None)
    from tqdm import tqdm

    try:
        width = os.get_terminal_size(sys.stderr.fileno()).columns
    except OSError:
        width = 0
    size: dict[str, Any] = {"dynamic_ncols": True} if width else {"ncols": 80}  # a terminal that tells no size
    return _Progress(tqdm(total=total, unit="file", file=sys.stderr, leave=False, **size))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
