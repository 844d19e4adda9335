"""Are the pipeline's tables the same before and after a change?

A refactoring or a speed-up must not change a single cell.  This script
writes a generated corpus (:func:`libyanews.synth.write_corpus`, seed 0),
computes the tables of the pipeline on it and either saves them as a
reference or compares them with one saved before::

    git stash; python benchmarks/same_tables.py --save /tmp/before.pkl; git stash pop
    python benchmarks/same_tables.py --against /tmp/before.pkl

Tables compared: ``casualty_figures`` and ``casualty_events`` (always) and,
with ``--all``, ``actor_mentions`` and ``term_frequencies``.  ``--columns``
limits the comparison to the columns both versions have (for a change that
adds columns on purpose); ``--skip COLUMN`` leaves a column out (one whose
meaning a change redefines on purpose, compared separately).  Exit status 1
when a table differs, with the first differing rows printed.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import libyanews as ln
from libyanews.synth import write_corpus


def compute(n_articles: int, seed: int, everything: bool) -> dict[str, pd.DataFrame]:
    """The tables of the pipeline on a generated corpus of ``n_articles``."""
    with tempfile.TemporaryDirectory(prefix="libyanews-same-") as tmp:
        write_corpus(tmp, n_articles, seed=seed)
        corpus = ln.load_corpus(tmp)
    tables = {}
    t0 = time.perf_counter()
    tables["casualty_figures"] = ln.casualty_figures(corpus)
    tables["casualty_events"] = ln.casualty_events(tables["casualty_figures"])
    print(f"figures and events: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if everything:
        tables["actor_mentions"] = ln.actor_mentions(corpus)
        tables["term_frequencies"] = ln.term_frequencies(corpus)
    return tables


def differences(before: pd.DataFrame, after: pd.DataFrame, shared_columns: bool, skip=()) -> str | None:
    """None when the two tables are equal (values, order, dtypes), else a description."""
    before = before.drop(columns=[c for c in skip if c in before.columns])
    after = after.drop(columns=[c for c in skip if c in after.columns])
    if shared_columns:
        columns = [c for c in before.columns if c in after.columns]
        before, after = before[columns], after[columns]
    if list(before.columns) != list(after.columns):
        return f"columns differ: {list(before.columns)} vs {list(after.columns)}"
    if len(before) != len(after):
        return f"{len(before)} rows before, {len(after)} after"
    try:
        pd.testing.assert_frame_equal(before.reset_index(drop=True), after.reset_index(drop=True))
    except AssertionError as err:
        return str(err)[:2000]
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--all", action="store_true", help="also actor mentions and term frequencies")
    parser.add_argument("--columns", action="store_true", help="compare the columns both versions have")
    parser.add_argument("--skip", action="append", default=[], metavar="COLUMN",
                        help="leave this column out of the comparison (repeatable)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--against", type=Path)
    args = parser.parse_args(argv)
    tables = compute(args.articles, args.seed, args.all)
    if args.save:
        with open(args.save, "wb") as fh:
            pickle.dump(tables, fh)
        print(", ".join(f"{name}: {len(t):,} rows" for name, t in tables.items()), f"saved to {args.save}")
        return 0
    with open(args.against, "rb") as fh:
        reference = pickle.load(fh)
    status = 0
    for name, before in reference.items():
        if name not in tables:
            continue
        diff = differences(before, tables[name], args.columns, args.skip)
        print(f"{name}: {len(before):,} rows before, {len(tables[name]):,} after: "
              + ("identical" if diff is None else "DIFFERENT\n" + diff))
        status |= diff is not None
    return status


if __name__ == "__main__":
    sys.exit(main())
