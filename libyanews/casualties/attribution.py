"""Stage 3 of the casualty reader: who reports each figure (``reported_by``, ``reporter_kind``).

:func:`find_attributions` reads a sentence once and returns every
:class:`Attribution` in it, in text order; :func:`attribution_for` gives the
one that credits a figure.  Each attribution is a **source phrase** found by
one of these rules (word lists: ``attribution_cues.csv``):

1. **according to**: ``وفقا لمصادر طبية``, ``حسب ما أفاد عميد البلدية``,
   ``نقلا عن مسؤول محلي``, ``على لسان المتحدث`` (according_to, then ما
   and a relay word or verb of saying skipped);
2. **the subject of a verb of saying**, after it (``قال مسؤول في مستشفى
   الزاوية إن``, ``وأفاد مصدر طبي بأن``), between كان and قد before it
   (``وكانت وكالة الصحافة الفرنسية قد أفادت``), or before it
   (``وزارة الصحة قالت إن``); a verb of counting or receiving (``أحصى``,
   ``وثق``, ``استقبل``) counts only when its subject names a reporter;
3. **a statement** whose author follows with ل, صادر عن or as a genitive:
   ``في تصريح للناطق باسم ...``, ``في بيان صادر عن ...``, ``في بيان قسد``;
4. **a headline** ``الصحة: 57 قتيلا``;
5. a **participle** (``مؤكدا``, ``مضيفا``) goes on with the speaker before it.

A source phrase runs up to eight words, to punctuation (quotation marks do
not end it), a stop word (a preposition, a complementizer), a day or month,
a recipient (``لوكالة ...``), a verb, the object of the verb (``ارتفاع``,
``وقوع``, ``سقوط``), a claim (``مسؤوليته``), a casualty word or a number
that is not a label.  ``في`` does not end a short phrase whose head is a
reporter word when an institution, a place or a name follows (``مسؤول في
مستشفى الزاوية``, ``مستشفى ابن سينا في سرت``).  Then:

* a **document** stands for its author: ``وفق أرقام وزارة الصحة``, ``حسب
  بيان للتحالف``, ``أرقام أولية نشرتها وزارة الصحة`` → the ministry, the
  coalition; with no author (``وفق حصيلة سابقة``) it credits nobody;
* a verb that **passes on** (``نقلت``, ``أوردت``) credits the one after عن
  (``نقلت قناة محلية عن قائد ميداني`` → the commander);
* a **claim of responsibility** (``أعلن التنظيم مسؤوليته عن الهجوم``) is
  not a report of the toll; a participle after it (``مؤكدا في بيانه أن``)
  is;
* a journalist of an outlet is the outlet (``مصور لوكالة فرانس برس`` → afp);
* ``على لسان المتحدث باسمه`` after a subject describes that subject; a lone
  definite noun (``المجلس``) is the actor named before it whose name holds
  it (``مجلس شورى ثوار بنغازي`` → brsc).

``reported_by`` is the source id found in the phrase
(``libyanews.sources.find_sources``), else the actor id, else the phrase as
printed.  ``reporter_kind`` is the source's kind in ``sources.csv``
(broadcaster, newspaper → media; local → unknown), else the first
institution word of the phrase in ``reporter_words.csv``, else ``side`` for
an actor, else the speaker's own kind (``مسؤول`` → official), else
``unknown``.

A figure is credited by the first attribution after it when that one
trails (according to, a statement: ``قتل 5، وفقا لمصادر طبية``), else by
the last one before it (``ذكرت شبكة الأطباء أن 31 قتلوا، في حين قالت
حكومة الولاية إن القتلى 48``: 31 to the doctors, 48 to the government).

    >>> view = view_of("قتل 23 شخصا في بنغازي، وفقا لمصادر طبية.")
    >>> att = find_attribution(view)
    >>> att.display, att.how
    ('مصادر طبية', 'according_to')
    >>> att = find_attribution(view_of("وقال مسؤول في مستشفى الزاوية إن خمسة قتلوا."))
    >>> att.reported_by, att.kind
    ('مسؤول في مستشفى الزاوية', 'medical')
    >>> find_attribution(view_of("وأعلن التنظيم مسؤوليته عن الهجوم الذي قتل فيه 5.")).reported_by is None
    True
    >>> [(a.reported_by, a.kind) for a in find_attributions(view_of(
    ...     "ذكرت وزارة الصحة أن 31 شخصا قتلوا، في حين قال الناطق العسكري إن القتلى 48."))]
    [('وزارة الصحة', 'medical'), ('الناطق العسكري', 'military')]

(``reported_by`` holds the phrase here because ``view_of`` is given no
mentions; :func:`~libyanews.casualties.find_casualties` gives ``moh``.)

The word lists are data files with their sources noted: ``attribution_cues.csv``
(cues), ``reporter_words.csv`` (kinds), ``sources.csv`` (sources and their
kinds); the kinds follow the annotation convention of the project's casualty
development set (an army's spokesman is military, the forces themselves a
side; WHO, OCHA and emergency rooms are monitors).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from ..datafiles import DataFileError, read_table
from ..gazetteer import load_sources
from ..normalize import normalize_with_offsets
from ..numbers import MATCH_OPTIONS, norm_word
from .sentence import MAX_TRIGGER_GAP, SentenceView, view_of  # noqa: F401  (view_of: docstring examples)
from .wordlists import PhraseSet

__all__ = ["NO_ATTRIBUTION", "QUOTES", "REPORTER_KINDS", "Attribution", "attribution_for", "find_attribution",
           "find_attributions", "goes_on_speaking", "source_phrase"]

#: Values of ``reporter_kind`` (None when nobody is credited).
REPORTER_KINDS = ("agency", "medical", "official", "military", "side", "witness", "media", "monitor", "unknown")
_SOURCE_KIND = {"broadcaster": "media", "newspaper": "media", "local": "unknown"}
_WORD_KINDS = frozenset(REPORTER_KINDS) - {"unknown"} | {""}
_ROLES = frozenset({"body", "speaker", "journalist", "place"})

_MAX_PHRASE = 8           # words in a source phrase
_MAX_HEADLINE = 5         # words before the colon of a headline
QUOTES = frozenset({'"', "'", "“", "”", "«", "»", "‘", "’"})
_KAN = frozenset(norm_word(w) for w in ("كان", "كانت", "كانوا"))
_QAD = norm_word("قد")
_SADIR = frozenset(norm_word(w) for w in ("صادر", "الصادر"))
_AN = norm_word("عن")
_HE = frozenset(norm_word(w) for w in ("وهو", "وهي", "هو", "هي"))
_FI = norm_word("في")
_MIN = norm_word("من")
_MA = norm_word("ما")
_ALA, _LISAN = norm_word("على"), norm_word("لسان")
_TRAILING = ("according_to", "statement")
_WORD_RE = re.compile(r"\w+")


class Attribution(NamedTuple):
    """Who a figure is credited to.

    ``display`` is the source phrase as printed (ل of لمصادر dropped),
    ``reported_by`` the source id, actor id or phrase; ``start``/``end``
    its offsets; ``context_end`` where the reporter's description ends (the
    reporter's side may be named there); ``exclude`` the span whose places
    are the source's, not the event's; ``how`` the rule that found it
    (according_to, speech, statement or headline); ``kind`` the
    reporter_kind; ``cue`` the offset of the word that introduced it."""

    display: str | None
    reported_by: str | None
    start: int
    end: int
    context_end: int
    exclude: tuple[int, int]
    how: str | None
    kind: str | None = None
    cue: int = -1


NO_ATTRIBUTION = Attribution(None, None, 0, 0, 0, (0, 0), None)


class _Found(NamedTuple):
    """A source phrase before it is resolved: the cue token, the phrase's
    tokens [a, b), the rule, and where the description ends (على لسان ...)."""

    cue: int
    a: int
    b: int
    how: str
    described_to: int = -1


# --------------------------------------------------------------------------
# the public functions


def find_attributions(view: SentenceView) -> list[Attribution]:
    """Every attribution of the sentence, in the order of their cues."""
    consumed: set[int] = set()
    found = _according_to(view, consumed) + _speech(view, consumed) + _statement(view) + _headline(view)
    found = [f for f in found if not (f.how == "according_to" and f.cue in consumed)]   # على لسان after a subject
    out: list[Attribution] = []
    seen: set[tuple[int, int]] = set()
    for f in sorted(found, key=lambda f: f.cue):
        att = _resolve(view, f)
        if att is not None and (att.start, att.end) not in seen:
            seen.add((att.start, att.end))
            out.append(att)
    return out


def attribution_for(attributions: list[Attribution], offset: int, cues: list[int] | None = None) -> Attribution:
    """The attribution that credits the figure at ``offset``: the first one
    after it when it trails (according to, a statement), else the last one
    before it, else :data:`NO_ATTRIBUTION`.  ``attributions`` are in the
    order of their cues (:func:`find_attributions`); ``cues``, their cue
    offsets, may be given when asking for many figures."""
    if cues is None:
        cues = [a.cue for a in attributions]
    n = bisect.bisect_right(cues, offset)   # attributions[n:] come after the figure
    if n < len(attributions) and attributions[n].how in _TRAILING:
        return attributions[n]
    return attributions[n - 1] if n else NO_ATTRIBUTION


def find_attribution(view: SentenceView) -> Attribution:
    """The attribution of the sentence's first figure (or of its start)."""
    attributions = find_attributions(view)
    if not attributions:
        return NO_ATTRIBUTION
    starts = [view.toks[i].start for i in view.trigger_starts] + [q.start for _, _, q in view.numbers]
    return attribution_for(attributions, min(starts, default=view.sentence.start))


