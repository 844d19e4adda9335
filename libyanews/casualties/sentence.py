"""Stage 1 of the casualty reader: the sentence view.

A :class:`SentenceView` is one sentence as the later stages see it: its
tokens (``tokenize(text, teh_marbuta=True)``, offsets into the verbatim
text), each token's look-up candidates (clitics off, see
:func:`~libyanews.casualties.wordlists.candidates`), the numbers in it
(:func:`libyanews.numbers.number_spans`), the casualty **triggers** and the
tokens that belong to a **qualifier** (``على الأقل``), and the actor and
source mentions of the text.  It is built once and never changed: the
stages ask it questions (is token ``i`` a negation cue? where does the
clause around it end? which noun counts people here?) and pass on records of
their own.

Triggers are found once per sentence, longest phrase first:

* before the number (``قتل``, ``مقتل``, ``أصيب``, and plural casualty nouns
  ``القتلى``) or after it (``لقوا حتفهم``, ``بجروح``);
* two kinds joined by و cover one figure: ``قتل وأصيب``, ``مقتل وإصابة``
  → ``killed_or_injured``.

    >>> view = view_of("قتل وأصيب 12 شخصا في سرت.")
    >>> [(t.kind, t.role) for t in view.pre]
    [('killed_or_injured', 'pre')]
    >>> [q.low for _, _, q in view.numbers]
    [12]
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from ..lexicon import letters, split_clitics
from ..normalize import normalize_with_offsets
from ..numbers import MATCH_OPTIONS, dual_stem, norm_word, number_spans
from ..tokenize import Token, split_sentences, tokenize
from .wordlists import Lexicon, PhraseSet, candidates, has_conjunction, load_lexicon

__all__ = ["MAX_POST_GAP", "MAX_TRIGGER_GAP", "MIN", "NEGATION_WINDOW", "ONE_OF", "PHRASE_END", "SentenceView",
           "Trigger", "number_at", "qualifier_within", "subject_end", "verb_after_subject", "view_of"]

NEGATION_WINDOW = 5       # words before a trigger searched for a negation
MAX_TRIGGER_GAP = 12      # words between a trigger and the number it governs
MAX_POST_GAP = 3          # words between a number and a trigger after it
CLAUSE_PUNCT = frozenset({"،", ",", "؛", ";", ":", "."})
#: Words that end a victim or source phrase (and an item of a list).
PHRASE_END = frozenset(norm_word(w) for w in (
    "في", "خلال", "جراء", "نتيجة", "إثر", "بسبب", "على", "إلى", "عن", "منذ", "بعد", "قبل", "عند",
    "لدى", "داخل", "قرب", "حسب", "بحسب", "وفق", "وفقا", "بين"))
ONE_OF = frozenset(norm_word(w) for w in ("أحد", "إحدى"))
MIN = norm_word("من")
OPENERS = frozenset({"(", "{", "[", '"', "«", "“", "'"})
CLOSERS = frozenset({")", "}", "]", '"', "»", "”", "'", "’"})
_DASHES = frozenset({"-", "–", "—"})
_DASHES_AND_CLOSERS = frozenset({"-", "–", "—", ")", "]", "}"})


class Trigger(NamedTuple):
    """A casualty word: tokens ``[i, j)``, its kind, and its role: ``pre``
    (before the number), ``post`` (after it) or ``noun`` (a casualty noun
    that is the counted noun itself: 15 شهيدا); ``needs`` what it needs to
    count (``people``: خسر الجيش 9 من جنوده; see casualty_triggers.csv)."""

    i: int
    j: int
    kind: str
    role: str
    needs: str = ""


class SentenceView:
    """Tokens of one sentence with their match candidates, numbers,
    triggers and qualifier tokens; read-only once built."""

    def __init__(self, text: str, sentence, toks: list[Token], lex: Lexicon, actors, sources):
        self.text = text
        self.sentence = sentence
        self.toks = toks
        self.lex = lex
        self.actors = as_mentions(actors)      # sorted (start, end, actor id) of the whole text
        self.sources = as_mentions(sources)    # sorted (start, end, source id)
        self._words = words = _word_tables(lex)
        infos = [_word_info(t.norm, lex, words) if t.kind == "word" else _other_info(t.norm, lex, words)
                 for t in toks]
        self.cands = [info[0] for info in infos]
        self.stems = [info[1] for info in infos]
        self.cue_names = [info[2] for info in infos]   # the cues (casualty_cues.csv) each token is
        self._n = len(toks)
        self.numbers = number_spans(toks, text)
        self.in_number = bytearray(len(toks))           # token k is part of a number
        for a, b, _ in self.numbers:
            self.in_number[a:b] = b"\x01" * (b - a)
        self.number_starts = frozenset(a for a, _, _ in self.numbers)
        self._clause = None
        self._prefix: dict = {}
        self._positions: dict = {}
        self._memo: dict = {}
        self._skip: dict = {}
        self._conj: dict = {}
        self.qualifier_tokens = _qualifier_tokens(self)
        self.pre = _triggers(self, lex.pre, "pre", with_nouns=True)
        self.post = _triggers(self, lex.post, "post")
        self.pre_starts = frozenset(t.i for t in self.pre)
        self.trigger_starts = self.pre_starts | frozenset(t.i for t in self.post)
        self.trigger_tokens = frozenset(k for t in self.pre + self.post for k in range(t.i, t.j))
        # triggers by their first token (pre and post triggers each do not overlap among themselves)
        self.pre_at = {t.i: t for t in self.pre}
        self.post_at = {t.i: t for t in self.post}
        self.pre_ends = frozenset(t.j for t in self.pre)
        self._pre_i = [t.i for t in self.pre]
        self._post_i = [t.i for t in self.post]
        self.lead = False         # a title or lead sentence (set by the reader)

    # -- what a token is
    def has(self, i: int, word: str) -> bool:
        return 0 <= i < len(self.toks) and word in self.stems[i]

    def is_in(self, i: int, words) -> bool:
        return 0 <= i < len(self.toks) and not self.stems[i].isdisjoint(words)

    def cue(self, i: int, cue: str) -> bool:
        return 0 <= i < self._n and cue in self.cue_names[i]

    # -- indexes over the tokens, so that no question scans the sentence
    def count(self, name: str, a: int, b: int) -> int:
        """How many tokens in ``[a, b)`` are ``name``: a cue of casualty_cues.csv,
        or "barrier_between" (what :meth:`barrier_between` looks for), or
        "clause_punct" (what ends a clause)."""
        prefix = self._prefix.get(name)
        if prefix is None:
            prefix = self._prefix[name] = _prefix_counts(self._mask(name))
        a, b = max(a, 0), min(b, self._n)
        return prefix[b] - prefix[a] if b > a else 0

    def positions(self, name: str) -> list[int]:
        """Sorted tokens that are ``name`` (see :meth:`count`)."""
        found = self._positions.get(name)
        if found is None:
            found = self._positions[name] = [k for k, hit in enumerate(self._mask(name)) if hit]
        return found

    def last_before(self, name: str, i: int, lo: int = 0) -> int | None:
        """The last token ``k`` in ``[lo, i)`` that is ``name``, or None."""
        found = self.positions(name)
        n = bisect.bisect_left(found, i) - 1
        return found[n] if n >= 0 and found[n] >= lo else None

    def _mask(self, name: str) -> list[bool]:
        if name == "barrier_between":
            stops = {".", "؛", ";", ":"}
            return [("barrier" in c or "relative" in c) or (t.kind == "punct" and t.norm in stops)
                    for c, t in zip(self.cue_names, self.toks)]
        if name == "clause_punct":
            return [t.kind == "punct" and t.norm in CLAUSE_PUNCT for t in self.toks]
        if name == "speaker_stop":
            return [("barrier" in c or "relative" in c) or (t.kind == "punct" and t.norm in CLAUSE_PUNCT)
                    for c, t in zip(self.cue_names, self.toks)]
        if name == "dash_or_closer":
            return [t.norm in _DASHES_AND_CLOSERS for t in self.toks]
        return [name in c for c in self.cue_names]

    def memo(self, key, compute):
        """``compute()``, once per sentence view and ``key``."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def token_at_or_after(self, offset: int) -> int:
        """The first token that starts at or after ``offset`` (``len(toks)`` if none)."""
        starts = self._memo.get("starts")
        if starts is None:
            starts = self._memo["starts"] = [t.start for t in self.toks]
        return bisect.bisect_left(starts, offset)

    def pre_between(self, a: int, b: int) -> bool:
        """A pre trigger starts in tokens ``[a, b)``."""
        n = bisect.bisect_left(self._pre_i, a)
        return n < len(self._pre_i) and self._pre_i[n] < b

    def post_within(self, a: int, b: int) -> list:
        """Post triggers that start in tokens ``[a, b]``, in order."""
        lo = bisect.bisect_left(self._post_i, a)
        hi = bisect.bisect_right(self._post_i, b)
        return self.post[lo:hi]

    def pre_within(self, a: int, b: int) -> list:
        """Pre triggers that start in tokens ``[a, b]``, in order."""
        lo = bisect.bisect_left(self._pre_i, a)
        hi = bisect.bisect_right(self._pre_i, b)
        return self.pre[lo:hi]

    def norm_at(self, i: int) -> str:
        """Normalized form of token ``i``; "" outside the sentence."""
        return self.toks[i].norm if 0 <= i < len(self.toks) else ""

    def is_punct(self, i: int, chars=CLAUSE_PUNCT) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].kind == "punct" and self.toks[i].norm in chars

    def conj(self, i: int) -> bool:
        """The word at ``i`` starts with the conjunction و/ف (or follows a
        stand-alone و): the rest is a word of our lists, or the frequency
        rule of :func:`libyanews.lexicon.split_clitics` says so."""
        if not 0 <= i < self._n:
            return False
        found = self._conj.get(i)
        if found is None:
            tok = self.toks[i]
            if i > 0 and self.toks[i - 1].norm in ("و", "ف"):
                found = True
            elif tok.kind != "word" or len(tok.norm) < 3 or tok.norm[0] not in ("و", "ف"):
                found = False
            else:
                found = self.known(tok.norm[1:]) or has_conjunction(tok.surface)
            self._conj[i] = found
        return found

    def known(self, word: str) -> bool:
        """A word of the casualty lists (noun, trigger) in normalized form."""
        table = self._words["known"]
        found = table.get(word)
        if found is None:
            found = table[word] = (word in self.lex.nouns or self.dual(word) is not None
                                   or self.lex.pre.matches_at_word(word) or self.lex.post.matches_at_word(word))
        return found

    def noun(self, i: int):
        """(Noun, number) of a counted noun at ``i`` (sing/acc/dual/plural), or None."""
        if not 0 <= i < self._n or self.toks[i].kind != "word":
            return None
        table = self._words["noun"]
        norm = self.toks[i].norm
        try:
            return table[norm]
        except KeyError:
            pass
        found = None
        for stem, _, _ in self.cands[i]:
            hit = self.lex.nouns.get(stem)
            if hit is not None:
                found = hit
                break
        else:
            for stem, _, _ in self.cands[i]:
                hit = self.dual(stem)
                if hit is not None:
                    found = hit
                    break
        table[norm] = found
        return found

    def dual(self, word: str):
        """(Noun, "dual") when ``word`` is the dual of a listed noun, read
        with :func:`libyanews.numbers.dual_stem` (جنديين → جندي, امرأتان →
        امرأة), or its construct form before a noun (جثتي شابين → جثة); a
        form spelled like a listed plural (مدنيين) is the plural."""
        table = self._words["dual"]
        try:
            return table[word]
        except KeyError:
            found = table[word] = self._dual(word)
            return found

    def _dual(self, word: str):
        if word.endswith(("تي", "تا")) and len(word) >= 4 and word not in self.lex.nouns:
            hit = self.lex.nouns.get(word[:-2] + "ه")
            if hit is not None and hit[1] == "sing":
                return hit[0], "dual"
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
        """(Noun or class, pronoun) of a plural with a possessive pronoun (عناصرها)."""
        if not 0 <= i < self._n or self.toks[i].kind != "word":
            return None
        table = self._words["possessive"]
        norm = self.toks[i].norm
        try:
            return table[norm]
        except KeyError:
            pass
        found = next((hit for hit in map(self.lex.possessive.get, (c[0] for c in self.cands[i])) if hit is not None),
                     None)
        table[norm] = found
        return found

    # -- where things are
    def skip(self, i: int) -> int:
        """Clitic characters (و/ف/ب/ل) in front of the word at ``i``, when
        the rest is a word the lexicon knows; else 0."""
        found = self._skip.get(i)
        if found is None:
            found = self._skip[i] = self._clitics(i)
        return found

    def _clitics(self, i: int) -> int:
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
        if n == 0 and tok.norm[:1] in ("و", "ف") and self.known(tok.norm[1:]):
            n = 1
        return n

    def start_of(self, i: int, strip: bool = True) -> int:
        """Offset in the text where token ``i`` starts, after its clitics when ``strip``."""
        tok = self.toks[i]
        n = self.skip(i) if strip else 0
        if not n:
            return tok.start
        _, offsets = normalize_with_offsets(tok.surface, **MATCH_OPTIONS)
        return tok.start + offsets.to_original(n)

    def slice(self, i: int, j: int, strip: bool = True) -> tuple[int, int]:
        """Offsets of tokens ``[i, j)`` in the text (clitics of the first off)."""
        return self.start_of(i, strip), self.toks[j - 1].end

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """Token range of the comma-delimited clause around token ``i``."""
        if 0 <= i <= self._n:
            clause = self._clause
            if clause is None:
                clause = self._clause = _clause_index(self)
            return clause[0][i], clause[1][i]
        a = i
        while a > 0 and not self.is_punct(a - 1):
            a -= 1
        b = i
        while b < len(self.toks) and not self.is_punct(b):
            b += 1
        return a, b

    def negated(self, anchor: int) -> bool:
        """A negation cue (لم, لا, دون ...) within a few words before
        ``anchor`` in its clause, not part of a qualifier (لا يقل عن), or a
        verb of denial (نفى, ينفي) anywhere before it in the clause."""
        a, _ = self.clause_bounds(anchor)
        if self.count("denial", a, anchor):
            return True
        for k in range(max(a, anchor - NEGATION_WINDOW), anchor):
            if k not in self.qualifier_tokens and self.cue(k, "negation"):
                return True
        return False

    def barrier_between(self, a: int, b: int) -> bool:
        """A new clause (إن, فيما, a relative pronoun, ؛ :) between tokens a and b."""
        return self.count("barrier_between", a, b) > 0

    # -- mentions of the text
    def actor_in(self, start: int, end: int) -> str | None:
        """First actor mentioned within (overlapping) offsets ``[start, end)``."""
        return self.actors.first_overlapping(start, end)

    def source_in(self, start: int, end: int) -> str | None:
        """First source mentioned within (overlapping) offsets ``[start, end)``."""
        return self.sources.first_overlapping(start, end)


