"""Casualty figures: who was killed or injured, how many, where, says who.

:func:`find_casualties` reads a text sentence by sentence and returns one
row per casualty figure *as written*; :func:`casualty_figures` does it for a
corpus; :func:`casualty_events` folds figures that report the same event;
:func:`number_roles` tells, for every number in a text, why it is or is not
a casualty figure.  All word lists are data files in ``libyanews/data/``
(``casualty_*.csv``, ``attribution_cues.csv``, ``calendar_words.csv``,
``places.csv``, ``number_words.csv``, ``vague_numbers.csv``).

How a number becomes a figure (matching is on normalized words with
clitics, so ``قُتِلَ``, ``وقتل`` and ``بمقتل`` all match):

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

The other columns:

* ``victim``: the side the dead or injured belong to, by the first rule
  that applies: (a) an actor named in the victim phrase after the number
  (``15 عنصرا من القوات الليبية الموالية للبرلمان``); (b) for "its / their
  men" (``اثنين من عناصرها``, ``8 من عناصرهم``) the actor attacked before
  the trigger (``ضربات جوية ضد قوات خليفة حفتر``), else the subject of the
  verb of saying (``أعلنت قوات الوفاق``), else the last actor named before
  the trigger (``قصفت قوات الوفاق مواقع لقوات حفتر ما أسفر عن مقتل 12 من
  عناصرها``); "our men" and martyrs (``شهيد``) belong to the reporter's
  side (the actor named in the reporter's description); (c) the words of the victim phrase:
  ``civilians`` (مدنيين, أطفال, نساء ...) or ``combatants`` (عناصر, جنود,
  مقاتلين ...); (d) when the phrase says no more than "people" or "others",
  the actor attacked before the trigger; (e) a figure with no victim words
  of its own (``فيما أصيب 12 بجروح``) takes the victim of the figure before
  it in the sentence; else ``unknown``.  Actor ids come from
  ``libyanews.actors.find_actors`` when that module is installed (or from
  the ``actor_mentions`` you pass); without it (a) and (b) fall back to
  (c).
* ``place``: the Libyan places (``data/places.csv``) the sentence puts
  something in or near (``في بنغازي``, ``بمحور أبوقرين``, ``في حي
  الدولار``), joined by "، "; places inside the attribution are left out.
* ``reported_by``: who the sentence credits: ``وفقا لمصادر طبية``,
  ``حسب بيان ...``, ``وفق ما نقلته وكالة ...``, else the subject of a verb
  of saying (``قال محمد العزومي المتحدث باسم الكتيبة 302``, ``وكانت وكالة
  الصحافة الفرنسية قد أفادت``), else a statement (``في تصريح للناطق
  باسم ...``).  The phrase is kept in ``attribution``; ``reported_by`` is
  the source id from ``libyanews.sources.find_sources`` (or an actor id)
  when one is found inside it, else the phrase itself.
* ``cumulative``: the figure is a running total (``منذ``, ``حتى الآن``,
  ``التي بدأت في أيار``... in its clause), not one event.
* ``figure`` is ``text[start:end]``; ``trigger`` the casualty word;
  ``evidence`` the sentence.

Example::

    >>> rows = find_casualties("قُتل 23 شخصا وأصيب عشرات آخرون في بنغازي، وفقا لمصادر طبية.")
    >>> rows[["kind", "low", "high", "qualifier", "place", "attribution", "reported_by"]].values.tolist()
    [['killed', 23, 23, 'exact', 'بنغازي', 'مصادر طبية', 'medical'], ['injured', 10, 99, 'vague', 'بنغازي', 'مصادر طبية', 'medical']]
"""

from __future__ import annotations

import bisect
import importlib
import statistics
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from .datafiles import DataFileError, read_table
from .lexicon import letters, split_clitics
from .numbers import MATCH_OPTIONS, Quantity, dual_stem, norm_word, number_spans
from .normalize import normalize_with_offsets
from .streaming import for_batches, is_batches
from .tokenize import KINDS, Token, split_sentences, tokenize, tokenize_arrays

__all__ = [
    "COLUMNS",
    "EVENT_COLUMNS",
    "FIGURE_COLUMNS",
    "NO_MENTIONS",
    "ROLE_COLUMNS",
    "casualty_events",
    "casualty_figures",
    "find_casualties",
    "number_roles",
]

#: Columns of :func:`find_casualties`.
COLUMNS = [
    "kind", "low", "best", "high", "qualifier", "form", "victim", "victim_text", "place",
    "reported_by", "attribution", "cumulative", "figure", "trigger", "start", "end", "evidence",
]
#: Columns of :func:`casualty_figures`.
FIGURE_COLUMNS = ["article_id", "figure_id", *COLUMNS, "duplicate_of"]
_TEXT_COLUMNS = ["figure_id", "kind", "qualifier", "form", "victim", "victim_text", "place", "reported_by",
                 "attribution", "figure", "trigger", "evidence"]
#: Columns of :func:`casualty_events`.
EVENT_COLUMNS = [
    "event", "article_id", "kind", "victim", "place", "cumulative", "low", "best", "high",
    "n_reports", "n_articles", "values", "reported_by", "figure_ids", "evidence",
]
#: Columns of :func:`number_roles`.
ROLE_COLUMNS = ["surface", "low", "high", "form", "role", "reason", "start", "end"]

#: Pass as ``actor_mentions`` or ``source_mentions`` to switch resolution off.
NO_MENTIONS = pd.DataFrame(columns=["start", "end"])

_MAX_TRIGGER_GAP = 12     # words between a trigger and the number it governs
_MAX_POST_GAP = 3         # words between a number and a trigger after it
_NEGATION_WINDOW = 5      # words before a trigger searched for a negation
_MAX_PHRASE = 8           # words in a victim or source phrase
_MAX_ITEM = 6             # words in one item of a list of victims
_CLAUSE_PUNCT = frozenset({"،", ",", "؛", ";", ":", "."})
_QUOTES = frozenset({'"', "'", "“", "”", "«", "»", "‘", "’"})
_KAN = frozenset(norm_word(w) for w in ("كان", "كانت", "كانوا"))
_QAD = norm_word("قد")
_MIN = norm_word("من")
_BAYN = norm_word("بين")
_ONE_OF = frozenset(norm_word(w) for w in ("أحد", "إحدى"))
_RAQM = norm_word("رقم")
_SADIR = frozenset(norm_word(w) for w in ("صادر", "الصادر"))
_AN = norm_word("عن")
_LOCATIVES = frozenset(norm_word(w) for w in (
    "في", "قرب", "بالقرب", "داخل", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
    "وسط", "أطراف", "ضواحي", "محيط", "عند", "حول", "مدخل"))
_PHRASE_END = frozenset(norm_word(w) for w in (
    "في", "خلال", "جراء", "نتيجة", "إثر", "بسبب", "على", "إلى", "عن", "منذ", "بعد", "قبل", "عند",
    "لدى", "داخل", "قرب", "حسب", "بحسب", "وفق", "وفقا", "بين"))
_NISBA = ("ي", "يه", "يين", "يون", "يا", "يات")
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "نا")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


# --------------------------------------------------------------------------
# word lists


class _Noun(NamedTuple):
    singular: str
    victim: str
    kind: str
    own_side: bool


class _PhraseSet:
    """Phrases (tuples of normalized words) with a payload, matched on the
    clitic-stripped candidates of each token; the longest match wins."""

    def __init__(self, items):
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = defaultdict(list)
        for phrase, payload in items:
            words = tuple(norm_word(w) for w in phrase.split())
            if words:
                self._by_first[words[0]].append((words, payload))
        for options in self._by_first.values():
            options.sort(key=lambda item: -len(item[0]))

    def matches_at(self, sent: "_Sentence", i: int):
        """All phrases starting at token ``i``: ``(end, payload)``, longest first."""
        found = []
        if not 0 <= i < len(sent.toks):
            return found
        for stem in sent.stems[i]:
            for words, payload in self._by_first.get(stem, ()):
                if all(sent.has(i + k, w) for k, w in enumerate(words[1:], 1)):
                    found.append((i + len(words), payload))
        found.sort(key=lambda m: -(m[0] - i))
        return found

    def match_at(self, sent, i):
        found = self.matches_at(sent, i)
        return found[0] if found else None

    def matches_at_word(self, word: str) -> bool:
        """True when ``word`` (normalized) starts one of the phrases."""
        return word in self._by_first

    def match_ending_at(self, sent, j, longest=4):
        """Longest phrase whose last token is ``j - 1``: ``(start, payload)``."""
        for n in range(longest, 0, -1):
            for end, payload in self.matches_at(sent, j - n):
                if end == j:
                    return j - n, payload
        return None


