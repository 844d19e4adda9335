"""Events in UCDP GED's and ACLED's shapes, each report side by side, ACLED's event types from the
evidence's words: on our own dated sentences (tests/test_events.py) and on the seeds with stated days."""

import pandas as pd
import pytest

import libyanews as ln
from libyanews.eventdata import ACLED_COLUMNS, REPORT_TABLE_COLUMNS, UCDP_COLUMNS
from tests.test_events import ACADEMY, corpus_of


@pytest.fixture(scope="module")
def academy():
    return ln.casualty_events(corpus_of(*ACADEMY))


@pytest.fixture(scope="module")
def seeds():
    return ln.casualty_events(ln.dated_seed_corpus())


def test_ucdp_rows_are_the_killed_single_events(academy, seeds):
    for events in (academy, seeds):
        ucdp = ln.events_as_ucdp(events)
        assert list(ucdp.columns) == UCDP_COLUMNS
        killed = events[(events["kind"] == "killed") & ~events["cumulative"]]
        assert ucdp["id"].tolist() == killed["event"].tolist()   # no injured row, no running total


def test_ucdp_maps_the_academy_strike(academy):
    row = ln.events_as_ucdp(academy).iloc[0]
    assert (row["date_start"], row["date_end"], row["date_prec"]) == ("2020-01-04", "2020-01-04", 1)
    assert (row["best"], row["low"], row["high"]) == (28, 28, 30)
    assert row["deaths_civilians"] == 28 and row["deaths_a"] == row["deaths_b"] == row["deaths_unknown"] == 0
    assert row["best"] == row["deaths_a"] + row["deaths_b"] + row["deaths_civilians"] + row["deaths_unknown"]
    assert (row["where_description"], row["source_article"], row["source_office"], row["number_of_sources"]) == (
        "طرابلس", "a#1; b#1", "moh; medical", 2)
    # the students are civilians (one report says طالبا, the other names no one); no report names the attacker
    assert row["side_a"] is None and row["side_b"] == "Civilians"


def test_ucdp_sides_and_deaths_follow_attacker_and_victim(seeds):
    ucdp = ln.events_as_ucdp(seeds).set_index("id")
    bombing = ucdp.loc[7]
    assert (bombing["side_a"], bombing["side_b"], bombing["deaths_b"], bombing["high"]) == ("BRSC", "LNA (Haftar)", 15, 23)
    drone = ucdp.loc[6]
    assert (drone["side_a"], drone["side_b"], drone["date_start"]) == ("UAE", "GNA", "2020-06-05")
    open_ended = ucdp.loc[1]                                   # "ستة على الأقل": no upper bound
    assert open_ended["low"] == 6 and pd.isna(open_ended["high"])


def test_acled_fatalities_are_the_lowest_credible_killed(academy, seeds):
    acled = ln.events_as_acled(academy)
    assert list(acled.columns) == ACLED_COLUMNS
    strike = acled[acled["notes"].str.contains("الكلية العسكرية")].iloc[0]
    assert strike["fatalities"] == 28 and strike["event_date"] == "2020-01-04"
    assert (strike["event_type"], strike["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert "injured: 18+" in strike["notes"] and "moh 30" in strike["notes"] and "medical 28" in strike["notes"]
    assert strike["source"] == "moh; medical"
    assert len(acled) == 2       # the strike (its injured in its notes) and the decoy
    bombing = ln.events_as_acled(seeds).set_index("event").loc[7]
    assert bombing["fatalities"] == 15 and bombing["actor1"] == "BRSC" and bombing["actor2"] == "LNA (Haftar)"


def test_acled_rows_for_events_without_deaths_have_zero_fatalities(seeds):
    acled = ln.events_as_acled(seeds).set_index("event")
    clash = acled.loc[3]                              # "قتل وأصيب العشرات": killed or injured, not split
    assert clash["fatalities"] == 0 and "killed or injured: 10-99" in clash["notes"]
    assert 401 not in acled["fatalities"].tolist()     # running totals are not events
    assert 2 not in acled.index                       # the injured of 000#1 are in the notes of its killed event


@pytest.mark.parametrize("sentence, sub_type", [
    ("قتل 5 مدنيين في قصف شنه طيران حفتر على حي سكني", "Air/drone strike"),
    ("قتل 3 في غارة لطائرة مسيرة تركية", "Air/drone strike"),
    ("قتل 4 في قصف مدفعي على الأحياء الجنوبية", "Shelling/artillery/missile attack"),
    ("قتل 2 بقذائف الهاون", "Shelling/artillery/missile attack"),
    ("قتل 15 عنصرا في هجوم انتحاري بسيارة مفخخة", "Suicide bomb"),
    ("قتل 23 شخصا في هجوم بسيارة مفخخة", "Remote explosive/landmine/IED"),
    ("قتل 6 من المقاتلين في اشتباكات عنيفة", "Armed clash"),
    ("قتل 5 في معارك وقصف جوي", "Air/drone strike"),          # the weapon named decides
    ("قتل 6 أشخاص في سرت", None),
])
def test_event_types_come_from_the_evidence_words(sentence, sub_type):
    event_type, found, words = ln.classify_event(sentence)
    assert found == sub_type
    assert (words is None) == (sub_type is None) and (words is None or words in sentence)


def test_event_reports_put_each_outlet_side_by_side(academy):
    reports = ln.event_reports(academy)
    assert list(reports.columns) == REPORT_TABLE_COLUMNS
    assert len(reports) == academy["n_reports"].sum()
    side = reports.pivot_table(index=["event", "kind"], columns="outlet", values="value", aggfunc="first")
    assert side.loc[(1, "killed"), "moh"] == 30 and side.loc[(1, "killed"), "medical"] == 28


@pytest.mark.parametrize("function", [ln.events_as_ucdp, ln.events_as_acled, ln.event_reports])
def test_other_tables_are_refused(function, corpus):
    with pytest.raises(ValueError, match="casualty_events"):
        function(corpus)
    with pytest.raises(TypeError):
        function([1, 2])


def test_undated_events_map_with_empty_dates(corpus):
    ucdp = ln.events_as_ucdp(ln.casualty_events(corpus))
    assert ucdp["date_start"].isna().all() and ucdp["date_prec"].isna().all() and len(ucdp) == 7
