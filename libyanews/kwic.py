"""Keyword in context: read the sentences behind a count.

Arabic runs right to left, so the context columns are named ``before`` and
``after`` (in reading order), not "left" and "right".

Example::

    >>> lines = kwic(load_corpus(), "القوات")      # every form of قوات, as printed
    >>> sorted(set(lines["match"]))
    ['القوات', 'قوات', 'لقوات', 'للقوات']
"""

from __future__ import annotations

import pandas as pd

from .actors import actor_labels, actor_mentions
from .corpus import load_corpus  # noqa: F401  (docstring examples)
from .tokenize import iter_tokens

__all__ = ["KWIC_COLUMNS", "kwic", "kwic_spans", "find_term"]

KWIC_COLUMNS = ["article_id", "before", "match", "after", "start", "end"]

_MATCH_OPTIONS = {"teh_marbuta": True}


def _stems(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) per word/number; ``start`` includes attached clitics."""
    out = []
    pending = None
    for tok in iter_tokens(text, clitics=True, **_MATCH_OPTIONS):
        if tok.kind == "clitic":
            pending = tok.start if pending is None else pending
            continue
        if tok.kind != "punct":
            out.append((tok.norm, tok.start if pending is None else pending, tok.end))
        pending = None
    return out


def _query_stems(term: str) -> list[str]:
    """The stems a query asks for.  A query word sheds its clitics only when
    they include the article (القوات, للقوات, والقوات → قوات): a bare word
    is taken as typed, so ``وفاق`` asks for وفاق (found in الوفاق), not for
    the verb فاق that the lexicon would split it into."""
    wanted: list[str] = []
    pieces: list[str] = []
    for tok in iter_tokens(term, clitics=True, **_MATCH_OPTIONS):
        if tok.kind == "clitic":
            pieces.append(tok.norm)
            continue
        if tok.kind != "punct":
            wanted.append(tok.norm if "ال" in pieces or not pieces else "".join(pieces) + tok.norm)
        pieces = []
    return wanted


def find_term(text: str, term: str) -> list[tuple[int, int]]:
    """Spans of ``term`` in ``text``, matched on normalized, clitic-split stems.

    ``term`` may be several words; each word matches whatever clitics are
    attached to it in the text and whatever its spelling of alef, ya, ta
    marbuta or diacritics, and the span covers the words as printed.  Write
    a query word bare (قوات) or with the article (القوات); other clitics in
    the query are kept as typed (see :func:`_query_stems`).

    >>> text = "وقتل 5 عناصر من القوات الحكومية، وانسحبت قوات حفتر."
    >>> [text[s:e] for s, e in find_term(text, "قوات")]
    ['القوات', 'قوات']
    >>> [text[s:e] for s, e in find_term(text, "القوات الحكومية")]
    ['القوات الحكومية']
    >>> text = "سيطرت قوات الوفاق، وقال الناطق باسم حكومة الوفاق"
    >>> [text[s:e] for s, e in find_term(text, "وفاق")]
    ['الوفاق', 'الوفاق']
    """
    wanted = _query_stems(term)
    if not wanted:
        raise ValueError(f"kwic: the term {term!r} has no word to match")
    stems = _stems(text)
    n = len(wanted)
    return [
        (stems[i][1], stems[i + n - 1][2])
        for i in range(len(stems) - n + 1)
        if all(stems[i + k][0] == wanted[k] for k in range(n))
    ]


def _line(article_id: str, text: str, start: int, end: int, width: int) -> dict:
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return {
        "article_id": article_id,
        "before": " ".join(before.split()),
        "match": text[start:end],
        "after": " ".join(after.split()),
        "start": start,
        "end": end,
    }


def kwic_spans(corpus: pd.DataFrame, spans: pd.DataFrame, *, width: int = 40) -> pd.DataFrame:
    """KWIC lines for spans already found (``article_id``, ``start``, ``end``),
    e.g. the rows of an actor or casualty table.  Extra columns of ``spans``
    are kept in front of the line.

    >>> corpus = load_corpus()
    >>> spans = pd.DataFrame({"article_id": ["001_2a210c8ead99e064#1"], "start": [11], "end": [16]})
    >>> kwic_spans(corpus, spans)[["before", "match"]].values.tolist()
    [['أعلنت قوات', 'حكومة']]
    """
    texts = corpus.set_index("article_id")["text"]
    extra = [c for c in spans.columns if c not in KWIC_COLUMNS]
    rows = []
    for rec in spans.itertuples(index=False):
        rec = rec._asdict()
        line = _line(rec["article_id"], texts[rec["article_id"]], int(rec["start"]), int(rec["end"]), width)
        rows.append({**{c: rec[c] for c in extra}, **line})
    return pd.DataFrame(rows, columns=extra + KWIC_COLUMNS)


def kwic(corpus: pd.DataFrame, term: str | None = None, *, actor: str | list[str] | None = None,
         width: int = 40, include_duplicates: bool = False, gazetteer=None) -> pd.DataFrame:
    """Every occurrence of ``term``, or every mention of ``actor``, with
    ``width`` characters of context.  Give exactly one of the two.

    ``term``: matching is on normalized, clitic-split stems (see
    :func:`find_term`), so ``kwic(corpus, "قوات")`` also finds القوات, لقوات
    and للقوات.  ``actor``: an actor id (or a list of ids) of the gazetteer
    (:func:`libyanews.actors.actor_mentions`, every alias of the actor); the
    lines then start with the ``actor`` and the ``alias`` that matched.
    Articles flagged ``duplicate_of`` are left out unless
    ``include_duplicates``.  ``start``/``end`` are offsets into the article's
    verbatim ``text``.

    >>> lines = kwic(load_corpus(), "داعش")
    >>> bool(lines["match"].str.contains("داعش").all())
    True
    >>> kwic(load_corpus(), actor="uae")[["alias", "match"]].values.tolist()
    [['إماراتي', 'إماراتية'], ['إمارتي', 'إمارتي']]
    """
    if (term is None) == (actor is None):
        raise ValueError("kwic: give exactly one of term or actor")
    if actor is not None:
        return _actor_lines(corpus, actor, width, include_duplicates, gazetteer)
    if not include_duplicates and "duplicate_of" in corpus:
        corpus = corpus[corpus["duplicate_of"].isna()]
    rows = [
        _line(article_id, text, start, end, width)
        for article_id, text in zip(corpus["article_id"], corpus["text"])
        for start, end in find_term(text, term)
    ]
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def _actor_lines(corpus: pd.DataFrame, actor, width: int, include_duplicates: bool, gazetteer) -> pd.DataFrame:
    wanted = [actor] if isinstance(actor, str) else list(actor)
    known = set(actor_labels(gazetteer)["actor"])
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise ValueError(f"kwic: unknown actor id(s) {', '.join(unknown)}; the gazetteer has {', '.join(sorted(known))}")
    mentions = actor_mentions(corpus, gazetteer, include_duplicates=include_duplicates)
    spans = mentions.loc[mentions["actor"].isin(wanted), ["actor", "alias", "article_id", "start", "end"]]
    return kwic_spans(corpus, spans.reset_index(drop=True), width=width)
