"""Indexes over one sentence's tokens and over a text's mentions.

The reader's stages ask the same kinds of question again and again: how many
negation cues lie between two tokens, where the clause around a token ends,
which actor mention overlaps a span.  Scanning the sentence for each answer
makes a sentence of many figures quadratic (a page of tolls on one line).
These indexes answer by prefix counts and bisection instead, with the same
answers as the scans, so that reading a sentence takes time linear in its
length.  :class:`TokenIndexes` is the part of
:class:`~libyanews.casualties.sentence.SentenceView` that answers them;
:class:`Mentions` holds the sorted actor and source mentions of a text.

    >>> from libyanews.casualties.sentence import view_of
    >>> view = view_of("قتل 5 أشخاص، وأصيب 7 آخرون في سرت.")
    >>> view.clause_bounds(1)            # the clause of «5» ends at the comma
    (0, 3)
    >>> view.count("clause_punct", 0, len(view.toks))
    2
    >>> Mentions([(0, 4, "gna"), (10, 14, "isis")]).first_overlapping(11, 12)
    'isis'
"""

from __future__ import annotations

import bisect

__all__ = ["CLAUSE_PUNCT", "Mentions", "TokenIndexes", "as_mentions"]

CLAUSE_PUNCT = frozenset({"،", ",", "؛", ";", ":", "."})
_DASHES_AND_CLOSERS = frozenset({"-", "–", "—", ")", "]", "}"})


class TokenIndexes:
    """Questions about positions in a sentence's tokens, answered from
    indexes built on first use.  The sentence view that inherits this sets
    ``toks``, ``cue_names``, ``_n``, the ``pre``/``post`` triggers with their
    sorted first tokens ``_pre_i``/``_post_i``, and the empty caches
    ``_prefix``, ``_positions``, ``_memo`` and ``_clause``."""

    def count(self, name: str, a: int, b: int) -> int:
        """How many tokens in ``[a, b)`` are ``name``: a cue of casualty_cues.csv,
        or "barrier_between" (what :meth:`barrier_between` looks for), or
        "clause_punct" (what ends a clause)."""
        prefix = self._prefix.get(name)
        if prefix is None:
            prefix = self._prefix[name] = _prefix_counts(self._mask(name))
        a, b = max(a, 0), min(b, self._n)
        return prefix[b] - prefix[a] if b > a else 0

    def positions(self, name: str) -> list[int]:
        """Sorted tokens that are ``name`` (see :meth:`count`)."""
        found = self._positions.get(name)
        if found is None:
            found = self._positions[name] = [k for k, hit in enumerate(self._mask(name)) if hit]
        return found

    def last_before(self, name: str, i: int, lo: int = 0) -> int | None:
        """The last token ``k`` in ``[lo, i)`` that is ``name``, or None."""
        found = self.positions(name)
        n = bisect.bisect_left(found, i) - 1
        return found[n] if n >= 0 and found[n] >= lo else None

    def _mask(self, name: str) -> list[bool]:
        if name == "barrier_between":
            stops = {".", "؛", ";", ":"}
            return [("barrier" in c or "relative" in c) or (t.kind == "punct" and t.norm in stops)
                    for c, t in zip(self.cue_names, self.toks)]
        if name == "clause_punct":
            return [t.kind == "punct" and t.norm in CLAUSE_PUNCT for t in self.toks]
        if name == "speaker_stop":
            return [("barrier" in c or "relative" in c) or (t.kind == "punct" and t.norm in CLAUSE_PUNCT)
                    for c, t in zip(self.cue_names, self.toks)]
        if name == "dash_or_closer":
            return [t.norm in _DASHES_AND_CLOSERS for t in self.toks]
        return [name in c for c in self.cue_names]

    def token_at_or_after(self, offset: int) -> int:
        """The first token that starts at or after ``offset`` (``len(toks)`` if none)."""
        starts = self._memo.get("starts")
        if starts is None:
            starts = self._memo["starts"] = [t.start for t in self.toks]
        return bisect.bisect_left(starts, offset)

    def pre_between(self, a: int, b: int) -> bool:
        """A pre trigger starts in tokens ``[a, b)``."""
        n = bisect.bisect_left(self._pre_i, a)
        return n < len(self._pre_i) and self._pre_i[n] < b

    def post_within(self, a: int, b: int) -> list:
        """Post triggers that start in tokens ``[a, b]``, in order."""
        lo = bisect.bisect_left(self._post_i, a)
        hi = bisect.bisect_right(self._post_i, b)
        return self.post[lo:hi]

    def pre_within(self, a: int, b: int) -> list:
        """Pre triggers that start in tokens ``[a, b]``, in order."""
        lo = bisect.bisect_left(self._pre_i, a)
        hi = bisect.bisect_right(self._pre_i, b)
        return self.pre[lo:hi]

    def is_punct(self, i: int, chars=CLAUSE_PUNCT) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].kind == "punct" and self.toks[i].norm in chars

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """Token range of the comma-delimited clause around token ``i``."""
        if 0 <= i <= self._n:
            clause = self._clause
            if clause is None:
                clause = self._clause = _clause_index(self)
            return clause[0][i], clause[1][i]
        a = i
        while a > 0 and not self.is_punct(a - 1):
            a -= 1
        b = i
        while b < len(self.toks) and not self.is_punct(b):
            b += 1
        return a, b

    def barrier_between(self, a: int, b: int) -> bool:
        """A new clause (إن, فيما, a relative pronoun, ؛ :) between tokens a and b."""
        return self.count("barrier_between", a, b) > 0


