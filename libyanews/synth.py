"""Generated corpora for benchmarks and scale tests, recombined from the seeds.

A researcher's corpus is ten thousand or ten million articles; the seeds are
eight.  :func:`generate_articles` makes any number of articles in the seeds'
register, and :func:`write_corpus` writes them as text files laid out like
the seeds (title line, paragraphs, ``المصدر: …`` line), so that the whole
toolkit, from :func:`libyanews.corpus.load_corpus` on, runs on them.

How an article is made (all draws from one ``random.Random(seed)``, so the
same arguments give byte-identical files):

* **sentences** of the seed articles (originals only, republished copies left
  out) of at least ``MIN_WORDS`` words are the material;
* a **paragraph** joins one to three different sentences drawn at random
  (never the same as the paragraph before it), and in each sentence a share
  ``SUBSTITUTION`` of the words (space-separated, without punctuation, the
  sentence's last word kept) is replaced by an Arabic word drawn from
  wordfreq's list of the ``VOCABULARY`` most frequent forms, as often as the
  language uses it (function words often, rare words rarely).  Without it
  every sentence would come back hundreds of times in a large corpus, a
  repetition no real archive has: the near-duplicate detector would see the
  same paragraphs over and over and could not tell a republished article from
  an article sharing a few sentences with many others, and every cache
  (ours, spaCy's tokenizer's) would see a few thousand words only.  With it
  paragraphs are new word sequences and the vocabulary grows with the corpus
  as a real one does, while the names, numbers and casualty words of the
  seeds' sentences stay (less those replaced);
* an **article** has ``4``–``9`` paragraphs (the first long enough to open a
  body, see :mod:`libyanews.corpus`), a title taken from the seeds' titles
  and captions, and a source line;
* a share ``copies`` of the articles are **exact copies** of an earlier
  generated article (another title and source line, the same text), and a
  share ``near_copies`` are **near copies** with one or two small edits: a
  paragraph dropped, a number changed, a word given diacritics or tatweel,
  spaces doubled.  Their ``copy_of`` says which article they copy (the first
  of its line when the copied article is itself a copy), so a test can check
  that duplicate detection finds them.

Files hold one to three articles each (as scraped pages do), in folders of
``FILES_PER_FOLDER`` files.

Example::

    >>> articles = generate_articles(50, seed=1)
    >>> len(articles), int(articles["copy_of"].notna().sum()) > 0
    (50, True)
    >>> generate_articles(50, seed=1).equals(articles)   # deterministic
    True
"""

from __future__ import annotations

import bisect
import os
import random
import re
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import pandas as pd

from . import config
from .corpus import PARAGRAPH_WORDS, _SENTENCE_END, load_corpus
from .tokenize import split_sentences

__all__ = ["ARTICLE_COLUMNS", "generate_articles", "write_corpus"]

#: Sentences shorter than this (words) are not material.
MIN_WORDS = 6
#: Text files per folder of a written corpus.
FILES_PER_FOLDER = 1000
#: Share of a sentence's words replaced by a word drawn from wordfreq's Arabic list.
SUBSTITUTION = 0.3
#: Most frequent Arabic forms of wordfreq (3.1.1, pinned) the replacements come from.
VOCABULARY = 100_000
#: Source lines of generated articles.
SOURCES = ("وكالات", "الجزيرة + وكالات", "الأناضول", "فرانس برس", "رويترز")

#: Columns of :func:`generate_articles`.
ARTICLE_COLUMNS = ["article_id", "file", "article_no", "title", "paragraphs", "source", "copy_of", "edit"]

_DIACRITICS = ("\u064e", "\u064f", "\u0650", "\u0651")  # fatha, damma, kasra, shadda


def _is_plain(word: str) -> bool:
    return word.isalnum()


