"""The casualty reader: a text → its sentences → the stages → one row per figure.

:func:`find_casualties` splits a text into sentences, skips those without a
casualty word (when only figures are wanted), builds a
:class:`~libyanews.casualties.sentence.SentenceView` of each of the others
and runs the stages in order:

==========================  ===============================  ======================
stage (module)              reads                            gives
==========================  ===============================  ======================
``sentence``                tokens, word lists, mentions     the view: candidates,
                                                             numbers, triggers
``figures``                 the view                         :class:`Figure` records
                                                             and :class:`Verdict`\\ s
``attribution``             the view (once per sentence)     :class:`Attribution`\\ s;
                                                             each figure takes its own
``victims``                 view, figure, attribution        :class:`Victim`
``places``                  view, attribution's span         ``place``
``totals``                  view, figure's anchor            ``cumulative``
==========================  ===============================  ======================

and turns the records into rows (:data:`COLUMNS`).  :func:`casualty_figures`
does it for every article of a corpus; :func:`number_roles` lists every
number with its verdict.

    >>> rows = find_casualties("قُتل 23 شخصا وأصيب عشرات آخرون في بنغازي، وفقا لمصادر طبية.")
    >>> rows[["kind", "low", "high", "qualifier", "place", "attribution", "reported_by"]].values.tolist()
    [['killed', 23, 23, 'exact', 'بنغازي', 'مصادر طبية', 'medical'], ['injured', 10, 99, 'vague', 'بنغازي', 'مصادر طبية', 'medical']]
"""

from __future__ import annotations

import bisect
import importlib
from functools import lru_cache

import pandas as pd

from ..numbers import MATCH_OPTIONS, dual_stem, norm_word
from ..streaming import for_batches, is_batches
from ..dates import _as_date, resolve_dates
from ..tokenize import KINDS, Token, split_sentences, tokenize_arrays
from .attackers import find_attackers, find_subject_attackers
from .attribution import Attribution, attribution_for, find_attributions, goes_on_speaking
from .figures import read_figures
from .records import Verdict
from .places import find_places
from .indexes import Mentions
from .sentence import SentenceView
from .totals import is_cumulative
from .sides import MILITANT_SIDES, bare_forces, is_the_attackers, says_militants
from .sharing import share_victims
from .victims import find_victim, gathered_victims, lead_victim
from .wordlists import candidates, load_lexicon

__all__ = ["COLUMNS", "FIGURE_COLUMNS", "NO_MENTIONS", "ROLE_COLUMNS", "TEXT_COLUMNS",
           "casualty_figures", "find_casualties", "number_roles"]

#: Columns of :func:`find_casualties`.
COLUMNS = [
    "kind", "low", "best", "high", "qualifier", "form", "victim", "victim_basis", "victim_text", "attacker",
    "place", "date", "date_precision", "date_text", "reported_by", "reporter_kind", "attribution", "cumulative",
    "figure", "trigger", "start", "end", "evidence",
]
#: Columns of :func:`casualty_figures`.
FIGURE_COLUMNS = ["article_id", "figure_id", *COLUMNS, "duplicate_of", "source", "published"]
#: Columns of :func:`casualty_figures` that hold text (Python strings or None).
TEXT_COLUMNS = ["figure_id", "kind", "qualifier", "form", "victim", "victim_basis", "victim_text", "attacker", "place",
                "date_precision", "date_text", "reported_by", "reporter_kind", "attribution", "figure", "trigger",
                "evidence"]
#: Columns of :func:`number_roles`.
ROLE_COLUMNS = ["surface", "low", "high", "form", "role", "reason", "start", "end"]

#: Pass as ``actor_mentions`` or ``source_mentions`` to switch resolution off.
NO_MENTIONS = pd.DataFrame(columns=["start", "end"])

#: Skip the sentences without a trigger or casualty noun (off in tests, to compare).
_FIGURES_ONLY = True
#: Sentences that make the title and lead of an article (they establish its victims).
_LEAD_SENTENCES = 2


