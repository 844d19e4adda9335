"""Read one corpus file of any supported format into text a researcher can trust.

A researcher's own archive is messy: Windows-1256 files from old Arabic
sites, UTF-16 exports, saved web pages, spreadsheets of scraped articles,
empty and broken files.  This module turns the bytes of one file into text
(or table rows) and says precisely why when it cannot;
:func:`libyanews.corpus.load_corpus` orchestrates it over a folder.

===================  ==============================================  ==========================
extension            what is read                                    function
===================  ==============================================  ==========================
``.txt``             the whole file; encoding detected (below)       :func:`decode_text`
``.html`` ``.htm``   main text, title, date and URL of a saved page  :func:`read_html`
``.csv``             one article per row, columns named by the       :func:`read_table`
                     caller (text required; title, date, source,
                     url, id optional)
``.jsonl``           one JSON object per line, same columns          :func:`read_table`
``.parquet``         same columns                                    :func:`read_table`
===================  ==============================================  ==========================

**Encodings** (:func:`decode_text`), tried in this order:

1. a byte-order mark: UTF-8, UTF-16 or UTF-32 (decoded strictly);
2. UTF-8.  If it fails but the file is *mostly* valid UTF-8 (more valid
   multi-byte characters than bad bytes), it is a damaged UTF-8 file and is
   reported as ``not valid UTF-8: undecodable byte 0x.. at byte N``: guessing
   another encoding would only produce mojibake;
3. the charset declared by an HTML page, then Windows-1256, then ISO-8859-6
   (the legacy Arabic encodings of the web), then the candidates
   charset-normalizer ranks, each accepted only if the result is *plausible
   Arabic* (:func:`is_plausible_arabic`): no C1 control or replacement
   character, Arabic letters at least half of all letters, and Arabic letters
   practically never glued to Latin letters inside a word (the signature of
   ISO-8859-6 read as Windows-1256, or Windows-1256 read as Windows-1252);
4. a text that is no plausible Arabic in any encoding (an English file in
   Windows-1252) is decoded with the declared charset, else Windows-1252 if
   charset-normalizer proposes it, else charset-normalizer's best candidate
   without control or replacement characters: it is loaded and its ``lang``
   column says what it is;
5. otherwise ``undecodable``, naming the first byte that is not UTF-8.

Bytes with NUL characters (outside UTF-16/32 with a byte-order mark), with a
known binary signature (PDF, ZIP/DOCX, images, …) or with many control bytes
are ``binary content``; whitespace only is ``empty file``; text without a
single letter or digit is ``no letters or digits``.

**Language** (:func:`detect_language`, the ``lang`` column): by script share,
no model and no download.  ``ar`` when Arabic-script letters are at least
half of the letters; ``en`` when Latin letters are and at least 15 % of the
words are among the most common English words (``data/english_common_words.txt``);
``other`` otherwise.  Persian or Urdu, written in Arabic script, would count as
``ar``: the rule tells scripts apart, not languages that share one.

Example::

    >>> decode_text("قتل 23 شخصا في بنغازي".encode("cp1256"))
    Decoded(text='قتل 23 شخصا في بنغازي', encoding='cp1256')
    >>> detect_language("أعلنت قوات حكومة الوفاق تحرير منطقة الوشكة")
    'ar'
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from . import config
from .charcount import CharSet, count_letters

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "Decoded",
    "HtmlPage",
    "SUPPORTED_EXTENSIONS",
    "TableRow",
    "decode_text",
    "detect_language",
    "is_plausible_arabic",
    "read_html",
    "read_table",
]

#: File extensions load_corpus reads, and the reader each one goes to.
SUPPORTED_EXTENSIONS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".parquet": "parquet",
}

#: Legacy Arabic single-byte encodings tried after UTF-8, in this order
#: (Windows-1256 first: it is by far the more common on the web).
ARABIC_ENCODINGS = ("cp1256", "iso8859-6")
#: Preferred for a non-Arabic legacy text when charset-normalizer proposes it.
WESTERN_ENCODING = "cp1252"

#: Plausible Arabic: Arabic letters are at least this share of all letters ...
MIN_ARABIC_SHARE = 0.5
#: ... and letters glued across scripts (Arabic next to Latin) are at most
#: this share of the Arabic letters (mojibake puts é, à, ç inside words).
MAX_MIXED_SHARE = 0.01
#: A Latin-script text is English when this share of its words are common English words.
MIN_ENGLISH_SHARE = 0.15
#: Script shares and plausibility are measured on this many leading characters.
SAMPLE_CHARS = 1 << 18

# Arabic-script letters (no digits, diacritics or tatweel) and Latin letters,
# as code-point ranges: a regex class for matching, a translate table for
# counting (exact and linear, without one string object per match).
_ARABIC_RANGES = ((0x0621, 0x063A), (0x0641, 0x064A), (0x066E, 0x066F), (0x0671, 0x06D3), (0x06D5, 0x06D5),
                  (0x06EE, 0x06EF), (0x06FA, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08C9), (0xFB50, 0xFDFB),
                  (0xFE70, 0xFEFC))
_LATIN_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F))


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


def _deleting(ranges: tuple[tuple[int, int], ...]) -> dict[int, None]:
    return dict.fromkeys(c for lo, hi in ranges for c in range(lo, hi + 1))


_ARABIC_LETTER = _char_class(_ARABIC_RANGES)
_LATIN_LETTER = _char_class(_LATIN_RANGES)
_ARABIC_SET = CharSet(_deleting(_ARABIC_RANGES))
_LATIN_SET = CharSet(_deleting(_LATIN_RANGES))
_ALNUM_RE = re.compile(r"[^\W_]")
# One character of each script side by side: linear, no nested quantifier.
_MIXED_RE = re.compile(f"[{_ARABIC_LETTER}][{_LATIN_LETTER}]|[{_LATIN_LETTER}][{_ARABIC_LETTER}]")
# C1 controls and the replacement character never occur in a correct decoding.
_BAD_CHAR_RE = re.compile("[\u0080-\u009f\ufffd]")
_LATIN_WORD_RE = re.compile(f"[{_LATIN_LETTER}]+(?:'[{_LATIN_LETTER}]+)?")
# Control bytes that do not occur in text (tab, newlines, form feed, DOS EOF and ESC do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1a\x1b")
_CONTROL_TABLE = bytes.maketrans(b"", b"")
#: Binary content: more than this share of control bytes in the first 64 KiB.
MAX_CONTROL_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, e.g. .docx or .xlsx"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document, e.g. .doc or .xls"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PAR1", "a Parquet file"),
)


class CorpusError(ValueError):
    """A corpus file (or one row of a table) could not be read.

    The message names the file, the row where there is one, and the reason;
    ``path``, ``row`` and ``reason`` are also attributes.
    """

    def __init__(self, path: os.PathLike | str, reason: str, row: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.row = row
        where = f"{self.path} (row {row})" if row is not None else self.path
        super().__init__(f"{where}: {reason}")


class CorpusWarning(UserWarning):
    """``load_corpus(errors="report")`` skipped files or rows (one summary per call)."""


class Decoded(NamedTuple):
    """Text decoded from bytes and the codec that decoded it."""

    text: str
    encoding: str


# --- script shares and language -----------------------------------------


def _script_counts(text: str) -> tuple[int, int, int]:
    """(Arabic letters, Latin letters, all letters) in the first SAMPLE_CHARS."""
    sample = text[:SAMPLE_CHARS]
    return _ARABIC_SET.count(sample), _LATIN_SET.count(sample), count_letters(sample)


@lru_cache(maxsize=1)
def english_common_words() -> frozenset[str]:
    """The word list of ``data/english_common_words.txt``."""
    lines = config.data_file("english_common_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def detect_language(text: str) -> str:
    """``"ar"``, ``"en"`` or ``"other"`` by script share (rule in the module docstring).

    >>> detect_language("قتل 6 مقاتلين وأصيب 12 في سرت")
    'ar'
    >>> detect_language("Fighters of Libyan forces fire during a battle with IS militants in Sirte")
    'en'
    >>> detect_language("Les forces du gouvernement ont pris le contrôle de la zone")
    'other'
    """
    arabic, latin, letters = _script_counts(text)
    if letters and arabic >= MIN_ARABIC_SHARE * letters:
        return "ar"
    if letters and latin >= MIN_ARABIC_SHARE * letters:
        words = _LATIN_WORD_RE.findall(text[:SAMPLE_CHARS])
        common = english_common_words()
        if words and sum(w.lower() in common for w in words) >= MIN_ENGLISH_SHARE * len(words):
            return "en"
    return "other"


def is_plausible_arabic(text: str) -> bool:
    """Is ``text`` a correct decoding of Arabic (rule in the module docstring)?

    >>> is_plausible_arabic("قتل 23 شخصا في بنغازي")
    True
    >>> is_plausible_arabic("قتل 23 شخصا".encode("cp1256").decode("cp1252"))   # mojibake
    False
    >>> is_plausible_arabic("قتل 23 شخصا في بنغازي".encode("iso8859-6").decode("cp1256"))
    False
    """
    if _BAD_CHAR_RE.search(text):
        return False
    arabic, _, letters = _script_counts(text)
    if not arabic or arabic < MIN_ARABIC_SHARE * letters:
        return False
    mixed = len(_MIXED_RE.findall(text[:SAMPLE_CHARS]))
    return mixed <= MAX_MIXED_SHARE * arabic


def _is_clean(text: str) -> bool:
    return not _BAD_CHAR_RE.search(text)


# --- bytes → text ----------------------------------------------------------


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _binary_reason(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary content ({what}), not a text file"
    if b"\x00" in data:
        head = data[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if min(even, odd) == 0 and max(even, odd) > 0.05 * len(head) / 2:
            # NULs on one side of every byte pair: the high bytes of ASCII in UTF-16
            codec = "utf-16-le" if odd else "utf-16-be"
            return (f"binary content (NUL bytes), not a text file, or UTF-16 without a byte-order mark "
                    f"(then pass encoding={codec!r})")
        return "binary content (NUL bytes), not a text file"
    head = data[:65536]
    controls = len(head) - len(head.translate(_CONTROL_TABLE, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(head):
        return f"binary content ({controls} control bytes in the first {len(head)}), not a text file"
    return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8_like(data: bytes) -> bool:
    """More valid multi-byte UTF-8 characters than undecodable bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - bad > bad


