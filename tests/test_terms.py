"""Term counts, distinctive terms and collocations, on fresh sentences and the seeds."""

import math

import pandas as pd
import pytest

import libyanews as ln
from libyanews import terms


def make_corpus(*texts, duplicate_of=None, **columns):
    """A corpus table like load_corpus() returns, from plain texts."""
    ids = [f"t{i}#1" for i in range(len(texts))]
    data = {"article_id": ids, "text": list(texts),
            "duplicate_of": duplicate_of or [None] * len(texts), **columns}
    return pd.DataFrame(data)


def counts(table):
    return dict(zip(table["term"], table["count"]))


# --- stopwords --------------------------------------------------------------


def test_bundled_stopwords_cover_function_words_and_news_boilerplate():
    stops = ln.load_stopwords()
    for word in ["في", "من", "على", "إلى", "التي", "وكالات", "تحديث", "تغ", "undefined", "خلال"]:
        assert stops.matches(terms._stopword_key(word, "test"), article=False) or \
            stops.matches(terms._stopword_key(word, "test"), article=True), word
    for content in ["قوات", "سرت", "داعش", "حفتر", "قتل", "مقاتلين", "طرابلس", "غارات", "أبو"]:
        assert content not in stops, content


def test_stopword_file_names_its_sources_and_licence():
    header = ln.config.data_file("stopwords_ar.txt").read_text(encoding="utf-8").split("\n=== 1.")[0]
    assert "spaCy" in header and "MIT" in header
    assert "Permission is hereby granted" in header  # the MIT notice travels with the copy


def test_stopword_loader_skips_comments_and_blank_lines(tmp_path):
    path = tmp_path / "stops.txt"
    path.write_text("# my list\n\nفي\n  # indented comment\nأعلنت\n", encoding="utf-8")
    assert ln.load_stopwords(path) == {"في", "اعلنت"}


