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

Example::

    >>> corpus = load_corpus()          # the five seed files
    >>> corpus.groupby("file").size().tolist()
    [2, 1, 2, 2, 1]
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from . import config
from .dedupe import DuplicateIndex
from .tokenize import _TOKEN_RE

__all__ = [
    "COLUMNS",
    "CorpusError",
    "Segment",
    "list_files",
    "load_corpus",
    "read_text",
    "segment_articles",
]

PARAGRAPH_WORDS = 12
LONG_PARAGRAPH_WORDS = 25

#: Columns of the corpus DataFrame, in order.
COLUMNS = [
    "article_id", "file", "article_no", "title", "captions", "text", "source",
    "updated", "subheads", "artifacts", "offset", "n_chars", "n_tokens", "duplicate_of",
]

_SOURCE_RE = re.compile(r"^\s*المصدر\s*[:：]\s*(?P<value>.*?)\s*$")
_STAMP_RE = re.compile(r"^\s*(?:آخر\s+)?تحديث\s*[:：]\s*(?P<value>.*?)\s*$")
_SENTENCE_END = tuple('.!?؟؛:"”»)')
_ARTIFACT_RE = re.compile(r"(?<![\w])(undefined|null|NaN|\[object Object\])(?![\w])")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_RE = re.compile(r"[A-Za-z]")


class CorpusError(ValueError):
    """A corpus file could not be read; the message names the file and why."""

    def __init__(self, path: os.PathLike | str, reason: str, row: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.row = row
        where = f"{self.path} (row {row})" if row is not None else self.path
        super().__init__(f"{where}: {reason}")


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


def _n_words(s: str) -> int:
    return len(s.split())


def _is_latin(s: str) -> bool:
    return len(_LATIN_RE.findall(s)) > len(_ARABIC_RE.findall(s))


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
    arabic_file = len(_ARABIC_RE.findall(text)) >= len(_LATIN_RE.findall(text))
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


def read_text(path: os.PathLike | str) -> str:
    """Read a UTF-8 text file (BOM allowed); raise :class:`CorpusError` naming
    the file and the byte where decoding fails, or that it is empty/binary."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise CorpusError(path, "empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(path, "binary content (NUL bytes), not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"not valid UTF-8: undecodable byte 0x{data[exc.start]:02x} at byte {exc.start}") from exc


def list_files(path: os.PathLike | str | Sequence[os.PathLike | str], pattern: str = "*.txt") -> list[tuple[Path, str]]:
    """Files of a corpus as ``(path, name)`` pairs, ``name`` relative to the
    folder given (the ``file`` column).  Folders are searched recursively for
    ``pattern``; explicit files are taken as they are."""
    if isinstance(path, (str, os.PathLike)):
        path = [path]
    out: list[tuple[Path, str]] = []
    for p in map(Path, path):
        if p.is_dir():
            found = sorted(f for f in p.rglob(pattern) if f.is_file())
            out.extend((f, f.relative_to(p).as_posix()) for f in found)
        elif p.is_file():
            out.append((p, p.name))
        else:
            raise CorpusError(p, "no such file or folder")
    if not out:
        raise CorpusError(", ".join(map(str, path)), f"no files matching {pattern!r}")
    return out


def _article_rows(name: str, text: str) -> Iterable[dict]:
    stem = Path(name).with_suffix("").as_posix()
    for no, seg in enumerate(segment_articles(text), start=1):
        if seg.body:
            first = seg.body[0].content(text)
            start = seg.body[0].start + len(first) - len(first.lstrip())
            body = text[start:seg.body[-1].end].rstrip()
        else:
            start, body = 0, ""
        updated = subheads = None
        stamps, heads = [], []
        for ln in seg.body:
            s = ln.content(text).strip()
            m = _STAMP_RE.match(s)
            if m:
                stamps.append(m.group("value"))
            elif _n_words(s) < PARAGRAPH_WORDS and not s.endswith(_SENTENCE_END):
                heads.append(s)
        updated = stamps[0] if stamps else None
        subheads = heads
        yield {
            "article_id": f"{stem}#{no}",
            "file": name,
            "article_no": no,
            "title": seg.title(),
            "captions": seg.header[1:],
            "text": body,
            "source": seg.source,
            "updated": updated,
            "subheads": subheads,
            "artifacts": _ARTIFACT_RE.findall(body),
            "offset": start,
            "n_chars": len(body),
            "n_tokens": sum(1 for m in _TOKEN_RE.finditer(body) if m.lastgroup != "punct"),
        }


def load_corpus(
    path: os.PathLike | str | Sequence[os.PathLike | str] | None = None,
    *,
    pattern: str = "*.txt",
    dedupe: bool = True,
) -> pd.DataFrame:
    """Load articles from a folder, a file, or a list of files.

    ``path`` defaults to :func:`libyanews.config.default_corpus` (the seeds,
    or ``$LIBYANEWS_CORPUS``).  Returns one row per article with the columns
    in :data:`COLUMNS`; ``text`` is verbatim.  With ``dedupe`` (default),
    ``duplicate_of`` names the earlier article a row republishes (see
    :mod:`libyanews.dedupe`).

    >>> corpus = load_corpus()
    >>> corpus.loc[corpus.duplicate_of.notna(), ["article_id", "duplicate_of"]].values.tolist()
    [['003_d9f07bdb5968e1f1#2', '000_0e1083c9c33184de#2']]
    """
    files = list_files(config.default_corpus() if path is None else path, pattern)
    rows = [row for file, name in files for row in _article_rows(name, read_text(file))]
    corpus = pd.DataFrame(rows, columns=COLUMNS[:-1])
    if dedupe:
        index = DuplicateIndex()
        corpus["duplicate_of"] = [index.add(a, t) for a, t in zip(corpus["article_id"], corpus["text"])]
    else:
        corpus["duplicate_of"] = None
    return corpus
