"""Tokens and sentences with character offsets into the verbatim text.

Every token keeps its ``surface`` (exactly ``text[start:end]``) next to its
normalized form ``norm``, so counts are made on normalized forms while a
researcher can always read the words as printed.

Example::

    >>> [t.norm for t in tokenize("وقتل ٨ مقاتلين.")]
    ['وقتل', '8', 'مقاتلين', '.']
    >>> [(t.surface, t.norm, t.kind) for t in tokenize("للقوات", clitics=True)]
    [('ل', 'ل', 'clitic'), ('ل', 'ال', 'clitic'), ('قوات', 'قوات', 'word')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Iterable, Iterator, NamedTuple

import numpy as np
import pandas as pd

from .lexicon import letters, split_clitics
from .normalize import (
    DIACRITICS,
    INVISIBLES,
    TATWEEL,
    _changing_length,
    _code_tables,
    _composed_table,
    _options,
    normalize,
    normalize_with_offsets,
)

__all__ = [
    "KINDS",
    "Sentence",
    "Token",
    "TokenArrays",
    "count_words",
    "iter_tokens",
    "split_sentences",
    "tokenize",
    "tokenize_arrays",
    "tokenize_many",
    "tokens_frame",
]


class Token(NamedTuple):
    """A token: ``surface == text[start:end]``; ``kind`` is word, number,
    punct, or clitic (a proclitic split off by ``clitics=True``)."""

    surface: str
    norm: str
    start: int
    end: int
    kind: str


class Sentence(NamedTuple):
    """A sentence: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


_MARKS = re.escape(DIACRITICS + TATWEEL + "\u200c\u200d")
# Letters of the Arabic and Latin blocks, listed so the common case is one
# character class (fast); other scripts take the general alternative.
_LETTERS = (
    "A-Za-z\u00c0-\u024f\u0621-\u063f\u0641-\u064a\u0640\u066e\u066f\u0671-\u06d3\u06d5"
    "\u06e5\u06e6\u06ee\u06ef\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
)
_WORD = rf"[{_LETTERS}{_MARKS}]+|(?:[^\W\d_]|[{_MARKS}])+"
_NUMBER = r"\d+(?:[.,\u066b\u066c]\d+)*"
_PUNCT = rf"[^\s{re.escape(INVISIBLES)}]"
# A word: letters (any script) with Arabic marks, tatweel and ZWJ/ZWNJ inside.
# A number: digits (any script) with inner separators: 1,500  ١٬٥٠٠  3.5
# Anything else that is not a space is one punctuation token.
_TOKEN_RE = re.compile(rf"(?P<word>{_WORD})|(?P<number>{_NUMBER})|(?P<punct>{_PUNCT})")
# The same alternation with one capturing group, for re.split.
_SPLIT_RE = re.compile(rf"({_WORD}|{_NUMBER}|{_PUNCT})")
_WORD_START = re.compile(rf"(?:{_WORD})")
_NUMBER_START = re.compile(_NUMBER)

# Sentence ends: . ! ? ؟ ؛ (repeated, e.g. "..") plus closing quotes or
# brackets, followed by a space or the end; or a line break.  A run of end
# marks is matched only from its first mark (lookbehind) and never given
# back (possessive), so a long run such as "....x" costs linear time, not
# one retry per mark and per start position.
_SENT_END_RE = re.compile(r"(?<![.!?\u061f\u061b])[.!?\u061f\u061b]++[\"'\u201d\u00bb)\]]*+(?=\s|$)|\n")


class _KindOfFirst(dict):
    """Token kind from its first character, memoized per character; the
    same alternation order as the token regex (word, number, punct)."""

    def __missing__(self, ch: str) -> str:
        kind = "word" if _WORD_START.match(ch) else "number" if _NUMBER_START.match(ch) else "punct"
        self[ch] = kind
        return kind


_KIND_OF_FIRST = _KindOfFirst()
_first = itemgetter(0)


