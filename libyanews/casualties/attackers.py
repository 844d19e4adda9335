"""Stage 3b of the casualty reader: who attacked (``attacker``).

:func:`find_attackers` lists the actors a sentence names as the attacker, so
that the victims stage never takes the attacker for the victim and each
figure can say who attacked:

* an actor right after a word of attack (``casualty_cues.csv``: attack),
  maybe after ل or a verb of carrying out: ``غارة للتحالف``, ``قصف شنه
  طيران حفتر``, ``هجوم لتنظيم داعش``, ``بطائرات مسيرة إماراتية``, ``قذائف
  قوات حفتر``;
* an actor next to a claim of responsibility (claim): ``تبنى تنظيم داعش
  الهجوم``, ``أعلن حفتر مسؤوليته``;
* the subject of an active verb of killing or attack whose object is the
  toll: ``قتلت قوات الوفاق 10 من المسلحين``, ``شنت قوات حفتر غارات``.

    >>> view = view_of("قتل 5 مدنيين في غارة لطيران حفتر.", actors=[(21, 26, "lna")])
    >>> find_attackers(view)
    ['lna']
"""

from __future__ import annotations

from ..numbers import norm_word
from .sentence import SentenceView, view_of  # noqa: F401  (view_of: docstring examples)

__all__ = ["find_attackers"]

_CARRIED_OUT = frozenset(norm_word(w) for w in (
    "شنه", "شنته", "شنها", "نفذه", "نفذته", "نفذها", "شنتها", "يشنها", "تشنها", "قام", "قامت", "به", "بها"))
_AGAINST = frozenset(norm_word(w) for w in ("على", "ضد", "في", "من", "إلى", "نحو", "مواقع", "مواقعه", "تمركزات"))
_ACTIVE = frozenset(norm_word(w) for w in (
    "قتلت", "قتل", "قتلوا", "أوقعت", "أوقع", "شنت", "شن", "قصفت", "قصف", "هاجمت", "هاجم", "أعدم", "أعدمت",
    "اغتالت", "اغتال", "استهدفت", "أطلقت", "فجر", "فجرت", "نفذت", "نفذ", "أسقطت"))


def find_attackers(view: SentenceView) -> list[str]:
    """Actor ids the sentence names as attackers, in order of mention, each once."""
    out: list[str] = []
    if not view.actors:
        return out
    starts = [t.start for t in view.toks]
    first = view.actors.first_at_or_after(view.sentence.start)
    for s, e, ident in view.actors if first is None else view.actors[first:]:
        if first is not None and s >= view.sentence.end:
            break   # starts are sorted: the rest are after the sentence
        if not (view.sentence.start <= s < view.sentence.end) or ident in out:
            continue
        k = _token_at(starts, s)
        if k is not None and _attacks(view, k):
            out.append(ident)
    return out


def _token_at(starts: list[int], offset: int) -> int | None:
    """Index of the token that starts at or just before ``offset``."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1 if lo else None


def _attacks(view: SentenceView, k: int) -> bool:
    """The actor named at token ``k`` is an attacker (module docstring)."""
    for back in (1, 2, 3):
        x = k - back
        if x < 0 or view.toks[x].kind != "word" or view.is_in(x, _AGAINST) or view.cue(x, "target"):
            break  # غارة على داعش, قصف ضد قوات حفتر: the target
        if view.cue(x, "attack") and back <= 2 or view.is_in(x, _CARRIED_OUT) and view.cue(x - 1, "attack") \
                or view.is_in(x, _CARRIED_OUT) and back == 1:
            return True
        if view.cue(x, "claim") or view.is_in(x, _ACTIVE) and back == 1:
            return True
    if view.toks[k].norm.startswith("ل") and view.cue(k - 1, "attack"):
        return True  # غارة للتحالف: the actor word carries ل
    if view.cue(k, "attack") and view.toks[k].kind == "word" and k + 1 < len(view.toks):
        return False
    return any(view.cue(x, "claim") for x in range(k + 1, min(k + 5, len(view.toks))))
