"""Stage 4b of the casualty reader: the side the words around a victim phrase tie the victims to.

:mod:`~libyanews.casualties.victims` reads the victim phrase itself; this
module reads what is said of the victims next to it:

* a relative clause inside the subject or after it: ``ستة من المسلحين الذين
  نقلتهم أنقرة للقتال إلى جانب قوات الوفاق قتلوا`` (gna), ``18 مسلحا من
  الجنجويد الذين يقاتلون ضمن قوات حفتر`` (lna);
* a clause of belonging: ``إرهابيين اثنين ينتميان إلى تنظيم القاعدة``;
* losses inflicted on "them": ``صد هجوما لقوات حفتر وكبدها 12 قتيلا`` (lna);
* a people's adjective alone (``6 عمال مصريين``): who they are, not the state;
* what was attacked: ``غارة على مواقع لتنظيم داعش``, ``قصفت رتلا لقوات حفتر``.

    >>> from .sentence import view_of
    >>> view = view_of("قتلت «إرهابيين اثنين» ينتميان إلى تنظيم القاعدة.", actors=[(30, 43, "alqaeda")])
    >>> belonging_after(view, 5, [])
    'alqaeda'
"""

from __future__ import annotations

import bisect

from ..numbers import norm_word
from .sentence import CLOSERS, SentenceView, relative_clause_end

__all__ = ["attack_on", "belonging_after", "demonym_only", "fighting_for", "inflicted_on", "last_organisation",
           "named_actor", "relative_side", "struck_side", "target_actor"]

_REACH = 10               # words of a victim phrase or of the clause after it
_NISBA = ("ي", "يه", "يين", "يون", "يا", "يات")


_ALONGSIDE = frozenset(norm_word(w) for w in ("جانب", "صفوف", "ضمن", "لصالح", "لحساب"))


def relative_side(view: SentenceView, b: int, attackers) -> str | None:
    """The side of fighters a relative clause describes between a counted
    subject and its verb (``ستة من المسلحين الذين نقلتهم أنقرة للقتال إلى جانب
    قوات الوفاق قتلوا`` → gna, ``أربعة من الشبان الذين استقدمتهم شركة فاغنر ...
    لقوا حتفهم`` → russia): the actor after "alongside / in the ranks of",
    else the first actor of the clause; never the attacker."""
    verb = relative_clause_end(view, b) if b < len(view.toks) else None
    if verb is None:
        return fighting_for(view, b, attackers)
    for x in range(b + 1, verb - 1):
        if view.is_in(x, _ALONGSIDE):
            found = view.actor_in(view.toks[x + 1].start, view.toks[verb - 1].end)
            if found is not None:
                return found if found not in attackers else None
    found = view.actor_in(view.toks[b + 1].start, view.toks[verb - 1].end)
    return found if found is not None and found not in attackers else None


_BELONG_STEMS = tuple(norm_word(w) for w in ("ينتم", "تنتم", "بانتمائ", "المنتم", "منتمين", "منتمون", "لانتمائ",
                                             "المبايع", "مبايع"))   # جيش خالد، المبايع لتنظيم داعش
_HEDGES = frozenset(norm_word(w) for w in ("يشتبه", "يعتقد", "يرجح", "قيل", "يقال", "الذين", "اللذين", "ممن", "أنهم",
                                            "أنهما", "بأنهم"))
_BELONG_REACH = 6         # words from "belonging to" to the actor named


_INFLICT_BACK = 15        # words back from "inflicted on them" to the attack they repelled
_ADVANCES = frozenset(norm_word(w) for w in ("هجوما", "تقدما", "محاولة", "زحفا"))


def inflicted_on(view: SentenceView, f: int) -> str | None:
    """The victims of ``كبدتها 40 قتيلا`` (cue ``inflicted_on`` right before
    the figure at token ``f``): the side whose attack the sentence named
    before (``صدت هجوما لقوات حفتر وكبدها``: that side, attacker of the
    attack and victim of the losses), else combatants."""
    v = f - 1
    while v >= 0 and view.toks[v].kind == "word" and view.lex.qual_before.match_at(view, v) and v > f - 4:
        v -= 1
    if v < 0 or not view.cue(v, "inflicted_on"):
        return None
    for x in range(v - 1, max(-1, v - _INFLICT_BACK), -1):
        if view.is_punct(x, {".", "؛", ";"}) or view.cue(x, "barrier"):
            break
        if view.cue(x, "attack") or view.is_in(x, _ADVANCES):
            found = view.actor_in(view.toks[x].end, view.toks[min(len(view.toks), x + 5) - 1].end)
            if found is not None:
                return found
    return "combatants"


def belonging_after(view: SentenceView, b: int, attackers) -> str | None:
    """The side the victims are said to belong to right after the figure
    (``قتلت «إرهابيين اثنين» ينتميان إلى تنظيم القاعدة``, ``تقتل 27 يشتبه
    بانتمائهم لداعش``)."""
    x = b
    while x < len(view.toks) and x < b + 3 and (view.toks[x].norm in CLOSERS or view.toks[x].norm in ("،", ",")
                                                 or view.is_in(x, _HEDGES)):
        x += 1
    if x >= len(view.toks) or not view.toks[x].norm.startswith(_BELONG_STEMS):
        return None
    for y in range(x, min(len(view.toks), x + _BELONG_REACH)):
        if y > x and (view.is_punct(y) or view.cue(y, "barrier")):
            return None
        found = view.actor_in(view.toks[y].start, view.toks[y].end)
        if found is not None:
            return found if found not in attackers else None
    return None


