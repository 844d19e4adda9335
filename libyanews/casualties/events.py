"""Stage 7: casualty events, the reports of one event folded into one row, within and across articles.

:func:`casualty_events` takes the figures of a corpus (or the corpus) and
folds the reports of one event, in the spirit of UCDP GED's event rows: one
row per event with ``low`` / ``best`` / ``high`` across its reports, the
days it spans, the outlets that told it and, for each report, why it joined.

Folding runs in two steps.

1. **Within an article family** (an article and its republished copies),
   as before dates were read: figures of the same kind and cumulative flag,
   compatible victims, no conflicting places or named days, and overlapping
   tolls or a shared place ("23 killed in Benghazi" (AP) and "15 killed ...
   in Benghazi" (AFP) in one article are one attack told twice).  Two
   figures whose event days are both known must also lie within ``window``
   days.  Without dates this step alone runs, and gives the events it gave
   before dates were read.
2. **Across articles**, when event days are known: the article has a
   publication day (the corpus's ``date`` column, the figures'
   ``published``) and the figure's ``date`` is a day (precision ``day``, or
   ``publication`` when the sentence names none; see
   :mod:`libyanews.dates`).  The events of step 1 are taken in order of
   their first day and each joins the first open event all of whose reports
   it agrees with (rules in :func:`casualty_events`), else opens one.  A
   corpus without publication days (the seeds, generated corpora) is folded
   by step 1 alone, as before dates were read: the few absolute dates its
   texts hold ("4 أبريل 2019") are not enough to match reports across
   articles, since the many relative ones ("أمس") cannot be placed.

    >>> from libyanews.casualties.reader import find_casualties
    >>> text = "قتل 23 شخصا في هجوم في بنغازي. وقالت مصادر طبية إن 15 قتلوا في الهجوم في بنغازي."
    >>> figures = find_casualties(text).assign(article_id="a", figure_id=lambda f: "a@" + f["start"].astype(str))
    >>> casualty_events(figures)[["kind", "low", "best", "high", "values"]].values.tolist()
    [['killed', 15, 15, 23, (23, 15)]]

Two outlets, published a day apart, on one strike (our own sentences)::

    >>> corpus = pd.DataFrame({"article_id": ["a", "b"], "date": ["2020-01-05", "2020-01-06"], "text": [
    ...     "قتل 30 شخصا في غارة جوية في طرابلس مساء السبت.", "قتل 28 شخصا في غارة في طرابلس مساء السبت."]})
    >>> event = casualty_events(corpus).iloc[0]
    >>> event["values"], event["article_ids"], str(event["date_start"].date())
    ((30, 28), ('a', 'b'), '2020-01-04')
    >>> event["links"][1]
    'other article b (b): same day 2020-01-04; same place طرابلس; tolls within ×2 (30 and 28)'
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

import pandas as pd

from ..datafiles import read_table
from ..numbers import MATCH_OPTIONS, norm_word
from ..streaming import for_batches, is_batches
from ..tokenize import tokenize
from .reader import casualty_figures, check_corpus
from .wordlists import candidates, load_lexicon

__all__ = ["EVENT_COLUMNS", "PRECISION_ORDER", "casualty_events"]

#: Columns of :func:`casualty_events`.
EVENT_COLUMNS = [
    "event", "article_id", "kind", "victim", "attacker", "place", "cumulative",
    "date_start", "date_end", "date_precision", "low", "best", "high",
    "n_reports", "n_articles", "n_sources", "values", "reported_by", "outlets", "article_ids", "figure_ids",
    "links", "evidence",
]
#: Columns of :data:`EVENT_COLUMNS` that hold a tuple with one item per report, in corpus order.
REPORT_COLUMNS = ["values", "reported_by", "outlets", "article_ids", "figure_ids", "links"]
#: Date precisions from the finest to the coarsest (an event takes the finest of its reports).
PRECISION_ORDER = ("day", "publication", "week", "month", "year")
#: Precisions at which a figure's ``date`` is a day that events may be folded on.
_DAY_PRECISIONS = frozenset({"day", "publication"})


# --------------------------------------------------------------------------
# reports


def _places(value) -> frozenset:
    if not isinstance(value, str) or not value:
        return frozenset()
    return frozenset(norm_word(p.strip()) for p in value.split("،") if p.strip())


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


@lru_cache(maxsize=65_536)
def place_key(name: str) -> str:
    """The form two place names are compared in: normalized, a leading place
    word dropped (``حي الدولار`` → ``الدولار``, ``مدينة سرت`` → ``سرت``).

    >>> place_key("مدينة سرت") == place_key("سرت")
    True
    """
    words = norm_word(name.strip()).split()
    if len(words) > 1 and words[0] in load_lexicon().place_classes:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    """Place key → the key of the place it lies in (``data/place_hierarchy.csv``)."""
    return {place_key(r["place"]): place_key(r["in"]) for r in read_table("place_hierarchy.csv", ("place", "in"))}


@lru_cache(maxsize=65_536)
def _ancestors(key: str) -> frozenset[str]:
    parents, out = _parents(), []
    while key in parents and parents[key] not in out:
        key = parents[key]
        out.append(key)
    return frozenset(out)


def _specific(keys: frozenset) -> frozenset:
    """The most specific of a report's places: a city is dropped when a place in it is named."""
    wider = set().union(*(_ancestors(k) for k in keys)) if keys else set()
    return frozenset(k for k in keys if k not in wider)


