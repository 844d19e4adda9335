"""Stage 2 of the casualty reader: numbers → figures.

Reads the numbers of a :class:`~libyanews.casualties.sentence.SentenceView`
and decides, for each, whether it counts people killed or injured, of which
kind, how precisely, and where the counted noun starts; the result is one
:class:`Figure` record per figure and one :class:`Verdict` per number that
is not a figure (with the reason, for :func:`~libyanews.casualties.number_roles`).
Matching is on normalized words with clitics, so ``قُتِلَ``, ``وقتل`` and
``بمقتل`` all match.

1. **Numbers** come from :func:`libyanews.numbers.find_numbers` (digits in
   any script, number words, vague words), plus, next to a casualty word, a
   dual noun (``مقتل جنديين``, ``سقوط قتيلين`` = 2) or an indefinite
   singular (``قتل جندي``, ``مقتل أحد عناصر الأمن`` = 1).
2. **Not people**: a number is dropped when it is a time (``19:57``), a date
   (next to a month name) or a year (``في 2011``), a label (after ``رقم``,
   ``الكتيبة``, ``عام``, ``يوم``), a measure or a count of things or events
   (before ``كم``, ``غارات``, ``آليات``, ``هجمات``, ``شهرا``, ``نسمة``...),
   right after a preposition (``في 3 من المواقع``), people present
   (``وجود نحو ألف مقاتل``), or the breakdown of a toll already counted
   (``بينهم 3 أطفال``).
3. **Kind**: a casualty noun right after the number decides it
   (``15 شهيدا``, ``30 جريحا``, ``قتيلا وجريحا`` → killed_or_injured);
   otherwise the nearest trigger before it in the same sentence, at most 12
   words back and with no new clause (``إن``, ``فيما``, a relative pronoun,
   ``؛``) in between
   (``قتل 23 شخصا``, ``مقتل 15 عنصرا``; ``قتل وأصيب ... العشرات`` →
   killed_or_injured); otherwise a trigger just after it
   (``5 أشخاص لقوا حتفهم``, ``12 بجروح``).  A number with no casualty word
   is not a figure.
4. **Negation** (``لم``, ``نفى``, ``دون`` ... within 5 words before the
   trigger, same clause) and **infection** (``مصابة بالفيروس``) yield
   nothing.
5. **Qualifier** → ``low``/``best``/``high`` (UCDP's lowest / most likely /
   highest reliable estimate, DESIGN.md):

   =========  ======================  =====  =====  =====
   qualifier  example                 low    best   high
   =========  ======================  =====  =====  =====
   exact      قتل 23 شخصا             23     23     23
   at_least   ستة على الأقل            6      6      None
   more_than  أكثر من 400             401    401    None
   approx     نحو 20                  20     20     20
   up_to      ما يصل إلى 20           None   20     20
   range      ما بين 10 و15           10     10     15
   vague      عشرات (ACLED)           10     10     99
   =========  ======================  =====  =====  =====

   ``best`` of "at least N" is N: a single report gives no reason to
   believe more, and of a range its conservative end.  "less than N"
   (أقل من) is up_to N-1.
6. **Lists**: when a killing is told as a list ending in "and N others" or
   "N of their men" (``مقتل درياق، ومعاونه الصداعي، و8 آخرين``), each named
   person counts one and the figure is the sum (10, ``form`` "list").

    >>> figures, verdicts = read_figures(view_of("قتل ستة على الأقل وأصيب 12 بجروح في 3 من المواقع."))
    >>> [(f.kind, f.low, f.high, f.qualifier) for f in figures]
    [('killed', 6, None, 'at_least'), ('injured', 12, 12, 'exact')]
    >>> [(v.quantity.surface, v.reason) for v in verdicts]
    [('3', 'after a preposition (في)')]
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..lexicon import letters
from ..numbers import Quantity, norm_word
from .lists import sum_lists
from .nouns import counted_nouns
from .records import Figure, Verdict
from .sentence import (CLOSERS, MAX_TRIGGER_GAP, MIN, OF_THEM, OPENERS, PHRASE_END, SentenceView, Trigger, labelled,
                       number_at, qualifier_within, subject_end, verb_after_subject, view_of)  # noqa: F401  (view_of: docstring examples)

__all__ = ["estimate", "read_figures"]

_MAX_ITEM = 6             # words in one item of a list of victims
_BAYN = norm_word("بين")


def read_figures(view: SentenceView) -> tuple[list[Figure], list[Verdict]]:
    """The casualty figures of a sentence, in the order they are found
    (numbers first, then duals and singulars), and the numbers that are not
    figures with their reason."""
    used: set[int] = set()
    figures: list[Figure] = []
    verdicts: list[Verdict] = []
    state = _Breakdown()
    for i, j, q in _ranges(view):
        found = _number_figure(view, i, j, q, used, figures, state)
        if isinstance(found, Figure):
            figures.append(found)
        else:
            verdicts.append(Verdict(q, found))
    figures.extend(counted_nouns(view, used))
    return _victims_word_kind(view, sum_lists(view, figures)), verdicts


def estimate(q: Quantity, qualifier: str):
    """(low, best, high, qualifier) of a number and its qualifier (table 5 above)."""
    if not q.exact:
        return q.low, q.low, q.high, "vague"
    if qualifier == "range" or q.high != q.low:
        return q.low, q.low, q.high, "range"
    n = q.low
    if qualifier == "at_least":
        return n, n, None, qualifier
    if qualifier == "more_than":
        return n + 1, n + 1, None, qualifier
    if qualifier == "approx":
        return n, n, n, qualifier
    if qualifier == "up_to":
        return None, n, n, qualifier
    if qualifier == "less_than":
        return None, n - 1, n - 1, "up_to"
    return n, n, n, "exact"


# --------------------------------------------------------------------------
# numbers


def _ranges(view: SentenceView):
    """The numbers, with "ما بين 10 و15" / "بين 10 إلى 15" joined into one."""
    out = []
    numbers = view.numbers
    k = 0
    while k < len(numbers):
        i, j, q = numbers[k]
        qb = view.lex.qual_before.match_ending_at(view, i)
        if qb and qb[1] == "range" and k + 1 < len(numbers) and q.exact:
            i2, j2, q2 = numbers[k + 1]
            joined = (i2 == j + 1 and view.toks[j].norm in ("و", "الي", "حتي")) or (i2 == j and view.conj(i2))
            if joined and q2.exact and q2.low > q.low:
                out.append((i, j2, Quantity(view.text[q.start:q2.end], q.start, q2.end, q.low, q2.high, q.form)))
                k += 2
                continue
        out.append((i, j, q))
        k += 1
    return out


_ARTICLE = "ال"   # a detached article before a number: الـ300


def _lead(view: SentenceView, i: int) -> int:
    """First token of the number at ``i`` with what decorates it: an
    opening bracket or quotation mark, a detached article (الـ"10")."""
    while i > 0 and (view.toks[i - 1].norm in OPENERS and view.toks[i - 1].kind == "punct"
                     or view.toks[i - 1].norm == _ARTICLE):
        i -= 1
    return i


def _after(view: SentenceView, j: int) -> int:
    """First token after the number ending at ``j`` and its closing brackets or quotes."""
    while j < len(view.toks) and view.toks[j].kind == "punct" and view.toks[j].norm in CLOSERS:
        j += 1
    return j


def _qualifier_before(view: SentenceView, lead: int):
    """(first token, qualifier) before the number: ``أكثر من 400``, or a
    verb of exceeding with the toll's noun between (``تخطت حصيلة الجرحى 200``)."""
    if view.conj(lead) or view.norm_at(lead - 1) == "و":
        return None  # 26 قتيلا على الأقل وعشرات الجرحى: the qualifier is the first number's
    qb = view.lex.qual_before.match_ending_at(view, lead)
    if qb and qb[1] == "more_than" and view.cue(qb[0] - 1, "negation") and view.cue(qb[0], "exceed"):
        return qb[0] - 1, "up_to"   # لم يتجاوز 29: at most 29
    if qb:
        return qb
    if view.cue(lead - 1, "exceed"):
        if view.cue(lead - 2, "negation"):
            return lead - 2, "up_to"
        return lead - 1, "more_than"
    for k in range(lead - 2, max(-1, lead - 11), -1):
        tok = view.toks[k]
        if tok.kind != "word" or view.cue(k, "barrier") or view.cue(k, "relative") or k in view.qualifier_tokens:
            return None
        if view.cue(k, "exceed"):
            return lead, "more_than"  # تخطى عدد جرحى قوات الجيش في محاور وسط بنغازي 1200
    return None


