"""Which words dominate the coverage, which set one article apart, and which
words go together: term counts on clitic-split stems, TF-IDF, collocations.

**What a term is.**  Articles are cut into sentences and tokens by
:func:`libyanews.tokenize.tokenize` with ``clitics=True``; a term is the
normalized *stem* that remains once the conjunctions و/ف, the prepositions
ب/ل/ك and the article ال are split off, so القوات, للقوات, وقوات and قوات
count as one term ``قوات``.  Normalization is the one :func:`libyanews.kwic.kwic`
matches with (diacritics, tatweel, alef and ya forms, and ة → ه), so the
count of a term equals the number of lines ``kwic(corpus, term)`` shows.
Each term also gets a readable ``surface``: the most frequent way its stem
is printed (ties: the first in code-point order), e.g. ``حكومة`` for the
term ``حكومه``.

**What is not a term.**  Stopwords (``data/stopwords_ar.txt``: spaCy's
Arabic list, MIT, plus function words, dateline words and news boilerplate;
see :func:`load_stopwords`), numbers, punctuation, and one-letter words.

**N-grams** (``ngram=2``) are runs of content words that follow each other
*within one sentence* with nothing between them: a stopword, a number, any
punctuation mark, or a word carrying a conjunction or preposition (و ف ب ل ك)
ends the run.  The article ال does not (حكومة الوفاق is one bigram).  So
"هجوم على مواقع" gives no bigram (على is a stopword), and "الدبابات
والمدفعية الثقيلة" gives only مدفعية ثقيلة.

**Duplicates.**  Articles flagged ``duplicate_of`` (republished copies) are
left out unless ``include_duplicates=True``, so one story is not counted
twice.  Only the article ``text`` is counted (not titles or captions): every
occurrence has offsets into that text (:func:`term_occurrences`).

Example::

    >>> corpus = load_corpus()
    >>> freqs = term_frequencies(corpus)
    >>> freqs.loc[freqs["term"] == "قوات", ["surface", "count", "n_articles"]].values.tolist()
    [['قوات', 50, 7]]
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import compress, islice
from pathlib import Path
from typing import Iterable, NamedTuple

import numpy as np
import pandas as pd

from . import config
from .corpus import load_corpus  # noqa: F401  (docstring examples)
from .kwic import _MATCH_OPTIONS
from .normalize import normalize
from .streaming import for_batches, is_batches
from .lexicon import letters, split_clitics
from .tokenize import KINDS, TokenArrays, _clitic_tokens, split_sentences, tokenize_arrays, tokenize_many

__all__ = [
    "Stopwords",
    "collocations",
    "distinctive_terms",
    "load_stopwords",
    "term_frequencies",
    "term_occurrences",
]

#: Normalization of terms: the one kwic matches with (ة → ه on), so that a
#: term's count and its KWIC lines agree.
TERM_OPTIONS = dict(_MATCH_OPTIONS)

#: The stopword file shipped with the package.
STOPWORDS_FILE = "stopwords_ar.txt"

_ARTICLE = "ال"
#: Scores are compared at this many decimals, so that ties are ties.
_TIE_DIGITS = 12
#: A term needs at least this many characters (drops stray و, ب, single Latin letters).
_MIN_TERM_LEN = 2

OCCURRENCE_COLUMNS = ["article_id", "term", "surface", "word", "start", "end"]


class Stopwords(frozenset):
    """Stopword keys: normalized stems, and ``ال`` + stem for entries that
    match only words printed with the article.  Build with :func:`load_stopwords`."""

    __slots__ = ()

    def matches(self, stem: str, article: bool) -> bool:
        """True when a word with this stem (and article or not) is a stopword.

        >>> stops = load_stopwords()
        >>> stops.matches("خميس", article=True), stops.matches("خميس", article=False)
        (True, False)
        """
        return stem in self or (article and _ARTICLE + stem in self)


class _Word(NamedTuple):
    """One word or number of a sentence, clitics split off."""

    stem: str          # the term key (normalized stem)
    start: int         # the stem as printed: text[start:end]
    end: int
    word_start: int    # the whole printed word, clitics included
    phrase_start: int  # the word from its article ال on (conjunction/preposition left out)
    article: bool      # printed with the article ال
    joined: bool       # printed with a conjunction or preposition (و ف ب ل ك)
    kind: str          # "word" or "number"


def _key(norm: str) -> str:
    """Term key of a normalized piece: Latin letters case-folded."""
    return norm.casefold()


@lru_cache(maxsize=1 << 19)
def _clitic_analysis(surface: str) -> tuple[str, int, int, bool, bool] | None:
    """How a printed word splits (see :func:`libyanews.tokenize.tokenize` with
    ``clitics=True``): the stem's key, where the stem starts in ``surface``,
    where its phrase starts (the article ال as printed, else the stem), whether
    it has the article, whether it has a conjunction or preposition; None when
    nothing comes off.  Computed once per distinct word."""
    if len(surface) <= 2:
        return None
    pieces = split_clitics(letters(surface))
    if len(pieces) <= 1:
        return None
    *clitics, stem = _clitic_tokens(surface, 0, pieces, TERM_OPTIONS)
    article = any(c.norm == _ARTICLE for c in clitics)
    # The phrase starts at the article when it is printed ال (not the
    # single ل of لل, which would read as the preposition).
    phrase_start = next((c.start for c in clitics if c.norm == _ARTICLE and normalize(c.surface) == _ARTICLE),
                        stem.start)
    joined = any(c.norm != _ARTICLE for c in clitics)
    return _key(stem.norm), stem.start, phrase_start, article, joined


_PUNCT_KIND = KINDS.index("punct")


def _sentence_words(text: str, tokens: TokenArrays | None = None) -> list[list[_Word | None]]:
    """Per sentence, its words in order; ``None`` marks a punctuation token.

    The tokens of the whole text (``tokens``: :func:`libyanews.tokenize.tokenize_arrays`
    with TERM_OPTIONS, given when already made for many texts at once) are
    cut at sentence bounds, which always fall between tokens; how a printed
    word splits into clitics and stem is looked up once per distinct word.
    """
    if tokens is None:
        tokens = tokenize_arrays(text, **TERM_OPTIONS)
    norms, kinds = tokens.norms, tokens.kinds.tolist()
    starts, ends = tokens.starts.tolist(), tokens.ends.tolist()
    sentences = split_sentences(text)
    lows = _bisect_left_all(starts, [s.start for s in sentences])
    highs = _bisect_left_all(ends, [s.end + 1 for s in sentences])
    out = []
    for lo, hi in zip(lows, highs):
        words: list[_Word | None] = []
        for k in range(lo, hi):
            kind = kinds[k]
            if kind == _PUNCT_KIND:
                words.append(None)
                continue
            start, end = starts[k], ends[k]
            found = _clitic_analysis(text[start:end]) if kind == 0 else None
            if found is None:
                words.append(_Word(_key(norms[k]), start, end, start, start, False, False, KINDS[kind]))
            else:
                stem, stem_start, phrase_start, article, joined = found
                words.append(_Word(stem, start + stem_start, end, start, start + phrase_start, article, joined,
                                   "word"))
        out.append(words)
    return out


def _bisect_left_all(values: list[int], keys: list[int]) -> list[int]:
    """``bisect_left(values, key)`` for every key (both sorted)."""
    return np.searchsorted(np.asarray(values, dtype=np.int64), np.asarray(keys, dtype=np.int64)).tolist()


def _stopword_key(entry: str, where: str) -> str:
    """The key an entry of the stopword list is matched by (see the file header)."""
    words = [w for sent in _sentence_words(entry) for w in sent]
    if len(words) != 1 or words[0] is None:
        raise ValueError(f"{where}: a stopword entry must be one word, got {entry!r}")
    w = words[0]
    return _ARTICLE + w.stem if w.article else w.stem


def load_stopwords(path: str | Path | None = None, *, extra: Iterable[str] = ()) -> Stopwords:
    """Stopwords from ``path`` (default: the bundled ``data/stopwords_ar.txt``)
    plus ``extra`` words, as keys comparable with terms.

    Lines starting with ``#`` are comments.  Each entry is tokenized as
    article text is; an entry written with ال matches only words printed
    with the article (الخميس drops "Thursday" but keeps the name خميس).

    >>> stops = load_stopwords(extra=["أعلنت"])
    >>> "في" in stops, "اعلنت" in stops, "قوات" in stops
    (True, True, False)
    """
    keys = set(_load_file(str(path or config.data_file(STOPWORDS_FILE))))
    keys.update(_stopword_key(w, "extra stopwords") for w in extra)
    return Stopwords(keys)


@lru_cache(maxsize=8)
def _load_file(path: str) -> frozenset[str]:
    keys = set()
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            entry = line.strip()
            if entry and not entry.startswith("#"):
                keys.add(_stopword_key(entry, f"{path}, line {lineno}"))
    return frozenset(keys)


def _as_stopwords(stopwords: Iterable[str] | None) -> Stopwords:
    if stopwords is None:
        return load_stopwords()
    if isinstance(stopwords, Stopwords):
        return stopwords
    if isinstance(stopwords, str):
        raise TypeError("stopwords must be a collection of words, not one string")
    return Stopwords(_stopword_key(w, "stopwords") for w in stopwords)


def _is_content(w: _Word | None, stops: Stopwords) -> bool:
    return (
        w is not None
        and w.kind == "word"
        and len(w.stem) >= _MIN_TERM_LEN
        and not stops.matches(w.stem, w.article)
    )


def _ngrams(text: str, n: int, stops: Stopwords):
    """(term, start, end, word_start) of every n-gram of content words."""
    for words in _sentence_words(text):
        run: list[_Word] = []
        for w in words:
            if not _is_content(w, stops):
                run = []
                continue
            if w.joined:  # a conjunction or preposition starts a new run
                run = []
            run.append(w)
            if len(run) >= n:
                gram = run[-n:]
                if n == 1:
                    yield w.stem, w.start, w.end, w.word_start
                else:
                    yield " ".join(g.stem for g in gram), gram[0].phrase_start, gram[-1].end, gram[0].word_start


def _check_corpus(corpus: pd.DataFrame, include_duplicates: bool) -> pd.DataFrame:
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"corpus must be a DataFrame from load_corpus(), got {type(corpus).__name__}")
    missing = [c for c in ("article_id", "text") if c not in corpus.columns]
    if missing:
        raise ValueError(f"corpus lacks the column(s) {', '.join(missing)}; load it with load_corpus()")
    bad = [a for a, t in zip(corpus["article_id"], corpus["text"]) if not isinstance(t, str)]
    if bad:
        raise ValueError(f"corpus text is missing or not a string for article(s) {', '.join(map(str, bad[:5]))}")
    if not include_duplicates and "duplicate_of" in corpus.columns:
        corpus = corpus[corpus["duplicate_of"].isna()]
    return corpus


def _check_positive(name: str, value) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a whole number ≥ 1, got {value!r}")


def term_occurrences(corpus: pd.DataFrame, ngram: int = 1, *, stopwords: Iterable[str] | None = None,
                     include_duplicates: bool = False) -> pd.DataFrame:
    """Every counted occurrence of a term, with offsets into the article text.

    Columns: ``article_id``, ``term`` (normalized stem(s), space-separated
    for n-grams), ``surface`` (``text[start:end]``: the stem as printed; for
    an n-gram the phrase from the first word's article on), ``word`` (the
    printed word(s) with all clitics), ``start``, ``end``.  Feed it to
    :func:`libyanews.kwic.kwic_spans` to read the sentences.

    ``corpus`` may also be batches of a corpus (:func:`libyanews.streaming.iter_corpus`).

    >>> occ = term_occurrences(load_corpus())
    >>> occ[occ["term"] == "قوات"]["word"].value_counts().sort_index().to_dict()
    {'القوات': 16, 'قوات': 26, 'لقوات': 7, 'للقوات': 1}
    """
    _check_positive("ngram", ngram)
    if is_batches(corpus):
        return for_batches(term_occurrences, corpus, ngram, stopwords=_as_stopwords(stopwords),
                           include_duplicates=include_duplicates)
    corpus = _check_corpus(corpus, include_duplicates)
    stops = _as_stopwords(stopwords)
    rows = [
        (article_id, term, text[start:end], text[word_start:end], start, end)
        for article_id, text in zip(corpus["article_id"], corpus["text"])
        for term, start, end, word_start in _ngrams(text, ngram, stops)
    ]
    return pd.DataFrame(rows, columns=OCCURRENCE_COLUMNS)


def _most_frequent(values) -> str:
    """Most frequent value (of a sequence or a Counter); ties broken by code-point order."""
    counts = values if isinstance(values, Counter) else Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def _forms(values) -> str:
    counts = values if isinstance(values, Counter) else Counter(values)
    return "، ".join(sorted(counts, key=lambda v: (-counts[v], v)))


def term_frequencies(corpus: pd.DataFrame, ngram: int = 1, by: str | None = None, min_count: int = 1, *,
                     stopwords: Iterable[str] | None = None, include_duplicates: bool = False) -> pd.DataFrame:
    """Count terms (clitic-split, normalized stems) over the corpus.

    Returns one row per term: ``term`` (the normalized stem; n-gram stems
    joined by a space), ``surface`` (its most frequent printed form in the
    corpus, a label to show), ``count``, ``n_articles`` (articles it occurs
    in) and ``forms`` (the printed words counted, most frequent first).
    Rows are sorted by count (descending), then term.

    ``by="article"`` counts per article (``article_id`` first, no
    ``n_articles``); ``by`` may also name any corpus column (``"source"``,
    ``"file"``; articles where that column is empty form their own group,
    listed last).  ``min_count`` drops rows counted fewer times (per group
    when ``by`` is given).  ``stopwords``: ``None`` for the bundled list, or
    your own words (``load_stopwords(extra=[...])``), or ``()`` for none.
    Duplicate articles are left out unless ``include_duplicates``.

    ``corpus`` may also be batches of a corpus
    (:func:`libyanews.streaming.iter_corpus`): counts, article counts, forms
    and surfaces are added up batch by batch (an article is in one batch), so
    the result is the same while memory follows the vocabulary, not the corpus.

    >>> freqs = term_frequencies(load_corpus())
    >>> freqs.head(3)[["term", "surface", "count", "n_articles"]].values.tolist()
    [['قوات', 'قوات', 50, 7], ['سرت', 'سرت', 31, 7], ['مدينه', 'مدينة', 28, 6]]
    >>> term_frequencies(load_corpus(), ngram=2).head(1)[["surface", "count"]].values.tolist()
    [['حكومة الوفاق', 17]]
    """
    _check_positive("min_count", min_count)
    _check_positive("ngram", ngram)
    stops = _as_stopwords(stopwords)
    tally = _TermTally(by)
    for batch in (corpus if is_batches(corpus) else [corpus]):
        tally.add(batch, ngram, stops, include_duplicates)
    return tally.table(min_count)


#: Articles whose occurrences are tabulated at a time by the general (n-gram) path.
_CHUNK_ARTICLES = 2000


def _kept(values: Iterable, keep) -> Iterable:
    """The values whose ``keep`` flag is true (all of them when ``keep`` is None), lazily."""
    return values if keep is None else compress(values, keep)


def _tokens_in_chunks(texts: Iterable[str], size: int = 500):
    """Each text with its columnar tokens, made a few hundred texts at a
    time: neither the tokens nor the texts of a whole corpus are ever all in
    memory as Python objects at once (a corpus column of 100,000 texts would
    be 400 MB of Python strings)."""
    texts = iter(texts)
    while chunk := list(islice(texts, size)):
        yield from zip(chunk, tokenize_many(chunk, **TERM_OPTIONS))


#: Count single terms straight from the tokens (off in tests, to compare with the general path).
_FAST_UNIGRAMS = True
_UNSEEN = object()


def _unigram(word: str, norm: str, stops: Stopwords) -> tuple[str, int] | None:
    """The term of a printed word and where its stem starts in it, or None
    when it is not counted (a stopword, a single letter)."""
    found = _clitic_analysis(word)
    if found is None:
        stem, offset, article = _key(norm), 0, False
    else:
        stem, offset, _, article, _ = found
    if len(stem) < _MIN_TERM_LEN or stops.matches(stem, article):
        return None
    return stem, offset


class _NoValue:
    """Stands for an empty grouping value while counting (NaN is not a dict key)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<no value>"

    def __reduce__(self) -> str:
        return "_NO_VALUE"  # unpickled as the module's one instance (tallies travel to Dask workers)