def read_sentence(view: SentenceView, published=None, figures_read=None,
                  speaker: Attribution | None = None, earlier=None) -> tuple[list[dict], list[Verdict]]:
    """The figures of one sentence as rows (:data:`COLUMNS`), in the order
    found, and the verdicts on its other numbers: every stage in turn
    (``figures_read``: what :func:`read_figures` gave, when already asked;
    ``speaker``: who the sentence goes on quoting, for the figures it
    credits to no one; ``earlier``: a function giving the attributions of
    the sentences before, the nearest first, for a reporter named again by
    a bare definite noun)."""
    figures, verdicts = figures_read if figures_read is not None else read_figures(view)
    if not figures:
        return [], verdicts
    attributions = find_attributions(view)
    cues = [a.cue for a in attributions]
    atts = [attribution_for(attributions, f.start, cues) for f in figures]
    if speaker is not None:
        atts = [speaker if a.reported_by is None else a for a in atts]
    if earlier is not None and any(_named_again(a) for a in atts):
        atts = [_named_before(a, earlier) if _named_again(a) else a for a in atts]
    attackers = find_attackers(view)
    subjects = find_subject_attackers(view)
    each = [_with_subjects(view, attackers, subjects, f.anchor) for f in figures] if subjects \
        else [attackers] * len(figures)
    place = find_places(view, atts[0].exclude)
    victims = share_victims(view, figures, [find_victim(view, f, att, a) for f, att, a in zip(figures, atts, each)])
    days = resolve_dates(view.text, published, start=view.sentence.start, end=view.sentence.end,
                         nears=[f.start for f in figures])
    rows = []
    for figure, victim, att, day, attackers in zip(figures, victims, atts, days, each):
        t0, t1 = view.slice(figure.trigger.i, figure.trigger.j)
        rows.append({
            "kind": figure.kind, "low": figure.low, "best": figure.best, "high": figure.high,
            "qualifier": figure.qualifier, "form": figure.form,
            "victim": victim.victim, "victim_basis": victim.basis, "victim_text": victim.text,
            "attacker": next((a for a in attackers if a != victim.victim), None), "place": place,
            "date": day.date, "date_precision": day.date_precision, "date_text": day.date_text or None,
            "reported_by": att.reported_by, "reporter_kind": att.kind, "attribution": att.display,
            "cumulative": is_cumulative(view, figure.anchor),
            "figure": view.text[figure.start:figure.end], "trigger": view.text[t0:t1],
            "start": figure.start, "end": figure.end, "evidence": view.sentence.text,
        })
    return rows, verdicts


def _with_subjects(view: SentenceView, attackers: list[str], subjects: list, anchor: int) -> list[str]:
    """The attackers of the figure at ``anchor``: the subjects of a verb of
    attack in its clause first, then the sentence's."""
    mine = [a for a, k in subjects if _same_clause(view, k, anchor)]
    return list(dict.fromkeys(mine + attackers))


_SPEAKER_BACK = 3          # sentences back to the speaker that وأضاف goes on quoting
#: Reporters named again by their bare definite noun: وقال المتحدث إن, وأوضحت المصادر أن.
_AGAIN = frozenset(norm_word(w) for w in (
    "المتحدث", "الناطق", "المصدر", "المصادر", "المسؤول", "المسؤولون", "المنظمة", "الوزارة", "المرصد",
    "الشبكة", "المستشفى", "المركز", "الضابط", "المكتب", "الهيئة", "اللجنة", "الخلية", "الجماعة", "المجلس",
    "الغرفة", "الحركة", "الوكالة", "البعثة", "المفوضية", "القيادة", "العضو"))


_SAME = frozenset(norm_word(w) for w in ("ذاته", "نفسه", "ذاتها", "نفسها", "ذاتهم", "نفسهم", "عينه"))


def _named_again(att: Attribution) -> bool:
    """The figure's reporter is a bare definite noun (المتحدث, المصادر) that
    refers back to a reporter named in full before."""
    if att.reported_by is None or att.reported_by != att.display:
        return False
    words = norm_word(att.display).split()
    if len(words) == 2 and words[1] in _SAME:
        words = words[:1]   # المصدر ذاته, المصدر نفسه: the same source again
    return len(words) == 1 and words[0] in _AGAIN


