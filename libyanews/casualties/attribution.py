"""Stage 3 of the casualty reader: who the sentence credits (``reported_by``).

:func:`find_attribution` reads a sentence once and returns an
:class:`Attribution` record that every figure of the sentence shares.  The
first rule that finds a source phrase wins:

1. **according to**: ``وفقا لمصادر طبية``, ``حسب بيان ...``, ``وفق ما
   نقلته وكالة ...`` (``attribution_cues.csv``: according_to, then relay
   words skipped);
2. **the subject of a verb of saying**: ``قال محمد العزومي المتحدث باسم
   الكتيبة 302``, ``أعلنت قوات الوفاق``, or between كان and قد before the
   verb (``وكانت وكالة الصحافة الفرنسية قد أفادت``);
3. **a statement** whose author follows with ل or صادر عن: ``في تصريح
   للناطق باسم ...``, ``في بيان صادر عن ...``.

A source phrase runs up to eight words, to punctuation (quotation marks do
not end it), a stop word (a preposition, a complementizer), a day or month,
a recipient (``لوكالة ...``), a casualty word or a number that is not a
label.  The phrase as printed is ``attribution``; ``reported_by`` is the
source id found inside it (``libyanews.sources.find_sources``), else the
actor id, else the phrase itself.

    >>> view = view_of("قتل 23 شخصا في بنغازي، وفقا لمصادر طبية.")
    >>> att = find_attribution(view)
    >>> att.display, att.how
    ('مصادر طبية', 'according_to')
"""

from __future__ import annotations

from typing import NamedTuple

from ..normalize import normalize_with_offsets
from ..numbers import MATCH_OPTIONS, norm_word
from .sentence import MAX_TRIGGER_GAP, SentenceView, view_of  # noqa: F401  (view_of: docstring examples)

__all__ = ["NO_ATTRIBUTION", "QUOTES", "Attribution", "find_attribution"]

_MAX_PHRASE = 8           # words in a source phrase
QUOTES = frozenset({'"', "'", "“", "”", "«", "»", "‘", "’"})
_KAN = frozenset(norm_word(w) for w in ("كان", "كانت", "كانوا"))
_QAD = norm_word("قد")
_SADIR = frozenset(norm_word(w) for w in ("صادر", "الصادر"))
_AN = norm_word("عن")


class Attribution(NamedTuple):
    """Who a sentence credits.

    ``display`` is the source phrase as printed (ل of لمصادر dropped),
    ``reported_by`` the source id, actor id or phrase; ``start``/``end``
    its offsets; ``context_end`` where the reporter's description ends (the
    reporter's side may be named there); ``exclude`` the span whose places
    are the source's, not the event's; ``how`` the rule that found it
    (according_to, speech or statement)."""

    display: str | None
    reported_by: str | None
    start: int
    end: int
    context_end: int
    exclude: tuple[int, int]
    how: str | None


NO_ATTRIBUTION = Attribution(None, None, 0, 0, 0, (0, 0), None)


def find_attribution(view: SentenceView) -> Attribution:
    """Who the sentence credits (see the module docstring)."""
    found = _according_to(view) or _speech(view) or _statement(view)
    if found is None:
        return NO_ATTRIBUTION
    cue, a, b, how = found
    toks, text = view.toks, view.text
    start, end = view.start_of(a), toks[b - 1].end
    first = toks[a]
    if first.norm.startswith("لل") and len(first.norm) > 3:  # للناطق = ل + الناطق
        _, offsets = normalize_with_offsets(first.surface, **MATCH_OPTIONS)
        start = first.start + offsets.to_original(2)
        display = "ال" + text[start:end]
    else:
        display = text[start:end]
    display = display.strip("".join(QUOTES) + " ")
    reported = view.source_in(start, end) or view.actor_in(start, end) or display
    # The reporter's description runs on to a complementizer, a recipient
    # (لوكالة ...) or the end of the clause.
    told_to = view.lex.attribution.get("told_to", ())
    c = b
    while c < len(toks) and c - b < MAX_TRIGGER_GAP and not view.is_punct(c) and not view.cue(c, "barrier") \
            and not (toks[c].norm.startswith("ل") and view.is_in(c, told_to)):
        c += 1
    context_end = toks[c - 1].end if c > b else end
    if how == "according_to":  # a trailing attribution: its clause names where the source is
        _, clause_end = view.clause_bounds(cue)
        exclude = (toks[cue].start, toks[clause_end - 1].end if clause_end > cue else end)
    else:
        exclude = (start, end)
    return Attribution(display, reported, start, end, context_end, exclude, how)


