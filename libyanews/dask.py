"""Beyond one machine: the same functions on Dask DataFrame partitions.

A corpus becomes a Dask DataFrame whose partitions are corpus DataFrames
(groups of whole files, about ``partition_bytes`` each); every corpus-level
function of the package then runs on the partitions unchanged::

    import libyanews.dask as lnd
    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")        # or LocalCluster(...) on one machine
    corpus = lnd.load_corpus("/data/libya")       # lazy, one partition per group of files
    figures = corpus.map_partitions(ln.casualty_figures, meta=lnd.FIGURES_META)
    mentions = lnd.actor_mentions(corpus)         # the same, with its meta
    terms = lnd.term_frequencies(corpus)          # pandas: counts added up across partitions
    events = lnd.casualty_events(figures)         # Dask: shuffled by article family

The results equal those of the pandas functions on ``ln.load_corpus`` of
the same files (tests/test_dask.py checks it on a ``LocalCluster`` of two
processes): the same rows in the same order, an empty value being NaN in
Dask's string columns where the pandas path may have None.

**Duplicates need the whole corpus in order** (an article is a copy of the
earliest article it republishes).  :func:`load_corpus` therefore reads the
files twice: first every partition computes the MinHash signatures of its
articles in parallel (the costly part of duplicate detection), the client
runs them through one :class:`~libyanews.dedupe.DuplicateIndex` in corpus
order (fast: lookups only) and checks article ids for repeats across files;
then the partitions are read again, lazily, with ``duplicate_of`` filled in.
Problems (``errors="report"``) are collected in the first pass:
``corpus.attrs["problems"]`` is not kept by Dask, so :func:`load_corpus`
returns them in ``problems`` of :func:`load_corpus_with_problems`.

**Events** are folded in the two steps of
:func:`libyanews.casualties.casualty_events`.  Step 1 folds the figures of
one article *family* (an article and its copies, which may sit in different
partitions): :func:`casualty_events` shuffles the figures by family and
folds each partition on its worker.  Step 2 folds across articles the events
whose event days are known, in order of their first day: they are sorted by
that day (a Dask sort, so they are spread over partitions of consecutive
days), and a chain of tasks walks the sorted partitions in order, each
handing the next the events still open (those of the last ``window`` days;
:class:`~libyanews.casualties.events.AcrossFolder`).  No task holds more
than one partition and the open events, and the client holds none of the
figures: memory stays bounded however large the corpus.  The events are
then sorted by their first figure and numbered, as the pandas path numbers
them.

Workers import ``libyanews`` themselves: install the package on every worker
(``pip install -r requirements.txt``) or, for a local cluster, start Python
with ``PYTHONPATH`` pointing at the checkout (worker processes inherit it).
Each worker loads the word-frequency lexicon of clitic splitting once (about
three seconds and 30 MB).
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd

from . import config
from .actors import ACTOR_MENTION_COLUMNS, actor_mentions as _actor_mentions
from .casualties import EVENT_COLUMNS, FIGURE_COLUMNS
from .casualties import casualty_events as _casualty_events
from .casualties.events import (REPORT_COLUMNS, AcrossFolder, check_options, event_row, events_frame, fold_families,
                                make_report)
from .casualties import casualty_figures as _casualty_figures
from .corpus import COLUMNS, CorpusError, _check_file, _check_options, _file_results, _frame, _stems, _warn, list_files
from .dedupe import DuplicateIndex
from .pipeline import analyse_batch
from .streaming import _size
from .terms import _as_stopwords, _TermTally

__all__ = [
    "CORPUS_META",
    "FIGURES_META",
    "MENTIONS_META",
    "actor_mentions",
    "casualty_events",
    "compare_with_pandas",
    "casualty_figures",
    "load_corpus",
    "load_corpus_with_problems",
    "local_client",
    "run_pipeline",
    "same_rows",
    "term_frequencies",
]

# Dask turns object columns into pyarrow strings by default, which would turn
# the list columns (captions, figure ids) into their text.  The corpus tables
# keep Python objects, as the pandas path does.
dask.config.set({"dataframe.convert-string": False})

#: Default size of a partition: about a thousand news articles.
PARTITION_BYTES = 4 << 20

_LISTS = ("captions", "subheads", "artifacts")
_INTS = ("article_no", "offset", "n_chars", "n_tokens")


def _meta(columns: list[str], ints=(), lists=(), others: dict | None = None) -> pd.DataFrame:
    dtypes = {c: ("int64" if c in ints else object if c in lists else "str") for c in columns}
    dtypes.update(others or {})
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in dtypes.items()})


#: Empty frames with the columns and dtypes of each result (``meta=`` of map_partitions).
CORPUS_META = _meta(COLUMNS, _INTS, _LISTS)
MENTIONS_META = _meta(["article_id", *ACTOR_MENTION_COLUMNS], ("start", "end", "sentence"),
                      others={"evidence": object})
FIGURES_META = _meta(FIGURE_COLUMNS, ("start", "end"), others={
    **{c: "Int64" for c in ("low", "best", "high")}, "cumulative": bool, "date": "datetime64[s]",
    "published": "datetime64[s]",
    **{c: object for c in FIGURE_COLUMNS if c not in ("article_id", "low", "best", "high", "cumulative", "start",
                                                       "end", "date", "published")}})
EVENTS_META = _meta(EVENT_COLUMNS, ("event", "n_reports", "n_articles", "n_sources"), REPORT_COLUMNS,
                    others={**{c: "Int64" for c in ("low", "best", "high")}, "cumulative": bool,
                            "date_start": "datetime64[s]", "date_end": "datetime64[s]",
                            **{c: object for c in ("attacker", "place", "date_precision", "evidence")}})
#: Step 1's events on their way to step 2: first day (ordinal, -1 when none), first figure, the pickled events.
_CLUSTERS_META = pd.DataFrame({"_day": pd.Series(dtype="int64"), "_first": pd.Series(dtype="int64"),
                               "_cluster": pd.Series(dtype=object)})
_ROWS_META = EVENTS_META.assign(_first=pd.Series(dtype="int64"))


# --------------------------------------------------------------------------
# Loading


@dataclass
class _Part:
    """One partition: its files and what the first pass decided for its rows."""

    files: list[tuple[Path, str]]
    start: int = 0                  # index of its first article in the corpus
    drop: frozenset = frozenset()   # (file, article_no) of rows whose id repeats an earlier file's
    duplicates: tuple = ()          # duplicate_of of each kept row


def _partitions(files: list[tuple[Path, str]], partition_bytes: int) -> list[_Part]:
    parts: list[_Part] = []
    chunk: list[tuple[Path, str]] = []
    size = 0
    for f in files:
        chunk.append(f)
        size += _size(f[0])
        if size >= partition_bytes:
            parts.append(_Part(chunk))
            chunk, size = [], 0
    if chunk or not parts:
        parts.append(_Part(chunk))
    return parts


def _signatures_of_part(files, stems, options):
    """First pass, on a worker: per file, its rows reduced to id, number and
    paragraph signatures, and its problems as plain tuples."""
    index = DuplicateIndex()
    out = []
    for file, name, rows, problems in _file_results(files, stems, options):
        light = None if rows is None else [
            {"article_id": r["article_id"], "article_no": r["article_no"], "signatures": index.signatures(r["text"])}
            for r in rows]
        out.append((file, name, light, [(p.path, p.reason, p.row) for p in problems]))
    return out


def _frame_of_part(part: _Part, stems, options, dedupe: bool) -> pd.DataFrame:
    """Second pass, on a worker: the corpus DataFrame of one partition."""
    rows = []
    for file, name, file_rows, _ in _file_results(part.files, stems, options):
        rows.extend(r for r in file_rows or () if (name, r["article_no"]) not in part.drop)
    frame = _frame(rows, None, start=part.start)
    if dedupe:
        frame["duplicate_of"] = list(part.duplicates) or None
    return _as_meta(frame, CORPUS_META)


def _as_meta(frame: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the dtypes of ``meta`` (str columns: NaN for empty values)."""
    if not len(frame):
        return meta.copy()
    out = frame[list(meta.columns)].copy()
    for col, dtype in meta.dtypes.items():
        if dtype == object:
            out[col] = out[col].astype(object).where(out[col].notna(), None)
        elif str(dtype) != str(out[col].dtype):
            out[col] = out[col].astype(dtype)
    return out


