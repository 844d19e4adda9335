"""Scoring the casualty reader against annotated passages."""

import json

import pytest

from libyanews.evaluation import anchor_spans, load_gold, score_casualties


def _fig(anchor, kind, value, victim="unknown", **kw):
    return {"anchor": anchor, "kind": kind, "low": value, "best": value, "high": value, "victim": victim, **kw}


def test_a_right_a_wrong_a_missed_and_an_extra_figure_are_told_apart():
    items = [
        {"id": "a", "text": "قتل 5 مدنيين وأصيب 7 آخرون.", "figures": [_fig("5", "killed", 5, "civilians"),
                                                                     _fig("7", "injured", 8, "civilians")]},
        {"id": "b", "text": "لم تسفر الغارة عن إصابات.", "figures": []},
        {"id": "c", "text": "قتل 3 جنود في 4 غارات.", "figures": []},
    ]
    summary, table = score_casualties(items)
    assert table["status"].tolist() == ["right", "wrong", "extra"]
    assert (summary["gold"], summary["predicted"], summary["right"]) == (2, 3, 1)
    assert summary["recall"] == 0.5 and summary["precision"] == pytest.approx(0.333, abs=1e-3)
    assert summary["detection_recall"] == 1.0 and summary["victim_accuracy"] == 1.0


def test_a_repeated_anchor_takes_its_occurrences_in_order_and_clitics_do_not_hide_it():
    item = {"text": "12 قتيلا و40 جريحا في اشتباكات. ولقي 12 شخصا حتفهم وأصيب 40.",
            "figures": [_fig("12", "killed", 12), _fig("40", "injured", 40), _fig("12", "killed", 12),
                        _fig("40", "injured", 40)]}
    spans = anchor_spans(item)
    assert [item["text"][a:b] for a, b in spans] == ["12", "40", "12", "40"]
    assert spans[0][0] < spans[1][0] < spans[2][0] < spans[3][0]


def test_a_word_anchor_is_a_word_of_its_own_not_the_start_of_a_longer_one():
    # "طفلا" is not the first letters of "طفلان": the anchor is the word قتل's subject further on
    item = {"text": "قتل 4 مدنيين بينهم طفلان. وقال المرصد إن طفلا قتل وأصيبت طفلة.",
            "figures": [_fig("4", "killed", 4), _fig("طفلا", "killed", 1), _fig("طفلة", "injured", 1)]}
    spans = anchor_spans(item)
    assert spans[1][0] == item["text"].index("إن طفلا") + 3
    assert [item["text"][a:b] for a, b in spans] == ["4", "طفلا", "طفلة"]


def test_a_weekday_is_not_a_number_anchor():
    # يوم الاثنين is Monday: the anchor اثنين is the two fighters further on
    item = {"text": "قتل 3 عمال صباح الاثنين. وقالت مصادر إن مقاتلين اثنين قتلا، وأصيب شخص يوم الأحد.",
            "figures": [_fig("3", "killed", 3), _fig("اثنين", "killed", 2)]}
    spans = anchor_spans(item)
    assert spans[1][0] == item["text"].index("مقاتلين اثنين") + len("مقاتلين ")
    item = {"text": "وفي يوم الإثنين قتل اثنان، وبالاثنين يبدأ الأسبوع. ولقي أحد الحراس حتفه.",
            "figures": [_fig("اثنان", "killed", 2), _fig("أحد", "killed", 1)]}
    assert [item["text"][a:b] for a, b in anchor_spans(item)] == ["اثنان", "أحد"]


def test_digits_glued_to_a_word_are_still_their_own_anchor():
    # scraped text drops spaces: "وإصابة38" is the first 38; a longer number never is
    item = {"text": "مقتل 19 وإصابة38 شخصا، وبلغت الحصيلة 19 قتيلا و38 جريحا في 2038.",
            "figures": [_fig("19", "killed", 19), _fig("38", "injured", 38), _fig("19", "killed", 19),
                        _fig("38", "injured", 38)]}
    spans = anchor_spans(item)
    assert spans[1][0] == item["text"].index("38")
    assert spans[3][0] == item["text"].index("و38") + 1
    with pytest.raises(ValueError, match="anchor '38' occurs 2 time"):
        anchor_spans({**item, "figures": item["figures"] + [_fig("38", "injured", 38)]})


def test_an_anchor_missing_from_its_text_is_an_error_naming_the_item():
    with pytest.raises(ValueError, match="x7: anchor '9' occurs 0 time"):
        anchor_spans({"id": "x7", "text": "قتل 5", "figures": [_fig("9", "killed", 9)]})


def test_gold_files_are_read_with_their_line_numbers(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "قتل 5", "figures": []}, ensure_ascii=False) + "\n\n{oops\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl: line 3: not JSON"):
        load_gold(path)