def test_stopword_entry_of_two_words_is_an_error_naming_file_and_line(tmp_path):
    path = tmp_path / "stops.txt"
    path.write_text("في\nعلى الرغم\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"stops\.txt, line 2.*one word"):
        ln.load_stopwords(path)


def test_stopwords_are_matched_on_stems_whatever_the_clitics_and_spelling():
    corpus = make_corpus("وفي المدينة، وعلى الطريق، فإن القوات بلغت لدى الجسر.")
    found = set(ln.term_frequencies(corpus)["term"])
    assert found == {"مدينه", "طريق", "قوات", "بلغت", "جسر"}


def test_a_stopword_written_with_the_article_keeps_the_bare_word():
    # الخميس (Thursday) is a dateline word; خميس is also a name (كتيبة خميس).
    corpus = make_corpus("وصل خميس إلى طرابلس يوم الخميس، وغادر والخميس لم ينته.")
    occ = ln.term_occurrences(corpus)
    assert occ.loc[occ["term"] == "خميس", "word"].tolist() == ["خميس"]


def test_researchers_can_extend_or_drop_the_stopword_list():
    corpus = make_corpus("أعلنت القوات في سرت، وأعلنت الحكومة في طرابلس.")
    assert "اعلنت" in counts(ln.term_frequencies(corpus))
    assert "اعلنت" not in counts(ln.term_frequencies(corpus, stopwords=ln.load_stopwords(extra=["أعلنت"])))
    assert counts(ln.term_frequencies(corpus, stopwords=()))["في"] == 2
    with pytest.raises(TypeError, match="collection of words"):
        ln.term_frequencies(corpus, stopwords="في")


# --- term_frequencies -----------------------------------------------------------

FRESH = [
    "انسحبت القوات من المطار، وقالت مصادر إن للقوات مواقع جديدة.",
    "وقوات حفتر تقدمت بالقوات نحو ١٢ موقعا في 2019، فيما قُوّات أخرى تراجعت.",
    "أعلنت الحكومة ان الحكومه ستدعم قوات الجيش.",
]


def test_clitic_forms_of_a_word_count_together():
    table = ln.term_frequencies(make_corpus(*FRESH)).set_index("term")
    assert table.loc["قوات", "count"] == 6
    assert table.loc["قوات", "n_articles"] == 3
    assert set(table.loc["قوات", "forms"].split("، ")) == {"القوات", "للقوات", "وقوات", "بالقوات", "قوات", "قُوّات"}
    assert table.loc["قوات", "surface"] == "قوات"


def test_stopwords_numbers_and_punctuation_are_not_terms():
    found = set(ln.term_frequencies(make_corpus(*FRESH))["term"])
    assert not found & {"من", "في", "ان", "نحو", "فيما", "اخري", "قالت"}
    assert not found & {"12", "2019", "١٢", "،", "."}
    assert all(len(t) >= 2 for t in found)


def test_teh_marbuta_spellings_count_together_and_show_the_most_frequent_surface():
    table = ln.term_frequencies(make_corpus(*FRESH, "وقالت الحكومة إن الحكومة لم توافق.")).set_index("term")
    assert table.loc["حكومه", "count"] == 4
    assert table.loc["حكومه", "surface"] == "حكومة"   # printed 3 times, حكومه once


def test_surface_ties_are_broken_by_code_point_order():
    table = ln.term_frequencies(make_corpus("الحكومه تدعم الحكومة")).set_index("term")
    assert table.loc["حكومه", "surface"] == "حكومة"   # ة (U+0629) sorts before ه (U+0647)


def test_rows_are_sorted_by_count_then_term():
    table = ln.term_frequencies(make_corpus(*FRESH))
    keys = list(zip(-table["count"], table["term"]))
    assert keys == sorted(keys)


def test_per_article_counts_are_tidy_and_add_up():
    corpus = make_corpus(*FRESH)
    per_article = ln.term_frequencies(corpus, by="article")
    assert list(per_article.columns) == ["article_id", "term", "surface", "count", "forms"]
    assert list(pd.unique(per_article["article_id"])) == corpus["article_id"].tolist()
    summed = per_article.groupby("term")["count"].sum().to_dict()
    assert summed == counts(ln.term_frequencies(corpus))
    assert per_article.set_index(["article_id", "term"]).loc[("t0#1", "قوات"), "count"] == 2


def test_counts_by_any_corpus_column_keep_articles_without_a_value():
    corpus = make_corpus(*FRESH, source=["وكالات", None, "وكالات"])
    table = ln.term_frequencies(corpus, by="source")
    assert table.set_index(["source", "term"]).loc[("وكالات", "قوات"), "count"] == 3
    assert table["source"].isna().any()          # the article without a source is not dropped
    assert table["count"].sum() == ln.term_frequencies(corpus)["count"].sum()


def test_duplicates_are_left_out_unless_asked_for():
    corpus = make_corpus(FRESH[0], FRESH[0], duplicate_of=[None, "t0#1"])
    assert counts(ln.term_frequencies(corpus))["قوات"] == 2
    assert counts(ln.term_frequencies(corpus, include_duplicates=True))["قوات"] == 4


def test_min_count_drops_rare_terms():
    table = ln.term_frequencies(make_corpus(*FRESH), min_count=2)
    assert set(table["term"]) == {"قوات", "حكومه"}


@pytest.mark.parametrize("kwargs, message", [
    ({"by": "nope"}, "no such column"),
    ({"ngram": 0}, "ngram"),
    ({"min_count": 0}, "min_count"),
])
def test_bad_arguments_are_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        ln.term_frequencies(make_corpus(*FRESH), **kwargs)


def test_a_table_without_text_is_rejected():
    with pytest.raises(ValueError, match="text"):
        ln.term_frequencies(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(ValueError, match="t1#1"):
        ln.term_frequencies(make_corpus("قوات", None))


def test_an_empty_or_stopword_only_corpus_gives_empty_tables():
    for corpus in (make_corpus(), make_corpus("في من على")):
        assert ln.term_frequencies(corpus).empty
        assert ln.distinctive_terms(corpus).empty
        assert ln.collocations(corpus).empty


# --- n-grams ---------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("أعلنت قوات حكومة الوفاق", ["اعلنت قوات", "قوات حكومه", "حكومه وفاق"]),
    ("شنت الطائرات هجوما على مواقع التنظيم", ["شنت طائرات", "طائرات هجوما", "مواقع تنظيم"]),  # على breaks
    ("مدعومة بالدبابات والمدفعية الثقيلة", ["مدفعيه ثقيله"]),   # ب and و start a new run
    ("قوات الوفاق، السراج", ["قوات وفاق"]),                       # punctuation breaks
    ("وصلت القوات\nالمدينة هادئة", ["وصلت قوات", "مدينه هادئه"]),  # so does a line break
    ("قتل 23 مقاتلا", []),                                        # numbers break
])
def test_bigrams_are_adjacent_content_words_within_a_sentence(text, expected):
    occ = ln.term_occurrences(make_corpus(text), ngram=2)
    assert occ["term"].tolist() == expected


