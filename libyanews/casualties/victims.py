"""Stage 4 of the casualty reader: whose dead or wounded a figure counts.

``victim`` is an actor id, ``civilians``, ``combatants`` (side not stated)
or ``unknown``, never the attacker (:mod:`~libyanews.casualties.attackers`);
``victim_basis`` says what decided it.  :func:`find_victim` tries, in order:

=============  ==============================================================
basis          rule
=============  ==============================================================
``phrase``     the figure's own **victim phrase** names an actor (``15 عنصرا من
               القوات الموالية للبرلمان``, ``10 من عناصر تنظيم "داعش"``) or a
               class (``مدنيين``, ``أطفال``, ``من المقاتلين``, ``في صفوف
               المسلحين``, ``القتلى المدنيين``, ``تكبد الحوثيون 450 قتيلا``);
               or the head of the toll the number completes (``حصيلة
               المدنيين ... إلى تسعة قتلى``, ``إجمالي قتلى وجرحى الجيش الوطني
               الليبي ... تجاوز 900``), unless the head names the attack
               (``حصيلة الغارات الروسية``, ``عدد قتلى الهجوم الانتحاري``); "all
               of them from X" after the figures (``كلهم من عناصر الجيش``) or
               what the rest of the sentence says all the victims were
               (``مؤكدة أن الضحايا جميعهم مدنيون``, ``وأنهم جميعا من مقاتلي
               الحشد``); "of them" right after the figure counts the group
               named just before (``مدرسة تؤوي نازحين فقتلت 9 منهم``); a
               breakdown that counts civilians or fighters among them (``19
               شخصا بينهم 8 مدنيين``, ``، بينهم مسلحون``) makes it ``unknown``
``pronoun``    the owner of "its / their men" (``اثنين من عناصرها``): the actor
               attacked before the trigger (``ضد قوات حفتر``), else the subject
               of the verb of saying (``أعلنت قوات الوفاق``), else, when nobody
               speaks, the last actor named before the trigger, never one
               that attacked in the figure's clause (``مسلحي داعش هاجموا ...
               فقتلوا أربعة من مقاتليه``); residents and citizens (``من
               سكانه``) are civilians; "our men" (``قواتنا``) are the
               reporter's, and so are "his forces" in a toll's head or after
               a loss word (``خسائر قواته بلغت 7 قتلى``); "of their forces" /
               "in its ranks" after the figures (``سقطوا من قواتهم``) is the
               speaker's side; when no owner is named and nothing was hit,
               ``combatants``, which the article may settle
``reporter``   martyrs (``شهيد``) and "our men" belong to the side the reporter
               speaks for (the actor named in the reporter's description)
``target``     a phrase that says no more than "people" or "others": the actor
               attacked before the trigger
``sentence``   a figure without victim words takes the victim of the figure
               it is coordinated with (``مقتل 4 وإصابة 9 من المقاتلين``,
               ``قتل 6 عناصر من قوات الوفاق وأصيب 23 آخرون``)
``article``    the victims the article established in its title or lead
               (``ضحايا مدنيون في قصف ...`` then ``قتل شخصان``), set by the reader;
               also "the army", "the attackers" and "terrorists" of an article
               whose lead named that side (``أربعة من عناصر الجيش``, ``من
               المهاجمين``, ``إرهابيين اثنين``); a running total since a date
               never takes the lead's civilians
``none``       nothing tells: ``unknown``
=============  ==============================================================

The **victim phrase** is the counted noun, its adjectives (definite words
or nisba forms: الحكوميين, ليبيين), a partitive من + group (من القوات
الليبية الموالية للبرلمان) and a group after في صفوف / بين, up to a
preposition, a time word, a trigger, a number, a relative pronoun, a word of
attack (``7 من الموالين للنظام بهجوم لتنظيم الدولة``), a breakdown or a new
coordinated word; quotation marks, «» and brackets do not end it, nor does a
qualifier (``ثمانية أفراد على الأقل من أسرة واحدة``), and "belonging to" /
"loyal to" carries it on to the side (``عنصرا تابعا لحكومة الوفاق``).

    >>> from libyanews.casualties.figures import read_figures
    >>> view = view_of("قتل ستة من المقاتلين الحكوميين.")
    >>> figure = read_figures(view)[0][0]
    >>> find_victim(view, figure, find_attribution(view), [])
    Victim(victim='combatants', text='من المقاتلين الحكوميين', specific=True, basis='phrase')
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from ..numbers import norm_word
from .allegiance import (belonging_after, demonym_only, inflicted_on, last_organisation, named_actor, relative_side,  # noqa: F401
                         struck_side, target_actor)
from .attribution import Attribution, find_attribution  # noqa: F401  (find_attribution: docstring examples)
from .records import Figure
from .sides import MILITANT_SIDES
from .sentence import (CLOSERS, MIN, OF_THEM, ONE_OF, OPENERS, PHRASE_END, SentenceView, number_at,  # noqa: F401
                       relative_clause_end, view_of)
from .wordlists import Noun

__all__ = ["VICTIM_BASES", "Victim", "find_victim", "gathered_victims", "lead_victim", "victim_phrase"]

#: Values of ``victim_basis``.
VICTIM_BASES = ("phrase", "pronoun", "reporter", "target", "sentence", "article", "none")

_MAX_PHRASE = 10          # words in a victim phrase (من أفراد قوة العمليات الخاصة التابعة لوزارة الداخلية بحكومة الوفاق)
_NISBA = ("ي", "يه", "يين", "يون", "يا", "يات")
_FI = norm_word("في")
_OTHER = norm_word("آخر")


class Victim(NamedTuple):
    """The victim of a figure: an actor id, civilians, combatants or
    unknown; the victim phrase as printed; whether the figure's own words
    (or its context) decided it; and the basis (:data:`VICTIM_BASES`)."""

    victim: str
    text: str
    specific: bool
    basis: str


#: The armed forces of a political actor: "its men" of the House's government are the LNA's.
_FORCES_OF = {"hor": "lna"}


def find_victim(view: SentenceView, figure: Figure, att: Attribution, attackers: list[str]) -> Victim:
    """The victim of ``figure`` by the rules of the module docstring
    (``sentence`` and ``article`` are decided later, with the other figures).
    The men of a political actor that speaks for them are its forces'
    (``وكالة الأنباء التابعة للحكومة المؤقتة``: 15 جنديا → lna)."""
    found = _find_victim(view, figure, att, attackers)
    if found.victim in _FORCES_OF and found.basis in ("reporter", "pronoun"):
        return found._replace(victim=_FORCES_OF[found.victim])
    return found


def _find_victim(view: SentenceView, figure: Figure, att: Attribution, attackers: list[str]) -> Victim:
    a, b = victim_phrase(view, figure.victim_start)
    counted, trigger = figure.counted, figure.trigger
    text = ""
    if b > a:
        s, e = view.slice(a, b)
        text = view.text[s:e]
        actor = named_actor(view, s, e, attackers)
        if actor and actor not in attackers:
            if demonym_only(view, a, b) and _class_of_span(view, a, b) == "civilians":
                return Victim("civilians", text, True, "phrase")  # 6 عمال مصريين: Egyptian workers, not Egypt
            return Victim(actor, text, True, "phrase")
        hired = relative_side(view, b, attackers)
        if hired is not None:
            return Victim(hired, text, True, "phrase")
    inflicted = inflicted_on(view, view.token_at_or_after(figure.start))
    if inflicted is not None:
        return Victim(inflicted, text, True, "pronoun")
    belongs = belonging_after(view, max(b, view.token_at_or_after(figure.end)), attackers)
    if belongs is not None:
        return Victim(belongs, text, True, "phrase")
    owner = _possessive_owner(view, a, b, trigger, att, attackers)
    if owner is not None:
        return Victim(owner[0], text, True, owner[1])
    cls = _class_of_span(view, a, b)
    if cls == "mixed":
        return Victim("unknown", text, True, "phrase")
    if cls == "unknown" and counted is not None and getattr(counted[0], "victim", "unknown") != "unknown":
        cls = counted[0].victim
    own_side = counted is not None and getattr(counted[0], "own_side", False)
    if cls == "unknown" and _some_civilians(view, max(b, view.token_at_or_after(figure.end))):
        return Victim("unknown", text, True, "phrase")  # 19 شخصا بينهم 8 مدنيين: the others were not
    if cls != "unknown":
        if own_side and _reporter_actor(view, att):
            return Victim(_reporter_actor(view, att), text, True, "reporter")
        target = target_actor(view, trigger.i, attackers)
        if cls == "combatants" and target:
            return Victim(target, text, True, "target")  # ضربة استهدفت قادة القاعدة ... مقتل ستة إرهابيين
        if cls == "combatants" and _own_men(view, a, b, counted) and not _foreign(view, b):
            side = _reporter_actor(view, att)
            if side and side not in attackers and side not in MILITANT_SIDES:  # داعش يزعم قتل 17 عسكريا: the army's
                return Victim(side, text, True, "reporter")  # the army's spokesman: 4 من جنود الكتيبة 106
        if cls == "combatants" and text and _foreign(view, b):
            text = view.text[view.slice(a, b)[0]:view.toks[b].end]   # 10 عسكريين أتراك: their people is in the phrase
        return Victim(cls, text, True, "phrase")
    if own_side and _reporter_actor(view, att):
        return Victim(_reporter_actor(view, att), text, True, "reporter")
    speaker = _reporter_actor(view, att)
    around = _all_of_them(view, max(b, view.token_at_or_after(figure.end)), attackers) or _around_trigger(
        view, figure, attackers, speaker)
    if around is not None:
        own = around == speaker and _own_forces(view, max(0, trigger.i - _MAX_HEAD), view.token_at_or_after(figure.start))
        return Victim(around, text, True, "pronoun" if own else "phrase")
    trailing = _trailing_owner(view, max(b, view.token_at_or_after(figure.end)), att, attackers)
    if trailing is not None:
        return Victim(trailing, text, True, "pronoun")
    of_them = _of_them(view, view.token_at_or_after(figure.end), view.token_at_or_after(figure.start), attackers)
    if of_them is not None:
        return Victim(of_them, text, True, "pronoun")
    head = _toll_head(view, view.token_at_or_after(figure.start), attackers, speaker)
    if head is not None:
        return Victim(head[0], text, True, head[1])
    target = target_actor(view, trigger.i, attackers)
    if target:
        return Victim(target, text, True, "target")
    said = _all_said_to_be(view, view.token_at_or_after(figure.end), figure.kind, attackers)
    if said is not None:
        return Victim(said, text, True, "phrase")
    return Victim("unknown", text, _other_than_others(counted, text), "none")


def lead_victim(view: SentenceView, attackers: list[str]) -> str | None:
    """The victims a title or lead sentence establishes for the article, or
    None: the side in whose ranks the dead fell (``قتلى في صفوف قوات حفتر``), or civilians
    (``ضحايا مدنيون في قصف``, ``مقتل مدنيين``) when the sentence has a
    casualty word and class words of one kind only, else the class of ranks no
    actor of ours names (``في صفوف قوات فجر ليبيا``: combatants, ``في صفوف
    المدنيين``: civilians)."""
    if not view.pre and not view.post and not any(view.noun(k) and view.noun(k)[0].kind for k in range(len(view.toks))):
        return None
    ranks = None
    for k in range(len(view.toks) - 1):
        if view.is_in(k, (_FI,)) and view.cue(k + 1, "in_ranks"):
            found = view.actor_in(view.toks[k].start, view.toks[min(len(view.toks), k + 5) - 1].end)
            if found and found not in attackers:
                return found
            if not found and ranks is None and not any(view.conj(x) for x in range(k + 3, min(len(view.toks), k + 5))):
                ranks = _class_of_span(view, k + 2, min(len(view.toks), k + 5))  # في صفوف قوات فجر ليبيا
    for k in range(len(view.toks)):
        hit = view.noun(k)
        if k in view.trigger_starts or (hit is not None and hit[0].kind) or view.cue(k, "toll"):
            t = view.pre_at.get(k) or view.post_at.get(k)
            end = t.j if t is not None else k + 1
            if view.cue(end, "subset") or view.cue(end + 1, "subset"):
                continue  # قتلوا بينهم امرأة: part of the dead, not who they were
            if _class_of_span(view, end, min(end + 2, len(view.toks))) == "civilians":
                return "civilians"  # ضحايا مدنيون, مقتل مدنيين, حصيلة المدنيين
    return ranks if ranks in ("civilians", "combatants") else None


_GATHERED_REACH = 6       # words around "gathered" to the men and their side


def gathered_victims(view: SentenceView, attackers: list[str]) -> str | None:
    """Who was gathered at the place a lead without a toll says was struck
    (``قصفت مزرعة كان يتجمع فيها مسلحون من تنظيم داعش`` → isis, ``بينما كان
    عشرات من مسلحي الجماعة مجتمعين داخله`` → combatants, ``كان يتجمع فيه
    أهالي القرية`` → civilians): the article's victims (rule ``article``);
    never the attacker."""
    for k in range(len(view.toks)):
        if not view.cue(k, "gathered"):
            continue
        lo, hi = k, k + 1   # the clause around it, at most a few words each way
        while lo > max(0, k - _GATHERED_REACH) and not view.is_punct(lo - 1):
            lo -= 1
        while hi < min(len(view.toks), k + _GATHERED_REACH + 1) and not view.is_punct(hi):
            hi += 1
        found = view.actor_in(view.toks[lo].start, view.toks[hi - 1].end)
        if found is not None and found not in attackers:
            return found
        cls = _class_of_span(view, lo, hi)
        if cls in ("combatants", "civilians"):
            return cls      # كان يتجمع فيه أهالي القرية لحضور عرس: civilians
    return None


def victim_phrase(view: SentenceView, vstart: int) -> tuple[int, int]:
    """Token range of the victim phrase that starts at ``vstart``."""
    k = vstart
    toks = view.toks
    if vstart < len(toks) and view.conj(vstart) and vstart in view.trigger_starts:
        return vstart, vstart  # مقتل 23 وإصابة 41: the next figure's words
    stop = min(len(toks), vstart + _MAX_PHRASE + 4)
    words = 0
    calendar = view.lex.calendar.get("weekday", frozenset()) | view.lex.calendar.get("daypart", frozenset())
    partitive = False
    while k < stop and words < _MAX_PHRASE:
        tok = toks[k]
        if tok.kind == "punct" and (tok.norm in OPENERS or tok.norm in CLOSERS) and k > vstart:
            k += 1  # 10 من عناصر تنظيم "داعش"
            continue
        qa = view.lex.qual_after.match_at(view, k) if k > vstart else None
        if qa:
            k = qa[0]  # ثمانية أفراد على الأقل من أسرة واحدة
            continue
        if view.is_in(k, (_FI,)) and view.cue(k + 1, "in_ranks") or view.cue(k, "in_ranks") and view.has(k, "بين") \
                and k > vstart and not view.conj(k):
            partitive = True  # في صفوف المسلحين, بين المدنيين
            k += 2 if view.is_in(k, (_FI,)) else 1
            continue
        if tok.kind != "word" or tok.norm in ("و", "ف"):
            break
        if k == vstart + 1 and view.conj(k) and _casualty_noun(view, vstart) and _casualty_noun(view, k):
            k += 1  # قتيلا وجريحا في صفوف المتمردين: the pair is one noun
            continue
        if k == vstart + 1 and _casualty_noun(view, vstart) and tok.norm.startswith("ل") and view.noun(k):
            partitive = True  # 61 جثة لعناصر من تنظيم داعش
            k += 1
            continue
        if k > vstart and view.conj(k) and not (partitive and _class_word(view, k) and view.definite(k)) \
                and not _class_pair(view, k):
            break
        if view.is_in(k, PHRASE_END) or view.cue(k, "barrier") or view.cue(k, "relative") or view.is_in(k, calendar) \
                or view.cue(k, "subset"):
            break
        if k in view.trigger_starts and k > vstart:
            break
        if k > vstart and view.cue(k, "attack") and not view.definite(k):
            break  # 7 من الموالين للنظام بهجوم لتنظيم الدولة: the attack and its actor
        if view.has(k, MIN) or k > vstart and view.is_in(k, _BELONGING):
            partitive = True  # من ..., عنصرا تابعا لحكومة الوفاق, مقاتلين موالين لحفتر
        elif k > vstart and not partitive and not (
                view.definite(k) or tok.norm.endswith(_NISBA) or view.possessive(k) or view.cue(k, "attributive")
                or (view.noun(k) is not None and view.noun(k)[0].singular == _OTHER)
                or (k == vstart + 1 and view.is_in(vstart, ONE_OF))
                or view.possessive(k - 1) is None and view.noun(k - 1) is not None
                and view.norm_at(k - 1).endswith("ي") and view.actor_in(tok.start, tok.end) is not None):
            # (أحد مسلحي حفتر: a construct plural and the side it names; not 10 عسكريين أتراك)
            break
        k += 1
        words += 1
    return vstart, k


_PAIR_ENDINGS = ("يا", "يين", "يون")


def _class_pair(view: SentenceView, k: int) -> bool:
    """The word at ``k`` joins two class words of one form into one group
    (``93 عسكريا ومدنيا``, ``بين عسكريين ومدنيين``): the victims are both,
    not a second figure (no number follows) nor a list of nouns."""
    if not (_class_word(view, k - 1) and _class_word(view, k)) or number_at(view, k + 1) \
            or any(view.noun(x) is not None and view.noun(x)[1] == "dual" for x in (k - 1, k)):
        return False   # 3 مدنيين وجنديين: two soldiers, a figure of their own
    before, after = view.norm_at(k - 1), view.norm_at(k)
    return any(before.endswith(e) and after.endswith(e) for e in _PAIR_ENDINGS)


_BELONGING = frozenset(norm_word(w) for w in (
    "تابع", "تابعا", "تابعة", "تابعين", "تابعون", "موال", "مواليا", "موالية", "موالين", "موالون", "مواليين",
    "يقاتلون", "يقاتل", "يقاتلان", "تقاتل"))   # 3 مقاتلين سودانيين يقاتلون في صفوف قوات حفتر
_RANKS_OF = frozenset(norm_word(w) for w in ("صفوفه", "صفوفها", "صفوفهم", "صفوفنا", "صفوفهما"))
_MAX_TRAILING = 10        # words from a figure to "of their forces" after it


def _trailing_owner(view: SentenceView, k: int, att: Attribution, attackers) -> str | None:
    """"Of their forces" / "in its ranks" after the figures, in the same
    clause: the side that speaks, else ``combatants`` (``إن 14 قتيلا وأكثر من
    25 جريحا سقطوا من قواتهم``, ``قواته سجلت سقوط 9 قتلى و17 جريحا في صفوفها``)."""
    for x in range(k, min(len(view.toks), k + _MAX_TRAILING)):
        if view.is_punct(x) or view.cue(x, "barrier") or view.cue(x, "relative"):
            return None
        pos = view.possessive(x)
        forces = pos is not None and view.has(x - 1, MIN) and _class_of(pos[0]) == "combatants"
        if forces or view.is_in(x, _RANKS_OF) and view.is_in(x - 1, (_FI,)):
            if view.norm_at(x).endswith("نا"):
                owner = _reporter_actor(view, att)
            else:
                owner = _speaker_actor(view, att) or _reporter_actor(view, att)
            return owner if owner and owner not in attackers else "combatants"
    return None


_OBJECT_PRONOUNS = ("هم", "ها", "هن", "هما")
_POUNDED = norm_word("دك")   # دك مواقع ...: the men of what was hit
_OWN_MEN = frozenset(norm_word(w) for w in ("جندي", "منتسب", "عسكري", "ضابط", "فرد", "شرطي", "حارس"))


def _foreign(view: SentenceView, b: int) -> bool:
    """A people's name right after the victim phrase (``10 عسكريين أتراك``,
    ``جنود روس``): soldiers of another country, not the speaker's own men
    (the annotators keep them combatants)."""
    return b < len(view.toks) and view.toks[b].kind == "word" and not view.conj(b) \
        and view.actor_in(view.toks[b].start, view.toks[b].end) is not None


def _own_men(view: SentenceView, a: int, b: int, counted) -> bool:
    """The phrase counts soldiers, officers or members, the words a side uses
    of its own men (not مسلحين, إرهابيين, عناصر: the words for an enemy)."""
    nouns = [view.noun(k) for k in range(a, b)]
    if counted is not None:
        nouns.append(counted)
    return any(n is not None and n[0].singular in _OWN_MEN for n in nouns)


def _casualty_noun(view: SentenceView, k: int) -> bool:
    hit = view.noun(k)
    return hit is not None and bool(hit[0].kind)


def _class_word(view: SentenceView, k: int) -> bool:
    hit = view.noun(k)
    return (hit is not None and hit[0].victim != "unknown") or view.cue(k, "civilians") or view.cue(k, "combatants")


def _class_of_span(view: SentenceView, a: int, b: int) -> str:
    """civilians, combatants, mixed or unknown from the class words of tokens ``[a, b)``."""
    cls = "unknown"
    for k in range(a, b):
        pos = view.possessive(k)
        hit = view.noun(k)
        word_cls = hit[0].victim if hit else "unknown"
        if word_cls == "unknown" and view.has(k, _SONS) and view.is_in(k + 1, _HOMES):
            word_cls = "civilians"  # من أبناء المنطقة: locals (not أبناء قبيلة الزوية: tribesmen)
        if word_cls == "unknown":
            word_cls = ("civilians" if view.cue(k, "civilians") else
                        "combatants" if view.cue(k, "combatants") else
                        _class_of(pos[0]) if pos else "unknown")
        if word_cls != "unknown":
            cls = word_cls if cls in ("unknown", word_cls) else "mixed"
    return cls


_SONS = norm_word("أبناء")
_HOMES = frozenset(norm_word(w) for w in ("المنطقة", "المدينة", "البلدة", "القرية", "الحي", "المخيم"))


def _possessive_owner(view: SentenceView, a: int, b: int, trigger, att: Attribution, attackers):
    """(owner, basis) of "its / their / our men" in the victim phrase, or None."""
    for k in range(a, b):
        pos = view.possessive(k)
        if not pos:
            continue
        if pos[1] == "نا":
            owner = _reporter_actor(view, att)
            return (owner, "reporter") if owner else None
        if _class_of(pos[0]) == "civilians":
            return "civilians", "pronoun"  # من سكانه, من مواطنيها: residents and citizens, whoever's
        owner = loss_subject(view, trigger.j if trigger.role == "pre" else trigger.i, attackers)
        if owner is None and trigger.role == "pre" and view.cue(trigger.i, "loss"):
            owner = loss_subject(view, a, attackers)  # تنعى قوات الوفاق 4 من عناصرها: the subject after the verb
        owner = owner if owner not in (None, "civilians", "combatants") else None
        owner = owner or target_actor(view, trigger.i, attackers) or struck_side(view, trigger.i, attackers) \
            or _speaker_actor(view, att)
        if owner is None and (att.how != "speech" or not view.actor_in(att.start, att.context_end)):
            owner = _nearest_actor(view, trigger.i, attackers)
        if owner is None:  # البرميل أصاب منزلا احتمت به الأسرة، فقتل سبعة من أفرادها
            owner = _nonempty_class(_class_of_span(view, max(0, k - 12), k))
        if owner is None and _class_of(pos[0]) == "combatants" and not any(
                view.cue(x, "target") or view.cue(x, "attack") or view.has(x, _POUNDED) for x in range(trigger.i)):
            return "combatants", "pronoun"  # من مقاتليه, owner not named here: the article may tell (reader)
        return (owner, "pronoun") if owner else None
    return None


def _around_trigger(view: SentenceView, figure: Figure, attackers, speaker: str | None = None) -> str | None:
    """A class or actor told next to the casualty word instead of after the
    number: ``القتلى المدنيين بلغوا 38``, ``عدد القتلى بين المدنيين ... 612``,
    ``تكبد الحوثيون أكثر من 450 قتيلا``, ``6 قتلى في صفوف القوات``."""
    t = figure.trigger
    if t.role == "pre" and view.cue(t.i - 1, "relative") and view.norm_at(t.i).endswith(_OBJECT_PRONOUNS):
        # المتشددين الذين قتلتهم الطائرات الأميركية: who comes after the verb killed; the victims come before it
        return _nonempty_class(_class_of_span(view, max(0, t.i - 3), t.i - 1))
    if t.role == "pre":
        a, b = t.j, min(t.j + 4, len(view.toks))
        for k in range(a, b):
            if view.toks[k].kind == "number" or view.in_number[k] or view.cue(k, "subset") \
                    or view.is_in(k, PHRASE_END) and not view.has(k, MIN):
                b = k  # قتل خمسة أشخاص بينهم طفل: the breakdown does not make the whole civilians
                break
        if view.cue(a, "attack") or view.is_in(a, _EVENTS):
            b = a  # عدد قتلى الهجوم الانتحاري: the attack (and its bomber), not its victims
        if b > a:  # عدد قتلى قوات حكومة الوفاق, القتلى المدنيين (not أعدم مسلحو داعش 12: who killed)
            actor = named_actor(view, view.toks[a].start, view.toks[b - 1].end, attackers)
            if actor and actor not in attackers:
                return actor
        if speaker is not None and speaker not in attackers and _own_forces(view, a, b):
            return speaker  # عدد قتلى عناصرها: the men of the side that speaks
        cls = _class_of_span(view, a, b)
        if cls in ("civilians", "combatants"):
            return cls
        for k in range(t.i - 1, max(-1, t.i - 6), -1):  # حصيلة المدنيين الذين قضوا ... إلى تسعة قتلى
            if view.cue(k, "toll") or view.cue(k, "count_of"):
                found = _nonempty_class(_class_of_span(view, k + 1, t.i))
                if found:
                    return found
                break
    number_start = view.token_at_or_after(figure.start)
    start = min(t.i, number_start)
    if t.role == "pre" and view.cue(t.i, "loss"):
        start = t.i + 1  # the trigger is the loss verb: قوات فجر ليبيا فقدت خلال الاشتباكات قتيلين
    subject = loss_subject(view, start, attackers, speaker)
    if subject is not None:
        return subject
    a, _ = view.clause_bounds(number_start if number_start < len(view.toks) else max(0, number_start - 1))
    # حصيلة المواجهات بين مسلحي البلدتين عند ستة قتلى: the last "among / in the ranks of" in the clause before it
    heads = view.memo("ranks_heads", lambda: [
        k for k in view.positions("in_ranks")
        if (view.has(k, "بين") or view.is_in(k - 1, (_FI,))) and not view.conj(k + 1)])
    n = bisect.bisect_left(heads, number_start) - 1
    if n >= 0 and heads[n] >= a:
        k = heads[n]
        b = min(k + 4, number_start)
        if any(view.conj(x) for x in range(k + 2, b)):
            return None  # بين قوات الوفاق وقوات حفتر: the two sides of a fight
        return named_actor(view, view.toks[k].end, view.toks[b - 1].end, attackers) or _nonempty_class(
            _class_of_span(view, k + 1, b))
    return None


_HEADS = frozenset(norm_word(w) for w in ("حصيلة", "عدد", "أعداد", "إجمالي", "مجموع"))
_MAX_HEAD = 25            # words from the head of a toll to its number
#: Words before a head that make it how a toll was counted, not what it counts (في حصيلة نهائية, وفق حصيلة).
_HOW_COUNTED = frozenset(norm_word(w) for w in ("في", "وفي", "حسب", "بحسب", "وفق", "وفقا", "طبقا"))
_EVENTS = frozenset(norm_word(w) for w in (
    "انفجار", "الانفجار", "اشتباكات", "الاشتباكات", "مواجهات", "المواجهات", "معارك", "المعارك", "الحرب",
    "حرب", "العملية", "عملية", "الحادث", "حادث", "الهجوم", "الاعتداء", "اعتداء", "التفجيرات", "تفجيرات"))


def _toll_head(view: SentenceView, n: int, attackers, speaker: str | None = None) -> tuple[str, str] | None:
    """The side or class a toll's head names when the number is its
    predicate further on, in the same clause: ``صعدت حصيلة المدنيين الذين
    قضوا في ... إلى تسعة قتلى``, ``إجمالي قتلى وجرحى الجيش الوطني الليبي منذ
    ... تجاوز 900``, ``قتلى الطرفين تجاوزوا 1650``.  The words right after
    the head (حصيلة, عدد, إجمالي; or a casualty noun opening the clause),
    past its casualty nouns, name them: (victim, basis), where "its / his
    forces" (خسائر قواته بلغت سبعة قتلى) are the side of the ``speaker``."""
    a, _ = view.clause_bounds(min(n, len(view.toks) - 1)) if view.toks else (0, 0)
    for k in range(n - 1, max(a - 1, n - 1 - _MAX_HEAD), -1):
        if view.toks[k].kind == "number":
            return None  # another figure's toll
        if view.is_in(k, _HEADS) and k > 0 and view.is_in(k - 1, _HOW_COUNTED):
            continue  # وصل في حصيلة نهائية إلى 163: how the toll was counted, its head is further back
        hit = view.noun(k)
        if view.is_in(k, _HEADS) or hit is not None and hit[0].kind and (k == a or view.is_in(k - 1, _HEADS)):
            j = k + 1 if view.is_in(k, _HEADS) else k
            while j < n and (view.noun(j) is not None and view.noun(j)[0].kind or view.norm_at(j) == "و"):
                j += 1  # قتلى وجرحى
            if j >= n or view.cue(j, "attack") or view.is_in(j, _EVENTS):
                return None  # حصيلة الغارات الروسية, حصيلة التفجير الانتحاري: the attack, not its victims
            b = j
            while b < min(n, j + 4) and not (view.is_in(b, PHRASE_END) and not view.has(b, MIN)) \
                    and view.toks[b].kind != "punct" and not view.cue(b, "relative"):
                b += 1
            if b == j:
                return None
            actor = named_actor(view, view.toks[j].start, view.toks[min(b, j + 2) - 1].end, attackers)
            if actor:
                return actor, "phrase"
            if _own_forces(view, j, min(b, j + 2)) and speaker is not None and speaker not in attackers:
                return speaker, "pronoun"  # خسائر قواته: the forces of the side that speaks
            cls = _nonempty_class(_class_of_span(view, j, min(b, j + 2)))
            return (cls, "phrase") if cls else None
    return None