# --------------------------------------------------------------------------
# the rules


def _according_to(view: SentenceView, consumed: set[int]) -> list[_Found]:
    words = view.lex.attribution
    phrases = view.lex.attribution_phrases
    speech = words.get("speech", frozenset())
    out = []
    # only a word that can open an attribution is looked at (the same answers, fewer questions)
    opening = _openers(view.lex, "according_to")
    stems = view.stems
    for k in range(len(view.toks)):
        if opening.isdisjoint(stems[k]):
            continue
        m = phrases["according_to"].match_at(view, k) if "according_to" in phrases else None
        end = m[0] if m else (k + 1 if view.is_in(k, words.get("according_to", ())) else None)
        after_ma = False
        if end is None and view.is_in(k, words.get("as", ())) and view.is_in(k + 1, speech):
            end, after_ma = k + 1, True     # كما قال شهود
        if end is None:
            continue
        if not after_ma and end == k + 1 and len(view.toks[k].norm) > 3 and view.toks[k].norm.endswith("ما"):
            after_ma = True   # حسبما أفاد آمر ميداني: ما is written into the word
        transmit = False
        while end < len(view.toks):
            m2 = phrases["relay"].match_at(view, end) if "relay" in phrases else None
            if m2:
                step = m2[0]
            elif view.is_in(end, words.get("relay", ())) or (after_ma and view.is_in(end, speech)):
                step = end + 1
            else:
                break
            transmit = transmit or view.is_in(end, words.get("transmit", ()))
            after_ma = view.has(end, _MA)
            consumed.update(range(end, step))
            end = step
        if after_ma and end < len(view.toks) and view.is_in(end, _WHAT_IS_AT_HAND):
            continue  # وفق ما لدينا, بحسب ما توفر: "according to what we have" names no source
        span = source_phrase(view, end)
        if span and transmit:
            span = _originator(view, span[1]) or span
        if span:
            out.append(_Found(k, *span, "according_to"))
    return out


