"""Events across outlets (issue 13): reports folded within and across articles by day, place,
victims and toll; the reasons kept per report; the UCDP- and ACLED-shaped tables.

Every article here is our own sentence, written like the reports it stands for, with a stated
publication day; none is taken from an outlet.
"""

from datetime import date

import pandas as pd
import pytest

import libyanews as ln
from libyanews.casualties import EVENT_COLUMNS
from libyanews.casualties.events import REPORT_COLUMNS


def corpus_of(*articles):
    """A corpus from (article_id, publication day, source, text[, duplicate_of]) tuples."""
    rows = [dict(zip(("article_id", "date", "source", "text", "duplicate_of"), a + (None,) * (5 - len(a))))
            for a in articles]
    return pd.DataFrame(rows)


def killed(events):
    return events[events["kind"] == "killed"].reset_index(drop=True)


# The Tripoli military academy strike, as two outlets told it a day apart (issue 13), and a decoy:
# the same evening, the same city, another toll.
ACADEMY = [
    ("a#1", "2020-01-05", "وكالة أ",
     "قتل 30 شخصا وأصيب أكثر من 33 آخرين في قصف جوي استهدف الكلية العسكرية في طرابلس مساء السبت، "
     "بحسب وزارة الصحة."),
    ("b#1", "2020-01-06", "وكالة ب",
     "قالت مصادر طبية إن 28 طالبا قتلوا وأصيب 18 في الغارة التي استهدفت الكلية العسكرية بطرابلس مساء السبت."),
    ("c#1", "2020-01-05", "وكالة ج", "وفي طرابلس أيضا، قتل 3 مدنيين مساء السبت في قصف عشوائي على حي سكني."),
]


@pytest.fixture(scope="module")
def academy():
    return ln.casualty_events(corpus_of(*ACADEMY))


def test_the_academy_strike_is_one_killed_and_one_injured_event(academy):
    assert list(academy.columns) == EVENT_COLUMNS
    strike = academy[academy["article_ids"].map(lambda ids: set(ids) == {"a#1", "b#1"})]
    assert sorted(strike["kind"]) == ["injured", "killed"]
    dead = strike[strike["kind"] == "killed"].iloc[0]
    assert (int(dead["low"]), int(dead["best"]), int(dead["high"])) == (28, 28, 30)
    assert dead["values"] == (30, 28) and dead["reported_by"] == ("moh", "medical")
    assert (dead["n_reports"], dead["n_articles"], dead["n_sources"]) == (2, 2, 2)
    assert dead["date_start"] == dead["date_end"] == pd.Timestamp("2020-01-04")  # both say مساء السبت
    assert dead["date_precision"] == "day" and dead["place"] == "طرابلس"
    wounded = strike[strike["kind"] == "injured"].iloc[0]
    assert int(wounded["low"]) == 18 and pd.isna(wounded["high"])   # 18 to more than 33
    assert wounded["values"] == (34, 18)


def test_the_decoy_on_the_same_evening_in_the_same_city_stays_apart(academy):
    decoy = academy[academy["article_ids"] == ("c#1",)]
    assert len(decoy) == 1 and int(decoy.iloc[0]["best"]) == 3
    assert len(academy) == 3


def test_links_say_why_each_report_joined(academy):
    dead = killed(academy)
    dead = dead[dead["n_reports"] == 2].iloc[0]
    assert dead["links"] == (
        "first report",
        "other article b#1 (medical): same day 2020-01-04; same place طرابلس; tolls within ×2 (30 and 28)")
    wounded = academy[(academy["kind"] == "injured")].iloc[0]
    assert wounded["links"][1].endswith("tolls within ×2 (34+ and 18)")
    for cell in REPORT_COLUMNS:  # one item per report
        assert all(len(row[cell]) == row["n_reports"] for _, row in academy.iterrows())