def _normalizer_candidates(data: bytes) -> list[str]:
    """Encodings charset-normalizer proposes, best first."""
    from charset_normalizer import from_bytes  # imported lazily: only legacy files need it

    out = []
    for match in from_bytes(data):
        # each match also names the encodings that decode these bytes identically
        for name in [match.encoding, *match.could_be_from_charset]:
            codec = _codec(name)
            if codec and codec not in out:
                out.append(codec)
    return out


def decode_text(
    data: bytes,
    path: os.PathLike | str = "<bytes>",
    *,
    encoding: str | None = None,
    declared: str | None = None,
) -> Decoded:
    """Decode the bytes of a text file; raise :class:`CorpusError` naming
    ``path`` and the reason when they are not readable text.

    ``encoding`` forces a codec (decoded strictly).  ``declared`` is a
    charset the file itself names (an HTML ``<meta charset>``), tried first
    among the legacy encodings.  The order of the attempts and the
    plausibility rule are in the module docstring.

    >>> decode_text("سرت".encode("utf-16"))      # with a byte-order mark
    Decoded(text='سرت', encoding='utf-16')
    >>> decode_text("سرت".encode("utf-8") + b"\\xff")
    Traceback (most recent call last):
    ...
    libyanews.readers.CorpusError: <bytes>: not valid UTF-8: undecodable byte 0xff at byte 6
    """
    if not data.strip():
        raise CorpusError(path, "empty file")
    bom = next((codec for mark, codec in _BOMS if data.startswith(mark)), None)
    if encoding is not None:
        codec = _codec(encoding)
        if codec is None:
            raise ValueError(f"unknown encoding {encoding!r}")
        text = _checked(data, codec, path)
    elif bom == "utf-32" and data.startswith(codecs.BOM_UTF32_LE) and _strict(data, "utf-32") is None:
        # FF FE 00 00 is also UTF-16 with a BOM followed by a NUL character
        text, codec = _checked(data, "utf-16", path), "utf-16"
    elif bom is not None:
        text, codec = _checked(data, bom, path), bom
    else:
        reason = _binary_reason(data)
        if reason:
            raise CorpusError(path, reason)
        text, codec = _detect(data, path, declared)
    if bom == "utf-8-sig" and codec == "utf-8":
        codec = "utf-8-sig"
        text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CorpusError(path, "empty file")
    if not _ALNUM_RE.search(text):
        raise CorpusError(path, "no letters or digits: nothing to read")
    return Decoded(text, codec)