class _Lexicon(NamedTuple):
    pre: _PhraseSet
    post: _PhraseSet
    nouns: dict           # form -> (_Noun, number) with number sing/acc/plural (duals: dual_stem)
    possessive: dict      # plural + pronoun -> (_Noun or class, pronoun)
    cues: dict            # cue -> frozenset of single words
    cue_phrases: dict     # cue -> _PhraseSet (multi-word cues)
    qual_before: _PhraseSet
    qual_after: _PhraseSet
    attribution: dict     # type -> frozenset of single words
    attribution_phrases: dict
    calendar: dict        # type -> frozenset
    places: _PhraseSet
    place_classes: frozenset


def _pluralize_possessive(form: str) -> list[str]:
    """Stems that take a possessive pronoun: عناصر, مقاتلي (of مقاتلين), قوات."""
    out = [form]
    if form.endswith(("ين", "ون")):
        out.append(form[:-2] + "ي")
    return out


_ALLOWED = {
    ("casualty_triggers.csv", "kind"): {"killed", "injured"},
    ("casualty_triggers.csv", "role"): {"pre", "post"},
    ("casualty_nouns.csv", "victim"): {"civilians", "combatants", "unknown"},
    ("casualty_nouns.csv", "kind"): {"", "killed", "injured"},
    ("casualty_nouns.csv", "own_side"): {"", "yes"},
    ("casualty_cues.csv", "cue"): {"negation", "subset", "barrier", "target", "unit", "label", "year", "preposition", "presence", "relative",
                                   "disease", "cumulative", "begin", "toll", "civilians", "combatants"},
    ("casualty_qualifiers.csv", "position"): {"before", "after"},
    ("casualty_qualifiers.csv", "qualifier"): {"at_least", "more_than", "approx", "up_to", "less_than", "range"},
    ("attribution_cues.csv", "type"): {"according_to", "relay", "statement", "speech", "stop", "told_to"},
    ("calendar_words.csv", "type"): {"month", "weekday", "daypart"},
    ("places.csv", "kind"): {"place", "class"},
}


def _table(name: str, columns: tuple[str, ...]):
    """Rows of a data file, with the values of its coded columns checked."""
    rows = read_table(name, columns)
    for column in columns:
        allowed = _ALLOWED.get((name, column))
        if allowed is None:
            continue
        for row in rows:
            if row[column] not in allowed:
                raise DataFileError(f"{name}: {column} {row[column]!r} (in the row of {next(iter(row.values()))!r}) "
                                    f"is not one of {', '.join(sorted(a for a in allowed if a))}")
    return rows


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    triggers = _table("casualty_triggers.csv", ("phrase", "kind", "role"))
    pre = _PhraseSet((r["phrase"], r["kind"]) for r in triggers if r["role"] == "pre")
    post = _PhraseSet((r["phrase"], r["kind"]) for r in triggers if r["role"] == "post")

    nouns: dict[str, tuple[_Noun, str]] = {}
    possessive: dict[str, tuple[object, str]] = {}
    rows = _table("casualty_nouns.csv", ("singular", "plurals", "victim", "kind", "own_side"))
    for r in rows:
        noun = _Noun(norm_word(r["singular"]), r["victim"], r["kind"], r["own_side"] == "yes")
        for p in r["plurals"].split("|"):
            if p.strip():
                nouns[norm_word(p)] = (noun, "plural")
    for r in rows:
        s = norm_word(r["singular"])
        noun = _Noun(s, r["victim"], r["kind"], r["own_side"] == "yes")
        nouns.setdefault(s, (noun, "sing"))
        if not s.endswith("ه"):
            nouns.setdefault(s + "ا", (noun, "acc"))
        for p in r["plurals"].split("|"):
            for stem in _pluralize_possessive(norm_word(p)) if p.strip() else ():
                for pron in _PRONOUNS:
                    possessive.setdefault(stem + pron, (noun, pron))

    cue_rows = _table("casualty_cues.csv", ("phrase", "cue"))
    cue_words: dict[str, set] = defaultdict(set)
    cue_multi: dict[str, list] = defaultdict(list)
    for r in cue_rows:
        words = r["phrase"].split()
        if len(words) == 1:
            cue_words[r["cue"]].add(norm_word(words[0]))
        else:
            cue_multi[r["cue"]].append((r["phrase"], r["cue"]))
    for cls in ("civilians", "combatants"):
        for w in cue_words.get(cls, ()):
            for pron in _PRONOUNS:
                possessive.setdefault(w + pron, (cls, pron))

    quals = _table("casualty_qualifiers.csv", ("phrase", "position", "qualifier"))
    attrib = _table("attribution_cues.csv", ("phrase", "type"))
    attr_words: dict[str, set] = defaultdict(set)
    attr_multi: dict[str, list] = defaultdict(list)
    for r in attrib:
        words = r["phrase"].split()
        (attr_words[r["type"]].add(norm_word(words[0])) if len(words) == 1
         else attr_multi[r["type"]].append((r["phrase"], r["type"])))
    calendar: dict[str, set] = defaultdict(set)
    for r in _table("calendar_words.csv", ("word", "type")):
        calendar[r["type"]].add(norm_word(r["word"]))
    place_rows = _table("places.csv", ("name", "kind"))
    return _Lexicon(
        pre=pre,
        post=post,
        nouns=nouns,
        possessive=possessive,
        cues={k: frozenset(v) for k, v in cue_words.items()},
        cue_phrases={k: _PhraseSet(v) for k, v in cue_multi.items()},
        qual_before=_PhraseSet((r["phrase"], r["qualifier"]) for r in quals if r["position"] == "before"),
        qual_after=_PhraseSet((r["phrase"], r["qualifier"]) for r in quals if r["position"] == "after"),
        attribution={k: frozenset(v) for k, v in attr_words.items()},
        attribution_phrases={k: _PhraseSet(v) for k, v in attr_multi.items()},
        calendar={k: frozenset(v) for k, v in calendar.items()},
        places=_PhraseSet((r["name"], r["name"]) for r in place_rows if r["kind"] == "place"),
        place_classes=frozenset(norm_word(r["name"]) for r in place_rows if r["kind"] == "class"),
    )


@lru_cache(maxsize=200_000)
def _candidates(norm: str) -> tuple[tuple[str, int, bool], ...]:
    """(stem, clitic characters, starts with و/ف) for a normalized word:
    the word itself, then with و/ف, ب/ل/ك and ال taken off."""
    out = []
    for prefix in _PROCLITICS:
        if not norm.startswith(prefix):
            continue
        rest = norm[len(prefix):]
        if len(rest) < 2:
            continue
        conj = prefix[:1] in ("و", "ف")
        out.append((rest, len(prefix), conj))
        if rest.startswith("ال") and len(rest) > 3:
            out.append((rest[2:], len(prefix), conj))
        if prefix.endswith("ل") and rest.startswith("ل") and len(rest) > 2:  # لل = ل + ال
            out.append(("ال" + rest[1:], len(prefix) - 1, conj))
            out.append((rest[1:], len(prefix) - 1, conj))
    return tuple(out)


@lru_cache(maxsize=200_000)
def _has_conjunction(surface: str) -> bool:
    """True when the word starts with the conjunction و/ف (frequency rule of
    :func:`libyanews.lexicon.split_clitics`)."""
    pieces = split_clitics(letters(surface))
    return len(pieces) > 1 and pieces[0] in ("و", "ف")