def _speech(view: SentenceView, consumed: set[int]) -> list[_Found]:
    words = view.lex.attribution
    speech, record = words.get("speech", frozenset()), words.get("record", frozenset())
    out = []
    speaker = None
    saying = _openers(view.lex, "speech")
    stems = view.stems
    for k in range(len(view.toks)):
        if saying.isdisjoint(stems[k]):
            continue   # neither a participle nor a verb of saying, recording or passing on
        if k in consumed or view.definite(k):
            continue
        if view.is_in(k - 1, _NOT_SAYING):
            continue  # طلب عدم ذكر اسمه, رفض الكشف عن هويته: asks not to be named, says nothing
        if view.is_in(k, words.get("participle", ())):
            if speaker is not None:
                out.append(speaker._replace(cue=k))
            continue
        is_record = view.is_in(k, record) or view.is_in(k, words.get("transmit", ()))
        is_that = view.is_in(k, words.get("speech_that", ()))
        is_claim = view.is_in(k, words.get("claim_verb", ()))
        if not (view.is_in(k, speech) or is_record or is_that or is_claim):
            continue
        span = _speaker(view, k)
        if span is None or (is_record or is_that) and not _names_reporter(view, *span, actors=not is_record) \
                or is_that and not (view.cue(span[1], "barrier") or view.is_in(span[1], words.get("medium", ()))):
            continue
        a, b = span
        described_to = -1
        if view.has(b, _ALA) and view.has(b + 1, _LISAN):   # X على لسان المتحدث باسمه
            described = source_phrase(view, b + 2)
            if described:
                described_to = described[1]
                consumed.update(range(b, b + 2))
        speaker = _Found(k, a, b, "speech", described_to)
        if is_claim or _claims(view, b):
            continue  # تبنى التنظيم الهجوم, أعلن مسؤوليته: only a participle after it reports
        if view.is_in(k, words.get("transmit", ())):
            origin = _originator(view, b)
            if origin:
                out.append(_Found(k, *origin, "speech"))
                continue
        out.append(speaker)
    return [f for f in out if f.cue not in consumed]