class Mentions(list):
    """Sorted ``(start, end, id)`` mentions of a text with the indexes that
    answer "which mention overlaps this span?" by bisection instead of a scan
    (the same answers as the scan: the first mention in list order)."""

    def __init__(self, items=()):
        super().__init__(items)
        self._index = None
        self.cache: dict = {}     # what the stages derive from the mentions of one text

    def extend(self, items) -> None:
        super().extend(items)
        self._index = None
        self.cache.clear()

    def _built(self):
        """(starts, ends, running maximum of ends, starts sorted, ends sorted), built once."""
        if self._index is None:
            starts = [m[0] for m in self]
            ends = [m[1] for m in self]
            running, top = [], None
            for e in ends:
                top = e if top is None or e > top else top
                running.append(top)
            self._index = (starts, ends, running, all(a <= b for a, b in zip(starts, starts[1:])),
                           all(a <= b for a, b in zip(ends, ends[1:])))
        return self._index

    def first_overlapping(self, start: int, end: int):
        """Id of the first mention (list order) with ``s < end and e > start``, or None."""
        if not self:
            return None
        _, _, running, starts_sorted, _ = self._built()
        if not starts_sorted:
            return next((ident for s, e, ident in self if s < end and e > start), None)
        n = bisect.bisect_right(running, start)   # the first mention that ends after start
        if n < len(self) and self[n][0] < end:
            return self[n][2]
        return None

    def first_ending_after(self, offset: int) -> int:
        """Index of the first mention (list order) that ends after ``offset`` (``len`` if none)."""
        return bisect.bisect_right(self._built()[2], offset) if self else 0

    def first_at_or_after(self, offset: int) -> int | None:
        """With starts sorted: index of the first mention that starts at or after ``offset``; else None."""
        starts, _, _, starts_sorted, _ = self._built()
        return bisect.bisect_left(starts, offset) if starts_sorted else None

    def ending_by(self, offset: int) -> int | None:
        """With ends sorted: how many mentions (a prefix) end at or before ``offset``; else None."""
        _, ends, _, _, ends_sorted = self._built()
        return bisect.bisect_right(ends, offset) if ends_sorted else None

    def any_covering(self, upto: int, reach: int) -> bool:
        """A mention that starts at or before ``upto`` and ends at or after ``reach``."""
        if not self:
            return False
        starts, _, running, starts_sorted, _ = self._built()
        if not starts_sorted:
            return any(s <= upto and e >= reach for s, e, _ in self)
        n = bisect.bisect_right(starts, upto)
        return n > 0 and running[n - 1] >= reach


