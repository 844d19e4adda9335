"""Stage 3b of the casualty reader: who attacked (``attacker``).

:func:`find_attackers` lists the actors a sentence names as the attacker, so
that the victims stage never takes the attacker for the victim and each
figure can say who attacked:

* an actor right after a word of attack (``casualty_cues.csv``: attack),
  maybe after ل or a verb of carrying out: ``غارة للتحالف العربي``, ``قصف
  شنه طيران حفتر``, ``هجوم لتنظيم داعش``, ``بطائرات مسيرة إماراتية``,
  ``قذائف قوات حفتر``;
* the same with the words that name the force or the weapon between them
  (up to four: :data:`_BETWEEN`): ``قصف شنه سلاح الجو التابع للوفاق``,
  ``هجوم شنه مسلحون من تنظيم داعش``, ``هجوم انتحاري لتنظيم داعش``,
  ``غارة جوية للتحالف الدولي``;
* ``التحالف`` alone after a word of attack (``غارة للتحالف``): the
  coalition the text names in full (``التحالف العربي``, ``التحالف
  الدولي``: actors.csv), the nearest before the sentence, else after it; no
  one when the text names none, since which coalition it is (US-led, Saudi-led,
  NATO's) only the context says;
* an actor next to a claim of responsibility (claim): ``تبنى تنظيم داعش
  الهجوم``, ``أعلن حفتر مسؤوليته``, ``هجوم ... تبناه "مجلس شورى ثوار
  بنغازي"`` (opening quotes before a name are looked through);
* the subject of an active verb of killing or attack whose object is the
  toll: ``قتلت قوات الوفاق 10 من المسلحين``, ``شنت قوات حفتر غارات``.
* and, apart (:func:`find_subject_attackers`, for the figures of the verb's
  clause), an actor right before an unambiguous verb of attack
  (:data:`_ATTACKS_AFTER`, not قتلوا, as often passive): ``مسلحي داعش هاجموا``.

    >>> view = view_of("قتل 5 مدنيين في غارة لطيران حفتر.", actors=[(21, 26, "lna")])
    >>> find_attackers(view)
    ['lna']
    >>> from libyanews.casualties.reader import find_casualties
    >>> find_casualties("شن التحالف العربي غارات على صعدة. وقتل 7 مدنيين في غارة للتحالف.")["attacker"].tolist()
    ['arab_coalition']
"""

from __future__ import annotations

import bisect

from ..numbers import norm_word
from .sentence import CLOSERS, OPENERS, SentenceView, view_of  # noqa: F401  (view_of: docstring examples)

__all__ = ["find_attackers", "find_subject_attackers"]

_CARRIED_OUT = frozenset(norm_word(w) for w in (
    "شنه", "شنته", "شنها", "نفذه", "نفذته", "نفذها", "شنتها", "يشنها", "تشنها", "قام", "قامت", "به", "بها"))
_AGAINST = frozenset(norm_word(w) for w in (
    "على", "ضد", "في", "من", "إلى", "نحو", "مواقع", "مواقعه", "تمركزات",
    # what was hit, before whose it was: قصفت رتلا لقوات حفتر
    "رتلا", "رتل", "الرتل", "أرتالا", "مقرا", "مقر", "مقرات", "تجمعا", "تجمعات", "آليات", "معسكرا", "موقعا",
    "تمركزا", "دورية", "آلية", "عربة", "عربات", "شاحنة"))
#: Words naming the force or weapon between a word of attack and its actor
#: (سلاح الجو التابع ل..., مسلحون من ..., هجوم انتحاري ل...): looked through.
_BETWEEN = frozenset(norm_word(w) for w in (
    "سلاح", "الجو", "جو", "الجوي", "جوي", "جوية", "الحربي", "حربي", "الحربية", "حربية", "التابع", "تابع",
    "التابعة", "تابعة", "التابعين", "الموالي", "موالي", "الموالية", "موالية", "الموالين", "موالين", "المسير",
    "مسير", "المسيرة", "مسيرة", "مسيرات", "مسلحون", "مسلحين", "مسلحو", "مسلحي", "عناصر", "مقاتلو", "مقاتلي",
    "مقاتلون", "من", "تنظيم", "قوات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "انتحاري", "انتحارية",
    "مدفعي", "مدفعية", "صاروخي", "صاروخية", "مسلح", "مسلحة", "إرهابي", "إرهابية", "دامي", "مزدوج"))