@lru_cache(maxsize=4)
def _material(path: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple]:
    """Sentences and titles of the seed corpus at ``path``, and the
    vocabulary replacements are drawn from."""
    corpus = load_corpus(path, errors="raise")
    corpus = corpus[corpus["duplicate_of"].isna()]
    sentences: list[str] = []
    for text in corpus["text"]:
        for line in text.splitlines():
            for sent in split_sentences(line):
                if len(sent.text.split()) >= MIN_WORDS and sent.text not in sentences:
                    sentences.append(sent.text)
    titles: list[str] = []
    for title, captions in zip(corpus["title"], corpus["captions"]):
        for t in [title, *captions]:
            if isinstance(t, str) and t and not t.isascii() and t not in titles:
                titles.append(t)
    return tuple(sentences), tuple(titles), _vocabulary()


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[str, ...], tuple[float, ...]]:
    """wordfreq's most frequent Arabic forms (Arabic letters only) and their
    cumulative frequencies, for weighted draws."""
    import wordfreq

    words = tuple(w for w in wordfreq.top_n_list("ar", VOCABULARY) if _ARABIC_WORD.fullmatch(w))
    return words, tuple(accumulate(wordfreq.word_frequency(w, "ar") for w in words))


_ARABIC_WORD = re.compile("[\u0621-\u064a]+")


def _vary(rng: random.Random, sentence: str, vocabulary) -> str:
    """``sentence`` with a share SUBSTITUTION of its plain words replaced."""
    words, weights = vocabulary
    total, hi = weights[-1] + 0.0, len(weights) - 1
    chunks = sentence.split(" ")
    for i in range(len(chunks) - 1):
        if rng.random() < SUBSTITUTION and _is_plain(chunks[i]):
            # rng.choices(words, cum_weights=weights)[0], without its per-call set-up
            chunks[i] = words[bisect.bisect(weights, rng.random() * total, 0, hi)]
    return " ".join(chunks)


def _paragraph(rng: random.Random, sentences: tuple[str, ...], vocabulary, previous: str | None) -> str:
    while True:
        para = " ".join(_vary(rng, s, vocabulary) for s in rng.sample(sentences, rng.randint(1, 3)))
        # The first paragraph must open a body (long enough, ending a
        # sentence); a line printed twice would start a new article.
        if previous is None and (len(para.split()) < PARAGRAPH_WORDS or not para.endswith(_SENTENCE_END)):
            continue
        if para != previous:
            return para


def _paragraphs(rng: random.Random, sentences: tuple[str, ...], vocabulary) -> list[str]:
    out: list[str] = []
    for _ in range(rng.randint(4, 9)):
        out.append(_paragraph(rng, sentences, vocabulary, out[-1] if out else None))
    return out


def _edit(rng: random.Random, paragraphs: list[str]) -> tuple[list[str], str]:
    """One small edit of a republished article, and its name."""
    paragraphs = list(paragraphs)
    kinds = ["number", "diacritics", "tatweel", "spaces"] + (["drop"] if len(paragraphs) >= 5 else [])
    kind = rng.choice(kinds)
    if kind == "drop":
        del paragraphs[rng.randrange(1, len(paragraphs))]  # the opening paragraph stays
        return paragraphs, kind
    k = rng.randrange(len(paragraphs))
    words = paragraphs[k].split(" ")
    if kind == "number":
        digits = [i for i, w in enumerate(words) if w.isdigit()]
        if digits:
            i = rng.choice(digits)
            words[i] = str(int(words[i]) + rng.randint(1, 9))
        else:
            words.insert(rng.randrange(len(words) + 1), str(rng.randint(2, 99)))
    elif kind in ("diacritics", "tatweel"):
        long_words = [i for i, w in enumerate(words) if len(w) >= 4 and not w.isascii()] or [0]
        i = rng.choice(long_words)
        w = words[i]
        mark = rng.choice(_DIACRITICS) if kind == "diacritics" else "\u0640"
        j = rng.randrange(1, max(2, len(w) - 1))
        words[i] = w[:j] + mark + w[j:]
    else:
        i = rng.randrange(len(words))
        words[i] = words[i] + " "
    paragraphs[k] = " ".join(words)
    return paragraphs, kind


