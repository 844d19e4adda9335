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

from dataclasses import dataclass

from ..numbers import Quantity, norm_word
from .sentence import SentenceView, Trigger, view_of  # noqa: F401  (view_of: docstring examples)

__all__ = ["Figure", "Verdict", "estimate", "read_figures"]

MAX_TRIGGER_GAP = 12      # words between a trigger and the number it governs
MAX_POST_GAP = 3          # words between a number and a trigger after it
_MAX_ITEM = 6             # words in one item of a list of victims
#: Words that end a victim or source phrase (and an item of a list).
PHRASE_END = frozenset(norm_word(w) for w in (
    "في", "خلال", "جراء", "نتيجة", "إثر", "بسبب", "على", "إلى", "عن", "منذ", "بعد", "قبل", "عند",
    "لدى", "داخل", "قرب", "حسب", "بحسب", "وفق", "وفقا", "بين"))
ONE_OF = frozenset(norm_word(w) for w in ("أحد", "إحدى"))
MIN = norm_word("من")
_BAYN = norm_word("بين")
_AN = norm_word("عن")


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure found in a sentence, as the later stages need it.

    ``start``/``end`` are offsets of the figure in the text; ``trigger`` the
    casualty word that decided its kind; ``victim_start`` the token where
    its victim phrase begins (the counted noun, or the word after the
    number); ``counted`` the (Noun, number) of its counted noun, if any;
    ``anchor`` the token whose clause decides whether it is a running total.
    """

    kind: str
    low: int | None
    best: int | None
    high: int | None
    qualifier: str
    form: str
    start: int
    end: int
    trigger: Trigger
    victim_start: int
    counted: tuple | None
    anchor: int


@dataclass(frozen=True, slots=True)
class Verdict:
    """A number that is not a casualty figure, and why."""

    quantity: Quantity
    reason: str


def read_figures(view: SentenceView) -> tuple[list[Figure], list[Verdict]]:
    """The casualty figures of a sentence, in the order they are found
    (numbers first, then duals and singulars), and the numbers that are not
    figures with their reason."""
    used: set[int] = set()
    figures: list[Figure] = []
    verdicts: list[Verdict] = []
    for i, j, q in _ranges(view):
        found = _number_figure(view, i, j, q, used)
        if isinstance(found, Figure):
            figures.append(found)
        else:
            verdicts.append(Verdict(q, found))
    figures.extend(_counted_nouns(view, used))
    return figures, verdicts


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


def _not_people(view: SentenceView, i: int, j: int, fs: int, k: int, qualified: bool) -> str | None:
    """Why the number at tokens ``[i, j)`` counts no people, or None."""
    when = _date_or_time(view, i, j)
    if when:
        return when
    if view.cue(i - 1, "label") and not qualified:
        return "label (" + view.toks[i - 1].surface + ")"
    if view.cue(k, "unit"):
        return "count of " + view.toks[k].surface
    if view.cue(fs - 1, "preposition") and not view.cue(fs - 1, "negation"):
        return "after a preposition (" + view.toks[fs - 1].surface + ")"
    if view.cue(fs - 1, "presence"):
        return "people present (" + view.toks[fs - 1].surface + ")"
    if view.cue(fs - 1, "subset"):
        return "part of a toll already counted (" + view.toks[fs - 1].surface + ")"
    return None


def _number_figure(view: SentenceView, i: int, j: int, q: Quantity, used: set) -> Figure | str:
    """The figure of the number at tokens ``[i, j)``, or why it is not one."""
    qb = view.lex.qual_before.match_ending_at(view, i)
    fs = qb[0] if qb else i
    qa = view.lex.qual_after.match_at(view, j)
    k = qa[0] if qa else j
    reason = _not_people(view, i, j, fs, k, bool(qb))
    if reason:
        return reason
    noun = _casualty_noun_at(view, k)
    if noun:
        kind, end, counted = noun
        trigger = Trigger(k, end, kind, "noun")
    else:
        counted = view.noun(k) if view.toks[k:k + 1] and not view.conj(k) else None
        end = k + 1 if counted else k
        trigger = _governing_pre(view, fs)
        if trigger is None:
            trigger = _following_post(view, end)
        if trigger is None:
            return "no casualty word"
        kind = trigger.kind
    if not qa:
        qa = view.lex.qual_after.match_at(view, end)
        if qa:
            end = qa[0]
    anchor = trigger.i if trigger.role == "pre" else fs
    if view.negated(anchor):
        return "negated"
    if kind != "killed" and _infection(view, fs):
        return "infection, not injury"
    extra, start_tok = 0, fs
    if trigger.role == "pre" and (view.conj(fs) or view.norm_at(fs - 1) == "و") and _others_follow(view, end, counted):
        n_items = _list_items(view, trigger, fs)
        if n_items:
            extra, start_tok = n_items, trigger.j
    qualifier = qb[1] if qb else (qa[1] if qa else "exact")
    low, best, high, qualifier = estimate(q, qualifier)
    if extra:
        low, best, high = (None if v is None else v + extra for v in (low, best, high))
    start, stop = view.slice(start_tok, end)
    used.update(range(start_tok, end))
    return Figure(kind, low, best, high, qualifier, "list" if extra else q.form, start, stop, trigger,
                  k if counted else end, counted, i)


def _date_or_time(view: SentenceView, i: int, j: int) -> str | None:
    months = view.lex.calendar.get("month", frozenset())
    toks = view.toks
    if (view.is_punct(j, {":"}) and toks[j + 1:j + 2] and toks[j + 1].kind == "number") or (
            view.is_punct(i - 1, {":"}) and i >= 2 and toks[i - 2].kind == "number"):
        return "time"
    if view.is_in(j, months) or (view.is_punct(j, {"/", "-"}) and (view.is_in(j + 1, months) or (
            j + 1 < len(toks) and toks[j + 1].kind == "number"))):
        return "date"
    if view.is_in(i - 1, months) or (view.is_punct(i - 1, {"/"}) and view.is_in(i - 2, months)):
        return "date"
    tok = toks[i]
    if (j == i + 1 and tok.kind == "number" and len(tok.norm) == 4 and 1900 <= int(tok.norm) <= 2099
            and view.cue(i - 1, "year")):
        return "year"
    return None


def _infection(view: SentenceView, anchor: int) -> bool:
    """A disease word (فيروس, كورونا ...) in the clause: an infection."""
    a, b = view.clause_bounds(anchor)
    return any(view.cue(x, "disease") for x in range(a, b))


def _casualty_noun_at(view: SentenceView, k: int):
    """(kind, end, noun) of casualty nouns at ``k``: قتيلا, قتلى وجرحى, بين قتيل وجريح."""
    start = k + 1 if view.has(k, _BAYN) and not view.conj(k) else k
    hit = view.noun(start)
    if not hit or not hit[0].kind:
        return None
    kind, end = hit[0].kind, start + 1
    nxt = view.noun(end)
    if nxt and nxt[0].kind and nxt[0].kind != kind and view.conj(end):
        kind, end = "killed_or_injured", end + 1
    return kind, end, hit


def _governing_pre(view: SentenceView, fs: int) -> Trigger | None:
    best = None
    for t in view.pre:
        if t.j <= fs and fs - t.j <= MAX_TRIGGER_GAP and not view.barrier_between(t.j, fs):
            best = t
    return best


def _following_post(view: SentenceView, end: int) -> Trigger | None:
    for t in view.post:
        if end <= t.i <= end + MAX_POST_GAP and not view.barrier_between(end, t.i):
            return t
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


def _others_follow(view: SentenceView, k: int, counted) -> bool:
    """The figure is "N others" or "N of their men" (closes a list)."""
    if counted is not None and counted[0].singular == norm_word("آخر"):
        return True
    return view.has(k, MIN) and view.possessive(k + 1) is not None


# --------------------------------------------------------------------------
# duals and singulars


def _counted_nouns(view: SentenceView, used: set) -> list[Figure]:
    """Duals and indefinite singulars after a trigger (مقتل جنديين, قتل
    جندي) and casualty nouns on their own (قتيل وجريحان, سقوط قتيلين)."""
    out = []
    for t in view.pre:
        k = t.j
        if k in used or k >= len(view.toks) or view.negated(t.i):
            continue
        hit = view.noun(k)
        end = k + 1
        if hit and hit[1] == "dual":
            value = 2
        elif hit and hit[1] in ("sing", "acc") and not view.definite(k) and not view.possessive(k):
            value = 1
        elif view.is_in(k, ONE_OF) and (view.noun(k + 1) or view.possessive(k + 1) or view.has(k + 1, MIN)):
            value, end = 1, k + 2
        elif (dual := _dual_after(view, t)) is not None:
            k, end, hit, value = dual, dual + 1, view.noun(dual), 2
        else:
            continue
        if any(n[0] <= k < n[1] for n in view.numbers):
            continue
        if t.kind != "killed" and _infection(view, k):
            continue
        start, stop = view.slice(k, end)
        form = "dual" if value == 2 else "singular"
        out.append(Figure(t.kind, value, value, value, "exact", form, start, stop, t, k, hit, k))
        used.update(range(k, end))
    for k in range(len(view.toks)):
        if k in used:
            continue
        hit = view.noun(k)
        if not hit or not hit[0].kind or hit[1] not in ("dual", "sing", "acc") or view.definite(k):
            continue
        prev = k - 1
        if not (prev < 0 or view.is_punct(prev) or view.cue(prev, "toll") or view.has(prev, _AN)
                or (view.noun(prev) and view.noun(prev)[0].kind and view.conj(k))):
            continue
        if view.negated(k) or (hit[0].kind != "killed" and _infection(view, k)):
            continue
        value = 2 if hit[1] == "dual" else 1
        start, stop = view.slice(k, k + 1)
        t = Trigger(k, k + 1, hit[0].kind, "noun")
        out.append(Figure(hit[0].kind, value, value, value, "exact", "dual" if value == 2 else "singular",
                          start, stop, t, k, hit, k))
        used.add(k)
    return out


def _dual_after(view: SentenceView, t: Trigger) -> int | None:
    """A dual person noun after a trigger and a phrase (قتل في الهجوم جنديان)."""
    for k in range(t.j, min(t.j + MAX_POST_GAP + 3, len(view.toks))):
        tok = view.toks[k]
        if tok.kind != "word" or view.cue(k, "barrier") or k in view.pre_starts:
            return None
        hit = view.noun(k)
        if hit:
            return k if hit[1] == "dual" else None
    return None

