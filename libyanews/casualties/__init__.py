"""Casualty figures: who was killed or injured, how many, where, says who.

:func:`find_casualties` reads a text sentence by sentence and returns one
row per casualty figure *as written*; :func:`casualty_figures` does it for a
corpus; :func:`casualty_events` folds the figures that report the same event,
within an article and, where articles carry publication days, across them;
:func:`number_roles` tells, for every number in a text, why it is or is not
a casualty figure.  All word lists are data files in ``libyanews/data/``
(``casualty_*.csv``, ``attribution_cues.csv``, ``reporter_words.csv``, ``calendar_words.csv``,
``places.csv``, ``number_words.csv``, ``vague_numbers.csv``).

The reader is a row of stages, one module each, in the order the data flows;
each module's docstring states its rules with an Arabic example:

=================  ==========================================  ===========================
module             stage                                       reads → writes
=================  ==========================================  ===========================
``wordlists``      the data files, checked; word candidates     data/ → :class:`Lexicon`
``sentence``       the sentence view: tokens, numbers,          tokens → :class:`SentenceView`
                   triggers, qualifier tokens (read-only)
``indexes``        the view's indexes: prefix counts and        tokens, mentions → answers
                   bisection, so no question scans a sentence
``records``        the records passed on                        ``Figure``, ``Verdict``
``figures``        numbers → figures: not-people numbers,       view → ``Figure``, ``Verdict``
                   kind, negation, qualifier, breakdowns
``nouns``          figures a noun counts: duals, singulars,     view → ``Figure``
                   ordinals, subjects before their verb
``lists``          a list of victims under one casualty word    view, Figures → ``Figure``
                   is one summed figure (طبيبين وممرض ومسعف)
``attribution``    who reports each figure (``reported_by``,    view → ``Attribution``
                   ``reporter_kind``)
``attackers``      who attacked (``attacker``)                  view → actor ids
``victims``        whose dead or wounded (``victim``,           view, Figure, Attribution,
                   ``victim_basis``)                            attackers → ``Victim``
``sides``          the words only the article settles ("the     victim phrase → bool
                   army", "the attackers", "terrorists")
``places``         where (``place``)                            view → names
``totals``         running totals (``cumulative``)              view, Figure → bool
``reader``         runs the stages per sentence; the public     text → rows (:data:`COLUMNS`)
                   functions on texts and corpora
``events``         folds the reports of one event, within and   figures → events
                   across articles (by day, place, toll)
=================  ==========================================  ===========================

The stages pass on small records (``Figure``, ``Attribution``,
``Victim``), never one object that every stage changes: to change how
victims are decided, read ``victims.py``.  How well the stages do on real
reporting is measured by :mod:`libyanews.evaluation` on the annotated sets of
``tests/data/casualty_dev/``.

Example::

    >>> rows = find_casualties("قُتل 23 شخصا وأصيب عشرات آخرون في بنغازي، وفقا لمصادر طبية.")
    >>> rows[["kind", "low", "high", "qualifier", "victim", "place", "reported_by", "reporter_kind"]].values.tolist()
    [['killed', 23, 23, 'exact', 'unknown', 'بنغازي', 'medical', 'medical'], ['injured', 10, 99, 'vague', 'unknown', 'بنغازي', 'medical', 'medical']]
"""

from .events import EVENT_COLUMNS, casualty_events
from .reader import (
    COLUMNS,
    FIGURE_COLUMNS,
    NO_MENTIONS,
    ROLE_COLUMNS,
    TEXT_COLUMNS,
    casualty_figures,
    find_casualties,
    number_roles,
)
from .sentence import SentenceView
from .wordlists import Lexicon

__all__ = [
    "COLUMNS",
    "EVENT_COLUMNS",
    "FIGURE_COLUMNS",
    "NO_MENTIONS",
    "ROLE_COLUMNS",
    "TEXT_COLUMNS",
    "casualty_events",
    "casualty_figures",
    "find_casualties",
    "number_roles",
]