def as_mentions(items) -> Mentions:
    """``items`` as :class:`Mentions` (the same object when it is one)."""
    return items if isinstance(items, Mentions) else Mentions(items)


def _prefix_counts(mask) -> list[int]:
    out = [0]
    total = 0
    for hit in mask:
        total += bool(hit)
        out.append(total)
    return out


def _clause_index(view: SentenceView) -> tuple[list[int], list[int]]:
    """Per token (and one past the last), where its clause starts and ends."""
    n = view._n
    punct = [t.kind == "punct" and t.norm in CLAUSE_PUNCT for t in view.toks]
    starts = [0] * (n + 1)
    last = -1
    for i in range(n + 1):
        starts[i] = last + 1
        if i < n and punct[i]:
            last = i
    ends = [n] * (n + 1)
    nxt = n
    for i in range(n, -1, -1):
        if i < n and punct[i]:
            nxt = i
        ends[i] = nxt
    return starts, ends


_WORD_TABLES: dict[int, tuple] = {}
#: Words remembered per table (like the lru caches of the word functions).
_MAX_WORDS = 200_000


def _word_tables(lex: Lexicon) -> dict[str, dict]:
    """Per lexicon, what each word is, found once per word (its candidates,
    stems and cues; the counted noun, possessive, dual it is; whether the
    lists know it): the answers depend on the word alone."""
    entry = _WORD_TABLES.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _WORD_TABLES[id(lex)] = (lex, {name: {} for name in ("info", "other", "noun", "possessive",
                                                                     "dual", "known")})
    tables = entry[1]
    for table in tables.values():
        if len(table) > _MAX_WORDS:
            table.clear()
    return tables