def _not_people(view: SentenceView, i: int, j: int, fs: int, k: int, qualified: bool, q: Quantity,
                counts_casualties: bool) -> str | None:
    """Why the number at tokens ``[i, j)`` counts no people, or None.  A
    casualty noun right after it (``أبريل 102 قتيل``, ``العام 64 قتيلا``,
    ``إلى جانب نحو 2800 جريح``) overrides the label, preposition and
    presence rules."""
    when = _date_or_time(view, i, j, q)
    if when:
        return when
    if (view.cue(k, "unit") or (view.cue(k, "fate") and not view.conj(k))) and not _by_means(view, k) \
            and not _day_named(view, k):
        return "count of " + view.toks[k].surface
    rate = next((x for x in range(fs - 1, max(-1, fs - 9), -1) if view.cue(x, "rate")), None)
    if rate is not None and not any(view.toks[x].kind == "number" or view.is_punct(x) for x in range(rate, fs)):
        return "a rate, not a toll (" + view.toks[rate].surface + ")"  # بمعدل 48 قتيلا, متوسط القتلى اليومي 74
    attributive = _attributive(view, i, j, q)
    if attributive:
        return attributive
    if q.form == "words" and i > 0 and view.definite(i - 1) and view.norm_at(i - 1).removeprefix("ال") in _ORDINAL_TENS:
        return "a compound ordinal (" + view.toks[i - 1].surface + " " + q.surface + ")"  # دون الخامسة عشرة: an age
    if view.is_in(fs - 1, _FUNERAL) and not _of_a_group(view, k):
        return "mourners at a funeral (" + view.toks[fs - 1].surface + ")"  # شيع الآلاف جثمان القائد
    if not q.exact and norm_word(q.surface).endswith(MIN) and k in view.trigger_starts and view.noun(k) is None:
        return "the number of those who (" + q.surface + ")"  # عدد من قتلوا
    if _back_reference(view, i, q):
        return "a toll already given (" + view.toks[i - 1].surface + " " + q.surface + ")"
    if counts_casualties:
        return None
    if labelled(view, i) and not qualified and (q.form == "digits" or view.definite(i) and j == i + 1):
        # الكتيبة 302, بوابة الخمسين: a unit or a gate named by its number
        return "label (" + view.toks[i - 1].surface + ")"
    if view.cue(fs - 1, "preposition") and not view.cue(fs - 1, "negation") and fs - 1 not in view.trigger_tokens:
        return "after a preposition (" + view.toks[fs - 1].surface + ")"
    if view.cue(fs - 1, "presence"):
        return "people present (" + view.toks[fs - 1].surface + ")"
    return None