_NO_VALUE = _NoValue()


class _TermTally:
    """The counts of :func:`term_frequencies`, added up batch by batch."""

    def __init__(self, by: str | None):
        self.by = by
        self.group: str | None = None if by is None else "article_id" if by == "article" else by
        self.keys: list[str] = ([self.group] if self.group else []) + ["term"]
        self.rows: dict[tuple, list] = {}                   # key -> [count, n_articles, Counter of words]
        self.surfaces: dict[str, Counter] = defaultdict(Counter)
        self.order: dict = {}                                # article order for by="article"

    def merge(self, other: "_TermTally") -> "_TermTally":
        """Add the counts of ``other`` (a tally of later articles) to these."""
        for key, (count, n_articles, words) in other.rows.items():
            row = self.rows.get(key)
            if row is None:
                row = self.rows[key] = [0, 0, Counter()]
            row[0] += count
            row[1] += n_articles
            row[2].update(words)
        for term, forms in other.surfaces.items():
            self.surfaces[term].update(forms)
        for article in other.order:
            self.order.setdefault(article, len(self.order))
        return self

    def add(self, batch: pd.DataFrame, ngram: int, stops: Stopwords, include_duplicates: bool) -> None:
        if not isinstance(batch, pd.DataFrame):
            raise TypeError(f"term_frequencies: every batch must be a corpus DataFrame, got {type(batch).__name__}")
        fast = ngram == 1 and _FAST_UNIGRAMS
        # The fast path skips copies as it reads (batch[mask] would copy every text).
        batch = _check_corpus(batch, include_duplicates or fast)
        keep = (batch["duplicate_of"].isna().to_numpy()
                if fast and not include_duplicates and "duplicate_of" in batch.columns else None)
        group = _group_column(batch, self.by)
        if group == "article_id":
            for a in _kept(batch["article_id"], keep):
                self.order.setdefault(a, len(self.order))
        if fast:
            self._add_unigrams(batch, keep, group, stops)
            return
        # A few thousand articles at a time: their occurrences, not the whole corpus's, are in memory.
        for lo in range(0, len(batch), _CHUNK_ARTICLES):
            self._add_occurrences(batch.iloc[lo:lo + _CHUNK_ARTICLES], group, ngram, stops)

    def _add_occurrences(self, batch: pd.DataFrame, group: str | None, ngram: int, stops: Stopwords) -> None:
        occ = term_occurrences(batch, ngram, stopwords=stops, include_duplicates=True)
        if not len(occ):
            return
        for (term, surface), n in occ.groupby(["term", "surface"], sort=False).size().items():
            self.surfaces[term][surface] += int(n)
        if group is not None and group != "article_id":
            values = batch[["article_id", group]].astype({group: object})
            values[group] = values[group].where(values[group].notna(), _NO_VALUE)
            occ = occ.merge(values, on="article_id", how="left")
        grouped = occ.groupby(self.keys, sort=False)
        sizes, articles = grouped.size(), grouped["article_id"].nunique()
        for key, n, n_articles in zip(sizes.index, sizes.to_numpy(), articles.to_numpy()):
            key = key if isinstance(key, tuple) else (key,)
            row = self.rows.get(key)
            if row is None:
                row = self.rows[key] = [0, 0, Counter()]
            row[0] += int(n)
            row[1] += int(n_articles)
        for key, n in occ.groupby([*self.keys, "word"], sort=False).size().items():
            self.rows[key[:-1]][2][key[-1]] += int(n)

    def _add_unigrams(self, batch: pd.DataFrame, keep, group: str | None, stops: Stopwords) -> None:
        """Single terms counted straight from the columnar tokens (no table of
        occurrences in between): the same counts as the general path, about
        twice as fast.  What a printed word counts as is decided once per
        distinct word and batch.  ``keep``: which rows count (None: all)."""
        if group is None:
            groups = [None] * len(batch)
        elif group == "article_id":
            groups = batch["article_id"].tolist()
        else:
            groups = [v if isinstance(v, str) or pd.notna(v) else _NO_VALUE for v in batch[group].tolist()]
        content: dict[str, tuple[str, int] | None] = {}
        rows, surfaces = self.rows, self.surfaces
        for (text, arrays), g in zip(_tokens_in_chunks(_kept(batch["text"], keep)), _kept(groups, keep)):
            # The printed words of the article (C-level loops), counted with
            # Counter's C helper; then per distinct word: its term and forms.
            is_word = arrays.kinds == 0
            words = list(map(text.__getitem__, map(slice, arrays.starts[is_word].tolist(),
                                                   arrays.ends[is_word].tolist())))
            norms = arrays.norms
            counts = Counter(words)
            new = [w for w in counts if w not in content]
            if new:
                word_norms = dict(zip(words, (norms[k] for k in np.flatnonzero(is_word).tolist())))
                for w in new:
                    content[w] = _unigram(w, word_norms[w], stops)
            in_article: set = set()
            for word, n in counts.items():
                info = content[word]
                if info is None:
                    continue
                stem, offset = info
                key = (stem,) if group is None else (g, stem)
                row = rows.get(key)
                if row is None:
                    row = rows[key] = [0, 0, Counter()]
                row[0] += n
                forms = row[2]
                forms[word] = forms.get(word, 0) + n  # .get: Counter's missing-key hook is Python
                if key not in in_article:
                    in_article.add(key)
                    row[1] += 1
                printed = surfaces[stem]
                surface = word[offset:]
                printed[surface] = printed.get(surface, 0) + n

    def table(self, min_count: int) -> pd.DataFrame:
        group, keys = self.group, self.keys
        surface = {term: _most_frequent(forms) for term, forms in self.surfaces.items()}
        records = [
            (*[None if k is _NO_VALUE else k for k in key], surface[key[-1]], count, n_articles, _forms(words))
            for key, (count, n_articles, words) in self.rows.items()
            if count >= min_count
        ]
        table = pd.DataFrame(records, columns=[*keys, "surface", "count", "n_articles", "forms"])
        table = table.astype({"count": "int64", "n_articles": "int64"})
        if group:
            order = self.order if group == "article_id" else None
            table = table.sort_values(
                [group, "count", "term"], ascending=[True, False, True], na_position="last",
                key=lambda s: s.map(order) if order is not None and s.name == group else s,
            )
        else:
            table = table.sort_values(["count", "term"], ascending=[False, True])
        if group == "article_id":
            table = table.drop(columns="n_articles")
        return table.reset_index(drop=True)


