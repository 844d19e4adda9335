"""Arabic numbers as news copy writes them: digits, number words, vague words.

* **Digits** in any script: ``12``, ``١٢``, ``۱۲``; thousands separators
  ``1,500`` and ``١٬٥٠٠``; a count followed by ألف/آلاف (``5 آلاف`` = 5000).
  Decimals (``3.5``, ``٣٫٥``) are not counts and are not returned.
* **Number words** from 0 to 999,999, masculine and feminine (خمسة/خمس),
  with or without hamza, ta marbuta, diacritics or a leading ال
  (``الخمسة``), compounds with و attached or apart (``خمسة وعشرين``,
  ``خمسة و عشرون``), teens (``أحد عشر``, ``اثنا/اثني عشر``,
  ``ثلاثة عشر``), hundreds joined or apart (``ثلاثمئة``, ``ثلاث مائة``,
  ``مئتان``), thousands (``ألف``, ``ألفان``, ``ثلاثة آلاف``,
  ``مئة وعشرون ألفا``).  The words are listed in
  ``data/number_words.csv``.
* **Vague words** (``عشرات``, ``مئات``, ``آلاف``, ``بضعة``, ``عدد من`` ...)
  from ``data/vague_numbers.csv``, read conservatively as ACLED does:
  ``low`` is the figure to code (عشرات → 10), ``high`` the largest value
  the word can mean (99), or None.

Not numbers here: ``أحد``/``إحدى`` on their own ("one of", Sunday),
ordinals (``الثاني``, and the ``عشر`` of ``التاسع عشر``), and
``الاثنين``, which in running text is the weekday Monday.  Duals of a counted
noun (``قتيلين`` = 2) depend on the noun, so :func:`dual_stem` only takes
the dual ending off and the caller decides (see :mod:`libyanews.casualties`).

pyarabic's ``text2number`` reads number words but not digits, vague words,
offsets or the forms above it misses (``ألفين``, ``ثلاث مائة``), so this
module parses with its own small grammar; tests check it against
``num2words(n, lang="ar")`` for the whole range.

Example::

    >>> parse_number("خمسة وعشرين")
    25
    >>> parse_number("١٬٥٠٠")
    1500
    >>> [(q.surface, q.low, q.high, q.form) for q in find_numbers("قتل ٢٣ شخصا وأصيب عشرات آخرون")]
    [('٢٣', 23, 23, 'digits'), ('عشرات', 10, 99, 'vague')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .datafiles import read_table
from .lexicon import letters
from .normalize import normalize, normalize_with_offsets
from .tokenize import Token, tokenize

__all__ = ["Quantity", "dual_stem", "find_numbers", "norm_word", "parse_number"]

#: Normalization used for every lookup in this module and in casualties.
MATCH_OPTIONS = {"teh_marbuta": True}

_DIGITS_RE = re.compile(r"\d+")
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
#: Proclitics tried before a number word: conjunction, preposition, article.
_PREFIXES = ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل")
#: Conjunction and preposition clitics tried before a word (the article apart).
_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
#: ``الاثنين`` is Monday in news copy, not "the two".
_WEEKDAY_FORMS = frozenset({"الاثنين"})
_WAW_HAMZA = ("وأ", "وإ", "وآ", "فأ", "فإ")


class Quantity(NamedTuple):
    """A number as written: ``surface == text[start:end]``.

    ``low``/``high`` are equal for an exact number; for a vague word ``low``
    is the conservative reading and ``high`` the largest value it can mean
    (None: no upper bound).  ``form`` is ``digits``, ``words`` or ``vague``.
    """

    surface: str
    start: int
    end: int
    low: int
    high: int | None
    form: str

    @property
    def exact(self) -> bool:
        """True unless the quantity is a vague word."""
        return self.form != "vague"


class _Atom(NamedTuple):
    kind: str       # digits, zero, unit, unit_teen, ten, tens, hundred, thousand, thousand_dual, thousands
    value: int
    conj: bool      # preceded by و (attached or as its own token)
    first: int      # index of the first token it covers (a separate و included)
    last: int       # index of its own token
    skip: int       # leading normalized characters of its token that are clitics (و/ف/ب/ل)


def norm_word(word: str) -> str:
    """The form used for matching: :func:`~libyanews.normalize.normalize`
    with ة → ه as well.

    >>> norm_word("أربعة")
    'اربعه'
    """
    return normalize(word, **MATCH_OPTIONS)


@lru_cache(maxsize=1)
def _number_words() -> dict[str, tuple[str, int]]:
    table = {}
    for row in read_table("number_words.csv", ("form", "type", "value")):
        table[norm_word(row["form"])] = (row["type"], int(row["value"]))
    return table


@lru_cache(maxsize=1)
def _vague_phrases() -> dict[str, tuple[tuple[tuple[str, ...], int, int | None], ...]]:
    """Vague phrases by their first word without the article, longest first."""
    by_first: dict[str, list] = {}
    for row in read_table("vague_numbers.csv", ("phrase", "low", "high")):
        words = tuple(norm_word(w) for w in row["phrase"].split())
        entry = (words, int(row["low"]), int(row["high"]) if row["high"] else None)
        by_first.setdefault(_bare(words[0]), []).append(entry)
    # Longest phrase first, so that عشرات الآلاف wins over عشرات.
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in by_first.items()}


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=100_000)
def _bare_stems(norm: str) -> tuple[tuple[str, int], ...]:
    """(word without clitics and article, clitic characters) for a normalized word."""
    out = []
    for prefix in _CLITICS:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            rest = norm[len(prefix):]
            out.append((_bare(rest), len(prefix)))
            if _bare(rest).startswith("ال"):  # الآلاف: آلاف itself starts with ال once normalized
                out.append((_bare(_bare(rest)), len(prefix)))
            if prefix.endswith("ل") and rest.startswith("ل"):  # لل = ل + ال
                out.append((rest[1:], len(prefix) - 1))
    return tuple(out)


@lru_cache(maxsize=100_000)
def _lookup(norm: str) -> tuple[str, int, int, bool] | None:
    """(type, value, clitic characters to skip, conj) of a number word, or None."""
    words = _number_words()
    for prefix in _PREFIXES:
        if not norm.startswith(prefix) or len(norm) - len(prefix) < 2:
            continue
        stem = norm[len(prefix):]
        if ("ال" + stem if prefix.endswith("ال") else stem) in _WEEKDAY_FORMS:
            return None
        hit = words.get(stem)
        if hit is None:
            continue
        clitics = "" if prefix == "لل" else prefix.removesuffix("ال")
        return hit[0], hit[1], len(clitics), clitics[:1] in ("و", "ف")
    return None


def _digits_value(norm: str) -> int | None:
    if _GROUPED_RE.fullmatch(norm):
        return int(norm.replace(",", ""))
    if _DIGITS_RE.fullmatch(norm):
        return int(norm)
    return None


def _atoms(tokens: list[Token]) -> list[_Atom | None]:
    """One entry per token: the number atom it carries, or None.

    A stand-alone و before a number word marks that word as conjoined
    (``خمسة و عشرون``), like an attached one (``خمسة وعشرون``).
    """
    out: list[_Atom | None] = [None] * len(tokens)
    pending_and = None  # index of a preceding stand-alone و
    for i, tok in enumerate(tokens):
        atom = None
        first = i if pending_and is None else pending_and
        if tok.kind == "number":
            value = _digits_value(tok.norm)
            if value is not None:
                atom = _Atom("digits", value, pending_and is not None, first, i, 0)
        elif tok.kind == "word":
            hit = _lookup(tok.norm)
            if hit is not None and letters(tok.surface)[:2] in _WAW_HAMZA:
                # وأحد is و + أحد, not واحد (hamza is folded by normalization)
                rest = _lookup(tok.norm[1:])
                if rest is not None:
                    hit = (rest[0], rest[1], rest[2] + 1, True)
            if hit is not None and hit[0] != "ordinal":
                kind, value, skip, conj = hit
                prev = _lookup(tokens[i - 1].norm) if i and tokens[i - 1].kind == "word" else None
                if not (kind == "ten" and prev is not None and prev[0] == "ordinal"):
                    atom = _Atom(kind, value, conj or pending_and is not None, first, i, skip)
        out[i] = atom
        pending_and = i if tok.kind == "word" and tok.norm == "و" else None
    return out


def _at(atoms: list[_Atom | None], i: int) -> _Atom | None:
    return atoms[i] if 0 <= i < len(atoms) else None


def _tens_units(atoms, i):
    """Units, teens, tens and unit-و-tens at atom ``i``: (value, next) or None."""
    a = _at(atoms, i)
    if a is None:
        return None
    nxt = _at(atoms, i + 1)
    if a.kind in ("unit", "unit_teen") and nxt and nxt.kind == "ten" and not nxt.conj:
        return a.value + 10, i + 2
    if a.kind == "unit" and nxt and nxt.kind == "tens" and nxt.conj:
        return a.value + nxt.value, i + 2
    if a.kind in ("tens", "ten", "unit", "zero"):
        return a.value, i + 1
    return None


def _below_thousand(atoms, i):
    a = _at(atoms, i)
    if a is None:
        return None
    nxt = _at(atoms, i + 1)
    hundreds = None
    if a.kind == "hundred":
        hundreds, j = a.value, i + 1
    elif a.kind == "unit" and 3 <= a.value <= 9 and nxt and nxt.kind == "hundred" and nxt.value == 100 and not nxt.conj:
        hundreds, j = a.value * 100, i + 2
    if hundreds is None:
        return _tens_units(atoms, i)
    rest = _at(atoms, j)
    if rest is not None and rest.conj and rest.kind in ("unit", "tens", "ten", "unit_teen"):
        tail = _tens_units(atoms, j)
        if tail is not None:
            return hundreds + tail[0], tail[1]
    return hundreds, j


def _parse_at(atoms, i):
    """Longest exact number starting at atom ``i``: (value, next index) or None."""
    a = _at(atoms, i)
    if a is None:
        return None
    if a.kind == "digits":
        value, j = a.value, i + 1
        mult = _at(atoms, j)
        if mult and not mult.conj and mult.kind in ("thousand", "thousands"):
            value, j = value * 1000, j + 1
            # "34 ألفا و473", "٣ آلاف و٩١٨": the hundreds follow with و
            rest = _at(atoms, j)
            if rest is not None and rest.conj and rest.kind == "digits" and rest.value < 1000:
                value, j = value + rest.value, j + 1
        return value, j
    below = _below_thousand(atoms, i)
    if below is not None:
        value, j = below
        mult = _at(atoms, j)
        if not (mult and not mult.conj and value >= 3 and (
                mult.kind == "thousand" or (mult.kind == "thousands" and value <= 10))):
            return value, j
        value, j = value * 1000, j + 1
    elif a.kind in ("thousand", "thousand_dual"):
        value, j = a.value, i + 1
    else:
        return None
    rest = _at(atoms, j)
    if rest is not None and rest.conj and rest.kind != "digits":
        tail = _below_thousand(atoms, j)
        if tail is not None:
            value, j = value + tail[0], tail[1]
    elif rest is not None and rest.conj and rest.kind == "digits" and rest.value < 1000:
        value, j = value + rest.value, j + 1  # "خمسة آلاف و300"
    return value, j


def _vague_at(tokens: list[Token], i: int):
    """(low, high, next index, clitic skip) of the longest vague phrase at token ``i``."""
    if tokens[i].kind != "word":
        return None
    index = _vague_phrases()
    best = None
    for stem, _ in _bare_stems(tokens[i].norm):
        for words, low, high in index.get(stem, ()):
            n = len(words)
            if i + n > len(tokens) or any(t.kind != "word" for t in tokens[i:i + n]):
                continue
            skip = clitic_match(tokens[i].norm, words[0])
            if skip is None:
                continue
            if all(clitic_match(tokens[i + k].norm, w, clitics=False) is not None for k, w in enumerate(words[1:], 1)):
                if best is None or n > best[2] - i:
                    best = (low, high, i + n, skip)
                break
    return best




def clitic_match(norm: str, wanted: str, *, clitics: bool = True) -> int | None:
    """How many leading characters of ``norm`` are clitics when ``norm`` is
    the word ``wanted`` with a و/ف, ب/ل and ال attached; None if it is not.

    Both are normalized forms (:func:`norm_word`).  The article may be
    present in either (``العشرات`` matches ``عشرات`` and the reverse), and
    ``لل`` is ل + ال; the count excludes the article, which belongs to the
    word.  With ``clitics=False`` only the article may differ.

    >>> clitic_match(norm_word("والعشرات"), norm_word("عشرات"))
    1
    >>> clitic_match(norm_word("للقتلى"), norm_word("قتلى"))
    0
    >>> clitic_match(norm_word("العشرات"), norm_word("عشر")) is None
    True
    """
    bare = wanted[2:] if wanted.startswith("ال") and len(wanted) > 3 else wanted
    for prefix in _CLITICS if clitics else ("",):
        if not norm.startswith(prefix):
            continue
        rest = norm[len(prefix):]
        if rest in (wanted, bare, "ال" + bare, "ال" + wanted):  # الآلاف: آلاف normalized starts with ال
            return len(prefix)
        if prefix.endswith("ل") and rest == "ل" + bare:  # لل = ل + ال
            return len(prefix) - 1
    return None


def _clitic_offset(tok: Token, skip: int) -> int:
    if not skip:
        return tok.start
    _, offsets = normalize_with_offsets(tok.surface, **MATCH_OPTIONS)
    return tok.start + offsets.to_original(skip)


def number_spans(tokens: list[Token], text: str) -> list[tuple[int, int, Quantity]]:
    """Numbers in a token list: ``(first token, end token, Quantity)``.

    ``tokens`` come from ``tokenize(text, teh_marbuta=True)`` (offsets into
    ``text``).  Used by :func:`find_numbers` and by the casualty extractor,
    which needs token positions.
    """
    per_token = _atoms(tokens)
    # Drop a stand-alone و that joins two number words: its atom carries it.
    keep = [i for i in range(len(tokens))
            if not (tokens[i].norm == "و" and i + 1 < len(tokens) and per_token[i + 1] is not None)]
    atoms = [per_token[i] for i in keep]
    out = []
    k = 0
    while k < len(keep):
        i = keep[k]
        a = atoms[k]
        parsed = _parse_at(atoms, k) if a is not None else None
        if parsed is not None:
            value, k_end = parsed
            last = atoms[k_end - 1].last
            grouped = _comma_group(tokens, last) if k_end == k + 1 and a.kind == "digits" and value < 1000 else None
            if grouped is not None:  # "2،900": an Arabic comma between thousands
                value, last = value * 1000 + grouped[0], grouped[1]
                while k_end < len(keep) and keep[k_end] <= last:
                    k_end += 1
            start = _clitic_offset(tokens[a.last], a.skip)
            end = tokens[last].end
            form = "digits" if a.kind == "digits" else "words"
            out.append((a.last, last + 1, Quantity(text[start:end], start, end, value, value, form)))
            k = k_end
            continue
        vague = _vague_at(tokens, i)
        if vague is not None:
            low, high, j, skip = vague
            start = _clitic_offset(tokens[i], skip)
            end = tokens[j - 1].end
            out.append((i, j, Quantity(text[start:end], start, end, low, high, "vague")))
            while k < len(keep) and keep[k] < j:
                k += 1
            continue
        k += 1
    return out


def _comma_group(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(value, last token) of three digits joined to the digits at ``i`` by
    a comma with no space on either side (``2،900``, ``1,250`` split by the
    tokenizer), else None."""
    if i + 2 >= len(tokens):
        return None
    comma, group = tokens[i + 1], tokens[i + 2]
    if (comma.kind == "punct" and comma.norm in ("،", ",") and group.kind == "number" and len(group.norm) == 3
            and group.norm.isdigit() and tokens[i].end == comma.start and comma.end == group.start
            and not (i + 3 < len(tokens) and tokens[i + 3].start == group.end and tokens[i + 3].kind == "number")):
        return int(group.norm), i + 2
    return None