_DAY = frozenset(norm_word(w) for w in ("يوم", "ليلة", "صباح", "مساء", "فجر", "ظهر"))
_YESTERDAY = frozenset(norm_word(w) for w in ("أمس", "امس"))


def _day_named(view: SentenceView, k: int) -> bool:
    """"يوم" at ``k`` opens a day's name (وأصيب 48 يوم الجمعة, يوم أمس):
    when the figure happened, not a count of days (48 يوما, 100 يوم)."""
    if not view.is_in(k, _DAY) or k + 1 >= len(view.toks) or view.toks[k + 1].kind != "word":
        return False
    return view.definite(k + 1) or view.is_in(k + 1, _YESTERDAY)


def _by_means(view: SentenceView, k: int) -> bool:
    """The word after the number carries ب: the means or cause (19 بانفجار,
    5 بقذائف), not a count of things."""
    tok = view.toks[k]
    return tok.kind == "word" and view.skip(k) > 0 and letters(tok.surface)[:view.skip(k)].endswith("ب")


def _attributive(view: SentenceView, i: int, j: int, q: Quantity) -> str | None:
    """``واحد``/``اثنين`` after a noun is its adjective, not a number of its
    own: ``أسرة واحدة``, ``شخصين اثنين`` (the noun is counted, see
    :mod:`~libyanews.casualties.nouns`)."""
    if j != i + 1 or not view.cue(i, "attributive") or i == 0 or view.conj(i) or view.norm_at(i - 1) == "و":
        return None
    prev = view.toks[i - 1]
    if prev.kind != "word" or i - 1 in view.trigger_tokens or view.cue(i - 1, "attributive") or len(prev.norm) < 3 \
            or view.cue(i - 1, "barrier") or view.is_in(i - 1, PHRASE_END):
        return None
    if view.definite(i - 1) and not view.definite(i):
        return None  # خسرت في المعركة اثنين من عناصرها: an adjective agrees, a definite noun takes الاثنين
    if view.toks[i].norm.startswith("واحد") or view.noun(i - 1) is not None \
            or prev.norm.endswith(("ه", "ين", "ان")) or view.definite(i - 1):
        return "attributive (" + prev.surface + " " + view.toks[i].surface + ")"
    return None


def _back_reference(view: SentenceView, i: int, q: Quantity) -> bool:
    """A number with the article after a definite noun names a toll already
    given (``الضحايا الثمانية``, ``الجرحى الـ17``, ``الأسابيع الستة``)."""
    with_article = view.toks[i].norm.startswith("ال") or view.norm_at(i - 1) == _ARTICLE
    noun = i - 2 if view.norm_at(i - 1) == _ARTICLE else i - 1
    if not (q.exact and with_article and noun >= 0 and view.toks[noun].kind == "word" and view.definite(noun)
            and noun not in view.qualifier_tokens):
        return False
    # تجاوز عدد المصابين الثلاثين: a verb of reaching makes it the toll itself
    before = noun - 2 if view.cue(noun - 1, "count_of") or view.cue(noun - 1, "toll") else noun - 1
    return not (view.cue(before, "exceed") or view.is_in(before, _REACH))


_REACH = frozenset(norm_word(w) for w in ("بلغ", "بلغت", "وصل", "وصلت", "ارتفع", "ارتفعت", "إلى", "يبلغ", "تبلغ"))


class _Breakdown:
    """What the numbers read so far in a sentence tell the next one: where
    the last breakdown of a toll ended (``منهم 18 مدنيا و13 عسكريا``)."""

    def __init__(self):
        self.subset_end = -1
        self._seen = 0          # figures looked at by injured_among
        self._injured = False

    def injured_among(self, figures: list) -> bool:
        """Some figure so far counts the injured (each figure looked at once)."""
        if not self._injured:
            self._injured = any(f.kind in ("injured", "killed_or_injured") for f in figures[self._seen:])
            self._seen = len(figures)
        return self._injured