_CIVILIAN = norm_word("مدني")
_MAX_BACK = 12            # words back to the group that "of them" counts


def _of_them(view: SentenceView, k: int, n: int, attackers) -> str | None:
    """The group that "of them" right after the figure counts: the nearest
    group word or side before the number in the sentence (``منزلا يجتمع فيه
    مسلحون حوثيون، فقتلت أربعة منهم``, ``خيمة تجمع فيها جنود ... مقتل وجرح
    عدد منهم``)."""
    if not view.is_in(k, OF_THEM):
        return None
    for x in range(n - 1, max(-1, n - 1 - _MAX_BACK), -1):
        if x in view.trigger_starts and view.toks[x].kind == "word" and x < n - 1:
            continue
        actor = view.actor_in(view.toks[x].start, view.toks[x].end)
        if actor is not None and actor not in attackers:
            return actor
        if _class_word(view, x):
            return _nonempty_class(_class_of_span(view, x, x + 1))
    return None


def _some_civilians(view: SentenceView, k: int) -> bool:
    """A breakdown right after the figure counts civilians (or fighters)
    among its dead: ``مقتل 19 شخصا بينهم 8 مدنيين``, ``12 شخصا بينهم مسلحون``;
    then the rest were not of that class, and the whole is unknown."""
    k = _breakdown_after(view, k)
    if k is None:
        return False
    if not number_at(view, k + 1):  # من بينهم مدنيان, بينهم مسلحون
        hit = view.noun(k + 1)
        return hit is not None and (hit[0].singular == _CIVILIAN or hit[0].victim == "combatants")
    for x in range(k + 1, min(k + 5, len(view.toks))):
        hit = view.noun(x)
        if hit is not None:
            return hit[0].singular == _CIVILIAN or hit[0].victim == "combatants"  # بينهم مسلحون من التنظيم
    return False


