"""The ``union-facts`` command: extract reports from files, folders or standard input."""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import io
import json
import os
import stat
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from .models import Report

FORMATS = {
    "jsonl": "one JSON record per document and line: the Report fields plus 'path' (the default)",
    "json": "a JSON array of the same records",
    "csv": "one row per claim, with a header; doc is the path. Columns: {columns}",
    "table": "aligned text for reading, one line per claim",
    "html": "a standalone page, each document's text with claims and headlines highlighted",
}
STDIN = "-"

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
            out = _stdout()
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
    _say(f"union-facts: cannot write {where}: {_reason(exc)}")
    if output is None:
        _silence_stdout()
    return 1


# ------------------------------------------------------------------------------------------ names

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown_name(name: str) -> str:
    """A file name safe to print: control and bidi characters escaped (``\\x1b``, ``\\u202e``), and
    each byte that was not UTF-8 (a surrogate escape, U+DC80-U+DCFF) as ``\\xNN``."""
    if name.isprintable() and name.isascii():
        return name
    out = []
    for ch in name:
        cp = ord(ch)
        if 0xDC80 <= cp <= 0xDCFF:
            out.append(f"\\x{cp - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI_CONTROLS:
            out.append(f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}")
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------------------------------ extract


@dataclass(frozen=True, slots=True)
class _Failure:
    path: str
    reason: str


def _inputs(paths: Sequence[str]) -> Iterator[str | _Failure]:
    """Files to read, in the order given; folders expand to their *.txt files, sorted."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        try:
            st = os.stat(raw)
        except FileNotFoundError:
            yield _Failure(raw, "no such file or folder")
            continue
        except (OSError, ValueError) as exc:  # a name too long, a NUL in it …
            yield _Failure(raw, _reason(exc))
            continue
        if not stat.S_ISDIR(st.st_mode):
            yield raw  # a file named on the command line is read whatever it is (a FIFO: <(cmd))
            continue
        found = _walk(raw)
        if not found:
            yield _Failure(raw, "folder holds no *.txt file")
        yield from found


def _walk(folder: str) -> list[str | _Failure]:
    """The *.txt files under `folder` (symbolic links followed, each folder once), sorted by path;
    and, in their place, each one that cannot be read as a regular file and each folder that
    cannot be listed."""
    found: list[tuple[Path, str | _Failure]] = []
    pending, seen = [folder], set()
    while pending:
        where = pending.pop()
        try:
            st = os.stat(where)
            if (st.st_dev, st.st_ino) in seen:
                continue  # a link back up the tree
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(where) as listing:
                entries = list(listing)
        except OSError as exc:
            found.append((Path(where), _Failure(where, f"cannot read folder: {_reason(exc)}")))
            continue
        for entry in entries:
            if _is_folder(entry):
                pending.append(entry.path)
            elif Path(entry.name).suffix.lower() == ".txt":
                found.append((Path(entry.path), _regular_file(entry)))
    found.sort(key=lambda item: item[0])
    return [item for _, item in found]


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _regular_file(entry: os.DirEntry[str]) -> str | _Failure:
    """The entry's path if it is a regular file (or a link to one), else why it is skipped."""
    try:
        st = os.stat(entry.path)
    except FileNotFoundError:
        return _Failure(entry.path, "dangling symbolic link" if entry.is_symlink() else "no such file")
    except OSError as exc:
        return _Failure(entry.path, _reason(exc))
    if stat.S_ISREG(st.st_mode):
        return entry.path
    kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device"
    return _Failure(entry.path, f"not a regular file ({kind}): skipped")


def _read(path: str) -> str:
    from .reading import decode

    if path == STDIN:
        if sys.stdin is None:
            raise OSError(errno.EBADF, "standard input is closed")
        return decode(sys.stdin.buffer.read(), name="<stdin>").text
    return decode(Path(path).read_bytes(), name=path).text


def _same_file(output: str, inputs: Sequence[str]) -> str | None:
    """The input that `output` names too (the same file, by device and inode), if any."""
    try:
        out = os.stat(output)
    except (OSError, ValueError):
        return None  # a new file is no input
    for path in inputs:
        with contextlib.suppress(OSError, ValueError):
            if path != STDIN and os.path.samestat(os.stat(path), out):
                return path
    return None


def _extract(paths: Sequence[str], fmt: str, output: str | None, *, quiet: bool) -> int:
    if output is None and sys.stdout is None:
        _say("union-facts: standard output is closed: nowhere to write (use -o FILE)")
        return 1
    items = list(_inputs(paths))
    files = [i for i in items if isinstance(i, str)]
    if output is not None and (same := _same_file(output, files)) is not None:
        _say(f"union-facts: the output {shown_name(output)} is also an input ({shown_name(same)}): choose another file")
        return 2
    progress = _progress(len(files), quiet=quiet)
    if STDIN in files and sys.stdin is not None and sys.stdin.isatty():
        progress.write("union-facts: reading standard input (end with Ctrl-D)")
    try:
        sink = _Sink(output)
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


def _write_all(items: Sequence[str | _Failure], writer: _Writer, progress: _Progress) -> tuple[int, int]:
    """Extract and write every input; (failed, written). Raises OSError only when writing fails."""
    from .extractor import default_extractor

    extractor = default_extractor()
    failures = written = 0
    for item in items:
        if isinstance(item, _Failure):
            failures += 1
            progress.write(f"union-facts: {shown_name(item.path)}: {item.reason}")
            continue
        try:
            report = extractor.extract(_read(item))
        except Exception as exc:  # one bad file must not stop the batch
            failures += 1
            progress.write(f"union-facts: {shown_name(item)}: {_reason(exc)}")
        else:
            writer.write(shown_name(item), report)
            written += 1
        progress.update(1)
    writer.close()
    return failures, written


class _Sink:
    """Where the output goes: standard output, or a temporary file in the output's folder renamed
    over it only once everything is written (an existing file stays whole until then). A device
    or a FIFO (-o /dev/stdout) is written in place."""

    def __init__(self, output: str | None) -> None:
        self.path: str | None = None
        self.tmp: str | None = None
        if output is None:
            self.stream = _stdout()
            return
        self.path = os.path.realpath(output)  # a link to the output: replace its target, not the link
        try:
            mode: int | None = os.stat(self.path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            self.stream = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            self.path = None
            return
        fd, self.tmp = tempfile.mkstemp(dir=os.path.dirname(self.path), prefix=".union-facts-", suffix=".tmp")
        os.fchmod(fd, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def finish(self, *, keep: bool) -> None:
        """Flush (every error raised here) and, for a file, put it in place when `keep`."""
        self.stream.flush()
        if self.tmp is None:
            if self.stream is not sys.stdout:
                self.stream.close()
            return
        if not keep:  # every input failed: an existing output is left as it was
            self.discard()
            return
        os.fsync(self.stream.fileno())
        self.stream.close()
        assert self.path is not None
        os.replace(self.tmp, self.path)
        self.tmp = None

    def discard(self) -> None:
        if self.stream is not sys.stdout:
            with contextlib.suppress(OSError):
                self.stream.close()
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
            self.tmp = None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    from .reading import TextDecodeError

    if isinstance(exc, TextDecodeError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


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


def _stdout() -> IO[str]:
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("_", "-") != "utf-8":
        stream.reconfigure(encoding="utf-8")
    return stream


# ------------------------------------------------------------------------------------------ writers


def _record(path: str, report: Report) -> str:
    """The report's JSON with "path" first."""
    body = report.model_dump_json()
    return '{"path":' + json.dumps(path, ensure_ascii=False) + "," + body[1:]


class _Writer:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, path: str, report: Report) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _JsonLines(_Writer):
    def write(self, path: str, report: Report) -> None:
        self.out.write(_record(path, report) + "\n")


class _JsonArray(_Writer):
    count = 0

    def write(self, path: str, report: Report) -> None:
        self.out.write(("[\n" if self.count == 0 else ",\n") + _record(path, report))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")


class _Csv(_Writer):
    def __init__(self, out: IO[str]) -> None:
        from .table import COLUMNS

        super().__init__(out)
        self.csv = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        self.csv.writeheader()

    def write(self, path: str, report: Report) -> None:
        from .table import claim_rows

        for row in claim_rows([(path, report)]):
            self.csv.writerow({k: _cell(v) for k, v in row.items()})


class _Table(_Writer):
    HEADER = ("path", "surface", "value", "unit", "qualifier", "subject", "section")

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.rows: list[tuple[str, ...]] = []

    def write(self, path: str, report: Report) -> None:
        from .labels import QUALIFIER_SIGN, format_value
        from .table import claim_rows

        for claim, row in zip(report.claims, claim_rows([(path, report)]), strict=True):
            value = QUALIFIER_SIGN[claim.qualifier] + format_value(claim)
            cells = (path, claim.surface, value, claim.unit, claim.qualifier, claim.subject or "", row["section"] or "")
            self.rows.append(cells)

    def close(self) -> None:
        rows = [self.HEADER, *self.rows]
        widths = [max(_width(r[i]) for r in rows) for i in range(len(self.HEADER))]
        right = {2}  # values align right
        for r in rows:
            cells = [_pad(c, w, right=i in right) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
            self.out.write("  ".join(cells).rstrip() + "\n")


class _Html(_Writer):
    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.items: list[tuple[str, Report]] = []

    def write(self, path: str, report: Report) -> None:
        self.items.append((path, report))

    def close(self) -> None:
        from .render import page_html

        self.out.write(page_html(self.items))


WRITERS: dict[str, Callable[[IO[str]], _Writer]] = {
    "jsonl": _JsonLines,
    "json": _JsonArray,
    "csv": _Csv,
    "table": _Table,
    "html": _Html,
}


def _cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