def _kind_of(view: SentenceView, i: int, fs: int, k: int):
    """(kind, trigger, counted noun, end token) of the number whose qualifier
    starts at ``fs`` and whose next word is ``k``; None without a casualty word."""
    noun = _casualty_noun_at(view, k)
    if noun:
        kind, end, counted = noun
        return kind, Trigger(k, end, kind, "noun"), counted, end
    counted = view.noun(k) if view.toks[k:k + 1] and not view.conj(k) else None
    end = k + 1 if counted else k
    if counted is not None:
        adjective = view.noun(end)  # 7 أطفال مصابين
        if adjective is not None and adjective[0].kind and not view.conj(end):
            return adjective[0].kind, Trigger(end, end + 1, adjective[0].kind, "noun"), counted, end + 1
    pair = _pair_after(view, end)
    if pair is not None:  # the victim phrase starts after the pair (العشرات بين قتيل وجريح من منتسبي ...)
        return "killed_or_injured", pair, counted, pair.j   # 11 مدنيا بين قتيل وجريح: civilians
    theirs = _their_number(view, fs) or _toll_reaching(view, fs)
    if theirs is not None:
        return theirs.kind, theirs, counted, end
    if counted is None and view.has(k, MIN):  # 37 من جرحاها, 5 من القتلى
        own = view.noun(k + 1) or view.possessive(k + 1)
        if own is not None and getattr(own[0], "kind", ""):
            kind = own[0].kind
            death = _died_of_wounds(view, fs, k + 2, own) if kind == "injured" else None
            if death is not None:  # وفاة خمسة من المصابين متأثرين بجراحهم: they died
                return "killed", death, own, k + 2
            before = next((t for t in view.pre if t.j == fs), None)
            if kind == "killed_or_injured" and before is not None and before.kind != kind:
                return before.kind, before, own, k + 2  # جثث ستة من الضحايا: the bodies say they died
            return kind, Trigger(k + 1, k + 2, kind, "noun"), own, k + 2
    if counted is None and view.is_in(k, _OF_THOSE_WHO):
        death = _later_death(view, k)
        if death is not None:  # خمسة ممن أصيبوا في الانفجار فارقوا الحياة
            return "killed", death, None, k
    trigger = _governing_pre(view, fs, k, counted)
    if trigger is None:
        trigger = verb_after_subject(view, end)
    if trigger is None:
        trigger = _count_of(view, end)
    if trigger is None:
        return None
    return trigger.kind, trigger, counted, end


_OF_THOSE_WHO = frozenset(norm_word(w) for w in ("ممن", "من"))
_LATER_DEATH = 10         # words from "of those who were hurt" to the verb of dying


def _died_of_wounds(view: SentenceView, fs: int, end: int, own) -> Trigger | None:
    """A verb of dying that governs "N of the wounded": before it (``وفاة``,
    ``توفي``) or after it (``فارقوا الحياة``); None for any other verb."""
    death = _governing_pre(view, fs, end, own) or verb_after_subject(view, end)
    return death if death is not None and death.kind == "killed" else None


def _later_death(view: SentenceView, k: int) -> Trigger | None:
    """"N of those who were injured ... died": a verb of dying after an
    injury verb that "ممن/من" opens (``خمسة ممن أصيبوا في الانفجار فارقوا
    الحياة``), in the same clause."""
    if not any(view.pre_at.get(x) is not None and view.pre_at[x].kind == "injured" for x in (k + 1,)):
        return None
    for x in range(k + 2, min(len(view.toks), k + _LATER_DEATH)):
        if view.is_punct(x) or view.cue(x, "barrier"):
            return None
        t = view.post_at.get(x) or view.pre_at.get(x)
        if t is not None and t.kind == "killed":
            return t
    return None


def _number_figure(view: SentenceView, i: int, j: int, q: Quantity, used: set, figures: list,
                   state: _Breakdown) -> Figure | str:
    """The figure of the number at tokens ``[i, j)``, or why it is not one."""
    lead = _lead(view, i)
    qb = _qualifier_before(view, lead)
    fs = qb[0] if qb else lead
    after = _after(view, j)
    qa = view.lex.qual_after.match_at(view, after)
    if qa is None and view.cue(after, "subset") and view.toks[after].norm.startswith("من"):
        qa = view.lex.qual_after.match_at(view, after + 1)  # وفاة ثلاثة منهم على الأقل
        qa = (after, qa[1]) if qa else None
    k = qa[0] if qa else after
    found = _kind_of(view, i, fs, k)
    reason = _not_people(view, i, j, fs, k, bool(qb), q, found is not None and found[1].role == "noun")
    if reason:
        return reason
    subset = _subset(view, i, fs, k, figures, state)
    died = found is not None and found[0] == "killed" and found[1].role != "noun" and found[2] is not None \
        and getattr(found[2][0], "kind", "") == "injured"  # اثنان من المصابين فارقا الحياة: news, not a part
    if subset and not died and (found is None or not _new_kind(view, found, figures, fs)):
        state.subset_end = k + 2 if view.has(k, MIN) else k  # 15 من الجرحى ... و9 متوسطة
        return subset
    if found is None:
        return "no casualty word"
    kind, trigger, counted, end = found
    if not qa:
        qa = view.lex.qual_after.match_at(view, end) or (
            view.lex.qual_after.match_at(view, end + 1) if view.toks[end:end + 1] and view.toks[end].kind == "word"
            and view.toks[end].norm.endswith(("يا", "يه", "ي", "يين")) else None)  # 26 قتيلا مدنيا على الأقل
        if qa:
            end = qa[0]
        elif trigger.role == "post" and trigger.i > end:
            qa = qualifier_within(view, end, trigger.i)  # 22 مقاتلا - على الأقل - سقطوا قتلى
    anchor = trigger.i if trigger.role == "pre" else fs
    not_more = bool(qb) and qb[1] == "up_to" and view.cue(qb[0], "negation")   # لا يتجاوز 15 جريحا: at most
    if not not_more and (view.negated(anchor) or (trigger.role != "pre" and view.negated(trigger.i))):
        return "negated"
    if kind != "killed" and _infection(view, fs):
        return "infection, not injury"
    if _severity(view, k, figures, state):
        return "how badly the injured already counted were hurt (" + view.toks[k].surface + ")"
    extra, start_tok = 0, fs
    if trigger.role == "pre" and (view.conj(fs) or view.norm_at(fs - 1) == "و") and _others_follow(view, end, counted):
        n_items = _list_items(view, trigger, fs)
        if n_items:
            extra, start_tok = n_items, trigger.j
    qualifier = qb[1] if qb else (qa[1] if qa else "exact")
    low, best, high, qualifier = estimate(q, qualifier)
    if extra:
        low, best, high = (None if v is None else v + extra for v in (low, best, high))
    start, stop = view.slice(start_tok, max(end, j))
    used.update(range(start_tok, end))
    pair = trigger.role == "noun" and trigger.i > k and view.has(trigger.i, _BAYN)  # 11 مدنيا بين قتيل وجريح من ...
    victims_at = k if counted and not pair or pair and view.has(k, MIN) else end  # (40 من مسلحي الحوثي سقطوا بين ...)
    return Figure(kind, low, best, high, qualifier, "list" if extra else q.form, start, stop, trigger,
                  victims_at, counted, i)


