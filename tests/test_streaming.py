"""Streaming: batches of a corpus equal the whole, across duplicates, problems and every corpus-level function."""

import warnings

import pandas as pd
import pytest

import libyanews as ln
from libyanews import synth
from libyanews.streaming import for_batches, is_batches, iter_corpus
from tests.test_corpus import EXPECTED_PROBLEMS, archive  # noqa: F401  (fixture)


def values(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every empty value as None: a column without any value in
    one batch has dtype object there (None), str elsewhere (NaN)."""
    frame = frame.astype(object)
    return frame.where(frame.notna(), None)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A generated corpus of 300 articles with planted copies."""
    folder = tmp_path_factory.mktemp("generated")
    synth.write_corpus(folder, 300, seed=2, copies=0.1, near_copies=0.1)
    return folder


@pytest.mark.parametrize("batch_size", [1, 2, 3, 7, 8, 1000])
def test_batches_concatenate_to_load_corpus(corpus, batch_size):
    batches = list(iter_corpus(batch_size=batch_size))
    assert [len(b) for b in batches[:-1]] == [batch_size] * (len(batches) - 1)
    assert 1 <= len(batches[-1]) <= batch_size
    whole = pd.concat(batches)
    pd.testing.assert_frame_equal(values(whole), values(corpus))  # the index runs on across batches too
    assert [b.attrs["batch"] for b in batches] == list(range(len(batches)))


def test_a_copy_is_flagged_across_batches(corpus):
    # 003#2 (7th article) republishes 000#2 (2nd): batches of two put them apart
    batches = list(iter_corpus(batch_size=2))
    assert batches[0]["article_id"].tolist()[1] == "000_0e1083c9c33184de#2"
    last = batches[3].set_index("article_id")
    assert last.loc["003_d9f07bdb5968e1f1#2", "duplicate_of"] == "000_0e1083c9c33184de#2"


def test_generated_corpus_streams_like_it_loads(generated):
    whole = ln.load_corpus(generated)
    batches = list(iter_corpus(generated, batch_size=37))
    pd.testing.assert_frame_equal(values(pd.concat(batches)), values(whole))
    assert whole["duplicate_of"].notna().sum() >= 40  # the planted copies, found across batches


def test_the_stream_tells_how_far_it_got(generated):
    stream = iter_corpus(generated, batch_size=100)
    assert stream.files_read == stream.bytes_read == stream.n_articles == 0
    assert stream.total_bytes == sum(p.stat().st_size for p, _ in stream.files)
    first = next(stream)
    assert len(first) == 100 and stream.n_articles == 100 and 0 < stream.bytes_read < stream.total_bytes
    rest = list(stream)
    assert stream.n_articles == 300 == 100 + sum(map(len, rest))
    assert stream.bytes_read == stream.total_bytes and stream.files_read == len(stream.files)
    assert list(stream) == []  # read once


def test_dedupe_off(corpus):
    whole = pd.concat(iter_corpus(batch_size=3, dedupe=False))
    assert whole["duplicate_of"].isna().all()
    assert whole["text"].tolist() == corpus["text"].tolist()


def test_report_mode_attaches_problems_to_batches_and_warns_once(archive):  # noqa: F811
    with pytest.warns(ln.CorpusWarning) as caught:
        whole = ln.load_corpus(archive, errors="report")
    with warnings.catch_warnings(record=True) as stream_warnings:
        warnings.simplefilter("always")
        stream = iter_corpus(archive, batch_size=4, errors="report")
        batches = list(stream)
    assert len(caught) == 1
    assert [str(w.message) for w in stream_warnings] == [
        str(caught[0].message).replace("load_corpus:", "iter_corpus:").replace(
            "corpus.attrs['problems']", "stream.problems")]
    assert stream.problems == whole.attrs["problems"]
    assert [(p["file"], p["row"], p["reason"]) for p in stream.problems] == EXPECTED_PROBLEMS
    # every problem goes with exactly one batch, in order
    assert [p for b in batches for p in b.attrs["problems"]] == stream.problems
    pd.testing.assert_frame_equal(values(pd.concat(batches)), values(whole))


def test_problems_of_trailing_bad_files_go_with_the_last_batch(tmp_path, seed_texts):
    (tmp_path / "a.txt").write_text(seed_texts["001_2a210c8ead99e064.txt"], encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_texts["004_f0c76394ef16e3ea.txt"], encoding="utf-8")
    (tmp_path / "z_empty.txt").write_bytes(b"")
    with pytest.warns(ln.CorpusWarning, match="iter_corpus: 1 file"):
        batches = list(iter_corpus(tmp_path, batch_size=1, errors="report"))
    assert [len(b) for b in batches] == [1, 1]
    assert [[p["file"] for p in b.attrs["problems"]] for b in batches] == [[], ["z_empty.txt"]]


def test_nothing_readable_gives_one_empty_batch_with_the_problems(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.warns(ln.CorpusWarning):
        batches = list(iter_corpus(tmp_path, errors="report"))
    assert len(batches) == 1 and len(batches[0]) == 0 and list(batches[0].columns) == ln.COLUMNS
    assert batches[0].attrs["problems"][0]["reason"] == "empty file"


def test_raise_mode_raises_when_the_stream_reaches_the_bad_file(archive):  # noqa: F811
    stream = iter_corpus(archive, batch_size=2)
    first = next(stream)  # the text files before the broken CSV are read
    assert first["file"].tolist() == ["01_agency_cp1256.txt", "01_agency_cp1256.txt"]
    with pytest.raises(ln.CorpusError, match="malformed row 2"):
        list(stream)


def test_bad_arguments_raise_before_the_first_batch(tmp_path):
    with pytest.raises(ln.CorpusError, match="no such file or folder"):
        iter_corpus(tmp_path / "missing")
    with pytest.raises(ValueError, match="batch_size"):
        iter_corpus(batch_size=0)
    with pytest.raises(ValueError, match="errors"):
        iter_corpus(errors="ignore")


# --- corpus-level functions take batches --------------------------------------


def test_is_batches_tells_a_corpus_from_batches_and_names_a_path(corpus):
    assert not is_batches(corpus)
    assert is_batches([corpus]) and is_batches(iter_corpus())
    with pytest.raises(TypeError, match="load_corpus"):
        is_batches("seeds")
    with pytest.raises(TypeError, match="DataFrame"):
        is_batches(42)
    with pytest.raises(TypeError, match="every batch must be a corpus DataFrame"):
        for_batches(ln.actor_mentions, ["قتل 5"])


ROW_FUNCTIONS = [
    ("actor_mentions", lambda c: ln.actor_mentions(c)),
    ("actor_mentions with copies", lambda c: ln.actor_mentions(c, include_duplicates=True)),
    ("source_mentions", lambda c: ln.source_mentions(c)),
    ("casualty_figures", lambda c: ln.casualty_figures(c)),
    ("casualty_events", lambda c: ln.casualty_events(c)),
    ("term_occurrences", lambda c: ln.term_occurrences(c)),
    ("term_frequencies", lambda c: ln.term_frequencies(c)),
    ("term_frequencies bigrams", lambda c: ln.term_frequencies(c, ngram=2, min_count=2)),
    ("term_frequencies by article", lambda c: ln.term_frequencies(c, by="article")),
    ("term_frequencies by source", lambda c: ln.term_frequencies(c, by="source", include_duplicates=True)),
]


@pytest.mark.parametrize("name, func", ROW_FUNCTIONS, ids=[n for n, _ in ROW_FUNCTIONS])
@pytest.mark.parametrize("batch_size", [1, 3])
def test_batch_results_equal_whole_corpus_results_on_the_seeds(corpus, name, func, batch_size):
    pd.testing.assert_frame_equal(func(iter_corpus(batch_size=batch_size)), func(corpus))


@pytest.mark.parametrize("name, func", [f for f in ROW_FUNCTIONS if "casualty" not in f[0]] + [
    ("casualty_figures", lambda c: ln.casualty_figures(c)),
], ids=lambda x: x if isinstance(x, str) else "")
def test_batch_results_equal_whole_corpus_results_on_a_generated_corpus(generated, name, func):
    whole = ln.load_corpus(generated).head(120)
    batches = [whole.iloc[i:i + 25] for i in range(0, len(whole), 25)]
    pd.testing.assert_frame_equal(func(batches), func(whole))


def test_events_fold_figures_of_a_copy_in_a_later_batch(corpus):
    events = ln.casualty_events(iter_corpus(batch_size=2))
    strike = events[events["n_articles"] == 2].iloc[0]
    assert int(strike["low"]) == 10 and int(strike["n_reports"]) == 4
    assert "003_d9f07bdb5968e1f1#2@" in " ".join(strike["figure_ids"])


def test_term_frequencies_of_batches_with_new_words_in_later_batches():
    batches = [
        pd.DataFrame({"article_id": ["a#1"], "text": ["قصفت القوات مواقع التنظيم في سرت"], "duplicate_of": [None],
                      "source": ["وكالات"]}),
        pd.DataFrame({"article_id": ["b#1"], "text": ["وقصفت قوات الوفاق مواقع في بنغازي"], "duplicate_of": [None],
                      "source": [None]}),
    ]
    whole = pd.concat(batches, ignore_index=True)
    for kwargs in ({}, {"by": "source"}, {"by": "article"}, {"min_count": 2}):
        pd.testing.assert_frame_equal(ln.term_frequencies(batches, **kwargs), ln.term_frequencies(whole, **kwargs))
    table = ln.term_frequencies(batches).set_index("term")
    assert table.loc["مواقع", ["count", "n_articles"]].tolist() == [2, 2]
    assert table.loc["قصفت", "forms"] == "قصفت، وقصفت"
    assert table.loc["بنغازي", "count"] == 1


def test_empty_batches_give_the_empty_results_with_their_columns():
    for func in (ln.actor_mentions, ln.casualty_figures, ln.term_frequencies):
        assert list(func([]).columns) == list(func(ln.load_corpus().head(0)).columns)


def test_measure_stream_shows_a_flat_batch_against_a_growing_corpus(tmp_path):
    from libyanews import synth

    synth.write_corpus(tmp_path, 300, seed=1)
    growth = ln.measure_stream(ln.iter_corpus(tmp_path, batch_size=50), batches=4)
    assert growth["articles"].tolist() == [50, 100, 150, 200]
    assert growth["all_batches_mb"].is_monotonic_increasing
    assert growth["all_batches_mb"].iloc[-1] > 3 * growth["batch_mb"].max()  # batches are let go
    assert (growth["index_mb"] > 0).all()