def _checked(data: bytes, codec: str, path: os.PathLike | str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        label = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(codec, codec)
        detail = "" if label == "UTF-8" else f" ({exc.reason})"
        raise CorpusError(
            path, f"not valid {label}: undecodable byte 0x{data[exc.start]:02x} at byte {exc.start}{detail}"
        ) from exc


def _detect(data: bytes, path: os.PathLike | str, declared: str | None) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _utf8_like(data):
        raise CorpusError(path, f"not valid UTF-8: undecodable byte 0x{data[first_bad]:02x} at byte {first_bad}")
    declared_codec = _codec(declared) if declared else None
    tried: list[str] = []
    clean: list[tuple[str, str]] = []

    def attempt(codec: str) -> str | None:
        if codec in tried or codec in ("utf-8", "utf-8-sig"):
            return None
        tried.append(codec)
        text = _strict(data, codec)
        if text is None:
            return None
        if is_plausible_arabic(text):
            return text
        if _is_clean(text):
            clean.append((codec, text))
        return None

    for codec in ([declared_codec] if declared_codec else []) + list(ARABIC_ENCODINGS):
        text = attempt(codec)
        if text is not None:
            return text, codec
    normalizer = _normalizer_candidates(data)
    for codec in normalizer:
        text = attempt(codec)
        if text is not None:
            return text, codec
    # No plausible Arabic anywhere: a text in another language.  The declared
    # charset wins, then Windows-1252 when charset-normalizer proposes it (the
    # usual legacy encoding of English, French and Italian text, which it
    # tends to rank below Windows-1250), then its ranking; never our Arabic guesses.
    by_codec = dict(clean)
    western = [WESTERN_ENCODING] if WESTERN_ENCODING in normalizer else []
    for codec in ([declared_codec] if declared_codec else []) + western + normalizer:
        if codec in by_codec:
            return by_codec[codec], codec
    raise CorpusError(
        path,
        f"undecodable: not UTF-8 (byte 0x{data[first_bad]:02x} at byte {first_bad}) "
        "and no other encoding gives readable text",
    )


# --- saved web pages ---------------------------------------------------------

_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
# Internet Explorer / Edge "Save as" mark of the web: <!-- saved from url=(0046)https://... -->
_SAVED_FROM_RE = re.compile(r"<!--\s*saved from url=\(\d{1,5}\)(\S{1,2000}?)\s*-->")


@dataclass
class HtmlPage:
    """What :func:`read_html` extracts from a saved page."""

    text: str
    title: str | None
    date: str | None
    url: str | None
    encoding: str


def read_html(data: bytes, path: os.PathLike | str = "<bytes>", *, encoding: str | None = None) -> HtmlPage:
    """Extract the main text, title, date and URL of a saved news page.

    Extraction is trafilatura's (offline, nothing is fetched): navigation,
    menus, footers, "related articles" boxes and reader comments are left out;
    ``text`` is the extracted text verbatim, one paragraph per line.  The date
    is htmldate's (``YYYY-MM-DD``) from the page's metadata and markup only —
    no guess from dates mentioned in the running text.  The URL is the page's
    canonical URL, or the "saved from url" mark a browser writes.

    >>> html = '''<html><head><meta charset="windows-1256"><title>سرت</title></head>
    ... <body><nav><a href="/">الرئيسية</a></nav><article><h1>سرت</h1>
    ... <p>أعلنت قوات حكومة الوفاق الوطني الليبية تحرير منطقة الوشكة قرب مدينة سرت.</p></article></body></html>'''
    >>> page = read_html(html.encode("cp1256"))
    >>> page.title, page.encoding, "الرئيسية" in page.text   # the menu is dropped
    ('سرت', 'cp1256', False)
    >>> page.text.splitlines()[-1]
    'أعلنت قوات حكومة الوفاق الوطني الليبية تحرير منطقة الوشكة قرب مدينة سرت.'
    """
    import trafilatura  # imported lazily: only saved pages need it

    match = _META_CHARSET_RE.search(data[:4096])
    declared = match.group(1).decode("ascii") if match else None
    text, codec = decode_text(data, path, encoding=encoding, declared=declared)
    html = _XML_DECL_RE.sub("", text, count=1)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        # metadata and markup only; a fixed ceiling keeps the result independent of today's date
        date_extraction_params={"original_date": True, "extensive_search": False, "max_date": "2099-12-31"},
    )
    body = (doc.text or "") if doc is not None else ""
    if not body.strip():
        raise CorpusError(path, "no article text found in the HTML page")
    saved = _SAVED_FROM_RE.search(html[:4096])
    url = doc.url or (saved.group(1) if saved else None)
    return HtmlPage(body, doc.title or None, doc.date or None, url, codec)