@lru_cache(maxsize=1)
def _source_ids() -> frozenset[str]:
    from ..gazetteer import load_sources

    return frozenset(load_sources()["source"])


class _Report(NamedTuple):
    """One figure as the folding sees it (one row of :func:`casualty_figures`)."""

    seq: int                # position in the corpus: reports are kept in this order
    family: str             # the article, or the original it republishes
    article_id: str
    copy_of: str | None     # duplicate_of
    figure_id: str
    kind: str
    cumulative: bool
    victim: str
    low: int                # low, else best, else 0 (for comparing)
    high: float             # high, else infinity
    best: int               # best, else low
    raw_low: int | None
    raw_high: int | None
    raw_best: int | None
    places: frozenset       # normalized names (within a family)
    place_keys: frozenset   # most specific place keys (across articles)
    place_text: str | None
    days: frozenset         # weekdays and day-month dates the sentence names (within a family)
    day: dt.date | None     # the event day at precision day or publication, in a dated original (not a copy)
    date: dt.date | None    # the date at any precision (date_start, date_end)
    precision: str | None
    attacker: str | None
    reported_by: str | None
    outlet: str
    evidence: str | None


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _as_date(value) -> dt.date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return pd.Timestamp(value).date()
    return pd.Timestamp(value).date()


def make_report(row: dict, seq: int) -> _Report:
    """The :class:`_Report` of one figure (a row of :func:`casualty_figures` as a dict)."""
    dup = _text(row.get("duplicate_of"))
    family = dup or row["article_id"]
    raw_low, raw_high, raw_best = _int(row["low"]), _int(row["high"]), _int(row["best"])
    low = raw_low if raw_low is not None else (raw_best if raw_best is not None else 0)
    precision = _text(row.get("date_precision"))
    date = _as_date(row.get("date"))
    reported_by = _text(row.get("reported_by"))
    source = _text(row.get("source"))
    place_text = _text(row.get("place"))
    evidence = row.get("evidence")
    return _Report(
        seq=seq, family=family, article_id=row["article_id"], copy_of=dup, figure_id=row["figure_id"],
        kind=row["kind"], cumulative=bool(row["cumulative"]), victim=row["victim"],
        low=int(low), high=raw_high if raw_high is not None else float("inf"),
        best=raw_best if raw_best is not None else int(low),
        raw_low=raw_low, raw_high=raw_high, raw_best=raw_best,
        places=_places(place_text),
        place_keys=_specific(frozenset(place_key(p) for p in (place_text or "").split("،") if p.strip())),
        place_text=place_text, days=_day_cues(evidence) if isinstance(evidence, str) else frozenset(),
        # A copy's relative dates are its original's, read against a later day: it takes the original's day.
        day=date if precision in _DAY_PRECISIONS and not dup and _as_date(row.get("published")) is not None else None,
        date=date, precision=precision,
        attacker=_text(row.get("attacker")), reported_by=reported_by,
        outlet=reported_by if reported_by in _source_ids() else (source or family),
        evidence=evidence if isinstance(evidence, str) else None,
    )


