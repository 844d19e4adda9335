"""Stage 2b of the casualty reader: figures a noun counts, written without a number.

Next to a casualty word a noun can be the count itself
(:func:`counted_nouns`):

* a **dual**: ``مقتل جنديين``, ``لقي مدنيان مصرعهما``, ``سقوط قتيلين``,
  ``حالتي وفاة`` = 2;
* an **indefinite singular**: ``قتل جندي``, ``أصيبت طفلة``, ``مقتل أحد
  عناصر الأمن``, ``تسلم جثة رجل`` = 1, also with its adjective (``جندي
  ثالث``, ``فتى واحد``);
* an **ordinal** for "one more": ``قتل جنديان وأصيب ثالث`` = 1;
* a **casualty noun on its own** (``قتيل وجريحان``, ``خلّف القصف قتيلين``,
  ``انتهى الاشتباك بقتيل``), but not in ``بين قتيل وجريح``, not a verbal
  noun (``إصابة``, ``وفاة``) and not a noun that a number counts;
* a **plural with اثنين**: ``مواطنين اثنين`` = 2;
* a **subject** before its casualty verb: a dual (``أن شخصين قتلا``,
  ``إن مسعفين لقيا حتفهما``) or, after إن/أن, a singular (``أن شابا توفي``).

    >>> from libyanews.casualties.figures import read_figures
    >>> [(f.kind, f.best, f.form) for f in read_figures(view_of("لقي مدنيان مصرعهما وأصيب ثالث."))[0]]
    [('killed', 2, 'dual'), ('injured', 1, 'ordinal')]
"""

from __future__ import annotations

from functools import lru_cache

from ..numbers import norm_word
from .records import Figure
from .sentence import (KAN, MAX_POST_GAP, MIN, OF_THEM, ONE_OF, OPENERS, SentenceView, Trigger, qualifier_within,  # noqa: F401
                       verb_after_subject, view_of)  # (view_of: docstring examples)

__all__ = ["counted_nouns"]

_BAYN = "بين"
_NOT_A_COUNT = frozenset({"كل", "اي", "لا", "غير", "بين", "مابين", "عدد", "اعداد"})


def counted_nouns(view: SentenceView, used: set) -> list[Figure]:
    """The figures of a sentence that a noun counts (module docstring);
    ``used`` holds the tokens the number figures took, and grows."""
    out = []
    for t in view.pre:
        found = _after_trigger(view, t, used)
        if found is not None:
            out.append(found[0])
            used.update(range(found[1], found[2]))
    for k in range(len(view.toks)):
        if k not in used:
            found = _on_its_own(view, k) or _subject(view, k) or _coordinated(view, k, used)
            if found is not None:
                out.append(found)
                used.update(range(k, k + 1))
    return out


def _coordinated(view: SentenceView, k: int, used: set) -> Figure | None:
    """A person noun joined by و to a figure under the same casualty word:
    ``مقتل ضابط وجندي آخر``, ``استشهاد 4 من القوات وعنصر من داعش``,
    ``إصابة 3 موظفين وجندي أمريكي`` (1, or 2 for a dual); also after "in
    addition to": ``قتل ثلاثة عمال إضافة إلى عامل من تشاد``."""
    if not (view.conj(k) or _after_addition(view, k)) or view.definite(k) or view.possessive(k):
        return None
    hit = view.noun(k)
    n2 = k + 2 if view.norm_at(k + 1).endswith("يين") and not view.conj(k + 1) else k + 1   # ومهربين ليبيين اثنين
    two = hit is not None and hit[1] == "plural" and view.cue(n2, "attributive") \
        and view.norm_at(n2).startswith("اثن")   # ومهربين اثنين: two
    if hit is None or hit[0].kind or hit[1] not in ("sing", "acc", "dual") and not two:
        return None
    if view.in_number[k] or k + 1 < len(view.toks) and view.toks[k + 1].kind == "number" \
            and not view.is_in(k + 1, _ONE):  # ومدنيا واحدا: "one" only agrees with the noun
        return None
    if _in_breakdown(view, k):
        return None  # خمسة أشخاص بينهم طفل وامرأتان قتلوا
    if hit[1] == "acc" and k >= 2 and (before := view.noun(k - 1)) is not None and before[1] == "acc" \
            and view.in_number[k - 2] and not view.is_in(k + 1, _ONE):
        return None  # مقتل 93 عسكريا ومدنيا: soldiers and civilians, one count (not ومدنيا واحدا)
    t, floor = None, max(0, k - 12)
    for x in range(k - 1, max(-1, k - 10), -1):  # a counted figure, then its trigger, with no new clause
        tok = view.toks[x]
        if view.cue(x, "barrier") and tok.kind != "punct":
            floor = x  # إن سبعة من عناصر الجيش ومدنيا واحدا لقوا حتفهم: a subject before its verb
            break
        if tok.kind == "punct" or view.cue(x, "relative"):
            return None
        if x in view.trigger_starts:
            t = view.pre_at.get(x) or view.post_at[x]
            break
    if t is not None and any(view.cue(x, "subset") for x in range(t.j, k)):
        return None  # قتل 11 شخصا بينهم 3 أطفال وامرأتان: a breakdown
    if t is None:
        end = k + 1
        while end < len(view.toks) and view.cue(end, "attributive") and not view.conj(end):
            end += 1
        t = verb_after_subject(view, end)
        if t is None or not any(u in used for u in range(floor, k)):
            return None
    elif not any(u in used for u in range(t.j, k)):
        return None
    if view.negated(t.i):
        return None
    value = 2 if hit[1] == "dual" or two else 1
    end = n2 + 1 if two else k + 1
    while end < len(view.toks) and (view.cue(end, "attributive") or view.cue(end, "ordinal") or view.is_in(end, _ONE)) \
            and not view.conj(end):
        end += 1
    start, stop = view.slice(k, end)
    return Figure(t.kind, value, value, value, "exact", "dual" if value == 2 else "singular", start, stop, t, k, hit, k)