def _named_before(att: Attribution, earlier) -> Attribution:
    """The nearest reporter of the sentences before whose phrase opens with
    the same noun (``المتحدث باسم المركز الإعلامي لعملية بركان الغضب`` for
    ``المتحدث``, ``مصادر أمنية عراقية`` for ``المصادر``), else ``att``."""
    noun = norm_word(att.display).split()[0][2:]   # (المصدر ذاته: المصدر)
    for before in earlier():
        words = (before.display or "").split()
        if len(words) > 1 and norm_word(words[0]).removeprefix("ال") == noun:
            return before
    return att


def _attributions_before(n: int, named_in):
    """A function that gives the named reporters of the few sentences before
    sentence ``n``, the nearest (and its last reporter) first; read only
    when asked (``named_in(m)``: the view of sentence ``m`` and its named
    attributions)."""
    def earlier() -> list[Attribution]:
        return [a for m in range(n - 1, max(-1, n - 1 - _SPEAKER_BACK), -1) for a in reversed(named_in(m)[1])]
    return earlier


def _speaker_before(view: SentenceView, n: int, named_in) -> Attribution | None:
    """Who a sentence that opens with a subjectless verb of saying (``وأضاف
    أن``, ``وأوضح أن``) goes on quoting: the last named reporter of the
    sentence before (or of the one before that, when it goes on too)."""
    if not goes_on_speaking(view):
        return None
    for m in range(n - 1, max(-1, n - 1 - _SPEAKER_BACK), -1):
        before, named = named_in(m)
        if named:
            return named[-1]
        if not goes_on_speaking(before):
            return None
    return None


def _same_clause(view: SentenceView, verb: int, anchor: int) -> bool:
    """The verb at token ``verb`` governs the figure at ``anchor``: before it
    in the same comma-delimited clause, with no new clause between."""
    return verb < anchor and view.clause_bounds(verb) == view.clause_bounds(anchor) \
        and not view.barrier_between(verb, anchor)


def _settle_article_victims(readings: list, views: list[SentenceView]) -> None:
    """Rule ``article``: figures that nothing in their sentence gives a
    victim take the victims the lead established (a figure of the lead with
    victim words, else its words: ``مقتل مدنيين في قصف``): in the sentences
    after it, and in a headline line before it, which the lead explains."""
    established, at = None, None
    for n, ((rows, _), view) in enumerate(zip(readings, views)):
        if view.lead and established is None:
            told = [r["victim"] for r in rows if r["victim_basis"] in ("phrase", "pronoun", "reporter")
                    and r["victim"] not in ("unknown", "combatants")]
            sides = set(told)
            if len(sides) > 1:
                states = sides - MILITANT_SIDES
                if len(states) != 1:   # مقتل 12 من قوات الوفاق و9 من قوات حفتر: both sides lost, neither is "the" victim
                    at = n
                    break
                told = list(states)    # البنيان المرصوص and داعش: the article goes on with the forces' own losses
            attackers = find_attackers(view)
            established = told[0] if told else lead_victim(view, attackers)
            if established is None and not rows:
                established = gathered_victims(view, attackers)  # قصفت مزرعة كان يتجمع فيها مسلحون من داعش
            at = n
    _settle_the_attackers(readings, views)
    _settle_restatements(readings)
    if established is None:
        _settle_the_army(readings, views)
        return
    for n, ((rows, _), view) in enumerate(zip(readings, views)):
        if n == at or n < at and not _headline(view):
            continue  # the lead's own figures keep what their own words say
        for row in rows:
            if row["cumulative"] and established == "civilians":
                continue  # a running total since a date counts more than the attack the lead tells of
            if row["victim_basis"] in ("none", "sentence") and row["victim"] == "unknown":
                row["victim"], row["victim_basis"] = established, "article"
            elif row["victim"] == "combatants" and row["victim_basis"] in ("pronoun", "sentence", "none") \
                    and established not in ("civilians", "combatants") and row["attacker"] != established:
                row["victim"], row["victim_basis"] = established, "article"  # وجرح اثنان من رفاقه
            elif row["victim"] == "combatants" and row["victim_basis"] == "phrase" and established in MILITANT_SIDES \
                    and says_militants(row["victim_text"]) and row["attacker"] != established:
                row["victim"], row["victim_basis"] = established, "article"  # إرهابيين اثنين, after a lead on القاعدة
            elif row["victim"] == "combatants" and row["victim_basis"] == "phrase" and bare_forces(row["victim_text"]) \
                    and established not in ("civilians", "combatants") and established not in MILITANT_SIDES \
                    and row["attacker"] != established:
                row["victim"], row["victim_basis"] = established, "article"  # من عناصر الجيش, من رجال الأمن


