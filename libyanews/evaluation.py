"""How well does the casualty reader do on text a person annotated?

A gold file is JSON Lines, one passage per line::

    {"id": "L03-1", "text": "أسفرت المواجهات عن مقتل 4 وإصابة 9 من المقاتلين.",
     "figures": [{"anchor": "4", "kind": "killed", "low": 4, "best": 4, "high": 4,
                  "victim": "combatants", "reported_by": null, "reporter_kind": null}, ...]}

``anchor`` is the number as written (``4``, ``سبعة``, ``بالعشرات``, ``مدنيان``);
an anchor written several times in a passage is matched to its occurrences
in the order the figures are listed.  Items with ``"figures": []`` are
passages that must yield nothing (negation, counts of raids, dates ...).
The development and held-out sets of the project are in
``tests/data/casualty_dev/`` (own sentences built like real reports; their
construction catalogue is documented there).

:func:`score_casualties` runs :func:`~libyanews.casualties.find_casualties`
on every passage and compares, figure by figure:

* a gold figure is **found** when a figure of the reader overlaps its anchor;
  it is **right** when, in addition, kind, low, best and high agree;
* **recall** = right / gold figures, **precision** = right / figures the
  reader gave; **victim accuracy** = right victim / right figures;
  **reporter accuracy** = right ``reported_by`` (compared after
  normalization, without a leading ل; a phrase counts as the id it names by
  the reader's own rule, the first source in it, else the first actor, so a
  gold ``المرصد السوري لحقوق الإنسان`` annotated before ``sohr`` was listed
  in ``sources.csv`` matches ``sohr``) / right figures; **reporter kind
  accuracy** = right ``reporter_kind`` / right figures.

    >>> gold = [{"id": "x", "text": "قتل 5 مدنيين وأصيب 7 آخرون.", "figures": [
    ...     {"anchor": "5", "kind": "killed", "low": 5, "best": 5, "high": 5, "victim": "civilians"},
    ...     {"anchor": "7", "kind": "injured", "low": 7, "best": 7, "high": 7, "victim": "civilians"}]}]
    >>> summary, _ = score_casualties(gold)
    >>> summary["recall"], summary["precision"], summary["victim_accuracy"]
    (1.0, 1.0, 1.0)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from .actors import find_actors
from . import config
from .casualties import find_casualties
from .numbers import norm_word
from .sources import find_sources

__all__ = ["SCORE_COLUMNS", "SETS", "anchor_spans", "load_gold", "score_casualties", "score_sets"]

#: The annotated sets of the project (``config.CASUALTY_DEV_DIR``) and what each holds.
SETS = {
    "libya": "constructions of Libyan reporting (development)",
    "wire": "constructions of Syrian, Yemeni, Iraqi, Sudanese wire copy (development)",
    "articles": "multi-sentence articles (development)",
    "articles2": "multi-sentence articles, second set (development)",
    "heldout": "multi-sentence articles annotated apart (held out)",
    "heldout2": "multi-sentence articles annotated apart, second set (held out)",
    "heldout3": "multi-sentence articles annotated apart, third set (held out)",
    "articles3": "multi-sentence articles, third set (development)",
    "articles4": "multi-sentence articles, fourth set (development)",
    "heldout4": "multi-sentence articles annotated apart, fourth set (held out)",
    "heldout5": "multi-sentence articles annotated apart, fifth set (held out)",
    "heldout6": "multi-sentence articles annotated apart, sixth set (held out)",
    "articles5": "multi-sentence articles, fifth set (development)",
    "heldout7": "multi-sentence articles annotated apart, seventh set (held out)",
    "articles6": "multi-sentence articles, sixth set (development)",
    "heldout8": "multi-sentence articles annotated apart, eighth set (held out)",
    "articles7": "multi-sentence articles, seventh set, chosen for victims (development)",
    "articles8": "multi-sentence articles, eighth set, chosen for victims (development)",
    "articles9": "multi-sentence articles, ninth set, chosen for variety of wording (development)",
    "heldout9": "multi-sentence articles annotated apart, ninth set (held out)",
    "articles10": "multi-sentence articles, tenth set, chosen for victims (development)",
    "heldout10": "multi-sentence articles annotated apart, tenth set (held out)",
}

#: Columns of the per-figure table of :func:`score_casualties`.
SCORE_COLUMNS = ["item", "status", "anchor", "gold_kind", "kind", "gold_best", "best", "gold_victim", "victim",
                 "gold_reported_by", "reported_by", "gold_reporter_kind", "reporter_kind", "figure", "text"]


def load_gold(*paths) -> list[dict]:
    """The passages of one or more gold JSON Lines files, with the file and
    line of each kept in ``_where`` (errors name them)."""
    items = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}: line {n}: not JSON ({err.msg})") from None
            if not isinstance(item.get("text"), str) or not isinstance(item.get("figures"), list):
                raise ValueError(f"{path}: line {n}: needs a 'text' string and a 'figures' list")
            item["_where"] = f"{Path(path).name}:{n}"
            items.append(item)
    return items


def anchor_spans(item: dict) -> list[tuple[int, int]]:
    """Offsets of each gold figure's anchor in the passage (the k-th figure
    with an anchor takes its k-th occurrence, as a whole token when it can)."""
    seen: dict[str, int] = {}
    spans = []
    text = item["text"]
    for fig in item["figures"]:
        anchor = fig["anchor"]
        occurrences = _occurrences(text, anchor)
        k = seen.get(anchor, 0)
        if k >= len(occurrences):
            raise ValueError(f"{item.get('_where', item.get('id'))}: anchor {anchor!r} occurs {len(occurrences)} "
                             f"time(s), figure {k + 1} asks for it")
        seen[anchor] = k + 1
        spans.append(occurrences[k])
    return spans


#: Weekdays spelled like a number with ال (يوم الاثنين is Monday, not "two").
_WEEKDAYS = frozenset({"الاثنين", "الإثنين", "الأحد", "الاحد"})


def _occurrences(text: str, anchor: str) -> list[tuple[int, int]]:
    """Where ``anchor`` is written as a number or word of its own: not inside
    a longer number or word, after at most the clitics و ف ب ل ك ال (و40, بالعشرات),
    and not a weekday (الاثنين is not the anchor اثنين);
    digits count wherever they stand outside a longer number (وإصابة38)."""
    spans = []
    for m in re.finditer(re.escape(anchor), text):
        s, e = m.span()
        if (s and text[s - 1].isdigit()) or (e < len(text) and text[e].isdigit()):
            continue
        if anchor.isdigit():
            spans.append((s, e))  # digits are a number of their own even glued to a word (وإصابة38)
            continue
        if e < len(text) and text[e].isalpha():
            continue  # طفلا inside طفلان: another word
        t = s
        while t and text[t - 1].isalpha():
            t -= 1
        if s - t <= 4 and all(ch in "وفبلكالـ" for ch in text[t:s]) and text[t:e].lstrip("وفبل") not in _WEEKDAYS:
            spans.append((s, e))
    return spans or [m.span() for m in re.finditer(re.escape(anchor), text)]


def _same_reporter(gold, found) -> bool:
    """Same reporter: the same words, or a phrase and the id it names.

    >>> _same_reporter("المرصد السوري لحقوق الإنسان", "sohr"), _same_reporter("مصدر طبي", "military")
    (True, False)
    """
    if gold is None or found is None or pd.isna(gold) or pd.isna(found):
        return (gold is None or pd.isna(gold)) and (found is None or pd.isna(found))
    a, b = norm_word(str(gold)).strip(), norm_word(str(found)).strip()
    if a == b or a.removeprefix("ل") == b.removeprefix("ل") or "ال" + a == b or a == "ال" + b:
        return True
    return _named_id(str(gold)) == str(found) or _named_id(str(found)) == str(gold)


def _named_id(phrase: str) -> str | None:
    """The id a reporter phrase names: its first source, else its first actor."""
    sources = find_sources(phrase)
    if len(sources):
        return sources["source"].iloc[0]
    actors = find_actors(phrase)
    return actors["actor"].iloc[0] if len(actors) else None


def _value(v):
    return None if v is None or pd.isna(v) else int(v)


def score_casualties(items: list[dict], finder=find_casualties) -> tuple[dict, pd.DataFrame]:
    """(summary, table): the figures of the reader against the gold ones.

    ``summary`` has ``items``, ``gold``, ``predicted``, ``found``, ``right``,
    ``recall``, ``precision``, ``detection_recall``, ``victim_accuracy``,
    ``reporter_accuracy``, ``reporter_kind_accuracy``; the table has a row
    per gold figure (status ``right``, ``wrong`` (found with another kind or
    value) or ``missed``) and per extra figure (status ``extra``).
    """
    rows = []
    predicted = 0
    for item in items:
        found = finder(item["text"])
        predicted += len(found)
        taken: set[int] = set()
        preds = found.to_dict("records")
        for fig, (a, b) in zip(item["figures"], anchor_spans(item)):
            match = next((n for n, p in enumerate(preds) if n not in taken and p["start"] < b and p["end"] > a
                          and p["kind"] == fig["kind"] and _value(p["best"]) == fig["best"]), None)
            if match is None:
                match = next((n for n, p in enumerate(preds) if n not in taken and p["start"] < b and p["end"] > a),
                             None)
            p = preds[match] if match is not None else {}
            if match is not None:
                taken.add(match)
            right = match is not None and p["kind"] == fig["kind"] and all(
                _value(p[c]) == fig.get(c) for c in ("low", "best", "high"))
            rows.append(_row(item, "right" if right else "wrong" if match is not None else "missed", fig, p))
        for n, p in enumerate(preds):
            if n not in taken:
                rows.append(_row(item, "extra", {}, p))
    table = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return _summary(items, table, predicted), table


def _row(item, status, fig, p) -> dict:
    return {
        "item": item.get("id"), "status": status, "anchor": fig.get("anchor"),
        "gold_kind": fig.get("kind"), "kind": p.get("kind"), "gold_best": fig.get("best"), "best": _value(p.get("best")),
        "gold_victim": fig.get("victim"), "victim": p.get("victim"),
        "gold_reported_by": fig.get("reported_by"), "reported_by": p.get("reported_by"),
        "gold_reporter_kind": fig.get("reporter_kind"), "reporter_kind": p.get("reporter_kind"),
        "figure": p.get("figure"), "text": item["text"],
    }


def _summary(items, table: pd.DataFrame, predicted: int) -> dict:
    gold = table[table["status"] != "extra"]
    right = table[table["status"] == "right"]
    n_right = len(right)

    def share(mask) -> float:
        return round(float(mask.sum()) / n_right, 3) if n_right else 0.0

    return {
        "items": len(items), "gold": len(gold), "predicted": predicted,
        "found": int((gold["status"] != "missed").sum()), "right": n_right,
        "recall": round(n_right / len(gold), 3) if len(gold) else 1.0,
        "precision": round(n_right / predicted, 3) if predicted else 1.0,
        "detection_recall": round(float((gold["status"] != "missed").sum()) / len(gold), 3) if len(gold) else 1.0,
        "victim_accuracy": share(right["victim"] == right["gold_victim"]),
        "reporter_accuracy": share(pd.Series([_same_reporter(g, f) for g, f in
                                              zip(right["gold_reported_by"], right["reported_by"])], dtype=bool)),
        "reporter_kind_accuracy": share(right["reporter_kind"].fillna("∅") == right["gold_reporter_kind"].fillna("∅")),
    }


def score_sets(names=None, folder=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(summary, figures): :func:`score_casualties` on each annotated set of
    ``folder`` (default ``config.CASUALTY_DEV_DIR``), one summary row per
    set, and every scored figure with its set.

    >>> summary, _ = score_sets(["libya"])
    >>> bool(summary.loc["libya", "recall"] > 0.9)
    True
    """
    folder = config.CASUALTY_DEV_DIR if folder is None else folder
    rows, tables = [], []
    for name in names or SETS:
        summary, table = score_casualties(load_gold(folder / f"{name}.jsonl"))
        rows.append({"set": name, "what": SETS.get(name, ""), **summary})
        tables.append(table.assign(set=name))
    columns = ["what", "items", "gold", "recall", "precision", "victim_accuracy", "reporter_accuracy",
               "reporter_kind_accuracy"]
    return pd.DataFrame(rows).set_index("set")[columns], pd.concat(tables, ignore_index=True)