# --------------------------------------------------------------------------
# one sentence


class _Trigger(NamedTuple):
    i: int
    j: int
    kind: str
    role: str


class _Attribution(NamedTuple):
    display: str | None        # the source phrase as printed (ل of لمصادر dropped)
    reported_by: str | None    # source id, actor id, or the phrase
    start: int
    end: int
    context_end: int           # end of the reporter's description
    exclude: tuple[int, int]   # span whose places are the source's, not the event's
    how: str | None            # according_to, speech or statement


class _Sentence:
    """Tokens of one sentence with their match candidates and the findings."""

    def __init__(self, text: str, sentence, toks: list[Token], lex: _Lexicon, actors, sources):
        self.text = text
        self.sentence = sentence
        self.toks = toks
        self.lex = lex
        self.actors = actors
        self.sources = sources
        self.cands = [_candidates(t.norm) if t.kind == "word" else ((t.norm, 0, False),) for t in toks]
        self.stems = [frozenset(c[0] for c in cs) for cs in self.cands]
        self.numbers = number_spans(toks, text)
        self.qualifier_tokens = self._qualifier_tokens()
        self.pre = self._triggers(lex.pre, "pre", with_nouns=True)
        self.post = self._triggers(lex.post, "post")
        self.figures: list[dict] = []
        self.verdicts: list[tuple[Quantity, str, str]] = []
        self._attribution = None

    # -- token helpers
    def has(self, i: int, word: str) -> bool:
        return 0 <= i < len(self.toks) and word in self.stems[i]

    def is_in(self, i: int, words) -> bool:
        return 0 <= i < len(self.toks) and not self.stems[i].isdisjoint(words)

    def cue(self, i: int, cue: str) -> bool:
        return self.is_in(i, self.lex.cues.get(cue, ()))

    def norm_at(self, i: int) -> str:
        """Normalized form of token ``i``; "" outside the sentence."""
        return self.toks[i].norm if 0 <= i < len(self.toks) else ""

    def is_punct(self, i: int, chars=_CLAUSE_PUNCT) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].kind == "punct" and self.toks[i].norm in chars

    def skip(self, i: int) -> int:
        """Clitic characters (و/ف/ب/ل) in front of the word at ``i``, when
        the rest is a word the lexicon knows; else 0."""
        tok = self.toks[i]
        if tok.kind != "word":
            return 0
        pieces = split_clitics(letters(tok.surface))
        n = 0
        for piece in pieces[:-1]:
            if piece in ("و", "ف", "ب", "ل", "ك"):
                n += len(piece)
            else:
                break
        if n == 0 and tok.norm[:1] in ("و", "ف") and self._known(tok.norm[1:]):
            n = 1
        return n

    def _known(self, word: str) -> bool:
        """A word of the casualty lists (noun, trigger) in normalized form."""
        return (word in self.lex.nouns or self._dual(word) is not None
                or self.lex.pre.matches_at_word(word) or self.lex.post.matches_at_word(word))

    def start_of(self, i: int, strip: bool = True) -> int:
        tok = self.toks[i]
        n = self.skip(i) if strip else 0
        if not n:
            return tok.start
        _, offsets = normalize_with_offsets(tok.surface, **MATCH_OPTIONS)
        return tok.start + offsets.to_original(n)

    def slice(self, i: int, j: int, strip: bool = True) -> tuple[int, int]:
        return self.start_of(i, strip), self.toks[j - 1].end

    def conj(self, i: int) -> bool:
        """The word at ``i`` starts with the conjunction و/ف (or follows a
        stand-alone و): the rest is a word of our lists, or the frequency
        rule of :func:`libyanews.lexicon.split_clitics` says so."""
        if not 0 <= i < len(self.toks):
            return False
        tok = self.toks[i]
        if i > 0 and self.toks[i - 1].norm in ("و", "ف"):
            return True
        if tok.kind != "word" or len(tok.norm) < 3 or tok.norm[0] not in ("و", "ف"):
            return False
        return self._known(tok.norm[1:]) or _has_conjunction(tok.surface)

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """Token range of the comma-delimited clause around token ``i``."""
        a = i
        while a > 0 and not self.is_punct(a - 1):
            a -= 1
        b = i
        while b < len(self.toks) and not self.is_punct(b):
            b += 1
        return a, b

    def noun(self, i: int):
        """(_Noun, number) of a counted noun at ``i`` (sing/acc/dual/plural), or None."""
        if not 0 <= i < len(self.toks) or self.toks[i].kind != "word":
            return None
        for stem, _, _ in self.cands[i]:
            hit = self.lex.nouns.get(stem)
            if hit is not None:
                return hit
        for stem, _, _ in self.cands[i]:
            hit = self._dual(stem)
            if hit is not None:
                return hit
        return None

    def _dual(self, word: str):
        """(_Noun, "dual") when ``word`` is the dual of a listed noun, read
        with :func:`libyanews.numbers.dual_stem` (جنديين → جندي, امرأتان →
        امرأة); a form spelled like a listed plural (مدنيين) is the plural."""
        if not word.endswith(("ان", "ين")) or word in self.lex.nouns:
            return None
        for singular in dual_stem(word):
            hit = self.lex.nouns.get(singular)
            if hit is not None and hit[1] == "sing":
                return hit[0], "dual"
        return None

    def definite(self, i: int) -> bool:
        """The word at ``i`` carries the article (after any و/ف/ب/ل)."""
        norm = self.toks[i].norm
        rest = norm[self.skip(i):]
        return rest.startswith("ال") or norm.startswith("لل") or norm[1:].startswith("لل")

    def possessive(self, i: int):
        """(_Noun or class, pronoun) of a plural with a possessive pronoun."""
        if not 0 <= i < len(self.toks) or self.toks[i].kind != "word":
            return None
        for stem, _, _ in self.cands[i]:
            hit = self.lex.possessive.get(stem)
            if hit is not None:
                return hit
        return None

    # -- triggers and qualifiers
    def _qualifier_tokens(self) -> frozenset:
        out = set()
        for i in range(len(self.toks)):
            m = self.lex.qual_before.match_at(self, i)
            if m:
                out.update(range(i, m[0]))
        return frozenset(out)

    def _triggers(self, phrases: _PhraseSet, role: str, with_nouns: bool = False) -> list[_Trigger]:
        found = []
        i = 0
        while i < len(self.toks):
            m = phrases.match_at(self, i)
            if m:
                found.append(_Trigger(i, m[0], m[1], role))
                i = m[0]
                continue
            if with_nouns:
                hit = self.noun(i)
                if hit and hit[0].kind and hit[1] == "plural":
                    found.append(_Trigger(i, i + 1, hit[0].kind, role))
            i += 1
        # "قتل وأصيب", "مقتل وإصابة": two kinds joined by و cover one figure.
        merged: list[_Trigger] = []
        for t in found:
            if merged:
                prev = merged[-1]
                gap = t.i - prev.j
                joined = (gap == 0 and self.conj(t.i)) or (gap == 1 and self.toks[prev.j].norm == "و")
                if joined and {prev.kind, t.kind} == {"killed", "injured"}:
                    merged[-1] = _Trigger(prev.i, t.j, "killed_or_injured", role)
                    continue
            merged.append(t)
        return merged

    def negated(self, anchor: int) -> bool:
        a, _ = self.clause_bounds(anchor)
        for k in range(max(a, anchor - _NEGATION_WINDOW), anchor):
            if k not in self.qualifier_tokens and self.cue(k, "negation"):
                return True
        return False

    def barrier_between(self, a: int, b: int) -> bool:
        """A new clause (إن, فيما, a relative pronoun, ؛ :) between tokens a and b."""
        return any(self.cue(k, "barrier") or self.cue(k, "relative") or self.is_punct(k, {".", "؛", ";", ":"})
                   for k in range(a, b))

    # -- numbers
    def is_date_or_time(self, i: int, j: int) -> str | None:
        months = self.lex.calendar.get("month", frozenset())
        if (self.is_punct(j, {":"}) and self.toks[j + 1:j + 2] and self.toks[j + 1].kind == "number") or (
                self.is_punct(i - 1, {":"}) and i >= 2 and self.toks[i - 2].kind == "number"):
            return "time"
        if self.is_in(j, months) or (self.is_punct(j, {"/", "-"}) and (self.is_in(j + 1, months) or (
                j + 1 < len(self.toks) and self.toks[j + 1].kind == "number"))):
            return "date"
        if self.is_in(i - 1, months) or (self.is_punct(i - 1, {"/"}) and self.is_in(i - 2, months)):
            return "date"
        tok = self.toks[i]
        if (j == i + 1 and tok.kind == "number" and len(tok.norm) == 4 and 1900 <= int(tok.norm) <= 2099
                and self.cue(i - 1, "year")):
            return "year"
        return None

    def infection(self, anchor: int) -> bool:
        """A disease word (فيروس, كورونا ...) in the clause: an infection."""
        a, b = self.clause_bounds(anchor)
        return any(self.cue(x, "disease") for x in range(a, b))

    def casualty_noun_at(self, k: int):
        """(kind, end, noun) of casualty nouns at ``k``: قتيلا, قتلى وجرحى, بين قتيل وجريح."""
        start = k + 1 if self.has(k, _BAYN) and not self.conj(k) else k
        hit = self.noun(start)
        if not hit or not hit[0].kind:
            return None
        kind, end = hit[0].kind, start + 1
        nxt = self.noun(end)
        if nxt and nxt[0].kind and nxt[0].kind != kind and self.conj(end):
            kind, end = "killed_or_injured", end + 1
        return kind, end, hit

    def governing_pre(self, fs: int) -> _Trigger | None:
        best = None
        for t in self.pre:
            if t.j <= fs and fs - t.j <= _MAX_TRIGGER_GAP and not self.barrier_between(t.j, fs):
                best = t
        return best

    def following_post(self, end: int) -> _Trigger | None:
        for t in self.post:
            if end <= t.i <= end + _MAX_POST_GAP and not self.barrier_between(end, t.i):
                return t
        return None

    def list_items(self, t: _Trigger, fs: int):
        """Count of the named victims listed between trigger and number."""
        stop = fs - 1 if self.norm_at(fs - 1) == "و" else fs
        if stop <= t.j:
            return None
        items: list[list[int]] = [[]]
        for k in range(t.j, stop):
            tok = self.toks[k]
            if self.is_punct(k, {"،", ","}) or tok.norm == "و":
                items.append([])
                continue
            if tok.kind != "word" or self.is_in(k, _PHRASE_END) or self.cue(k, "barrier"):
                return None
            if self.conj(k) and items[-1]:
                items.append([])
            items[-1].append(k)
        items = [it for it in items if it]
        if not items or any(len(it) > _MAX_ITEM for it in items):
            return None
        count = 0
        for it in items:
            hit = self.noun(it[0])
            count += 2 if hit and hit[1] == "dual" else 1
        return count

    def others_follow(self, k: int, counted) -> bool:
        """The figure is "N others" or "N of their men" (closes a list)."""
        if counted is not None and counted[0].singular == norm_word("آخر"):
            return True
        return self.has(k, _MIN) and self.possessive(k + 1) is not None

    # -- the findings
    def ranges(self):
        """The numbers, with "ما بين 10 و15" / "بين 10 إلى 15" joined into one."""
        out = []
        k = 0
        while k < len(self.numbers):
            i, j, q = self.numbers[k]
            qb = self.lex.qual_before.match_ending_at(self, i)
            if qb and qb[1] == "range" and k + 1 < len(self.numbers) and q.exact:
                i2, j2, q2 = self.numbers[k + 1]
                joined = (i2 == j + 1 and self.toks[j].norm in ("و", "الي", "حتي")) or (i2 == j and self.conj(i2))
                if joined and q2.exact and q2.low > q.low:
                    out.append((i, j2, Quantity(self.text[q.start:q2.end], q.start, q2.end, q.low, q2.high, q.form)))
                    k += 2
                    continue
            out.append((i, j, q))
            k += 1
        return out

    def read(self) -> None:
        used: set[int] = set()
        for i, j, q in self.ranges():
            reason = self.number_figure(i, j, q, used)
            if reason:
                self.verdicts.append((q, "not a casualty figure", reason))
        self.counted_nouns(used)
        self.inherit_victims()

    def number_figure(self, i: int, j: int, q: Quantity, used: set) -> str | None:
        when = self.is_date_or_time(i, j)
        if when:
            return when
        qb = self.lex.qual_before.match_ending_at(self, i)
        fs = qb[0] if qb else i
        if self.cue(i - 1, "label") and not qb:
            return "label (" + self.toks[i - 1].surface + ")"
        qa = self.lex.qual_after.match_at(self, j)
        k = qa[0] if qa else j
        if self.cue(k, "unit"):
            return "count of " + self.toks[k].surface
        if self.cue(fs - 1, "preposition") and not self.cue(fs - 1, "negation"):
            return "after a preposition (" + self.toks[fs - 1].surface + ")"
        if self.cue(fs - 1, "presence"):
            return "people present (" + self.toks[fs - 1].surface + ")"
        if self.cue(fs - 1, "subset"):
            return "part of a toll already counted (" + self.toks[fs - 1].surface + ")"
        counted = None
        noun = self.casualty_noun_at(k)
        if noun:
            kind, end, counted = noun
            trigger = _Trigger(k, end, kind, "noun")
        else:
            counted = self.noun(k) if self.toks[k:k + 1] and not self.conj(k) else None
            end = k + 1 if counted else k
            trigger = self.governing_pre(fs)
            if trigger is None:
                trigger = self.following_post(end)
            if trigger is None:
                return "no casualty word"
            kind = trigger.kind
        if not qa:
            qa = self.lex.qual_after.match_at(self, end)
            if qa:
                end = qa[0]
        anchor = trigger.i if trigger.role == "pre" else fs
        if self.negated(anchor):
            return "negated"
        if kind != "killed" and self.infection(fs):
            return "infection, not injury"
        extra, start_tok = 0, fs
        if trigger.role == "pre" and (self.conj(fs) or self.norm_at(fs - 1) == "و") and self.others_follow(end, counted):
            n_items = self.list_items(trigger, fs)
            if n_items:
                extra, start_tok = n_items, trigger.j
        qualifier = qb[1] if qb else (qa[1] if qa else "exact")
        low, best, high, qualifier = _estimate(q, qualifier)
        if extra:
            low, best, high = (None if v is None else v + extra for v in (low, best, high))
        form = "list" if extra else q.form
        start, stop = self.slice(start_tok, end)
        vstart = (k if counted else end)
        self.add(kind, low, best, high, qualifier, form, start, stop, trigger, vstart, end, counted, i)
        used.update(range(start_tok, end))
        return None

    def counted_nouns(self, used: set) -> None:
        """Duals and indefinite singulars after a trigger: مقتل جنديين, قتل جندي."""
        for t in self.pre:
            k = t.j
            if k in used or k >= len(self.toks) or self.negated(t.i):
                continue
            hit = self.noun(k)
            end = k + 1
            if hit and hit[1] == "dual":
                value = 2
            elif hit and hit[1] in ("sing", "acc") and not self.definite(k) and not self.possessive(k):
                value = 1
            elif self.is_in(k, _ONE_OF) and (self.noun(k + 1) or self.possessive(k + 1) or self.has(k + 1, _MIN)):
                value, end = 1, k + 2
            elif (dual := self.dual_after(t)) is not None:
                k, end, hit, value = dual, dual + 1, self.noun(dual), 2
            else:
                continue
            if any(n[0] <= k < n[1] for n in self.numbers):
                continue
            if t.kind != "killed" and self.infection(k):
                continue
            start, stop = self.slice(k, end)
            form = "dual" if value == 2 else "singular"
            self.add(t.kind, value, value, value, "exact", form, start, stop, t, k, end, hit, k)
            used.update(range(k, end))
        # casualty nouns on their own: "قتيل وجريحان", "سقوط قتيلين"
        for k in range(len(self.toks)):
            if k in used:
                continue
            hit = self.noun(k)
            if not hit or not hit[0].kind or hit[1] not in ("dual", "sing", "acc") or self.definite(k):
                continue
            prev = k - 1
            if not (prev < 0 or self.is_punct(prev) or self.cue(prev, "toll") or self.has(prev, _AN)
                    or (self.noun(prev) and self.noun(prev)[0].kind and self.conj(k))):
                continue
            if self.negated(k) or (hit[0].kind != "killed" and self.infection(k)):
                continue
            value = 2 if hit[1] == "dual" else 1
            start, stop = self.slice(k, k + 1)
            t = _Trigger(k, k + 1, hit[0].kind, "noun")
            self.add(hit[0].kind, value, value, value, "exact", "dual" if value == 2 else "singular",
                     start, stop, t, k, k + 1, hit, k)
            used.add(k)

    def dual_after(self, t: _Trigger) -> int | None:
        """A dual person noun after a trigger and a phrase (قتل في الهجوم جنديان)."""
        for k in range(t.j, min(t.j + _MAX_POST_GAP + 3, len(self.toks))):
            tok = self.toks[k]
            if tok.kind != "word" or self.cue(k, "barrier") or any(x.i == k for x in self.pre):
                return None
            hit = self.noun(k)
            if hit:
                return k if hit[1] == "dual" else None
        return None

    def add(self, kind, low, best, high, qualifier, form, start, stop, trigger, vstart, end, counted, anchor):
        att = self.attribution()
        victim, victim_text, specific = self.victim(vstart, end, counted, trigger)
        t0, t1 = self.slice(trigger.i, trigger.j)
        row = {
            "kind": kind, "low": low, "best": best, "high": high, "qualifier": qualifier, "form": form,
            "victim": victim, "victim_text": victim_text, "place": self.place(att.exclude),
            "reported_by": att.reported_by, "attribution": att.display,
            "cumulative": self.cumulative(anchor),
            "figure": self.text[start:stop], "trigger": self.text[t0:t1],
            "start": start, "end": stop, "evidence": self.sentence.text,
            "_specific": specific,
        }
        self.figures.append(row)

    # -- victims
    def victim_phrase(self, vstart: int) -> tuple[int, int]:
        """Token range of the victim phrase: the counted noun, its adjectives
        (definite words or nisba forms: الحكوميين, ليبيين) and a partitive
        من + group (من القوات الليبية الموالية للبرلمان), up to a preposition,
        a time word, a trigger, a number or a new coordinated word."""
        k = vstart
        stop = min(len(self.toks), vstart + _MAX_PHRASE)
        calendar = self.lex.calendar.get("weekday", frozenset()) | self.lex.calendar.get("daypart", frozenset())
        partitive = False
        while k < stop:
            tok = self.toks[k]
            if tok.kind != "word" or tok.norm in ("و", "ف") or (k > vstart and self.conj(k)):
                break
            if self.is_in(k, _PHRASE_END) or self.cue(k, "barrier") or self.is_in(k, calendar):
                break
            if any(t.i == k for t in self.pre + self.post):
                break
            if self.has(k, _MIN):
                partitive = True
            elif k > vstart and not partitive and not (
                    self.definite(k) or tok.norm.endswith(_NISBA) or self.possessive(k)
                    or (k == vstart + 1 and self.is_in(vstart, _ONE_OF))):
                break
            k += 1
        return vstart, k

    def reporter_actor(self) -> str | None:
        """Actor of the reporter, named in the attribution or its context
        (محمد العزومي المتحدث باسم الكتيبة 302 في القوات التي يقودها خليفة حفتر)."""
        att = self.attribution()
        return self.actor_in(att.start, att.context_end) if att.display else None

    def victim(self, vstart: int, end: int, counted, trigger: _Trigger):
        """(victim, victim phrase as printed, decided by words of its own)."""
        a, b = self.victim_phrase(vstart)
        text = ""
        if b > a:
            s, e = self.slice(a, b)
            text = self.text[s:e]
            actor = self.actor_in(s, e)
            if actor:
                return actor, text, True
        cls = "unknown"
        for k in range(a, b):
            pos = self.possessive(k)
            if pos:
                owner = (self.reporter_actor() if pos[1] == "نا"
                         else self.target_actor(trigger.i) or self.speaker_actor() or self.nearest_actor(trigger.i))
                if owner:
                    return owner, text, True
            hit = self.noun(k)
            word_cls = hit[0].victim if hit else "unknown"
            if word_cls == "unknown":
                word_cls = ("civilians" if self.cue(k, "civilians") else
                            "combatants" if self.cue(k, "combatants") else
                            _class_of(pos[0]) if pos else "unknown")
            if word_cls != "unknown":
                cls = word_cls if cls in ("unknown", word_cls) else "mixed"
        if cls == "mixed":
            return "unknown", text, True
        if cls == "unknown" and counted is not None and counted[0].victim != "unknown":
            cls = counted[0].victim
        if cls != "unknown":
            if counted is not None and counted[0].own_side:
                return self.reporter_actor() or cls, text, True
            return cls, text, True
        if counted is not None and counted[0].own_side:
            own = self.reporter_actor()
            if own:
                return own, text, True
        target = self.target_actor(trigger.i)
        if target:
            return target, text, True
        return "unknown", text, False

    def actor_in(self, start: int, end: int) -> str | None:
        """First actor mentioned within (overlapping) ``[start, end)``."""
        for s, e, ident in self.actors:
            if s < end and e > start:
                return ident
        return None

    def target_actor(self, before: int) -> str | None:
        """Actor attacked before token ``before`` (ضد X, استهدف X)."""
        for k in range(before - 1, -1, -1):
            if self.cue(k, "target"):
                s = self.toks[k].end
                e = self.toks[min(before, k + _MAX_PHRASE) - 1].end
                return self.actor_in(s, e)
        return None

    def speaker_actor(self) -> str | None:
        """Actor named as the subject of the sentence's verb of saying
        (أعلنت قوات الوفاق مقتل اثنين من عناصرها)."""
        att = self.attribution()
        return self.actor_in(att.start, att.end) if att.how == "speech" else None

    def nearest_actor(self, before: int) -> str | None:
        """The last actor named before token ``before``."""
        end = self.toks[before].start if before < len(self.toks) else self.sentence.end
        found = None
        for s, e, ident in self.actors:
            if self.sentence.start <= s and e <= end:
                found = ident
        return found

    def inherit_victims(self) -> None:
        """A figure with no victim words of its own (فيما أصيب 12 بجروح,
        و17 آخرين) takes the victim of the figure before it in the sentence."""
        prev = None
        for row in sorted(self.figures, key=lambda r: r["start"]):
            if not row["_specific"] and prev is not None:
                row["victim"] = prev
            prev = row["victim"]

    # -- attribution
    def attribution(self) -> "_Attribution":
        """Who the sentence credits (computed once per sentence)."""
        if self._attribution is None:
            self._attribution = self._find_attribution()
        return self._attribution

    def _find_attribution(self) -> "_Attribution":
        words = self.lex.attribution
        phrases = self.lex.attribution_phrases
        found = None  # (cue token, phrase start, phrase end, type)
        for k in range(len(self.toks)):
            m = phrases["according_to"].match_at(self, k) if "according_to" in phrases else None
            end = m[0] if m else (k + 1 if self.is_in(k, words.get("according_to", ())) else None)
            if end is None:
                continue
            while end < len(self.toks):
                m2 = phrases["relay"].match_at(self, end) if "relay" in phrases else None
                if m2:
                    end = m2[0]
                elif self.is_in(end, words.get("relay", ())):
                    end += 1
                else:
                    break
            span = self.source_phrase(end)
            if span:
                found = (k, *span, "according_to")
                break
        if found is None:
            for k in range(len(self.toks)):
                if self.is_in(k, words.get("speech", ())):
                    span = self.speaker(k)
                    if span:
                        found = (k, *span, "speech")
                        break
        if found is None:
            for k in range(len(self.toks) - 1):
                if not self.is_in(k, words.get("statement", ())):
                    continue
                nxt = k + 1
                if self.is_in(nxt, _SADIR) and self.has(nxt + 1, _AN):
                    nxt += 2
                elif not self.toks[nxt].norm.startswith("ل"):
                    continue
                span = self.source_phrase(nxt)
                if span:
                    found = (k, *span, "statement")
                    break
        if found is None:
            return _Attribution(None, None, 0, 0, 0, (0, 0), None)
        cue, a, b, how = found
        start, end = self.start_of(a), self.toks[b - 1].end
        first = self.toks[a]
        if first.norm.startswith("لل") and len(first.norm) > 3:  # للناطق = ل + الناطق
            _, offsets = normalize_with_offsets(first.surface, **MATCH_OPTIONS)
            start = first.start + offsets.to_original(2)
            display = "ال" + self.text[start:end]
        else:
            display = self.text[start:end]
        display = display.strip("".join(_QUOTES) + " ")
        reported = self.source_in(start, end) or self.actor_in(start, end) or display
        # The reporter's description runs on to a complementizer, a recipient
        # (لوكالة ...) or the end of the clause.
        c = b
        while c < len(self.toks) and c - b < _MAX_TRIGGER_GAP and not self.is_punct(c) and not self.cue(c, "barrier") \
                and not (self.toks[c].norm.startswith("ل") and self.is_in(c, words.get("told_to", ()))):
            c += 1
        context_end = self.toks[c - 1].end if c > b else end
        if how == "according_to":  # a trailing attribution: its clause names where the source is
            _, clause_end = self.clause_bounds(cue)
            exclude = (self.toks[cue].start, self.toks[clause_end - 1].end if clause_end > cue else end)
        else:
            exclude = (start, end)
        return _Attribution(display, reported, start, end, context_end, exclude, how)

    def source_phrase(self, k: int):
        """Token range of a source phrase starting at ``k``."""
        words = self.lex.attribution
        cal = set().union(*self.lex.calendar.values()) if self.lex.calendar else set()
        b, n_words = k, 0
        while b < len(self.toks) and n_words < _MAX_PHRASE:
            tok = self.toks[b]
            if tok.kind == "punct" and tok.norm not in _QUOTES:
                break
            if tok.kind == "word":
                if self.is_in(b, words.get("stop", ())) and not (self.has(b, _AN) and self.is_in(b - 1, _SADIR)):
                    break
                if self.is_in(b, cal) or self.cue(b, "barrier"):
                    break
                if b > k and tok.norm.startswith("ل") and self.is_in(b, words.get("told_to", ())):
                    break
                if any(t.i == b for t in self.pre + self.post) or self.noun(b) and self.noun(b)[0].kind:
                    break
                n_words += 1
            elif tok.kind == "number" and not self.cue(b - 1, "label"):
                break
            b += 1
        while b > k and self.toks[b - 1].kind == "punct":
            b -= 1
        return (k, b) if n_words else None

    def speaker(self, v: int):
        """Subject of the verb of saying at ``v``: after it (VSO), or between
        كان and قد before it (وكانت وكالة الصحافة الفرنسية قد أفادت)."""
        if v >= 2 and self.has(v - 1, _QAD):
            a = v - 2
            while a >= 0 and not self.is_in(a, _KAN) and v - a <= _MAX_PHRASE + 2:
                a -= 1
            if a >= 0 and self.is_in(a, _KAN) and a + 1 < v - 1:
                return a + 1, v - 1
        return self.source_phrase(v + 1)

    def source_in(self, start: int, end: int) -> str | None:
        """First source mentioned within (overlapping) ``[start, end)``."""
        for s, e, ident in self.sources:
            if s < end and e > start:
                return ident
        return None

    # -- place and time
    def locative(self, k: int) -> bool:
        """Token ``k`` follows في/قرب/جنوب ... or carries the preposition ب."""
        if self.is_in(k - 1, _LOCATIVES):
            return True
        n = self.skip(k)
        return bool(n) and "ب" in letters(self.toks[k].surface)[:n]

    def place_at(self, k: int):
        """(start, end, next token) of a place named at token ``k``, or None:
        a gazetteer name (بنغازي), a place word + a name (مدينة مرزق → مرزق),
        a place word + a definite name (حي الدولار), or الحي رقم 1."""
        n = len(self.toks)
        m = self.lex.places.match_at(self, k)
        if m:
            return (*self.slice(k, m[0]), m[0])
        if not self.is_in(k, self.lex.place_classes) or k + 1 >= n:
            return None
        if self.has(k + 1, _RAQM) and k + 2 < n and self.toks[k + 2].kind == "number":
            return (*self.slice(k, k + 3), k + 3)
        if self.definite(k):
            return None
        m = self.lex.places.match_at(self, k + 1)
        if m:
            return (*self.slice(k + 1, m[0]), m[0])
        stops = self.lex.attribution.get("stop", frozenset())
        if (self.toks[k + 1].kind == "word" and self.definite(k + 1) and not self.conj(k + 1)
                and not self.is_in(k + 1, _PHRASE_END) and not self.is_in(k + 1, stops)):
            return (*self.slice(k, k + 2), k + 2)
        return None

    def place(self, exclude) -> str | None:
        """Places the sentence puts something in or near, outside ``exclude``."""
        names: list[str] = []
        k = 0
        while k < len(self.toks):
            found = self.place_at(k) if self.locative(k) else None
            if found is None:
                k += 1
                continue
            s, e, k = found
            name = self.text[s:e]
            if not (exclude[0] <= s < exclude[1]) and name not in names:
                names.append(name)
        return "، ".join(names) if names else None

    def cumulative(self, anchor: int) -> bool:
        a, b = self.clause_bounds(anchor)
        phrases = self.lex.cue_phrases.get("cumulative")
        months = self.lex.calendar.get("month", frozenset())
        for k in range(a, b):
            if self.cue(k, "cumulative") or (phrases and phrases.match_at(self, k)):
                return True
            if self.cue(k, "begin"):
                for x in range(k + 1, min(k + 3, b)):
                    if self.has(x, norm_word("في")) or self.has(x, norm_word("منذ")):
                        if any(self.is_in(y, months) or (y < len(self.toks) and self.toks[y].kind == "number")
                               for y in range(x + 1, min(x + 4, b))):
                            return True
        return False