def _cues_of(stems: frozenset, lex: Lexicon) -> frozenset:
    return frozenset(name for name, words in lex.cues.items() if not stems.isdisjoint(words))


def _word_info(norm: str, lex: Lexicon, tables: dict) -> tuple[tuple, frozenset, frozenset]:
    """(candidates, their stems, cue names) of a word token."""
    table = tables["info"]
    found = table.get(norm)
    if found is None:
        cands = candidates(norm)
        stems = frozenset(c[0] for c in cands)
        found = table[norm] = (cands, stems, _cues_of(stems, lex))
    return found


def _other_info(norm: str, lex: Lexicon, tables: dict) -> tuple[tuple, frozenset, frozenset]:
    table = tables["other"]
    found = table.get(norm)
    if found is None:
        stems = frozenset((norm,))
        found = table[norm] = (((norm, 0, False),), stems, _cues_of(stems, lex))
    return found


def _qualifier_tokens(view: SentenceView) -> frozenset:
    out = set()
    for i in range(len(view.toks)):
        m = view.lex.qual_before.match_at(view, i)
        if m:
            out.update(range(i, m[0]))
    return frozenset(out)


_OR = frozenset({"و", "او"})
_COURT = frozenset({"محكمه", "المحكمه", "حكم", "احكام", "قضت", "بحكم", "حكما", "القضاء", "قاضي"})


