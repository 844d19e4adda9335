"""Find many names at once in Arabic text: the engine behind actors and sources.

The gazetteers are plain UTF-8 files in ``libyanews/data/`` that a researcher
can edit: ``actors.csv`` (who is named), ``sources.csv`` (who reports) and
``stop_phrases.txt`` (phrases that contain a name but name nobody).  All their
aliases go into one Aho-Corasick automaton (pyahocorasick: one pass over the
text for hundreds of aliases, instead of one regex per alias), matched over a
*folded* copy of the text with an offset map back to the verbatim text.

Folding (:func:`fold_with_offsets`) is :func:`libyanews.normalize.normalize`
with ة → ه, plus: ئ and ؤ → ي (فائز/فايز, مسؤول/مسئول), أمريك → أميرك,
Latin lower case, quotation marks as spaces (قوات "الوفاق" matches قوات الوفاق)
and runs of spaces as one.  Line breaks stay: a name never runs across lines.

A match counts when

* it starts a word, after at most these proclitics: و/ف, then ب/ك/ل, then the
  article ال (``لل`` for ل + ال).  An alias written with ال (الأمم المتحدة)
  needs the article in the text (للأمم, بالأمم, والأمم), one written without it
  (داعش, أميركي) takes it or not (الدواعش is listed, الأميركي is not);
* it ends a word: no suffix may follow (قواتها is not قوات), so روس is not
  found inside دروس nor مصر inside مصرع or مصراتة;
* no longer alias overlaps it: حكومة الوفاق الوطني is one match, not also
  الوفاق; وكالة الصحافة الفرنسية is AFP and hides the France of الفرنسية.

A nisba adjective (``alias_type`` adjective, ending in ي) also matches its
inflections ـية ـيون ـيين ـيان ـيتان ـيتين ـيات ـيا, so أميركي covers
الأميركية, أميركيتان and أمميا comes from أممي.

Example::

    >>> folded, offsets = fold_with_offsets('قوات "الوفاق" الأمريكية')
    >>> folded
    'قوات الوفاق الاميركيه'
    >>> offsets.span(5, 11)
    (6, 12)
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import os
import re
import threading
from array import array
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

import ahocorasick
import numpy as np
import pandas as pd

from . import config
from .normalize import OffsetMap, normalize_with_offsets
from .tokenize import split_sentences

__all__ = [
    "ACTOR_COLUMNS",
    "ALIAS_TYPES",
    "GazetteerError",
    "Hit",
    "Matcher",
    "MentionColumns",
    "QUOTES",
    "SOURCE_COLUMNS",
    "SOURCE_KINDS",
    "check_actor_table",
    "check_source_table",
    "fold",
    "fold_with_offsets",
    "load_gazetteer",
    "load_sources",
    "load_stop_phrases",
    "hit_rows",
    "matcher",
]

#: Columns of ``actors.csv``.
ACTOR_COLUMNS = ["actor", "label_en", "label_ar", "alias", "alias_type"]
#: Columns of ``sources.csv``.
SOURCE_COLUMNS = ["source", "label_en", "label_ar", "kind", "alias"]
#: Allowed ``alias_type`` values in ``actors.csv``.
ALIAS_TYPES = ("organization", "person", "place", "operation", "adjective", "contextual")
#: Allowed ``kind`` values in ``sources.csv``.
SOURCE_KINDS = ("agency", "broadcaster", "newspaper", "medical", "official", "military", "monitor", "local",
                "witness")

#: Quotation marks that may stand inside a name (قوات "الوفاق").
QUOTES = "\"'«»“”„‟‘’‚‛`´″‹›"

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
#: Proclitics before an alias written with the article: conjunction, then
#: ب/ك + ال, or لل (ل + ال written with one lam).
_PREFIX_WITH_ARTICLE = re.compile(r"^[وف]?(?:[بك]?ال|لل)$")
#: Proclitics before an alias written without it: conjunction, preposition,
#: and the article optional.
_PREFIX_WITHOUT_ARTICLE = re.compile(r"^[وف]?(?:[بك]?(?:ال)?|لل?)$")
#: Inflections of a nisba adjective in ي (folded: ة is ه).
ADJECTIVE_SUFFIXES = ("ه", "ون", "ين", "ان", "تان", "تين", "ات", "ا")
#: Same-length spelling variants, folded to one form (pattern, replacement).
_VARIANTS = ((re.compile("امريك"), "اميرك"),)
_SPACE_RUN = re.compile(" {2,}")


def _fold_table() -> dict[int, str]:
    # Hamza on a seat: فائز/فايز, مسؤول/مسئول, شؤون/شئون all meet at ي.
    table = {ord("ئ"): "ي", ord("ؤ"): "ي", ord("ک"): "ك", ord("ھ"): "ه", ord("ۀ"): "ه"}
    for ch in QUOTES + "\t\r\v\f":
        table[ord(ch)] = " "
    for code in range(0x41, 0x250):  # Latin: lower case where it stays one character
        low = chr(code).lower()
        if low != chr(code) and len(low) == 1:
            table[code] = low
    return table


_FOLD = _fold_table()


class GazetteerError(ValueError):
    """A gazetteer file or table is malformed; the message names the file,
    the line when known, and the reason."""

    def __init__(self, where: str, reason: str, line: int | None = None):
        self.where = where
        self.line = line
        self.reason = reason
        loc = f"{where} (line {line})" if line is not None else where
        super().__init__(f"{loc}: {reason}")


class _FoldMap:
    """Offsets from folded text back to the verbatim text (two composed maps)."""

    __slots__ = ("_collapse", "_normalize")

    def __init__(self, collapse: OffsetMap, normalize: OffsetMap):
        self._collapse = collapse
        self._normalize = normalize

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Verbatim ``(start, end)`` of the folded span ``[start, end)``."""
        s = self._normalize.to_original(self._collapse.to_original(start))
        e = self._normalize.to_original(self._collapse.to_original(end))
        return s, e