# --------------------------------------------------------------------------
# the rules


_VICTIM_CLASSES = ("unknown", "civilians", "combatants")


def _victims_compatible(a: str, b: str) -> bool:
    if a == b or "unknown" in (a, b):
        return True
    if "civilians" in (a, b):
        return False
    return "combatants" in (a, b)  # an actor id and combatants


def _overlap(a: _Report, b: _Report) -> bool:
    return max(a.low, b.low) <= min(a.high, b.high)


def _days_apart(a: _Report, b: _Report) -> int | None:
    if a.day is None or b.day is None:
        return None
    return abs((a.day - b.day).days)


def _same_story(a: _Report, b: _Report, window: int) -> bool:
    """Two figures of one article family report the same event (step 1)."""
    if a.family != b.family or a.kind != b.kind or a.cumulative != b.cumulative:
        return False
    if not _victims_compatible(a.victim, b.victim):
        return False
    if a.places and b.places and not (a.places & b.places):
        return False
    if a.days and b.days and not (a.days & b.days):
        return False
    apart = _days_apart(a, b)
    if apart is not None and apart > window:
        return False
    if a.cumulative:
        return a.best == b.best
    return _overlap(a, b) or bool(a.places & b.places)


def _place_relation(a: _Report, b: _Report) -> tuple[str, str] | None:
    """How the places of two reports relate: ("unknown", ""), ("same", name),
    ("within", "X in Y"), or None when they are different places."""
    if not a.place_keys or not b.place_keys:
        return ("unknown", "")
    for x in sorted(a.place_keys):
        for y in sorted(b.place_keys):
            if x == y:
                return ("same", _display(b, y) or _display(a, x))
            if x in _ancestors(y):
                return ("within", f"{_display(b, y)} in {_display(a, x)}")
            if y in _ancestors(x):
                return ("within", f"{_display(a, x)} in {_display(b, y)}")
    return None


def _display(report: _Report, key: str) -> str:
    """The name of ``key`` as the report printed it."""
    for name in (report.place_text or "").split("،"):
        if name.strip() and place_key(name) == key:
            return name.strip()
    return key


def _same_event_across(a: _Report, b: _Report, window: int, ratio: float) -> bool:
    """Two figures of different article families report the same event (step 2)."""
    if a.family == b.family:
        return False  # one family's figures are folded by step 1 only
    if a.kind != b.kind or a.cumulative != b.cumulative:
        return False
    if a.cumulative and a.best != b.best:
        return False
    if not _victims_compatible(a.victim, b.victim):
        return False
    apart = _days_apart(a, b)
    if apart is not None and apart > window:
        return False
    if a.attacker and b.attacker and a.attacker != b.attacker:
        return False
    if a.attacker and a.attacker == b.victim or b.attacker and b.attacker == a.victim:
        return False  # one report's attacker is the other's victim
    if _place_relation(a, b) is None:
        return False
    return max(a.low, b.low) <= ratio * min(a.high, b.high)


# --------------------------------------------------------------------------
# why a report joined


def _toll(r: _Report) -> str:
    if r.raw_high is None:
        return f"{r.low}+"
    if r.raw_high == r.low:
        return str(r.low)
    return f"{r.low}-{r.raw_high}"


