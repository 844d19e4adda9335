"""Export the findings of a corpus of any size to CSV or Parquet files.

:func:`export_corpus` (``python -m libyanews export``, see
:mod:`libyanews.cli`) reads a corpus batch by batch
(:func:`libyanews.streaming.iter_corpus`) and writes, into one folder:

=========================  =====================================================
file                       rows (the library function that makes them)
=========================  =====================================================
``articles``               one per article: :func:`libyanews.corpus.load_corpus`
``actor_mentions``         :func:`libyanews.actors.actor_mentions`
``casualty_figures``       :func:`libyanews.casualties.casualty_figures`
``casualty_events``        :func:`libyanews.casualties.casualty_events`
``term_frequencies``       :func:`libyanews.terms.term_frequencies`
``problems``               files and rows not loaded (``--errors report``), if any
=========================  =====================================================

Each file holds exactly what the function gives on the whole corpus with its
defaults (republished copies left out of mentions and terms, kept in figures
and folded into events), so a table can be checked against the Python API.
In CSV, list columns (captions, figure ids, ...) are JSON arrays; Parquet
keeps them as lists, with one fixed schema per table.

**Memory.**  Articles, mentions and figures are written batch by batch.
What is kept grows with the corpus only where it must: the duplicate index
(about 150 bytes per paragraph), the term counts (with the vocabulary) and the
figures, which are kept *on disk* (a SQLite file in a temporary folder) until
the end.  Events are then folded in the two steps of
:func:`libyanews.casualties.casualty_events`, from disk to disk:

1. family by family (an article and its copies), a few thousand families at
   a time; an event without a known event day (its articles have no
   publication day) is finished there, the others go back to disk keyed by
   their first day;
2. those are read back in order of their first day and folded across
   articles with a sliding window (:class:`~libyanews.casualties.events.AcrossFolder`):
   only the events of the last ``window`` days stay in memory, since an
   event whose first day is further back can no longer take a report.

The finished events are written in the order of their first figure, as on
the whole corpus.

**Workers.**  With ``workers`` > 0 the batches are analysed on a Dask
cluster (:mod:`libyanews.dask`; a ``LocalCluster`` of that many processes,
or the ``client`` given), at most ``2 × workers`` partitions in flight, and
written in corpus order: the files are the same as without workers.
"""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .actors import ACTOR_MENTION_COLUMNS
from .casualties import TEXT_COLUMNS as _TEXT_COLUMNS, EVENT_COLUMNS, FIGURE_COLUMNS
from .casualties.events import AcrossFolder, event_row, events_frame, fold_families, make_report, order_key
from . import config
from .corpus import COLUMNS, list_files
from .pipeline import analyse_batch
from .streaming import iter_corpus
from .terms import _TermTally

__all__ = ["FORMATS", "TABLES", "ExportError", "ExportSummary", "analyse_batch", "export_corpus"]

#: Output formats.
FORMATS = ("csv", "parquet")
#: Tables written, in this order (``problems`` only when there are some).
TABLES = ("articles", "actor_mentions", "casualty_figures", "casualty_events", "term_frequencies", "problems")

_S, _I, _B, _D = pa.string(), pa.int64(), pa.bool_(), pa.timestamp("s")
_LIST_S, _LIST_I = pa.list_(pa.string()), pa.list_(pa.int64())
_TYPES = {
    "articles": {**{c: _S for c in COLUMNS}, "article_no": _I, "offset": _I, "n_chars": _I, "n_tokens": _I,
                 "captions": _LIST_S, "subheads": _LIST_S, "artifacts": _LIST_S},
    "actor_mentions": {**{c: _S for c in ["article_id", *ACTOR_MENTION_COLUMNS]}, "start": _I, "end": _I,
                       "sentence": _I},
    "casualty_figures": {**{c: _S for c in FIGURE_COLUMNS}, "low": _I, "best": _I, "high": _I, "cumulative": _B,
                         "start": _I, "end": _I, "date": _D, "published": _D},
    "casualty_events": {**{c: _S for c in EVENT_COLUMNS}, "event": _I, "cumulative": _B, "date_start": _D,
                        "date_end": _D, "low": _I, "best": _I, "high": _I, "n_reports": _I, "n_articles": _I,
                        "n_sources": _I, "values": _LIST_I, "reported_by": _LIST_S, "outlets": _LIST_S,
                        "article_ids": _LIST_S, "figure_ids": _LIST_S, "links": _LIST_S},
    "term_frequencies": {"term": _S, "surface": _S, "count": _I, "n_articles": _I, "forms": _S},
    "problems": {"file": _S, "row": _I, "reason": _S, "path": _S},
}
#: The columns of each table, in order.
SCHEMAS = {name: pa.schema([(c, t) for c, t in types.items()]) for name, types in _TYPES.items()}


