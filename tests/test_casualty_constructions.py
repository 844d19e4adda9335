"""The casualty reader on the ways real reporters write a toll.

``tests/data/casualty_dev/`` holds our own sentences, each built like a
construction catalogued from real Arabic reports (Libya, and wire copy from
Syria, Yemen, Iraq and Sudan), three or more variants per construction, with
the figures a careful coder expects (see its README).  No article text is in
the repository: the catalogue keeps only the addresses of what was read.

* every variant of every construction gives the expected figures (kind,
  low, best, high) and victims, and nothing else, except the items listed
  in ``known_failures.txt`` with the reason (strict: an item that starts
  passing must leave the list);
* on each development set (the two sets of constructions and a set of
  multi-sentence articles), recall, precision, victim and reporter accuracy
  stay at or above the floors below; the held-out set (articles annotated
  apart, never used to write rules) is measured the same way.
"""

import json
from pathlib import Path

import pandas as pd
import pytest

from libyanews.casualties import find_casualties
from libyanews.evaluation import anchor_spans, load_gold, score_casualties

DATA = Path(__file__).parent / "data" / "casualty_dev"
DEV_SETS = ("libya", "wire")
KNOWN = {}
for line in (DATA / "known_failures.txt").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        item, _, reason = line.partition(" ")
        KNOWN[item] = reason.strip()

#: Floors on the development sets (what the rules reach today, rounded down).
FLOORS = {
    "libya": {"recall": 0.97, "precision": 0.98, "victim_accuracy": 0.93,
              "reporter_accuracy": 0.98, "reporter_kind_accuracy": 0.97},
    "wire": {"recall": 0.97, "precision": 0.98, "victim_accuracy": 0.98,
             "reporter_accuracy": 0.98, "reporter_kind_accuracy": 0.97},
    "articles": {"recall": 0.95, "precision": 0.95, "victim_accuracy": 0.85,
                 "reporter_accuracy": 0.85, "reporter_kind_accuracy": 0.88},
    "articles2": {"recall": 0.97, "precision": 0.96, "victim_accuracy": 0.95,
                  "reporter_accuracy": 0.87, "reporter_kind_accuracy": 0.91},
    # victim 0.929 -> 0.911: a restated toll now keeps the victims its first words gave (rule article);
    # this annotator codes مواطنون unknown where the others, and the reader, read civilians
    "articles3": {"recall": 0.99, "precision": 0.98, "victim_accuracy": 0.91,
                  "reporter_accuracy": 0.85, "reporter_kind_accuracy": 0.82},
    "articles4": {"recall": 0.95, "precision": 0.97, "victim_accuracy": 0.88,
                  "reporter_accuracy": 0.81, "reporter_kind_accuracy": 0.84},
    # reporter kind 0.798 -> 0.786: recall rose (0.940 -> 0.966) with figures whose source is told later
    "articles5": {"recall": 0.96, "precision": 0.98, "victim_accuracy": 0.93,
                  "reporter_accuracy": 0.85, "reporter_kind_accuracy": 0.78},
    "articles6": {"recall": 0.96, "precision": 0.90, "victim_accuracy": 0.89,
                  "reporter_accuracy": 0.84, "reporter_kind_accuracy": 0.89},
    "articles7": {"recall": 0.94, "precision": 0.97, "victim_accuracy": 0.85,
                  "reporter_accuracy": 0.72, "reporter_kind_accuracy": 0.82},
    "articles8": {"recall": 0.92, "precision": 0.98, "victim_accuracy": 0.89,
                  "reporter_accuracy": 0.80, "reporter_kind_accuracy": 0.68},
    # its annotator gives a title or lead without a source the source named later: reporters stay low
    "articles9": {"recall": 0.96, "precision": 0.93, "victim_accuracy": 0.88,
                  "reporter_accuracy": 0.62, "reporter_kind_accuracy": 0.63},
    "articles10": {"recall": 0.92, "precision": 0.97, "victim_accuracy": 0.90,
                   "reporter_accuracy": 0.87, "reporter_kind_accuracy": 0.78},
}
#: Floors on the held-out sets (measured, never tuned on).
HELD_OUT_FLOORS = {
    "heldout": {"recall": 0.94, "precision": 0.91, "victim_accuracy": 0.78, "reporter_accuracy": 0.7},
    "heldout2": {"recall": 0.95, "precision": 0.95, "victim_accuracy": 0.84, "reporter_accuracy": 0.76},
    "heldout3": {"recall": 0.93, "precision": 0.96, "victim_accuracy": 0.87, "reporter_accuracy": 0.8},
    # measured once, after the rules of articles3, and never used to write rules
    # heldout4's recall 0.93 -> 0.91 when lists of victims became one summed figure (L45, lists.py):
    # its annotator codes some lists noun by noun; the catalogue and three other annotators sum them
    "heldout4": {"recall": 0.91, "precision": 0.96, "victim_accuracy": 0.82, "reporter_accuracy": 0.71},
    "heldout5": {"recall": 0.93, "precision": 0.89, "victim_accuracy": 0.84, "reporter_accuracy": 0.78},
    # measured once, after the rules of articles4, and never used to write rules
    "heldout6": {"recall": 0.94, "precision": 0.97, "victim_accuracy": 0.85, "reporter_accuracy": 0.79},
    # measured once, after the rules of articles5 (victim 0.865), and never used to write rules
    "heldout7": {"recall": 0.93, "precision": 0.92, "victim_accuracy": 0.89, "reporter_accuracy": 0.88},
    # measured once, after the rules of articles6 (victim 0.768), and never used to write rules
    "heldout8": {"recall": 0.93, "precision": 0.98, "victim_accuracy": 0.84, "reporter_accuracy": 0.69},
    # measured once, after the rules of articles8 and articles9 (0.969 / 0.979 / 0.821), never used to write rules
    "heldout9": {"recall": 0.96, "precision": 0.97, "victim_accuracy": 0.85, "reporter_accuracy": 0.88},
    # measured once, after the rules of articles10 (0.940 / 0.949 / 0.915), never used to write rules
    "heldout10": {"recall": 0.94, "precision": 0.94, "victim_accuracy": 0.91, "reporter_accuracy": 0.81},
}


