"""Who is named: actor mentions, counts and co-occurrence with offsets.

An *actor* is a party to the conflict (DESIGN.md ids: ``gna``, ``isis``,
``lna``, ``us``, ``russia``, ``uae``, ``france``, ``italy``, ``un``,
``brsc``, and ``hor``, ``turkey``, ``egypt``, ``qatar``, ``ansar``,
``alqaeda``, ``eu``).  Its names are rows of ``data/actors.csv``, which a
researcher can edit or replace (``gazetteer=`` a path or a DataFrame).
Matching (:mod:`libyanews.gazetteer`) tolerates clitics (لقوات حفتر,
بالدواعش, للأمم المتحدة), diacritics, alef/hamza/ya/ta marbuta forms,
أمريكي/أميركي and quotes inside a name, and takes the longest name where
names overlap.

Rules a researcher should know:

* **People** count for the actor they speak or act for: السراج, قنونو,
  رضا عيسى → gna; أوباما → us; المسماري → lna.
* **News agencies are sources, not actors** (``data/sources.csv``):
  وكالة الصحافة الفرنسية is AFP and hides the France of الفرنسية; الجزيرة is
  Al Jazeera.  See :func:`libyanews.sources.find_sources`.
* **Ambiguous words are not actors on their own**: الدولة (the state) is
  not ISIS, تنظيم الدولة is; الجيش and الجيش الليبي are claimed by both the
  GNA and Haftar's side (Anadolu calls GNA forces "الجيش الليبي") and are
  left out, while الجيش الوطني الليبي is the LNA; التنظيم (an anaphora) and
  القوات الليبية are not counted.
* **Contextual names** (``alias_type`` contextual) name *a* government
  without saying which: القوات الحكومية, المقاتلين الحكوميين, الحكومة
  الليبية → gna; مجلس النواب, البرلمان → hor.  With ``contextual="resolve"``
  (the default) such a name counts only when the same text (pass a whole
  article) also names that actor by a non-contextual alias; ``"keep"``
  counts it always, ``"drop"`` never.  So the AFP dispatch of August 2016
  that speaks only of "الحكومة الليبية" gets no GNA row: the text never
  says which government, and the date is not read.
* A name counts once per occurrence: an appositive name (تنظيم الدولة
  الإسلامية "داعش") or a title with a name (الوزير الفرنسي جان مارك أيرولت)
  is two mentions of one actor.  Count articles (:func:`count_actors`) where
  that matters.

Example::

    >>> found = find_actors('وقصفت قوات "الوفاق" مواقع لداعش قرب مدرسة لتعليم اللغة الفرنسية')
    >>> found[["actor", "surface"]].values.tolist()
    [['gna', 'قوات "الوفاق"'], ['isis', 'لداعش']]
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations, compress

import pandas as pd

from .corpus import load_corpus  # noqa: F401  (docstring examples)
from .streaming import for_batches, is_batches
from .gazetteer import (
    GazetteerError,
    MentionColumns,
    check_actor_table,
    file_labels,
    load_gazetteer,
    hit_rows,
    matcher,
    mention_frame,
)

__all__ = [
    "ACTOR_MENTION_COLUMNS",
    "GazetteerError",
    "actor_cooccurrence",
    "actor_labels",
    "actor_mentions",
    "count_actors",
    "count_actors_by_article",
    "find_actors",
    "load_gazetteer",
]

#: Columns of :func:`find_actors` (``actor_mentions`` adds ``article_id`` in front).
ACTOR_MENTION_COLUMNS = ["actor", "label", "label_ar", "surface", "alias", "alias_type",
                         "start", "end", "sentence", "evidence"]

_CONTEXTUAL_MODES = ("resolve", "keep", "drop")
_UNITS = ("sentence", "paragraph", "article")


def _check_text(text, who: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{who}: text must be a str, got {type(text).__name__}")
    return text


def _labels(gazetteer) -> dict[str, tuple[str, str]]:
    return dict(file_labels(gazetteer, load_gazetteer, check_actor_table, "actor"))


def actor_labels(gazetteer=None) -> pd.DataFrame:
    """One row per actor: ``actor``, ``label`` (English), ``label_ar``, in
    gazetteer order.

    >>> actor_labels().set_index("actor").loc["gna"].tolist()
    ['GNA', 'حكومة الوفاق']
    """
    labels = _labels(gazetteer)
    return pd.DataFrame([(k, en, ar) for k, (en, ar) in labels.items()], columns=["actor", "label", "label_ar"])


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end", "sentence") else "object")
                          for c in ACTOR_MENTION_COLUMNS})
    return frame


def _actor_hits(hits: list, contextual: str) -> list:
    """The actor hits among a matcher's hits, contextual names kept, resolved or dropped."""
    hits = [h for h in hits if h.kind == "actor"]
    if contextual == "drop":
        hits = [h for h in hits if h.alias_type != "contextual"]
    elif contextual == "resolve":
        named = {h.ident for h in hits if h.alias_type != "contextual"}
        hits = [h for h in hits if h.alias_type != "contextual" or h.ident in named]
    return hits


