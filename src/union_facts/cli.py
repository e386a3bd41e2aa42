"""The ``union-facts`` command: extract reports from files, folders or standard input."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
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
  0  every input was read and extracted
  1  some input failed (each one is reported on standard error; the others are still written)
  2  the command line is wrong
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
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        from .schema import json_schema

        out = _stdout()
        out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
        out.flush()
        return 0
    return _extract(args.paths or [STDIN], args.format, args.output, quiet=args.quiet)


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
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".txt" and p.is_file())
            if not files:
                yield _Failure(raw, "folder holds no *.txt file")
            yield from (str(p) for p in files)
        elif path.exists():
            yield raw
        else:
            yield _Failure(raw, "no such file or folder")


def _read(path: str) -> str:
    from .reading import decode

    if path == STDIN:
        return decode(sys.stdin.buffer.read(), name="<stdin>").text
    return decode(Path(path).read_bytes(), name=path).text


def _extract(paths: Sequence[str], fmt: str, output: str | None, *, quiet: bool) -> int:
    from . import default_extractor

    items = list(_inputs(paths))
    files = [i for i in items if isinstance(i, str)]
    failures = 0
    progress = _progress(len(files), quiet=quiet)
    if STDIN in files and sys.stdin.isatty():
        progress.write("union-facts: reading standard input (end with Ctrl-D)")
    extractor = default_extractor()
    try:
        sink = open(output, "w", encoding="utf-8", newline="") if output else _stdout()  # noqa: SIM115
    except OSError as exc:
        progress.close()
        print(f"union-facts: cannot write {output}: {_reason(exc)}", file=sys.stderr)
        return 1
    writer = WRITERS[fmt](sink)
    try:
        for item in items:
            if isinstance(item, _Failure):
                failures += 1
                progress.write(f"union-facts: {item.path}: {item.reason}")
                continue
            try:
                report = extractor.extract(_read(item))
            except Exception as exc:  # one bad file must not stop the batch
                failures += 1
                progress.write(f"union-facts: {item}: {_reason(exc)}")
            else:
                writer.write(item, report)
            progress.update(1)
        writer.close()
    finally:
        progress.close()
        if output:
            sink.close()
        else:
            sink.flush()
    return 1 if failures else 0


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
            print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress(total: int, *, quiet: bool) -> _Progress:
    if quiet or total < 2 or not sys.stderr.isatty():
        return _Progress(None)
    import os

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