_TO_BREAKDOWN = 8         # words from a figure, over where and when, to the بينهم of its breakdown


def _breakdown_after(view: SentenceView, k: int) -> int | None:
    """The بينهم that opens the breakdown of a figure ending at ``k``: right
    after it, or after a comma that closes where and when it happened (``مقتل
    12 شخصا في أعمال عنف متفرقة شمالي بعقوبة، بينهم مسلحون``); or None."""
    for x in range(k, min(len(view.toks), k + _TO_BREAKDOWN)):
        if view.is_punct(x):
            x += 1
        if view.has(x, MIN) and view.cue(x + 1, "subset"):
            x += 1  # من بينهم
        if view.cue(x, "subset"):
            return x if x == k or view.is_punct(x - 1) or view.is_punct(x - 2) else None
        if x != k and (view.is_punct(x - 1) or view.toks[x].kind == "number" or view.in_number[x]
                       or x in view.trigger_starts or view.cue(x, "barrier")):
            return None
    return None


_ALL_OF_THEM = frozenset(norm_word(w) for w in ("كلهم", "جميعهم", "كلها", "جميعها", "كلهن", "جميعهن"))


def _all_of_them(view: SentenceView, k: int, attackers) -> str | None:
    """The side that "all of them are from", right after the figures:
    ``9 قتلى و38 جريحا، كلهم من عناصر الجيش الوطني الليبي``."""
    for _ in range(2):  # up to one further figure (و38 جريحا) before it
        if view.is_punct(k):
            k += 1
        if view.is_in(k, _ALL_OF_THEM) and view.has(k + 1, MIN):
            a, b = k + 2, k + 2
            while b < min(len(view.toks), k + 9) and not view.is_punct(b):
                b += 1
            if b > a:
                s, e = view.slice(a, b)
                return named_actor(view, s, e, attackers) or _nonempty_class(_class_of_span(view, a, b))
            return None
        if not (view.norm_at(k) == "و" and number_at(view, k + 1) or view.conj(k) and number_at(view, k)):
            return None
        nxt = k + 1
        while nxt < len(view.toks) and not view.is_punct(nxt):
            nxt += 1
            if nxt - k > 4:
                return None
        k = nxt
    return None