def _triggers(view: SentenceView, phrases: PhraseSet, role: str, with_nouns: bool = False) -> list[Trigger]:
    found = []
    i = 0
    while i < len(view.toks):
        m = phrases.match_at(view, i)
        if m:
            kind, needs = m[1]
            if _possible(view, i, m[0], needs):
                found.append(Trigger(i, m[0], kind, role, needs))
            i = m[0]
            continue
        if with_nouns:
            hit = view.noun(i)
            if hit is None:  # جرحاها, قتلاهم: a plural with a possessive
                own = view.possessive(i)
                hit = (own[0], "plural") if own and hasattr(own[0], "kind") else None
            if hit and hit[0].kind and hit[1] == "plural":
                found.append(Trigger(i, i + 1, hit[0].kind, role))
        i += 1
    # "قتل وأصيب", "مقتل وإصابة", "قتلوا أو جرحوا": two kinds joined by و/أو
    # cover one figure, unless the first is the verb of a subject before it
    # ("سبعة قتلوا وأصيب 11 آخرون": the 11 are injured).
    merged: list[Trigger] = []
    for t in found:
        if merged:
            prev = merged[-1]
            gap = t.i - prev.j
            joined = (gap == 0 and view.conj(t.i)) or (gap == 1 and view.toks[prev.j].norm in _OR)
            either = gap == 1 and view.toks[prev.j].norm == "او"   # قتلوا أو جرحوا
            if joined and {prev.kind, t.kind} == {"killed", "injured"} and (either or not _has_subject(view, prev.i)):
                merged[-1] = Trigger(prev.i, t.j, "killed_or_injured", role)
                continue
        merged.append(t)
    return merged


