"""One batch of articles through every analysis: the step the export and the Dask path share.

:func:`analyse_batch` is what :func:`libyanews.export.export_corpus` does to
each batch of a corpus in this process, and what :mod:`libyanews.dask` ships
to the workers of a cluster; both import it from here, so neither needs the
other.  It returns the batch, its actor mentions, its casualty figures and a
tally of its terms (added up across batches; events are folded at the end,
when every figure of an article family is known).

    >>> from libyanews.corpus import load_corpus
    >>> batch, mentions, figures, tally = analyse_batch(load_corpus())
    >>> len(batch), len(figures), figures["kind"].iloc[0]
    (8, 20, 'killed')
"""

from __future__ import annotations

import pandas as pd

from .actors import actor_mentions
from .casualties import casualty_figures
from .terms import _as_stopwords, _TermTally

__all__ = ["analyse_batch"]


def analyse_batch(batch: pd.DataFrame, stopwords=None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, _TermTally]:
    """Everything the export needs from one batch of articles: the batch,
    its actor mentions, its casualty figures and its term counts (a tally to
    add up with the other batches'), each as the library functions make them."""
    tally = _TermTally(None)
    tally.add(batch, 1, _as_stopwords(stopwords), False)
    return batch, actor_mentions(batch), casualty_figures(batch), tally