def fold_with_offsets(text: str) -> tuple[str, _FoldMap]:
    """Fold ``text`` for matching and return a map back to ``text``.

    >>> folded, offsets = fold_with_offsets("وَصَلَ فايز  السرّاج")
    >>> folded
    'وصل فايز السراج'
    >>> s, e = offsets.span(4, 15)
    >>> "وَصَلَ فايز  السرّاج"[s:e]
    'فايز  السرّاج'
    """
    norm, norm_map = normalize_with_offsets(text, teh_marbuta=True)
    norm = norm.translate(_FOLD)
    for pattern, replacement in _VARIANTS:
        norm = pattern.sub(replacement, norm)
    pieces: list[str] = []
    runs: list[tuple[int, int, int]] = []
    n = o = 0
    for m in _SPACE_RUN.finditer(norm):
        keep = m.start() + 1  # keep the first space of a run
        pieces.append(norm[o:keep])
        runs.append((n, o, 1))
        n += keep - o
        o = m.end()
    pieces.append(norm[o:])
    runs.append((n, o, 1))
    folded = "".join(pieces)
    return folded, _FoldMap(OffsetMap(runs, len(folded), len(norm)), norm_map)


def fold(text: str) -> str:
    """The folded form used for matching (aliases and text alike).

    >>> fold("الأمريكيّة") == fold("الاميركية")
    True
    """
    return fold_with_offsets(text)[0]


# --------------------------------------------------------------------------
# Reading the data files