def test_the_same_event_from_two_outlets_is_one_event():
    events = ln.casualty_events(corpus_of(
        ("x#1", "2021-03-10", "وكالة س", "قتل 12 شخصا في هجوم بسيارة مفخخة في بنغازي أمس، وفق مصادر طبية."),
        ("y#1", "2021-03-10", "وكالة ص", "قالت وزارة الصحة إن 10 أشخاص قتلوا في تفجير سيارة مفخخة ببنغازي الثلاثاء."),
    ))
    assert len(events) == 1
    event = events.iloc[0]
    assert event["values"] == (12, 10) and event["outlets"] == ("medical", "moh") and event["n_sources"] == 2
    assert event["date_start"] == pd.Timestamp("2021-03-09")


def test_the_same_day_and_city_with_tolls_far_apart_are_two_events():
    events = ln.casualty_events(corpus_of(
        ("x#1", "2020-01-05", "وكالة س", "قتل 3 مدنيين في قصف مدفعي في طرابلس مساء السبت."),
        ("y#1", "2020-01-05", "وكالة ص", "قتل 30 شخصا في غارة جوية في طرابلس مساء السبت."),
    ))
    assert sorted(events["best"].astype(int)) == [3, 30]


@pytest.mark.parametrize("window, n_events", [(1, 2), (2, 2), (3, 1)])
def test_reports_three_days_apart_are_two_events_unless_the_window_is_wider(window, n_events):
    events = ln.casualty_events(corpus_of(
        ("x#1", "2020-01-05", "وكالة س", "قتل 12 شخصا في اشتباكات في غريان اليوم الأحد."),
        ("y#1", "2020-01-08", "وكالة ص", "قتل 12 شخصا في اشتباكات في غريان اليوم الأربعاء."),
    ), window=window)
    assert len(events) == n_events


def test_a_cumulative_total_stays_apart_from_single_events():
    events = ln.casualty_events(corpus_of(
        ("x#1", "2020-01-05", "وكالة س", "وقتل منذ بداية الهجوم على طرابلس أكثر من 1000 شخص، بحسب منظمة الصحة العالمية."),
        ("y#1", "2020-01-05", "وكالة ص", "قتل 1200 شخص في طرابلس."),
        ("z#1", "2020-01-05", "وكالة ع", "وقتل منذ بداية الهجوم على طرابلس أكثر من 1000 شخص."),
    ))
    cumulative = events[events["cumulative"]]
    assert len(cumulative) == 1 and cumulative.iloc[0]["article_ids"] == ("x#1", "z#1")  # the same total restated
    assert events[~events["cumulative"]].iloc[0]["article_ids"] == ("y#1",)


@pytest.mark.parametrize("first, second, n_events", [
    ("بحي الليثي في بنغازي", "في بنغازي", 1),            # a district and its city
    ("في محور القوارشة", "في بنغازي", 1),
    ("في بنغازي", "", 1),                                # one place unknown
    ("في طرابلس", "في مصراتة", 2),                       # two towns never
    ("في حي الليثي", "في حي الصابري", 2),                # two districts of one city
])
def test_places_fold_when_one_lies_in_the_other_or_is_unknown(first, second, n_events):
    events = ln.casualty_events(corpus_of(
        ("x#1", "2020-01-05", "وكالة س", f"قتل 10 أشخاص في تفجير {first} أمس."),
        ("y#1", "2020-01-05", "وكالة ص", f"قتل 11 شخصا في تفجير {second} أمس."),
    ))
    assert len(events) == n_events


@pytest.mark.parametrize("first, second", [
    ("قتل 8 جنود في قصف لقوات حفتر في طرابلس أمس.", "قتل 8 جنود في هجوم لتنظيم داعش في طرابلس أمس."),  # attackers
    ("قتل 8 مدنيين في طرابلس أمس.", "قتل 8 من عناصر قوات حفتر في طرابلس أمس."),                           # victims
    ("قتل 8 جنود في قصف لقوات حفتر في طرابلس أمس.", "قتل 8 من عناصر قوات حفتر في طرابلس أمس."),  # attacker = victim
])
def test_different_victims_or_attackers_are_different_events(first, second):
    events = ln.casualty_events(corpus_of(("x#1", "2020-01-05", "وكالة س", first),
                                          ("y#1", "2020-01-05", "وكالة ص", second)))
    assert len(events) == 2


