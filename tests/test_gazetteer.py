"""The gazetteer engine: folding with offsets, file checks, clear errors."""

import pandas as pd
import pytest

from libyanews.gazetteer import (
    ALIAS_TYPES,
    GazetteerError,
    Matcher,
    fold,
    fold_with_offsets,
    load_gazetteer,
    load_sources,
    load_stop_phrases,
)

DESIGN_IDS = {"gna", "isis", "lna", "us", "russia", "uae", "france", "italy", "un", "brsc"}


@pytest.mark.parametrize(
    "a, b",
    [
        ("الأمريكية", "الاميركيه"),
        ("فائز", "فايز"),
        ("مسؤول", "مسئول"),
        ("داعـــش", "داعش"),
        ("حُكومةُ", "حكومه"),
        ('قوات "الوفاق"', "قوات الوفاق"),
        ("قوات «الوفاق»", "قوات الوفاق"),
        ("Islamic State", "islamic state"),
        ("ISIS", "isis"),
    ],
)
def test_fold_unifies_variants(a, b):
    assert fold(a).strip() == fold(b).strip()


@pytest.mark.parametrize("text", ["قُتِلَ  فايز السرّاج", 'قوات "الوفاق"\tو«داعش»', "ﻻ إله ﻟﻸمم", "U.N.-backed"])
def test_fold_offsets_map_every_folded_word_back(text):
    folded, offsets = fold_with_offsets(text)
    pos = 0
    for word in folded.split(" "):
        if word:
            s, e = offsets.span(pos, pos + len(word))
            assert fold(text[s:e]).strip() == word
        pos += len(word) + 1


def test_bundled_gazetteer_has_the_design_ids_and_valid_rows():
    table = load_gazetteer()
    assert DESIGN_IDS <= set(table["actor"])
    assert {"turkey", "egypt", "hor", "ansar"} <= set(table["actor"])
    assert set(table["alias_type"]) <= set(ALIAS_TYPES)
    assert (table["label_en"] != "").all() and (table["label_ar"] != "").all()


def test_bundled_files_compile_without_conflicts():
    Matcher(zip(load_gazetteer()["actor"], load_gazetteer()["alias"], load_gazetteer()["alias_type"]),
            zip(load_sources()["source"], load_sources()["alias"], load_sources()["kind"]),
            load_stop_phrases())


def _write(tmp_path, body, name="g.csv"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "body, message",
    [
        ("actor,label_en,alias,alias_type\ngna,GNA,الوفاق,organization\n", "missing column"),
        ("actor,label_en,label_ar,alias,alias_type\ngna,GNA,الوفاق,الوفاق,army\n", "army"),
        ("actor,label_en,label_ar,alias,alias_type\ngna,,,الوفاق,organization\n", "needs label_en"),
        ("actor,label_en,label_ar,alias,alias_type\nGNA!,GNA,الوفاق,الوفاق,organization\n", "lower-case"),
        ("actor,label_en,label_ar,alias,alias_type\ngna,GNA,الوفاق,,organization\n", "empty alias"),
        ("actor,label_en,label_ar,alias,alias_type\ngna,GNA,الوفاق,الوفاق\n", "fields"),
        ("actor,label_en,label_ar,alias,alias_type\ngna,GNA,الوفاق,الوفاق,organization\n"
         "gna,Other,الوفاق,السراج,person\n", "differ"),
    ],
)
def test_malformed_gazetteer_names_file_line_and_reason(tmp_path, body, message):
    path = _write(tmp_path, "# comment\n" + body)
    with pytest.raises(GazetteerError, match=message) as err:
        load_gazetteer(path)
    assert str(path) in str(err.value)
    assert "line" in str(err.value)


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(GazetteerError, match="not found"):
        load_gazetteer(tmp_path / "none.csv")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("actor,label_en,label_ar,alias,alias_type\n".encode() + "é".encode("latin-1"))
    with pytest.raises(GazetteerError, match="UTF-8"):
        load_gazetteer(bad)


def test_same_name_for_two_actors_is_an_error():
    with pytest.raises(GazetteerError, match="same name"):
        Matcher([("gna", "الوفاق", "organization"), ("lna", "الوفاق", "organization")], [], [])
    with pytest.raises(GazetteerError, match="same name"):  # an actor named like a source
        Matcher([("qatar", "الجزيرة", "place")], [("aljazeera", "الجزيرة", "broadcaster")], [])


def test_same_actor_listed_twice_in_two_spellings_is_fine():
    m = Matcher([("us", "أمريكا", "place"), ("us", "أميركا", "place")], [], [])
    assert [h.ident for h in m.find("زار أمريكا")] == ["us"]


def test_adjective_inflections_and_article():
    m = Matcher([("us", "أميركي", "adjective")], [], [])
    text = "الأميركي أميركية الأميركيين أميركيون أميركيتان وأميركيا للأميركيات أميركيته"
    assert [h.surface for h in m.find(text)] == text.split()[:-1]  # not with a pronoun suffix


def test_alias_with_article_needs_it_in_the_text():
    m = Matcher([("un", "الأمم المتحدة", "organization")], [], [])
    assert [h.surface for h in m.find("للأمم المتحدة وبالأمم المتحدة والأمم المتحدة")] == [
        "للأمم المتحدة", "وبالأمم المتحدة", "والأمم المتحدة"]
    assert m.find("أمم المتحدة") == []


def test_stop_phrase_wins_and_yields_nothing():
    m = Matcher([("france", "فرنسي", "adjective")], [], ["اللغة الفرنسية"])
    text = "اللغة الفرنسية والخارجية الفرنسية"
    assert [(h.surface, h.start) for h in m.find(text)] == [("الفرنسية", text.rindex("الفرنسية"))]


def test_dataframe_without_columns_is_rejected():
    from libyanews.actors import find_actors

    with pytest.raises(GazetteerError, match="missing column"):
        find_actors("داعش", gazetteer=pd.DataFrame({"actor": ["isis"]}))