def _class_of(owner) -> str:
    if isinstance(owner, _Noun):
        return owner.victim
    return owner if owner in ("civilians", "combatants") else "unknown"


def _estimate(q: Quantity, qualifier: str):
    """(low, best, high, qualifier) of a number and its qualifier."""
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
# actors and sources from the other modules (optional)


def _optional_finder(module: str, function: str):
    try:
        mod = importlib.import_module(f"libyanews.{module}")
    except ModuleNotFoundError as err:
        if err.name == f"libyanews.{module}":
            return None
        raise
    return getattr(mod, function)


def _mentions(frame, text: str, module: str, function: str, id_column: str):
    """Sorted (start, end, id) of actor or source mentions in ``text``."""
    if frame is None:
        finder = _optional_finder(module, function)
        if finder is None:
            return []
        frame = finder(text)
    if frame is None or len(frame) == 0:
        return []
    missing = {"start", "end", id_column} - set(frame.columns)
    if missing:
        raise ValueError(f"{module} mentions need the columns start, end, {id_column}; missing {sorted(missing)}")
    return sorted((int(s), int(e), str(i)) for s, e, i in zip(frame["start"], frame["end"], frame[id_column]))


# --------------------------------------------------------------------------
# public API


#: Skip the sentences without a trigger or casualty noun (off in tests, to compare).
_FIGURES_ONLY = True