def _base_tokens(text: str, norm_options: dict) -> list[Token]:
    """Tokens without clitic splitting: from the columnar path where it
    applies and pays (texts of _COLUMNS_MIN characters and more), else from
    the regex."""
    if len(text) < _COLUMNS_MIN:
        return _regex_tokens(text, norm_options)
    flags = _options(**norm_options)
    found = _columns(text, flags)
    if found is None:
        return _regex_tokens(text, norm_options)
    starts, ends = found.starts.tolist(), found.ends.tolist()
    surfaces = list(map(text.__getitem__, map(slice, starts, ends)))
    kinds = list(map(KINDS.__getitem__, found.kinds.tolist()))
    return list(map(tuple.__new__, repeat(Token), zip(surfaces, found.norms, starts, ends, kinds)))


def _regex_tokens(text: str, norm_options: dict) -> list[Token]:
    """Tokens without clitic splitting, by the token regex: the reference the
    columnar path is tested against, and the path for texts it does not cover.

    Built with C-level loops only (re.split, accumulate, map, zip): a Python
    loop over tokens was 4× slower.  Token norms are slices of the whole
    normalized text where normalization keeps every character in place, and
    per-token ``translate`` otherwise.
    """
    flags = _options(**norm_options)
    table = _composed_table(flags)
    parts = _SPLIT_RE.split(text)
    surfaces = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=0))
    starts = bounds[1::2]
    ends = bounds[2::2]
    changing = _changing_length(flags)
    if changing is None or changing.search(text) is None:
        normalized = text.translate(table)
        norms = list(map(normalized.__getitem__, map(slice, starts, ends)))
    else:
        norms = list(map(str.translate, surfaces, repeat(table)))
    kinds = list(map(_KIND_OF_FIRST.__getitem__, map(_first, surfaces)))
    return list(map(tuple.__new__, repeat(Token), zip(surfaces, norms, starts, ends, kinds)))


# --- columnar tokens ---------------------------------------------------------
#
# The same tokens as the regex above, found by NumPy over the text's code
# points: one table lookup gives each character a class, token boundaries are
# where the class changes, and the normalized forms are cut out of one
# normalized string by a single ``str.split``.  No Python object is made per
# character and only one (its norm) per token, which is what makes bulk
# counting fast.  Texts this path does not cover (characters beyond the Basic
# Multilingual Plane, lone surrogates, one-to-many normalizations such as
# the ligature ﻻ, the noncharacter U+FFFF) take the regex path: the result is
# identical either way (tests/test_tokenize.py checks it on random text).

#: Token kinds by code: ``TokenArrays.kinds[i]`` indexes this tuple.
KINDS = ("word", "number", "punct")

# Character classes of the lookup table.  A word is a run of the letters
# listed in _LETTERS (with marks), or, when it starts with a letter of another
# script, a run of any letters (\w but digits and _) with marks: LETTER is
# both, LISTED_ONLY the listed characters that are no letter (÷ ×, ornate
# parentheses), OTHER_LETTER the letters of other scripts.
# The two classes that switch words between scripts come last (one comparison finds them).
_SPACE, _LETTER, _DIGIT, _SEPARATOR, _PUNCT, _OTHER_LETTER, _LISTED_ONLY = range(7)
_KIND_OF_CLASS = np.array([255, 0, 1, 2, 2, 0, 0], dtype=np.uint8)
_SEP = 0xFFFF  # a noncharacter: joins the normalized tokens before one split
_BMP = 0x10000
_CHUNK_CHARS = 1 << 17  # characters tokenized at once by tokenize_many
_COLUMNS_MIN = 768  # below this length the regex is faster than the arrays' fixed cost


class TokenArrays(NamedTuple):
    """The tokens of one text as parallel columns (see :func:`tokenize_arrays`):
    ``norms[i]`` is the normalized form of ``text[starts[i]:ends[i]]`` and
    ``kinds[i]`` indexes :data:`KINDS`."""

    norms: list[str]
    starts: np.ndarray
    ends: np.ndarray
    kinds: np.ndarray


