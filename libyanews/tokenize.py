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
from typing import Iterator, NamedTuple

import pandas as pd

from .lexicon import letters, split_clitics
from .normalize import DIACRITICS, INVISIBLES, TATWEEL, normalize, normalize_with_offsets

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
# A word: letters (any script) with Arabic marks, tatweel and ZWJ/ZWNJ inside.
# A number: digits (any script) with inner separators: 1,500  ١٬٥٠٠  3.5
# Anything else that is not a space is one punctuation token.
_TOKEN_RE = re.compile(
    rf"(?P<word>(?:[^\W\d_]|[{_MARKS}])+)"
    r"|(?P<number>\d+(?:[.,\u066b\u066c]\d+)*)"
    rf"|(?P<punct>[^\s{re.escape(INVISIBLES)}])"
)

# Sentence ends: . ! ? ؟ ؛ (repeated, e.g. "..") plus closing quotes or
# brackets, followed by a space or the end; or a line break.  A run of end
# marks is matched only from its first mark (lookbehind) and never given
# back (possessive), so a long run such as "....x" costs linear time, not
# one retry per mark and per start position.
_SENT_END_RE = re.compile(r"(?<![.!?\u061f\u061b])[.!?\u061f\u061b]++[\"'\u201d\u00bb)\]]*+(?=\s|$)|\n")


def iter_tokens(text: str, *, clitics: bool = False, **norm_options: bool) -> Iterator[Token]:
    """Yield the tokens of ``text`` one by one (see :func:`tokenize`)."""
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        surface = m.group()
        start, end = m.span()
        norm = normalize(surface, **norm_options)
        if kind == "word" and clitics and len(surface) > 2:
            pieces = split_clitics(letters(surface))
            if len(pieces) > 1:
                yield from _clitic_tokens(surface, start, pieces, norm_options)
                continue
        yield Token(surface, norm, start, end, kind)


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
    return list(iter_tokens(text, clitics=clitics, **norm_options))


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