def _rows(path: Path, columns: list[str]) -> Iterable[tuple[int, dict[str, str]]]:
    """(line number, row) of a CSV file with ``#`` comment lines."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            lines = [(i, line) for i, line in enumerate(fh, 1) if line.strip() and not line.lstrip().startswith("#")]
    except FileNotFoundError:
        raise GazetteerError(str(path), "file not found") from None
    except UnicodeDecodeError as err:
        raise GazetteerError(str(path), f"not UTF-8 at byte {err.start}") from None
    if not lines:
        raise GazetteerError(str(path), "no header line")
    header_line, header = lines[0]
    names = [c.strip() for c in next(csv.reader([header]))]
    missing = [c for c in columns if c not in names]
    if missing:
        raise GazetteerError(str(path), f"missing column(s) {', '.join(missing)}; expected {','.join(columns)}",
                             header_line)
    for number, line in lines[1:]:
        values = next(csv.reader([line]))
        if len(values) != len(names):
            raise GazetteerError(str(path), f"{len(values)} fields, expected {len(names)}", number)
        yield number, {name: value.strip() for name, value in zip(names, values)}


def _check_table(table: pd.DataFrame, id_col: str, type_col: str, allowed: tuple[str, ...], where: str,
                 lines: list[int] | None = None) -> pd.DataFrame:
    """Validate ids, aliases and types; fill labels down from an id's first row."""
    table = table.copy()
    for col in table.columns:
        table[col] = table[col].fillna("").astype(str).str.strip()
    labels: dict[str, tuple[str, str]] = {}
    for i, row in enumerate(table.itertuples(index=False)):
        row = row._asdict()
        line = lines[i] if lines else None
        ident = row[id_col]
        if not _ID_RE.match(ident):
            raise GazetteerError(where, f"{id_col} {ident!r} must be lower-case letters, digits or _", line)
        if not row["alias"] or not fold(row["alias"]).strip():
            raise GazetteerError(where, f"empty alias for {ident!r}", line)
        if row[type_col] not in allowed:
            raise GazetteerError(where, f"{type_col} {row[type_col]!r} for alias {row['alias']!r} is not one of "
                                        f"{', '.join(allowed)}", line)
        given = (row["label_en"], row["label_ar"])
        if ident not in labels:
            if not all(given):
                raise GazetteerError(where, f"the first row of {ident!r} needs label_en and label_ar", line)
            labels[ident] = given
        elif any(given) and given != labels[ident]:
            raise GazetteerError(where, f"labels of {ident!r} differ from its first row {labels[ident]}", line)
    table["label_en"] = table[id_col].map(lambda k: labels[k][0])
    table["label_ar"] = table[id_col].map(lambda k: labels[k][1])
    return table.reset_index(drop=True)


def _load(path, default: str, columns: list[str], id_col: str, type_col: str,
          allowed: tuple[str, ...]) -> pd.DataFrame:
    path = Path(path) if path is not None else config.data_file(default)
    numbered = list(_rows(path, columns))
    table = pd.DataFrame([row for _, row in numbered], columns=columns)
    return _check_table(table, id_col, type_col, allowed, str(path), [n for n, _ in numbered])