@lru_cache(maxsize=1)
def _class_table() -> np.ndarray:
    """Class of every BMP character, decided by the token regex's own parts."""
    every = "".join(map(chr, range(_BMP)))

    def matching(pattern: str) -> np.ndarray:
        found = np.zeros(_BMP, dtype=bool)
        found[[m.start() for m in re.finditer(pattern, every)]] = True
        return found

    table = np.full(_BMP, _PUNCT, dtype=np.uint8)
    table[matching(rf"[\s{re.escape(INVISIBLES)}]")] = _SPACE
    table[matching(r"\d")] = _DIGIT
    any_letter = matching(rf"[^\W\d_]|[{_MARKS}]")
    listed = matching(rf"[{_LETTERS}{_MARKS}]")
    table[any_letter] = _OTHER_LETTER
    table[listed] = _LISTED_ONLY
    table[listed & any_letter] = _LETTER
    table[[ord(c) for c in ".,\u066b\u066c"]] = _SEPARATOR
    return table


@lru_cache(maxsize=64)
def _regex_only(flags: tuple[bool, ...]) -> np.ndarray:
    """BMP characters the columnar path leaves to the regex: one-to-many
    normalizations (ﻻ) and the separator it joins normalized forms with."""
    several = _code_tables(flags)[2].copy()
    several[_SEP] = True
    return several


def _arrays_of(tokens: list[Token]) -> TokenArrays:
    return TokenArrays(
        [t.norm for t in tokens],
        np.array([t.start for t in tokens], dtype=np.int64),
        np.array([t.end for t in tokens], dtype=np.int64),
        np.array([KINDS.index(t.kind) for t in tokens], dtype=np.uint8),
    )


def _code_points(text: str) -> np.ndarray | None:
    try:
        points = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    except UnicodeEncodeError:  # lone surrogates
        return None
    return points if not len(points) or int(points.max()) < _BMP else None