def _items():
    out = []
    for name in DEV_SETS:
        for item in load_gold(DATA / f"{name}.jsonl"):
            marks = [pytest.mark.xfail(reason=KNOWN[item["id"]], strict=True)] if item["id"] in KNOWN else []
            out.append(pytest.param(item, id=item["id"], marks=marks))
    return out


def _value(v):
    return None if pd.isna(v) else int(v)


@pytest.mark.parametrize("item", _items())
def test_every_variant_of_every_construction(item):
    found = find_casualties(item["text"])
    got = [(r.kind, _value(r.low), _value(r.best), _value(r.high), r.victim, r.start, r.end)
           for r in found.itertuples()]
    spans = anchor_spans(item)
    expected = []
    for fig, (a, b) in zip(item["figures"], spans):
        match = next((g for g in got if g[5] < b and g[6] > a), None)
        expected.append((fig["kind"], fig["low"], fig["best"], fig["high"], fig["victim"]))
        assert match is not None, f"missed {fig['anchor']!r} ({fig['kind']} {fig['best']})"
        assert match[:5] == expected[-1], f"{fig['anchor']!r}: got {match[:5]}, expected {expected[-1]}"
    assert len(got) == len(item["figures"]), f"extra figures: {[g[:5] for g in got]}"


def test_known_failures_are_items_of_the_sets():
    ids = {item["id"] for name in DEV_SETS for item in load_gold(DATA / f"{name}.jsonl")}
    assert set(KNOWN) <= ids
    assert all(KNOWN.values()), "each known failure says why"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_sets_stay_above_their_floors(name):
    summary, _ = score_casualties(load_gold(DATA / f"{name}.jsonl"))
    for measure, floor in FLOORS[name].items():
        assert summary[measure] >= floor, f"{name}: {measure} {summary[measure]} < {floor}"


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_the_held_out_sets_stay_above_their_floors(name):
    summary, _ = score_casualties(load_gold(DATA / f"{name}.jsonl"))
    for measure, floor in HELD_OUT_FLOORS[name].items():
        assert summary[measure] >= floor, f"{name}: {measure} {summary[measure]} < {floor}"


@pytest.mark.parametrize("name", (*DEV_SETS, *sorted(set(FLOORS) - set(DEV_SETS)), *sorted(HELD_OUT_FLOORS)))
def test_the_sets_are_well_formed(name):
    items = load_gold(DATA / f"{name}.jsonl")
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        anchor_spans(item)  # raises naming the item when an anchor is missing
        for fig in item["figures"]:
            assert fig["kind"] in ("killed", "injured", "killed_or_injured"), item["id"]
            values = [v for v in (fig["low"], fig["best"], fig["high"]) if v is not None]
            assert values == sorted(values), item["id"]


def test_constructions_have_three_variants_or_more():
    for name in DEV_SETS:
        rows = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
        sizes = pd.Series([r["construction"] for r in rows]).value_counts()
        assert sizes.min() >= 3, sizes[sizes < 3].to_dict()