def test_a_bigram_reads_from_the_first_words_article():
    occ = ln.term_occurrences(make_corpus("وقالت إن للقوات الحكومية والقوات الخاصة مواقع"), ngram=2)
    assert occ["surface"].tolist() == ["قوات الحكومية", "القوات الخاصة", "الخاصة مواقع"]
    assert occ["word"].tolist() == ["للقوات الحكومية", "والقوات الخاصة", "الخاصة مواقع"]


# --- traceability on the seeds ---------------------------------------------------


def test_every_occurrence_slices_back_to_its_surface(corpus):
    texts = corpus.set_index("article_id")["text"]
    for ngram in (1, 2):
        occ = ln.term_occurrences(corpus, ngram=ngram)
        assert len(occ) > 100
        assert all(texts[a][s:e] == surface for a, s, e, surface in
                   zip(occ["article_id"], occ["start"], occ["end"], occ["surface"]))


def test_top_term_counts_match_their_kwic_lines(corpus):
    # Looking up the label a chart shows for a term finds exactly the occurrences counted.
    table = ln.term_frequencies(corpus).head(30)
    for term, count, surface in zip(table["term"], table["count"], table["surface"]):
        assert len(ln.kwic(corpus, surface)) == count, term


def test_seed_counts_leave_out_the_republished_article(corpus):
    with_copy = counts(ln.term_frequencies(corpus, include_duplicates=True))
    without = counts(ln.term_frequencies(corpus))
    assert with_copy["درياق"] == 2 * without["درياق"] == 4


def test_seed_forces_are_one_term_whatever_the_clitics(corpus):
    row = ln.term_frequencies(corpus).set_index("term").loc["قوات"]
    assert {"القوات", "قوات", "لقوات", "للقوات"} <= set(row["forms"].split("، "))
    assert row["n_articles"] == 7


# --- distinctive_terms -------------------------------------------------------------


def test_tfidf_matches_the_hand_computed_weights():
    corpus = make_corpus("سرت بنغازي", "سرت طرابلس", "سرت مصراتة")
    top = ln.distinctive_terms(corpus).set_index(["article_id", "term"])
    # n = 3 articles; idf = ln((1 + n) / (1 + df)) + 1; tf = 1 + ln(1) = 1
    idf_sirte, idf_benghazi = math.log(4 / 4) + 1, math.log(4 / 2) + 1
    norm = math.hypot(idf_sirte, idf_benghazi)
    assert top.loc[("t0#1", "بنغازي"), "tfidf"] == pytest.approx(idf_benghazi / norm)   # 0.861034
    assert top.loc[("t0#1", "سرت"), "tfidf"] == pytest.approx(idf_sirte / norm)          # 0.508542
    assert top.loc[("t0#1", "بنغازي"), "rank"] == 1   # the city named in one article only comes first
    assert top.loc[("t0#1", "سرت"), "n_articles"] == 3


def test_tfidf_uses_sublinear_counts_by_default():
    corpus = make_corpus("سرت سرت بنغازي", "سرت طرابلس", "طرابلس مصراتة")
    top = ln.distinctive_terms(corpus).set_index(["article_id", "term"])
    w_sirte = (1 + math.log(2)) * (math.log(4 / 3) + 1)
    w_benghazi = 1 * (math.log(4 / 2) + 1)
    assert top.loc[("t0#1", "سرت"), "tfidf"] == pytest.approx(w_sirte / math.hypot(w_sirte, w_benghazi))
    raw = ln.distinctive_terms(corpus, sublinear_tf=False).set_index(["article_id", "term"])
    w_raw = 2 * (math.log(4 / 3) + 1)
    assert raw.loc[("t0#1", "سرت"), "tfidf"] == pytest.approx(w_raw / math.hypot(w_raw, w_benghazi))