def _settle_restatements(readings: list) -> None:
    """Rule ``article``: a figure without victim words that restates a toll
    of the article (the same kind and value, ``قتل ثلاثة جنود`` ... الحصيلة
    الأولية «3 شهداء») has the victims that toll's words gave, when they gave
    one side only."""
    told: dict = {}
    for rows, _ in readings:
        for row in rows:
            if row["victim_basis"] in ("phrase", "pronoun", "reporter", "target") and row["victim"] != "unknown":
                told.setdefault((row["kind"], row["best"]), set()).add(row["victim"])
    for rows, _ in readings:
        for row in rows:
            victims = told.get((row["kind"], row["best"]))
            if row["victim"] == "unknown" and row["victim_basis"] in ("none", "sentence") and victims \
                    and len(victims) == 1:
                row["victim"], row["victim_basis"] = next(iter(victims)), "article"


#: The state-like sides whose men bare "soldiers" and "the army" can be (the House's are the LNA's).
_STATE_SIDES = {"lna": "lna", "gna": "gna", "hor": "lna"}
#: Sides only the LNA fought: an army they fought is the LNA's.
_FOUGHT_ONLY_BY_THE_LNA = frozenset({"brsc"})


def _names_a_people(phrase: str) -> bool:
    """The victim phrase names a people (``10 عسكريين أتراك``): soldiers of another country."""
    spans = _optional_finder("actors", "mention_spans")
    return bool(spans is not None and spans(phrase)[0])


def _settle_the_army(readings: list, views: list[SentenceView]) -> None:
    """Rule ``article``, when the lead established nobody: bare soldiers,
    security men or "the forces" (``ثلاثة جنود``, ``من عناصر الجيش``) are the
    one state-like side the article names (``قوات الجيش المشاركة في عملية
    الكرامة``), or the LNA where the article names only the Benghazi shura
    council, whom only the LNA fought; unless it attacked them."""
    if not views:
        return
    named = {ident for _, _, ident in views[0].actors}
    sides = {_STATE_SIDES[ident] for ident in named if ident in _STATE_SIDES}
    if not sides and named & _FOUGHT_ONLY_BY_THE_LNA:
        sides = {"lna"}   # the army against مجلس شورى ثوار بنغازي (2014-2017) is Haftar's
    if len(sides) != 1:
        return
    side = next(iter(sides))
    for rows, _ in readings:
        settled = False
        for row in rows:
            if row["victim"] == "combatants" and row["victim_basis"] == "phrase" and bare_forces(row["victim_text"]) \
                    and row["attacker"] != side and not _names_a_people(row["victim_text"]):
                row["victim"], row["victim_basis"] = side, "article"
                settled = True
        for row in rows if settled else ():
            if row["victim"] == "combatants" and row["victim_basis"] == "sentence" and row["attacker"] != side:
                row["victim"], row["victim_basis"] = side, "article"  # 19 جنديا و14 جريحا: the wounded with them


def _settle_the_attackers(readings: list, views: list[SentenceView]) -> None:
    """Rule ``article``: "the attackers" (``مقابل مقتل 9 من المهاجمين``) are
    the one side the title and lead name as attacking (``بهجوم لتنظيم الدولة``)."""
    lead = {a for (_, _), view in zip(readings, views) if view.lead or _headline(view) for a in find_attackers(view)}
    if len(lead) != 1:
        return
    side = next(iter(lead))
    for rows, _ in readings:
        for row in rows:
            if row["victim"] in ("unknown", "combatants") and is_the_attackers(row["victim_text"]):
                row["victim"], row["victim_basis"] = side, "article"


def _headline(view: SentenceView) -> bool:
    """A title line: it ends at a line break, without a full stop."""
    end = view.sentence.end
    return not view.sentence.text.rstrip().endswith((".", "؟", "!", "…")) and (
        end >= len(view.text) or view.text[end:end + 1] in ("\n", "\r") or view.text[end:end + 2].strip() == "")


