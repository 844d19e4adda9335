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
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Iterator, NamedTuple

import pandas as pd

from .lexicon import letters, split_clitics
from .normalize import (
    DIACRITICS,
    INVISIBLES,
    TATWEEL,
    _changing_length,
    _composed_table,
    _options,
    normalize,
    normalize_with_offsets,
)

__all__ = ["Sentence", "Token", "iter_tokens", "split_sentences", "tokenize", "tokens_frame"]


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
    """Tokens without clitic splitting.

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