def _after_addition(view: SentenceView, k: int) -> bool:
    """Token ``k`` follows "in addition to" (``إضافة إلى``, ``فضلا عن``: cue ``addition``)."""
    phrases = view.lex.cue_phrases.get("addition")
    return phrases is not None and phrases.match_ending_at(view, k, longest=2) is not None


def _subject(view: SentenceView, k: int) -> Figure | None:
    """A dual (or, after إن/أن, an indefinite singular) person noun that is
    the subject of a casualty verb after it: ``أكدت المصادر أن شخصين قتلا``,
    ``إن مسعفين لقيا حتفهما``, ``أن شابا توفي متأثرا بجروحه``."""
    one_of = view.is_in(k, ONE_OF) and (k == 0 or view.cue(k - 1, "barrier")) and (
        view.noun(k + 1) or view.possessive(k + 1))  # أن أحد مقاتلي الكتائب فارق الحياة
    hit = (view.noun(k + 1) or view.possessive(k + 1)) if one_of else view.noun(k)
    if one_of:
        hit = (hit[0], "sing") if isinstance(hit[0], tuple) or hasattr(hit[0], "singular") else None
    wounded = one_of and hit is not None and getattr(hit[0], "kind", "") == "injured"  # أحد الجرحى فارق الحياة
    if hit is None or getattr(hit[0], "kind", "") and not wounded \
            or (not one_of and (view.definite(k) or view.possessive(k))) or k in view.trigger_starts:
        return None
    if k > 0 and view.cue(k - 1, "subset") or view.conj(k) and _in_breakdown(view, k):
        return None  # بينهم جنديان, بينهم طفل وامرأتان
    if k > 0 and not view.conj(k) and (before := view.noun(k - 1)) is not None and before[1] == hit[1] == "dual":
        return None  # لقي طفلان شقيقان حتفهما: the second dual describes the first
    plural_as_dual = hit[1] == "plural" and view.toks[k].norm.endswith("ين")  # مسعفين لقيا: the verb says two
    if hit[1] != "dual" and not plural_as_dual and not (hit[1] in ("sing", "acc") and (
            k == 0 or view.cue(k - 1, "barrier") or view.is_in(k - 1, KAN))):  # وكان جندي قد قتل
        return None
    if view.in_number[k] or (k > 0 and view.is_in(k - 1, _NOT_A_COUNT)):
        return None
    end = k + 2 if one_of else k + 1
    while end < len(view.toks) and view.cue(end, "attributive") and not view.conj(end):
        end += 1
    t = verb_after_subject(view, end)
    if t is None or view.negated(t.i) or _number_follows(view, t.j) or wounded and t.kind != "killed":
        return None  # إن انتحاريا قتل خمسة أشخاص: the killer, not the killed
    verb = view.toks[t.i - 1].norm if t.i > 0 and view.cue(t.i - 1, "light_verb") else view.toks[t.i].norm
    if plural_as_dual and (not verb.endswith("ا") or verb.endswith("وا")):
        return None  # مسعفين لقيا (two), not آخرين أصيبوا
    value = 2 if hit[1] == "dual" or plural_as_dual else 1
    qa = qualifier_within(view, end, t.i)
    low, high, qualifier = (value, None, "at_least") if qa and qa[1] == "at_least" else (value, value, "exact")
    start, stop = view.slice(k, end)
    return Figure(t.kind, low, value, high, qualifier, "dual" if value == 2 else "singular", start, stop, t, k, hit, k)


