"""Load a corpus: files → articles, one row per article, verbatim text.

A scraped news file often holds more than one article and carries page
furniture.  :func:`segment_articles` reads these patterns (all seen in the
seeds):

* **header**: a headline and/or photo captions at the top of an article,
  often the same line printed twice (alt text + caption).  The first header
  line is the ``title``, the others are ``captions`` (a line printed twice is
  kept once).  A Latin-script line in the header of an Arabic article is a
  photo credit and goes to ``captions``.
* **body**: starts at the first *paragraph*, a line of at least
  ``PARAGRAPH_WORDS`` words ending in sentence punctuation, or of at least
  ``LONG_PARAGRAPH_WORDS`` words.  ``text`` is the verbatim slice of the file
  from the first to the last body line, so ``offset + start`` is a position
  in the file.
* **source line** (``المصدر : وكالات``, ``المصدر: الجزيرة + وكالات``) ends
  an article; its value goes to ``source``.
* **a line printed twice inside a body** is the header of the next article
  (a second story pasted below the first without a source line).
* **update stamp** (``تحديث: 19:57 تغ``) stays in the text and its value is
  copied to ``updated``; a short unpunctuated line inside a body is a
  sub-headline (``subheads``), kept in the text: it introduces a section of
  the same dispatch, not a story of its own (002's "أوباما: غاراتنا في سرت
  …" has no source line and the same "المصدر: وكالات" closes both parts).
* scraping residue such as a stray ``undefined`` stays in the verbatim text
  and is listed in ``artifacts``.

Other formats (:mod:`libyanews.readers`): a saved web page (``.html``,
``.htm``) is one article, its main text extracted by trafilatura; a table
(``.csv``, ``.jsonl``, ``.parquet``) gives one article per row, the cell
taken as it is (no splitting into several articles: a table row already is
the unit its author chose).  A page's closing source line (``المصدر: …``)
goes to ``source`` and a first line repeating its title is left out; in
both, update stamps, sub-headlines and artifacts are read as in text files.

Bad input never disappears: with ``errors="raise"`` (default) the first
unreadable file or row, in the order of :func:`list_files`, raises
:class:`CorpusError`; with ``errors="report"`` every readable article is
returned, ``corpus.attrs["problems"]`` lists each file or row not loaded
(``file``, ``row``, ``reason``, ``path``) and one :class:`CorpusWarning`
summarizes them.

Example::

    >>> corpus = load_corpus()          # the five seed files
    >>> corpus.groupby("file").size().tolist()
    [2, 1, 2, 2, 1]
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import pandas as pd

from . import config
from .charcount import CharSet
from .dedupe import DuplicateIndex
from .readers import (
    SUPPORTED_EXTENSIONS,
    CorpusError,
    CorpusWarning,
    HtmlPage,
    decode_text,
    detect_language,
    read_bytes,
    read_html,
    read_table,
)
from .tokenize import count_words

__all__ = [
    "COLUMNS",
    "CorpusError",
    "CorpusWarning",
    "Segment",
    "dated_seed_corpus",
    "list_files",
    "load_corpus",
    "read_text",
    "segment_articles",
]

PARAGRAPH_WORDS = 12
LONG_PARAGRAPH_WORDS = 25

#: Columns of the corpus DataFrame, in order.  ``offset`` is where ``text``
#: starts in the decoded file (``.txt``), in the extracted page text
#: (``.html``) or in the table cell; ``lang`` is ``ar``/``en``/``other``
#: (:func:`libyanews.readers.detect_language`); ``date`` and ``url`` come from
#: a page's metadata or a table's columns (None for ``.txt``); ``encoding`` is
#: the codec the file was decoded with.
COLUMNS = [
    "article_id", "file", "article_no", "title", "captions", "text", "source",
    "updated", "subheads", "artifacts", "offset", "n_chars", "n_tokens", "duplicate_of",
    "lang", "date", "url", "encoding",
]

# The value is "non-space, then anything ending in a non-space": a lazy
# ``.*?`` before ``\s*$`` would retry the trailing-space test at every
# character, quadratic on a line with a long run of spaces.
_VALUE = r"(?P<value>(?:\S(?:.*\S)?)?)"
_SOURCE_RE = re.compile(rf"^\s*المصدر\s*[:：]\s*{_VALUE}\s*$")
_STAMP_RE = re.compile(rf"^\s*(?:آخر\s+)?تحديث\s*[:：]\s*{_VALUE}\s*$")
_SENTENCE_END = tuple('.!?؟؛:"”»)')
_ARTIFACT_RE = re.compile(r"(?<![\w])(undefined|null|NaN|\[object Object\])(?![\w])")
# Arabic-block and ASCII-letter characters, counted with a lookup table
# (libyanews.charcount): exact, linear, and without one string object per
# match (findall on a 5 MB line would allocate millions of them).
_ARABIC_CHARS = CharSet(
    [*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)])
_LATIN_CHARS = CharSet(map(ord, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))


@dataclass
class _Line:
    start: int
    end: int  # end of the content, newline excluded

    def content(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class Segment:
    """One article found in a file: header lines, body span, source."""

    header: list[str] = field(default_factory=list)
    body: list[_Line] = field(default_factory=list)
    source: str | None = None

    def title(self) -> str | None:
        return self.header[0] if self.header else None


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(content)))
        pos += len(raw)
    return out


def _count(s: str, chars: CharSet) -> int:
    return chars.count(s)


def _n_words(s: str) -> int:
    """Words in ``s``, counted up to ``LONG_PARAGRAPH_WORDS + 1`` (all the
    rules need): a 5 MB line is not split into a million strings."""
    return len(s.split(None, LONG_PARAGRAPH_WORDS))


def _is_latin(s: str) -> bool:
    return _count(s, _LATIN_CHARS) > _count(s, _ARABIC_CHARS)


def _is_paragraph(s: str, arabic_file: bool) -> bool:
    if arabic_file and _is_latin(s):
        return False  # an English photo credit in an Arabic page
    words = _n_words(s)
    return words >= LONG_PARAGRAPH_WORDS or (words >= PARAGRAPH_WORDS and s.endswith(_SENTENCE_END))


def segment_articles(text: str) -> list[Segment]:
    """Split the text of one file into articles (rules in the module docstring).

    >>> segs = segment_articles(open(config.SEEDS_DIR / "003_d9f07bdb5968e1f1.txt", encoding="utf-8").read())
    >>> [s.title() for s in segs]
    ['قاذفتان ومقاتلتان أميركيتان فوق جزيرة غوام - أرشيف', 'ليبيا تضم أكبر مخزون في العالم من الأسلحة']
    """
    arabic_file = _count(text, _ARABIC_CHARS) >= _count(text, _LATIN_CHARS)
    lines = [ln for ln in _lines(text) if ln.content(text).strip()]
    segments: list[Segment] = []
    cur: Segment | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.content(text).strip()
        nxt = lines[i + 1].content(text).strip() if i + 1 < len(lines) else None
        doubled = nxt == s
        m = _SOURCE_RE.match(s)
        if m:
            if cur is None:
                cur = Segment()
                segments.append(cur)
            cur.source = m.group("value")
            cur = None
            i += 1
            continue
        if cur is not None and cur.body and doubled and not _is_paragraph(s, arabic_file):
            cur = None  # a caption printed twice: the next story begins
        if cur is None:
            cur = Segment()
            segments.append(cur)
        if not cur.body and not _is_paragraph(s, arabic_file):
            if s not in cur.header:
                cur.header.append(s)
            i += 2 if doubled else 1
            continue
        cur.body.append(line)
        i += 1
    for seg in segments:
        if not seg.body and len(seg.header) > 1:
            # No paragraph at all (short lines only): keep the first line as the
            # title and the rest as text, so nothing is lost.
            seg.body = [ln for ln in lines if ln.content(text).strip() in seg.header[1:]]
            seg.header = seg.header[:1]
    return [seg for seg in segments if seg.body or seg.header or seg.source]


def read_text(path: os.PathLike | str, *, encoding: str | None = None) -> str:
    """Read a text file, detecting its encoding (UTF-8 with or without BOM,
    UTF-16/32 with BOM, Windows-1256, ISO-8859-6, …; see
    :func:`libyanews.readers.decode_text`); raise :class:`CorpusError`
    naming the file and the reason (empty, binary, undecodable at byte N)."""
    return decode_text(read_bytes(path), path, encoding=encoding).text


def _is_hidden_or_resource(file: Path, root: Path) -> bool:
    """Hidden files and folders (``.git``, ``.DS_Store``), and the ``X_files``
    folder a browser saves next to ``X.html`` (scripts, images, ad frames)."""
    parts = file.relative_to(root).parts
    if any(part.startswith(".") for part in parts):
        return True
    folder = root
    for part in parts[:-1]:
        if part.endswith("_files") and any((folder / (part[:-6] + ext)).is_file() for ext in (".html", ".htm")):
            return True
        folder = folder / part
    return False


def list_files(
    path: os.PathLike | str | Sequence[os.PathLike | str], pattern: str | None = None
) -> list[tuple[Path, str]]:
    """Files of a corpus as ``(path, name)`` pairs, ``name`` relative to the
    folder given (the ``file`` column), in the order they are read.

    Folders are searched recursively and sorted; ``pattern`` (a glob such as
    ``"*.csv"`` or ``"2016/*.txt"``) defaults to every supported extension
    (:data:`libyanews.readers.SUPPORTED_EXTENSIONS`, any letter case).  Hidden
    files and folders and the ``X_files`` resource folder of a saved page
    ``X.html`` are skipped.  Explicit files are taken as they are.

    >>> [name for _, name in list_files(config.SEEDS_DIR)][:2]
    ['000_0e1083c9c33184de.txt', '001_2a210c8ead99e064.txt']
    """
    if isinstance(path, (str, os.PathLike)):
        path = [path]
    out: list[tuple[Path, str]] = []
    for p in map(Path, path):
        if p.is_dir():
            found = sorted(
                f for f in p.rglob(pattern or "*")
                if f.is_file()
                and (pattern is not None or f.suffix.lower() in SUPPORTED_EXTENSIONS)
                and not _is_hidden_or_resource(f, p)
            )
            out.extend((f, f.relative_to(p).as_posix()) for f in found)
        elif p.is_file():
            out.append((p, p.name))
        else:
            raise CorpusError(p, "no such file or folder")
    if not out:
        wanted = repr(pattern) if pattern else "a supported extension (" + ", ".join(SUPPORTED_EXTENSIONS) + ")"
        raise CorpusError(", ".join(map(str, path)), f"no files matching {wanted}")
    return out


def _body_fields(lines: Iterable[str]) -> tuple[str | None, list[str]]:
    """The update stamp and the sub-headlines among the (stripped) body lines."""
    stamps, heads = [], []
    for s in lines:
        if not s:
            continue
        m = _STAMP_RE.match(s)
        if m:
            stamps.append(m.group("value"))
        elif _n_words(s) < PARAGRAPH_WORDS and not s.endswith(_SENTENCE_END):
            heads.append(s)
    return (stamps[0] if stamps else None), heads


def _count_tokens(text: str) -> int:
    """Word and number tokens (punctuation left out)."""
    return count_words(text)


def _row(article_id: str, name: str, no: int, title, captions, body: str, source, offset: int,
         updated, subheads, *, date=None, url=None, encoding=None) -> dict:
    return {
        "article_id": article_id,
        "file": name,
        "article_no": no,
        "title": title,
        "captions": captions,
        "text": body,
        "source": source,
        "updated": updated,
        "subheads": subheads,
        "artifacts": _ARTIFACT_RE.findall(body),
        "offset": offset,
        "n_chars": len(body),
        "n_tokens": _count_tokens(body),
        "lang": detect_language(body),
        "date": date,
        "url": url,
        "encoding": encoding,
    }


def _article_rows(name: str, stem: str, text: str, encoding: str | None = None) -> Iterable[dict]:
    """Rows of a text file: one per article found by :func:`segment_articles`."""
    for no, seg in enumerate(segment_articles(text), start=1):
        if seg.body:
            first = seg.body[0].content(text)
            start = seg.body[0].start + len(first) - len(first.lstrip())
            body = text[start:seg.body[-1].end].rstrip()
        else:
            start, body = 0, ""
        updated, subheads = _body_fields(ln.content(text).strip() for ln in seg.body)
        yield _row(f"{stem}#{no}", name, no, seg.title(), seg.header[1:], body, seg.source, start,
                   updated, subheads, encoding=encoding)


def _document_row(article_id: str, name: str, no: int, text: str, *, title=None, source=None,
                  date=None, url=None, encoding=None, page: bool = False) -> dict:
    """The row of a one-article document (a page, a table cell): ``text``
    stripped of surrounding space.  For a ``page``, a first line that repeats
    the title (the headline printed above the story) is left out, and a
    closing ``المصدر: …`` line goes to ``source``; ``offset`` says where the
    text starts."""
    offset = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if page and title:
        first_end = text.find("\n", offset, end)
        if first_end > 0 and text[offset:first_end].strip() == title.strip():
            offset = first_end + len(text[first_end:end]) - len(text[first_end:end].lstrip())
    if page:
        last_start = text.rfind("\n", offset, end) + 1
        m = _SOURCE_RE.match(text[max(last_start, offset):end])
        if m and last_start > offset:
            source = source if source is not None else m.group("value")
            end = len(text[:last_start].rstrip())
    body = text[offset:end]
    updated, subheads = _body_fields(line.strip() for line in body.splitlines())
    return _row(article_id, name, no, title, [], body, source, offset, updated, subheads,
                date=date, url=url, encoding=encoding)


def _stems(files: list[tuple[Path, str]]) -> dict[str, str]:
    """The id stem of each file: its name without extension, or with it where
    two files would otherwise share a stem (``a.txt`` and ``a.csv``)."""
    bare = {name: Path(name).with_suffix("").as_posix() for _, name in files}
    taken: dict[str, int] = {}
    for stem in bare.values():
        taken[stem] = taken.get(stem, 0) + 1
    return {name: (stem if taken[stem] == 1 else name) for name, stem in bare.items()}


def _read_file(file: Path, name: str, stem: str, options: dict) -> tuple[list[dict], list[CorpusError]]:
    """Rows and row-level problems of one file; file-level problems raise."""
    kind = SUPPORTED_EXTENSIONS.get(file.suffix.lower())
    if kind is None:
        raise CorpusError(file, f"unsupported file type {file.suffix or '(none)'!r} "
                                f"(supported: {', '.join(SUPPORTED_EXTENSIONS)})")
    data = read_bytes(file)
    encoding = options["encoding"]
    if kind == "text":
        text, codec = decode_text(data, file, encoding=encoding)
        return list(_article_rows(name, stem, text, codec)), []
    if kind == "html":
        page: HtmlPage = read_html(data, file, encoding=encoding)
        return [_document_row(f"{stem}#1", name, 1, page.text, title=page.title, date=page.date,
                              url=page.url, encoding=page.encoding, page=True)], []
    table, problems, codec = read_table(data, file, kind, columns=options["columns"], encoding=encoding)
    rows = [
        _document_row(r.id if r.id is not None else f"{stem}#{r.row}", name, r.row, r.text,
                      title=r.title, source=r.source, date=r.date, url=r.url, encoding=codec)
        for r in table
    ]
    return rows, problems


def _problem(name: str, exc: CorpusError) -> dict:
    return {"file": name, "row": exc.row, "reason": exc.reason, "path": exc.path}


def load_corpus(
    path: os.PathLike | str | Sequence[os.PathLike | str] | None = None,
    *,
    pattern: str | None = None,
    errors: str | None = None,
    encoding: str | None = None,
    text_column: str = "text",
    title_column: str | None = None,
    date_column: str | None = None,
    source_column: str | None = None,
    url_column: str | None = None,
    id_column: str | None = None,
    dedupe: bool = True,
) -> pd.DataFrame:
    """Load articles from a folder, a file, or a list of files.

    ``path`` defaults to :func:`libyanews.config.default_corpus` (the seeds,
    or ``$LIBYANEWS_CORPUS``); folders are searched recursively for
    ``pattern`` (default: every supported extension, see :func:`list_files`).
    Returns one row per article with the columns in :data:`COLUMNS`;
    ``text`` is verbatim.  With ``dedupe`` (default), ``duplicate_of`` names
    the earlier article a row republishes (see :mod:`libyanews.dedupe`).

    ``errors`` defaults to ``$LIBYANEWS_ERRORS`` or else ``"raise"``
    (:func:`libyanews.config.default_errors`).
    ``errors="raise"`` raises :class:`CorpusError` at the first
    file or row that cannot be read, in file order, naming it and the reason.
    ``errors="report"`` loads every readable article, lists what was not
    loaded in ``corpus.attrs["problems"]`` (dicts with ``file``, ``row``,
    ``reason``, ``path``; ``row`` is None for a whole file) and emits one
    :class:`CorpusWarning` summarizing them.  ``attrs["problems"]`` is always
    set (empty when nothing went wrong).  A path that does not exist, or a
    folder without a file to read, raises in both modes.

    ``encoding`` forces one codec for every text, page and CSV/JSONL file
    instead of detecting it.  Tables (CSV, JSONL, Parquet) take the article
    text from ``text_column`` and optional fields from ``title_column``,
    ``date_column``, ``source_column`` and ``url_column`` (each defaulting to
    the column of that name when the table has one); ``article_id`` is
    ``<file stem>#<row>`` unless ``id_column`` names a column of unique ids.

    >>> corpus = load_corpus()
    >>> corpus.loc[corpus.duplicate_of.notna(), ["article_id", "duplicate_of"]].values.tolist()
    [['003_d9f07bdb5968e1f1#2', '000_0e1083c9c33184de#2']]
    >>> corpus.attrs["problems"], sorted(set(corpus["lang"])), sorted(set(corpus["encoding"]))
    ([], ['ar'], ['utf-8'])
    """
    errors, options = _check_options(errors, encoding, text_column, title_column, date_column, source_column,
                                     url_column, id_column)
    files = list_files(config.default_corpus() if path is None else path, pattern)
    rows: list[dict] = []
    problems: list[dict] = []
    # Texts go into the table's string column a few thousand at a time, and
    # through the duplicate index as they come: a corpus is never held as
    # Python strings and as the table at once (half the peak memory).
    index = DuplicateIndex() if dedupe else None
    texts: list = []
    duplicates: list = []
    pending = 0
    for file_rows, file_problems in _read_files(files, options, errors):
        rows.extend(file_rows)
        problems.extend(file_problems)
        pending += len(file_rows)
        if pending >= _TEXT_CHUNK:
            _take_texts(rows, len(rows) - pending, index, texts, duplicates)
            pending = 0
    _take_texts(rows, len(rows) - pending, index, texts, duplicates)
    corpus = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "duplicate_of"])
    if rows:
        corpus["text"] = pd.concat(texts, ignore_index=True) if len(texts) > 1 else texts[0]
    corpus.insert(COLUMNS.index("duplicate_of"), "duplicate_of", duplicates)
    corpus.attrs["problems"] = problems
    if problems:
        _warn(problems, len(corpus))
    return corpus


def dated_seed_corpus() -> pd.DataFrame:
    """The seed corpus with publication days stated in ``data/seed_dates.csv``.

    The seed files carry no date, so their relative dates (``مساء السبت``)
    cannot be resolved and their events cannot be matched across articles.
    This is :func:`load_corpus` of the seeds with ``date`` set to the day
    each story was published, as its own words and the events it reports
    place it, and ``date_basis`` saying why (a stated day, not one read from
    the files: check it before citing it).  An article without a stated day
    keeps ``date`` None.  Notebook 06 shows events with dates on it.

    >>> corpus = dated_seed_corpus()
    >>> corpus.loc[corpus["article_id"] == "002_ec3e5877bfe64987#1", "date"].item()
    '2016-08-02'
    """
    from .datafiles import DataFileError, read_table

    corpus = load_corpus(config.SEEDS_DIR, errors="raise")
    rows = read_table("seed_dates.csv", ("article_id", "date", "basis"))
    unknown = sorted({r["article_id"] for r in rows} - set(corpus["article_id"]))
    if unknown:
        raise DataFileError(f"seed_dates.csv: no seed article {', '.join(unknown)}")
    stated = {r["article_id"]: (r["date"] or None, r["basis"] or None) for r in rows}
    corpus["date"] = pd.Series([stated.get(a, (None, None))[0] for a in corpus["article_id"]], index=corpus.index,
                               dtype=object)
    corpus["date_basis"] = pd.Series([stated.get(a, (None, None))[1] for a in corpus["article_id"]],
                                     index=corpus.index, dtype=object)
    return corpus


def _check_options(errors, encoding, text_column, title_column, date_column, source_column, url_column,
                   id_column) -> tuple[str, dict]:
    """The errors mode (checked) and the reading options of load_corpus."""
    if errors is None:
        errors = config.default_errors()
    if errors not in ("raise", "report"):
        raise ValueError(f'errors must be "raise" or "report", not {errors!r}')
    options = {
        "encoding": encoding,
        "columns": {"text": text_column, "title": title_column, "date": date_column,
                    "source": source_column, "url": url_column, "id": id_column},
    }
    return errors, options


def _read_files(files: list[tuple[Path, str]], options: dict, errors: str,
                stems: dict[str, str] | None = None) -> Iterator[tuple[list[dict], list[dict]]]:
    """Rows and problems of each file in turn, article ids checked for
    repeats across files; raises at the first problem when errors="raise"."""
    stems = _stems(files) if stems is None else stems
    seen_ids: dict[str, str] = {}
    for file, name, rows, problems in _file_results(files, stems, options):
        yield _check_file(file, name, rows, problems, seen_ids, errors)


def _file_results(files: list[tuple[Path, str]], stems: dict[str, str], options: dict
                  ) -> Iterator[tuple[Path, str, list[dict] | None, list[CorpusError]]]:
    """``(file, name, rows, problems)`` of each file; ``rows`` is None when
    the whole file could not be read (its one problem says why)."""
    for file, name in files:
        try:
            rows, problems = _read_file(file, name, stems[name], options)
        except CorpusError as exc:
            yield file, name, None, [exc]
            continue
        yield file, name, rows, problems


def _check_file(file: Path, name: str, rows: list[dict] | None, problems: list[CorpusError],
                seen_ids: dict[str, str], errors: str) -> tuple[list[dict], list[dict]]:
    """The rows of one file kept (an id seen in an earlier file is a problem)
    and its problems in row order; the first problem raises when errors="raise"."""
    if rows is None:
        if errors == "raise":
            raise problems[0]
        return [], [_problem(name, problems[0])]
    problems = list(problems)
    kept = []
    for row in rows:
        first = seen_ids.get(row["article_id"])
        if first is None:
            seen_ids[row["article_id"]] = name
            kept.append(row)
        else:
            problems.append(CorpusError(
                file, f"duplicate article id {row['article_id']!r} (first in {first})", row["article_no"]))
    problems.sort(key=lambda p: p.row or 0)
    if problems and errors == "raise":
        raise problems[0]
    return kept, [_problem(name, p) for p in problems]


#: Articles whose texts are turned into the table's column at a time by load_corpus.
_TEXT_CHUNK = 2000


def _take_texts(rows: list[dict], first: int, index: DuplicateIndex | None, texts: list, duplicates: list) -> None:
    """The texts of ``rows[first:]`` through the duplicate ``index`` (in
    corpus order) and into one string column chunk (appended to ``texts``);
    the rows keep None instead of their text."""
    chunk = [row["text"] for row in rows[first:]]
    if not chunk:
        return
    for row in rows[first:]:
        duplicates.append(index.add(row["article_id"], row["text"]) if index is not None else None)
        row["text"] = None
    texts.append(pd.Series(chunk))


def _frame(rows: list[dict], index: DuplicateIndex | None, start: int = 0) -> pd.DataFrame:
    """The corpus DataFrame of ``rows``; ``duplicate_of`` from the
    (incremental) duplicate ``index``, or None throughout without one."""
    corpus = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "duplicate_of"])
    if index is not None:
        duplicates = [index.add(a, t) for a, t in zip(corpus["article_id"], corpus["text"])]
    else:
        duplicates = [None] * len(corpus)
    corpus.insert(COLUMNS.index("duplicate_of"), "duplicate_of", duplicates)
    if start:
        corpus.index = pd.RangeIndex(start, start + len(corpus))
    return corpus


def _warn(problems: list[dict], n_articles: int, who: str = "load_corpus",
          where_all: str = "corpus.attrs['problems']", stacklevel: int = 3) -> None:
    files = sorted({p["file"] for p in problems})
    first = problems[0]
    where = first["file"] + (f" row {first['row']}" if first["row"] is not None else "")
    warnings.warn(
        f"{who}: {len(problems)} file(s) or row(s) not loaded, in {len(files)} file(s); "
        f"{n_articles} articles loaded. First: {where}: {first['reason']}. "
        f"All of them: {where_all}.",
        CorpusWarning,
        stacklevel=stacklevel,
    )