def fighting_for(view: SentenceView, b: int, attackers) -> str | None:
    """The side a relative clause after the victim phrase says they fight
    for (``18 مسلحا من الجنجويد الذين يقاتلون ضمن قوات حفتر`` → lna): the
    actor after "alongside / in the ranks of", in the clause (to a comma)."""
    if b >= len(view.toks) or view.norm_at(b) not in _FIGHTERS_WHO:
        return None
    for x in range(b + 1, min(len(view.toks) - 1, b + 1 + _REACH)):
        if view.is_punct(x) or view.cue(x, "barrier") or x in view.trigger_starts:
            return None
        if view.is_in(x, _ALONGSIDE):
            found = view.actor_in(view.toks[x + 1].start, view.toks[min(len(view.toks), x + 5) - 1].end)
            return found if found is not None and found not in attackers else None
    return None


_FIGHTERS_WHO = frozenset(norm_word(w) for w in ("الذين", "اللذين", "اللذان", "الذي", "التي"))


def demonym_only(view: SentenceView, a: int, b: int) -> bool:
    """The only actor named in tokens ``[a, b)`` is a people's adjective of
    one word (``عمال مصريين``, ``مدنيين أتراك``): who they are, not the state."""
    named = [k for k in range(a, b) if view.actor_in(view.toks[k].start, view.toks[k].end) is not None]
    return len(named) == 1 and view.toks[named[0]].norm.endswith(_NISBA + ("اك",))


_STRUCK_BACK = 16         # words back from "its men" to the verb of attack whose object they were


def struck_side(view: SentenceView, before: int, attackers) -> str | None:
    """The actor whose column or position an attack verb before token
    ``before`` struck (``طائرة مسيرة قصفت رتلا لقوات حفتر، ما أدى إلى مقتل 15
    من عناصره``): the owner of "its men", rather than the side that speaks."""
    for k in range(before - 1, max(-1, before - _STRUCK_BACK), -1):
        if view.is_punct(k, {".", "؛", ";"}):
            return None
        if view.cue(k, "attack") and view.toks[k].norm.startswith(("قصف", "استهدف", "ضرب")):
            found = view.actor_in(view.toks[k].end, view.toks[min(before, k + 4) - 1].end)
            return found if found is not None and found not in attackers else None
    return None


def target_actor(view: SentenceView, before: int, attackers) -> str | None:
    """Actor attacked before token ``before`` (ضد X, استهدف X, غارة على X)."""
    k = view.last_before("target", before)   # the last target word before it
    on = attack_on(view, before)
    if on is not None and (k is None or on > k):
        k = on
    if k is not None:
        s = view.toks[k].end
        e = view.toks[min(before, k + _REACH) - 1].end
        found = named_actor(view, s, e, attackers)   # غارة على مواقع التنظيم: the organisation named before
        return found if found not in attackers else None
    return None


_ON = norm_word("على")
_ATTACK_TO_ON = 4         # words from an attack word to its على (ضربات جوية دقيقة على)
_ATTACK_BACK = 30         # words back from a figure to the على of the attack


def attack_on(view: SentenceView, before: int) -> int | None:
    """The last على before token ``before`` that an attack word governs
    (``أربع ضربات جوية دقيقة على معسكر لتنظيم داعش``, ``غارة على مواقع``)."""
    for k in range(before - 1, max(-1, before - 1 - _ATTACK_BACK), -1):  # bounded: linear in a long sentence
        if view.has(k, _ON) and any(view.cue(x, "attack") for x in range(max(0, k - _ATTACK_TO_ON), k)):
            return k
    return None


def named_actor(view: SentenceView, start: int, end: int, attackers) -> str | None:
    """First actor named in offsets ``[start, end)``; ``التنظيم`` alone is the
    organisation the text named last before it (تنظيم الدولة ... في صفوف
    التنظيم)."""
    found = view.actor_in(start, end)
    if found is not None:
        return found
    k = None
    for x in range(view.token_at_or_after(start), len(view.toks)):
        tok = view.toks[x]
        if tok.start >= end:
            break
        if tok.norm in _THE_ORGANISATION or tok.norm in _THE_COUNCIL or tok.norm in _THE_OPERATION:
            k = x
            break
    if k is not None:  # مقاتلين من المجلس: the shura council named before
        norm = view.toks[k].norm
        kinds = _COUNCILS if norm in _THE_COUNCIL else _OPERATIONS if norm in _THE_OPERATION else _ORGANISATIONS
        return last_organisation(view, view.toks[k].start, kinds)
    return None


def last_organisation(view: SentenceView, offset: int, kinds=None) -> str | None:
    """The last organisation (list order) among the actors that end by
    ``offset``: of ``kinds`` (default: the organisations التنظيم stands for)."""
    kinds = _ORGANISATIONS if kinds is None else kinds
    actors = view.actors
    if actors.ending_by(offset) is None:   # ends not sorted: look at every mention
        named = [ident for s, e, ident in actors if e <= offset and ident in kinds]
        return named[-1] if named else None
    orgs = actors.cache.get(("organisations", kinds))
    if orgs is None:
        orgs = actors.cache[("organisations", kinds)] = ([e for _, e, i in actors if i in kinds],
                                                         [i for _, _, i in actors if i in kinds])
    n = bisect.bisect_right(orgs[0], offset)
    return orgs[1][n - 1] if n else None


_THE_ORGANISATION = frozenset({"التنظيم", "للتنظيم", "بالتنظيم", "والتنظيم"})
_ORGANISATIONS = frozenset({"isis", "alqaeda", "ansar"})
_THE_COUNCIL = frozenset({"المجلس", "للمجلس", "والمجلس", "بالمجلس"})
_COUNCILS = frozenset({"brsc"})
#: "the operation" (مقاتلي العملية) is the military operation the text named before: its side's.
_THE_OPERATION = frozenset({"العمليه", "للعمليه", "والعمليه", "بالعمليه"})
_OPERATIONS = frozenset({"gna", "lna"})