def _subset(view: SentenceView, i: int, fs: int, k: int, figures: list, state: _Breakdown) -> str | None:
    """Why the number is part of a toll already counted, or None: after
    ``بينهم``/``منهم`` (``بينهم 3 أطفال``), before ``منهم`` (``تسعة منهم``),
    ``N من المصابين`` when the injured were counted, or the next item of such
    a breakdown (``منهم 18 مدنيا و13 عسكريا``)."""
    if view.cue(fs - 1, "subset") and not (fs - 1 in view.pre_ends and view.toks[fs - 1].norm.startswith("من")
                                            and view.norm_at(fs - 2).endswith(("نا", "وا"))):
        return "part of a toll already counted (" + view.toks[fs - 1].surface + ")"   # (قتلنا منهم 62: the object)
    for x in range(fs - 2, max(-1, fs - 7), -1):  # بينهم طفلان وعدد من جنود الجيش
        if view.toks[x].kind != "word" or x in view.trigger_starts:
            break
        if view.cue(x, "subset") and (view.conj(fs) or view.norm_at(fs - 1) == "و"):
            return "part of a toll already counted (" + view.toks[x].surface + ")"
    if view.cue(fs - 1, "case"):
        return "the condition of some already counted (" + view.toks[fs - 1].surface + ")"  # حالة ثمانية منهم خطرة
    bayn = fs if view.has(fs, _BAYN) else fs - 1   # بين read as the qualifier of a range, or before it
    if view.has(bayn, _BAYN) and not view.conj(bayn) and view.definite(bayn - 1) and _casualty_plural(view, bayn - 1) \
            and view.noun(k) is not None and not view.noun(k)[0].kind:
        return "part of a toll already counted (" + view.toks[bayn - 1].surface + " بين)"  # وتوزع الجرحى بين أربعة مدنيين
    among = _among_casualties(view, fs, k) or _clause_among(view, fs)
    if among:
        return "part of a toll already counted (" + among + ")"
    if view.cue(k, "subset") and view.toks[k].norm.startswith("من") and fs not in view.pre_ends:
        return "part of a toll already counted (" + view.toks[k].surface + ")"  # تسعة منهم بإصابات طفيفة
    if k > fs and view.has(k - 1, MIN) and view.in_number[k - 1] and view.definite(k) and not view.conj(k) \
            and fs not in view.pre_ends and (fs == 0 or view.cue(fs - 1, "barrier")) \
            and verb_after_subject(view, k + 1) is None:
        hit = view.noun(k)  # أن عددا من الجرحى في حالة خطرة: some of the injured already counted
        if hit is not None and hit[0].kind and hit[1] == "plural":
            return "part of a toll already counted (" + view.toks[k].surface + ")"
    if view.has(k, MIN) and view.definite(k + 1) and not view.conj(k):
        hit = view.noun(k + 1)  # 15 من الجرحى إصاباتهم طفيفة (but: استقبل جثث ستة من الضحايا)
        before = next((t for t in view.pre if t.j == fs), None)
        if hit is not None and hit[0].kind and hit[1] == "plural" \
                and (before is None or before.kind == hit[0].kind):  # جثامين ثلاثة من القتلى: the same dead
            return "part of a toll already counted (" + view.toks[k + 1].surface + ")"
    if state.subset_end >= 0 and (view.conj(fs) or view.norm_at(fs - 1) == "و") and state.subset_end < fs \
            and not view.pre_between(state.subset_end, fs) \
            and not view.count("dash_or_closer", state.subset_end, fs) \
            and not view.count("barrier", state.subset_end, fs) and not _casualty_noun_before(view, fs):
        own = _casualty_noun_at(view, k)
        if own is None or not figures or own[0] in (figures[-1].kind, "killed_or_injured"):
            return "part of a toll already counted (the breakdown goes on)"
    return None