_WHAT_IS_AT_HAND = frozenset(norm_word(w) for w in (
    "لدينا", "لديه", "لديها", "لديهم", "لدي", "لدى", "توفر", "يتوفر", "تتوفر", "متوفر", "متاح", "هو"))
_GOES_ON = frozenset(norm_word(w) for w in (
    "تابع", "تابعت", "تابعوا", "لفت", "لفتت", "لفتوا", "استطرد", "واصل", "أضافوا", "أوضحوا", "أكدوا", "أشاروا",
    "ذكروا", "أفادوا"))
_TO = norm_word("إلى")
_SKIP_BEFORE_THAT = 3     # time words between a subjectless verb of saying and its أن


def goes_on_speaking(view: SentenceView) -> bool:
    """The sentence opens with a verb of saying that has no subject of its
    own (``وأضاف أن ...``, ``وأوضح الأحد أن ...``, ``وأشار إلى أن ...``,
    ``وتابع: "..."``): it goes on with the speaker of the sentence before.

    >>> goes_on_speaking(view_of("وأضاف أن 5 قتلوا.")), goes_on_speaking(view_of("وأضاف الطبيب أن 5 قتلوا."))
    (True, False)
    """
    if not view.toks or view.toks[0].kind != "word":
        return False
    words = view.lex.attribution
    if not (view.is_in(0, words.get("speech", ())) or view.is_in(0, _GOES_ON)):
        return False
    cal, _ = _phrase_words(view.lex)
    k = 1
    while k < len(view.toks) and k <= _SKIP_BEFORE_THAT and (view.is_in(k, cal) or view.is_in(k, words.get("skip", ()))):
        k += 1
    if k < len(view.toks) and view.has(k, _TO):
        k += 1  # أشار إلى أن
    if k >= len(view.toks):
        return False
    tok = view.toks[k]
    return view.cue(k, "barrier") and tok.norm in _THAT_WORDS or tok.kind == "punct" and tok.norm in (":", *QUOTES)


_THAT_WORDS = frozenset(norm_word(w) for w in ("أن", "إن", "بأن", "ان"))
_NOT_SAYING = frozenset(norm_word(w) for w in ("عدم", "دون", "رفض", "بدون"))


_PRESS = frozenset(norm_word(w) for w in ("صحفي", "صحفية", "صحافي", "صحافية", "متلفز", "متلفزة", "إعلامي"))


def _statement(view: SentenceView) -> list[_Found]:
    statement = view.lex.attribution.get("statement", ())
    out = []
    for k in range(len(view.toks) - 1):
        if not view.is_in(k, statement):
            continue
        nxt = k + 1
        if view.is_in(nxt, _PRESS):
            continue    # في تصريح صحفي: the press it was made to, not its author
        if view.is_in(nxt, _SADIR) and view.has(nxt + 1, _AN):
            nxt += 2
        elif not (view.toks[nxt].norm.startswith("ل") or _mention_starts(view, nxt)
                  or _reporter_words().match_at(view, nxt)):
            continue
        span = source_phrase(view, nxt)
        if span:
            out.append(_Found(k, *span, "statement"))
    return out


def _headline(view: SentenceView) -> list[_Found]:
    """``الصحة: 57 قتيلا``: a short reporter phrase, then a colon, opens the sentence."""
    colon = next((i for i, t in enumerate(view.toks[:_MAX_HEADLINE + 2]) if t.norm == ":"), None)
    if not colon:
        return []
    words = view.lex.attribution
    if any(view.is_in(0, words.get(w, ())) for w in ("speech", "record", "speech_that")):
        return []   # وقال المتحدث: ... is a verb of saying
    span = source_phrase(view, 0)
    if span and span[1] == colon and _names_reporter(view, *span):
        return [_Found(0, *span, "headline")]
    return []