@lru_cache(maxsize=1)
def _figure_words() -> tuple[frozenset, frozenset]:
    """Stems without which a sentence holds no figure: the first words of the
    triggers and the casualty nouns (with a kind) in every form; and the
    singulars of those nouns, whose duals count too."""
    lex = _lexicon()
    nouns = {form for form, (noun, _) in lex.nouns.items() if noun.kind}
    singulars = {form for form, (noun, number) in lex.nouns.items() if noun.kind and number == "sing"}
    return frozenset(set(lex.pre._by_first) | set(lex.post._by_first) | nouns), frozenset(singulars)


@lru_cache(maxsize=200_000)
def _is_figure_word(norm: str) -> bool:
    """True when a word can be a trigger or a casualty noun.  Every figure
    needs one (a number with no casualty word is not a figure; duals and
    singulars count only next to one), so a sentence without such a word is
    skipped whole when only figures are wanted.  Exact, not a heuristic: the
    same stems the sentence reader matches (tests compare with and without)."""
    keys, singulars = _figure_words()
    for stem, _, _ in _candidates(norm):
        if stem in keys:
            return True
        if stem.endswith(("ان", "ين")) and any(s in singulars for s in dual_stem(stem)):
            return True
    return False


def _read(text: str, actor_mentions, source_mentions, figures_only: bool = False) -> list[_Sentence]:
    if not isinstance(text, str):
        raise TypeError(f"find_casualties expects a str, not {type(text).__name__}")
    lex = _lexicon()
    # The tokens of tokenize(text, **MATCH_OPTIONS), as columns: Token objects
    # are made only for the sentences that are read.
    arrays = tokenize_arrays(text, **MATCH_OPTIONS)
    norms, kinds = arrays.norms, arrays.kinds.tolist()
    starts, ends = arrays.starts.tolist(), arrays.ends.tolist()
    keys = _figure_words()[0]
    chosen = []
    t = 0
    for sentence in split_sentences(text):
        t = bisect.bisect_left(starts, sentence.start, t)
        u = bisect.bisect_right(ends, sentence.end, t)
        if not figures_only or any(_is_figure_word(norms[k]) if kinds[k] == 0 else norms[k] in keys
                                   for k in range(t, u)):
            chosen.append((sentence, t, u))
        t = u
    if not chosen:
        return []
    spans = _optional_finder("actors", "mention_spans") if actor_mentions is None and source_mentions is None else None
    if spans is not None and _optional_finder("sources", "find_sources") is not None:
        # The default finders share one matcher: one pass gives both (same rows as find_actors/find_sources).
        actors, sources = spans(text)
    else:
        actors = _mentions(actor_mentions, text, "actors", "find_actors", "actor")
        sources = _mentions(source_mentions, text, "sources", "find_sources", "source")
    out = []
    for sentence, t, u in chosen:
        toks = [Token(text[starts[k]:ends[k]], norms[k], starts[k], ends[k], KINDS[kinds[k]]) for k in range(t, u)]
        reader = _Sentence(text, sentence, toks, lex, actors, sources)
        reader.read()
        out.append(reader)
    return out