def _casualty_noun_before(view: SentenceView, fs: int) -> bool:
    """A casualty noun on its own just before the number's و (``وصول قتيلين
    وثمانية مصابين``): a new toll, not the next item of a breakdown."""
    k = fs - 2 if view.norm_at(fs - 1) == "و" else fs - 1
    if k < 1 or view.in_number[k] or view.in_number[k - 1]:
        return False    # 3 منهم حرجة و26: a number's noun is part of the breakdown
    hit = view.noun(k)
    return hit is not None and bool(hit[0].kind)


_DASHES_AND_CLOSERS = frozenset({"-", "–", "—", ")", "]", "}"})


_AMONG_BACK = 16          # words back to a clause that opens with بين القتلى


def _clause_among(view: SentenceView, fs: int) -> str | None:
    """The clause opens with "among the dead" and goes on listing them
    (``فإن بين القتلى القيادي ناصر العكوري واثنين من مرافقيه، إلى جانب
    قرابة 20 مقاتلا``): every number of it is part of the toll; a new casualty
    word ends the list."""
    for x in range(fs - 1, max(-1, fs - _AMONG_BACK), -1):
        if x in view.trigger_starts and not _casualty_plural(view, x):
            return None
        if view.cue(x, "barrier") or x == 0:
            y = x + 1 if view.cue(x, "barrier") else x
            if view.has(y, _BAYN) and _casualty_plural(view, y + 1) and y + 2 < fs:
                return view.toks[y].surface + " " + view.toks[y + 1].surface
            return None
    return None


def _among_casualties(view: SentenceView, fs: int, k: int) -> str | None:
    """``بين القتلى خمسة أطفال``, ``من بين قتلى الحلة 11``, ``ثلاثة أطفال بين
    القتلى``: the words that make the number part of a toll, or None."""
    for x in (k, k + 1):  # after the number (and its noun)
        if view.has(x, _BAYN) and not view.conj(x) and _casualty_plural(view, x + 1):
            return view.toks[x].surface + " " + view.toks[x + 1].surface
    for x in range(fs - 1, max(-1, fs - 4), -1):  # before it
        if view.has(x, _BAYN) and _casualty_plural(view, x + 1):
            return view.toks[x].surface + " " + view.toks[x + 1].surface
        if view.toks[x].kind != "word" or x in view.trigger_starts and x != fs - 1 - 0 and not _casualty_plural(view, x):
            return None
    return None


def _casualty_plural(view: SentenceView, x: int) -> bool:
    hit = view.noun(x)
    return hit is not None and bool(hit[0].kind) and hit[1] == "plural"


def _new_kind(view: SentenceView, found, figures: list, fs: int) -> bool:
    """A breakdown that tells something new: the killed and the injured of a
    combined toll (``2500 بين قتيل وجريح، منهم 442 قتيلا و2100 جريح``), or the
    dead among the injured (``إصابة العشرات، وتأكد وفاة ثلاثة منهم``)."""
    kind, trigger, _, _ = found
    if not figures or kind == "killed_or_injured":
        return False
    parent = figures[-1]
    own = trigger.role == "noun" or (trigger.role == "pre" and view.toks[trigger.i].start >= parent.end)
    return own and (parent.kind == "killed_or_injured" or (parent.kind == "injured" and kind == "killed"))


def _severity(view: SentenceView, k: int, figures: list, state: "_Breakdown") -> bool:
    """The number says how badly some of the injured counted before were
    hurt (``12 خطيرة، و47 متوسطة``, ``6 إصابات بليغة``)."""
    others = view.noun(k)
    if others is not None and others[0].singular == _OTHERS:
        return False  # و4 آخرون بجروح طفيفة: other people, hurt less
    for x in (k, k + 1, k + 2):
        if view.cue(x, "severity"):
            # the injured were counted before in this sentence, or the chain of conditions began
            # before the number (إصاباتهم طفيفة" و9 متوسطة), or it counts "of them" (إصابات 12 منهم بليغة)
            return state.injured_among(figures) or view.count("severity", 0, k) > 0 or view.is_in(k, OF_THEM)
        if view.toks[x:x + 1] and view.toks[x].kind != "word" and view.toks[x].norm not in CLOSERS:
            return False
    return False


_OTHERS = norm_word("آخر")


def _date_or_time(view: SentenceView, i: int, j: int, q: Quantity) -> str | None:
    months = view.lex.calendar.get("month", frozenset())
    toks = view.toks
    if (view.is_punct(j, {":"}) and toks[j + 1:j + 2] and toks[j + 1].kind == "number") or (
            view.is_punct(i - 1, {":"}) and i >= 2 and toks[i - 2].kind == "number"):
        return "time"
    day_or_year = q.exact and (q.low <= 31 or 1900 <= q.low <= 2099)
    if day_or_year and (view.is_in(j, months) or (view.is_punct(j, {"/", "-"}) and (view.is_in(j + 1, months) or (
            j + 1 < len(toks) and toks[j + 1].kind == "number")))):
        return "date"
    if day_or_year and (view.is_in(i - 1, months) or (view.is_punct(i - 1, {"/"}) and view.is_in(i - 2, months))):
        return "date"
    tok = toks[i]
    if (j == i + 1 and tok.kind == "number" and len(tok.norm) == 4 and 1900 <= int(tok.norm) <= 2099
            and view.cue(i - 1, "year")):
        return "year"
    return None