def _speaker(view: SentenceView, v: int):
    """Subject of the verb of saying at ``v``: after it (VSO), between كان
    and قد before it (وكانت وكالة الصحافة الفرنسية قد أفادت), or before it
    in its clause (وزارة الصحة قالت إن)."""
    if v >= 2 and view.has(v - 1, _QAD):
        a = v - 2
        while a >= 0 and not view.is_in(a, _KAN) and v - a <= _MAX_PHRASE + 2:
            a -= 1
        if a >= 0 and view.is_in(a, _KAN) and a + 1 < v - 1:
            comma = next((x for x in range(a + 2, v - 1) if view.is_punct(x, {"،", ","})), None)
            return a + 1, (comma if comma is not None else v - 1)  # وكانت النائبة عن المدينة، فاطمة آدم، قد
    span = source_phrase(view, v + 1, subject=True)
    if span and view.is_punct(span[1], {"،", ","}) and not _names_reporter(view, *span):
        d = span[1] + 1
        if view.is_in(d, _HE):
            d += 1      # محمد، وهو أحد السكان، إن
        described = source_phrase(view, d)   # خالد بن عمران، المتحدث الإعلامي لعملية بركان الغضب، أن
        if described and _names_reporter(view, *described):
            return described    # the name says nothing of the kind; what he is does
    if span:
        return span
    stop = view.last_before("speaker_stop", v)   # punctuation, a barrier or a relative pronoun
    a = 0 if stop is None else stop + 1
    if a < v and (a == 0 or view.is_punct(a - 1)):   # not in a clause after أن: وأوضح طبيب أن المستشفى استقبل
        span = source_phrase(view, a)
        if span and span[1] == v and _names_reporter(view, *span):
            return span
    return None


def _claims(view: SentenceView, b: int) -> bool:
    """A claim of responsibility right after the subject ending at ``b``
    (مسؤوليته عن, أنه يقف وراء)."""
    claim = view.lex.attribution.get("claim", ())
    for t in range(b, min(b + 4, len(view.toks))):
        if view.is_punct(t):
            return False
        if view.is_in(t, claim):
            return True
    return False


def _originator(view: SentenceView, b: int):
    """The source after عن that a verb of passing on credits (نقلت قناة
    محلية عن قائد ميداني; ... وكالة أسوشيتد برس في تغريدة، عن مصادر طبية)."""
    t = b
    if view.has(t, _FI):
        t += 1
        while t < len(view.toks) and t - b <= 3 and not view.has(t, _AN) and not view.is_punct(t):
            t += 1
    while view.is_punct(t, {"،", ","}):
        t += 1
    return source_phrase(view, t + 1) if view.has(t, _AN) else None


# --------------------------------------------------------------------------
# source phrases


def source_phrase(view: SentenceView, k: int, subject: bool = False):
    """Token range of a source phrase starting at ``k``, or None; with
    ``subject``, time words before it are skipped (أعلنت يوم الأحد وزارة ...)."""
    words = view.lex.attribution
    cal, verbs = _phrase_words(view.lex)
    if subject:
        while k < len(view.toks) and (view.is_in(k, words.get("skip", ())) or view.is_in(k, cal)):
            k += 1
    if k < len(view.toks) and view.is_in(k, words.get("object", ())) and not view.has(k + 1, _MIN) \
            and not view.is_in(k, words.get("document", ())):
        return None   # أعلن ارتفاع الحصيلة: an object, no subject (a document's author is read later)
    numbers = view.in_number
    first = view.noun(k) if k < len(view.toks) else None
    if first is not None and first[1] == "dual":
        return None   # نعت ضابطين من اللواء التاسع: the two dead, the object, not who speaks
    b, n_words, continued = k, 0, False
    while b < len(view.toks) and n_words < _MAX_PHRASE:
        tok = view.toks[b]
        if tok.kind == "punct" and tok.norm not in QUOTES:
            break
        if tok.kind == "word":
            if b > k and _ends_before(view, k, b):
                break
            name_end = _name_end(view, b)
            if name_end > b + 1:      # a name or a listed phrase is read whole (فجر ليبيا)
                n_words += sum(view.toks[i].kind == "word" for i in range(b, name_end))
                b = name_end
                continue
            if view.has(b, _FI) and not continued and _continues_after_fi(view, k, b, n_words):
                continued = True
                b += 1
                continue
            if view.is_in(b, words.get("stop", ())) and not (view.has(b, _AN) and view.is_in(b - 1, _SADIR)):
                break
            if view.is_in(b, cal) or view.cue(b, "barrier") or view.is_in(b, words.get("claim", ())):
                break
            if b > k and (not view.definite(b) and (view.is_in(b, verbs) or view.is_in(b, words.get("document", ())))
                          or view.is_in(b, words.get("object", ())) or _is_circumstantial(tok.norm)):
                break
            noun = view.noun(b)
            if b in view.trigger_starts or noun and (noun[0].kind or b > k and noun[1] == "dual") or numbers[b]:
                break
            n_words += 1
        elif tok.kind == "number" and not view.cue(b - 1, "label"):
            break
        b += 1
    while b > k and (view.toks[b - 1].kind == "punct" or view.has(b - 1, _FI)):
        b -= 1
    if b - 1 > k and view.conj(b - 1) and not view.definite(b - 1) and b < len(view.toks) and view.has(b, _FI):
        b -= 1  # عميد بلدية غريان وعضو في مديرية الأمن: the second speaker's phrase was cut, keep the first
    return (k, b) if n_words else None