class ExportError(Exception):
    """The export cannot start or go on: the message says why (for the CLI)."""


@dataclass
class ExportSummary:
    """What an export did: counts per table, files written, time taken."""

    out: Path
    format: str
    files_read: int = 0
    articles: int = 0
    copies: int = 0
    characters: int = 0
    problems: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    workers: int = 0

    def lines(self) -> list[str]:
        """A readable closing summary."""
        rate = self.characters / self.seconds / 1e6 if self.seconds else 0.0
        head = (f"exported {self.articles:,} articles ({self.copies:,} republished copies) from "
                f"{self.files_read:,} files in {self.seconds:.1f} s ({rate:.2f} Mchar/s, "
                f"{self.workers or 'no'} workers) to {self.out} ({self.format})")
        out = [head, f"  {'problems':<18}{self.problems:>12,}"]
        for name in TABLES:
            if name in self.files:
                out.append(f"  {name.replace('_', ' '):<18}{self.rows.get(name, 0):>12,}   {self.files[name].name}")
        return out


# --------------------------------------------------------------------------
# Writing tables


def _cell_json(value):
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    return value


class _TableWriter:
    """Appends DataFrames to one CSV or Parquet file with a fixed schema."""

    def __init__(self, path: Path, fmt: str, schema: pa.Schema):
        self.path, self.fmt, self.schema = path, fmt, schema
        self.columns = schema.names
        self.lists = [f.name for f in schema if pa.types.is_list(f.type)]
        self.rows = 0
        self._parquet: pq.ParquetWriter | None = None
        self._started = False

    def write(self, frame: pd.DataFrame) -> None:
        frame = frame[self.columns]
        if self.fmt == "csv":
            if self.lists:
                frame = frame.assign(**{c: frame[c].map(_cell_json) for c in self.lists})
            frame.to_csv(self.path, mode="a" if self._started else "w", header=not self._started, index=False,
                         encoding="utf-8", lineterminator="\n")
        else:
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, self.schema)
            table = pa.Table.from_pandas(_plain(frame), schema=self.schema, preserve_index=False)
            self._parquet.write_table(table)
        self._started = True
        self.rows += len(frame)

    def close(self) -> None:
        if not self._started:  # an empty table still gets its file, with its columns
            self.write(pd.DataFrame({c: pd.Series(dtype=object) for c in self.columns}))
        if self._parquet is not None:
            self._parquet.close()


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns as Python objects, missing values as None (pyarrow reads them
    against the schema; Int64 and str extension dtypes would not all convert)."""
    frame = frame.astype(object)
    return frame.where(frame.notna(), None)


# --------------------------------------------------------------------------
# Events: figures on disk, folded family by family, then across articles by day


def _dump(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class _EventFolder:
    """Casualty figures kept in a SQLite file until the corpus is read, then
    folded into events as :func:`libyanews.casualties.casualty_events` folds
    them (module docstring: family by family, then across articles in order
    of the first day with a sliding window), numbered in the order of their
    first figure as on the whole corpus."""

    def __init__(self, folder: str, families_per_chunk: int = 2000, window: int = 1, toll_ratio: float = 2.0):
        self.db = sqlite3.connect(os.path.join(folder, "figures.sqlite"))
        self.db.execute("CREATE TABLE figures (seq INTEGER PRIMARY KEY, family TEXT, data BLOB)")
        self.db.execute("CREATE TABLE dated (day INTEGER, first INTEGER, data BLOB)")
        self.db.execute("CREATE TABLE events (first INTEGER, data BLOB)")
        self.families_per_chunk = families_per_chunk
        self.window, self.toll_ratio = window, toll_ratio
        self.seq = 0

    def add(self, figures: pd.DataFrame) -> None:
        rows = []
        for record in figures[FIGURE_COLUMNS].to_dict("records"):
            dup = record["duplicate_of"]
            family = dup if isinstance(dup, str) else record["article_id"]
            rows.append((self.seq, family, _dump(record)))
            self.seq += 1
        self.db.executemany("INSERT INTO figures VALUES (?, ?, ?)", rows)

    def _finish(self, clusters) -> None:
        self.db.executemany("INSERT INTO events VALUES (?, ?)", [
            (c.first, _dump(event_row(c))) for c in clusters])

    def events(self, batch_rows: int = 5000) -> Iterator[pd.DataFrame]:
        db = self.db
        db.execute("CREATE INDEX figures_family ON figures (family)")
        # Step 1: within families, a chunk of families at a time.
        families = db.execute("SELECT family FROM figures GROUP BY family ORDER BY MIN(seq)")
        while True:
            chunk = [f for (f,) in families.fetchmany(self.families_per_chunk)]
            if not chunk:
                break
            db.execute("CREATE TEMP TABLE IF NOT EXISTS chunk (family TEXT PRIMARY KEY)")
            db.execute("DELETE FROM chunk")
            db.executemany("INSERT INTO chunk VALUES (?)", [(f,) for f in chunk])
            found = db.execute("SELECT seq, data FROM figures WHERE family IN (SELECT family FROM chunk) "
                               "ORDER BY seq").fetchall()
            clusters = fold_families((make_report(pickle.loads(data), seq) for seq, data in found), self.window)
            self._finish(c for c in clusters if c.day_start is None)
            db.executemany("INSERT INTO dated VALUES (?, ?, ?)", [
                (c.day_start.toordinal(), c.first, _dump(c)) for c in clusters if c.day_start is not None])
        # Step 2: across articles, in order of the first day, a few days open at a time.
        db.execute("CREATE INDEX dated_order ON dated (day, first)")
        folder = AcrossFolder(self.window, self.toll_ratio)
        dated = db.execute("SELECT data FROM dated ORDER BY day, first")
        pending = []
        while True:
            rows = dated.fetchmany(batch_rows)
            if not rows:
                break
            for (data,) in rows:
                pending.extend(folder.add(pickle.loads(data)))
            if len(pending) >= batch_rows:  # finished events go to disk as they come
                pending = self._spill(pending)
        pending.extend(folder.close())
        self._spill(pending)
        # The finished events, in the order of their first figure.
        number = 0
        ordered = db.execute("SELECT data FROM events ORDER BY first")
        while True:
            rows = ordered.fetchmany(batch_rows)
            if not rows:
                break
            frame = events_frame([pickle.loads(data) for (data,) in rows], start=number + 1)
            number += len(frame)
            yield frame

    def _spill(self, clusters: list) -> list:
        self._finish(clusters)
        return []

    def close(self) -> None:
        self.db.close()


# --------------------------------------------------------------------------
# The export


def _check_out(out: Path, fmt: str, overwrite: bool) -> dict[str, Path]:
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder; OUT must be a folder (it is created if missing)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"{out}: cannot create the output folder ({err.strerror or err})") from None
    paths = {name: out / f"{name}.{fmt}" for name in TABLES}
    if not os.access(out, os.W_OK | os.X_OK):
        raise ExportError(f"{out}: the output folder is not writable")
    existing = [p.name for p in paths.values() if p.exists()]
    if existing and not overwrite:
        raise ExportError(f"{out}: already holds {', '.join(existing)}; choose another folder or pass --overwrite")
    for name in existing:
        (out / name).unlink()
    return paths


def export_corpus(corpus, out, *, fmt: str = "csv", batch_size: int = 1000, errors: str | None = None,
                  workers: int = 0, client=None, overwrite: bool = False, progress: bool = True,
                  log: Callable[[str], None] | None = None, **load_options) -> ExportSummary:
    """Export the findings of ``corpus`` (a folder, a file or a list of them,
    read as :func:`libyanews.corpus.load_corpus` reads them) into the folder
    ``out``; see the module docstring.  ``progress`` shows a tqdm bar on
    stderr (bytes read).  Returns an :class:`ExportSummary`.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     summary = export_corpus(config.SEEDS_DIR, tmp, progress=False)
    >>> summary.articles, summary.copies, summary.rows["casualty_figures"], summary.rows["casualty_events"]
    (8, 1, 20, 14)
    """
    start = time.perf_counter()
    out = Path(out)
    if fmt not in FORMATS:
        raise ExportError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise ExportError(f"--workers must be a whole number ≥ 0, not {workers!r}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ExportError(f"--batch-size must be a whole number ≥ 1, not {batch_size!r}")
    # The corpus is checked (CorpusError naming it) before the output folder is made.
    list_files(config.default_corpus() if corpus is None else corpus, load_options.get("pattern"))
    paths = _check_out(out, fmt, overwrite)
    summary = ExportSummary(out=out, format=fmt, workers=workers if client is None else len(client.nthreads()))
    if workers or client is not None:
        from . import dask as ln_dask

        results, stream = ln_dask.analysed_batches(corpus, batch_size=batch_size, errors=errors, workers=workers,
                                                   client=client, progress=progress, **load_options)
    else:
        stream = iter_corpus(corpus, batch_size, errors=errors, **load_options)
        results = _local_batches(stream, progress)
    writers = {name: _TableWriter(paths[name], fmt, SCHEMAS[name]) for name in TABLES if name != "problems"}
    tally = _TermTally(None)
    with tempfile.TemporaryDirectory(prefix="libyanews-export-") as tmp:
        folder = _EventFolder(tmp)
        try:
            for batch, mentions, figures, part in results:
                writers["articles"].write(batch)
                writers["actor_mentions"].write(mentions)
                writers["casualty_figures"].write(figures)
                folder.add(figures)
                tally.merge(part)
                summary.articles += len(batch)
                summary.copies += int(batch["duplicate_of"].notna().sum())
                summary.characters += int(batch["n_chars"].sum())
            for events in folder.events():
                writers["casualty_events"].write(events)
            writers["term_frequencies"].write(tally.table(1))
        finally:
            results.close()  # stops a cluster the workers' path started
            folder.close()
            for writer in writers.values():
                writer.close()
    problems = list(stream.problems)
    if problems:
        problem_writer = _TableWriter(paths["problems"], fmt, SCHEMAS["problems"])
        problem_writer.write(pd.DataFrame(problems, columns=SCHEMAS["problems"].names).astype({"row": "Int64"}))
        problem_writer.close()
        summary.files["problems"] = paths["problems"]
        summary.rows["problems"] = len(problems)
    summary.problems = len(problems)
    summary.files_read = stream.files_read
    for name, writer in writers.items():
        summary.files[name] = writer.path
        summary.rows[name] = writer.rows
    summary.seconds = time.perf_counter() - start
    return summary


def _local_batches(stream, progress: bool):
    """Analysed batches of the stream, in this process, with a progress bar."""
    from tqdm.auto import tqdm

    with tqdm(total=stream.total_bytes, unit="B", unit_scale=True, desc="export", file=sys.stderr,
              disable=not progress, dynamic_ncols=True) as bar:
        for batch in stream:
            yield analyse_batch(batch)
            bar.update(stream.bytes_read - bar.n)
            bar.set_postfix(articles=stream.n_articles, refresh=False)