def _infection(view: SentenceView, anchor: int) -> bool:
    """A disease word (فيروس, كورونا ...) in the clause: an infection."""
    a, b = view.clause_bounds(anchor)
    return view.count("disease", a, b) > 0


def _casualty_noun_at(view: SentenceView, k: int):
    """(kind, end, noun) of the casualty noun counted by a number at ``k``:
    قتيلا, قتلى وجرحى, بين قتيل وجريح, حالات وفاة.  A noun with و is the next
    figure's (مقتل 4 وإصابة 9), and so is a second kind followed by its own
    number (سقوط 1100 قتيل وإصابة 5762)."""
    start = k + 1 if view.has(k, _BAYN) and not view.conj(k) else k
    if view.cue(start, "case") and not view.conj(start):
        start += 1
    hit = view.noun(start)
    if not hit or not hit[0].kind or (start == k and view.conj(k)):
        return None
    kind, end = hit[0].kind, start + 1
    nxt = view.noun(end)
    if nxt and nxt[0].kind and nxt[0].kind != kind and view.conj(end) and not number_at(view, end + 1) \
            and not _is_others(view, end + 1):
        kind, end = "killed_or_injured", end + 1  # 8 قتلى وجرحى, not 8 شهداء وإصابة آخرين (their own figure)
    return kind, end, hit


def _pair_after(view: SentenceView, end: int) -> Trigger | None:
    """``بين قتيل وجريح`` a few words after the counted noun (``31 شخصا
    سقطوا بين قتيل وجريح``, ``18 فردا من "مليشيات حفتر" سقطوا بين قتيل
    وجريح``): the figure covers both."""
    s = subject_end(view, end)
    if s is not None and s > end + 1 and view.cue(s, "light_verb"):
        end = s   # 40 من مسلحي الحوثي سقطوا بين قتيل وجريح
    for x in range(end, min(end + 4, len(view.toks))):
        if view.has(x, _BAYN) and not view.conj(x):
            first, second = view.noun(x + 1), view.noun(x + 2)
            if first and second and first[0].kind and second[0].kind and first[0].kind != second[0].kind:
                return Trigger(x, x + 3, "killed_or_injured", "noun")
            return None
        if view.toks[x].kind != "word" or x in view.trigger_starts or view.cue(x, "barrier"):
            return None
    return None


def _governing_pre(view: SentenceView, fs: int, k: int, counted) -> Trigger | None:
    """The nearest trigger before the number that reaches it: at most 12
    words back, no new clause or other fate (أسر, اعتقال) between, and what
    it needs (people after خسر).  A verb after الذين/من counts too (عدد
    الذين قضوا ... إلى 19)."""
    best = None
    governing, starts, longest = view.memo("governing", lambda: _governing(view))
    lo = bisect.bisect_left(starts, fs - MAX_TRIGGER_GAP - longest)
    hi = bisect.bisect_left(starts, fs)
    for t in governing[lo:hi]:   # the triggers that can end within MAX_TRIGGER_GAP before fs, in order
        if t.j <= fs and fs - t.j <= MAX_TRIGGER_GAP and not view.barrier_between(t.j, fs):
            if t.needs == "people" and not _counts_people(view, k, counted):
                continue
            if t.needs == "of_group" and not _of_a_group(view, k):
                continue
            if view.count("fate", t.j, fs):
                continue
            best = t if t.role == "pre" else Trigger(t.i, t.j, t.kind, "pre")
    return best


def _governing(view: SentenceView):
    """The triggers that can govern a number after them (pre triggers, and
    post ones after الذين/من) sorted by start; their starts; the longest one."""
    relative = [t for t in view.post if t.i > 0 and (view.cue(t.i - 1, "relative") or view.has(t.i - 1, MIN))]
    governing = sorted(view.pre + relative, key=lambda t: t.i)
    return governing, [t.i for t in governing], max((t.j - t.i for t in governing), default=0)


def _counts_people(view: SentenceView, k: int, counted) -> bool:
    """The number counts people: a person noun or من + a group follows (9 من جنوده,
    18 من "الجنجويد": a quotation mark may open the group)."""
    g = k + 2 if k + 1 < len(view.toks) and view.toks[k + 1].norm in OPENERS else k + 1
    return counted is not None or view.has(k, MIN) and (
        view.possessive(g) is not None or view.noun(g) is not None or view.definite(g))


#: Ordinals that open a compound ordinal with عشر/عشرة (الخامسة عشرة, الحادي عشر): an age or a rank, no count.
_ORDINAL_TENS = frozenset(norm_word(w) for w in (
    "حادي", "حادية", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة", "سابع",
    "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة"))
_FUNERAL = frozenset(norm_word(w) for w in ("شيع", "شيعت", "شيعوا", "يشيع", "تشيع", "يشيعون", "شارك", "شاركت",
                                              "شاركوا", "احتشد", "احتشدت", "احتشدوا"))


def _of_a_group(view: SentenceView, k: int) -> bool:
    """من + "its men" follows the number (شيعت 52 من عناصرها), not a noun it
    counts (شيع الآلاف جثمان) nor a group (شيع المئات من أهالي المدينة: the mourners)."""
    return view.has(k, MIN) and view.possessive(k + 1) is not None