def test_tfidf_ties_are_broken_by_count_then_term_and_top_n_holds():
    corpus = make_corpus("طرابلس سرت", "مصراتة بنغازي")
    top = ln.distinctive_terms(corpus, top_n=1)
    assert top["term"].tolist() == ["سرت", "بنغازي"]      # equal weights: code-point order
    assert top["rank"].tolist() == [1, 1]
    assert list(top.columns) == ["article_id", "rank", "term", "surface", "tfidf", "count", "n_articles"]


def test_weights_tied_in_exact_arithmetic_rank_by_count():
    # 7 articles: طرابلس 4 times in 3 of them, درياق twice in one.
    # (1 + ln 4)(ln(8/4) + 1) == (1 + ln 2)(ln(8/2) + 1): a tie, whatever the rounding.
    corpus = make_corpus("طرابلس طرابلس طرابلس طرابلس درياق درياق", "طرابلس مصراتة", "طرابلس زليتن",
                         "بنغازي", "درنة", "سبها", "غريان")
    top = ln.distinctive_terms(corpus, top_n=2)
    first = top[top["article_id"] == "t0#1"]
    assert first["tfidf"].iloc[0] == pytest.approx(first["tfidf"].iloc[1], rel=1e-12)
    assert first["term"].tolist() == ["طرابلس", "درياق"]


def test_seed_distinctive_terms_name_what_sets_an_article_apart(corpus):
    top = ln.distinctive_terms(corpus, top_n=3)
    obama = top[top["article_id"] == "002_ec3e5877bfe64987#1"]
    assert obama["surface"].iloc[0] == "أوباما" and obama["n_articles"].iloc[0] == 1
    assert "003_d9f07bdb5968e1f1#2" not in set(top["article_id"])   # the reprint is left out


# --- collocations -------------------------------------------------------------------

TOY = "قوات الوفاق. قوات الوفاق. قوات حفتر. مدينة سرت."


def test_collocation_scores_match_hand_computed_values():
    table = ln.collocations(make_corpus(TOY), min_count=1).set_index("term")
    # N = 4 bigrams; (قوات, وفاق): O11 = 2, قوات first in 3, وفاق second in 2, E11 = 3 * 2 / 4 = 1.5
    row = table.loc["قوات وفاق"]
    assert (row["count"], row["w1_count"], row["w2_count"]) == (2, 3, 2)
    assert row["expected"] == pytest.approx(1.5)
    assert row["pmi"] == pytest.approx(math.log2(2 / 1.5))                       # 0.415037
    # G² = 2 Σ O ln(O/E) over [[2, 1], [0, 1]] with E = [[1.5, 1.5], [0.5, 0.5]]
    assert row["llr"] == pytest.approx(2 * (2 * math.log(2 / 1.5) + math.log(1 / 1.5) + math.log(1 / 0.5)))
    assert row["llr"] == pytest.approx(1.726092, abs=1e-6)
    sirte = table.loc["مدينه سرت"]
    assert sirte["pmi"] == pytest.approx(2.0)
    assert sirte["llr"] == pytest.approx(4.498681, abs=1e-6)


def test_collocation_llr_agrees_with_scipy():
    from scipy.stats import chi2_contingency

    table = ln.collocations(make_corpus(TOY, "قوات حفتر. مدينة سرت. قوات الوفاق."), min_count=1)
    n = int(table["count"].sum())
    for _, r in table.iterrows():
        o11, r1, c1 = r["count"], r["w1_count"], r["w2_count"]
        observed = [[o11, r1 - o11], [c1 - o11, n - r1 - c1 + o11]]
        g2 = chi2_contingency(observed, correction=False, lambda_="log-likelihood").statistic
        assert abs(r["llr"]) == pytest.approx(g2)


def test_pairs_rarer_than_chance_get_negative_scores():
    text = "قوات الوفاق. " + "قوات حفتر. " * 3 + "مدينة الوفاق. " * 3
    row = ln.collocations(make_corpus(text), min_count=1).set_index("term").loc["قوات وفاق"]
    assert row["expected"] > row["count"]
    assert row["pmi"] < 0 and row["llr"] < 0


