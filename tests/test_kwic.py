"""Keyword in context: clitic- and spelling-tolerant matches, offsets, duplicates."""

import pandas as pd
import pytest

from libyanews.kwic import KWIC_COLUMNS, find_term, kwic, kwic_spans


@pytest.mark.parametrize(
    "text, term, found",
    [
        ("أعلنت قوات الوفاق", "قوات", ["قوات"]),
        ("وقاتلت القوات الحكومية والقوات الموالية", "قوات", ["القوات", "والقوات"]),
        ("المركز الإعلامي لقوات حكومة الوفاق وللقوات", "القوات", ["لقوات", "وللقوات"]),
        ("قُتِلَ جنديٌّ في مدينة سرت", "مدينه", ["مدينة"]),  # ta marbuta variant
        ("أعلنت وزارة الدفاع الأميركية", "الامريكية", []),  # different spelling is a different word
        ("أعلنت وزارة الدفاع الأميركية", "الاميركية", ["الأميركية"]),  # alef form
        ("دروس مستفادة", "روس", []),  # no hits inside other words
    ],
)
def test_find_term(text, term, found):
    assert [text[s:e] for s, e in find_term(text, term)] == found


def test_multiword_term_spans_the_words_as_printed():
    text = "أعلن رئيس حكومة الوفاق فائز السراج ولحكومة الوفاق الوطني"
    assert [text[s:e] for s, e in find_term(text, "حكومة الوفاق")] == ["حكومة الوفاق", "ولحكومة الوفاق"]


def test_empty_term_is_an_error():
    with pytest.raises(ValueError, match="no word"):
        find_term("سرت", "،")


def test_kwic_lines_on_the_seeds(corpus):
    lines = kwic(corpus, "داعش", width=30)
    assert list(lines.columns) == KWIC_COLUMNS
    texts = corpus.set_index("article_id")["text"]
    for row in lines.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.match
        assert "داعش" in row.match
        assert len(row.before) <= 30 and "\n" not in row.before + row.after


def test_duplicates_left_out_by_default(corpus):
    dup = corpus.loc[corpus["duplicate_of"].notna(), "article_id"].iloc[0]
    assert dup not in set(kwic(corpus, "درياق")["article_id"])
    assert dup in set(kwic(corpus, "درياق", include_duplicates=True)["article_id"])


def test_kwic_spans_keeps_extra_columns(corpus):
    article = corpus.iloc[2]
    start = article.text.index("خليفة حفتر")
    spans = pd.DataFrame({"actor": ["lna"], "article_id": [article.article_id], "start": [start], "end": [start + 10]})
    lines = kwic_spans(corpus, spans, width=10)
    assert lines.columns.tolist() == ["actor"] + KWIC_COLUMNS
    assert lines.loc[0, "match"] == "خليفة حفتر" and lines.loc[0, "actor"] == "lna"


def test_kwic_actor_reads_every_alias_of_the_actor(corpus):
    lines = kwic(corpus, actor="uae", width=20)
    assert lines.columns.tolist() == ["actor", "alias"] + KWIC_COLUMNS
    assert lines["match"].tolist() == ["إماراتية", "إمارتي"]  # the seed's misspelling too
    texts = corpus.set_index("article_id")["text"]
    assert all(texts[r.article_id][r.start:r.end] == r.match for r in lines.itertuples())


def test_kwic_actor_list_and_duplicates(corpus):
    lines = kwic(corpus, actor=["russia", "un"])
    assert set(lines["actor"]) == {"russia", "un"}
    dup = corpus.loc[corpus["duplicate_of"].notna(), "article_id"].iloc[0]
    assert dup not in set(lines["article_id"])
    assert dup in set(kwic(corpus, actor="russia", include_duplicates=True)["article_id"])


@pytest.mark.parametrize("kwargs", [{}, {"term": "داعش", "actor": "isis"}])
def test_kwic_needs_exactly_one_of_term_or_actor(corpus, kwargs):
    with pytest.raises(ValueError, match="exactly one"):
        kwic(corpus, **kwargs)


def test_kwic_unknown_actor_names_the_known_ones(corpus):
    with pytest.raises(ValueError, match="unknown actor.*gna"):
        kwic(corpus, actor="wagner")


@pytest.mark.parametrize(
    "term, text, found",
    [
        ("وفاق", "سيطرت قوات الوفاق ووفاق وطني", ["الوفاق", "ووفاق"]),   # a bare query word is not split
        ("وفاق", "فاق عدد القتلى المئة", []),                             # ... so the verb فاق is not found
        ("وزاره", "أعلنت وزارة الدفاع", ["وزارة"]),
        ("للقوات", "انسحبت القوات", ["القوات"]),                          # with the article: the stem is asked for
    ],
)
def test_query_words_keep_their_letters_unless_they_carry_the_article(term, text, found):
    assert [text[s:e] for s, e in find_term(text, term)] == found