def find_casualties(text: str, *, actor_mentions: pd.DataFrame | None = None,
                    source_mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Casualty figures in ``text``: one row per figure as written.

    Columns :data:`COLUMNS` (see the module docstring for every rule);
    ``start``/``end`` are offsets of ``figure`` in ``text`` and
    ``evidence`` is its sentence.  ``low``/``best``/``high`` are nullable
    integers.

    ``actor_mentions`` / ``source_mentions`` are tables of mentions in
    ``text`` (columns ``actor``/``source``, ``start``, ``end``); by default
    they come from ``libyanews.actors.find_actors`` and
    ``libyanews.sources.find_sources`` when those modules are present.
    Pass :data:`NO_MENTIONS` to resolve nothing.

    >>> text = "وقتل على إثره ستة على الأقل من المقاتلين الحكوميين فيما أصيب 12 بجروح، وفقا لمصادر طبية."
    >>> find_casualties(text, actor_mentions=NO_MENTIONS)[["kind", "low", "high", "qualifier", "victim"]].values.tolist()
    [['killed', 6, <NA>, 'at_least', 'combatants'], ['injured', 12, 12, 'exact', 'combatants']]
    >>> len(find_casualties("لم تسفر الغارة عن إصابات، ونفى الجيش سقوط قتلى."))
    0
    """
    return _frame(_figure_rows(text, actor_mentions, source_mentions))


def _figure_rows(text: str, actor_mentions=None, source_mentions=None) -> list[dict]:
    rows = [row for reader in _read(text, actor_mentions, source_mentions, _FIGURES_ONLY) for row in reader.figures]
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame([{c: r[c] for c in COLUMNS} for r in rows], columns=COLUMNS)
    for col in ("low", "best", "high"):
        frame[col] = frame[col].astype("Int64")
    frame["cumulative"] = frame["cumulative"].astype(bool)
    frame["start"] = frame["start"].astype(int)
    frame["end"] = frame["end"].astype(int)
    for col in ("place", "reported_by", "attribution"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


def number_roles(text: str, *, actor_mentions: pd.DataFrame | None = None,
                 source_mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every number in ``text`` and what :func:`find_casualties` made of it.

    ``role`` is ``casualty figure`` or ``not a casualty figure``; ``reason``
    says why (date, time, label, count of things, people present, no
    casualty word, negated ...).  Use it to check that no number was
    dropped without a reason.

    >>> roles = number_roles("تتقدم في منطقة تبعد 95 كم عن سرت، وقتل 3 جنود.", actor_mentions=NO_MENTIONS)
    >>> roles[["surface", "role", "reason"]].values.tolist()
    [['95', 'not a casualty figure', 'count of كم'], ['3 جنود', 'casualty figure', 'killed']]
    """
    readers = _read(text, actor_mentions, source_mentions)
    rows = []
    for reader in readers:
        for q, role, reason in reader.verdicts:
            rows.append((q.surface, q.low, q.high, q.form, role, reason, q.start, q.end))
        for r in reader.figures:
            rows.append((r["figure"], r["low"], r["high"], r["form"], "casualty figure", r["kind"], r["start"], r["end"]))
    frame = pd.DataFrame(rows, columns=ROLE_COLUMNS).sort_values(["start", "end"], kind="stable")
    frame["low"] = frame["low"].astype("Int64")
    frame["high"] = frame["high"].astype("Int64")
    return frame.reset_index(drop=True)


def casualty_figures(corpus: pd.DataFrame) -> pd.DataFrame:
    """:func:`find_casualties` for every article: the same rows plus
    ``article_id``, a ``figure_id`` (``article_id@start``) and
    ``duplicate_of`` (the original when the article is a republished copy,
    else None), in corpus order.  ``corpus`` may also be batches of a corpus
    (:func:`libyanews.streaming.iter_corpus`): the result is the same.

    >>> figures = casualty_figures(load_corpus())
    >>> sorted(figures.loc[figures["duplicate_of"].notna(), "low"].tolist())
    [10, 10]
    """
    if is_batches(corpus):
        return for_batches(casualty_figures, corpus)
    _check_corpus(corpus, ("article_id", "text"))
    if not len(corpus):
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    dup = corpus["duplicate_of"] if "duplicate_of" in corpus else pd.Series([None] * len(corpus), index=corpus.index)
    rows: list[dict] = []
    ids: list[str] = []
    originals: list[str | None] = []
    for article_id, text, original in zip(corpus["article_id"], corpus["text"], dup):
        found = _figure_rows(text)
        rows.extend(found)
        ids.extend([article_id] * len(found))
        originals.extend([original if isinstance(original, str) else None] * len(found))
    # One table for the corpus, not one per article (the same rows, many times faster).
    figures = _frame(rows)
    figures.insert(0, "article_id", ids)
    figures.insert(1, "figure_id", [f"{a}@{r['start']}" for a, r in zip(ids, rows)])
    figures["duplicate_of"] = pd.Series(originals, index=figures.index, dtype=object)
    # Text columns hold Python strings and None whatever the corpus (a table
    # built per article and concatenated had that only when some article had
    # no figure); article_id keeps the corpus's string dtype.
    for col in _TEXT_COLUMNS:
        figures[col] = figures[col].astype(object).where(figures[col].notna(), None)
    return figures[FIGURE_COLUMNS]


def _check_corpus(corpus, columns) -> None:
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"expected a corpus DataFrame (load_corpus), not {type(corpus).__name__}")
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise ValueError(f"the table lacks the column(s) {', '.join(missing)}")


