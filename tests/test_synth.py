"""Generated corpora: deterministic, loadable as written, duplicates planted and found."""

import pytest

import libyanews as ln
from libyanews import synth


def files_of(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


def test_the_same_seed_writes_byte_identical_corpora(tmp_path):
    synth.write_corpus(tmp_path / "a", 120, seed=5)
    synth.write_corpus(tmp_path / "b", 120, seed=5)
    synth.write_corpus(tmp_path / "c", 120, seed=6)
    a, b, c = (files_of(tmp_path / x) for x in "abc")
    assert a == b
    assert a != c
    assert len(a) >= 120 // 3


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    truth = synth.write_corpus(folder, 400, seed=11, copies=0.05, near_copies=0.1)
    return truth, ln.load_corpus(folder)


def test_load_corpus_reads_every_generated_article_as_written(written):
    truth, corpus = written
    assert corpus["article_id"].tolist() == truth["article_id"].tolist()
    assert corpus["title"].tolist() == truth["title"].tolist()
    assert corpus["source"].tolist() == truth["source"].tolist()
    assert corpus["text"].tolist() == ["\n\n".join(p) for p in truth["paragraphs"]]
    assert set(corpus["lang"]) == {"ar"}


def test_planted_copies_are_found_and_nothing_else(written):
    truth, corpus = written
    planted = truth["copy_of"].notna()
    assert 0.1 < planted.mean() < 0.2
    assert set(truth.loc[planted, "edit"]) >= {"exact", "number", "diacritics", "tatweel", "spaces", "drop"}
    found = corpus["duplicate_of"].where(corpus["duplicate_of"].notna(), None).tolist()
    assert found == truth["copy_of"].tolist()


def test_articles_recombine_the_seeds_register(written):
    truth, corpus = written
    seed_titles = set(synth._material(str(ln.config.SEEDS_DIR.resolve()))[1])
    assert set(truth["title"]) <= seed_titles
    assert truth["paragraphs"].map(len).between(3, 9).all()  # a near copy may have lost one
    # actors and terms of the seeds are there
    assert {"gna", "isis", "lna"} <= set(ln.actor_mentions(corpus.head(100))["actor"])
    # paragraphs are new word sequences: few repeat outside the planted copies
    originals = truth[truth["copy_of"].isna()]
    paras = [p for ps in originals["paragraphs"] for p in ps]
    assert len(set(paras)) > 0.95 * len(paras)


@pytest.mark.parametrize("kwargs, message", [
    (dict(n_articles=-1), "n_articles"),
    (dict(n_articles=2.5), "n_articles"),
    (dict(n_articles=10, copies=1.5), "copies"),
    (dict(n_articles=10, copies=0.6, near_copies=0.6), "must not exceed 1"),
])
def test_bad_arguments_are_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        synth.generate_articles(**kwargs)


def test_a_folder_that_already_holds_a_corpus_is_refused(tmp_path):
    synth.write_corpus(tmp_path, 5)
    with pytest.raises(FileExistsError, match="already holds"):
        synth.write_corpus(tmp_path, 5)
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotADirectoryError):
        synth.write_corpus(tmp_path / "file", 5)