def test_collocations_default_to_pairs_seen_twice_sorted_by_llr():
    table = ln.collocations(make_corpus(TOY))
    assert table["term"].tolist() == ["قوات وفاق"]
    seeds = ln.collocations(ln.load_corpus())
    assert (seeds["count"] >= 2).all()
    assert seeds["llr"].is_monotonic_decreasing
    assert seeds.loc[0, "surface"] == "حكومة الوفاق"
    with pytest.raises(ValueError, match="sort_by"):
        ln.collocations(make_corpus(TOY), sort_by="dice")


# --- the columnar word reader equals the token-by-token reading ---------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from libyanews.tokenize import iter_tokens  # noqa: E402
from tests.test_properties import PROPERTY, texts  # noqa: E402


def reference_sentence_words(text):
    """Sentence words read token by token with iter_tokens(clitics=True), as
    terms did before the columnar reader: the reference it must equal."""
    out = []
    for sent in ln.split_sentences(text):
        words, clitics = [], []
        for tok in iter_tokens(sent.text, clitics=True, **terms.TERM_OPTIONS):
            if tok.kind == "clitic":
                clitics.append(tok)
                continue
            if tok.kind == "punct":
                words.append(None)
                clitics = []
                continue
            start, end = sent.start + tok.start, sent.start + tok.end
            article = any(c.norm == "ال" for c in clitics)
            phrase_start = next((sent.start + c.start for c in clitics
                                 if c.norm == "ال" and ln.normalize(c.surface) == "ال"), start)
            word_start = sent.start + clitics[0].start if clitics else start
            joined = any(c.norm != "ال" for c in clitics)
            words.append(terms._Word(tok.norm.casefold(), start, end, word_start, phrase_start, article, joined,
                                     tok.kind))
            clitics = []
        out.append(words)
    return out


@pytest.mark.parametrize("text", FRESH + [
    "وللقوات الحكومية، والدواعش.. بالكامل! «لداعش» ﻷن ١٥ و1,500 Haftar's LNA",
    "قُتِلَ الليبيــة\u200f والقوات\n\nالتنظيم. . .",
])
def test_sentence_words_equal_token_by_token_reading(text):
    assert terms._sentence_words(text) == reference_sentence_words(text)


def test_sentence_words_equal_token_by_token_reading_on_the_seeds(seed_texts):
    for text in seed_texts.values():
        assert terms._sentence_words(text) == reference_sentence_words(text)


@PROPERTY
@given(texts)
def test_sentence_words_equal_token_by_token_reading_on_any_text(text):
    assert terms._sentence_words(text) == reference_sentence_words(text)


# --- single terms counted straight from the tokens equal the general path ------


def _both_paths(corpus, **kwargs):
    fast = ln.term_frequencies(corpus, **kwargs)
    terms._FAST_UNIGRAMS = False
    try:
        general = ln.term_frequencies(corpus, **kwargs)
    finally:
        terms._FAST_UNIGRAMS = True
    return fast, general


@pytest.mark.parametrize("kwargs", [{}, {"by": "article"}, {"by": "source"}, {"min_count": 2},
                                    {"stopwords": ()}, {"include_duplicates": True}])
def test_fast_single_terms_equal_the_general_path_on_the_seeds(corpus, kwargs):
    fast, general = _both_paths(corpus, **kwargs)
    pd.testing.assert_frame_equal(fast, general)


@PROPERTY
@given(st.lists(texts, min_size=1, max_size=4))
def test_fast_single_terms_equal_the_general_path_on_any_text(batch):
    frame = make_corpus(*batch, source=["وكالات", None, "وكالات", None][:len(batch)])
    for kwargs in ({}, {"by": "source"}):
        fast, general = _both_paths(frame, **kwargs)
        pd.testing.assert_frame_equal(fast, general)


@pytest.mark.parametrize("kwargs", [{"ngram": 2}, {"ngram": 2, "by": "source"}, {"ngram": 2, "by": "article"}])
def test_counts_made_a_few_articles_at_a_time_equal_the_whole(corpus, monkeypatch, kwargs):
    whole = ln.term_frequencies(corpus.assign(source=corpus["source"]), **kwargs)
    monkeypatch.setattr(terms, "_CHUNK_ARTICLES", 2)
    pd.testing.assert_frame_equal(ln.term_frequencies(corpus, **kwargs), whole)