class Mentions(list):
    """Sorted ``(start, end, id)`` mentions of a text with the indexes that
    answer "which mention overlaps this span?" by bisection instead of a scan
    (the same answers as the scan: the first mention in list order)."""

    def __init__(self, items=()):
        super().__init__(items)
        self._index = None
        self.cache: dict = {}     # what the stages derive from the mentions of one text

    def extend(self, items) -> None:
        super().extend(items)
        self._index = None
        self.cache.clear()

    def _built(self):
        """(starts, ends, running maximum of ends, starts sorted, ends sorted), built once."""
        if self._index is None:
            starts = [m[0] for m in self]
            ends = [m[1] for m in self]
            running, top = [], None
            for e in ends:
                top = e if top is None or e > top else top
                running.append(top)
            self._index = (starts, ends, running, all(a <= b for a, b in zip(starts, starts[1:])),
                           all(a <= b for a, b in zip(ends, ends[1:])))
        return self._index

    def first_overlapping(self, start: int, end: int):
        """Id of the first mention (list order) with ``s < end and e > start``, or None."""
        if not self:
            return None
        _, _, running, starts_sorted, _ = self._built()
        if not starts_sorted:
            return next((ident for s, e, ident in self if s < end and e > start), None)
        n = bisect.bisect_right(running, start)   # the first mention that ends after start
        if n < len(self) and self[n][0] < end:
            return self[n][2]
        return None

    def first_ending_after(self, offset: int) -> int:
        """Index of the first mention (list order) that ends after ``offset`` (``len`` if none)."""
        return bisect.bisect_right(self._built()[2], offset) if self else 0

    def first_at_or_after(self, offset: int) -> int | None:
        """With starts sorted: index of the first mention that starts at or after ``offset``; else None."""
        starts, _, _, starts_sorted, _ = self._built()
        return bisect.bisect_left(starts, offset) if starts_sorted else None

    def ending_by(self, offset: int) -> int | None:
        """With ends sorted: how many mentions (a prefix) end at or before ``offset``; else None."""
        _, ends, _, _, ends_sorted = self._built()
        return bisect.bisect_right(ends, offset) if ends_sorted else None

    def any_covering(self, upto: int, reach: int) -> bool:
        """A mention that starts at or before ``upto`` and ends at or after ``reach``."""
        if not self:
            return False
        starts, _, running, starts_sorted, _ = self._built()
        if not starts_sorted:
            return any(s <= upto and e >= reach for s, e, _ in self)
        n = bisect.bisect_right(starts, upto)
        return n > 0 and running[n - 1] >= reach


def as_mentions(items) -> Mentions:
    """``items`` as :class:`Mentions` (the same object when it is one)."""
    return items if isinstance(items, Mentions) else Mentions(items)


def _prefix_counts(mask) -> list[int]:
    out = [0]
    total = 0
    for hit in mask:
        total += bool(hit)
        out.append(total)
    return out


def _clause_index(view: TokenIndexes) -> tuple[list[int], list[int]]:
    """Per token (and one past the last), where its clause starts and ends."""
    n = view._n
    punct = [t.kind == "punct" and t.norm in CLAUSE_PUNCT for t in view.toks]
    starts = [0] * (n + 1)
    last = -1
    for i in range(n + 1):
        starts[i] = last + 1
        if i < n and punct[i]:
            last = i
    ends = [n] * (n + 1)
    nxt = n
    for i in range(n, -1, -1):
        if i < n and punct[i]:
            nxt = i
        ends[i] = nxt
    return starts, ends