_OPENERS: dict[tuple, tuple] = {}


def _openers(lex, rule: str) -> frozenset:
    """The words a rule's loop can stop at (``according_to``: according-to
    phrases and words, كما; ``speech``: participles, verbs of saying,
    recording, passing on and speech_that): every other word it skips."""
    key = (id(lex.attribution), rule)
    entry = _OPENERS.get(key)
    if entry is None or entry[0] is not lex.attribution:
        words, phrases = lex.attribution, lex.attribution_phrases
        if rule == "according_to":
            found = set(words.get("according_to", ())) | set(words.get("as", ()))
            if "according_to" in phrases:
                found |= phrases["according_to"].first_words
        else:
            found = set().union(*(words.get(w, ()) for w in ("participle", "speech", "record", "transmit",
                                                              "speech_that", "claim_verb")))
        entry = _OPENERS[key] = (lex.attribution, frozenset(found))
    return entry[1]


_PHRASE_WORDS: dict[int, tuple] = {}


def _phrase_words(lex) -> tuple[frozenset, frozenset]:
    """(calendar words, verbs of saying, recording and the like) of a lexicon, made once."""
    entry = _PHRASE_WORDS.get(id(lex.attribution))
    if entry is None or entry[0] is not lex.attribution or entry[1] is not lex.calendar:
        words = lex.attribution
        cal = frozenset().union(*lex.calendar.values()) if lex.calendar else frozenset()
        verbs = frozenset().union(*(words.get(w, frozenset()) for w in ("speech", "record", "participle",
                                                                          "speech_that")))
        entry = _PHRASE_WORDS[id(lex.attribution)] = (lex.attribution, lex.calendar, cal, verbs)
    return entry[2], entry[3]


def _ends_before(view: SentenceView, k: int, b: int) -> bool:
    """Token ``b`` ends the phrase begun at ``k``: a recipient (لوكالة ...),
    another source right after one (لجنة الأطباء رويترز), or an according-to
    (الجيش على لسان المتحدث باسمه)."""
    words = view.lex.attribution
    tok = view.toks[b]
    if tok.norm.startswith("ل") and view.is_in(b, words.get("told_to", ())):
        return True
    according = view.lex.attribution_phrases.get("according_to")
    return bool(_second_source(view, k, b) or view.is_in(b, words.get("according_to", ()))
                or (according and according.match_at(view, b)))


def _name_end(view: SentenceView, b: int) -> int:
    """End token of an actor or source name, or of a phrase of
    ``reporter_words.csv``, that starts at token ``b`` (else ``b``)."""
    end = b
    m = _mention_starts(view, b)
    if m:
        end = b
        while end < len(view.toks) and view.toks[end].start < m[1]:
            end += 1
    r = _reporter_words().match_at(view, b)
    place = view.lex.places.match_at(view, b)
    return max(end, r[0] if r else b, place[0] if place else b)


def _continues_after_fi(view: SentenceView, k: int, fi: int, n_words: int) -> bool:
    """``في`` inside a short phrase that holds a reporter word, before an
    institution, a listed place, a name, or one word that closes the phrase
    (a place: مكتب الصحة في تعز إن): مسؤول في مستشفى الزاوية, وزير الصحة في
    الإقليم, مستشفى ابن سينا في سرت.  Not after a whole source name
    (مصادر طبية في مدينة مصراتة), nor before how a statement was made (في
    بيان, في حديث ل...)."""
    if not 1 <= n_words <= 3 or not any(_reporter_words().match_at(view, i) for i in range(k, fi)):
        return False
    s, e = view.toks[k].start, view.toks[fi - 1].end
    if view.sources.any_covering(min(s + 2, e - 1), e - 1) or view.actors.any_covering(min(s + 2, e - 1), e - 1):
        return False    # the phrase so far is a name of its own
    nxt = fi + 1
    while nxt < len(view.toks) and view.toks[nxt].norm in QUOTES:
        nxt += 1
    if _reporter_words().match_at(view, nxt) or view.lex.places.match_at(view, nxt) or _mention_starts(view, nxt):
        return True
    name = range(nxt, min(nxt + 3, len(view.toks)))
    if not any(view.is_punct(x) for x in name) and any(_reporter_words().match_at(view, x) for x in name[1:]):
        return True   # مسؤول الإعلام في مركز بنغازي الطبي: a body whose kind comes after its name
    words = view.lex.attribution
    if nxt >= len(view.toks) or view.toks[nxt].kind != "word" or view.definite(nxt) or any(
            view.is_in(nxt, words.get(w, ())) for w in ("medium", "document", "statement", "stop", "skip")):
        return False
    after = nxt + 1
    return after >= len(view.toks) or view.is_punct(after) or view.cue(after, "barrier") or \
        view.is_in(after, words.get("stop", ())) or view.toks[after].norm.startswith("ل") and \
        view.is_in(after, words.get("told_to", ()))


