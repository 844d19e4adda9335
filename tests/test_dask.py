"""Dask partitions on a LocalCluster of two worker processes give the pandas results."""

import logging
import os
import warnings

import pandas as pd
import pytest

import libyanews as ln
import libyanews.dask as lnd
from libyanews import config, synth
from libyanews.export import export_corpus
from tests.test_cli import assert_export_equals_api, records
from tests.test_corpus import EXPECTED_PROBLEMS, archive  # noqa: F401  (fixture)

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def client():
    # Worker processes import libyanews themselves: from this checkout, as the tests do.
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in [str(config.PROJECT_DIR), old] if p)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()
    if old is None:
        os.environ.pop("PYTHONPATH")
    else:
        os.environ["PYTHONPATH"] = old


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    synth.write_corpus(folder, 240, seed=9, copies=0.1, near_copies=0.1)
    return folder


def test_the_cluster_runs_two_worker_processes(client):
    pids = client.run(os.getpid)
    assert len(pids) == 2 and os.getpid() not in pids.values()
    # the workers import this checkout's package
    assert set(client.run(lambda: __import__("libyanews").__file__).values()) == {ln.__file__}


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    from tests.corpus_files import write_dated_corpus

    return write_dated_corpus(tmp_path_factory.mktemp("dated"), 160, files=5)


@pytest.mark.parametrize("source", ["seeds", "generated", "dated"])
def test_dask_results_equal_the_pandas_path(client, generated, dated, source):
    path = {"seeds": config.SEEDS_DIR, "generated": generated, "dated": dated}[source]
    partition_bytes = {"seeds": 6000, "generated": 60_000, "dated": 1000}[source]
    corpus = lnd.load_corpus(path, partition_bytes=partition_bytes)
    assert corpus.npartitions >= 3
    pandas_corpus = ln.load_corpus(path)
    assert records(corpus.compute()) == records(pandas_corpus)
    figures = lnd.casualty_figures(corpus).persist()
    assert records(figures.compute()) == records(ln.casualty_figures(pandas_corpus))
    assert records(figures.map_partitions(len).compute().to_frame()) != []  # computed per partition
    # the same function through map_partitions, as a researcher would write it
    direct = corpus.map_partitions(ln.casualty_figures, meta=lnd.FIGURES_META).compute()
    assert records(direct) == records(ln.casualty_figures(pandas_corpus))
    assert records(lnd.actor_mentions(corpus).compute()) == records(ln.actor_mentions(pandas_corpus))
    pd.testing.assert_frame_equal(lnd.term_frequencies(corpus), ln.term_frequencies(pandas_corpus))
    pd.testing.assert_frame_equal(lnd.term_frequencies(corpus, ngram=2, by="article"),
                                  ln.term_frequencies(pandas_corpus, ngram=2, by="article"))
    events = lnd.casualty_events(figures).compute()
    assert records(events) == records(ln.casualty_events(pandas_corpus))
    if source == "dated":  # folded across articles, in a chain over partitions sorted by day
        assert (events["n_articles"] > 1).sum() > 10
        assert records(lnd.casualty_events(figures, window=0, toll_ratio=1.5).compute()) == records(
            ln.casualty_events(pandas_corpus, window=0, toll_ratio=1.5))


def test_copies_are_found_across_partitions(client, generated):
    corpus = lnd.load_corpus(generated, partition_bytes=30_000)
    assert corpus.npartitions >= 8
    truth = synth.generate_articles(240, seed=9, copies=0.1, near_copies=0.1)
    found = corpus["duplicate_of"].compute()
    assert [d if isinstance(d, str) else None for d in found] == [c if isinstance(c, str) else None for c in truth["copy_of"]]


def test_problems_are_reported_or_raised_as_by_load_corpus(client, archive):  # noqa: F811
    with pytest.warns(ln.CorpusWarning, match="libyanews.dask.load_corpus: 4 file"):
        corpus, problems = lnd.load_corpus_with_problems(archive, errors="report", partition_bytes=2000)
    assert [(p["file"], p["row"], p["reason"]) for p in problems] == EXPECTED_PROBLEMS
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ln.CorpusWarning)
        assert records(corpus.compute()) == records(ln.load_corpus(archive, errors="report"))
    with pytest.raises(ln.CorpusError, match="malformed row 2"):
        lnd.load_corpus(archive, partition_bytes=2000)


def test_export_with_workers_writes_the_same_files(client, generated, tmp_path):
    summary = export_corpus(generated, tmp_path / "dask", fmt="parquet", batch_size=40, client=client, progress=False)
    assert summary.articles == 240 and summary.workers == 2
    assert_export_equals_api(tmp_path / "dask", "parquet", ln.load_corpus(generated))