def load_corpus_with_problems(
    path: os.PathLike | str | Sequence[os.PathLike | str] | None = None,
    *,
    partition_bytes: int = PARTITION_BYTES,
    pattern: str | None = None,
    errors: str | None = None,
    dedupe: bool = True,
    **options,
) -> tuple[dd.DataFrame, list[dict]]:
    """:func:`load_corpus` and the problems of the first pass (the list
    ``load_corpus(errors="report").attrs["problems"]`` of the pandas path)."""
    errors, read_options = _check_options(errors, **{
        "encoding": options.pop("encoding", None), "text_column": options.pop("text_column", "text"),
        "title_column": options.pop("title_column", None), "date_column": options.pop("date_column", None),
        "source_column": options.pop("source_column", None), "url_column": options.pop("url_column", None),
        "id_column": options.pop("id_column", None)})
    if options:
        raise TypeError(f"load_corpus: unknown argument(s) {', '.join(sorted(options))}")
    if isinstance(partition_bytes, bool) or not isinstance(partition_bytes, int) or partition_bytes < 1:
        raise ValueError(f"partition_bytes must be a whole number ≥ 1, got {partition_bytes!r}")
    files = list_files(config.default_corpus() if path is None else path, pattern)
    stems = _stems(files)
    parts = _partitions(files, partition_bytes)
    first_pass = dask.compute(*[dask.delayed(_signatures_of_part)(p.files, stems, read_options) for p in parts])
    # In corpus order on the client: repeated ids, problems, duplicates.
    index = DuplicateIndex() if dedupe else None
    seen_ids: dict[str, str] = {}
    problems: list[dict] = []
    n = 0
    for part, results in zip(parts, first_pass):
        drop, duplicates = set(), []
        part.start = n
        for file, name, rows, file_problems in results:
            errs = [CorpusError(*p) for p in file_problems]
            kept, found = _check_file(file, name, rows, errs, seen_ids, errors)
            problems.extend(found)
            kept_nos = {r["article_no"] for r in kept}
            drop.update((name, r["article_no"]) for r in rows or () if r["article_no"] not in kept_nos)
            for r in kept:
                duplicates.append(index.add_signatures(r["article_id"], *r["signatures"]) if index else None)
        part.drop, part.duplicates = frozenset(drop), tuple(duplicates)
        n += len(duplicates)
    if problems:
        _warn(problems, n, who="libyanews.dask.load_corpus", where_all="load_corpus_with_problems(...)[1]",
              stacklevel=3)
    # Known divisions (the index runs on across partitions) when no partition is empty.
    starts = [p.start for p in parts] + [n]
    known = all(a < b for a, b in zip(starts, starts[1:]))
    corpus = dd.from_map(_frame_of_part, parts, args=(stems, read_options, dedupe), meta=CORPUS_META,
                         divisions=tuple(starts[:-1]) + (n - 1,) if known else None,
                         label="libyanews-corpus", enforce_metadata=False)
    return corpus, problems