def _is_circumstantial(norm: str) -> bool:
    """An indefinite accusative participle that opens a new predicate:
    متوعدا, مؤكدا, معتبرا (م...ا)."""
    return len(norm) >= 5 and norm.startswith("م") and norm.endswith("ا") and not norm.endswith("اا")


def _second_source(view: SentenceView, k: int, b: int) -> bool:
    """A source name right after another one (أبلغت لجنة الأطباء رويترز)."""
    here = _mention_starts(view, b, view.sources)
    if not here:
        return False
    lo, hi = view.sources.first_at_or_after(view.toks[k].start), view.sources.ending_by(view.toks[b].start)
    if lo is None or hi is None:
        before = [m for m in view.sources if view.toks[k].start <= m[0] and m[1] <= view.toks[b].start]
        last = before[-1] if before else None
    else:   # starts and ends sorted: the sources within are view.sources[lo:hi]
        last = view.sources[hi - 1] if hi > lo else None
    return last is not None and last[2] != here[2] and last[1] >= view.toks[b - 1].end - 1


def _mention_starts(view: SentenceView, i: int, mentions=None):
    """The actor or source mention that starts within token ``i``, or None."""
    if not 0 <= i < len(view.toks):
        return None
    tok = view.toks[i]
    for group in ((mentions,) if mentions is not None else (view.sources, view.actors)):
        n = bisect.bisect_left(group, (tok.start,))
        if n < len(group) and group[n][0] < tok.end:
            return group[n]
    return None


def _names_reporter(view: SentenceView, a: int, b: int, actors: bool = True) -> bool:
    """The phrase names a source, an actor (when ``actors``: not for a verb
    of counting or receiving, استقبل السراج وفدا) or a word of
    ``reporter_words.csv`` other than a place."""
    s, e = view.toks[a].start, view.toks[b - 1].end
    if view.source_in(s, e) or actors and view.actor_in(s, e):
        return True
    return any(m[1][1] != "place" for i in range(a, b) for m in _reporter_words().matches_at(view, i))


# --------------------------------------------------------------------------
# from a phrase to the record


def _resolve(view: SentenceView, f: _Found) -> Attribution | None:
    a, b, lam = f.a, f.b, False
    if view.is_in(a, view.lex.attribution.get("document", ())):
        author = _author(view, a)
        if author is None:
            return None
        a, b, lam = author
    journalist = _journalist(view, a, b)
    if journalist:
        b = journalist
    toks, text = view.toks, view.text
    (start, prefix), end = _display_start(view, a, lam), toks[b - 1].end
    display = (prefix + text[start:end]).strip("".join(QUOTES) + " ")
    source = view.source_in(start, end)
    actor = None if source else (view.actor_in(start, end) or _antecedent(view, a, b, start))
    reported = source or actor or display
    kind_end = toks[f.described_to - 1].end if f.described_to > b else end
    kind = _kind(view, a, max(b, f.described_to), source, actor)
    c = max(b, f.described_to)
    told_to = view.lex.attribution.get("told_to", ())
    while c < len(toks) and c - b < MAX_TRIGGER_GAP and not view.is_punct(c) and not view.cue(c, "barrier") \
            and not (toks[c].norm.startswith("ل") and view.is_in(c, told_to)):
        c += 1
    context_end = max(toks[c - 1].end if c > b else end, kind_end)
    if f.how == "according_to":  # a trailing attribution: its clause names where the source is
        _, clause_end = view.clause_bounds(f.cue)
        exclude = (toks[f.cue].start, toks[clause_end - 1].end if clause_end > f.cue else end)
    else:
        exclude = (start, end)
    return Attribution(display, reported, start, end, context_end, exclude, f.how, kind, toks[f.cue].start)


def _display_start(view: SentenceView, a: int, lam: bool) -> tuple[int, str]:
    """Where the phrase starts in the text and what to write before it:
    clitics off, ل of لمصادر and of an author (بيان لخلية الإعلام) dropped,
    لل read as ال (للناطق → الناطق)."""
    first = view.toks[a]
    if first.norm.startswith("لل") and len(first.norm) > 3:  # للناطق = ل + الناطق
        _, offsets = normalize_with_offsets(first.surface, **MATCH_OPTIONS)
        return first.start + offsets.to_original(2), "ال"
    if lam and first.norm.startswith("ل"):
        _, offsets = normalize_with_offsets(first.surface, **MATCH_OPTIONS)
        return first.start + offsets.to_original(1), ""
    return view.start_of(a), ""