def _places(value) -> set[str]:
    if not isinstance(value, str) or not value:
        return set()
    return {norm_word(p.strip()) for p in value.split("،") if p.strip()}


@lru_cache(maxsize=65_536)
def _day_cues(evidence: str) -> frozenset[str]:
    """Weekdays and day-month dates named in a sentence."""
    lex = _lexicon()
    weekdays = lex.calendar.get("weekday", frozenset())
    months = lex.calendar.get("month", frozenset())
    toks = tokenize(evidence, **MATCH_OPTIONS)
    cues = set()
    for k, tok in enumerate(toks):
        stems = {c[0] for c in _candidates(tok.norm)} if tok.kind == "word" else {tok.norm}
        hit = stems & weekdays
        if hit:
            cues.add(min(hit))
        if tok.kind == "number" and k + 1 < len(toks) and {c[0] for c in _candidates(toks[k + 1].norm)} & months:
            cues.add(tok.norm + " " + toks[k + 1].norm)
    return frozenset(cues)


_VICTIM_CLASSES = ("unknown", "civilians", "combatants")


def _victims_compatible(a: str, b: str) -> bool:
    if a == b or "unknown" in (a, b):
        return True
    if "civilians" in (a, b):
        return False
    return "combatants" in (a, b)  # an actor id and combatants