#: How many such words may stand between.
_MAX_BETWEEN = 4
_COALITION = norm_word("التحالف")
#: Actors that ``التحالف`` alone stands for, when the text names them in full.
_COALITIONS = frozenset({"coalition", "arab_coalition"})
_ACTIVE = frozenset(norm_word(w) for w in (
    "قتلت", "قتل", "قتلوا", "أوقعت", "أوقع", "شنت", "شن", "قصفت", "قصف", "هاجمت", "هاجم", "أعدم", "أعدمت",
    "اغتالت", "اغتال", "استهدفت", "أطلقت", "فجر", "فجرت", "نفذت", "نفذ", "أسقطت",
    "قتلتهم", "قتلهم", "قتلته", "قتلتها", "قتلوهم", "أصابتهم", "استهدفتهم"))  # الذين قتلتهم الطائرات الأميركية


def find_attackers(view: SentenceView) -> list[str]:
    """Actor ids the sentence names as attackers, in order of mention, each once."""
    out: list[str] = []
    if not view.actors:
        return out
    starts = [t.start for t in view.toks]
    named = []
    for s, e, ident in _in_sentence(view):
        named.append((s, ident))
        if ident in out:
            continue
        k = _token_at(starts, s)
        if k is not None and _attacks(view, k):
            out.append(ident)
    coalition = _bare_coalition(view, named)
    if coalition and coalition not in out:
        out.append(coalition)
    return out


#: Verbs of attack whose subject is the actor named right before them: unambiguous in unvocalized
#: text (not قتل/قتلوا, which are as often passive: أن 4 من عناصرها قتلوا).
_ATTACKS_AFTER = frozenset(norm_word(w) for w in (
    "هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون", "شن", "شنت", "شنوا", "يشن", "تشن", "يشنون",
    "اقتحم", "اقتحمت", "اقتحموا", "يقتحم", "تقتحم", "قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "استهدف", "استهدفت",
    "استهدفوا", "يستهدف", "تستهدف", "فجر", "فجرت", "أطلقت", "أطلقوا", "يقتل", "تقتل", "يقتلون", "أعدم",
    "أعدمت", "أعدموا", "يعدم", "تعدم", "اغتال", "اغتالت", "اغتالوا", "نصب", "نصبت", "نصبوا"))


def find_subject_attackers(view: SentenceView) -> list[tuple[str, int]]:
    """(actor id, token of the verb) of the actors named right before an
    unambiguous verb of attack (``مسلحي داعش هاجموا``, ``داعش يقتل 4 من
    الحشد``).  They attacked in the verb's clause only: the reader counts them
    for the figures of that clause (``... فقتلوا أربعة من مقاتليه، بينما قتلت
    غارات التحالف 21 من عناصر التنظيم``: the 21 are ISIS's).

    >>> find_subject_attackers(view_of("مسلحو داعش هاجموا قرية وقتلوا 4.", actors=[(7, 11, "isis")]))
    [('isis', 2)]
    """
    out = []
    starts = [t.start for t in view.toks]
    for s, e, ident in _in_sentence(view):
        k = bisect.bisect_left(starts, e)
        if k < len(view.toks) and view.toks[k].kind == "punct" and view.toks[k].norm in CLOSERS:
            k += 1  # "داعش" هاجم
        if k < len(view.toks) and view.toks[k].kind == "word" and view.is_in(k, _ATTACKS_AFTER):
            out.append((ident, k))
    return out