def generate_articles(n_articles: int, *, seed: int = 0, copies: float = 0.05, near_copies: float = 0.05,
                      seeds: os.PathLike | str | None = None) -> pd.DataFrame:
    """``n_articles`` generated articles (rules in the module docstring), one
    row each: ``article_id`` (the id :func:`~libyanews.corpus.load_corpus`
    gives it once written by :func:`write_corpus`), ``file``, ``article_no``,
    ``title``, ``paragraphs`` (list of str), ``source``, ``copy_of`` (the
    article it copies, or None) and ``edit`` (``exact``, the near copy's edit,
    or None).  ``seeds`` is the corpus recombined (default: the seed folder).

    >>> row = generate_articles(3, seed=7).iloc[0]
    >>> row["article_id"], row["file"], len(row["paragraphs"]) >= 4
    ('000/000000#1', '000/000000.txt', True)
    """
    if isinstance(n_articles, bool) or not isinstance(n_articles, int) or n_articles < 0:
        raise ValueError(f"n_articles must be a whole number ≥ 0, got {n_articles!r}")
    for name, share in (("copies", copies), ("near_copies", near_copies)):
        if not 0 <= share <= 1:
            raise ValueError(f"{name} must be a share between 0 and 1, got {share!r}")
    if copies + near_copies > 1:
        raise ValueError(f"copies + near_copies must not exceed 1, got {copies + near_copies!r}")
    sentences, titles, vocabulary = _material(str(Path(seeds if seeds is not None else config.SEEDS_DIR).resolve()))
    if not sentences or not titles:
        raise ValueError(f"{seeds}: no sentences of {MIN_WORDS}+ words or no titles to recombine")
    rng = random.Random(seed)
    rows: list[tuple] = []
    file_no, left_in_file, article_no = -1, 0, 0
    for _ in range(n_articles):
        if left_in_file == 0:
            file_no += 1
            left_in_file = rng.randint(1, 3)
            article_no = 0
        left_in_file -= 1
        article_no += 1
        stem = f"{file_no // FILES_PER_FOLDER:03d}/{file_no:06d}"
        draw = rng.random()
        copy_of, edit = None, None
        if rows and draw < copies + near_copies:
            original = rows[rng.randrange(len(rows))]
            copy_of = original[6] or original[0]  # the first of its line
            if draw < copies:
                paragraphs, edit = list(original[4]), "exact"
            else:
                paragraphs, edit = _edit(rng, original[4])
        else:
            paragraphs = _paragraphs(rng, sentences, vocabulary)
        rows.append((f"{stem}#{article_no}", f"{stem}.txt", article_no, rng.choice(titles), paragraphs,
                     rng.choice(SOURCES), copy_of, edit))
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def write_corpus(folder: os.PathLike | str, n_articles: int, *, seed: int = 0, copies: float = 0.05,
                 near_copies: float = 0.05, seeds: os.PathLike | str | None = None) -> pd.DataFrame:
    """Write :func:`generate_articles` as UTF-8 text files under ``folder``
    (created if needed; it must not hold files of a corpus already) and
    return the table of generated articles, the ground truth to compare
    ``load_corpus(folder)`` with.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     truth = write_corpus(tmp, 20, seed=3)
    ...     corpus = load_corpus(tmp)
    >>> corpus["article_id"].tolist() == truth["article_id"].tolist()
    True
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder}: exists and is not a folder")
    if folder.is_dir() and any(folder.rglob("*.txt")):
        raise FileExistsError(f"{folder}: already holds .txt files; write a generated corpus to an empty folder")
    articles = generate_articles(n_articles, seed=seed, copies=copies, near_copies=near_copies, seeds=seeds)
    made: set[Path] = set()
    pages: dict[str, list[str]] = {}
    for name, title, paragraphs, source in zip(articles["file"], articles["title"], articles["paragraphs"],
                                               articles["source"]):
        pages.setdefault(name, []).append(title + "\n\n" + "\n\n".join(paragraphs) + f"\n\nالمصدر : {source}\n")
    for name, parts in pages.items():
        path = folder / name
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(parts))
    return articles
