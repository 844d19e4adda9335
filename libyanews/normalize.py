"""Arabic normalization for matching and counting.

One small function per step, each a single ``str.translate`` over a
precompiled table, and :func:`normalize` that composes the steps chosen.
Normalization is for *matching only*: the corpus keeps its verbatim text, and
:func:`normalize_with_offsets` returns a map from every normalized character
back to the verbatim one, so a match in normalized text is reported with
offsets into the text a researcher reads.

Steps (model: camel_tools ``utils/normalize.py``):

==========================  ===========================================  =======
step                        what it does                                 default
==========================  ===========================================  =======
``remove_diacritics``       harakat, tanween, shadda, sukun, dagger alef  on
``remove_tatweel``          kashida ـ                                     on
``remove_invisibles``       ZWJ/ZWNJ, bidi marks, BOM                      on
``normalize_presentation``  presentation forms (ﻻ, ﷲ) → letters           on
``normalize_alef``          أ إ آ ٱ → ا                                   on
``normalize_alef_maksura``  ى (and Persian ی) → ي                         on
``normalize_teh_marbuta``   ة → ه                                          off
``normalize_digits``        ٠-٩ and ۰-۹ → 0-9, ٫ → ., ٬ → ,               on
``normalize_spaces``        NBSP and other Unicode spaces → " "           on
==========================  ===========================================  =======

Example::

    >>> normalize("قُتِلَ أكثــر من ٤٠٠ مقاتل")
    'قتل اكثر من 400 مقاتل'
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

import numpy as np

__all__ = [
    "DIACRITICS",
    "OffsetMap",
    "normalize",
    "normalize_alef",
    "normalize_alef_maksura",
    "normalize_digits",
    "normalize_presentation",
    "normalize_spaces",
    "normalize_teh_marbuta",
    "normalize_with_offsets",
    "remove_diacritics",
    "remove_invisibles",
    "remove_tatweel",
]

#: Arabic combining marks: tanween, harakat, shadda, sukun, maddah/hamza
#: above/below, small marks, superscript (dagger) alef, Quranic annotation marks.
DIACRITICS = (
    "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06DD))
    + "".join(chr(c) for c in range(0x06DF, 0x06E9))
    + "".join(chr(c) for c in range(0x06EA, 0x06EE))
)
TATWEEL = "\u0640"
#: Zero-width and bidi control characters, BOM, Arabic letter mark.
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
#: Unicode space characters other than the ASCII space, tab and newlines.
SPACES = "\u00a0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f\u3000"

#: Size of the Basic Multilingual Plane, the range of the code-point tables.
BMP = 0x10000
#: From this length on, normalize looks code points up in arrays.
_ARRAY_MIN = 512

_DELETE = dict.fromkeys
_TABLES: dict[str, dict[int, str | None]] = {
    "diacritics": _DELETE(map(ord, DIACRITICS)),
    "tatweel": {ord(TATWEEL): None},
    "invisibles": _DELETE(map(ord, INVISIBLES)),
    "alef": {ord(c): "ا" for c in "أإآٱٲٳ"},
    "alef_maksura": {ord("ى"): "ي", ord("ی"): "ي"},
    "teh_marbuta": {ord("ة"): "ه"},
    "digits": {
        **{0x0660 + i: str(i) for i in range(10)},
        **{0x06F0 + i: str(i) for i in range(10)},
        0x066B: ".",  # Arabic decimal separator
        0x066C: ",",  # Arabic thousands separator
    },
    "spaces": {ord(c): " " for c in SPACES},
}


def _presentation_table() -> dict[int, str]:
    """NFKC of the Arabic presentation-form blocks (ﻻ → لا, ﺑ → ب, ﷲ → الله)."""
    table = {}
    for block in (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF)):
        for code in block:
            ch = chr(code)
            decomposed = unicodedata.normalize("NFKC", ch)
            if decomposed != ch:
                table[code] = decomposed
    return table


_TABLES["presentation"] = _presentation_table()

#: Order in which steps are applied; the composed table applies later steps
#: to the output of earlier ones, which makes ``normalize`` idempotent.
_ORDER = (
    "presentation",
    "invisibles",
    "diacritics",
    "tatweel",
    "alef",
    "alef_maksura",
    "teh_marbuta",
    "digits",
    "spaces",
)
_DEFAULTS = {
    "presentation": True,
    "invisibles": True,
    "diacritics": True,
    "tatweel": True,
    "alef": True,
    "alef_maksura": True,
    "teh_marbuta": False,
    "digits": True,
    "spaces": True,
}


def remove_diacritics(text: str) -> str:
    """Drop harakat, tanween, shadda, sukun and the dagger alef.

    >>> remove_diacritics("قُتِلَ")
    'قتل'
    """
    return text.translate(_TABLES["diacritics"])


def remove_tatweel(text: str) -> str:
    """Drop the kashida (tatweel) used to stretch words.

    >>> remove_tatweel("الليبيــة")
    'الليبية'
    """
    return text.translate(_TABLES["tatweel"])


def remove_invisibles(text: str) -> str:
    """Drop zero-width joiners, bidi marks and the byte-order mark.

    >>> remove_invisibles("داعش\\u200f")
    'داعش'
    """
    return text.translate(_TABLES["invisibles"])


def normalize_presentation(text: str) -> str:
    """Replace Arabic presentation forms (legacy encodings, PDFs) by letters.

    >>> normalize_presentation("ﻻ")
    'لا'
    """
    return text.translate(_TABLES["presentation"])


def normalize_alef(text: str) -> str:
    """Map hamza and madda alef forms (أ إ آ ٱ) to bare alef ا.

    >>> normalize_alef("أعلنت إدارة آمر")
    'اعلنت ادارة امر'
    """
    return text.translate(_TABLES["alef"])


def normalize_alef_maksura(text: str) -> str:
    """Map alef maksura ى (and Persian yeh ی) to ya ي.

    >>> normalize_alef_maksura("على")
    'علي'
    """
    return text.translate(_TABLES["alef_maksura"])


def normalize_teh_marbuta(text: str) -> str:
    """Map teh marbuta ة to heh ه (off by default: ه is also a pronoun).

    >>> normalize_teh_marbuta("مدينة")
    'مدينه'
    """
    return text.translate(_TABLES["teh_marbuta"])


def normalize_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits and separators to ASCII.

    >>> normalize_digits("١٬٥٠٠ و۱۲")
    '1,500 و12'
    """
    return text.translate(_TABLES["digits"])