# --- tables ------------------------------------------------------------------


class TableRow(NamedTuple):
    """One row of a table: its 1-based ``row`` number and the named fields."""

    row: int
    text: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    id: str | None


_FIELDS = ("text", "title", "date", "source", "url", "id")


@contextlib.contextmanager
def _csv_field_limit() -> Iterator[None]:
    """Allow fields as long as whole articles (the csv default is 128 KiB)."""
    old = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _sniff_delimiter(header: str) -> str:
    """The most frequent of , ; TAB | in the header line (comma on a tie or none)."""
    counts = {d: header.count(d) for d in ",;\t|"}
    best = max(counts, key=lambda d: (counts[d], -",;\t|".index(d)))
    return best if counts[best] else ","


def _as_text(value: object) -> str | None:
    """A cell as a string; None for missing values (None, NaN, empty)."""
    if _is_missing(value):
        return None
    if hasattr(value, "isoformat"):  # dates and timestamps from Parquet
        value = value.isoformat()
    value = str(value)
    return value if value.strip() else None


def _resolve_columns(available: list[str], columns: dict[str, str | None], path) -> dict[str, str | None]:
    """Map each field to a column name, or None when the table has no such field.

    The text column must exist; an optional column named by the caller must
    exist; an optional field not named uses the column of the same name if
    there is one (``id`` only when named).
    """
    resolved: dict[str, str | None] = {}
    for fieldname in _FIELDS:
        name = columns.get(fieldname)
        if name is None:
            default = fieldname if fieldname not in ("text", "id") else None
            resolved[fieldname] = default if default in available else None
            continue
        if name not in available:
            shown = ", ".join(repr(c) for c in available[:20]) or "none"
            raise CorpusError(path, f"missing {fieldname} column {name!r} (columns: {shown})")
        resolved[fieldname] = name
    return resolved


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or (isinstance(value, str) and not value.strip())


