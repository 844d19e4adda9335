"""Stage 0 of the casualty reader: the word lists, and how a word is looked up.

Every list is a data file in ``libyanews/data/`` that a researcher can extend
without touching code; this module reads them once (:func:`load_lexicon`),
checks their coded columns (a wrong code names the file, the row and the
allowed values) and builds the look-ups the stages use:

=========================  ===================================================
file                       what it gives
=========================  ===================================================
``casualty_triggers.csv``  words that report a death or an injury, before the
                           number (``قتل``, ``مقتل``, ``أصيب``) or after it
                           (``لقوا حتفهم``, ``بجروح``), with what they need
                           to count (``خسر`` needs people: ``9 من جنوده``)
``casualty_nouns.csv``     nouns that count people (``قتيل``, ``جريح``,
                           ``مدني``, ``عنصر``), with their victim class; the
                           code derives the accusative (``قتيلا``), the plural
                           + possessive (``عناصرها``) and, with
                           :func:`libyanews.numbers.dual_stem`, the dual
``casualty_cues.csv``      one-word and multi-word cues: negation, labels,
                           units, prepositions, barriers, cumulative ...
``casualty_qualifiers.csv``  ``على الأقل``, ``أكثر من``, ``نحو`` ...
``attribution_cues.csv``   ``وفقا ل``, ``قال``, ``في تصريح ل`` ...
``calendar_words.csv``     months, weekdays, parts of the day
``places.csv``             Libyan places and place words (``حي``, ``مدينة``)
=========================  ===================================================

A word is looked up by its **candidates** (:func:`candidates`): the
normalized word (ة → ه), then with the conjunction و/ف, a preposition ب/ل/ك
and the article ال taken off, so ``قُتِلَ``, ``وقتل`` and ``بمقتل`` all
match the trigger ``قتل``/``مقتل``:

    >>> [stem for stem, _, _ in candidates(norm_word("وبالقتلى"))]
    ['وبالقتلي', 'بالقتلي', 'القتلي', 'قتلي']
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from ..datafiles import DataFileError, read_table
from ..lexicon import letters, split_clitics
from ..numbers import find_numbers, norm_word

__all__ = ["Lexicon", "Noun", "PhraseSet", "candidates", "has_conjunction", "load_lexicon"]

PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "نا")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


class Noun(NamedTuple):
    """A noun that counts people: its singular, the victim class it implies
    (civilians, combatants, unknown), the casualty kind it carries (killed,
    injured, or "" for plain person nouns) and whether it tells whose side
    speaks (شهيد: one's own dead)."""

    singular: str
    victim: str
    kind: str
    own_side: bool


class PhraseSet:
    """Phrases (tuples of normalized words) with a payload, matched on the
    clitic-stripped candidates of each token of a sentence view; the longest
    match wins."""

    def __init__(self, items):
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = defaultdict(list)
        for phrase, payload in items:
            words = tuple(norm_word(w) for w in phrase.split())
            if words:
                self._by_first[words[0]].append((words, payload))
        for options in self._by_first.values():
            options.sort(key=lambda item: -len(item[0]))
        self._firsts = frozenset(self._by_first)

    @property
    def first_words(self) -> frozenset:
        """The normalized words a phrase can start with."""
        return frozenset(self._by_first)

    def matches_at(self, view, i: int):
        """All phrases starting at token ``i`` of ``view``: ``(end, payload)``, longest first."""
        found = []
        if not 0 <= i < len(view.toks) or self._firsts.isdisjoint(view.stems[i]):
            return found
        for stem in view.stems[i]:
            for words, payload in self._by_first.get(stem, ()):
                if all(view.has(i + k, w) for k, w in enumerate(words[1:], 1)):
                    found.append((i + len(words), payload))
        found.sort(key=lambda m: -(m[0] - i))
        return found

    def match_at(self, view, i):
        """The longest phrase starting at token ``i``: ``(end, payload)``, or None."""
        found = self.matches_at(view, i)
        return found[0] if found else None

    def matches_at_word(self, word: str) -> bool:
        """True when ``word`` (normalized) starts one of the phrases."""
        return word in self._by_first

    def match_ending_at(self, view, j, longest=4):
        """Longest phrase whose last token is ``j - 1``: ``(start, payload)``."""
        for n in range(longest, 0, -1):
            for end, payload in self.matches_at(view, j - n):
                if end == j:
                    return j - n, payload
        return None


class Lexicon(NamedTuple):
    """Every word list of the casualty reader, ready for look-ups."""

    pre: PhraseSet
    post: PhraseSet
    nouns: dict           # form -> (Noun, number) with number sing/acc/plural (duals: dual_stem)
    possessive: dict      # plural + pronoun -> (Noun or class, pronoun)
    cues: dict            # cue -> frozenset of single words
    cue_phrases: dict     # cue -> PhraseSet (multi-word cues)
    qual_before: PhraseSet
    qual_after: PhraseSet
    attribution: dict     # type -> frozenset of single words
    attribution_phrases: dict
    calendar: dict        # type -> frozenset
    places: PhraseSet
    place_classes: frozenset
    place_numbers: frozenset  # one-word places spelled like a number word (الخمس, the town of Khoms)


def _pluralize_possessive(form: str) -> list[str]:
    """Stems that take a possessive pronoun: عناصر, مقاتلي (of مقاتلين), قوات."""
    out = [form]
    if form.endswith(("ين", "ون")):
        out.append(form[:-2] + "ي")
    if form.endswith("ي") and len(form) > 3:  # جرحى + ها = جرحاها, قتلى + هم = قتلاهم
        out.append(form[:-1] + "ا")
    return out


_ALLOWED = {
    ("casualty_triggers.csv", "kind"): {"killed", "injured"},
    ("casualty_triggers.csv", "role"): {"pre", "post"},
    ("casualty_triggers.csv", "needs"): {"", "people", "death_object", "no_court", "of_group"},
    ("casualty_nouns.csv", "victim"): {"civilians", "combatants", "unknown"},
    ("casualty_nouns.csv", "kind"): {"", "killed", "injured", "killed_or_injured"},
    ("casualty_nouns.csv", "own_side"): {"", "yes"},
    ("casualty_cues.csv", "cue"): {"negation", "subset", "barrier", "target", "unit", "label", "year", "preposition", "presence", "relative",
                                   "disease", "cumulative", "begin", "toll", "civilians", "combatants", "denial",
                                   "severity", "fate", "exceed", "death_object", "light_verb", "case", "ordinal",
                                   "attributive", "count_of", "in_ranks", "loss", "inflict", "kin", "attack", "claim", "rate", "addition", "gathered", "inflicted_on", "kin_two"},
    ("casualty_qualifiers.csv", "position"): {"before", "after"},
    ("casualty_qualifiers.csv", "qualifier"): {"at_least", "more_than", "approx", "up_to", "less_than", "range"},
    ("attribution_cues.csv", "type"): {"according_to", "relay", "statement", "speech", "stop", "told_to", "record",
                                       "transmit", "document", "object", "claim", "participle", "skip",
                                       "speech_that", "as", "medium", "claim_verb"},
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


def _nouns() -> tuple[dict, dict]:
    """Counted nouns in every form, and plurals with a possessive pronoun."""
    nouns: dict[str, tuple[Noun, str]] = {}
    possessive: dict[str, tuple[object, str]] = {}
    rows = _table("casualty_nouns.csv", ("singular", "plurals", "victim", "kind", "own_side"))
    for r in rows:
        noun = Noun(norm_word(r["singular"]), r["victim"], r["kind"], r["own_side"] == "yes")
        for p in r["plurals"].split("|"):
            if p.strip():
                nouns[norm_word(p)] = (noun, "plural")
                if norm_word(p).endswith("ين"):  # the construct form: سائقي الشاحنات, مقاتلي داعش
                    nouns.setdefault(norm_word(p)[:-2] + "ي", (noun, "plural"))
    for r in rows:
        s = norm_word(r["singular"])
        noun = Noun(s, r["victim"], r["kind"], r["own_side"] == "yes")
        nouns.setdefault(s, (noun, "sing"))
        if not s.endswith("ه"):
            nouns.setdefault(s + "ا", (noun, "acc"))
        for p in r["plurals"].split("|"):
            for stem in _pluralize_possessive(norm_word(p)) if p.strip() else ():
                for pron in PRONOUNS:
                    possessive.setdefault(stem + pron, (noun, pron))
    return nouns, possessive


def _split_by_length(rows, key: str, kind: str) -> tuple[dict, dict]:
    """One-word entries as sets of normalized words, longer ones as phrases, per ``kind``."""
    words: dict[str, set] = defaultdict(set)
    multi: dict[str, list] = defaultdict(list)
    for r in rows:
        parts = r[key].split()
        if len(parts) == 1:
            words[r[kind]].add(norm_word(parts[0]))
        else:
            multi[r[kind]].append((r[key], r[kind]))
    return words, multi


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Every word list, read and checked once per process."""
    triggers = _table("casualty_triggers.csv", ("phrase", "kind", "role", "needs"))
    nouns, possessive = _nouns()
    cue_words, cue_multi = _split_by_length(_table("casualty_cues.csv", ("phrase", "cue")), "phrase", "cue")
    for cls in ("civilians", "combatants"):
        for w in cue_words.get(cls, ()):
            for pron in PRONOUNS:
                possessive.setdefault(w + pron, (cls, pron))
    quals = _table("casualty_qualifiers.csv", ("phrase", "position", "qualifier"))
    attr_words, attr_multi = _split_by_length(_table("attribution_cues.csv", ("phrase", "type")), "phrase", "type")
    calendar: dict[str, set] = defaultdict(set)
    for r in _table("calendar_words.csv", ("word", "type")):
        calendar[r["type"]].add(norm_word(r["word"]))
    place_rows = _table("places.csv", ("name", "kind"))
    return Lexicon(
        pre=PhraseSet((r["phrase"], (r["kind"], r["needs"])) for r in triggers if r["role"] == "pre"),
        post=PhraseSet((r["phrase"], (r["kind"], r["needs"])) for r in triggers if r["role"] == "post"),
        nouns=nouns,
        possessive=possessive,
        cues={k: frozenset(v) for k, v in cue_words.items()},
        cue_phrases={k: PhraseSet(v) for k, v in cue_multi.items()},
        qual_before=PhraseSet((r["phrase"], r["qualifier"]) for r in quals if r["position"] == "before"),
        qual_after=PhraseSet((r["phrase"], r["qualifier"]) for r in quals if r["position"] == "after"),
        attribution={k: frozenset(v) for k, v in attr_words.items()},
        attribution_phrases={k: PhraseSet(v) for k, v in attr_multi.items()},
        calendar={k: frozenset(v) for k, v in calendar.items()},
        places=PhraseSet((r["name"], r["name"]) for r in place_rows if r["kind"] == "place"),
        place_classes=frozenset(norm_word(r["name"]) for r in place_rows if r["kind"] == "class"),
        place_numbers=frozenset(norm_word(r["name"]) for r in place_rows if r["kind"] == "place"
                                and " " not in r["name"].strip() and _is_number_word(r["name"])),
    )


def _is_number_word(word: str) -> bool:
    """The whole word reads as a number (الخمس: five)."""
    found = find_numbers(word)
    return len(found) == 1 and found[0].surface == word.strip()


@lru_cache(maxsize=200_000)
def candidates(norm: str) -> tuple[tuple[str, int, bool], ...]:
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
def has_conjunction(surface: str) -> bool:
    """True when the word starts with the conjunction و/ف (frequency rule of
    :func:`libyanews.lexicon.split_clitics`)."""
    pieces = split_clitics(letters(surface))
    return len(pieces) > 1 and pieces[0] in ("و", "ف")