def _story_link(r: _Report, anchor: _Report) -> str:
    if r.article_id == anchor.article_id:
        parts = ["same article"]
    elif r.copy_of:
        parts = [f"republished copy of {r.copy_of}"]
    else:
        parts = [f"same article family as {anchor.article_id}"]
    if r.cumulative:
        parts.append(f"same total restated ({_toll(r)})")
    else:
        if _overlap(r, anchor):
            parts.append(f"tolls overlap ({_toll(anchor)} and {_toll(r)})")
        shared = r.places & anchor.places
        if shared:
            name = next((p.strip() for p in (r.place_text or "").split("،") if norm_word(p.strip()) in shared), "")
            parts.append(f"same place {name}")
    return ": ".join([parts[0], "; ".join(parts[1:])]) if len(parts) > 1 else parts[0]


def _across_link(r: _Report, anchor: _Report, ratio: float) -> str:
    parts = []
    apart = _days_apart(r, anchor)
    if apart == 0:
        parts.append(f"same day {r.day.isoformat()}")
    elif apart is not None:
        parts.append(f"{apart} day{'s' if apart > 1 else ''} apart ({anchor.day.isoformat()} and {r.day.isoformat()})")
    relation = _place_relation(anchor, r)
    if relation is not None:
        kind, text = relation
        parts.append({"unknown": "place unknown", "same": f"same place {text}"}.get(kind, f"place {text}"))
    if r.cumulative:
        parts.append(f"same total restated ({_toll(r)})")
    elif _overlap(r, anchor):
        parts.append(f"tolls overlap ({_toll(anchor)} and {_toll(r)})")
    else:
        parts.append(f"tolls within ×{ratio:g} ({_toll(anchor)} and {_toll(r)})")
    return f"other article {r.article_id} ({r.outlet}): " + "; ".join(parts)


# --------------------------------------------------------------------------
# step 1: within a family


class Cluster(NamedTuple):
    """Reports folded into one event so far, each with the reason it joined."""

    reports: tuple          # (_Report, link) in the order they joined
    first: int              # the smallest seq
    day_start: dt.date | None  # the earliest event day (None: no day known, never folded across)


def _cluster(members: list) -> Cluster:
    days = [r.day for r, _ in members if r.day is not None]
    return Cluster(tuple(members), min(r.seq for r, _ in members), min(days) if days else None)


def fold_family(reports: Iterable[_Report], window: int = 1) -> list[Cluster]:
    """Step 1 on the reports of one article family, in corpus order: each
    joins the first event all of whose reports it agrees with
    (:func:`_same_story`), else starts a new one."""
    events: list[list] = []
    for report in reports:
        for members in events:
            if all(_same_story(report, other, window) for other, _ in members):
                members.append((report, _story_link(report, members[0][0])))
                break
        else:
            events.append([(report, "first report")])
    return [_cluster(m) for m in events]


def fold_families(reports: Iterable[_Report], window: int = 1) -> list[Cluster]:
    """Step 1 on reports of several families (each family's reports in corpus order)."""
    by_family: dict[str, list[_Report]] = defaultdict(list)
    for report in reports:
        by_family[report.family].append(report)
    return [c for family in by_family.values() for c in fold_family(family, window)]


# --------------------------------------------------------------------------
# step 2: across articles, in order of the first day