def _table_row(row: int, record: dict, cols: dict[str, str | None], path) -> TableRow:
    text_col = cols["text"]
    if text_col not in record:
        raise CorpusError(path, f"no {text_col!r} field in this row", row)
    raw = record[text_col]
    if _is_missing(raw):
        raise CorpusError(path, f"empty text in column {text_col!r}", row)
    if not isinstance(raw, str):
        raise CorpusError(path, f"text in column {text_col!r} is not a string ({type(raw).__name__})", row)
    values = {f: (_as_text(record.get(cols[f])) if cols[f] else None) for f in _FIELDS[1:]}
    return TableRow(row, raw, **values)


def read_table(
    data: bytes,
    path: os.PathLike | str,
    fmt: str,
    *,
    columns: dict[str, str | None] | None = None,
    encoding: str | None = None,
) -> tuple[list[TableRow], list[CorpusError], str]:
    """Read a CSV, JSONL or Parquet table of articles, one article per row.

    ``columns`` maps ``text`` (default ``"text"``, required) and the optional
    ``title``, ``date``, ``source``, ``url`` and ``id`` to column names; an
    optional field left out uses the column of the same name when there is
    one (``id`` only when named).  Returns ``(rows, problems, encoding)``:
    the readable rows, and one :class:`CorpusError` (with ``row``) per row
    that is malformed or has no text, in row order.  A file that cannot be
    read at all (empty, undecodable, no text column) raises :class:`CorpusError`.

    Row numbers: CSV counts data records from 1 (the header is not counted;
    the reason also gives the line), JSONL counts lines from 1, Parquet
    counts rows from 1.

    >>> rows, problems, enc = read_table("text,title\\nقتل 6 مقاتلين,سرت\\n,فارغ\\n".encode(), "t.csv", "csv")
    >>> [(r.row, r.text, r.title) for r in rows], [str(p) for p in problems]
    ([(1, 'قتل 6 مقاتلين', 'سرت')], ["t.csv (row 2): empty text in column 'text'"])
    """
    columns = {"text": "text", **(columns or {})}
    if fmt == "parquet":
        if not data:
            raise CorpusError(path, "empty file")
        available, records, problems = _parquet_records(data, path)
        codec = "utf-8"  # Parquet strings are UTF-8 by specification
    elif fmt in ("csv", "jsonl"):
        text, codec = decode_text(data, path, encoding=encoding)
        available, records, problems = (_csv_records if fmt == "csv" else _jsonl_records)(text, path)
    else:
        raise ValueError(f"unknown table format {fmt!r}")
    rows: list[TableRow] = []
    if records:
        cols = _resolve_columns(available, columns, path)
        for row, record in records:
            try:
                rows.append(_table_row(row, record, cols, path))
            except CorpusError as exc:
                problems.append(exc)
    problems.sort(key=lambda p: p.row or 0)
    return rows, problems, codec