def find_casualties(text: str, *, published=None, actor_mentions: pd.DataFrame | None = None,
                    source_mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Casualty figures in ``text``: one row per figure as written.

    Columns :data:`COLUMNS` (see :mod:`libyanews.casualties` for every rule);
    ``start``/``end`` are offsets of ``figure`` in ``text`` and
    ``evidence`` is its sentence.  ``low``/``best``/``high`` are nullable
    integers.

    ``published`` (a date, a timestamp or ``YYYY-MM-DD``) is the article's
    publication day: ``date`` is the day of the event the sentence names
    (``أمس``, ``مساء السبت``, ``19 سبتمبر``; :func:`libyanews.dates.resolve_date`),
    else the publication day (``date_precision`` ``publication``), else
    None.

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
    return _frame(_figure_rows(text, actor_mentions, source_mentions, published))


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
    rows = []
    for figures, verdicts in _read(text, actor_mentions, source_mentions):
        for v in verdicts:
            q = v.quantity
            rows.append((q.surface, q.low, q.high, q.form, "not a casualty figure", v.reason, q.start, q.end))
        for r in figures:
            rows.append((r["figure"], r["low"], r["high"], r["form"], "casualty figure", r["kind"], r["start"], r["end"]))
    frame = pd.DataFrame(rows, columns=ROLE_COLUMNS).sort_values(["start", "end"], kind="stable")
    frame["low"] = frame["low"].astype("Int64")
    frame["high"] = frame["high"].astype("Int64")
    return frame.reset_index(drop=True)


def casualty_figures(corpus: pd.DataFrame) -> pd.DataFrame:
    """:func:`find_casualties` for every article: the same rows plus
    ``article_id``, a ``figure_id`` (``article_id@start``),
    ``duplicate_of`` (the original when the article is a republished copy,
    else None), ``source`` (the article's source line, the corpus's
    ``source`` column, which :func:`casualty_events` counts outlets by) and
    ``published`` (the article's publication day, the corpus's ``date``
    column, against which ``date`` was resolved; events fold across articles
    only where it is known), in corpus order.  ``corpus`` may also be batches of a corpus
    (:func:`libyanews.streaming.iter_corpus`): the result is the same.

    >>> figures = casualty_figures(load_corpus())
    >>> sorted(figures.loc[figures["duplicate_of"].notna(), "low"].tolist())
    [10, 10]
    """
    if is_batches(corpus):
        return for_batches(casualty_figures, corpus)
    check_corpus(corpus, ("article_id", "text"))
    if not len(corpus):
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    dup = corpus["duplicate_of"] if "duplicate_of" in corpus else pd.Series([None] * len(corpus), index=corpus.index)
    days = corpus["date"] if "date" in corpus else pd.Series([None] * len(corpus), index=corpus.index)
    lines = corpus["source"] if "source" in corpus else pd.Series([None] * len(corpus), index=corpus.index)
    rows: list[dict] = []
    ids: list[str] = []
    originals: list[str | None] = []
    sources: list[str | None] = []
    published: list = []
    for article_id, text, original, day, line in zip(corpus["article_id"], corpus["text"], dup, days, lines):
        found = _figure_rows(text, published=day)
        published.extend([_as_date(day)] * len(found))
        rows.extend(found)
        ids.extend([article_id] * len(found))
        originals.extend([original if isinstance(original, str) else None] * len(found))
        sources.extend([line if isinstance(line, str) and line else None] * len(found))
    # One table for the corpus, not one per article (the same rows, many times faster).
    # Text columns hold Python strings and None whatever the corpus (a table
    # built per article and concatenated had that only when some article had
    # no figure): they are made so directly, and the evidence of the figures
    # of one sentence is one string, not a copy per figure.
    figures = _frame(rows, text_columns=TEXT_COLUMNS)
    figures.insert(0, "article_id", ids)   # article_id keeps the corpus's string dtype
    figures.insert(1, "figure_id", pd.Series([f"{a}@{r['start']}" for a, r in zip(ids, rows)], dtype=object,
                                             index=figures.index))
    figures["duplicate_of"] = pd.Series(originals, index=figures.index, dtype=object)
    figures["source"] = pd.Series(sources, index=figures.index, dtype=object)
    figures["published"] = pd.to_datetime(pd.Series(published, index=figures.index, dtype=object)).astype(
        "datetime64[s]")
    return figures[FIGURE_COLUMNS]


def check_corpus(corpus, columns) -> None:
    """A DataFrame with the given columns, else TypeError / ValueError saying what is wrong."""
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"expected a corpus DataFrame (load_corpus), not {type(corpus).__name__}")
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise ValueError(f"the table lacks the column(s) {', '.join(missing)}")