def load_corpus(path=None, *, partition_bytes: int = PARTITION_BYTES, pattern: str | None = None,
                errors: str | None = None, dedupe: bool = True, **options) -> dd.DataFrame:
    """The corpus at ``path`` as a Dask DataFrame: the rows of
    :func:`libyanews.corpus.load_corpus` (same arguments), partitioned by
    groups of whole files of about ``partition_bytes``.  Duplicate detection
    and the problem check run at once (first pass, see the module
    docstring); the partitions are read when computed.

    >>> corpus = load_corpus(partition_bytes=10_000)     # the seeds, on the default scheduler
    >>> corpus.npartitions, len(corpus)
    (3, 8)
    """
    return load_corpus_with_problems(path, partition_bytes=partition_bytes, pattern=pattern, errors=errors,
                                     dedupe=dedupe, **options)[0]


# --------------------------------------------------------------------------
# The corpus-level functions on partitions


def actor_mentions(corpus: dd.DataFrame, **kwargs) -> dd.DataFrame:
    """:func:`libyanews.actors.actor_mentions` on every partition (same keyword arguments)."""
    return corpus.map_partitions(_actor_mentions, meta=MENTIONS_META, **kwargs)


def casualty_figures(corpus: dd.DataFrame) -> dd.DataFrame:
    """:func:`libyanews.casualties.casualty_figures` on every partition."""
    return corpus.map_partitions(_casualty_figures, meta=FIGURES_META)