class AcrossFolder:
    """Folds the dated clusters of step 1 across articles.

    Feed it clusters in order of ``(day_start, first)`` with :meth:`add`;
    it returns the events that can no longer grow (their first day is more
    than ``window`` days before the cluster added: every later cluster starts
    later still, so it could not agree with all their reports).  Only the
    events of the last ``window`` days are kept open, so memory stays bounded
    by the reports of a few days whatever the corpus.  :meth:`close` returns
    the rest.  The state pickles (the Dask path passes it from one sorted
    partition to the next).
    """

    def __init__(self, window: int = 1, ratio: float = 2.0):
        self.window, self.ratio = window, ratio
        self.open: dict[tuple, list[list]] = defaultdict(list)   # (kind, cumulative) → [day_start, members]

    def add(self, cluster: Cluster) -> list[Cluster]:
        closed = []
        limit = cluster.day_start - dt.timedelta(days=self.window)
        for key in list(self.open):
            events = self.open[key]
            while events and events[0][0] < limit:
                closed.append(_cluster(events.pop(0)[1]))
            if not events:
                del self.open[key]
        first = cluster.reports[0][0]
        events = self.open[(first.kind, first.cumulative)]
        for _, members in events:
            if all(_same_event_across(r, s, self.window, self.ratio) for r, _ in members for s, _ in cluster.reports):
                anchor = members[0][0]
                members.extend([(first, _across_link(first, anchor, self.ratio)), *cluster.reports[1:]])
                return closed
        events.append([cluster.day_start, list(cluster.reports)])
        return closed

    def close(self) -> list[Cluster]:
        out = [_cluster(members) for events in self.open.values() for _, members in events]
        self.open.clear()
        return out


def fold_across(clusters: Iterable[Cluster], window: int = 1, ratio: float = 2.0) -> Iterator[Cluster]:
    """Step 2 on clusters already sorted by ``(day_start, first)``."""
    folder = AcrossFolder(window, ratio)
    for cluster in clusters:
        yield from folder.add(cluster)
    yield from folder.close()


def order_key(cluster: Cluster) -> tuple:
    return (cluster.day_start, cluster.first)


# --------------------------------------------------------------------------
# the event row


def event_row(cluster: Cluster) -> dict:
    """The row of one event (:data:`EVENT_COLUMNS` but ``event``, plus ``_first``)."""
    members = sorted(cluster.reports, key=lambda m: m[0].seq)
    reports = [r for r, _ in members]
    lows = [r.raw_low for r in reports if r.raw_low is not None]
    independent = [r.best for r in reports if r.copy_of is None] or [r.best for r in reports]
    bounded = [r.raw_high for r in reports if r.raw_high is not None]
    unbounded = [r.raw_best for r in reports if r.raw_high is None and r.raw_best is not None]
    high = max(bounded) if bounded and (not unbounded or max(unbounded) <= max(bounded)) else None
    victims = [r.victim for r in reports]
    victim = next((v for v in victims if v not in _VICTIM_CLASSES), None) or next(
        (v for v in victims if v != "unknown"), "unknown")
    places, attackers = [], []
    for r in reports:
        for p in (r.place_text or "").split("،"):
            p = p.strip()
            if p and p not in places:
                places.append(p)
        if r.attacker and r.attacker not in attackers:
            attackers.append(r.attacker)
    dated = [r for r in reports if r.date is not None and r.copy_of is None] or [r for r in reports if r.date]
    dates = [r.date for r in dated]
    precisions = [r.precision for r in dated if r.precision in PRECISION_ORDER]
    outlets = {r.outlet for r in reports if r.copy_of is None} or {r.outlet for r in reports}
    return {
        "_first": reports[0].seq,
        "article_id": reports[0].family,
        "kind": reports[0].kind,
        "victim": victim,
        "attacker": ", ".join(attackers) if attackers else None,
        "place": "، ".join(places) if places else None,
        "cumulative": reports[0].cumulative,
        "date_start": pd.Timestamp(min(dates)) if dates else pd.NaT,
        "date_end": pd.Timestamp(max(dates)) if dates else pd.NaT,
        "date_precision": min(precisions, key=PRECISION_ORDER.index) if precisions else None,
        "low": min(lows) if lows else None,
        "best": int(statistics.median_low(independent)),
        "high": high,
        "n_reports": len(reports),
        "n_articles": len({r.article_id for r in reports}),
        "n_sources": len(outlets),
        "values": tuple(r.best for r in reports),
        "reported_by": tuple(r.reported_by for r in reports),
        "outlets": tuple(r.outlet for r in reports),
        "article_ids": tuple(r.article_id for r in reports),
        "figure_ids": tuple(r.figure_id for r in reports),
        "links": tuple(link for _, link in members),
        "evidence": reports[0].evidence,
    }


