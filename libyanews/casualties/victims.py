"""Stage 4 of the casualty reader: whose dead or wounded a figure counts.

:func:`find_victim` decides ``victim`` for one :class:`~libyanews.casualties.figures.Figure`
by the first rule that applies:

(a) an actor named in the **victim phrase** after the number (``15 عنصرا
    من القوات الليبية الموالية للبرلمان``);
(b) for "its / their men" (``اثنين من عناصرها``, ``8 من عناصرهم``) the
    actor attacked before the trigger (``ضربات جوية ضد قوات خليفة حفتر``),
    else the subject of the verb of saying (``أعلنت قوات الوفاق``), else
    the last actor named before the trigger (``قصفت قوات الوفاق مواقع
    لقوات حفتر ما أسفر عن مقتل 12 من عناصرها``); "our men" and martyrs
    (``شهيد``) belong to the reporter's side (the actor named in the
    reporter's description);
(c) the words of the victim phrase: ``civilians`` (مدنيين, أطفال, نساء ...)
    or ``combatants`` (عناصر, جنود, مقاتلين ...);
(d) when the phrase says no more than "people" or "others", the actor
    attacked before the trigger;
(e) a figure with no victim words of its own (``فيما أصيب 12 بجروح``)
    takes the victim of the figure before it in the sentence
    (:func:`inherit_victims`); else ``unknown``.

The **victim phrase** is the counted noun, its adjectives (definite words
or nisba forms: الحكوميين, ليبيين) and a partitive من + group (من القوات
الليبية الموالية للبرلمان), up to a preposition, a time word, a trigger, a
number or a new coordinated word.  Actor ids come from the actor mentions
of the text (``libyanews.actors.find_actors``, or the ``actor_mentions``
passed); without them (a) and (b) fall back to (c).

    >>> from libyanews.casualties.figures import read_figures
    >>> view = view_of("قتل ستة من المقاتلين الحكوميين.")
    >>> figure = read_figures(view)[0][0]
    >>> find_victim(view, figure, find_attribution(view))
    Victim(victim='combatants', text='من المقاتلين الحكوميين', specific=True)
"""

from __future__ import annotations

from typing import NamedTuple

from .attribution import Attribution, find_attribution  # noqa: F401  (find_attribution: docstring examples)
from .figures import MIN, ONE_OF, PHRASE_END, Figure
from .sentence import SentenceView, view_of  # noqa: F401  (view_of: docstring examples)
from .wordlists import Noun

__all__ = ["Victim", "find_victim", "inherit_victims"]

_MAX_PHRASE = 8           # words in a victim phrase
_NISBA = ("ي", "يه", "يين", "يون", "يا", "يات")


class Victim(NamedTuple):
    """The victim of a figure: an actor id, civilians, combatants or
    unknown; the victim phrase as printed; and whether the figure's own
    words decided it (else a later figure-less rule may pass it on)."""

    victim: str
    text: str
    specific: bool


def find_victim(view: SentenceView, figure: Figure, att: Attribution) -> Victim:
    """The victim of ``figure`` (rules (a)-(d) of the module docstring)."""
    a, b = victim_phrase(view, figure.victim_start)
    counted, trigger = figure.counted, figure.trigger
    text = ""
    if b > a:
        s, e = view.slice(a, b)
        text = view.text[s:e]
        actor = view.actor_in(s, e)
        if actor:
            return Victim(actor, text, True)
    cls = "unknown"
    for k in range(a, b):
        pos = view.possessive(k)
        if pos:
            owner = (_reporter_actor(view, att) if pos[1] == "نا"
                     else _target_actor(view, trigger.i) or _speaker_actor(view, att)
                     or _nearest_actor(view, trigger.i))
            if owner:
                return Victim(owner, text, True)
        hit = view.noun(k)
        word_cls = hit[0].victim if hit else "unknown"
        if word_cls == "unknown":
            word_cls = ("civilians" if view.cue(k, "civilians") else
                        "combatants" if view.cue(k, "combatants") else
                        _class_of(pos[0]) if pos else "unknown")
        if word_cls != "unknown":
            cls = word_cls if cls in ("unknown", word_cls) else "mixed"
    if cls == "mixed":
        return Victim("unknown", text, True)
    if cls == "unknown" and counted is not None and counted[0].victim != "unknown":
        cls = counted[0].victim
    if cls != "unknown":
        if counted is not None and counted[0].own_side:
            return Victim(_reporter_actor(view, att) or cls, text, True)
        return Victim(cls, text, True)
    if counted is not None and counted[0].own_side:
        own = _reporter_actor(view, att)
        if own:
            return Victim(own, text, True)
    target = _target_actor(view, trigger.i)
    if target:
        return Victim(target, text, True)
    return Victim("unknown", text, False)


