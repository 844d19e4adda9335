"""Command line: ``python -m libyanews export|report CORPUS OUT``.

::

    python -m libyanews export seeds/ out/                       # CSV files in out/
    python -m libyanews export /data/libya out/ --format parquet --workers 4
    python -m libyanews export /data/libya out/ --errors report --batch-size 500
    python -m libyanews report seeds/ report/                    # HTML pages + index.html
    python -m libyanews report /data/libya report/ --with-code --errors report

``export`` writes articles, actor mentions, casualty figures, casualty
events and term frequencies (see :mod:`libyanews.export`); ``report`` runs
the analysis notebooks on CORPUS and writes each as a notebook and a web
page, with ``index.html`` linking them (see :mod:`libyanews.report`).  Both
show a progress bar on stderr and close with a summary on stdout.

Exit status: 0 done; 1 the corpus could not be read (``--errors raise``, the
default, stops at the first bad file: the message names it; the files in
OUT are then incomplete), or a notebook failed on it (``report``: the
executed notebook in OUT shows where); 2 bad arguments, a missing corpus, or
an output folder that cannot be used (exists as a file, not writable,
already holds an export or a report: pass ``--overwrite``).
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
    report = commands.add_parser(
        "report", help="run the analysis notebooks on CORPUS and write them as web pages with an index",
        description="Run the analysis notebooks (01-04, 06 ...; not the 05 benchmark) on CORPUS and write into "
                    "OUT, for each, the executed notebook and a self-contained HTML page (figures embedded, "
                    "Arabic right to left, code hidden), plus index.html linking the pages and summarizing the "
                    "corpus.")
    report.add_argument("corpus", metavar="CORPUS", help="folder or file of articles (.txt, .html, .csv, .jsonl, .parquet)")
    report.add_argument("out", metavar="OUT", help="output folder (created if missing)")
    report.add_argument("--with-code", action="store_true", help="show the code cells in the pages")
    report.add_argument("--errors", choices=("raise", "report"), default=None,
                        help="stop at the first unreadable file or row (raise, the default unless "
                             "$LIBYANEWS_ERRORS says otherwise) or list it in the index and go on (report)")
    report.add_argument("--overwrite", action="store_true", help="replace the pages of an earlier report in OUT")
    report.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "report":
        return _report(args)
    try:
        summary = export_corpus(
            args.corpus, args.out, fmt=args.format, batch_size=args.batch_size, workers=args.workers,
            errors=args.errors, overwrite=args.overwrite, progress=not args.no_progress, pattern=args.pattern,
            text_column=args.text_column, dedupe=not args.no_dedupe)
    except ExportError as err:
        print(f"libyanews export: error: {err}", file=sys.stderr)
        return 2
    except CorpusError as err:
        return _corpus_error("export", err, "; the files in OUT are incomplete")
    print("\n".join(summary.lines()))
    return 0


def _corpus_error(command: str, err: CorpusError, incomplete: str = "") -> int:
    """Print why the corpus cannot be read; 2 when it is missing, 1 when a file is unreadable."""
    missing = err.reason == "no such file or folder" or err.reason.startswith("no files matching")
    hint = "" if missing else f" (pass --errors report to list such files and go on{incomplete})"
    print(f"libyanews {command}: error: corpus: {err}{hint}", file=sys.stderr)
    return 2 if missing else 1


def _report(args) -> int:
    from .report import NotebookError, ReportError, make_report

    try:
        summary = make_report(args.corpus, args.out, with_code=args.with_code, errors=args.errors,
                              overwrite=args.overwrite, progress=not args.no_progress)
    except ReportError as err:
        print(f"libyanews report: error: {err}", file=sys.stderr)
        return 2
    except CorpusError as err:
        return _corpus_error("report", err)
    except NotebookError as err:
        print(f"libyanews report: error: {err}", file=sys.stderr)
        return 1
    print("\n".join(summary.lines()))
    return 0