def _find(text: str, m, labels: dict, contextual: str) -> pd.DataFrame:
    hits = _actor_hits(m.find(text), contextual)
    if not hits:
        return _empty()
    return mention_frame(hit_rows(text, hits, labels), ACTOR_MENTION_COLUMNS)


def mention_spans(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """``(start, end, id)`` of the actors (as :func:`find_actors` finds them,
    bundled gazetteer, contextual names resolved) and of the sources (as
    :func:`libyanews.sources.find_sources` finds them) named in ``text``,
    sorted; one pass of the matcher for both, no table built.

    >>> mention_spans("قال قنونو لوكالة الأناضول إن قوات حفتر قصفت المدينة")
    ([(4, 9, 'gna'), (29, 38, 'lna')], [(10, 25, 'anadolu')])
    """
    hits = matcher().find(_check_text(text, "mention_spans"))
    actors = sorted((h.start, h.end, h.ident) for h in _actor_hits(hits, "resolve"))
    sources = sorted((h.start, h.end, h.ident) for h in hits if h.kind == "source")
    return actors, sources


def _check_mode(contextual: str) -> str:
    if contextual not in _CONTEXTUAL_MODES:
        raise ValueError(f"contextual must be one of {', '.join(_CONTEXTUAL_MODES)}, got {contextual!r}")
    return contextual


def find_actors(text: str, gazetteer=None, *, sources=None, contextual: str = "resolve") -> pd.DataFrame:
    """Actors named in ``text``, one row per mention, in text order.

    Columns: ``actor`` (id), ``label`` (English), ``label_ar``, ``surface``
    (``text[start:end]``, attached clitics included), ``alias`` (the
    gazetteer row that matched), ``alias_type``, ``start``, ``end``,
    ``sentence`` (index in :func:`libyanews.tokenize.split_sentences`) and
    ``evidence`` (that sentence: an object column, the names of one sentence
    share one string).

    ``gazetteer`` and ``sources`` are ``None`` (the bundled files), a path,
    or a DataFrame with the columns of :func:`load_gazetteer` /
    :func:`libyanews.sources.load_sources`.  Source names are matched too, so
    that an agency's name hides the country inside it.  ``contextual``: see
    the module docstring; pass a whole article so that it can resolve.

    >>> text = "وأعلن المتحدث باسم البنيان المرصوص لوكالة الصحافة الفرنسية أن القوات الحكومية حاصرت الدواعش"
    >>> find_actors(text)[["actor", "surface", "alias_type"]].values.tolist()
    [['gna', 'البنيان المرصوص', 'operation'], ['gna', 'القوات الحكومية', 'contextual'], ['isis', 'الدواعش', 'organization']]
    >>> find_actors("حاصرت القوات الحكومية الدواعش")["actor"].tolist()  # which government? not said
    ['isis']
    """
    _check_text(text, "find_actors")
    _check_mode(contextual)
    return _find(text, matcher(gazetteer, sources), _labels(gazetteer), contextual)


def _articles(corpus: pd.DataFrame, include_duplicates: bool, who: str) -> pd.DataFrame:
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"{who}: corpus must be a DataFrame from load_corpus(), got {type(corpus).__name__}")
    missing = [c for c in ("article_id", "text") if c not in corpus.columns]
    if missing:
        raise ValueError(f"{who}: corpus lacks column(s) {', '.join(missing)}")
    if not include_duplicates and "duplicate_of" in corpus.columns:
        corpus = corpus[corpus["duplicate_of"].isna()]
    return corpus