def _bare_coalition(view: SentenceView, named: list) -> str | None:
    """The coalition that a bare ``التحالف`` after a word of attack stands for (module docstring)."""
    inside = {s for s, _ in named}
    for k, tok in enumerate(view.toks):
        if tok.kind != "word" or _COALITION not in view.stems[k] or tok.start in inside:
            continue
        if view.actors.any_covering(tok.start, tok.start + 1):
            continue  # part of a longer name (التحالف العربي)
        if not _attacks(view, k):
            continue
        starts, idents = _coalitions(view)
        n = bisect.bisect_left(starts, view.sentence.start)  # the last named before the sentence, else the next
        if n > 0:
            return idents[n - 1]
        if n < len(idents):
            return idents[n]
    return None


def _coalitions(view: SentenceView) -> tuple[list[int], list[str]]:
    """Starts and ids of the text's coalition mentions, by start; built once per text."""
    found = view.actors.cache.get("coalitions")
    if found is None:
        pairs = sorted(((s, n, i) for n, (s, _, i) in enumerate(view.actors) if i in _COALITIONS))
        found = view.actors.cache["coalitions"] = ([s for s, _, _ in pairs], [i for _, _, i in pairs])
    return found


def _in_sentence(view: SentenceView):
    """The text's actor mentions that start in the sentence, in order: from
    the first one in it on when starts are sorted (no copy of the list, no
    walk over the text's other mentions), else by a scan."""
    first = view.actors.first_at_or_after(view.sentence.start)
    if first is None:
        yield from ((s, e, i) for s, e, i in view.actors if view.sentence.start <= s < view.sentence.end)
        return
    for n in range(first, len(view.actors)):
        s, e, ident = view.actors[n]
        if s >= view.sentence.end:
            return  # starts are sorted: the rest are after the sentence
        yield s, e, ident


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
    while k + 1 < len(view.toks) and view.toks[k].kind == "punct" and view.toks[k].norm in OPENERS:
        k += 1  # a name in quotes: its first word
    j = k  # the words before it, looking through opening quotes: تبناه "مجلس شورى ثوار بنغازي"
    while j > 0 and view.toks[j - 1].kind == "punct" and view.toks[j - 1].norm in OPENERS:
        j -= 1
    for back in (1, 2, 3):
        x = j - back
        if x < 0 or view.toks[x].kind != "word" or view.is_in(x, _AGAINST) or view.cue(x, "target"):
            break  # غارة على داعش, قصف ضد قوات حفتر: the target
        if view.cue(x, "attack") and back <= 2 or view.is_in(x, _CARRIED_OUT) and view.cue(x - 1, "attack") \
                or view.is_in(x, _CARRIED_OUT) and back == 1:
            return True
        if view.cue(x, "claim") or view.is_in(x, _ACTIVE) and back == 1:
            return True
    if view.toks[k].norm.startswith("ل") and view.cue(k - 1, "attack"):
        return True  # غارة للتحالف: the actor word carries ل
    if _through_force_words(view, j):
        return True
    if view.cue(k, "attack") and view.toks[k].kind == "word" and k + 1 < len(view.toks):
        return False
    return any(view.cue(x, "claim") for x in range(k + 1, min(k + 5, len(view.toks))))


def _through_force_words(view: SentenceView, k: int) -> bool:
    """A word of attack, of carrying out or of claim before the actor at
    token ``k``, with only words of :data:`_BETWEEN` between (at least one):
    ``قصف شنه سلاح الجو التابع للوفاق``, ``هجوم انتحاري لتنظيم داعش``."""
    x = k - 1
    between = 0
    while x >= 0 and between < _MAX_BETWEEN and view.toks[x].kind == "word" and view.is_in(x, _BETWEEN) \
            and not view.cue(x, "attack"):
        x -= 1
        between += 1
    if not between or x < 0 or view.toks[x].kind != "word":
        return False
    return view.cue(x, "attack") or view.is_in(x, _CARRIED_OUT) or view.cue(x, "claim") or view.is_in(x, _ACTIVE)
