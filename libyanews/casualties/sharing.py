"""Stage 4c of the casualty reader: the victims one figure shares with the next in its sentence.

Rule ``sentence``: a figure without victim words of its own takes the victim
of a figure it is coordinated with: the next one when that one's phrase is a
partitive group or "others" (``مقتل 4 وإصابة 9 من المقاتلين``), else the
one before it in the sentence (``قتل 5 مدنيين فيما أصيب 12 بجروح``).

    >>> from .sentence import view_of
    >>> from .figures import read_figures
    >>> from .attribution import find_attribution
    >>> from .victims import find_victim
    >>> view = view_of("أسفرت المواجهات عن مقتل 4 وإصابة 9 من المقاتلين.")
    >>> figures = read_figures(view)[0]
    >>> [v.victim for v in share_victims(view, figures, [find_victim(view, f, find_attribution(view), [])
    ...                                                  for f in figures])]
    ['combatants', 'combatants']
"""

from __future__ import annotations

from ..numbers import norm_word
from .records import Figure
from .sentence import MIN, SentenceView
from .victims import Victim

__all__ = ["share_victims"]

_OTHER = norm_word("آخر")


def share_victims(view: SentenceView, figures: list[Figure], victims: list[Victim]) -> list[Victim]:
    """Rule ``sentence``: a figure without victim words of its own takes the
    victim of a figure it is coordinated with (the next one when that one's
    phrase is a partitive group or "others": ``مقتل 4 وإصابة 9 من المقاتلين``;
    else the one before it in the sentence: ``فيما أصيب 12 بجروح``).
    ``figures`` and ``victims`` are in the order found; so is the result."""
    order = sorted(range(len(figures)), key=lambda n: figures[n].start)
    out = list(victims)
    for pos in range(len(order) - 2, -1, -1):  # 9 و6 و12 و7 من عناصر التنظيم: from the last one back
        n, nxt = order[pos], order[pos + 1]
        others = figures[nxt].counted is not None and figures[nxt].counted[0].singular == _OTHER
        if (not out[n].specific or others and out[n].victim == "unknown") and out[nxt].specific \
                and out[nxt].victim != "unknown" \
                and _coordinated(view, figures[n], figures[nxt]) \
                and (_shares_forward(figures[nxt], out[nxt]) or out[nxt].basis == "sentence"
                     or figures[n].counted is None and not out[n].text):  # وفاة 23 وإصابة 41 مهاجرا
            out[n] = out[n]._replace(victim=out[nxt].victim, basis="sentence", specific=True)
    for pos, n in enumerate(order):
        if out[n].specific:
            continue
        prev = order[pos - 1] if pos else None
        if prev is not None and (out[prev].specific or out[prev].basis == "sentence"):
            out[n] = out[n]._replace(victim=out[prev].victim, basis="sentence")
    return out


def _coordinated(view: SentenceView, first: Figure, second: Figure) -> bool:
    """Two figures joined by و into one toll, with nothing but casualty words between."""
    a = view.token_at_or_after(first.end)
    b = view.token_at_or_after(second.start)
    between = range(a, b)
    if not between:
        return b < len(view.toks) and view.conj(b)  # بقتيل واثنين جرحى
    if len(between) > 3:
        return False
    return (view.conj(a) or view.norm_at(a) == "و") and all(
        view.toks[x].kind == "word" and (x in view.trigger_tokens or view.toks[x].norm == "و" or x == a)
        for x in between)


def _shares_forward(figure: Figure, victim: Victim) -> bool:
    """The later figure's phrase covers the earlier one too: a partitive
    group (``وإصابة 9 من المقاتلين``) or "others" (``و22 آخرين من المدنيين``)."""
    words = victim.text.split()
    return bool(words) and (norm_word(words[0]) in (MIN, norm_word("في"), norm_word("بين"))
                            or (figure.counted is not None and figure.counted[0].singular == _OTHER)
                            or len(words) > 1 and norm_word(words[1]) in (MIN, norm_word("في"), norm_word("بين")))
    # 4 قتلى و7 جرحى في صفوف مسلحي المجلس: "in the ranks of" after the casualty word too