class _Report(NamedTuple):
    family: str
    kind: str
    cumulative: bool
    victim: str
    low: int
    high: float
    best: int
    places: frozenset
    days: frozenset


def _same_event(a: _Report, b: _Report) -> bool:
    if a.family != b.family or a.kind != b.kind or a.cumulative != b.cumulative:
        return False
    if not _victims_compatible(a.victim, b.victim):
        return False
    if a.places and b.places and not (a.places & b.places):
        return False
    if a.days and b.days and not (a.days & b.days):
        return False
    overlap = max(a.low, b.low) <= min(a.high, b.high)
    shared_place = bool(a.places & b.places)
    if a.cumulative:
        return a.best == b.best
    return overlap or shared_place


def _figures_of(data: pd.DataFrame) -> pd.DataFrame:
    """The figures of a corpus, or ``data`` itself when it already is figures."""
    return casualty_figures(data) if "text" in data.columns else data


def casualty_events(data: pd.DataFrame) -> pd.DataFrame:
    """Fold the figures that report the same event into one row each.

    ``data`` is a corpus (:func:`~libyanews.corpus.load_corpus`) or the
    table of :func:`casualty_figures`, or batches of either
    (:func:`libyanews.streaming.iter_corpus`).  In the spirit of UCDP GED's event
    rows, one row per event with ``low`` / ``best`` / ``high`` across its
    reports.

    **Folding rule.**  Figures are taken in corpus order and each joins the
    first event all of whose reports it agrees with, else starts a new one.
    Two figures agree when they come from the same article *family* (an
    article and the copies flagged ``duplicate_of`` it: figures are never
    folded across independent articles, which carry no reliable date), have
    the same ``kind`` and the same ``cumulative`` flag, compatible victims
    (equal, or one ``unknown``, or an actor id and ``combatants``), do not
    name different places or different days (weekday or date) when both
    name one, and either give overlapping ranges (``[low, high]``, an open
    high counting as unbounded: "15" and "at least 12" agree, "15" and "23"
    do not) or name a common place ("23 killed in Benghazi" (AP) and "15
    killed ... in Benghazi" (AFP) are one attack told twice).  Cumulative
    totals ("منذ" ...) only fold with the same total restated, so they are
    kept apart from single events.

    Columns :data:`EVENT_COLUMNS`: ``low`` is the lowest low of the
    reports, ``best`` the median of the best estimates of the independent
    reports (copies left out; the lower middle value when their number is
    even), ``high`` the largest upper bound the reports give, or None when a
    report without an upper bound ("more than 30") goes beyond every bound; ``n_reports`` counts every figure
    folded in (copies too), ``n_articles`` the articles they come from,
    ``values`` the best of each report in order, ``reported_by`` the
    distinct sources, ``figure_ids`` the figures (see
    :func:`casualty_figures`), ``evidence`` the first report's sentence.

    >>> events = casualty_events(load_corpus())
    >>> strike = events[events["n_articles"] == 2].iloc[0]
    >>> int(strike["low"]), int(strike["n_reports"])
    (10, 4)
    """
    if is_batches(data):
        data = for_batches(_figures_of, data)
    figures = _figures_of(data)
    _check_corpus(figures, ("article_id", "figure_id", "kind", "low", "best", "high", "victim", "cumulative"))
    family_of = {}
    for aid, dup in zip(figures["article_id"], figures.get("duplicate_of", [None] * len(figures))):
        family_of[aid] = dup if isinstance(dup, str) else aid
    events: list[list[tuple[_Report, dict]]] = []
    # Figures of different families never fold (_same_event), so each figure
    # is compared with the events of its family only: linear in the corpus,
    # the same events in the same order as comparing with every event.
    family_events: dict[str, list[list[tuple[_Report, dict]]]] = defaultdict(list)
    for row in figures.to_dict("records"):
        low = row["low"] if pd.notna(row["low"]) else (row["best"] if pd.notna(row["best"]) else 0)
        high = row["high"] if pd.notna(row["high"]) else float("inf")
        report = _Report(
            family=family_of[row["article_id"]], kind=row["kind"], cumulative=bool(row["cumulative"]),
            victim=row["victim"], low=int(low), high=high, best=int(row["best"]) if pd.notna(row["best"]) else int(low),
            places=frozenset(_places(row.get("place"))), days=frozenset(_day_cues(row.get("evidence", ""))))
        for members in family_events[report.family]:
            if all(_same_event(report, other) for other, _ in members):
                members.append((report, row))
                break
        else:
            events.append([(report, row)])
            family_events[report.family].append(events[-1])
    rows = []
    for n, members in enumerate(events, 1):
        reports = [r for r, _ in members]
        recs = [rec for _, rec in members]
        lows = [int(rec["low"]) for rec in recs if pd.notna(rec["low"])]
        independent = [r.best for r, rec in members if not isinstance(rec.get("duplicate_of"), str)] or [r.best for r in reports]
        bounded = [int(rec["high"]) for rec in recs if pd.notna(rec["high"])]
        unbounded = [int(rec["best"]) for rec in recs if pd.isna(rec["high"]) and pd.notna(rec["best"])]
        high = max(bounded) if bounded and (not unbounded or max(unbounded) <= max(bounded)) else None
        victims = [r.victim for r in reports]
        victim = next((v for v in victims if v not in _VICTIM_CLASSES), None) or next(
            (v for v in victims if v != "unknown"), "unknown")
        places = []
        for rec in recs:
            for p in (rec.get("place") or "").split("،"):
                p = p.strip()
                if p and p not in places:
                    places.append(p)
        sources = []
        for rec in recs:
            src = rec.get("reported_by")
            if isinstance(src, str) and src not in sources:
                sources.append(src)
        rows.append({
            "event": n,
            "article_id": reports[0].family,
            "kind": reports[0].kind,
            "victim": victim,
            "place": "، ".join(places) if places else None,
            "cumulative": reports[0].cumulative,
            "low": min(lows) if lows else None,
            "best": int(statistics.median_low(independent)),
            "high": high,
            "n_reports": len(members),
            "n_articles": len({rec["article_id"] for rec in recs}),
            "values": tuple(r.best for r in reports),
            "reported_by": tuple(sources),
            "figure_ids": tuple(rec["figure_id"] for rec in recs),
            "evidence": recs[0].get("evidence"),
        })
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    for col in ("low", "best", "high"):
        frame[col] = frame[col].astype("Int64")
    frame["place"] = frame["place"].astype(object).where(frame["place"].notna(), None)
    return frame


from .corpus import load_corpus  # noqa: E402,F401  (docstring examples)