def _group_column(corpus: pd.DataFrame, by: str | None) -> str | None:
    if by is None:
        return None
    column = "article_id" if by == "article" else by
    if column not in corpus.columns:
        raise ValueError(f"by={by!r}: the corpus has no such column (use None, 'article' or one of "
                         f"{', '.join(map(str, corpus.columns))})")
    return column


def distinctive_terms(corpus: pd.DataFrame, top_n: int = 10, *, ngram: int = 1, min_count: int = 1,
                      stopwords: Iterable[str] | None = None, include_duplicates: bool = False,
                      sublinear_tf: bool = True) -> pd.DataFrame:
    """The terms that set each article apart: TF-IDF, top ``top_n`` per article.

    TF-IDF is scikit-learn's :class:`~sklearn.feature_extraction.text.TfidfVectorizer`
    fed with our terms through a pass-through analyzer: the Arabic work
    (clitics, normalization, stopwords) is ours, the weighting is the
    textbook formula researchers cite and can reproduce elsewhere, rather
    than a home-made variant.  Weight of a term in an article:
    ``tf × idf`` with ``tf = 1 + ln(count)`` (``sublinear_tf=True``, the
    default; raw count otherwise) and the smoothed ``idf = ln((1 + n) / (1 + df)) + 1``
    (``n`` articles, ``df`` articles containing the term); each article's
    vector is then scaled to unit length, so scores compare across articles
    of different lengths.  Sublinear tf is the default because in a small
    corpus idf varies little (1 to ≈ 2.4 over 7 articles): with raw counts a
    word printed 19 times in every article would outrank a name found in
    one article only.  Only terms counted at least ``min_count`` times in
    an article are ranked; ties are broken by count, then term.

    Columns: ``article_id``, ``rank``, ``term``, ``surface``, ``tfidf``,
    ``count`` (in the article), ``n_articles`` (document frequency).

    >>> top = distinctive_terms(load_corpus(), top_n=3)
    >>> top[top["article_id"] == "002_ec3e5877bfe64987#1"]["surface"].tolist()
    ['أوباما', 'بنغازي', 'قومي']
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    _check_positive("top_n", top_n)
    _check_positive("min_count", min_count)
    corpus = _check_corpus(corpus, include_duplicates)
    occ = term_occurrences(corpus, ngram, stopwords=stopwords, include_duplicates=True)
    surfaces = occ.groupby("term")["surface"].agg(_most_frequent)
    ids = corpus["article_id"].tolist()
    by_article = occ.groupby("article_id", sort=False)["term"].agg(list)
    docs = [by_article.get(a, []) for a in ids]
    columns = ["article_id", "rank", "term", "surface", "tfidf", "count", "n_articles"]
    if not any(docs):
        return pd.DataFrame(columns=columns)
    # The documents are already term lists: the analyzer passes them through.
    vectorizer = TfidfVectorizer(analyzer=list, lowercase=False, sublinear_tf=sublinear_tf)
    weights = vectorizer.fit_transform(docs).tocoo()
    vocab = vectorizer.get_feature_names_out()
    df = Counter(t for doc in docs for t in set(doc))
    counts = [Counter(doc) for doc in docs]
    rows = [
        (ids[i], vocab[j], float(w), counts[i][vocab[j]])
        for i, j, w in zip(weights.row, weights.col, weights.data)
        if counts[i][vocab[j]] >= min_count
    ]
    table = pd.DataFrame(rows, columns=["article_id", "term", "tfidf", "count"])
    table["order"] = table["article_id"].map({a: k for k, a in enumerate(ids)})
    # Weights equal in exact arithmetic can differ in the last bits
    # ((1 + ln 4)(1 + ln 2) vs (1 + ln 2)(1 + ln 4)): rank on rounded weights.
    table["key"] = table["tfidf"].round(_TIE_DIGITS)
    table = table.sort_values(["order", "key", "count", "term"], ascending=[True, False, False, True])
    table["rank"] = table.groupby("article_id", sort=False).cumcount() + 1
    table = table[table["rank"] <= top_n]
    table["surface"] = table["term"].map(surfaces)
    table["n_articles"] = table["term"].map(df)
    return table[columns].reset_index(drop=True)


def _g2(o11: int, r1: int, c1: int, n: int) -> float:
    """Dunning's log-likelihood ratio G² of a 2×2 table, signed: negative when
    the pair occurs less often than expected."""
    observed = (o11, r1 - o11, c1 - o11, n - r1 - c1 + o11)
    expected = (r1 * c1 / n, r1 * (n - c1) / n, (n - r1) * c1 / n, (n - r1) * (n - c1) / n)
    g2 = 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected) if o > 0)
    return g2 if o11 >= expected[0] else -g2


def collocations(corpus: pd.DataFrame, min_count: int = 2, *, sort_by: str = "llr",
                 stopwords: Iterable[str] | None = None, include_duplicates: bool = False) -> pd.DataFrame:
    """Word pairs that occur together more often than chance: bigrams of
    content words (as in ``term_frequencies(ngram=2)``) with PMI and
    Dunning's log-likelihood G².

    For a pair (w1, w2) over all ``N`` bigrams: ``count`` = f(w1 w2),
    ``w1_count`` = bigrams starting with w1, ``w2_count`` = bigrams ending
    with w2, ``expected`` = w1_count × w2_count / N,
    ``pmi`` = log2(count / expected), and ``llr`` = G² = 2 Σ O ln(O/E) over
    the 2×2 table (w1 or not × w2 or not), negative when the pair is rarer
    than expected.  PMI favours rare pairs, G² frequent ones (Evert 2005);
    ``min_count`` (default 2) leaves out pairs seen once, whose PMI is noise.
    Sorted by ``sort_by`` ("llr", "pmi" or "count"), then count, then term.

    >>> top = collocations(load_corpus())
    >>> top.head(1)[["surface", "count"]].values.tolist()
    [['حكومة الوفاق', 17]]
    """
    _check_positive("min_count", min_count)
    if sort_by not in ("llr", "pmi", "count"):
        raise ValueError(f"sort_by must be 'llr', 'pmi' or 'count', got {sort_by!r}")
    corpus = _check_corpus(corpus, include_duplicates)
    occ = term_occurrences(corpus, 2, stopwords=stopwords, include_duplicates=True)
    columns = ["term", "surface", "w1", "w2", "count", "w1_count", "w2_count", "expected", "pmi", "llr",
               "n_articles"]
    if occ.empty:
        return pd.DataFrame(columns=columns)
    pairs = occ["term"].str.split(" ", n=1, expand=True)
    occ = occ.assign(w1=pairs[0], w2=pairs[1])
    n = len(occ)
    w1_counts = occ["w1"].value_counts()
    w2_counts = occ["w2"].value_counts()
    table = occ.groupby(["term", "w1", "w2"]).agg(
        count=("term", "size"), n_articles=("article_id", "nunique"), surface=("surface", _most_frequent)
    ).reset_index()
    table["w1_count"] = table["w1"].map(w1_counts)
    table["w2_count"] = table["w2"].map(w2_counts)
    table["expected"] = table["w1_count"] * table["w2_count"] / n
    table["pmi"] = [math.log2(c / e) for c, e in zip(table["count"], table["expected"])]
    table["llr"] = [_g2(c, r, k, n) for c, r, k in zip(table["count"], table["w1_count"], table["w2_count"])]
    table = table[table["count"] >= min_count]
    table["key"] = table[sort_by].round(_TIE_DIGITS)
    table = table.sort_values(["key", "count", "term"], ascending=[False, False, True])
    return table[columns].reset_index(drop=True)