def _tally(part: pd.DataFrame, ngram: int, by, stopwords, include_duplicates: bool) -> _TermTally:
    tally = _TermTally(by)
    tally.add(part, ngram, _as_stopwords(stopwords), include_duplicates)
    return tally


def term_frequencies(corpus: dd.DataFrame, ngram: int = 1, by: str | None = None, min_count: int = 1, *,
                     stopwords=None, include_duplicates: bool = False) -> pd.DataFrame:
    """:func:`libyanews.terms.term_frequencies` of the whole corpus (a pandas
    DataFrame): each partition counts its terms, the client adds the counts
    up in partition order."""
    from .terms import _check_positive

    _check_positive("min_count", min_count)
    _check_positive("ngram", ngram)
    stopwords = _as_stopwords(stopwords)
    parts = [dask.delayed(_tally)(p, ngram, by, stopwords, include_duplicates) for p in corpus.to_delayed()]
    total = _TermTally(by)
    for tally in dask.compute(*parts):
        total.merge(tally)
    return total.table(min_count)


def _with_order(part: pd.DataFrame, partition_info=None) -> pd.DataFrame:
    number = partition_info["number"] if partition_info else 0
    families = part["duplicate_of"].where(part["duplicate_of"].notna(), part["article_id"])
    return part.assign(_family=families.astype(object), _seq=(number << 32) + np.arange(len(part), dtype=np.int64))


def _fold(part: pd.DataFrame, window: int) -> pd.DataFrame:
    """Step 1 on one partition of figures shuffled by family: the events, pickled, with their first day."""
    part = part.sort_values("_seq")
    # A shuffle may bring empty values back as NaN: casualty_figures gives None.
    figures = _as_meta(part.drop(columns=["_family", "_seq"]).reset_index(drop=True), FIGURES_META)
    reports = [make_report(row, int(seq)) for row, seq in zip(figures.to_dict("records"), part["_seq"])]
    clusters = fold_families(reports, window)
    return pd.DataFrame({
        "_day": np.asarray([c.day_start.toordinal() if c.day_start else -1 for c in clusters], dtype=np.int64),
        "_first": np.asarray([c.first for c in clusters], dtype=np.int64),
        "_cluster": pd.Series([pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL) for c in clusters], dtype=object),
    })


def _rows(clusters) -> pd.DataFrame:
    """Event rows (with ``_first``) of finished events."""
    return events_frame([event_row(c) for c in clusters], keep_first=True)


def _undated_rows(part: pd.DataFrame) -> pd.DataFrame:
    return _rows(pickle.loads(data) for data in part["_cluster"])


def _across(part: pd.DataFrame, folder: AcrossFolder) -> tuple[pd.DataFrame, AcrossFolder]:
    """Step 2 on one partition of events sorted by first day: the events it
    closes, and the folder with those still open for the next partition."""
    part = part.sort_values(["_day", "_first"], kind="stable")
    folder = pickle.loads(pickle.dumps(folder))  # never change a task's input in place
    closed = []
    for data in part["_cluster"]:
        closed.extend(folder.add(pickle.loads(data)))
    return _rows(closed), folder


def _close(folder: AcrossFolder) -> pd.DataFrame:
    return _rows(folder.close())


def _number(part: pd.DataFrame, offsets: list[int], partition_info=None) -> pd.DataFrame:
    start = offsets[partition_info["number"]] if partition_info else 0
    out = part.drop(columns="_first").reset_index(drop=True)
    out["event"] = np.arange(start + 1, start + 1 + len(out), dtype=np.int64)
    return out