def _their_number(view: SentenceView, fs: int) -> Trigger | None:
    """``القتلى، الذين وصل عددهم إلى 19``: the number of a casualty noun
    told through عددهم in a relative clause."""
    for x in range(fs - 1, max(-1, fs - 4), -1):
        if view.toks[x].norm in _THEIR_NUMBER:
            for y in range(x - 1, max(-1, x - 6), -1):
                hit = view.noun(y)
                if hit is not None and hit[0].kind and hit[1] == "plural":
                    return Trigger(y, y + 1, hit[0].kind, "pre")
            return None
        if view.toks[x].kind != "word":
            return None
    return None


_THEIR_NUMBER = frozenset({"عددهم", "عددهن", "عددها"})
_TO = frozenset(norm_word(w) for w in ("إلى", "بلغ", "بلغت", "بلغوا", "وصل", "وصلت", "وصلوا", "يصل", "تصل", "عند"))


def _toll_reaching(view: SentenceView, fs: int) -> Trigger | None:
    """``صعدت حصيلة ضحايا البراميل التي ألقتها مروحيات النظام ... إلى تسعة
    مدنيين``, ``يصل عدد المتشددين الذين قتلتهم الطائرات ... إلى 38``: a toll
    (حصيلة / عدد + a casualty word) that a number reaches (إلى, بلغت) far
    after it in the sentence, across relative clauses and commas."""
    if not view.is_in(fs - 1, _TO):
        return None
    for x in range(fs - 2, max(-1, fs - 32), -1):
        if view.is_punct(x, {".", "؛", ";"}) or view.cue(x, "barrier") and not view.cue(x, "relative"):
            return None
        if view.cue(x, "toll") or view.cue(x, "count_of"):
            for t in view.pre_within(x + 1, x + 5) or view.post_within(x + 1, x + 5):
                return Trigger(t.i, t.j, t.kind, "pre")
        if view.definite(x) and _casualty_plural(view, x) and view.cue(x + 1, "relative"):
            kind = view.noun(x)[0].kind   # القتلى الذين نقلوا إلى مستشفى الدلنج بلغوا 12
            return Trigger(x, x + 1, kind, "pre")
    return None


def _count_of(view: SentenceView, end: int) -> Trigger | None:
    """``ارتفع إلى 38 عدد قتلى التفجير``, ``إلى 19 عدد من قضوا``: the number
    is the count of a casualty noun or of those a casualty verb tells of."""
    if not view.cue(end, "count_of"):
        return None
    for x in range(end + 1, min(end + 4, len(view.toks))):
        hit = view.noun(x)
        if hit is not None and hit[0].kind:
            return Trigger(x, x + 1, hit[0].kind, "post")
        t = view.post_at.get(x) or view.pre_at.get(x)
        if t is not None:
            return Trigger(t.i, t.j, t.kind, "post")
    return None


def _list_items(view: SentenceView, t: Trigger, fs: int):
    """Count of the named victims listed between trigger and number."""
    stop = fs - 1 if view.norm_at(fs - 1) == "و" else fs
    if stop <= t.j:
        return None
    items: list[list[int]] = [[]]
    for k in range(t.j, stop):
        tok = view.toks[k]
        if view.is_punct(k, {"،", ","}) or tok.norm == "و":
            items.append([])
            continue
        if tok.kind != "word" or view.is_in(k, PHRASE_END) or view.cue(k, "barrier"):
            return None
        if view.conj(k) and items[-1]:
            items.append([])
        items[-1].append(k)
    items = [it for it in items if it]
    if not items or any(len(it) > _MAX_ITEM for it in items):
        return None
    count = 0
    for it in items:
        hit = view.noun(it[0])
        count += 2 if hit and hit[1] == "dual" else 1
    return count


_OTHER = norm_word("آخر")


def _is_others(view: SentenceView, k: int) -> bool:
    """The word at ``k`` is "others" (آخرين, آخرون): the people of a new figure."""
    hit = view.noun(k)
    return bool(hit) and hit[0].singular == _OTHER


def _others_follow(view: SentenceView, k: int, counted) -> bool:
    """The figure is "N others" or "N of their men" (closes a list)."""
    if counted is not None and counted[0].singular == norm_word("آخر"):
        return True
    return view.has(k, MIN) and view.possessive(k + 1) is not None


def _victims_word_kind(view: SentenceView, figures: list[Figure]) -> list[Figure]:
    """ضحايا covers the killed and the injured (``والضحايا بالعشرات``), unless
    the sentence gives the injured apart: then they are the dead (``سقوط 30
    ضحية وإصابة 50``)."""
    if not any(f.kind == "injured" for f in figures):
        return figures
    return [replace(f, kind="killed") if f.kind == "killed_or_injured" and _told_as_victims(view, f) else f
            for f in figures]


_VICTIMS = norm_word("ضحية")


def _told_as_victims(view: SentenceView, f: Figure) -> bool:
    """The figure's kind comes from ضحية/ضحايا (its noun or its trigger)."""
    if f.counted is not None and getattr(f.counted[0], "singular", "") == _VICTIMS:
        return True
    noun = view.noun(f.trigger.i)
    return noun is not None and noun[0].singular == _VICTIMS