# --------------------------------------------------------------------------
# from a text to its sentences


def _figure_rows(text: str, actor_mentions=None, source_mentions=None, published=None) -> list[dict]:
    rows = [row for figures, _ in _read(text, actor_mentions, source_mentions, _FIGURES_ONLY, published)
            for row in figures]
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


#: Columns of :func:`find_casualties` that hold one Python string per row
#: (shared, not copied): a sentence's figures share its evidence.
_OBJECT_COLUMNS = ["evidence"]


def _frame(rows: list[dict], text_columns=()) -> pd.DataFrame:
    """The table of ``rows``: columns :data:`COLUMNS` with their dtypes;
    ``text_columns`` (and ``evidence``) as Python strings and None."""
    as_objects = set(text_columns) | set(_OBJECT_COLUMNS)
    data = {}
    for col in COLUMNS:
        values = [r[col] for r in rows]
        if col in as_objects or not rows:   # (an empty table has object columns)
            data[col] = pd.Series(values, dtype=object)
        else:
            data[col] = values
    frame = pd.DataFrame(data, columns=COLUMNS)
    for col in ("low", "best", "high"):
        frame[col] = frame[col].astype("Int64")
    frame["cumulative"] = frame["cumulative"].astype(bool)
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[s]")
    frame["start"] = frame["start"].astype(int)
    frame["end"] = frame["end"].astype(int)
    for col in ("attacker", "place", "reported_by", "reporter_kind", "attribution"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


@lru_cache(maxsize=1)
def _figure_words() -> tuple[frozenset, frozenset]:
    """Stems without which a sentence holds no figure: the first words of the
    triggers and the casualty nouns (with a kind) in every form; and the
    singulars of those nouns, whose duals count too."""
    lex = load_lexicon()
    nouns = {form for form, (noun, _) in lex.nouns.items() if noun.kind}
    singulars = {form for form, (noun, number) in lex.nouns.items() if noun.kind and number == "sing"}
    return frozenset(lex.pre.first_words | lex.post.first_words | nouns), frozenset(singulars)


@lru_cache(maxsize=200_000)
def _is_figure_word(norm: str) -> bool:
    """True when a word can be a trigger or a casualty noun.  Every figure
    needs one (a number with no casualty word is not a figure; duals and
    singulars count only next to one), so a sentence without such a word is
    skipped whole when only figures are wanted.  Exact, not a heuristic: the
    same stems the sentence reader matches (tests compare with and without)."""
    keys, singulars = _figure_words()
    for stem, _, _ in candidates(norm):
        if stem in keys:
            return True
        if stem.endswith(("ان", "ين")) and any(s in singulars for s in dual_stem(stem)):
            return True
    return False


@lru_cache(maxsize=200_000)
def _may_tell_victims(norm: str) -> bool:
    """True when a word can make a figure or the victims of a lead sentence
    (:func:`libyanews.casualties.victims.lead_victim`): a figure word, a
    casualty plural with a pronoun (قتلاهم), a casualty noun's construct
    dual (جثتي) or fighters gathered at the place struck (يتجمع)."""
    if _is_figure_word(norm):
        return True
    lex = load_lexicon()
    gathered = lex.cues.get("gathered", frozenset())
    for stem, _, _ in candidates(norm):
        if stem in gathered:
            return True     # كان يتجمع فيها مسلحون من تنظيم داعش (victims.gathered_victims)
        own = lex.possessive.get(stem)
        if own is not None and getattr(own[0], "kind", ""):
            return True
        if stem.endswith(("تي", "تا")) and len(stem) >= 4:
            hit = lex.nouns.get(stem[:-2] + "ه")
            if hit is not None and hit[0].kind:
                return True
    return False


def _read(text: str, actor_mentions, source_mentions, figures_only: bool = False, published=None):
    """(rows, verdicts) of each sentence of ``text`` that is read."""
    if not isinstance(text, str):
        raise TypeError(f"find_casualties expects a str, not {type(text).__name__}")
    lex = load_lexicon()
    # The tokens of tokenize(text, **MATCH_OPTIONS), as columns: Token objects
    # are made only for the sentences that are read.
    arrays = tokenize_arrays(text, **MATCH_OPTIONS)
    norms, kinds = arrays.norms, arrays.kinds.tolist()
    starts, ends = arrays.starts.tolist(), arrays.ends.tolist()
    # (_is_figure_word of a number or a punctuation mark is whether it is a key: never)
    flags = list(map(_is_figure_word, norms)) if figures_only else None
    chosen, spans = [], []
    t = 0
    for n, sentence in enumerate(split_sentences(text)):
        t = bisect.bisect_left(starts, sentence.start, t)
        u = bisect.bisect_right(ends, sentence.end, t)
        spans.append((sentence, t, u))
        lead = n < _LEAD_SENTENCES
        # A lead sentence is read for the victims it establishes, which only
        # a casualty word (or a casualty noun with a pronoun, or in a
        # construct dual) can tell; a lead sentence without one is left out
        # like any other: it gives no figure and establishes nothing.
        if not figures_only or True in flags[t:u] or lead and any(map(_may_tell_victims, norms[t:u])):
            chosen.append((sentence, t, u, lead, n))
        t = u
    if not chosen:
        return []
    # The figures stage needs no names: the text's actors and sources are
    # looked up only when some sentence holds a figure (most articles' lead
    # sentences, read for their victims, hold none).
    actors, sources = Mentions(), Mentions()
    given = actor_mentions is not None or source_mentions is not None
    if given:   # tables passed in are read (and checked) whatever the text holds
        found_actors, found_sources = _all_mentions(text, actor_mentions, source_mentions)
        actors.extend(found_actors)
        sources.extend(found_sources)
    def view_at(n: int) -> SentenceView:
        sentence, t, u = spans[n]
        toks = [Token(text[starts[k]:ends[k]], norms[k], starts[k], ends[k], KINDS[kinds[k]]) for k in range(t, u)]
        view = SentenceView(text, sentence, toks, lex, actors, sources)
        view.lead = n < _LEAD_SENTENCES
        return view

    out, views, read = [], [], []
    for _, _, _, _, n in chosen:
        view = view_at(n)
        views.append(view)
        read.append(read_figures(view))
    if any(figures for figures, _ in read):
        if not given:
            found_actors, found_sources = _all_mentions(text, actor_mentions, source_mentions)
            actors.extend(found_actors)
            sources.extend(found_sources)
        built = {n: view for view, (*_, n) in zip(views, chosen)}
        named: dict[int, tuple] = {}

        def named_in(m: int) -> tuple[SentenceView, list[Attribution]]:
            """Sentence ``m``'s view and named reporters, made once however often asked."""
            if m not in named:
                view = built.get(m) or view_at(m)
                named[m] = view, [a for a in find_attributions(view) if a.reported_by is not None]
            return named[m]

        speakers = [_speaker_before(view, n, named_in) if figures_read[0] else None
                    for view, figures_read, (*_, n) in zip(views, read, chosen)]
        out = [read_sentence(view, published, figures_read, speaker, _attributions_before(n, named_in))
               for view, figures_read, speaker, (*_, n) in zip(views, read, speakers, chosen)]
        _settle_article_victims(out, views)
    else:
        out = [([], verdicts) for _, verdicts in read]
    return out


# --------------------------------------------------------------------------
# actors and sources from the other modules (optional)


def _all_mentions(text: str, actor_mentions, source_mentions):
    """Sorted (start, end, id) of the actor and of the source mentions in ``text``."""
    spans = _optional_finder("actors", "mention_spans") if actor_mentions is None and source_mentions is None else None
    if spans is not None and _optional_finder("sources", "find_sources") is not None:
        # The default finders share one matcher: one pass gives both (same rows as find_actors/find_sources).
        return spans(text)
    return (_mentions(actor_mentions, text, "actors", "find_actors", "actor"),
            _mentions(source_mentions, text, "sources", "find_sources", "source"))


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


from ..corpus import load_corpus  # noqa: E402,F401  (docstring examples)