_EVERY = frozenset(norm_word(w) for w in ("جميع", "كل"))
_ALL_WORDS = _ALL_OF_THEM | _EVERY
_ALL_ADVERB = norm_word("جميعا")
_ALL_SAID_WITHIN = 30     # words from a figure to what "all of them" were (bounded: linear time)
_THEY = frozenset(norm_word(w) for w in ("أنهم", "إنهم", "هم", "وهم", "وأنهم", "كانوا"))


def _all_said_to_be(view: SentenceView, k: int, kind: str, attackers) -> str | None:
    """The class that the rest of the sentence says all the victims were
    (``مؤكدة أن الضحايا جميعهم مدنيون``, ``وجميعهم من المدنيين``, ``أن جميع
    القتلى مدنيون``), after a figure of ``kind`` at token ``k``; None if it
    says none, or says it of the other kind only (كل المصابين من العسكريين)."""
    speech = view.lex.attribution.get("speech", ())
    for x in range(k, min(len(view.toks), k + _ALL_SAID_WITHIN)):
        if view.is_in(x, speech) and x + 1 < len(view.toks) and not view.cue(x + 1, "barrier"):
            return None  # وقال الأهالي إن كلهم من السكان: another speaker's word (but: وأوضح أن جميع القتلى)
        if not (view.is_in(x, _ALL_WORDS) or view.norm_at(x) == _ALL_ADVERB and view.is_in(x - 1, _THEY)):
            continue  # جميعهم مدنيون; وأنهم جميعا من مقاتلي الحشد
        y = x + 1
        if view.norm_at(x) in _EVERY:
            hit = view.noun(y)
            if hit is None or not hit[0].kind or hit[0].kind not in (kind, "killed_or_injured"):
                continue  # جميع الضحايا, كل القتلى
            y += 1
        if view.has(y, MIN):
            y += 1
        z = min(len(view.toks), y + 4)
        actor = named_actor(view, view.toks[y].start, view.toks[z - 1].end, attackers) if y < z else None
        cls = actor or _nonempty_class(_class_of_span(view, y, min(len(view.toks), y + 1)))
        if cls is not None:
            return cls
    return None