def events_frame(rows: list[dict], start: int = 1, keep_first: bool = False) -> pd.DataFrame:
    """Rows of :func:`event_row` (already in order) as the table of
    :func:`casualty_events`, numbered from ``start``; ``_first`` (the
    position of the first report in the corpus) dropped unless ``keep_first``."""
    frame = pd.DataFrame(rows, columns=["_first", *EVENT_COLUMNS[1:]])
    first = frame.pop("_first").astype("int64")
    frame.insert(0, "event", range(start, start + len(frame)))
    frame = typed_events(frame)
    return frame.assign(_first=first.to_numpy()) if keep_first else frame


def typed_events(frame: pd.DataFrame) -> pd.DataFrame:
    """The dtypes of :func:`casualty_events`' columns, whatever the table went through."""
    frame["event"] = frame["event"].astype("int64")
    for col in ("low", "best", "high"):
        frame[col] = frame[col].astype("Int64")
    for col in ("n_reports", "n_articles", "n_sources"):
        frame[col] = frame[col].astype("int64")
    frame["cumulative"] = frame["cumulative"].astype(bool)
    for col in ("date_start", "date_end"):
        frame[col] = pd.to_datetime(frame[col]).astype("datetime64[s]")
    for col in ("attacker", "place", "date_precision"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    for col in REPORT_COLUMNS:
        frame[col] = [tuple(None if _missing(v) else v for v in cell) for cell in frame[col]]
    return frame


def _missing(value) -> bool:
    return value is None or (not isinstance(value, (str, tuple, list)) and pd.isna(value))


# --------------------------------------------------------------------------
# the public function


def _figures_of(data: pd.DataFrame) -> pd.DataFrame:
    """The figures of a corpus, or ``data`` itself when it already is figures."""
    return casualty_figures(data) if "text" in data.columns else data


def check_options(window, toll_ratio) -> None:
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ValueError(f"window must be a whole number of days ≥ 0, got {window!r}")
    if isinstance(toll_ratio, bool) or not isinstance(toll_ratio, (int, float)) or not toll_ratio >= 1:
        raise ValueError(f"toll_ratio must be a number ≥ 1, got {toll_ratio!r}")


def reports_of(figures: pd.DataFrame, start: int = 0) -> list[_Report]:
    """The reports of a figures table, numbered in its order from ``start``."""
    return [make_report(row, start + n) for n, row in enumerate(figures.to_dict("records"))]


def casualty_events(data: pd.DataFrame, window: int = 1, *, toll_ratio: float = 2.0) -> pd.DataFrame:
    """Fold the reports of one event into one row each, within and across articles.

    ``data`` is a corpus (:func:`~libyanews.corpus.load_corpus`) or the
    table of :func:`casualty_figures`, or batches of either
    (:func:`libyanews.streaming.iter_corpus`).

    **Within an article family** (an article and the copies flagged
    ``duplicate_of`` it), figures are taken in corpus order and each joins
    the first event all of whose reports it agrees with, else starts a new
    one.  Two figures agree when they have the same ``kind`` and
    ``cumulative`` flag, compatible victims (equal, or one ``unknown``, or
    an actor id and ``combatants``), do not name different places or
    different days (weekday or date) when both name one, lie within
    ``window`` days of each other when both event days are known, and give
    overlapping ranges (``[low, high]``, an open high counting as unbounded:
    "15" and "at least 12" agree, "15" and "23" do not) or name a common
    place.  Without dates this is the whole rule.

    **Across articles**, when event days are known (the article has a
    publication day, ``published``, and ``date`` is a day: precision
    ``day``, or ``publication`` when the sentence names none): the events
    of one family are taken in order of their first day, and each joins the
    first open event all of whose reports it agrees with.  A report of
    another family agrees when it has

    * the same ``kind`` and ``cumulative`` flag (a running total never folds
      with a single event; two totals only when the same total is restated);
    * compatible victims (as above), attackers that do not differ, and
      neither's attacker the other's victim;
    * event days at most ``window`` days apart (``window=1``: the day before
      or after; a report whose date is only a week, month or year does not
      constrain it, but an event needs a known day to fold across articles);
    * compatible places: the same place, or one report without a place, or a
      city and a place in it (``data/place_hierarchy.csv``: القوارشة is in
      بنغازي); two different towns never fold, nor two different places of
      one city;
    * tolls that can describe one event: the larger of the two lows is at
      most ``toll_ratio`` (default 2) times the smaller of the two highs.
      Overlapping ranges always pass; 28 and 30 killed pass, and so do 18
      and "more than 33" injured (34 ≤ 2 × 18); 3 and 30 killed on the same
      day in the same city do not.  *Why a factor of two*: one event's toll
      grows from the first report to the next day's (the wounded die, bodies
      are found) and differs between outlets that count differently
      (medical against official sources), by up to about half again in the
      reporting we annotated (Benghazi 2016: AP 23, AFP 15; the Tripoli
      military academy 2020: 30 and 28 killed, more than 33 and 18 injured),
      while two incidents of one day and city (a shelling and an air strike)
      usually differ by an order of magnitude.  A factor of two keeps the
      first together and the second apart; ``toll_ratio`` changes it.

    Reports of one family are never folded across (they were told apart by
    the stricter rule above).  Two same-day reports with no place and
    matching tolls do fold: read ``links`` before you rely on such an event.

    **Columns** :data:`EVENT_COLUMNS`.  ``article_id`` is the family of the
    first report (in corpus order); ``attacker`` the attackers named (actor
    ids, joined by ", "); ``date_start`` / ``date_end`` the earliest and
    latest event day of the reports (any precision), ``date_precision`` the
    finest precision among them (:data:`PRECISION_ORDER`).  ``low`` is the
    lowest low of the reports; ``best`` the median of the best estimates of
    the independent reports (republished copies left out; the lower middle
    value when their number is even): a median, not a mean, so one outlier
    report does not move it, and the lower middle, as UCDP and ACLED lean to
    the conservative figure; ``high`` the largest upper bound the reports
    give, or None when a report without an upper bound ("more than 30") goes
    beyond every bound.  ``n_reports`` counts every figure folded in (copies
    too), ``n_articles`` the articles they come from, ``n_sources`` the
    distinct outlets among the independent reports.  One item per report, in
    corpus order: ``values`` (the best of each), ``reported_by`` (None where
    no one is named), ``outlets`` (the report's outlet: ``reported_by`` when
    it is a source of ``data/sources.csv``, else the article's ``source``
    line, else the article family), ``article_ids``, ``figure_ids`` (see
    :func:`casualty_figures`) and ``links``: why the report joined its event
    ("first report"; "same article: tolls overlap (15 and 10-23)"; "other
    article b (afp): same day 2020-01-04; same place طرابلس; tolls within ×2
    (30 and 28)"), so a wrong merge can be split by hand.  ``evidence`` is
    the sentence of the first report.

    >>> events = casualty_events(load_corpus())
    >>> strike = events[events["n_articles"] == 2].iloc[0]
    >>> int(strike["low"]), int(strike["n_reports"]), int(strike["n_sources"])
    (10, 4, 1)
    """
    check_options(window, toll_ratio)
    if is_batches(data):
        data = for_batches(_figures_of, data)
    figures = _figures_of(data)
    check_corpus(figures, ("article_id", "figure_id", "kind", "low", "best", "high", "victim", "cumulative"))
    clusters = fold_families(reports_of(figures), window)
    final = [c for c in clusters if c.day_start is None]
    dated = sorted((c for c in clusters if c.day_start is not None), key=order_key)
    final.extend(fold_across(dated, window, toll_ratio))
    rows = sorted((event_row(c) for c in final), key=lambda r: r["_first"])
    return events_frame(rows)


from ..corpus import load_corpus  # noqa: E402,F401  (docstring examples)
