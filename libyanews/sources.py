"""Who reports: news agencies, broadcasters and attributions such as "مصادر طبية".

Sources are kept apart from actors: وكالة الصحافة الفرنسية / فرانس برس is AFP,
not France; الجزيرة is Al Jazeera.  Their names are rows of
``data/sources.csv`` (``source``, ``label_en``, ``label_ar``, ``kind``,
``alias``); ``kind`` is one of agency, broadcaster, newspaper, medical,
official, military, monitor, local, witness (the casualty reader turns it
into ``reporter_kind``: broadcaster and newspaper → media, local → unknown).  Matching is that of :mod:`libyanews.gazetteer`
(clitics, spelling variants, quotes, longest match), run together with the
actor names so that the longer name wins either way.

:func:`find_sources` is the API other modules use (e.g. the casualty
figures' ``reported_by``): call it on a sentence or an article.

Example::

    >>> find_sources("قتل 23 شخصا، وفق ما نقلته وكالة أسوشيتد برس عن مصادر طبية ليبية")[
    ...     ["source", "kind", "surface"]].values.tolist()
    [['ap', 'agency', 'وكالة أسوشيتد برس'], ['medical', 'medical', 'مصادر طبية']]
"""

from __future__ import annotations


import pandas as pd

from .actors import _articles  # the same corpus checks and duplicate rule
from .corpus import load_corpus  # noqa: F401  (docstring examples)
from .streaming import for_batches, is_batches
from .gazetteer import check_source_table, file_labels, hit_rows, load_sources, matcher, mention_frame

__all__ = ["SOURCE_MENTION_COLUMNS", "find_sources", "load_sources", "source_mentions"]

#: Columns of :func:`find_sources` (``source_mentions`` adds ``article_id``).
SOURCE_MENTION_COLUMNS = ["source", "label", "label_ar", "kind", "surface", "alias", "start", "end",
                          "sentence", "evidence"]


def _labels(sources) -> dict[str, tuple[str, str]]:
    return dict(file_labels(sources, load_sources, check_source_table, "source"))


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end", "sentence") else "object")
                         for c in SOURCE_MENTION_COLUMNS})


def _find(text: str, m, labels: dict) -> pd.DataFrame:
    hits = [h for h in m.find(text) if h.kind == "source"]
    if not hits:
        return _empty()
    return mention_frame(hit_rows(text, hits, labels, with_kind=True), SOURCE_MENTION_COLUMNS)


def find_sources(text: str, sources=None, *, gazetteer=None) -> pd.DataFrame:
    """Sources named in ``text``, one row per mention, in text order.

    Columns: ``source`` (id: afp, ap, reuters, anadolu, aljazeera, medical,
    military, …), ``label`` (English), ``label_ar``, ``kind`` (agency,
    broadcaster, newspaper, medical, official, military, monitor, local, witness), ``surface``
    (``text[start:end]``, clitics included), ``alias``, ``start``, ``end``,
    ``sentence`` (index in :func:`libyanews.tokenize.split_sentences`) and
    ``evidence`` (that sentence).

    ``sources`` / ``gazetteer``: ``None`` (bundled files), a path, or a
    DataFrame (see :func:`load_sources`, :func:`libyanews.actors.load_gazetteer`).

    >>> find_sources("وقال المتحدث لوكالة الصحافة الفرنسية وللأناضول ومراسل الجزيرة")["source"].tolist()
    ['afp', 'anadolu', 'aljazeera']
    >>> find_sources("رحب وزير الخارجية الفرنسي بالاتفاق").empty   # France, not AFP
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"find_sources: text must be a str, got {type(text).__name__}")
    return _find(text, matcher(gazetteer, sources), _labels(sources))


def source_mentions(corpus: pd.DataFrame, sources=None, *, gazetteer=None,
                    include_duplicates: bool = False) -> pd.DataFrame:
    """:func:`find_sources` over every article's ``text``, with ``article_id``;
    republished copies (``duplicate_of``) left out unless ``include_duplicates``.
    ``corpus`` may also be batches (:func:`libyanews.streaming.iter_corpus`).

    >>> table = source_mentions(load_corpus())
    >>> sorted(set(table["source"]))
    ['afp', 'aljazeera', 'anadolu', 'ap', 'medical', 'military']
    """
    if is_batches(corpus):
        return for_batches(source_mentions, corpus, sources, gazetteer=gazetteer,
                           include_duplicates=include_duplicates)
    corpus = _articles(corpus, include_duplicates, "source_mentions")
    m = matcher(gazetteer, sources)
    labels = _labels(sources)
    rows = []
    for article_id, text in zip(corpus["article_id"], corpus["text"]):
        if not isinstance(text, str):
            raise TypeError(f"source_mentions ({article_id}): text must be a str, got {type(text).__name__}")
        hits = [h for h in m.find(text) if h.kind == "source"]
        if hits:
            rows.extend((article_id, *row) for row in hit_rows(text, hits, labels, with_kind=True))
    if not rows:
        return _empty().assign(article_id=pd.Series(dtype="object"))[["article_id"] + SOURCE_MENTION_COLUMNS]
    return pd.DataFrame(rows, columns=["article_id"] + SOURCE_MENTION_COLUMNS)