def loss_subject(view: SentenceView, before: int, attackers, speaker: str | None = None) -> str | None:
    """The side that suffered a loss verb's toll: ``تكبد الحوثيون 450 قتيلا``,
    ``فقدت القوة التابعة لحكومة الوفاق 12 من رجالها``, ``المقاتلون السوريون
    تكبدوا 6 قتلى``; "its / his forces" (``خسائر قواته بلغت 7 قتلى``) are
    the ``speaker``'s side."""
    for k in range(before - 1, max(-1, before - 8), -1):
        if view.cue(k, "inflict"):  # الجيش والمقاومة كبدا الحوثيين 40 قتيلا: the object, never the subject
            s, e = view.toks[k].end, view.toks[before - 1].end
            return (named_actor(view, s, e, attackers) or _nonempty_class(_class_of_span(view, k + 1, before))
                    if k + 1 < before else None)
        if view.cue(k, "loss"):
            if k + 1 < before:
                s, e = view.toks[k].end, view.toks[before - 1].end
                if speaker is not None and speaker not in attackers and _own_forces(view, k + 1, before) \
                        and not named_actor(view, s, e, attackers):
                    return speaker
                after = named_actor(view, s, e, attackers) or _nonempty_class(_class_of_span(view, k + 1, before))
                if after:
                    return after
            a = max(0, k - 5)  # the subject before the verb: قوات فجر ليبيا فقدت خلال الاشتباكات قتيلين
            for x in range(k - 1, a - 1, -1):
                if view.toks[x].kind == "punct" or view.cue(x, "barrier"):
                    a = x + 1  # المتحدث باسم قوات الوفاق إن قوات حفتر تكبدت: the subject after إن
                    break
            return (named_actor(view, view.toks[a].start, view.toks[k].start, attackers)
                    or _nonempty_class(_class_of_span(view, a, k)))
        if view.toks[k].kind == "punct" or view.cue(k, "barrier"):
            break
    return None


