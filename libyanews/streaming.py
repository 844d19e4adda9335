"""Corpora larger than memory: read a corpus batch by batch.

:func:`iter_corpus` reads the files of a corpus in the order of
:func:`libyanews.corpus.list_files` and yields DataFrames of ``batch_size``
articles with the columns, ids, segmentation and duplicate flags that
:func:`libyanews.corpus.load_corpus` gives: ``pd.concat(iter_corpus(path))``
equals ``load_corpus(path)``.

* **Duplicates across batches.**  One :class:`libyanews.dedupe.DuplicateIndex`
  serves the whole stream, so an article in batch 7 is flagged as a copy of
  one in batch 1.  This index, and the set of article ids (a repeated id is a
  problem, as in load_corpus), are the only state that grows with the
  corpus: about 150 bytes per paragraph for the index (its paragraph signatures and
  LSH buckets), far less than the text.  Everything else is held one batch
  at a time.  ``dedupe=False`` drops the index (``duplicate_of`` is None).
* **Problems.**  ``errors="raise"`` raises at the first file or row that
  cannot be read, when the stream reaches it (the batches before it have
  been yielded).  ``errors="report"`` keeps going: each batch's
  ``attrs["problems"]`` lists the problems met while it was read (a batch
  also carries those of the unreadable files before it), the stream's
  ``problems`` lists them all, and one
  :class:`~libyanews.corpus.CorpusWarning` sums them up when the stream ends.
* **Files are the unit of reading.**  A table file (CSV, JSONL, Parquet) is
  read whole and its rows are then yielded in batches: split a table larger
  than memory into several files.

The corpus-level functions accept such a stream (or any iterable of
corpus DataFrames) in place of a corpus: :func:`libyanews.actors.actor_mentions`,
:func:`libyanews.sources.source_mentions`,
:func:`libyanews.casualties.casualty_figures` and
:func:`libyanews.casualties.casualty_events` run batch by batch and
concatenate; :func:`libyanews.terms.term_frequencies` adds up its counts
batch by batch, so its memory follows the vocabulary, not the corpus.  To
keep memory flat when the *results* are large too, write them batch by
batch (what ``python -m libyanews export`` does).

Example::

    >>> stream = iter_corpus(batch_size=3)          # the seeds, 8 articles
    >>> [len(batch) for batch in stream]
    [3, 3, 2]
    >>> stream.n_articles, stream.problems
    (8, [])
"""

from __future__ import annotations

import os
from typing import Callable, Iterable, Iterator, Sequence

import pandas as pd

from . import config
from .corpus import COLUMNS, _check_options, _frame, _read_files, _warn, list_files
from .dedupe import DuplicateIndex

__all__ = ["CorpusStream", "for_batches", "is_batches", "iter_corpus", "measure_stream"]


class CorpusStream:
    """The batches of a corpus (see :func:`iter_corpus`), read once, in order.

    Besides iteration it tells how far it got: ``files`` (paths and names of
    every file to read), ``total_bytes`` and ``bytes_read`` (for a progress
    bar), ``files_read``, ``n_articles`` (yielded so far), ``n_batches`` and
    ``problems`` (every file or row not loaded so far).
    """

    def __init__(self, path, batch_size: int, *, pattern: str | None, errors: str | None, dedupe: bool,
                 **options):
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a whole number ≥ 1, got {batch_size!r}")
        self.batch_size = batch_size
        self.errors, self._options = _check_options(errors, **options)
        self.files = list_files(config.default_corpus() if path is None else path, pattern)
        self.total_bytes = sum(_size(f) for f, _ in self.files)
        self.bytes_read = 0
        self.files_read = 0
        self.n_articles = 0
        self.n_batches = 0
        self.problems: list[dict] = []
        self._index = DuplicateIndex() if dedupe else None
        self._batches = self._generate()

    def __iter__(self) -> Iterator[pd.DataFrame]:
        return self

    def __next__(self) -> pd.DataFrame:
        return next(self._batches)

    def _generate(self) -> Iterator[pd.DataFrame]:
        rows: list[dict] = []
        pending: list[dict] = []  # problems not yet attached to a batch
        readers = _read_files(self.files, self._options, self.errors)
        for (file, _), (file_rows, file_problems) in zip(self.files, readers):
            self.files_read += 1
            self.bytes_read += _size(file)
            rows.extend(file_rows)
            pending.extend(file_problems)
            self.problems.extend(file_problems)
            # Yield only while rows remain for a last batch, so that the
            # problems of trailing unreadable files have a batch to go with.
            while len(rows) > self.batch_size:
                yield self._batch(rows[:self.batch_size], pending)
                rows, pending = rows[self.batch_size:], []
        if rows or pending or not self.n_batches:
            yield self._batch(rows, pending)
        if self.problems:
            _warn(self.problems, self.n_articles, who="iter_corpus", where_all="stream.problems", stacklevel=2)

    def _batch(self, rows: list[dict], problems: list[dict]) -> pd.DataFrame:
        batch = _frame(rows, self._index, start=self.n_articles)
        batch.attrs["problems"] = list(problems)
        batch.attrs["batch"] = self.n_batches
        self.n_articles += len(batch)
        self.n_batches += 1
        return batch