_ONE = frozenset(norm_word(w) for w in ("واحد", "واحدا", "واحدة", "واحدًا"))
_BREAKDOWN_BACK = 6       # words back from a coordinated noun to the بينهم of its breakdown


def _in_breakdown(view: SentenceView, k: int) -> bool:
    """The noun at ``k`` goes on a breakdown opened a few words before
    (``خمسة أشخاص بينهم طفل وامرأتان قتلوا``): part of a toll, not a figure."""
    for x in range(k - 1, max(-1, k - _BREAKDOWN_BACK), -1):
        if view.cue(x, "subset"):
            return True
        if view.toks[x].kind == "punct" or view.cue(x, "barrier") or x in view.trigger_starts:
            return False
    return False


def _after_trigger(view: SentenceView, t: Trigger, used: set):
    """(figure, first token, end token) of a noun counted right after the trigger ``t``."""
    k = t.j
    while k < len(view.toks) and view.toks[k].kind == "punct" and view.toks[k].norm in OPENERS:
        k += 1  # قتلت «إرهابيين اثنين»
    if k in used or k >= len(view.toks) or view.negated(t.i) or view.conj(k):
        return None
    if t.i > 0 and view.has(t.i - 1, _BAYN) and view.definite(t.i):
        return None  # وبين المصابين طفل وأخته: who was among them, a breakdown
    hit = view.noun(k)
    if hit is not None and hit[0].kind and hit[1] != "dual" and view.lex.pre.matches_at_word(hit[0].singular):
        return None  # سقوط 5 قتلى وإصابة: a verbal noun, not a count
    end = k + 1
    form = None
    if view.cue(k, "case") and view.noun(k + 1) is not None and view.noun(k + 1)[0].kind:
        return None  # حالة وفاة: a noun on its own, below
    if hit and hit[1] == "dual":
        value = 2
    elif hit and hit[1] == "plural" and view.cue(k + 1, "attributive") and view.toks[k + 1].norm.startswith("اثن"):
        value, end = 2, k + 2      # مواطنين اثنين
    elif hit and hit[1] in ("sing", "acc") and not view.definite(k) and not view.possessive(k):
        value = 1
    elif view.is_in(k, ONE_OF) and (view.noun(k + 1) or view.possessive(k + 1) or view.has(k + 1, MIN)):
        value, end = 1, k + 2
    elif view.cue(k, "ordinal") and not view.definite(k):
        value, form = 1, "ordinal"  # وأصيب ثالث
    elif view.is_in(k, _ONE) and (view.has(k + 1, MIN) or view.norm_at(k + 1) in OF_THEM):
        value = 1                  # وقتلت واحدا منهم: "one of them"
    elif hit and hit[1] in ("sing", "acc") and not hit[0].kind and view.definite(k) \
            and (named := _name_after(view, k + 1)) is not None:
        value, end = 1, named      # وفاة الشاب مراد الككلي, مقتل الجندي عادل المغربي: one man, named
    elif (dual := _dual_after(view, t)) is not None:
        k, end, hit, value = dual, dual + 1, view.noun(dual), 2
    else:
        return None
    if view.in_number[k]:
        return None
    if t.kind != "killed" and _infection(view, k):
        return None
    while end < len(view.toks) and (view.cue(end, "attributive") or view.cue(end, "ordinal")) and not view.conj(end):
        end += 1  # جنديين اثنين, جندي ثالث
    qualifier = "exact"
    qa = view.lex.qual_after.match_at(view, end)
    if qa:
        end, qualifier = qa[0], qa[1]
    start, stop = view.slice(k, end)
    form = form or ("dual" if value == 2 else "singular")
    low, high = (value, None) if qualifier == "at_least" else (value, value)
    return Figure(t.kind, low, value, high, qualifier if qualifier == "at_least" else "exact", form, start, stop, t, k,
                  hit, k), k, end


_MAX_EPITHETS = 2          # adjectives between a definite noun and the name (القائد الميداني سالم بوعلي)


@lru_cache(maxsize=1)
def _stopwords():
    from ..terms import load_stopwords   # the function words of term counts (data/stopwords_ar.txt)
    return load_stopwords()