def _according_to(view: SentenceView):
    """(cue token, phrase start, phrase end, "according_to") or None."""
    words = view.lex.attribution
    phrases = view.lex.attribution_phrases
    for k in range(len(view.toks)):
        m = phrases["according_to"].match_at(view, k) if "according_to" in phrases else None
        end = m[0] if m else (k + 1 if view.is_in(k, words.get("according_to", ())) else None)
        if end is None:
            continue
        while end < len(view.toks):
            m2 = phrases["relay"].match_at(view, end) if "relay" in phrases else None
            if m2:
                end = m2[0]
            elif view.is_in(end, words.get("relay", ())):
                end += 1
            else:
                break
        span = source_phrase(view, end)
        if span:
            return (k, *span, "according_to")
    return None


def _speech(view: SentenceView):
    """(verb token, subject start, subject end, "speech") or None."""
    speech = view.lex.attribution.get("speech", ())
    for k in range(len(view.toks)):
        if view.is_in(k, speech):
            span = _speaker(view, k)
            if span:
                return (k, *span, "speech")
    return None


def _statement(view: SentenceView):
    """(statement noun, author start, author end, "statement") or None."""
    statement = view.lex.attribution.get("statement", ())
    for k in range(len(view.toks) - 1):
        if not view.is_in(k, statement):
            continue
        nxt = k + 1
        if view.is_in(nxt, _SADIR) and view.has(nxt + 1, _AN):
            nxt += 2
        elif not view.toks[nxt].norm.startswith("ل"):
            continue
        span = source_phrase(view, nxt)
        if span:
            return (k, *span, "statement")
    return None


def source_phrase(view: SentenceView, k: int):
    """Token range of a source phrase starting at ``k``, or None."""
    words = view.lex.attribution
    cal = set().union(*view.lex.calendar.values()) if view.lex.calendar else set()
    b, n_words = k, 0
    while b < len(view.toks) and n_words < _MAX_PHRASE:
        tok = view.toks[b]
        if tok.kind == "punct" and tok.norm not in QUOTES:
            break
        if tok.kind == "word":
            if view.is_in(b, words.get("stop", ())) and not (view.has(b, _AN) and view.is_in(b - 1, _SADIR)):
                break
            if view.is_in(b, cal) or view.cue(b, "barrier"):
                break
            if b > k and tok.norm.startswith("ل") and view.is_in(b, words.get("told_to", ())):
                break
            if b in view.trigger_starts or view.noun(b) and view.noun(b)[0].kind:
                break
            n_words += 1
        elif tok.kind == "number" and not view.cue(b - 1, "label"):
            break
        b += 1
    while b > k and view.toks[b - 1].kind == "punct":
        b -= 1
    return (k, b) if n_words else None


def _speaker(view: SentenceView, v: int):
    """Subject of the verb of saying at ``v``: after it (VSO), or between
    كان and قد before it (وكانت وكالة الصحافة الفرنسية قد أفادت)."""
    if v >= 2 and view.has(v - 1, _QAD):
        a = v - 2
        while a >= 0 and not view.is_in(a, _KAN) and v - a <= _MAX_PHRASE + 2:
            a -= 1
        if a >= 0 and view.is_in(a, _KAN) and a + 1 < v - 1:
            return a + 1, v - 1
    return source_phrase(view, v + 1)