def casualty_events(figures: dd.DataFrame, window: int = 1, *, toll_ratio: float = 2.0) -> dd.DataFrame:
    """:func:`libyanews.casualties.casualty_events` of the figures of a whole
    corpus (:func:`casualty_figures`), computed on the cluster (module
    docstring): figures shuffled by article family and folded there (step
    1); events with a known day sorted by it and folded across articles by a
    chain of tasks over the sorted partitions (step 2); all sorted by their
    first figure and numbered.  The events are computed (persisted) here,
    to number them."""
    check_options(window, toll_ratio)
    ordered = figures.map_partitions(_with_order, meta=FIGURES_META.assign(
        _family=pd.Series(dtype=object), _seq=pd.Series(dtype="int64")))
    clusters = ordered.shuffle(on="_family").map_partitions(_fold, window, meta=_CLUSTERS_META).persist()
    undated = clusters[clusters["_day"] < 0].map_partitions(_undated_rows, meta=_ROWS_META)
    parts = [undated]
    if int((clusters["_day"] >= 0).sum().compute()):
        dated = clusters[clusters["_day"] >= 0].sort_values("_day")
        folder, pieces = AcrossFolder(window, toll_ratio), []
        for part in dated.to_delayed():
            step = dask.delayed(_across, nout=2)(part, folder)
            pieces.append(step[0])
            folder = step[1]
        pieces.append(dask.delayed(_close)(folder))
        parts.append(dd.from_delayed(pieces, meta=_ROWS_META, verify_meta=False))
    folded = dd.concat(parts) if len(parts) > 1 else parts[0]
    folded = folded.sort_values("_first").persist()  # events are small; the figures are not computed twice
    lengths = folded.map_partitions(len).compute()
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1])).tolist()
    return folded.map_partitions(_number, offsets, meta=EVENTS_META)


# --------------------------------------------------------------------------
# The whole pipeline, timed


@dataclass
class PipelineResult:
    """What :func:`run_pipeline` computed and how long each step took.  The
    per-article tables stay on the cluster (persisted Dask DataFrames: compute
    the columns you need); events and terms are pandas tables."""

    corpus: dd.DataFrame
    mentions: dd.DataFrame
    figures: dd.DataFrame
    events: pd.DataFrame
    terms: pd.DataFrame
    timings: pd.DataFrame         # step, seconds, Mchar/s, articles/s


def _wait(*collections) -> None:
    try:
        from dask.distributed import default_client, wait
        default_client()
    except (ImportError, ValueError):
        return  # no distributed client: persist has already computed
    wait(list(collections))


def run_pipeline(corpus: dd.DataFrame) -> PipelineResult:
    """Read the partitions (persisted), find actor mentions and casualty
    figures, fold events and count terms on the cluster; return the tables
    and a timing per step.  Throughput is characters and articles of the
    whole corpus per second of wall-clock time (all workers together).

    >>> result = run_pipeline(load_corpus(partition_bytes=10_000))   # the seeds, default scheduler
    >>> len(result.figures.compute()), len(result.events), list(result.timings.columns)
    (20, 14, ['step', 'seconds', 'Mchar/s', 'articles/s'])
    """
    import time

    rows = []

    def timed(step, fn):
        start = time.perf_counter()
        out = fn()
        rows.append((step, time.perf_counter() - start))
        return out

    def persisted(collection):
        collection = collection.persist()
        _wait(collection)
        return collection

    corpus = timed("read, segment, dedupe (second pass)", lambda: persisted(corpus))
    n_chars, n_articles = dask.compute(corpus["n_chars"].sum(), corpus.shape[0])
    mentions = timed("actor_mentions", lambda: persisted(actor_mentions(corpus)))
    figures = timed("casualty_figures", lambda: persisted(casualty_figures(corpus)))
    events = timed("casualty_events", lambda: casualty_events(figures).compute())
    terms = timed("term_frequencies", lambda: term_frequencies(corpus))
    total = sum(s for _, s in rows)
    rows.append(("all steps", total))
    timings = pd.DataFrame(
        [(step, round(s, 2), round(n_chars / s / 1e6, 2), round(n_articles / s)) for step, s in rows],
        columns=["step", "seconds", "Mchar/s", "articles/s"])
    return PipelineResult(corpus, mentions, figures, events.reset_index(drop=True), terms, timings)