def actor_mentions(corpus: pd.DataFrame, gazetteer=None, *, sources=None, include_duplicates: bool = False,
                   contextual: str = "resolve") -> pd.DataFrame:
    """:func:`find_actors` over every article's ``text``, with ``article_id``.

    Articles flagged ``duplicate_of`` (republished copies) are left out
    unless ``include_duplicates``, so that one story is not counted twice.
    Titles and captions are not searched: offsets refer to ``text``.
    ``corpus`` may also be batches of a corpus
    (:func:`libyanews.streaming.iter_corpus`): the result is the same.

    The rows and dtypes are those of :func:`find_actors` article by article:
    text columns are strings, and ``evidence`` is an object column in which
    the mentions of one sentence share one Python string (it was a string
    column that copied the sentence into every row: 600 MB of the table's
    940 MB on 100,000 generated articles).  The table is gathered as codes
    and offsets, not one row of Python objects per mention, and copies are
    skipped as the texts are read rather than by copying the corpus.

    >>> mentions = actor_mentions(load_corpus())
    >>> sorted(set(mentions["actor"]))
    ['brsc', 'france', 'gna', 'hor', 'isis', 'italy', 'lna', 'russia', 'uae', 'un', 'us']
    """
    _check_mode(contextual)
    if is_batches(corpus):
        return for_batches(actor_mentions, corpus, gazetteer, sources=sources,
                           include_duplicates=include_duplicates, contextual=contextual)
    corpus = _articles(corpus, True, "actor_mentions")
    articles = zip(corpus["article_id"], corpus["text"])
    if not include_duplicates and "duplicate_of" in corpus.columns:
        # Copies skipped as they come: corpus[mask] would copy every text.
        articles = compress(articles, corpus["duplicate_of"].isna().to_numpy())
    m = matcher(gazetteer, sources)
    # One table for the whole corpus, not one per article (the same rows and
    # dtypes, many times faster), gathered as codes and offsets: Python
    # objects per mention would cost more memory than the table itself.
    columns = MentionColumns(_labels(gazetteer))
    for article_id, text in articles:
        columns.add(article_id, text,
                    _actor_hits(m.find(_check_text(text, f"actor_mentions ({article_id})")), contextual))
    names = ["article_id"] + ACTOR_MENTION_COLUMNS
    if not len(columns):
        return _empty().assign(article_id=pd.Series(dtype="object"))[names]
    return columns.frame(names)