def _possible(view: SentenceView, i: int, j: int, needs: str) -> bool:
    """Whether a trigger whose word needs a condition (casualty_triggers.csv) meets it."""
    if needs == "death_object":  # لقي ... مصرعه
        _, b = view.clause_bounds(i)
        return any(view.cue(k, "death_object") for k in range(j, min(b, j + 14)))
    if needs == "no_court":      # أعدم مسلحون 12 شابا, not قضت المحكمة بإعدام
        a, b = view.clause_bounds(i)
        return not any(view.is_in(k, _COURT) for k in range(max(a, i - 8), min(b, j + 4)))
    return True


def _has_subject(view: SentenceView, i: int) -> bool:
    """A number (or a counted dual noun) shortly before token ``i`` in its
    clause: the verb at ``i`` tells what happened to it (13 مدنيا قتلوا)."""
    a, _ = view.clause_bounds(i)
    for k in range(i - 1, max(a, i - 10) - 1, -1):
        if view.cue(k, "barrier") or view.cue(k, "relative"):
            return False
        if view.toks[k].kind == "number" or view.in_number[k]:
            return True
        hit = view.noun(k)
        if hit is not None and hit[1] == "dual":
            return True
    return False


def number_at(view: SentenceView, k: int) -> bool:
    """A number (maybe after a qualifier) starts at token ``k``."""
    qb = view.lex.qual_before.match_at(view, k)
    k = qb[0] if qb else k
    return k in view.number_starts


