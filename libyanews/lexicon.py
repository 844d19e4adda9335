"""Which strings are Arabic words, and how common: the basis of clitic splitting.

:func:`split_clitics` separates the conjunctions و/ف, the prepositions
ب/ل/ك and the article ال from a stem *only where the rest is a word*.  "Is a
word" is decided by a frequency lexicon, not by a list tuned to our seeds:
wordfreq's large Arabic list (620k forms from Wikipedia, subtitles, news,
web text and Twitter; code Apache-2.0, data CC BY-SA 4.0), loaded from the
installed package, never downloaded.

The rule, applied left to right (conjunction, then preposition, then article):

* و/ف and ب/ل/ك come off when the rest starts with the article
  (``والقوات``, ``بالكامل``), or when the rest is a word of three or more
  letters nearly as common as the whole (at most ``MARGIN`` Zipf below it:
  ``وقتل`` → و + قتل because قتل is more common; ``وأضاف`` → و + أضاف;
  ``وزير`` stays because زير is far rarer than وزير).  A two-letter rest
  must be a very common word, clearly more common than the whole
  (``وهو`` → و + هو, but ``وعد`` and ``بحث`` stay whole).
* ``لل`` + stem is ل + ال + stem (``للقوات`` → ل + ال + قوات).
* ال comes off when the stem has at least two letters, is itself a word, and
  the word is not a hamza-less spelling of a more common word beginning with
  أ/آ/إ (``الاف`` is آلاف, not ال + اف).
* Words in ``data/clitic_exceptions.txt`` are never split.

Example::

    >>> split_clitics("وقتل")
    ('و', 'قتل')
    >>> split_clitics("للقوات")
    ('ل', 'ال', 'قوات')
    >>> split_clitics("وزير")
    ('وزير',)
"""

from __future__ import annotations

import math
from functools import lru_cache

from . import config
from .normalize import normalize

__all__ = ["clitic_exceptions", "letters", "split_clitics", "word_zipf"]

#: Minimum Zipf frequency (log10 per billion words) for a rest to count as a word.
MIN_ZIPF = 3.0
#: How much rarer than the whole word a rest of 3+ letters may be.
MARGIN = 0.5
#: A two-letter rest must be at least this common and this much above the whole.
MIN_SHORT_ZIPF = 5.0
SHORT_LEAD = 1.0
#: Minimum Zipf frequency for the stem after ال.
MIN_STEM_ZIPF = 2.5
#: Forms rarer than this are not kept in memory (they never decide a split).
_KEEP_ZIPF = 2.0

_LETTER_OPTIONS = dict(alef=False, alef_maksura=False, teh_marbuta=False, digits=False, spaces=False)


@lru_cache(maxsize=200_000)
def letters(word: str) -> str:
    """The letter skeleton used by the lexicon: no diacritics, tatweel or
    invisible marks, but hamza forms kept (أ and ا decide different words).

    >>> letters("قُتِلَ")
    'قتل'
    """
    return normalize(word, **_LETTER_OPTIONS)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    import wordfreq  # imported lazily: loading the list takes about a second

    freqs: dict[str, float] = {}
    for form, freq in wordfreq.get_frequency_dict("ar", wordlist="large").items():
        key = letters(form)
        freqs[key] = freqs.get(key, 0.0) + freq
    floor = 10 ** (_KEEP_ZIPF - 9)
    return {w: round(math.log10(f) + 9, 2) for w, f in freqs.items() if f >= floor}


def word_zipf(word: str) -> float:
    """Zipf frequency of ``word`` (0 when unknown); 3 ≈ once per million words.

    >>> word_zipf("قتل") > word_zipf("وقتل") > 0
    True
    """
    return _lexicon().get(letters(word), 0.0)


@lru_cache(maxsize=1)
def clitic_exceptions() -> frozenset[str]:
    """Words never split, from ``data/clitic_exceptions.txt``."""
    path = config.data_file("clitic_exceptions.txt")
    with open(path, encoding="utf-8") as fh:
        return frozenset(
            letters(line.strip()) for line in fh if line.strip() and not line.lstrip().startswith("#")
        )


def _is_rest_word(rest: str, whole: str) -> bool:
    if len(rest) < 2:
        return False
    if rest.startswith("ال") and len(rest) >= 4:
        return True
    lex = _lexicon()
    z = lex.get(rest, 0.0)
    z_whole = lex.get(whole, 0.0)
    if len(rest) == 2:
        return z >= MIN_SHORT_ZIPF and z >= z_whole + SHORT_LEAD
    return z >= MIN_ZIPF and z >= z_whole - MARGIN


def _is_article(word: str) -> bool:
    stem = word[2:]
    if len(stem) < 2 or not word.startswith("ال"):
        return False
    lex = _lexicon()
    z_stem = lex.get(stem, 0.0)
    if z_stem < MIN_STEM_ZIPF:
        return False
    # "الاف" written without hamza is آلاف, "المانيا" is ألمانيا.
    rest = word[1:]
    return all(lex.get(h + rest, 0.0) <= z_stem for h in "أآإ")


@lru_cache(maxsize=200_000)
def split_clitics(word: str) -> tuple[str, ...]:
    """Split proclitics off ``word`` (given in :func:`letters` form).

    Returns the pieces in order; their lengths add up to ``len(word)``
    except for ``لل`` where the article piece is written ``ال`` but spans one
    letter (see :func:`libyanews.tokenize.tokenize` for offsets).

    >>> split_clitics("بالدواعش")
    ('ب', 'ال', 'دواعش')
    >>> split_clitics("ليبيا")
    ('ليبيا',)
    """
    exceptions = clitic_exceptions()
    if word in exceptions or len(word) < 3:
        return (word,)
    pieces: list[str] = []
    rest = word
    if rest[0] in "وف" and _is_rest_word(rest[1:], rest):
        pieces.append(rest[0])
        rest = rest[1:]
    if rest not in exceptions and len(rest) >= 3 and rest[0] in "بلك":
        if rest.startswith("لل") and len(rest) >= 4 and _is_article("ال" + rest[2:]):
            return (*pieces, "ل", "ال", rest[2:])
        if _is_rest_word(rest[1:], rest):
            pieces.append(rest[0])
            rest = rest[1:]
    if rest not in exceptions and _is_article(rest):
        pieces.append("ال")
        rest = rest[2:]
    return (*pieces, rest)