def normalize_spaces(text: str) -> str:
    """Map NBSP and the other Unicode spaces to an ASCII space.

    >>> normalize_spaces("سرت\\u00a0ليبيا")
    'سرت ليبيا'
    """
    return text.translate(_TABLES["spaces"])


def _options(**overrides: bool) -> tuple[bool, ...]:
    unknown = set(overrides) - set(_DEFAULTS)
    if unknown:
        raise TypeError(f"unknown normalization option(s): {', '.join(sorted(unknown))}")
    return tuple(overrides.get(step, _DEFAULTS[step]) for step in _ORDER)


@lru_cache(maxsize=64)
def _composed_table(flags: tuple[bool, ...]) -> dict[int, str | None]:
    """One translate table equal to applying the chosen steps in order."""
    steps = [_TABLES[s] for s, on in zip(_ORDER, flags) if on]
    keys = set().union(*steps) if steps else set()
    table: dict[int, str | None] = {}
    for code in keys:
        out = chr(code)
        for step in steps:
            out = out.translate(step)
        table[code] = out if out else None
    # Characters produced by a step (e.g. the أ inside ﻷ) must be mapped too,
    # which the loop above already did by applying every later step.
    return table


@lru_cache(maxsize=64)
def _code_tables(flags: tuple[bool, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalization as code-point tables: the one-character image of each BMP
    character, whether it is deleted, whether it becomes several characters."""
    image = np.arange(BMP, dtype=np.uint32)
    deleted = np.zeros(BMP, dtype=bool)
    several = np.zeros(BMP, dtype=bool)
    for code, out in _composed_table(flags).items():
        if code >= BMP:
            continue
        if not out:
            deleted[code] = True
        elif len(out) == 1:
            image[code] = ord(out)
        else:
            several[code] = True
    return image, deleted, several


@lru_cache(maxsize=64)
def _changing_length(flags: tuple[bool, ...]) -> re.Pattern[str] | None:
    """Regex of the characters whose replacement is not exactly one character."""
    table = _composed_table(flags)
    chars = [chr(c) for c, v in table.items() if v is None or len(v) != 1]
    if not chars:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def normalize(
    text: str,
    *,
    diacritics: bool = True,
    tatweel: bool = True,
    invisibles: bool = True,
    presentation: bool = True,
    alef: bool = True,
    alef_maksura: bool = True,
    teh_marbuta: bool = False,
    digits: bool = True,
    spaces: bool = True,
) -> str:
    """Normalize Arabic text for matching and counting (never for storage).

    All steps are on by default except ``teh_marbuta``; the result is
    idempotent: ``normalize(normalize(t)) == normalize(t)``.

    >>> normalize("أَعلنتْ قوات حكومة الوفاق مقتل ٨ مقاتلين")
    'اعلنت قوات حكومة الوفاق مقتل 8 مقاتلين'
    >>> normalize("مدينة سرت", teh_marbuta=True)
    'مدينه سرت'
    """
    # The flags in _ORDER, built directly: normalize is called for every word.
    flags = (presentation, invisibles, diacritics, tatweel, alef, alef_maksura, teh_marbuta, digits, spaces)
    if len(text) >= _ARRAY_MIN:
        return _normalize_points(text, flags)
    return text.translate(_composed_table(flags))


def _normalize_points(text: str, flags: tuple[bool, ...]) -> str:
    """:func:`normalize` by table lookup over the code points (same result as
    ``str.translate``, several times faster on an article); ``translate``
    for what the tables do not cover (beyond the BMP, one-to-many)."""
    try:
        points = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    except UnicodeEncodeError:  # lone surrogates
        return text.translate(_composed_table(flags))
    if int(points.max()) >= BMP:
        return text.translate(_composed_table(flags))
    image, deleted, several = _code_tables(flags)
    if several[points].any():
        return text.translate(_composed_table(flags))
    gone = deleted[points]
    out = image[points[~gone]] if gone.any() else image[points]
    return out.tobytes().decode("utf-32-le")


class OffsetMap:
    """Maps positions in normalized text back to the verbatim text.

    Stored as breakpoints ``(normalized_start, original_start, step)``: within
    a run, normalized position ``n`` comes from original position
    ``original_start + step * (n - normalized_start)`` (``step`` is 0 inside a
    one-to-many expansion such as ﻻ → لا).
    """

    __slots__ = ("_norm", "_orig", "_step", "norm_len", "orig_len")

    def __init__(self, runs: list[tuple[int, int, int]], norm_len: int, orig_len: int):
        self._norm = [r[0] for r in runs]
        self._orig = [r[1] for r in runs]
        self._step = [r[2] for r in runs]
        self.norm_len = norm_len
        self.orig_len = orig_len

    @property
    def is_identity(self) -> bool:
        """True when normalization kept every character in place."""
        return len(self._norm) == 1 and self._orig[0] == 0 and self._step[0] == 1 and self.norm_len == self.orig_len

    def to_original(self, pos: int) -> int:
        """Original index of the character at normalized index ``pos``.

        ``pos == norm_len`` maps to the end of the original text.
        """
        if pos >= self.norm_len:
            return self.orig_len
        i = bisect.bisect_right(self._norm, pos) - 1
        return self._orig[i] + self._step[i] * (pos - self._norm[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalized span ``[start, end)``.

        The end extends over characters that normalization deleted right
        after the span (a trailing diacritic stays with its letter).
        """
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end) if end < self.norm_len else self.orig_len


def normalize_with_offsets(text: str, **options: bool) -> tuple[str, OffsetMap]:
    """Normalize and return an :class:`OffsetMap` back to ``text``.

    >>> norm, offsets = normalize_with_offsets("قُتِلَ ٨")
    >>> norm
    'قتل 8'
    >>> offsets.span(0, 3)   # the verbatim word with its diacritics
    (0, 6)
    """
    flags = _options(**options)
    table = _composed_table(flags)
    norm = text.translate(table)
    pattern = _changing_length(flags)
    if pattern is None or len(norm) == len(text) and not pattern.search(text):
        return norm, OffsetMap([(0, 0, 1)], len(norm), len(text))
    runs: list[tuple[int, int, int]] = []
    n = 0  # position in normalized text
    o = 0  # position in original text
    for m in pattern.finditer(text):
        i = m.start()
        if i > o:
            runs.append((n, o, 1))
            n += i - o
        out = table[ord(text[i])] or ""
        if out:
            runs.append((n, i, 0))
            n += len(out)
        o = i + 1
    if o < len(text) or not runs:
        runs.append((n, o, 1))
    return norm, OffsetMap(runs, len(norm), len(text))