def load_gazetteer(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The actor gazetteer: one row per alias (actor, label_en, label_ar,
    alias, alias_type), from ``path`` or the bundled ``data/actors.csv``.

    Labels left empty after an actor's first row are filled in.  A malformed
    file raises :class:`GazetteerError` naming the file and line.

    >>> g = load_gazetteer()
    >>> g.loc[g["alias"] == "السراج", ["actor", "label_en", "alias_type"]].values.tolist()
    [['gna', 'GNA', 'person']]
    """
    return _load(path, "actors.csv", ACTOR_COLUMNS, "actor", "alias_type", ALIAS_TYPES)


def load_sources(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The source list: one row per alias (source, label_en, label_ar, kind,
    alias), from ``path`` or the bundled ``data/sources.csv``.

    >>> s = load_sources()
    >>> s.loc[s["alias"] == "فرانس برس", ["source", "kind"]].values.tolist()
    [['afp', 'agency']]
    """
    return _load(path, "sources.csv", SOURCE_COLUMNS, "source", "kind", SOURCE_KINDS)


def load_stop_phrases(path: str | os.PathLike | None = None) -> tuple[str, ...]:
    """Phrases that contain a name but name no actor or source
    (``data/stop_phrases.txt``, one per line, ``#`` comments).

    >>> "اللغة الفرنسية" in load_stop_phrases()
    True
    """
    path = Path(path) if path is not None else config.data_file("stop_phrases.txt")
    try:
        with open(path, encoding="utf-8") as fh:
            return tuple(line.strip() for line in fh if line.strip() and not line.lstrip().startswith("#"))
    except FileNotFoundError:
        raise GazetteerError(str(path), "file not found") from None
    except UnicodeDecodeError as err:
        raise GazetteerError(str(path), f"not UTF-8 at byte {err.start}") from None


def check_actor_table(table: pd.DataFrame) -> pd.DataFrame:
    """Validate an actor table built or edited in memory (same rules as the file)."""
    return _check_table(_columns(table, ACTOR_COLUMNS, "actor table"), "actor", "alias_type", ALIAS_TYPES,
                        "actor table")


def check_source_table(table: pd.DataFrame) -> pd.DataFrame:
    """Validate a source table built or edited in memory."""
    return _check_table(_columns(table, SOURCE_COLUMNS, "source table"), "source", "kind", SOURCE_KINDS,
                        "source table")


def _columns(table: pd.DataFrame, columns: list[str], where: str) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{where}: expected a DataFrame or a path, got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise GazetteerError(where, f"missing column(s) {', '.join(missing)}")
    return table[columns]


# --------------------------------------------------------------------------
# Matching


class Hit(NamedTuple):
    """One name found: ``text[start:end] == surface`` (clitics included)."""

    kind: str        # "actor" or "source"
    ident: str       # actor or source id
    alias: str       # the gazetteer alias, as written there
    alias_type: str  # actors: alias_type; sources: kind
    surface: str
    start: int
    end: int


class _Entry(NamedTuple):
    kind: str        # "actor", "source" or "stop"
    ident: str
    alias: str
    alias_type: str
    article: bool    # the alias begins with ال, so the text must have it
    length: int      # folded length of the alias without the article
    order: int


def _describe(entry: _Entry) -> str:
    return "a stop phrase" if entry.kind == "stop" else f"{entry.kind} {entry.ident!r}"


class Matcher:
    """Aho-Corasick matcher over actor aliases, source aliases and stop phrases.

    (``RECENT``: how many texts' hits :meth:`find` remembers: a corpus's
    worth, so that actor mentions, source mentions and the casualty reader
    match each article once.  Texts are remembered by a 128-bit digest and
    their hits as offsets, about 200 bytes per text.)

    Build it once (:func:`matcher` caches it) and call :meth:`find` per text.
    Two names that fold to the same form but belong to different actors or
    sources raise :class:`GazetteerError`: the gazetteer would be ambiguous.
    """

    RECENT = 1 << 17

    def __init__(self, actors: Iterable[tuple[str, str, str]], sources: Iterable[tuple[str, str, str]],
                 stops: Iterable[str]):
        self._automaton = ahocorasick.Automaton()
        keys: dict[str, _Entry] = {}
        order = 0
        explicit: list[tuple[str, str, str, str]] = []
        for ident, alias, alias_type in actors:
            explicit.append(("actor", ident, alias, alias_type))
        for ident, alias, kind in sources:
            explicit.append(("source", ident, alias, kind))
        for phrase in stops:
            explicit.append(("stop", "", phrase, "stop"))
        generated = []
        for kind, ident, alias, alias_type in explicit:
            folded = fold(alias).strip()
            generated.append((kind, ident, alias, alias_type, folded))
        # Inflections of nisba adjectives come after every explicit alias, so
        # that an alias listed in the file keeps its own row and type.
        for kind, ident, alias, alias_type, folded in list(generated):
            if alias_type == "adjective" and folded.endswith("ي") and " " not in folded:
                generated.extend((kind, ident, alias, alias_type, folded + sfx) for sfx in ADJECTIVE_SUFFIXES)
        for kind, ident, alias, alias_type, folded in generated:
            article = folded.startswith("ال") and len(folded) > 3
            core = folded[2:] if article else folded
            entry = _Entry(kind, ident, alias, alias_type, article, len(core), order)
            order += 1
            old = keys.get(core)
            if old is None:
                keys[core] = entry
            elif (old.kind, old.ident) != (kind, ident):
                raise GazetteerError("gazetteer", f"{alias!r} ({_describe(entry)}) and {old.alias!r} "
                                                  f"({_describe(old)}) are the same name once folded ({core!r})")
            elif old.article and not article:
                keys[core] = old._replace(article=False)  # the looser condition wins
        self._entries: list[_Entry] = []
        for core, entry in keys.items():
            self._automaton.add_word(core, entry)
            self._entries.append(entry)
        self._entry_no = {e.order: n for n, e in enumerate(self._entries)}
        if keys:
            self._automaton.make_automaton()
        self._empty = not keys
        self._recent: OrderedDict[bytes, array] = OrderedDict()   # digest -> (entry, start, end) per hit
        self._lock = threading.Lock()

    def find(self, text: str) -> list[Hit]:
        """Every name in ``text`` (longest match, left to right), stop
        phrases already removed.

        The hits of the last ``RECENT`` texts are kept: actor mentions, source
        mentions and casualty figures all ask for the same article's names.

        >>> m = matcher()
        >>> [(h.ident, h.surface) for h in m.find("نقلت وكالة الصحافة الفرنسية عن الخارجية الفرنسية")]
        [('afp', 'وكالة الصحافة الفرنسية'), ('france', 'الفرنسية')]
        """
        if self._empty or not text:
            return []
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self._lock:
            packed = self._recent.get(key)
            if packed is not None:
                self._recent.move_to_end(key)
        if packed is not None:
            entries = self._entries
            return [Hit(e.kind, e.ident, e.alias, e.alias_type, text[s:t], s, t)
                    for e, s, t in zip(map(entries.__getitem__, packed[0::3]), packed[1::3], packed[2::3])]
        hits, numbers = self._find(text)
        packed = array("q")
        for hit, n in zip(hits, numbers):
            packed.extend((n, hit.start, hit.end))
        with self._lock:
            self._recent[key] = packed
            if len(self._recent) > self.RECENT:
                self._recent.popitem(last=False)
        return hits

    def _find(self, text: str) -> tuple[list[Hit], list[int]]:
        folded, offsets = fold_with_offsets(text)
        candidates = []
        for last, entry in self._automaton.iter(folded):
            end = last + 1
            start = end - entry.length
            word_start = self._word_start(folded, start, entry)
            if word_start is None:
                continue
            if folded[end - 1].isalnum() and end < len(folded) and folded[end].isalnum():
                continue  # a suffix follows: not this word
            candidates.append((word_start, end, entry))
        # Longest match first (alias length, then the earlier start, then file order).
        candidates.sort(key=lambda c: (-c[2].length, c[0], c[2].order))
        taken: list[tuple[int, int, _Entry]] = []
        occupied = bytearray(len(folded))
        for cand in candidates:
            if not any(occupied[cand[0]:cand[1]]):
                occupied[cand[0]:cand[1]] = b"\x01" * (cand[1] - cand[0])
                taken.append(cand)
        hits, numbers = [], []
        for start, end, entry in sorted(taken, key=lambda c: c[0]):
            if entry.kind == "stop":
                continue
            s, e = offsets.span(start, end)
            surface = text[s:e]
            # A name inside quotes: keep the closing quote with the opening one.
            if sum(surface.count(q) for q in QUOTES) % 2 and e < len(text) and text[e] in QUOTES:
                e += 1
                surface = text[s:e]
            hits.append(Hit(entry.kind, entry.ident, entry.alias, entry.alias_type, surface, s, e))
            numbers.append(self._entry_no[entry.order])
        return hits, numbers

    @staticmethod
    def _word_start(folded: str, start: int, entry: _Entry) -> int | None:
        """Where the word of a match begins (its proclitics included), or None
        when the letters before the match are not proclitics."""
        if not folded[start].isalnum():
            return start if not entry.article else None
        i = start
        while i > 0 and folded[i - 1].isalnum():
            i -= 1
        prefix = folded[i:start]
        pattern = _PREFIX_WITH_ARTICLE if entry.article else _PREFIX_WITHOUT_ARTICLE
        return i if pattern.match(prefix) else None


def _actor_rows(table: pd.DataFrame) -> tuple[tuple[str, str, str], ...]:
    return tuple(zip(table["actor"], table["alias"], table["alias_type"]))


def _source_rows(table: pd.DataFrame) -> tuple[tuple[str, str, str], ...]:
    return tuple(zip(table["source"], table["alias"], table["kind"]))


@lru_cache(maxsize=16)
def _compiled(actors: tuple, sources: tuple, stops: tuple) -> Matcher:
    return Matcher(actors, sources, stops)


def resolve_table(value, loader, checker) -> pd.DataFrame:
    """A table from ``None`` (bundled file), a path, or a DataFrame."""
    if value is None or isinstance(value, (str, os.PathLike)):
        return _cached_load(loader, None if value is None else str(Path(value).resolve()), _mtime(value))
    return checker(value)


def _mtime(value) -> float:
    if value is None:
        return 0.0
    try:
        return os.stat(value).st_mtime
    except OSError:
        return -1.0  # the loader raises the error that names the file


@lru_cache(maxsize=16)
def _cached_load(loader, path: str | None, mtime: float) -> pd.DataFrame:
    return loader(path)


def hit_rows(text: str, hits: list[Hit], labels: dict, with_kind: bool = False) -> list[tuple]:
    """Rows for a mention table, one per hit: id, English and Arabic label,
    (the alias type when ``with_kind``,) surface, alias, alias type, start,
    end, index of the sentence holding the hit and that sentence's text.

    >>> m = matcher()
    >>> [r[0] for r in hit_rows("قال أوباما. وردت داعش.", [h for h in m.find("قال أوباما. وردت داعش.") if h.kind == "actor"], {"us": ("US", "أمريكا"), "isis": ("ISIS", "داعش")})]
    ['us', 'isis']
    """
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    rows = []
    for h in hits:
        k = max(bisect.bisect_right(starts, h.start) - 1, 0)
        en, ar = labels[h.ident]
        kind = (h.alias_type,) if with_kind else ()
        rows.append((h.ident, en, ar, *kind, h.surface, h.alias, *(() if with_kind else (h.alias_type,)),
                     h.start, h.end, k, sentences[k].text if sentences else ""))
    return rows


def mention_frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """The mention table of one text from :func:`hit_rows`: ``evidence`` (the
    last column) is an object column whose rows share their sentence's string,
    so a long sentence of many names is not copied once per name."""
    data = {name: list(values) for name, values in zip(columns[:-1], zip(*rows))}
    data[columns[-1]] = pd.Series([row[-1] for row in rows], dtype=object)
    return pd.DataFrame(data, columns=columns)


class MentionColumns:
    """The mention table of a whole corpus, gathered article by article in
    compact form: the rows of :func:`hit_rows`, one per hit, at a fraction
    of the memory of a table built from them.

    A corpus of 100,000 articles has two million mentions: as Python tuples,
    or as string columns holding a copy of the evidence sentence per
    mention, they cost gigabytes.  Here each mention keeps a few integers
    (the code of its article; of its name: id, alias, alias type and
    surface, a few thousand distinct ones; its offsets and sentence index)
    and a reference to its evidence sentence, one Python string per sentence
    shared by the mentions in it (as in :func:`mention_frame`).
    :meth:`frame` expands the codes column by column; ``evidence`` is an
    object column, the other text columns are string columns.

    >>> cols = MentionColumns({"us": ("US", "أمريكا")})
    >>> text = "قال أوباما وأوباما. ورد أوباما."
    >>> cols.add("a#1", text, [h for h in matcher().find(text) if h.kind == "actor"])
    >>> table = cols.frame(["article_id", "actor", "label", "label_ar", "surface", "alias", "alias_type",
    ...                     "start", "end", "sentence", "evidence"])
    >>> table[["article_id", "start", "evidence"]].values.tolist()
    [['a#1', 4, 'قال أوباما وأوباما.'], ['a#1', 11, 'قال أوباما وأوباما.'], ['a#1', 24, 'ورد أوباما.']]
    >>> table["evidence"][0] is table["evidence"][1]
    True
    """

    def __init__(self, labels: dict):
        self._labels = labels
        self._articles: list = []             # article_id of each article with mentions
        self._names: dict[tuple, int] = {}   # (ident, surface, alias, alias_type) -> code
        self._evidence: list[str] = []       # per mention: its sentence, shared
        self._codes = {key: array("q") for key in ("article", "name", "start", "end", "sentence")}

    def __len__(self) -> int:
        return len(self._evidence)

    def add(self, article_id, text: str, hits: list[Hit]) -> None:
        """The mentions ``hits`` of one article (in text order)."""
        if not hits:
            return
        sentences = split_sentences(text)
        starts = [s.start for s in sentences]
        codes = self._codes
        article = len(self._articles)
        self._articles.append(article_id)
        for h in hits:
            k = max(bisect.bisect_right(starts, h.start) - 1, 0)
            self._evidence.append(sentences[k].text if sentences else "")
            name = self._names.setdefault((h.ident, h.surface, h.alias, h.alias_type), len(self._names))
            for key, value in (("article", article), ("name", name), ("start", h.start), ("end", h.end),
                               ("sentence", k)):
                codes[key].append(value)

    def frame(self, columns: list[str]) -> pd.DataFrame:
        """The table: ``columns`` are article_id, id, English and Arabic
        label, surface, alias, alias type, start, end, sentence, evidence."""
        codes = {key: np.frombuffer(values, dtype=np.int64) for key, values in self._codes.items()}
        names = list(self._names)
        distinct = [
            [n[0] for n in names],
            [self._labels[n[0]][0] for n in names],
            [self._labels[n[0]][1] for n in names],
            [n[1] for n in names],
            [n[2] for n in names],
            [n[3] for n in names],
        ]
        data = [_expand(self._articles, codes["article"])]
        data += [_expand(values, codes["name"]) for values in distinct]
        data += [pd.Series(codes[key].copy()) for key in ("start", "end", "sentence")]
        data.append(pd.Series(self._evidence, dtype=object))
        return pd.DataFrame(dict(zip(columns, data)), columns=columns)


def _expand(values: list, codes: np.ndarray) -> pd.Series:
    """``values[code]`` for every code, as the column pandas makes of that list."""
    return pd.Series(values).take(codes).reset_index(drop=True)


def _file_key(value) -> tuple[str | None, float]:
    """What identifies a table given as None (the bundled file) or a path: the
    resolved path and its modification time (an edited file is read again)."""
    return (None if value is None else str(Path(value).resolve())), _mtime(value)


def _is_file_based(value) -> bool:
    return value is None or isinstance(value, (str, os.PathLike))


def matcher(actors=None, sources=None, stops=None) -> Matcher:
    """The :class:`Matcher` for an actor table, a source table and stop
    phrases, each given as ``None`` (the bundled file), a path, or (tables) a
    DataFrame; compiled once per distinct content.
    """
    if _is_file_based(actors) and _is_file_based(sources) and _is_file_based(stops):
        # Called once per article: look files up by path and time, not by content.
        return _file_matcher(_file_key(actors), _file_key(sources), _file_key(stops))
    return _matcher(actors, sources, stops)


@lru_cache(maxsize=16)
def _file_matcher(actors: tuple, sources: tuple, stops: tuple) -> Matcher:
    return _matcher(actors[0], sources[0], stops[0])


def file_labels(value, loader, checker, id_column: str) -> dict[str, tuple[str, str]]:
    """``{id: (label_en, label_ar)}`` of an actor or source table (None, a path
    or a DataFrame), from each id's first row; cached for files."""
    if _is_file_based(value):
        return _cached_labels(loader, checker, id_column, _file_key(value))
    return _labels_of(resolve_table(value, loader, checker), id_column)


@lru_cache(maxsize=16)
def _cached_labels(loader, checker, id_column: str, key: tuple) -> dict[str, tuple[str, str]]:
    return _labels_of(resolve_table(key[0], loader, checker), id_column)


def _labels_of(table: pd.DataFrame, id_column: str) -> dict[str, tuple[str, str]]:
    first = table.drop_duplicates(id_column)
    return dict(zip(first[id_column], zip(first["label_en"], first["label_ar"])))


def _matcher(actors, sources, stops) -> Matcher:
    actor_table = resolve_table(actors, load_gazetteer, check_actor_table)
    source_table = resolve_table(sources, load_sources, check_source_table)
    if stops is None or isinstance(stops, (str, os.PathLike)):
        stop_phrases = load_stop_phrases(stops)
    else:
        stop_phrases = tuple(stops)
    return _compiled(_actor_rows(actor_table), _source_rows(source_table), stop_phrases)