def test_compatible_victims_and_one_attacker_fold():
    events = ln.casualty_events(corpus_of(
        ("x#1", "2020-01-05", "وكالة س", "قتل 8 جنود في هجوم لتنظيم داعش في طرابلس أمس."),
        ("y#1", "2020-01-05", "وكالة ص", "قتل 8 من عناصر قوات حفتر في طرابلس أمس."),
    ))
    assert len(events) == 1 and events.iloc[0]["victim"] == "lna" and events.iloc[0]["attacker"] == "isis"


def test_republished_copies_count_once_and_best_is_the_median_of_independent_reports():
    events = ln.casualty_events(corpus_of(
        ("x#1", "2020-01-05", "وكالة س", "قتل 20 شخصا في غارة في سرت أمس."),
        ("x#2", "2020-01-06", "وكالة ص", "قتل 20 شخصا في غارة في سرت أمس.", "x#1"),   # a copy a day later
        ("y#1", "2020-01-05", "وكالة ع", "قتل 14 شخصا في غارة في سرت أمس."),
        ("z#1", "2020-01-05", "وكالة ف", "قتل 16 شخصا في غارة في سرت أمس."),
    ))
    assert len(events) == 1
    event = events.iloc[0]
    assert event["values"] == (20, 20, 14, 16) and event["n_sources"] == 3
    assert int(event["best"]) == 16                       # median of 20, 14, 16: the copy left out
    assert event["links"][1] == "republished copy of x#1: tolls overlap (20 and 20); same place سرت"
    # The copy's أمس, read against its later day, is its original's: the event keeps the original's day.
    assert event["date_start"] == event["date_end"] == pd.Timestamp("2020-01-04")


def test_reports_of_one_article_are_not_folded_across_by_the_looser_rule():
    # Two figures of one article that its own rule keeps apart stay apart.
    events = ln.casualty_events(corpus_of(
        ("x#1", "2020-01-05", "وكالة س", "قتل 5 أشخاص أمس. وقتل 8 في بنغازي أمس."),
    ))
    assert len(events) == 2


def test_without_publication_days_events_stay_within_article_families(corpus):
    undated = ln.casualty_events(corpus_of(
        ("x#1", None, "وكالة س", "قتل 12 شخصا في غريان في 4 أبريل 2019."),
        ("y#1", None, "وكالة ص", "قتل 12 شخصا في غريان في 4 أبريل 2019."),
    ))
    assert len(undated) == 2 and undated["date_start"].tolist() == [pd.Timestamp("2019-04-04")] * 2
    events = ln.casualty_events(corpus)
    assert len(events) == 14 and events["date_start"].isna().all()
    assert set(events.loc[events["n_articles"] > 1, "article_id"]) == {"000_0e1083c9c33184de#2"}  # the reprint


def test_the_seeds_with_stated_dates_get_event_days():
    events = ln.casualty_events(ln.dated_seed_corpus())
    assert len(events) == 14 and events["date_start"].notna().all()
    bombing = events[(events["kind"] == "killed") & (events["place"].fillna("").str.contains("بنغازي"))].iloc[0]
    assert bombing["date_start"] == pd.Timestamp("2016-08-02") and bombing["n_sources"] == 3


@pytest.mark.parametrize("window, ratio", [(-1, 2.0), (1.5, 2.0), (True, 2.0), (1, 0.5), (1, "2")])
def test_bad_options_are_named(window, ratio):
    with pytest.raises(ValueError, match="window|toll_ratio"):
        ln.casualty_events(corpus_of(*ACADEMY), window=window, toll_ratio=ratio)


def test_batches_give_the_same_events(tmp_path):
    corpus = corpus_of(*ACADEMY)
    batches = [corpus.iloc[:1], corpus.iloc[1:]]
    pd.testing.assert_frame_equal(ln.casualty_events(iter(batches)), ln.casualty_events(corpus))