def inherit_victims(victims: list[Victim], starts: list[int]) -> list[str]:
    """Rule (e): a figure with no victim words of its own (فيما أصيب 12
    بجروح, و17 آخرين) takes the victim of the figure before it in the
    sentence.  ``victims`` and ``starts`` are the sentence's figures in the
    order found; returns their victims in the same order."""
    out = [v.victim for v in victims]
    prev = None
    for n in sorted(range(len(victims)), key=lambda n: starts[n]):
        if not victims[n].specific and prev is not None:
            out[n] = prev
        prev = out[n]
    return out


def victim_phrase(view: SentenceView, vstart: int) -> tuple[int, int]:
    """Token range of the victim phrase that starts at ``vstart``."""
    k = vstart
    stop = min(len(view.toks), vstart + _MAX_PHRASE)
    calendar = view.lex.calendar.get("weekday", frozenset()) | view.lex.calendar.get("daypart", frozenset())
    partitive = False
    while k < stop:
        tok = view.toks[k]
        if tok.kind != "word" or tok.norm in ("و", "ف") or (k > vstart and view.conj(k)):
            break
        if view.is_in(k, PHRASE_END) or view.cue(k, "barrier") or view.is_in(k, calendar):
            break
        if k in view.trigger_starts:
            break
        if view.has(k, MIN):
            partitive = True
        elif k > vstart and not partitive and not (
                view.definite(k) or tok.norm.endswith(_NISBA) or view.possessive(k)
                or (k == vstart + 1 and view.is_in(vstart, ONE_OF))):
            break
        k += 1
    return vstart, k


def _reporter_actor(view: SentenceView, att: Attribution) -> str | None:
    """Actor of the reporter, named in the attribution or its context
    (محمد العزومي المتحدث باسم الكتيبة 302 في القوات التي يقودها خليفة حفتر)."""
    return view.actor_in(att.start, att.context_end) if att.display else None


def _target_actor(view: SentenceView, before: int) -> str | None:
    """Actor attacked before token ``before`` (ضد X, استهدف X)."""
    for k in range(before - 1, -1, -1):
        if view.cue(k, "target"):
            s = view.toks[k].end
            e = view.toks[min(before, k + _MAX_PHRASE) - 1].end
            return view.actor_in(s, e)
    return None


def _speaker_actor(view: SentenceView, att: Attribution) -> str | None:
    """Actor named as the subject of the sentence's verb of saying
    (أعلنت قوات الوفاق مقتل اثنين من عناصرها)."""
    return view.actor_in(att.start, att.end) if att.how == "speech" else None


def _nearest_actor(view: SentenceView, before: int) -> str | None:
    """The last actor named before token ``before``."""
    end = view.toks[before].start if before < len(view.toks) else view.sentence.end
    found = None
    for s, e, ident in view.actors:
        if view.sentence.start <= s and e <= end:
            found = ident
    return found


def _class_of(owner) -> str:
    if isinstance(owner, Noun):
        return owner.victim
    return owner if owner in ("civilians", "combatants") else "unknown"
