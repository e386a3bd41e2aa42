"""The command line's grammar: commands, options, help and exit status."""

from __future__ import annotations

import argparse
import textwrap
from dataclasses import dataclass

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
    """The parser of the whole command line: the extract and schema commands, their help."""
    from .. import __version__
    from ..table import COLUMNS

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
            "A PATH is a file; a folder, searched recursively for the files --include names (every\n"
            "other file in it is listed on standard error as skipped, with the reason); or '-' for\n"
            "standard input, which is also read when no PATH is given. Text files may be UTF-8,\n"
            "GB18030/GBK or Big5 (detected); .html/.htm pages need the html extra, .pdf files the pdf\n"
            "extra (pip install 'union_facts[html,pdf]'). On a terminal a progress bar shows on\n"
            "standard error: by file for several files, by character for one."
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
    extract.add_argument(
        "--include",
        metavar="PATTERNS",
        help="comma-separated file name patterns read in folders (default: %(default)s)",
        default=",".join(_default_include()),
    )
    extract.add_argument(
        "--keep-empty",
        action="store_true",
        help="csv, table: a row for each document with no claim (claim cells empty)",
    )
    extract.add_argument(
        "--workers", type=_positive, default=1, metavar="N", help="extract in N worker processes (default 1)"
    )
    extract.add_argument("--csv-bom", action="store_true", help="csv: start with a byte-order mark (for Excel)")

    commands.add_parser(
        "schema",
        help="print the JSON Schema of the json and jsonl records",
        description="Print the JSON Schema (draft 2020-12) of the records 'extract' writes as json or jsonl.",
    )
    return parser


def _default_include() -> list[str]:
    from ..files import available

    return available()


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


@dataclass(frozen=True, slots=True)
class Options:
    """The extract command's options beside its paths and format."""

    include: tuple[str, ...] = ("*.txt",)
    quiet: bool = False
    keep_empty: bool = False
    workers: int = 1
    csv_bom: bool = False
