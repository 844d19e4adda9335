"""Command line: ``python -m libyanews export CORPUS OUT``.

::

    python -m libyanews export seeds/ out/                       # CSV files in out/
    python -m libyanews export /data/libya out/ --format parquet --workers 4
    python -m libyanews export /data/libya out/ --errors report --batch-size 500

``export`` writes articles, actor mentions, casualty figures, casualty
events and term frequencies (see :mod:`libyanews.export`), shows a progress
bar on stderr and closes with a summary on stdout.

Exit status: 0 done; 1 the corpus could not be read (``--errors raise``, the
default, stops at the first bad file: the message names it; the files in
OUT are then incomplete); 2 bad arguments, a missing corpus, or an output
folder that cannot be used (exists as a file, not writable, already holds an
export: pass ``--overwrite``).
"""

from __future__ import annotations

import argparse
import sys

from .corpus import CorpusError
from .export import FORMATS, ExportError, export_corpus

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m libyanews",
        description="Arabic news about the Libyan conflict: actors, casualty figures and terms, with offsets.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export = commands.add_parser(
        "export", help="write articles, actor mentions, casualty figures and events, term frequencies",
        description="Read CORPUS (a folder, searched recursively, or a file) batch by batch and write its "
                    "articles, actor mentions, casualty figures, casualty events and term frequencies into the "
                    "folder OUT.")
    export.add_argument("corpus", metavar="CORPUS", help="folder or file of articles (.txt, .html, .csv, .jsonl, .parquet)")
    export.add_argument("out", metavar="OUT", help="output folder (created if missing)")
    export.add_argument("--format", choices=FORMATS, default="csv", help="file format (default: csv)")
    export.add_argument("--batch-size", type=int, default=1000, metavar="N",
                        help="articles read and analysed at a time (default: 1000)")
    export.add_argument("--workers", type=int, default=0, metavar="N",
                        help="analyse batches on a local Dask cluster of N processes (default: 0, this process)")
    export.add_argument("--errors", choices=("raise", "report"), default=None,
                        help="stop at the first unreadable file or row (raise, the default unless "
                             "$LIBYANEWS_ERRORS says otherwise) or list it in problems.* and go on (report)")
    export.add_argument("--pattern", default=None, help='files to read in CORPUS, e.g. "*.txt" (default: all supported)')
    export.add_argument("--text-column", default="text", help="text column of CSV/JSONL/Parquet files (default: text)")
    export.add_argument("--no-dedupe", action="store_true",
                        help="do not look for republished copies (the duplicate index is the one part of memory "
                             "that grows with the number of articles; every article then counts as an original)")
    export.add_argument("--overwrite", action="store_true", help="replace the files of an earlier export in OUT")
    export.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        summary = export_corpus(
            args.corpus, args.out, fmt=args.format, batch_size=args.batch_size, workers=args.workers,
            errors=args.errors, overwrite=args.overwrite, progress=not args.no_progress, pattern=args.pattern,
            text_column=args.text_column, dedupe=not args.no_dedupe)
    except ExportError as err:
        print(f"libyanews export: error: {err}", file=sys.stderr)
        return 2
    except CorpusError as err:
        missing = err.reason == "no such file or folder" or err.reason.startswith("no files matching")
        hint = "" if missing else " (pass --errors report to list such files and go on; the files in OUT are incomplete)"
        print(f"libyanews export: error: corpus: {err}{hint}", file=sys.stderr)
        return 2 if missing else 1
    print("\n".join(summary.lines()))
    return 0
