"""Sources: agencies and attributions, kept apart from actors, with offsets."""

import pandas as pd
import pytest

from libyanews.actors import find_actors
from libyanews.sources import SOURCE_MENTION_COLUMNS, find_sources, load_sources, source_mentions

# Read by hand: who each seed article cites.
SEED_SOURCES = {
    "000_0e1083c9c33184de#1": {"afp", "medical"},       # لوكالة الصحافة الفرنسية, لمصادر طبية
    "000_0e1083c9c33184de#2": {"military"},             # المسؤول العسكري عن حكومة الوفاق
    "001_2a210c8ead99e064#1": {"anadolu"},              # للأناضول
    "002_ec3e5877bfe64987#1": {"ap", "afp", "medical", "military"},  # … مسؤول عسكري أميركي
    "002_ec3e5877bfe64987#2": {"medical"},
    "003_d9f07bdb5968e1f1#1": set(),
    "003_d9f07bdb5968e1f1#2": {"military"},
    "004_f0c76394ef16e3ea#1": {"aljazeera"},            # مراسل الجزيرة
}


@pytest.mark.parametrize("article_id, expected", sorted(SEED_SOURCES.items()))
def test_each_seed_article_cites_exactly_its_sources(corpus, article_id, expected):
    table = source_mentions(corpus, include_duplicates=True)
    assert set(table.loc[table["article_id"] == article_id, "source"]) == expected


def test_seed_source_offsets_slice_back(corpus):
    texts = corpus.set_index("article_id")["text"]
    table = source_mentions(corpus)
    assert len(table)
    for row in table.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.surface
        assert row.surface in row.evidence


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وقال لوكالة فرانس برس إن القصف مستمر", [("afp", "agency", "لوكالة فرانس برس")]),
        ("بحسب وكالة الأنباء الفرنسية", [("afp", "agency", "وكالة الأنباء الفرنسية")]),
        ("مقاتلون في سرت (الفرنسية)", [("afp", "agency", "(الفرنسية)")]),
        ("وأفادت أسوشييتد برس ورويترز", [("ap", "agency", "أسوشييتد برس"), ("reuters", "agency", "ورويترز")]),
        ("وقال للأناضول إن قواته تقدمت", [("anadolu", "agency", "للأناضول")]),
        ("وأكدت المصادر الطبية مقتل ثلاثة", [("medical", "medical", "المصادر الطبية")]),
        ("وقال مصدر طبي في مستشفى الجلاء", [("medical", "medical", "مصدر طبي")]),
        ("وروى شهود عيان أن القصف طال منازل", [("witness", "witness", "شهود عيان")]),
        ("وقالت مصادر محلية إن الاشتباكات توقفت", [("local", "local", "مصادر محلية")]),
        ("Fighters in Sirte. REUTERS/Goran Tomasevic", [("reuters", "agency", "REUTERS")]),
    ],
)
def test_fresh_attributions(text, expected):
    found = find_sources(text)
    assert list(zip(found["source"], found["kind"], found["surface"])) == expected
    assert all(text[s:e] == sur for s, e, sur in zip(found["start"], found["end"], found["surface"]))


@pytest.mark.parametrize(
    "text, actors",
    [
        ("ونقلت وكالة الصحافة الفرنسية عن الخارجية الفرنسية", ["france"]),
        ("وذكرت وكالة الأناضول التركية أن أنقرة سترسل خبراء", ["turkey"]),
        ("وبثت قناة الجزيرة القطرية صورا", []),
        ("وقالت وكالة سبوتنيك الروسية", []),
    ],
)
def test_agency_names_hide_the_country_inside(text, actors):
    assert find_actors(text)["actor"].tolist() == actors
    assert len(find_sources(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "وصلت سفينة إلى جزيرة غوام",               # جزيرة, not الجزيرة
        "تمتد شبه الجزيرة العربية جنوبا",           # geography
        "رحب وزير الخارجية الفرنسي بالاتفاق",      # France, not AFP
        "وتحدث بالفرنسية مع الصحفيين",             # الفرنسية alone is not AFP
    ],
)
def test_no_false_sources(text):
    assert find_sources(text).empty


def test_columns_and_types():
    found = find_sources("أفادت رويترز")
    assert found.columns.tolist() == SOURCE_MENTION_COLUMNS
    assert found.loc[0, "label"] == "Reuters" and found.loc[0, "label_ar"] == "رويترز"
    assert find_sources("").columns.tolist() == SOURCE_MENTION_COLUMNS
    with pytest.raises(TypeError, match="str"):
        find_sources(3)


def test_kinds_are_from_the_documented_set():
    assert set(load_sources()["kind"]) <= {"agency", "broadcaster", "newspaper", "medical", "official", "military",
                                           "monitor", "local", "witness"}


def test_researcher_sources_table():
    table = pd.concat([load_sources(), pd.DataFrame([{"source": "libya_observer", "label_en": "Libya Observer",
                                                      "label_ar": "ليبيا أوبزرفر", "kind": "newspaper",
                                                      "alias": "ليبيا أوبزرفر"}])])
    assert find_sources("نقلت ليبيا أوبزرفر عن مصادر محلية", table)["source"].tolist() == ["libya_observer", "local"]