def _own_forces(view: SentenceView, a: int, b: int) -> bool:
    """"Its / his / their forces" among tokens ``[a, b)``: a fighters' noun
    with a pronoun of the third person (قواته, عناصرها, مقاتليهم)."""
    for x in range(a, b):
        own = view.possessive(x)
        if own is not None and own[1] != "نا" and _class_of(own[0]) == "combatants":
            return True
    return False


def _nonempty_class(cls: str) -> str | None:
    return cls if cls in ("civilians", "combatants") else None


def _other_than_others(counted, text: str) -> bool:
    """A figure whose noun is "others", a casualty noun or nothing takes the
    victim of the figure it is coordinated with; a figure of "people"
    (شخص, رجل, شاب) says, by itself, that the victim is not known."""
    return counted is not None and counted[0].singular != _OTHER and not counted[0].kind and bool(text)


def _reporter_actor(view: SentenceView, att: Attribution) -> str | None:
    """Actor of the reporter, named in the attribution or its context
    (محمد العزومي المتحدث باسم الكتيبة 302 في القوات التي يقودها خليفة حفتر)."""
    return view.actor_in(att.start, att.context_end) if att.display else None


def _speaker_actor(view: SentenceView, att: Attribution) -> str | None:
    """Actor named as the subject of the sentence's verb of saying
    (أعلنت قوات الوفاق مقتل اثنين من عناصرها)."""
    return view.actor_in(att.start, att.end) if att.how == "speech" else None