def subject_end(view: SentenceView, end: int) -> int | None:
    """Where the subject that a number opens ends (``ثمانية أفراد على
    الأقل من أسرة واحدة``, ``23 من عناصر "الجيش الوطني"``, ``22 مقاتلا - على
    الأقل -``): the token after it, or None when a clause ends first."""
    b, words = end, 0
    while b < len(view.toks) and words <= 10:
        tok = view.toks[b]
        if b in view.trigger_starts:
            return b
        if tok.kind == "punct":
            if tok.norm in OPENERS or tok.norm in CLOSERS or tok.norm in _DASHES:
                b += 1
                continue
            return None
        if tok.kind == "number" and (view.conj(b) or view.norm_at(b - 1) == "و"):
            b += 1  # 14210 مدنيين و5390 جنديا ... قتلوا
            continue
        if tok.kind == "number" or view.cue(b, "barrier") or view.cue(b, "relative"):
            return None
        if view.cue(b, "light_verb"):
            return b
        qa = view.lex.qual_after.match_at(view, b)
        if qa:
            b = qa[0]
            continue
        if view.is_in(b, PHRASE_END) and not view.has(b, MIN):
            return None
        words += 1
        b += 1
    return None



def qualifier_within(view: SentenceView, a: int, b: int):
    """The first qualifier written after a number inside tokens ``[a, b)``
    (``شخصين على الأقل لقيا مصرعهما``): ``(end, qualifier)`` or None."""
    for x in range(a, b):
        qa = view.lex.qual_after.match_at(view, x)
        if qa and qa[0] <= b:
            return qa
    return None


def verb_after_subject(view: SentenceView, end: int) -> Trigger | None:
    """The casualty word after the number's subject: a verb after it (``13
    مدنيا قضوا``, ``ستة من القوات قتلوا``), maybe after لقي/سقط (``لقوا
    حتفهم``, ``سقطوا قتلى``)."""
    s = subject_end(view, end)
    if s is None:
        return None
    starts = [s]
    while starts[-1] < len(view.toks) and view.cue(starts[-1], "light_verb") and len(starts) < 3:
        starts.append(starts[-1] + 1)
    # the first of view.post + view.pre (in that order) that starts at one of ``starts``
    for group in (view.post_at, view.pre_at):
        for t in sorted((group[i] for i in set(starts) if i in group), key=_by_start):
            if t.role == "pre" and view.conj(t.i) and number_at(view, t.j):
                continue  # "5 جنود وقتل 3": the next figure's trigger
            return Trigger(t.i, t.j, t.kind, "post")
    for t in view.post_within(end, end + MAX_POST_GAP):
        if not view.barrier_between(end, t.i):
            return t
    return None


def view_of(text: str, actors=(), sources=()) -> SentenceView:
    """The view of the first sentence of ``text`` (for examples and tests)."""
    sentence = split_sentences(text)[0]
    toks = [t for t in tokenize(text, **MATCH_OPTIONS) if sentence.start <= t.start and t.end <= sentence.end]
    return SentenceView(text, sentence, toks, load_lexicon(), list(actors), list(sources))


def _by_start(t: Trigger) -> int:
    return t.i