_Records = list[tuple[int, dict]]


def _csv_records(text: str, path) -> tuple[list[str], _Records, list[CorpusError]]:
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first_line), strict=True)
    records: _Records = []
    problems: list[CorpusError] = []
    with _csv_field_limit():
        try:
            header = [h.strip() for h in next(reader)]
        except csv.Error as exc:
            raise CorpusError(path, f"no readable header line ({exc})") from exc
        row = 0
        while True:
            line = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                row += 1
                hint = (" (a quote is opened and never closed: the rest of the file is in this row)"
                        if "unexpected end of data" in str(exc) else "")
                problems.append(CorpusError(path, f"malformed row {row} (line {line}): {exc}{hint}", row))
                continue
            if not fields:
                continue  # a blank line
            row += 1
            extra = fields[len(header):]
            if len(fields) < len(header) or any(f.strip() for f in extra):
                problems.append(CorpusError(
                    path, f"malformed row {row} (line {line}): {len(fields)} fields, the header has {len(header)}", row))
                continue
            records.append((row, dict(zip(header, fields))))
    return header, records, problems


def _jsonl_records(text: str, path) -> tuple[list[str], _Records, list[CorpusError]]:
    records: _Records = []
    problems: list[CorpusError] = []
    keys: dict[str, None] = {}  # every key seen, in order of first appearance
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(CorpusError(path, f"malformed row {lineno}: invalid JSON ({exc.msg} at column {exc.colno})", lineno))
            continue
        if not isinstance(obj, dict):
            problems.append(CorpusError(path, f"malformed row {lineno}: a JSON object was expected, not {type(obj).__name__}", lineno))
            continue
        keys.update(dict.fromkeys(obj))
        records.append((lineno, obj))
    return list(keys), records, problems


def _parquet_records(data: bytes, path) -> tuple[list[str], _Records, list[CorpusError]]:
    import pyarrow as pa  # imported lazily: only Parquet files need it
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError) as exc:
        raise CorpusError(path, f"not a readable Parquet file ({exc})") from exc
    names = list(table.column_names)
    columns = {c: table.column(c).to_pylist() for c in names}
    records = [(i + 1, {c: columns[c][i] for c in names}) for i in range(table.num_rows)]
    return names, records, []


def read_bytes(path: os.PathLike | str) -> bytes:
    """The bytes of ``path``; :class:`CorpusError` when the file cannot be opened."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from exc
