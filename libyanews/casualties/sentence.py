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

from typing import NamedTuple

from ..lexicon import letters, split_clitics
from ..normalize import normalize_with_offsets
from ..numbers import MATCH_OPTIONS, dual_stem, norm_word, number_spans
from ..tokenize import Token, split_sentences, tokenize
from .indexes import TokenIndexes, as_mentions
from .wordlists import Lexicon, PhraseSet, candidates, has_conjunction, load_lexicon

__all__ = ["MAX_POST_GAP", "MAX_TRIGGER_GAP", "MIN", "NEGATION_WINDOW", "ONE_OF", "PHRASE_END", "SentenceView",
           "Trigger", "labelled", "number_at", "qualifier_within", "relative_clause_end", "subject_end", "verb_after_subject",
           "view_of"]

NEGATION_WINDOW = 5       # words before a trigger searched for a negation
MAX_TRIGGER_GAP = 12      # words between a trigger and the number it governs
MAX_POST_GAP = 3          # words between a number and a trigger after it
_DEATH_OBJECT_GAP = 22    # words from لقي to its مصرعهم: two groups may stand between (لقي أربعة من ... و12 ... مصرعهم)
#: Words that end a victim or source phrase (and an item of a list).
PHRASE_END = frozenset(norm_word(w) for w in (
    "في", "خلال", "جراء", "نتيجة", "إثر", "بسبب", "على", "إلى", "عن", "منذ", "بعد", "قبل", "عند",
    "لدى", "داخل", "قرب", "حسب", "بحسب", "وفق", "وفقا", "بين"))
ONE_OF = frozenset(norm_word(w) for w in ("أحد", "إحدى"))
MIN = norm_word("من")
#: "of them": a figure that counts part of a group told before (تسعة منهم, واحدا منهم).
OF_THEM = frozenset(norm_word(w) for w in ("منهم", "منهن", "منهما"))
OPENERS = frozenset({"(", "{", "[", '"', "«", "“", "'"})
CLOSERS = frozenset({")", "}", "]", '"', "»", "”", "'", "’"})
_DASHES = frozenset({"-", "–", "—"})


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