def _name_like(view: SentenceView, j: int) -> bool:
    """A word that can be part of a person's name: no function word, no word of the casualty
    lists (noun, trigger, cue), no number, no weekday or month."""
    if j >= len(view.toks) or view.toks[j].kind != "word" or len(view.toks[j].norm) < 3:
        return False
    return not (view.toks[j].norm in _stopwords() or view.conj(j) or view.cue_names[j] or j in view.trigger_tokens
                or view.in_number[j] or view.noun(j) is not None or view.possessive(j) is not None
                or any(view.toks[j].norm in words for words in view.lex.calendar.values()))


def _name_after(view: SentenceView, j: int) -> int | None:
    """End token of a two-word personal name that starts at ``j`` after a
    definite person noun (``الجندي عادل المغربي``, ``الشاب مراد الككلي``,
    ``القائد الميداني سالم بوعلي``), or None: the first word bare, the second
    bare or a family nisba (المغربي).  A definite noun without a name is the
    one told of before (``مقتل الضابط``), not a new count."""
    skipped = 0
    while skipped < _MAX_EPITHETS and j < len(view.toks) and view.definite(j) and view.noun(j) is None \
            and view.toks[j].norm.endswith("ي") and not view.cue_names[j]:
        j, skipped = j + 1, skipped + 1   # الميداني
    if not _name_like(view, j) or view.definite(j):
        return None
    second = j + 1
    if not _name_like(view, second):
        return None
    if view.definite(second) and not view.toks[second].norm.endswith("ي"):
        return None   # قتل الجندي برصاص القناص: not a name
    return second + 1


def _on_its_own(view: SentenceView, k: int) -> Figure | None:
    """A casualty noun that is its own count: قتيلين, بقتيل, حالتي وفاة."""
    case = view.cue(k, "case") and view.toks[k].norm.endswith(("تا", "تي", "تان", "تين"))
    hit = view.noun(k + 1) if case else view.noun(k)
    if not hit or not hit[0].kind or view.definite(k) or view.possessive(k):
        return None
    if case:
        number, end = "dual", k + 2
    elif hit[1] in ("dual", "sing", "acc"):
        number, end = hit[1], k + 1
    else:
        return None
    if number != "dual" and not case and view.lex.pre.matches_at_word(hit[0].singular):
        return None  # إصابة, وفاة: the verbal noun of a trigger, not a count
    if k > 0 and (view.toks[k - 1].kind == "number" or view.is_in(k - 1, _NOT_A_COUNT) or k - 1 in view.qualifier_tokens
                  or view.cue(k - 1, "subset")) or k in view.trigger_tokens:
        return None
    if k > 1 and view.has(k - 2, _BAYN) and view.noun(k - 1) is not None and view.conj(k):
        return None  # بين قتيل وجريح
    if view.in_number[k] or _number_follows(view, end):
        return None
    if view.negated(k) or (hit[0].kind != "killed" and _infection(view, k)):
        return None
    value = 2 if number == "dual" else 1
    while end < len(view.toks) and view.cue(end, "attributive") and not view.conj(end):
        end += 1  # قتيلا واحدا
    t = Trigger(k, end, hit[0].kind, "noun")
    after = view.noun(end) if not case else None
    if after is not None and not after[0].kind and not view.conj(end) and not view.definite(end) \
            and (after[1] == "dual") == (number == "dual") and after[1] != "plural":
        end += 1   # جثتي جنديين, جثة جندي: the figure is the bodies of the soldiers, of their class
        hit = (after[0], hit[1])
    start, stop = view.slice(k, end)
    return Figure(t.kind, value, value, value, "exact", "dual" if value == 2 else "singular",
                  start, stop, t, k, hit, k)


def _number_follows(view: SentenceView, k: int) -> bool:
    """A number counted by the noun before ``k`` follows (إصابة 40, not قتيلان وثلاثة جرحى)."""
    if view.conj(k) or view.norm_at(k) == "و":
        return False
    qb = view.lex.qual_before.match_at(view, k)
    k = qb[0] if qb else k
    return k in view.number_starts


def _dual_after(view: SentenceView, t: Trigger) -> int | None:
    """A dual person noun after a trigger and a phrase (قتل في الهجوم جنديان)."""
    for k in range(t.j, min(t.j + MAX_POST_GAP + 3, len(view.toks))):
        tok = view.toks[k]
        if tok.kind != "word" or view.cue(k, "barrier") or k in view.pre_starts or view.cue(k, "subset"):
            return None  # استشهدوا بينهم طفلان: a breakdown
        hit = view.noun(k)
        if hit:
            return k if hit[1] == "dual" else None
    return None


def _infection(view: SentenceView, anchor: int) -> bool:
    a, b = view.clause_bounds(anchor)
    return view.count("disease", a, b) > 0