# --------------------------------------------------------------------------
# Checking against the pandas path


def _plain(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        return tuple(_plain(v) for v in value)
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def same_rows(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """True when two tables have the same columns and the same rows in the
    same order, value for value: empty values (None, NaN, <NA>) alike,
    sequences compared item by item, the index and dtypes ignored.

    >>> same_rows(pd.DataFrame({"x": ["a", None]}), pd.DataFrame({"x": ["a", float("nan")]}, index=[5, 6]))
    True
    """
    if list(a.columns) != list(b.columns) or len(a) != len(b):
        return False
    return all(list(map(_plain, ra)) == list(map(_plain, rb))
               for ra, rb in zip(a.itertuples(index=False), b.itertuples(index=False)))


def compare_with_pandas(corpus: dd.DataFrame, pandas_corpus: pd.DataFrame) -> pd.DataFrame:
    """Every table computed on the Dask corpus and with the pandas functions
    on ``pandas_corpus`` (``load_corpus`` of the same files): its rows both
    ways and whether they are the same (:func:`same_rows`)."""
    from .actors import actor_mentions as pandas_mentions
    from .terms import term_frequencies as pandas_terms

    figures = casualty_figures(corpus).persist()
    pandas_figures = _casualty_figures(pandas_corpus)
    pairs = {
        "articles": (corpus.compute(), pandas_corpus),
        "actor mentions": (actor_mentions(corpus).compute(), pandas_mentions(pandas_corpus)),
        "casualty figures": (figures.compute(), pandas_figures),
        "casualty events": (casualty_events(figures).compute(), _casualty_events(pandas_figures)),
        "term frequencies": (term_frequencies(corpus), pandas_terms(pandas_corpus)),
    }
    return pd.DataFrame([(name, len(d), len(p), same_rows(d, p)) for name, (d, p) in pairs.items()],
                        columns=["table", "rows (Dask)", "rows (pandas)", "same rows"])


# --------------------------------------------------------------------------
# The export's workers


def local_client(workers: int):
    """A ``LocalCluster`` of ``workers`` processes (one thread each) and its
    client, quiet: no dashboard, warnings and errors only in the logs."""
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


class _Progress:
    """What the export reports once the batches are analysed (like a CorpusStream)."""

    def __init__(self, files, problems):
        self.files = files
        self.files_read = len(files)
        self.problems = problems


def analysed_batches(corpus, *, batch_size: int = 1000, errors=None, workers: int = 2, client=None,
                     progress: bool = True, **load_options) -> tuple[Iterator, _Progress]:
    """The export's analysed batches (:func:`libyanews.pipeline.analyse_batch`)
    computed on a Dask cluster, in corpus order, at most ``2 × workers``
    partitions in flight.  Partitions hold about ``batch_size`` articles of
    3 KB.  Starts (and closes at the end) a local cluster unless ``client``
    is given."""
    from tqdm.auto import tqdm

    files = list_files(config.default_corpus() if corpus is None else corpus, load_options.get("pattern"))
    own = client is None
    if own:
        client, cluster = local_client(workers)
    else:
        cluster = None
    try:
        with client.as_current():
            ddf, problems = load_corpus_with_problems(corpus, partition_bytes=max(1, batch_size) * 3000,
                                                      errors=errors, **load_options)
    except BaseException:
        if own:
            client.close()
            cluster.close()
        raise
    state = _Progress(files, problems)
    window = 2 * max(1, len(client.nthreads()))

    def results():
        try:
            parts = [dask.delayed(analyse_batch)(p) for p in ddf.to_delayed()]
            with tqdm(total=len(parts), unit="part", desc="export", file=sys.stderr, disable=not progress,
                      dynamic_ncols=True) as bar:
                futures = [client.compute(p) for p in parts[:window]]
                for k in range(len(parts)):
                    result = futures[k].result()
                    futures[k] = None  # let the client forget it
                    if k + window < len(parts):
                        futures.append(client.compute(parts[k + window]))
                    bar.update(1)
                    yield result
        finally:
            if own:
                client.close()
                cluster.close()

    return results(), state