class SentenceView(TokenIndexes):
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
        if lex.place_numbers:   # بمدينة الخمس: the town, not five
            self.numbers = [n for n in self.numbers if not _place_number(toks, n, lex.place_numbers)]
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

    def memo(self, key, compute):
        """``compute()``, once per sentence view and ``key``."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def norm_at(self, i: int) -> str:
        """Normalized form of token ``i``; "" outside the sentence."""
        return self.toks[i].norm if 0 <= i < len(self.toks) else ""

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

    def negated(self, anchor: int) -> bool:
        """A negation cue (لم, لا, دون ...) within a few words before
        ``anchor`` in its clause and not before an إن/أن that opens what is
        said (``طلب عدم ذكر اسمه إن خمسة قتلوا``), not part of a qualifier (لا يقل عن), or a
        verb of denial (نفى, ينفي) anywhere before it in the clause."""
        a, _ = self.clause_bounds(anchor)
        if self.count("denial", a, anchor):
            return True
        for k in range(anchor - 1, max(a, anchor - NEGATION_WINDOW) - 1, -1):
            if k not in self.qualifier_tokens and self.cue(k, "negation") and not self.is_in(k + 1, _STILL):
                return True  # (not لا يزال سبعة جرحى: "still")
            if self.norm_at(k) in _THAT and not self.cue(k - 1, "negation"):
                return False  # طلب عدم ذكر اسمه إن خمسة قتلوا: a new clause; دون أن يسفر still negates
        return False

    # -- mentions of the text
    def actor_in(self, start: int, end: int) -> str | None:
        """First actor mentioned within (overlapping) offsets ``[start, end)``."""
        return self.actors.first_overlapping(start, end)

    def source_in(self, start: int, end: int) -> str | None:
        """First source mentioned within (overlapping) offsets ``[start, end)``."""
        return self.sources.first_overlapping(start, end)


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


def _place_number(toks: list[Token], number, places: frozenset) -> bool:
    """A one-word number that is a listed place (الخمس, بالخمس, والخمس)."""
    a, b, q = number
    if b != a + 1 or q.form != "words":
        return False
    norm = toks[a].norm
    return norm in places or norm[1:] in places or norm[2:] in places


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
        return any(view.cue(k, "death_object") for k in range(j, min(b, j + _DEATH_OBJECT_GAP))) \
            or _death_object_after_aside(view, b, j + _DEATH_OBJECT_GAP)
    if needs == "no_court":      # أعدم مسلحون 12 شابا, not قضت المحكمة بإعدام
        a, b = view.clause_bounds(i)
        return not any(view.is_in(k, _COURT) for k in range(max(a, i - 8), min(b, j + 4)) if not i <= k < j)
    return True


_ASIDE_WORDS = 8          # words of an aside between commas before مصرعهم


def _death_object_after_aside(view: SentenceView, b: int, stop: int) -> bool:
    """The clause of لقي ends at a comma that opens a short aside closed by a
    second comma, and the death object follows it (``لقي ستة مسلحين من جيش
    خالد، المبايع لتنظيم داعش، مصرعهم``)."""
    if b >= len(view.toks) or view.toks[b].norm not in ("،", ","):
        return False
    for x in range(b + 1, min(len(view.toks), b + 2 + _ASIDE_WORDS, stop)):
        tok = view.toks[x]
        if tok.kind == "punct":
            return tok.norm in ("،", ",") and view.cue(x + 1, "death_object")
        if view.cue(x, "barrier"):
            return False    # (the triggers are not known yet: this decides which are)
    return False


_THAT = frozenset({norm_word("إن"), norm_word("أن")})
#: Words after which a singular noun is a subject before its verb: إن/أن, and كان ... قد.
KAN = frozenset(norm_word(w) for w in ("كان", "وكان", "كانت", "وكانت"))
_THAT_OR_KAN = _THAT | KAN


def _has_subject(view: SentenceView, i: int) -> bool:
    """A number, a counted dual noun, أحد/إحدى, or a singular noun right after
    إن/أن shortly before token ``i`` in its clause: the verb at ``i`` tells
    what happened to it (13 مدنيا قتلوا, إن جنديا قتل)."""
    a, _ = view.clause_bounds(i)
    for k in range(i - 1, max(a, i - 10) - 1, -1):
        if view.cue(k, "barrier") or view.cue(k, "relative"):
            return False
        if view.toks[k].kind == "number" or view.in_number[k]:
            return True
        if view.is_in(k, ONE_OF):      # إن أحد عناصرها قتل وأصيب 3 آخرون
            return True
        hit = view.noun(k)
        if hit is not None and (hit[1] == "dual" or hit[1] in ("sing", "acc") and view.norm_at(k - 1) in _THAT_OR_KAN):
            return True                 # إن جنديا قتل وأصيب 5 آخرون, وكان جندي قد قتل وجرح أربعة آخرون
    return False


def labelled(view: SentenceView, i: int) -> bool:
    """The number at token ``i`` is a name or date after a label word
    (``الكتيبة 302``, ``بوابة الـ70``: ال with a tatweel is a token of its own)."""
    return view.cue(i - 1, "label") or view.norm_at(i - 1) == "ال" and view.cue(i - 2, "label")


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
            close = _breakdown_aside(view, b)
            if close is not None:
                b = close + 1  # سبعة من قياديي التنظيم، بينهم اثنان أجنبيان، قتلوا
                continue
            return None
        if tok.kind == "number" and (view.conj(b) or view.norm_at(b - 1) == "و" or view.cue(b - 1, "subset")
                                     or labelled(view, b)):  # قائدا في الكتيبة 309 قتل
            b += 1  # 14210 مدنيين و5390 جنديا ... قتلوا; خمسة أشخاص بينهم 3 أطفال قتلوا
            continue
        if view.cue(b, "relative") and words:
            return relative_clause_end(view, b)  # تسعة من المقاتلين الذين جندتهم الفصائل ... قتلوا
        if tok.kind == "number" or view.cue(b, "barrier") or view.cue(b, "relative"):
            return None
        if view.cue(b, "light_verb"):
            return b
        qa = view.lex.qual_after.match_at(view, b)
        if qa:
            b = qa[0]
            continue
        if view.is_in(b, PHRASE_END) and not view.has(b, MIN) and not (
                view.norm_at(b) == "في" and (view.cue(b + 1, "label") or _age_after(view, b))):
            return None  # قائدا في الكتيبة 309 قتل, طفلا في التاسعة من عمره قتل
        words += 1
        b += 1
    return None



_RELATIVE_CLAUSE = 14     # words of a relative clause inside a subject (الذين نقلتهم أنقرة للقتال إلى جانب ...)
#: The plural relative pronouns, whose clause can sit between a counted subject and its verb.
_PLURAL_RELATIVES = frozenset(norm_word(w) for w in ("الذين", "اللذين", "اللذان", "اللواتي", "اللاتي", "اللتين",
                                                      "اللتان"))


def relative_clause_end(view: SentenceView, r: int) -> int | None:
    """The token after the relative clause that the plural pronoun at ``r``
    opens inside a counted subject, when a plural or dual casualty verb
    (maybe after لقي/سقط) follows it: ``ستة من المسلحين الذين نقلتهم أنقرة
    للقتال إلى جانب قوات الوفاق قتلوا``.  None when the clause's own verb is
    the casualty word (``أربعة من الجنود الذين قتلوا ينحدرون من سبها``: a
    part of the dead) or a clause ends first."""
    if view.norm_at(r) not in _PLURAL_RELATIVES or r + 1 in view.trigger_starts or view.cue(r + 1, "light_verb"):
        return None
    for x in range(r + 2, min(len(view.toks), r + 2 + _RELATIVE_CLAUSE)):
        tok = view.toks[x]
        if tok.kind == "punct" and tok.norm not in OPENERS and tok.norm not in CLOSERS:
            return None
        if x in view.trigger_starts or view.cue(x, "light_verb") and x + 1 in view.trigger_starts:
            return x if view.norm_at(x).endswith(("وا", "ا")) else None   # قتلوا, لقوا حتفهم, قتلا
        if view.cue(x, "barrier") or view.cue(x, "relative"):
            return None
    return None


_AGE_WORDS = frozenset(norm_word(w) for w in (
    "عمره", "عمرها", "عمرهما", "عمرهم", "العشرينيات", "العشرينات", "الثلاثينيات", "الثلاثينات", "الأربعينيات",
    "الأربعينات", "الخمسينيات", "الخمسينات", "الستينيات", "الستينات", "السبعينيات", "السبعينات"))


def _age_after(view: SentenceView, b: int) -> bool:
    """في at ``b`` opens an age (في التاسعة من عمره, في العشرينيات), part of the subject."""
    return any(view.norm_at(x) in _AGE_WORDS for x in range(b + 1, min(b + 5, len(view.toks))))


_COMMAS = frozenset({"،", ","})
_ASIDE = 8                # words of a breakdown set off by commas inside a subject


def _breakdown_aside(view: SentenceView, b: int) -> int | None:
    """The comma that closes a breakdown opened by the comma at ``b``
    (``، بينهم اثنان يحملان جنسيات أجنبية،``), or None."""
    if view.toks[b].norm not in _COMMAS:
        return None
    opens = b + 2 if view.has(b + 1, MIN) else b + 1  # ، من بينهم
    if not view.cue(opens, "subset"):
        return None
    for x in range(opens + 1, min(len(view.toks), opens + 1 + _ASIDE)):
        if view.toks[x].norm in _COMMAS:
            return x
        if view.is_punct(x) or x in view.trigger_starts:
            return None
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


_STILL = frozenset(norm_word(w) for w in ("يزال", "تزال", "يزالون", "زال", "زالت", "زالوا", "يبرح", "تبرح"))


def view_of(text: str, actors=(), sources=()) -> SentenceView:
    """The view of the first sentence of ``text`` (for examples and tests)."""
    sentence = split_sentences(text)[0]
    toks = [t for t in tokenize(text, **MATCH_OPTIONS) if sentence.start <= t.start and t.end <= sentence.end]
    return SentenceView(text, sentence, toks, load_lexicon(), list(actors), list(sources))


def _by_start(t: Trigger) -> int:
    return t.i
