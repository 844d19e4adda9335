"""Stage 2c of the casualty reader: a list of victims under one casualty word is one figure.

Reporters often name the victims instead of counting them.  A list that a
noun opens, joined by و under one casualty word, counts the people in it
(the catalogue's construction L45, "list sum"):

* nouns of one class: ``مقتل طبيبين وممرض ومسعف`` = 4, ``قتل امرأة وطفل`` = 2;
* a noun and a number: ``مقتل قائد عسكري يمني و19 جنديا`` = 20,
  ``إصابة امرأة وخمسة من أبنائها`` = 6;
* kin after any figure: ``مقتل رجل وابنه`` = 2, ``أصيب 3 أطفال ووالدتهم`` = 4.

Groups of different classes stay apart (``ثلاثة من عناصر الكتيبة وامرأة
وطفل``: 3 combatants and 2 civilians), so do soldiers and the gunmen they
fought (``مقتل جندي وثلاثة مسلحين``: 1 and 3), and so does a list that a number
opens (``مقتل 4 جنود و12 مسلحا``: two groups, each its own figure).  The
kin words are the cue ``kin`` of ``casualty_cues.csv``.

    >>> from libyanews.casualties.figures import read_figures
    >>> [(f.best, f.form) for f in read_figures(view_of("قتل طبيبان وممرض ومسعف في الغارة."))[0]]
    [(4, 'list')]
"""

from __future__ import annotations

from dataclasses import replace

from ..numbers import norm_word
from .records import Figure
from .sentence import MIN, SentenceView, view_of  # noqa: F401  (view_of: docstring examples)

__all__ = ["sum_lists"]

_MAX_BETWEEN = 3          # words that describe one item before the next (قائد عسكري يمني و19 جنديا)
_ANOTHER = frozenset(norm_word(w) for w in ("آخر", "أخرى", "ثان", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع"))


def sum_lists(view: SentenceView, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each list of victims (module docstring) made one figure."""
    if not figures:
        return figures
    order = sorted(figures, key=lambda f: f.start)
    merged: dict[int, Figure] = {}
    absorbed: set[int] = set()
    n = 0
    while n < len(order):
        head = order[n]
        n += 1
        if head.qualifier != "exact" or head.best is None or head.low != head.best or head.high != head.best:
            continue
        total, last, cls = head.best, head, _class(view, head)
        if head.form in ("singular", "dual"):
            while n < len(order) and _joins(view, last, order[n]) and _same_group(view, head, order[n], cls):
                total += order[n].best
                last = order[n]
                absorbed.add(id(last))
                n += 1
        end_tok, kin = _kin_after(view, view.token_at_or_after(last.end))
        total += kin
        if last is not head or kin:
            end = view.toks[end_tok - 1].end if kin else last.end
            merged[id(head)] = replace(head, low=total, best=total, high=total, form="list", end=end)
    if not merged:
        return figures
    return [merged.get(id(f), f) for f in figures if id(f) not in absorbed]   # in the order found


def _class(view: SentenceView, f: Figure) -> str:
    """civilians, combatants or unknown: the class of the noun a figure counts."""
    counted = f.counted
    if counted is not None and hasattr(counted[0], "victim"):
        return counted[0].victim
    k = view.token_at_or_after(f.end)
    if view.has(k, MIN) and view.cue(k + 1, "kin"):
        return "kin"          # خمسة من أبنائها: whoever's they are
    return "unknown"


def _same_group(view: SentenceView, head: Figure, f: Figure, cls: str) -> bool:
    if f.kind != head.kind or f.trigger.i != head.trigger.i or f.qualifier != "exact" or f.best is None:
        return False
    after = view.token_at_or_after(f.end)
    if view.cue(after, "ordinal") or view.is_in(after, _ANOTHER) or view.is_in(after - 1, _ANOTHER):
        return False    # مقتل ضابط وجندي آخر: "another", told one by one
    if _opposed(head, f):
        return False    # مقتل جندي من الجيش السوري وثلاثة مسلحين: two sides of a fight, each its own figure
    other = _class(view, f)
    return other == cls or other == "kin"


#: The words for a state's men and for those who fight them: a list of one of
#: each names the two sides of a clash, not one group of victims.
_STATE_MEN = frozenset(norm_word(w) for w in ("جندي", "ضابط", "شرطي", "عسكري", "منتسب", "حارس", "دركي"))
_FIGHTING_MEN = frozenset(norm_word(w) for w in ("مسلح", "إرهابي", "متشدد", "مهاجم", "انتحاري", "مقاتل", "متمرد"))


def _opposed(a: Figure, b: Figure) -> bool:
    """One figure counts soldiers or police and the other gunmen or fighters."""
    nouns = [getattr(f.counted[0], "singular", None) if f.counted is not None else None for f in (a, b)]
    return (nouns[0] in _STATE_MEN and nouns[1] in _FIGHTING_MEN) or (nouns[0] in _FIGHTING_MEN and nouns[1] in _STATE_MEN)


def _joins(view: SentenceView, a: Figure, b: Figure) -> bool:
    """``b`` is joined by و to ``a``, after at most a few words that describe ``a``."""
    a_end, b_start = view.token_at_or_after(a.end), _token_of(view, b.start)
    if b_start < a_end:
        return False
    if view.conj(b_start):
        between = range(a_end, b_start)
    elif b_start > 0 and view.norm_at(b_start - 1) == "و":
        between = range(a_end, b_start - 1)
    else:
        return False
    if len(between) > _MAX_BETWEEN:
        return False
    return all(view.toks[x].kind == "word" and not view.conj(x) and x not in view.trigger_tokens
               and not view.cue(x, "barrier") for x in between)


def _kin_after(view: SentenceView, k: int) -> tuple[int, int]:
    """(end token, how many) of kin joined by و after token ``k`` (``وابنه``,
    ``ووالدتهم``), past a few describing words (``مهندس إيطالي وسائقه``)."""
    x, skipped = k, 0
    while skipped < _MAX_BETWEEN and x < len(view.toks) and view.toks[x].kind == "word" and not view.conj(x) \
            and x not in view.trigger_tokens and not view.cue(x, "barrier") and not view.in_number[x] \
            and not _is_kin(view, x):
        x, skipped = x + 1, skipped + 1
    count, end = 0, k
    kin = view.lex.cues.get("kin", frozenset()) | view.lex.cues.get("kin_two", frozenset())
    while x < len(view.toks) and _is_kin(view, x) and (view.conj(x) or view.toks[x].norm[1:] in kin):
        more = 2 if view.cue(x, "kin_two") else 1   # وطفليه: his two children
        count, end, x = count + more, x + 1, x + 1   # وابنه, ووالدتهم (و + a kin word that itself opens with و)
    return end, count


def _is_kin(view: SentenceView, x: int) -> bool:
    return view.cue(x, "kin") or view.cue(x, "kin_two")


def _token_of(view: SentenceView, offset: int) -> int:
    """The token that holds ``offset`` (a figure may start after a clitic: و|19)."""
    return max(0, view.token_at_or_after(offset + 1) - 1)