def count_actors(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions and articles per actor, most mentioned first (ties by id).

    >>> counts = count_actors(actor_mentions(load_corpus()))
    >>> counts.columns.tolist()
    ['actor', 'label', 'label_ar', 'mentions', 'articles']
    >>> counts.iloc[0]["actor"]
    'gna'
    """
    if not len(mentions):
        return pd.DataFrame(columns=["actor", "label", "label_ar", "mentions", "articles"])
    per_article = "article_id" in mentions.columns
    grouped = mentions.groupby(["actor", "label", "label_ar"], sort=False)
    counts = grouped.size().rename("mentions").reset_index()
    counts["articles"] = (grouped["article_id"].nunique().to_numpy() if per_article else 1)
    counts = counts.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable")
    return counts.reset_index(drop=True)


def count_actors_by_article(mentions: pd.DataFrame, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mentions per article (rows) and actor (columns), actors ordered by
    total mentions.  With ``corpus``, its articles give the rows in corpus
    order, and articles that name no actor are rows of zeros.  Articles
    flagged ``duplicate_of`` stay out unless ``mentions`` holds them.

    >>> corpus = load_corpus()
    >>> table = count_actors_by_article(actor_mentions(corpus), corpus)
    >>> int(table.loc["001_2a210c8ead99e064#1", "uae"])
    2
    """
    order = count_actors(mentions)["actor"].tolist()
    table = mentions.groupby(["article_id", "actor"]).size().unstack(fill_value=0) if len(mentions) else None
    if corpus is not None:
        present = set(table.index) if table is not None else set()
        copies = corpus["duplicate_of"].notna() if "duplicate_of" in corpus else pd.Series(False, index=corpus.index)
        rows = [a for a, copy in zip(corpus["article_id"], copies) if not copy or a in present]
    else:
        rows = sorted(table.index) if table is not None else []
    if table is None:
        return pd.DataFrame(0, index=pd.Index(rows, name="article_id"), columns=pd.Index([], name="actor"))
    table = table.reindex(index=rows, columns=order, fill_value=0).astype("int64")
    table.index.name, table.columns.name = "article_id", "actor"
    return table


def _unit_keys(mentions: pd.DataFrame, corpus: pd.DataFrame, unit: str) -> pd.Series:
    if unit == "article":
        return mentions["article_id"]
    if unit == "sentence":
        return mentions["article_id"] + "\x00" + mentions["sentence"].astype(str)
    texts = corpus.set_index("article_id")["text"]
    lines = [str(texts[a].count("\n", 0, s)) for a, s in zip(mentions["article_id"], mentions["start"])]
    return mentions["article_id"] + "\x00" + pd.Series(lines, index=mentions.index)


def actor_cooccurrence(corpus: pd.DataFrame, unit: str = "sentence", gazetteer=None, *,
                       include_duplicates: bool = False, contextual: str = "resolve",
                       mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Actor × actor: in how many units (``sentence``, ``paragraph`` = line
    of the text, or ``article``) both actors are named.  The diagonal is the
    number of units naming the actor at all.  Actors are ordered by that
    number (ties by id); the matrix is symmetric.

    Pass ``mentions`` (from :func:`actor_mentions`) to reuse them.

    >>> matrix = actor_cooccurrence(load_corpus(), unit="sentence")
    >>> int(matrix.loc["gna", "isis"]) == int(matrix.loc["isis", "gna"]) > 0
    True
    """
    if unit not in _UNITS:
        raise ValueError(f"unit must be one of {', '.join(_UNITS)}, got {unit!r}")
    corpus = _articles(corpus, include_duplicates, "actor_cooccurrence")
    if mentions is None:
        mentions = actor_mentions(corpus, gazetteer, include_duplicates=True, contextual=contextual)
    else:
        mentions = mentions[mentions["article_id"].isin(corpus["article_id"])]
    if not len(mentions):
        return pd.DataFrame(dtype="int64")
    keys = _unit_keys(mentions, corpus, unit)
    actors_per_unit = mentions.groupby(keys)["actor"].agg(lambda s: sorted(set(s)))
    pairs: Counter[tuple[str, str]] = Counter()
    alone: Counter[str] = Counter()
    for actors in actors_per_unit:
        alone.update(actors)
        pairs.update(combinations(actors, 2))
    order = sorted(alone, key=lambda a: (-alone[a], a))
    matrix = pd.DataFrame(0, index=pd.Index(order, name="actor"), columns=pd.Index(order, name="with"),
                          dtype="int64")
    for a in order:
        matrix.at[a, a] = alone[a]
    for (a, b), n in pairs.items():
        matrix.at[a, b] = n
        matrix.at[b, a] = n
    matrix.attrs["unit"] = unit
    return matrix

