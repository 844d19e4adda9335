"""Stage 6 of the casualty reader: running totals (``cumulative``).

A figure is a **running total**, not one event, when its clause has a
cumulative cue (``منذ``, ``حتى الآن``, ``الحصيلة الإجمالية`` ...,
``casualty_cues.csv``: cumulative) or a beginning with a date (``التي بدأت
في أيار``, ``منذ انطلاق ... في 2016``: a begin cue followed within two words
by في/منذ and a month or a number).  Events never fold a running total with
a single attack (:mod:`libyanews.casualties.events`).

    >>> is_cumulative(view_of("قتل 350 مدنيا منذ بدء الحرب."), 1)
    True
    >>> is_cumulative(view_of("قتل 5 مدنيين في الغارة."), 1)
    False
"""

from __future__ import annotations

from ..numbers import norm_word
from .sentence import SentenceView, view_of  # noqa: F401  (view_of: docstring examples)

__all__ = ["is_cumulative"]

_FI = norm_word("في")
_MUNDHU = norm_word("منذ")


def is_cumulative(view: SentenceView, anchor: int) -> bool:
    """True when the clause of token ``anchor`` makes its figure a running total."""
    a, b = view.clause_bounds(anchor)
    return view.memo(("cumulative", a, b), lambda: _cumulative_clause(view, a, b))


def _cumulative_clause(view: SentenceView, a: int, b: int) -> bool:
    """True when tokens ``[a, b)`` (a clause) make its figures running totals."""
    phrases = view.lex.cue_phrases.get("cumulative")
    months = view.lex.calendar.get("month", frozenset())
    for k in range(a, b):
        if view.cue(k, "cumulative") or (phrases and phrases.match_at(view, k)):
            return True
        if view.cue(k, "begin"):
            for x in range(k + 1, min(k + 3, b)):
                if view.has(x, _FI) or view.has(x, _MUNDHU):
                    if any(view.is_in(y, months) or (y < len(view.toks) and view.toks[y].kind == "number")
                           for y in range(x + 1, min(x + 4, b))):
                        return True
    return False
