"""Stage 7: casualty events, the figures that report the same event folded into one row.

:func:`casualty_events` takes the figures of a corpus (or the corpus) and
folds the reports of one event, in the spirit of UCDP GED's event rows: one
row per event with ``low`` / ``best`` / ``high`` across its reports.  Two
figures fold when they come from the same article family (an article and
its republished copies), have the same kind and cumulative flag,
compatible victims, no conflicting places or days, and overlapping tolls or
a shared place ("23 killed in Benghazi" (AP) and "15 killed ... in
Benghazi" (AFP) are one attack told twice).  Running totals (منذ ...) fold
only with the same total restated.

    >>> from libyanews.casualties.reader import find_casualties
    >>> text = "قتل 23 شخصا في هجوم في بنغازي. وقالت مصادر طبية إن 15 قتلوا في الهجوم في بنغازي."
    >>> figures = find_casualties(text).assign(article_id="a", figure_id=lambda f: "a@" + f["start"].astype(str))
    >>> casualty_events(figures)[["kind", "low", "best", "high", "values"]].values.tolist()
    [['killed', 15, 15, 23, (23, 15)]]
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from ..numbers import MATCH_OPTIONS, norm_word
from ..streaming import for_batches, is_batches
from ..tokenize import tokenize
from .reader import casualty_figures, check_corpus
from .wordlists import candidates, load_lexicon

__all__ = ["EVENT_COLUMNS", "casualty_events"]

#: Columns of :func:`casualty_events`.
EVENT_COLUMNS = [
    "event", "article_id", "kind", "victim", "place", "cumulative", "low", "best", "high",
    "n_reports", "n_articles", "values", "reported_by", "figure_ids", "evidence",
]


def _places(value) -> set[str]:
    if not isinstance(value, str) or not value:
        return set()
    return {norm_word(p.strip()) for p in value.split("،") if p.strip()}


@lru_cache(maxsize=65_536)
def _day_cues(evidence: str) -> frozenset[str]:
    """Weekdays and day-month dates named in a sentence."""
    lex = load_lexicon()
    weekdays = lex.calendar.get("weekday", frozenset())
    months = lex.calendar.get("month", frozenset())
    toks = tokenize(evidence, **MATCH_OPTIONS)
    cues = set()
    for k, tok in enumerate(toks):
        stems = {c[0] for c in candidates(tok.norm)} if tok.kind == "word" else {tok.norm}
        hit = stems & weekdays
        if hit:
            cues.add(min(hit))
        if tok.kind == "number" and k + 1 < len(toks) and {c[0] for c in candidates(toks[k + 1].norm)} & months:
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
    check_corpus(figures, ("article_id", "figure_id", "kind", "low", "best", "high", "victim", "cumulative"))
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



from ..corpus import load_corpus  # noqa: E402,F401  (docstring examples)
