"""Stage 5 of the casualty reader: where it happened (``place``).

:func:`find_places` lists the Libyan places (``data/places.csv``) a sentence
puts something in or near: a place name after a locative (``في``, ``قرب``,
``جنوب``, ``داخل`` ...) or carrying the preposition ب (``بمحور أبوقرين``).
A place is a gazetteer name (``بنغازي``), a place word + a name (``مدينة
مرزق`` → مرزق), a place word + a definite name (``حي الدولار``), or
``الحي رقم 1``.  Places inside the attribution (``مصادر في مستشفى ...``)
are the source's, not the event's, and are left out; the names are joined
by "، ".

    >>> find_places(view_of("قتل 5 أشخاص في حي الدولار ببنغازي."), (0, 0))
    'حي الدولار، بنغازي'
"""

from __future__ import annotations

from ..lexicon import letters
from ..numbers import norm_word
from .sentence import PHRASE_END, SentenceView, view_of  # noqa: F401  (view_of: docstring examples)

__all__ = ["find_places"]

_RAQM = norm_word("رقم")
_LOCATIVES = frozenset(norm_word(w) for w in (
    "في", "قرب", "بالقرب", "داخل", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
    "وسط", "أطراف", "ضواحي", "محيط", "عند", "حول", "مدخل"))


def find_places(view: SentenceView, exclude: tuple[int, int]) -> str | None:
    """Places the sentence puts something in or near, outside the offsets ``exclude``."""
    names: list[str] = []
    seen: set[str] = set()
    k = 0
    while k < len(view.toks):
        found = _place_at(view, k) if _locative(view, k) else None
        if found is None:
            k += 1
            continue
        s, e, k = found
        name = view.text[s:e]
        if not (exclude[0] <= s < exclude[1]) and name not in seen:
            seen.add(name)
            names.append(name)
    return "، ".join(names) if names else None


def _locative(view: SentenceView, k: int) -> bool:
    """Token ``k`` follows في/قرب/جنوب ... or carries the preposition ب."""
    if view.is_in(k - 1, _LOCATIVES):
        return True
    n = view.skip(k)
    return bool(n) and "ب" in letters(view.toks[k].surface)[:n]


def _place_at(view: SentenceView, k: int):
    """(start, end, next token) of a place named at token ``k``, or None."""
    n = len(view.toks)
    m = view.lex.places.match_at(view, k)
    if m:
        return (*view.slice(k, m[0]), m[0])
    if not view.is_in(k, view.lex.place_classes) or k + 1 >= n:
        return None
    if view.has(k + 1, _RAQM) and k + 2 < n and view.toks[k + 2].kind == "number":
        return (*view.slice(k, k + 3), k + 3)
    if view.definite(k):
        return None
    m = view.lex.places.match_at(view, k + 1)
    if m:
        return (*view.slice(k + 1, m[0]), m[0])
    stops = view.lex.attribution.get("stop", frozenset())
    if (view.toks[k + 1].kind == "word" and view.definite(k + 1) and not view.conj(k + 1)
            and not view.is_in(k + 1, PHRASE_END) and not view.is_in(k + 1, stops)):
        return (*view.slice(k, k + 2), k + 2)
    return None