def _nearest_actor(view: SentenceView, before: int, attackers) -> str | None:
    """The last actor named before token ``before`` that is not an attacker."""
    end = view.toks[before].start if before < len(view.toks) else view.sentence.end
    if view.actors.ending_by(end) is None:   # ends not sorted: look at every mention
        found = None
        for s, e, ident in view.actors:
            if view.sentence.start <= s and e <= end and ident not in attackers:
                found = ident
        return found
    # the sentence's mentions that are not attackers, in order (their ends sorted)
    ends, idents = view.memo(("others", tuple(attackers)), lambda: _others(view, attackers))
    n = bisect.bisect_right(ends, end)
    return idents[n - 1] if n else None


def _others(view: SentenceView, attackers) -> tuple[list[int], list[str]]:
    actors, start, stop = view.actors, view.sentence.start, view.sentence.end
    inside = []
    if actors.first_at_or_after(0) is None:   # starts not sorted
        inside = [(e, i) for s, e, i in actors if start <= s and e <= stop and i not in attackers]
    else:
        for s, e, ident in actors[actors.first_at_or_after(start):]:
            if s >= stop:
                break
            if e <= stop and ident not in attackers:
                inside.append((e, ident))
    return [e for e, _ in inside], [i for _, i in inside]


def _class_of(owner) -> str:
    if isinstance(owner, Noun):
        return owner.victim
    return owner if owner in ("civilians", "combatants") else "unknown"
