"""The small records the stages of the casualty reader pass on.

A :class:`Figure` is made by the figures stage (numbers and nouns that count
people) and read by the victims, places and totals stages and by the reader,
which turns it into a table row; a :class:`Verdict` says why a number is not
a figure (:func:`~libyanews.casualties.number_roles`).  Records are frozen:
a stage that needs to change one makes a new one.

    >>> from libyanews.casualties.figures import read_figures
    >>> from libyanews.casualties.sentence import view_of
    >>> figure = read_figures(view_of("قتل 23 شخصا في بنغازي."))[0][0]
    >>> figure.kind, figure.best, figure.trigger.kind
    ('killed', 23, 'killed')
"""

from __future__ import annotations

from dataclasses import dataclass

from ..numbers import Quantity
from .sentence import Trigger

__all__ = ["Figure", "Verdict"]


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