def find_numbers(text: str) -> list[Quantity]:
    """Every number in ``text`` (digits, number words, vague words) with
    offsets into ``text``.

    >>> [(q.surface, q.low) for q in find_numbers("مقتل ثلاثة آلاف و خمسمائة شخص في 12 شهرا")]
    [('ثلاثة آلاف و خمسمائة', 3500), ('12', 12)]
    >>> [(q.surface, q.low, q.high) for q in find_numbers("والعشرات من الجرحى")]
    [('العشرات', 10, 99)]
    >>> find_numbers("هجوم يوم الاثنين على أحد المواقع")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"find_numbers expects a str, not {type(text).__name__}")
    tokens = tokenize(text, **MATCH_OPTIONS)
    return [q for _, _, q in number_spans(tokens, text)]


def parse_number(text: str) -> int:
    """The value of ``text``, which must be one exact number and nothing else.

    Raises ValueError for anything else, naming the problem: a vague word
    (use :func:`find_numbers` for its low/high reading), a decimal, or text
    that is not wholly a number.

    >>> parse_number("ثلاثمائة")
    300
    >>> parse_number("اثني عشر")
    12
    >>> parse_number("مئة وعشرون ألفاً")
    120000
    >>> parse_number("عشرات")
    Traceback (most recent call last):
    ...
    ValueError: parse_number: 'عشرات' is a vague quantity (low 10, high 99), not an exact number
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects a str, not {type(text).__name__}")
    tokens = tokenize(text, **MATCH_OPTIONS)
    content = [i for i, t in enumerate(tokens) if t.kind != "punct"]
    if not content:
        raise ValueError(f"parse_number: {text!r} holds no number")
    spans = number_spans(tokens, text)
    if len(spans) == 1:
        first, end, q = spans[0]
        covered = set(range(first, end))
        # a stand-alone و before the first atom is not part of the number
        if all(i in covered for i in content):
            if not q.exact:
                high = "none" if q.high is None else q.high
                raise ValueError(f"parse_number: {text!r} is a vague quantity (low {q.low}, high {high}), "
                                 "not an exact number")
            return q.low
    if len(content) == 1 and tokens[content[0]].kind == "number":
        raise ValueError(f"parse_number: {text!r} is not a whole number (decimals are not counts)")
    raise ValueError(f"parse_number: {text!r} is not one number")


#: Dual endings: nominative -ان, oblique -ين, construct -ا/-ي (before a
#: genitive or a pronoun).  ة becomes ت before them (جثة → جثتين).
_DUAL_ENDINGS = ("ان", "ين", "ا", "ي")


def dual_stem(word: str) -> list[str]:
    """Candidate singulars of ``word`` read as a dual, most likely first.

    Whether the word *is* a dual depends on the noun (``مدنيين`` is the
    plural of مدني, ``جنديين`` the dual of جندي), so the caller checks the
    candidates against its own noun list.  Forms are normalized (ة → ه).

    >>> dual_stem("قتيلين")
    ['قتيل']
    >>> dual_stem("جثتان")
    ['جثت', 'جثه']
    >>> dual_stem("عناصر")
    []
    """
    norm = norm_word(word)
    out = []
    for ending in _DUAL_ENDINGS:
        if norm.endswith(ending) and len(norm) - len(ending) >= 2:
            stem = norm[: -len(ending)]
            if ending in ("ا", "ي") and not stem:
                continue
            out.append(stem)
            if stem.endswith("ت"):
                out.append(stem[:-1] + "ه")
            break
    return out