def _author(view: SentenceView, d: int):
    """The author of the document at token ``d``: after ل (بيان للتحالف), as
    a genitive (أرقام وزارة الصحة) or the subject of a relay verb (أرقام
    أولية نشرتها وزارة الصحة); (a, b, after ل) or None."""
    relay = view.lex.attribution.get("relay", ())
    j = d + 1
    for _ in range(3):
        if j >= len(view.toks) or view.toks[j].kind != "word":
            return None
        if view.is_in(j, relay):
            span = source_phrase(view, j + 1, subject=True)
            return (*span, False) if span else None
        if view.toks[j].norm.startswith("ل") and not view.toks[j].norm.startswith("لا"):
            span = source_phrase(view, j)
            return (*span, True) if span else None
        if j == d + 1 and (_mention_starts(view, j) or _reporter_words().match_at(view, j)
                           or _mention_starts(view, j + 1) and not view.is_in(j, relay)):
            span = source_phrase(view, j)      # أرقام وزارة الصحة, تقديرات مفوضية الأمم المتحدة
            return (*span, False) if span else None
        j += 1   # an adjective: أرقام أولية, الحصيلة الجديدة
    return None


def _journalist(view: SentenceView, a: int, b: int) -> int | None:
    """End token of ``مصور لوكالة فرانس برس``: a journalist and his outlet."""
    m = _reporter_words().match_at(view, a)
    if not m or m[1][1] != "journalist" or m[0] != b:
        return None
    outlet = _mention_starts(view, b, view.sources)
    if outlet is None or not view.toks[b].norm.startswith("ل"):
        return None
    e = b
    while e < len(view.toks) and view.toks[e].start < outlet[1]:
        e += 1
    return e


def _antecedent(view: SentenceView, a: int, b: int, start: int) -> str | None:
    """A lone definite noun (المجلس, التنظيم) is the last actor named before
    it whose name holds the noun (مجلس شورى ثوار بنغازي)."""
    if b - a != 1 or not view.definite(a):
        return None
    stem = next((s for s, _, _ in view.cands[a] if not s.startswith("ال") and len(s) > 2), None)
    if stem is None:
        return None
    actors = view.actors
    by_word = actors.cache.get("names")
    if by_word is None:   # per word of the actors' names (this text), the mentions holding it
        by_word = actors.cache["names"] = {}
        for n, (s, e, _) in enumerate(actors):
            for word in set(_WORD_RE.findall(norm_word(view.text[s:e]))):
                by_word.setdefault(word, []).append(n)
    if not actors:
        return None
    # the mentions before the first one that ends after ``start``
    cut = actors.first_ending_after(start)
    last = -1
    for word in (stem, "ال" + stem):
        found = by_word.get(word, ())
        n = bisect.bisect_left(found, cut)
        if n:
            last = max(last, found[n - 1])
    return actors[last][2] if last >= 0 else None


def _kind(view: SentenceView, a: int, b: int, source: str | None, actor: str | None) -> str:
    """reporter_kind of the phrase [a, b) (rules in the module docstring)."""
    if source:
        kind = _source_kinds().get(source, "unknown")
        return _SOURCE_KIND.get(kind, kind)
    words = _reporter_words()
    speaker = ""
    i = a
    while i < b:
        m = words.match_at(view, i)
        if m:
            kind, role = m[1]
            if role == "body":
                if not (actor and kind in ("agency", "media")):   # وكالة أعماق: ISIS speaks
                    return kind
            elif role != "place":
                speaker = speaker or kind
            i = m[0]
        else:
            i += 1
    return "side" if actor else speaker or "unknown"


@lru_cache(maxsize=1)
def _reporter_words() -> PhraseSet:
    rows = read_table("reporter_words.csv", ("phrase", "kind", "role"))
    for r in rows:
        if r["kind"] not in _WORD_KINDS or r["role"] not in _ROLES:
            raise DataFileError(f"reporter_words.csv: {r['phrase']!r}: kind {r['kind']!r} / role {r['role']!r} "
                                f"is not one of {', '.join(sorted(_WORD_KINDS - {''}))} (or empty) / "
                                f"{', '.join(sorted(_ROLES))}")
    return PhraseSet((r["phrase"], (r["kind"], r["role"])) for r in rows)


@lru_cache(maxsize=1)
def _source_kinds() -> dict[str, str]:
    table = load_sources()
    return dict(zip(table["source"], table["kind"]))