def _bounds(classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Token starts and ends from character classes (separators resolved)."""
    switches = np.flatnonzero(classes >= _OTHER_LETTER) if (classes >= _OTHER_LETTER).any() else ()
    group = classes
    if len(switches):
        group = classes.copy()
        group[switches] = _LETTER
    in_token = group != _SPACE
    change = np.empty(len(group), dtype=bool)
    change[0] = True
    np.not_equal(group[1:], group[:-1], out=change[1:])
    change |= group == _PUNCT
    start = in_token & change
    if len(switches):
        # Inside a run of word characters, a word that began with a listed
        # letter ends before a letter of another script, and one that began
        # with another script ends before a listed non-letter (÷): a new word
        # starts wherever the kind of such a character differs from the one
        # before it in the run (a run begins as "listed").
        run = np.cumsum(start)[switches]
        other = classes[switches] == _OTHER_LETTER
        before = np.zeros(len(switches), dtype=bool)
        same_run = np.zeros(len(switches), dtype=bool)
        same_run[1:] = run[1:] == run[:-1]
        before[1:] = other[:-1]
        before &= same_run
        start[switches[other != before]] = True
    # A token ends where the next one starts or at the first space after it:
    # at the edge (a start or a space after a token) that follows its start.
    edge = start.copy()
    edge[1:] |= in_token[:-1] & ~in_token[1:]
    edges = np.flatnonzero(edge)
    is_start = start[edges]
    starts = edges[is_start]
    ends = np.append(edges[1:], len(group))[is_start]
    return starts, ends


def _normalized_pieces(points: np.ndarray, classes: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                       flags: tuple[bool, ...]) -> list[str]:
    """The normalized form of every token, cut from one string by one split."""
    image, deleted, _ = _code_tables(flags)
    keep = classes != _SPACE
    gone = np.take(deleted, points)
    if gone.any():
        keep &= ~gone
    # The kept characters, a separator after every token but the last.
    seps = np.cumsum(keep)[ends[:-1] - 1] + np.arange(len(ends) - 1)
    joined = np.empty(np.count_nonzero(keep) + len(seps), dtype=np.uint32)
    chars = np.ones(len(joined), dtype=bool)
    chars[seps] = False
    joined[chars] = np.compress(keep, np.take(image, points))
    joined[seps] = _SEP
    return joined.tobytes().decode("utf-32-le").split(chr(_SEP))


def _classes(points: np.ndarray) -> np.ndarray:
    classes = _class_table()[points]
    seps = np.flatnonzero(classes == _SEPARATOR)
    if len(seps):
        # 1,500 and ٣٫٥: a separator between two digits is inside the number.
        inner = (seps > 0) & (seps < len(points) - 1)
        joined = np.zeros(len(seps), dtype=bool)
        joined[inner] = (classes[seps[inner] - 1] == _DIGIT) & (classes[seps[inner] + 1] == _DIGIT)
        classes[seps] = np.where(joined, _DIGIT, _PUNCT)
    return classes


def _columns(text: str, flags: tuple[bool, ...]) -> TokenArrays | None:
    """Columnar tokens of ``text``, or None where the regex path must be taken."""
    points = _code_points(text)
    if points is None or not len(points) or np.take(_regex_only(flags), points).any():
        return None
    classes = _classes(points)
    starts, ends = _bounds(classes)
    if not len(starts):
        return None
    norms = _normalized_pieces(points, classes, starts, ends, flags)
    return TokenArrays(norms, starts, ends, _KIND_OF_CLASS[classes[starts]])


def count_words(text: str) -> int:
    """How many word and number tokens :func:`tokenize` finds in ``text``
    (punctuation not counted), without making the tokens.

    >>> count_words("قتل 6 مقاتلين، وأصيب 12.")
    5
    """
    points = _code_points(text)
    if points is None or not len(points):
        return sum(1 for m in _TOKEN_RE.finditer(text) if m.lastgroup != "punct")
    classes = _classes(points)
    starts, _ = _bounds(classes)
    return int(np.count_nonzero(classes[starts] != _PUNCT))


def tokenize_arrays(text: str, **norm_options: bool) -> TokenArrays:
    """The tokens of :func:`tokenize` (without clitic splitting) as columns:
    normalized forms, start and end offsets, kind codes.

    For bulk work (counting, matching over many articles): no
    :class:`Token` object per token, and the boundaries and normalized forms
    come from array operations over the whole text.

    >>> arrays = tokenize_arrays("قُتِلَ ٨ مقاتلين.")
    >>> arrays.norms, arrays.starts.tolist(), arrays.ends.tolist()
    (['قتل', '8', 'مقاتلين', '.'], [0, 7, 9, 16], [6, 8, 16, 17])
    >>> [KINDS[k] for k in arrays.kinds]
    ['word', 'number', 'word', 'punct']
    """
    flags = _options(**norm_options)
    found = _columns(text, flags)
    return found if found is not None else _arrays_of(_regex_tokens(text, norm_options))


def tokenize_many(texts: Iterable[str], **norm_options: bool) -> list[TokenArrays]:
    """:func:`tokenize_arrays` of each text, computed over many texts at once
    (joined by line breaks, which no token crosses), so that short articles
    do not each pay the fixed cost of the array operations.  Texts are taken
    in chunks of about ``_CHUNK_CHARS`` characters, which keeps the arrays in
    the processor's cache (larger chunks are slower, not faster).

    >>> [a.norms for a in tokenize_many(["قتل ٦", "", "وأصيب ١٢."])]
    [['قتل', '6'], [], ['واصيب', '12', '.']]
    """
    flags = _options(**norm_options)
    out: list[TokenArrays] = []
    chunk: list[str] = []
    size = 0
    for text in texts:
        chunk.append(text)
        size += len(text) + 1
        if size >= _CHUNK_CHARS:
            out.extend(_chunk_columns(chunk, flags, norm_options))
            chunk, size = [], 0
    if chunk:
        out.extend(_chunk_columns(chunk, flags, norm_options))
    return out


def _chunk_columns(texts: list[str], flags: tuple[bool, ...], norm_options: dict) -> list[TokenArrays]:
    found = _columns("\n".join(texts), flags)
    if found is None:
        return [tokenize_arrays(t, **norm_options) for t in texts]
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    offsets = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    cuts = np.searchsorted(found.starts, offsets)
    # Offsets relative to each text, for all tokens at once; then views per text.
    shift = np.repeat(offsets, np.diff(np.append(cuts, len(found.starts))))
    starts, ends = found.starts - shift, found.ends - shift
    norms, kinds = found.norms, found.kinds
    bounds = cuts.tolist() + [len(starts)]
    return [TokenArrays(norms[lo:hi], starts[lo:hi], ends[lo:hi], kinds[lo:hi])
            for lo, hi in zip(bounds, bounds[1:])]


def iter_tokens(text: str, *, clitics: bool = False, **norm_options: bool) -> Iterator[Token]:
    """Yield the tokens of ``text`` one by one (see :func:`tokenize`)."""
    tokens = _base_tokens(text, norm_options)
    if not clitics:
        yield from tokens
        return
    for tok in tokens:
        if tok.kind == "word" and len(tok.surface) > 2:
            pieces = split_clitics(letters(tok.surface))
            if len(pieces) > 1:
                yield from _clitic_tokens(tok.surface, tok.start, pieces, norm_options)
                continue
        yield tok


def _clitic_tokens(surface: str, start: int, pieces: tuple[str, ...], norm_options: dict) -> Iterator[Token]:
    """Tokens for the pieces of one word, with offsets into the verbatim text.

    Pieces are in letter form (no diacritics); the offset map of that
    normalization takes piece boundaries back to the surface, diacritics
    staying with the letter they follow.
    """
    _, offsets = normalize_with_offsets(surface, alef=False, alef_maksura=False,
                                        teh_marbuta=False, digits=False, spaces=False)
    pos = 0
    last = len(pieces) - 1
    for i, piece in enumerate(pieces):
        # The article after ل is written with one letter: لل = ل + (ا)ل.
        width = 1 if piece == "ال" and i > 0 and pieces[i - 1] == "ل" else len(piece)
        s, e = offsets.span(pos, pos + width)
        pos += width
        if i == last:
            e = len(surface)
        yield Token(surface[s:e], normalize(piece, **norm_options), start + s, start + e,
                    "word" if i == last else "clitic")


def tokenize(text: str, *, clitics: bool = False, **norm_options: bool) -> list[Token]:
    """Split ``text`` into word, number and punctuation tokens with offsets.

    ``norm`` is :func:`libyanews.normalize.normalize` of the surface with
    ``norm_options``.  With ``clitics=True`` the conjunctions و/ف, the
    prepositions ب/ل/ك and the article ال become tokens of kind
    ``clitic`` where the rest is a word (rule in :mod:`libyanews.lexicon`),
    so ``قوات`` is seen inside ``للقوات`` and ``وقوات``.

    >>> [t.surface for t in tokenize("أعلنت قوات الوفاق، السبت.")]
    ['أعلنت', 'قوات', 'الوفاق', '،', 'السبت', '.']
    >>> [t.norm for t in tokenize("وقتل على إثره", clitics=True)]
    ['و', 'قتل', 'علي', 'اثره']
    """
    if not clitics:
        return _base_tokens(text, norm_options)
    return list(iter_tokens(text, clitics=True, **norm_options))


def tokens_frame(text: str, *, clitics: bool = False, **norm_options: bool) -> pd.DataFrame:
    """:func:`tokenize` as a DataFrame (surface, norm, start, end, kind).

    >>> tokens_frame("بالدواعش", clitics=True)["norm"].tolist()
    ['ب', 'ال', 'دواعش']
    """
    return pd.DataFrame(tokenize(text, clitics=clitics, **norm_options), columns=list(Token._fields))


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` at . ! ? ؟ ؛ and line breaks, keeping offsets.

    Decimal points (3.5), dotted abbreviations (U.N.) and punctuation inside
    quotes followed by more text do not end a sentence; closing quotes stay
    with their sentence.  Blank stretches yield no sentence.

    >>> [s.text for s in split_sentences("قتل 6 مقاتلين. وأصيب 12؟\\nتحديث: 19:57 تغ")]
    ['قتل 6 مقاتلين.', 'وأصيب 12؟', 'تحديث: 19:57 تغ']
    """
    sentences: list[Sentence] = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.start() if m.group() == "\n" else m.end()
        _append_trimmed(text, pos, end, sentences)
        pos = m.end()
    _append_trimmed(text, pos, len(text), sentences)
    return sentences


def _append_trimmed(text: str, start: int, end: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        if stripped:  # punctuation only: attach to the previous sentence
            if out:
                prev = out[-1]
                new_end = start + len(chunk.rstrip())
                out[-1] = Sentence(text[prev.start:new_end], prev.start, new_end)
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    e = s + len(stripped)
    out.append(Sentence(text[s:e], s, e))
