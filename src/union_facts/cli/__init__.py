"""The ``union-facts`` command: extract reports from files, folders or standard input.

One module a job: `args` (the grammar), `inputs` (which files, which skipped), `extract` (the run),
`output` (the output file replaced whole, progress), `writers` (the formats), `messages` (standard error)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .args import FORMATS, STDIN, Options, build_parser
from .extract import run
from .messages import cannot_write, shown_name, silence_stdout
from .output import stdout
from .writers import WRITERS

__all__ = ["FORMATS", "STDIN", "WRITERS", "build_parser", "main", "shown_name"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``union-facts`` command on `argv` (default: sys.argv); return the exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        silence_stdout()
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        from ..schema import json_schema

        try:
            out = stdout()
            out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
            out.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            return cannot_write(None, exc)
        return 0
    options = Options(
        include=tuple(p.strip().lower() for p in args.include.split(",") if p.strip()),
        quiet=args.quiet,
        keep_empty=args.keep_empty,
        workers=args.workers,
        csv_bom=args.csv_bom,
    )
    return run(args.paths or [STDIN], args.format, args.output, options)
