"""Events in the shapes of UCDP GED and ACLED, and each report of an event side by side.

:func:`libyanews.casualties.casualty_events` gives one row per event with
the tolls of every report.  Conflict researchers compare against two
datasets built on the same idea: the UCDP Georeferenced Event Dataset (one
row per event of organized violence with at least one death, with a low,
best and high estimate) and ACLED (one row per event of political violence,
with a type and the fatalities of its conservative reading).  This module
writes our events in their shape, so that the two can be put side by side:

* :func:`event_reports`: one row per report of an event (outlet, figure,
  why it joined), to read each outlet's figure side by side;
* :func:`events_as_ucdp`: the killed events, UCDP GED's columns;
* :func:`events_as_acled`: the single events, ACLED's columns, with
  ``event_type`` / ``sub_event_type`` read from the words of the evidence
  sentence (:func:`classify_event`, ``data/event_types.csv``).

**UCDP GED** (codebook version 23.1).  Only events of kind ``killed``
that are not running totals become rows: GED counts deaths, one event at
a time.

=======================  ===========================================================
GED column               from our events
=======================  ===========================================================
``id``                   ``event`` (our number; GED's ids are its own)
``date_start/date_end``  ``date_start`` / ``date_end`` (the reports' event days)
``date_prec``            ``date_precision``: day 1, publication 2 (the event happened on
                         or shortly before the day the article was published), week 3,
                         month 4, year 5; empty without a date
``side_a``               the attacker (``attacker``, actor labels of ``data/actors.csv``);
                         empty when no report names one
``side_b``               the victim when it is an actor; ``Civilians`` for civilians
                         (GED's side_b of one-sided violence); empty otherwise
``deaths_a``             0: a report counts the victims of an attack, not the attacker's
                         dead (those are an event of their own, with the attacker as victim)
``deaths_b``             ``best`` when the victim is an actor
``deaths_civilians``     ``best`` when the victim is ``civilians``
``deaths_unknown``       ``best`` when the victim is ``combatants`` or ``unknown``
``best/low/high``        ``best`` / ``low`` / ``high`` (high empty when a report has no
                         upper bound: "more than 30")
``where_description``    ``place``
``source_article``       the article ids of the reports, each once, joined by "; "
``source_office``        the outlets of the reports, each once, joined by "; "
``number_of_sources``    ``n_sources``
=======================  ===========================================================

Not mapped, since the text alone does not give them: ``type_of_violence``
(state-based, non-state or one-sided needs the status of each side, and
Libya had two rival governments), the conflict, dyad and side ids,
``country``, ``region``, ``adm_1``, ``adm_2``, ``latitude``/``longitude``
and ``priogrid_gid`` (a place name is not geocoded), ``where_prec``,
``event_clarity``, ``source_date``, ``source_headline`` and
``source_original``.

**ACLED** (codebook 2023).  Every single event (not a running total) whose
kind is ``killed`` is a row; an ``injured`` event with the same articles,
day and place as a killed event is the same attack and goes into its notes;
other ``injured`` and ``killed_or_injured`` events are rows of their own
with 0 fatalities (ACLED codes events without deaths, with 0).

=======================  ===========================================================
ACLED column             from our events
=======================  ===========================================================
``event``                our ``event`` (not an ACLED column: the way back to our row)
``event_date``           ``date_start`` (ACLED codes a single day; an event told over
                         two days is coded on the first)
``time_precision``       1 for day and publication, 2 for week, 3 for month and year
``event_type``,          from the words of the evidence sentence (:func:`classify_event`):
``sub_event_type``       Explosions/Remote violence (Air/drone strike, Shelling/artillery/
                         missile attack, Suicide bomb, Remote explosive/landmine/IED) or
                         Battles (Armed clash); empty when the sentence names no weapon
                         and no fighting
``actor1``               the attacker, as in side_a; empty when unknown (ACLED would write
                         "Unidentified Armed Group"; we leave it empty so that an empty
                         cell is not read as a finding)
``actor2``               the victim, as in side_b
``location``             ``place``
``fatalities``           killed events: ``low``, the lowest credible figure (ACLED's
                         conservative reading: "dozens" is 10); killed or injured and
                         injured events: 0, since no report says anyone died
``notes``                the evidence sentence, each outlet's figure, the injured of the
                         same attack and the last day when the event spans two
``source``               the outlets, each once, joined by "; " (ACLED's separator)
=======================  ===========================================================

Not mapped: ``event_id_cnty``, ``year``, ``disorder_type``, ``inter1``,
``inter2``, ``interaction`` and ``civilian_targeting`` (need actor types
ACLED assigns), ``assoc_actor_1/2``, ``iso``, ``region``, ``country``,
``admin1``-``admin3``, ``latitude``/``longitude``, ``geo_precision``,
``source_scale``, ``tags`` and ``timestamp``; event types of other
violence (protests, riots, strategic developments) are not read.

    >>> events = casualty_events(dated_seed_corpus())
    >>> ucdp = events_as_ucdp(events)
    >>> ucdp.loc[ucdp["where_description"].fillna("").str.startswith("بنغازي"),
    ...          ["date_start", "side_a", "side_b", "deaths_b", "best", "low", "high"]].values.tolist()
    [['2016-08-02', 'BRSC', 'LNA (Haftar)', 15, 15, 15, 23]]
    >>> acled = events_as_acled(events)
    >>> acled.loc[acled["location"] == "أبوقرين، مصراتة", ["event_type", "sub_event_type", "actor1", "fatalities"]].values.tolist()
    [['Explosions/Remote violence', 'Air/drone strike', 'UAE', 2]]
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .casualties.events import EVENT_COLUMNS, REPORT_COLUMNS
from .casualties.wordlists import candidates
from .datafiles import read_table
from .numbers import MATCH_OPTIONS, norm_word
from .tokenize import tokenize

__all__ = ["ACLED_COLUMNS", "REPORT_TABLE_COLUMNS", "UCDP_COLUMNS", "classify_event", "event_reports",
           "events_as_acled", "events_as_ucdp"]

#: Columns of :func:`events_as_ucdp`.
UCDP_COLUMNS = ["id", "date_start", "date_end", "date_prec", "side_a", "side_b", "deaths_a", "deaths_b",
                "deaths_civilians", "deaths_unknown", "best", "low", "high", "where_description", "source_article",
                "source_office", "number_of_sources"]
#: Columns of :func:`events_as_acled`.
ACLED_COLUMNS = ["event", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "location", "fatalities", "notes", "source"]
#: Columns of :func:`event_reports`.
REPORT_TABLE_COLUMNS = ["event", "kind", "victim", "date_start", "place", "report", "article_id", "outlet",
                        "reported_by", "value", "link"]

_DATE_PREC = {"day": 1, "publication": 2, "week": 3, "month": 4, "year": 5}
_TIME_PRECISION = {"day": 1, "publication": 1, "week": 2, "month": 3, "year": 3}
_VICTIM_CLASSES = ("civilians", "combatants", "unknown")


def _check_events(events) -> pd.DataFrame:
    if not isinstance(events, pd.DataFrame):
        raise TypeError(f"expected the table of casualty_events(), not {type(events).__name__}")
    missing = [c for c in EVENT_COLUMNS if c not in events.columns]
    if missing:
        raise ValueError(f"expected the table of casualty_events(); missing {', '.join(missing)}")
    return events


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    from .actors import actor_labels

    return dict(zip(actor_labels()["actor"], actor_labels()["label"]))


def _actor(ident) -> str | None:
    """The English label of an actor id (the id itself when it has none)."""
    if not isinstance(ident, str) or not ident:
        return None
    return _labels().get(ident, ident)


def _attackers(value) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    return ", ".join(_actor(a.strip()) for a in value.split(","))


def _side_b(victim) -> str | None:
    if victim == "civilians":
        return "Civilians"
    if victim in _VICTIM_CLASSES or not isinstance(victim, str):
        return None
    return _actor(victim)


def _distinct(items) -> str | None:
    out = []
    for item in items:
        if isinstance(item, str) and item and item not in out:
            out.append(item)
    return "; ".join(out) if out else None


def _day(value) -> str | None:
    return None if pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _single(events: pd.DataFrame) -> pd.DataFrame:
    return events[~events["cumulative"].astype(bool)]


# --------------------------------------------------------------------------
# reports side by side


def event_reports(events: pd.DataFrame) -> pd.DataFrame:
    """One row per report of each event (:data:`REPORT_TABLE_COLUMNS`): the
    event's number, kind, victim, first day and place, then the report's
    number within the event, its article, outlet, ``reported_by``, its
    figure (``value``, the report's best estimate) and why it joined
    (``link``).  Pivot it to put each outlet's figure side by side::

        reports.pivot_table(index="event", columns="outlet", values="value", aggfunc="first")

    >>> reports = event_reports(casualty_events(load_corpus()))
    >>> reports[reports["event"] == 7][["outlet", "value"]].values.tolist()
    [['medical', 23], ['afp', 15], ['وكالات', 15]]
    """
    events = _check_events(events)
    rows = []
    for ev in events.itertuples(index=False):
        cells = [getattr(ev, c) for c in REPORT_COLUMNS]
        for n, (value, reported_by, outlet, article_id, _, link) in enumerate(zip(*cells), 1):
            rows.append((ev.event, ev.kind, ev.victim, ev.date_start, ev.place, n, article_id, outlet, reported_by,
                         value, link))
    frame = pd.DataFrame(rows, columns=REPORT_TABLE_COLUMNS)
    frame["date_start"] = pd.to_datetime(frame["date_start"]).astype("datetime64[s]")
    for col in ("event", "report", "value"):
        frame[col] = frame[col].astype("int64")
    for col in ("place", "reported_by"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


# --------------------------------------------------------------------------
# ACLED's event types from the evidence


@lru_cache(maxsize=1)
def _event_words() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    rows = read_table("event_types.csv", ("words", "event_type", "sub_event_type"))
    return tuple((tuple(norm_word(w) for w in r["words"].split()), r["event_type"], r["sub_event_type"])
                 for r in rows)


@lru_cache(maxsize=65_536)
def classify_event(sentence: str | None) -> tuple[str | None, str | None, str | None]:
    """(ACLED event_type, sub_event_type, the words that decided) for the
    evidence sentence of an event, from ``data/event_types.csv`` (the first
    row whose words occur wins); (None, None, None) when it names no weapon
    and no fighting.

    >>> classify_event("قتل 5 مدنيين في قصف شنه طيران حفتر على حي سكني")
    ('Explosions/Remote violence', 'Air/drone strike', 'طيران')
    >>> classify_event("قتل 15 عنصرا في هجوم انتحاري بسيارة مفخخة")[1]
    'Suicide bomb'
    >>> classify_event("قتل 6 من المقاتلين في معارك عنيفة")[1], classify_event("قتل 6 أشخاص")[1]
    ('Armed clash', None)
    """
    if not isinstance(sentence, str) or not sentence:
        return None, None, None
    toks = [t for t in tokenize(sentence, **MATCH_OPTIONS) if t.kind == "word"]
    stems = [{t.norm} | {c[0] for c in candidates(t.norm)} for t in toks]
    for words, event_type, sub_type in _event_words():
        n = len(words)
        for i in range(len(toks) - n + 1):
            if all(words[k] in stems[i + k] for k in range(n)):
                return event_type, sub_type, sentence_words(toks, i, i + n, sentence)
    return None, None, None


def sentence_words(toks, i: int, j: int, sentence: str) -> str:
    """The words ``toks[i:j]`` as printed."""
    return sentence[toks[i].start:toks[j - 1].end]


# --------------------------------------------------------------------------
# UCDP GED


def events_as_ucdp(events: pd.DataFrame) -> pd.DataFrame:
    """The killed events (not running totals) as UCDP GED rows
    (:data:`UCDP_COLUMNS`; the mapping is in the module docstring)."""
    events = _check_events(events)
    rows = []
    for ev in _single(events).itertuples(index=False):
        if ev.kind != "killed":
            continue
        best = _int(ev.best)
        deaths = {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": 0}
        if ev.victim == "civilians":
            deaths["deaths_civilians"] = best
        elif ev.victim in ("combatants", "unknown"):
            deaths["deaths_unknown"] = best
        else:
            deaths["deaths_b"] = best
        rows.append({
            "id": ev.event, "date_start": _day(ev.date_start), "date_end": _day(ev.date_end),
            "date_prec": _DATE_PREC.get(ev.date_precision), "side_a": _attackers(ev.attacker),
            "side_b": _side_b(ev.victim), **deaths, "best": best, "low": _int(ev.low), "high": _int(ev.high),
            "where_description": ev.place, "source_article": _distinct(ev.article_ids),
            "source_office": _distinct(ev.outlets), "number_of_sources": ev.n_sources,
        })
    frame = pd.DataFrame(rows, columns=UCDP_COLUMNS)
    for col in ("date_prec", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low", "high"):
        frame[col] = frame[col].astype("Int64")
    for col in ("id", "number_of_sources"):
        frame[col] = frame[col].astype("int64")
    return _objects(frame, ("date_start", "date_end", "side_a", "side_b", "where_description", "source_article",
                            "source_office"))


def _objects(frame: pd.DataFrame, columns) -> pd.DataFrame:
    for col in columns:
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


# --------------------------------------------------------------------------
# ACLED


def _toll(low, high) -> str:
    low, high = _int(low), _int(high)
    if high is None:
        return f"{low}+"
    return str(low) if low == high else f"{low}-{high}"


def _same_attack(injured, killed) -> bool:
    """An injured event is the same attack as a killed event: the same articles, first day and place."""
    return (set(injured.article_ids) == set(killed.article_ids) and _day(injured.date_start) == _day(killed.date_start)
            and (injured.place == killed.place or injured.place is None or killed.place is None))


def _notes(ev, injured) -> str:
    parts = [ev.evidence or ""]
    told: list[list] = []  # each outlet's figure, a repeat counted (copies, a toll told twice)
    for pair in zip(ev.outlets, ev.values):
        if told and told[-1][0] == pair:
            told[-1][1] += 1
        else:
            told.append([pair, 1])
    parts.append("reports: " + "; ".join(f"{o} {v}" + (f" ×{n}" if n > 1 else "") for (o, v), n in told))
    if injured is not None:
        parts.append(f"injured: {_toll(injured.low, injured.high)}")
    if ev.kind != "killed":
        parts.append({"injured": "injured", "killed_or_injured": "killed or injured"}[ev.kind]
                     + f": {_toll(ev.low, ev.high)}")
    if _day(ev.date_end) != _day(ev.date_start):
        parts.append(f"reported up to {_day(ev.date_end)}")
    return " | ".join(p for p in parts if p)


def events_as_acled(events: pd.DataFrame) -> pd.DataFrame:
    """The single events (not running totals) as ACLED rows
    (:data:`ACLED_COLUMNS`; the mapping is in the module docstring): a killed
    event with the injured of the same attack in its notes, other injured
    events with 0 fatalities."""
    events = _check_events(events)
    single = list(_single(events).itertuples(index=False))
    killed = [ev for ev in single if ev.kind == "killed"]
    partner: dict[int, object] = {}
    paired: set[int] = set()
    for ev in single:
        if ev.kind != "injured":
            continue
        match = next((k for k in killed if k.event not in partner and _same_attack(ev, k)), None)
        if match is not None:
            partner[match.event] = ev
            paired.add(ev.event)
    rows = []
    for ev in single:
        if ev.event in paired:
            continue
        event_type, sub_type, _ = classify_event(ev.evidence)
        rows.append({
            "event": ev.event, "event_date": _day(ev.date_start), "time_precision": _TIME_PRECISION.get(ev.date_precision),
            "event_type": event_type, "sub_event_type": sub_type, "actor1": _attackers(ev.attacker),
            "actor2": _side_b(ev.victim), "location": ev.place,
            "fatalities": (_int(ev.low) if _int(ev.low) is not None else _int(ev.best)) if ev.kind == "killed" else 0,
            "notes": _notes(ev, partner.get(ev.event)), "source": _distinct(ev.outlets),
        })
    frame = pd.DataFrame(rows, columns=ACLED_COLUMNS)
    frame["event"] = frame["event"].astype("int64")
    frame["time_precision"] = frame["time_precision"].astype("Int64")
    frame["fatalities"] = frame["fatalities"].astype("int64")
    return _objects(frame, ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "notes",
                            "source"))


from .casualties import casualty_events  # noqa: E402,F401  (docstring examples)
from .corpus import dated_seed_corpus, load_corpus  # noqa: E402,F401  (docstring examples)