def _size(path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported when the file is read


def iter_corpus(
    path: os.PathLike | str | Sequence[os.PathLike | str] | None = None,
    batch_size: int = 1000,
    *,
    pattern: str | None = None,
    errors: str | None = None,
    dedupe: bool = True,
    encoding: str | None = None,
    text_column: str = "text",
    title_column: str | None = None,
    date_column: str | None = None,
    source_column: str | None = None,
    url_column: str | None = None,
    id_column: str | None = None,
) -> CorpusStream:
    """Read a corpus in batches of ``batch_size`` articles (the last may be
    smaller): a :class:`CorpusStream` of DataFrames with the columns of
    :func:`libyanews.corpus.load_corpus`, which takes the same arguments.

    A path that does not exist, or a folder without a file to read, raises
    here, before the first batch.  Rules for duplicates, problems and memory
    in the module docstring.

    >>> batches = list(iter_corpus(batch_size=5))
    >>> [b.index.tolist() for b in batches]
    [[0, 1, 2, 3, 4], [5, 6, 7]]
    >>> batches[1].loc[batches[1].duplicate_of.notna(), ["article_id", "duplicate_of"]].values.tolist()
    [['003_d9f07bdb5968e1f1#2', '000_0e1083c9c33184de#2']]
    """
    return CorpusStream(path, batch_size, pattern=pattern, errors=errors, dedupe=dedupe, encoding=encoding,
                        text_column=text_column, title_column=title_column, date_column=date_column,
                        source_column=source_column, url_column=url_column, id_column=id_column)


def is_batches(corpus) -> bool:
    """True when ``corpus`` is an iterable of batches rather than one
    DataFrame (a string is neither: it raises).

    >>> is_batches(iter_corpus()), is_batches(load_corpus())
    (True, False)
    """
    if isinstance(corpus, pd.DataFrame):
        return False
    if isinstance(corpus, (str, bytes, os.PathLike)):
        raise TypeError(f"expected a corpus DataFrame (load_corpus) or batches of them (iter_corpus), not a "
                        f"{type(corpus).__name__}; load the corpus first: load_corpus({corpus!r})")
    if not isinstance(corpus, Iterable):
        raise TypeError(f"expected a corpus DataFrame (load_corpus) or batches of them (iter_corpus), not "
                        f"{type(corpus).__name__}")
    return True


def for_batches(func: Callable[..., pd.DataFrame], batches: Iterable[pd.DataFrame], *args,
                **kwargs) -> pd.DataFrame:
    """``func(batch, *args, **kwargs)`` for every batch, concatenated (for
    functions whose rows belong to one article each).  With no batch at all,
    ``func`` of an empty corpus gives the empty result with its columns.

    >>> from libyanews.actors import actor_mentions
    >>> for_batches(actor_mentions, iter_corpus(batch_size=3)).equals(actor_mentions(load_corpus()))
    True
    """
    results = []
    for batch in batches:
        if not isinstance(batch, pd.DataFrame):
            raise TypeError(f"{getattr(func, '__name__', 'function')}: every batch must be a corpus DataFrame, "
                            f"got {type(batch).__name__}")
        results.append(func(batch, *args, **kwargs))
    if not results:
        return func(pd.DataFrame(columns=COLUMNS), *args, **kwargs)
    non_empty = [r for r in results if len(r)] or results[:1]
    return pd.concat(non_empty, ignore_index=True) if len(non_empty) > 1 else non_empty[0].reset_index(drop=True)


from .corpus import load_corpus  # noqa: E402,F401  (docstring examples)


def measure_stream(stream: CorpusStream, batches: int | None = None) -> pd.DataFrame:
    """Read ``batches`` more batches of ``stream`` (default: all that are
    left), keeping none of them, and say after each how memory stands, in MB:

    ``articles`` read so far; ``batch_mb`` the batch's table
    (``memory_usage(deep=True)``); ``all_batches_mb`` what the batches read
    so far would take together, i.e. the corpus loaded at once; ``index_mb``
    the duplicate index, the one state a stream keeps growing
    (:attr:`libyanews.dedupe.DuplicateIndex.nbytes`); ``resident_mb`` this
    process's resident memory (machine-dependent); ``seconds`` since the start.

    >>> growth = measure_stream(iter_corpus(batch_size=3))
    >>> growth["articles"].tolist(), bool((growth["all_batches_mb"].diff().dropna() > 0).all())
    ([3, 6, 8], True)
    """
    import time

    import psutil

    process = psutil.Process()
    start = time.perf_counter()
    rows, held = [], 0.0
    for n, batch in enumerate(stream):
        size = float(batch.memory_usage(deep=True).sum()) / 1e6
        held += size
        index = stream._index.nbytes / 1e6 if stream._index is not None else 0.0
        rows.append({"articles": stream.n_articles, "batch_mb": round(size, 2), "all_batches_mb": round(held, 2),
                     "index_mb": round(index, 2), "resident_mb": round(process.memory_info().rss / 1e6, 1),
                     "seconds": round(time.perf_counter() - start, 2)})
        del batch
        if batches is not None and n + 1 >= batches:
            break
    return pd.DataFrame(rows, columns=["articles", "batch_mb", "all_batches_mb", "index_mb", "resident_mb", "seconds"])
