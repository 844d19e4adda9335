"""The command line: ``python -m libyanews export`` writes what the Python API computes."""

import json
import math
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import libyanews as ln
from libyanews import config, synth
import pyarrow as pa

from libyanews.export import SCHEMAS, TABLES, export_corpus

PROJECT = config.PROJECT_DIR


def run(*args, cwd=PROJECT):
    """``python -m libyanews ...`` in a subprocess; this checkout first on the path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PROJECT), os.environ.get("PYTHONPATH", "")])}
    env.pop(config.ERRORS_ENV, None)
    return subprocess.run([sys.executable, "-m", "libyanews", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=600)


def plain(value):
    """A cell as plain Python: missing values None, sequences lists, numbers int where whole."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return [plain(v) for v in value]
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (np.integer, np.bool_)):
        return value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def records(frame: pd.DataFrame) -> list[list]:
    return [[plain(v) for v in row] for row in frame.itertuples(index=False)]


def read_table(path, columns_with_lists=()):
    """An exported table read back: Parquet as it is, CSV with JSON list cells decoded."""
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    frame = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype=str)
    for col in frame.columns:
        if col in columns_with_lists:
            frame[col] = frame[col].map(json.loads)
    return frame


def lists_of(name):
    return {f.name for f in SCHEMAS[name] if pa.types.is_list(f.type)}


def api_tables(corpus):
    return {
        "articles": corpus,
        "actor_mentions": ln.actor_mentions(corpus),
        "casualty_figures": ln.casualty_figures(corpus),
        "casualty_events": ln.casualty_events(corpus),
        "term_frequencies": ln.term_frequencies(corpus),
    }


def _csv_text(value) -> str:
    """A value as pandas writes it in CSV: a day without a time as YYYY-MM-DD."""
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.strftime("%Y-%m-%d")
    return str(value)


def assert_export_equals_api(out, fmt, corpus):
    for name, want in api_tables(corpus).items():
        got = read_table(out / f"{name}.{fmt}", lists_of(name))
        assert list(got.columns) == list(want.columns), name
        if fmt == "csv":  # CSV has text only (an empty string and no value look alike): compare texts
            want_rows = [[None if v is None or v is pd.NaT or v == "" else (v if isinstance(v, list) else _csv_text(v))
                          for v in row] for row in records(want)]
            got_rows = [[None if v is None else v for v in row] for row in records(got)]
            want_rows = [[("True" if v is True else "False" if v is False else v) for v in row] for row in want_rows]
            assert got_rows == want_rows, name
        else:
            assert records(got) == records(want), name


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    synth.write_corpus(folder, 150, seed=4)
    return folder


def test_export_of_the_seeds_writes_every_table_and_a_summary(tmp_path, corpus):
    result = run("export", config.SEEDS_DIR, tmp_path / "out", "--no-progress")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("exported 8 articles (1 republished copies) from 5 files in ")
    for name, n in [("casualty figures", 20), ("casualty events", 14), ("articles", 8)]:
        assert any(line.split()[:-2] == name.split() and line.split()[-2] == str(n)
                   for line in result.stdout.splitlines()), (name, result.stdout)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{t}.csv" for t in TABLES if t != "problems")
    assert_export_equals_api(tmp_path / "out", "csv", corpus)


def test_progress_bar_goes_to_stderr(tmp_path):
    result = run("export", config.SEEDS_DIR, tmp_path / "out")
    assert result.returncode == 0
    assert "export" in result.stderr and "100%" in result.stderr
    assert "100%" not in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_of_a_generated_corpus_in_small_batches_equals_the_api(tmp_path, generated, fmt):
    summary = export_corpus(generated, tmp_path, fmt=fmt, batch_size=17, progress=False)
    corpus = ln.load_corpus(generated)
    assert summary.articles == 150 and summary.copies == int(corpus["duplicate_of"].notna().sum()) > 0
    assert_export_equals_api(tmp_path, fmt, corpus)


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    from tests.corpus_files import write_dated_corpus

    return write_dated_corpus(tmp_path_factory.mktemp("dated"), 120, files=4)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_of_a_dated_corpus_folds_across_articles_as_the_api(tmp_path, dated, fmt):
    """Events fold across articles by day: the export's sliding window over
    days on disk gives the events of casualty_events on the whole corpus."""
    export_corpus(dated, tmp_path, fmt=fmt, batch_size=13, progress=False)
    corpus = ln.load_corpus(dated)
    assert_export_equals_api(tmp_path, fmt, corpus)
    events = ln.casualty_events(corpus)
    assert (events["n_articles"] > 1).sum() > 10 and events["date_start"].notna().all()


def test_export_folds_with_few_events_in_memory(tmp_path, dated):
    """Step 2 reads the events of step 1 back in order of their first day and
    writes them as they close: with small chunks the result is the same."""
    from libyanews.export import _EventFolder

    corpus = ln.load_corpus(dated)
    figures = ln.casualty_figures(corpus)
    folder = _EventFolder(str(tmp_path), families_per_chunk=3)
    for start in range(0, len(figures), 25):
        folder.add(figures.iloc[start:start + 25])
    got = pd.concat(list(folder.events(batch_rows=4)), ignore_index=True)
    folder.close()
    assert records(got) == records(ln.casualty_events(figures))


def test_no_dedupe_counts_every_article_as_an_original(tmp_path, generated):
    result = run("export", generated, tmp_path / "out", "--no-progress", "--no-dedupe")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("exported 150 articles (0 republished copies)")
    corpus = ln.load_corpus(generated, dedupe=False)
    assert_export_equals_api(tmp_path / "out", "csv", corpus)
    assert ln.load_corpus(generated)["duplicate_of"].notna().any()  # the copies are there when looked for


def test_parquet_keeps_types_and_lists(tmp_path, corpus):
    export_corpus(config.SEEDS_DIR, tmp_path, fmt="parquet", progress=False)
    figures = pd.read_parquet(tmp_path / "casualty_figures.parquet")
    assert str(figures["low"].dtype) == "int64" and figures["cumulative"].dtype == bool
    events = pd.read_parquet(tmp_path / "casualty_events.parquet")
    assert all(isinstance(v, np.ndarray) for v in events["figure_ids"])
    articles = pd.read_parquet(tmp_path / "articles.parquet")
    assert list(articles.loc[7, "captions"]) == corpus.loc[7, "captions"]


def test_a_missing_corpus_is_named_and_nothing_is_written(tmp_path):
    result = run("export", tmp_path / "nowhere", tmp_path / "out", "--no-progress")
    assert result.returncode == 2
    assert "error: corpus:" in result.stderr and "nowhere" in result.stderr and "no such file or folder" in result.stderr
    assert not (tmp_path / "out").exists()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("setup, message", [
    (lambda out: out.write_text("x"), "exists and is not a folder"),
    (lambda out: None, "cannot create the output folder"),
])
def test_an_unusable_output_folder_is_named(tmp_path, setup, message):
    out = tmp_path / "out"
    setup(out)
    target = out if message != "cannot create the output folder" else tmp_path / "file.txt" / "out"
    if message == "cannot create the output folder":
        (tmp_path / "file.txt").write_text("x")
    result = run("export", config.SEEDS_DIR, target, "--no-progress")
    assert result.returncode == 2
    assert message in result.stderr and str(target) in result.stderr
    assert "Traceback" not in result.stderr


def test_an_earlier_export_is_kept_unless_overwrite(tmp_path):
    assert run("export", config.SEEDS_DIR, tmp_path, "--no-progress").returncode == 0
    again = run("export", config.SEEDS_DIR, tmp_path, "--no-progress")
    assert again.returncode == 2 and "already holds" in again.stderr and "--overwrite" in again.stderr
    assert run("export", config.SEEDS_DIR, tmp_path, "--no-progress", "--overwrite").returncode == 0


def test_bad_files_stop_the_export_or_are_reported(tmp_path, seed_texts):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(seed_texts["001_2a210c8ead99e064.txt"], encoding="utf-8")
    (corpus / "b_empty.txt").write_bytes(b"")
    stopped = run("export", corpus, tmp_path / "out", "--no-progress")
    assert stopped.returncode == 1
    assert "b_empty.txt: empty file" in stopped.stderr and "--errors report" in stopped.stderr
    reported = run("export", corpus, tmp_path / "out2", "--no-progress", "--errors", "report")
    assert reported.returncode == 0, reported.stderr
    assert "problems                     1" in reported.stdout
    problems = pd.read_csv(tmp_path / "out2" / "problems.csv")
    assert problems[["file", "reason"]].values.tolist() == [["b_empty.txt", "empty file"]]


def test_bad_arguments_exit_2(tmp_path):
    assert run("export", config.SEEDS_DIR, tmp_path, "--format", "xlsx").returncode == 2
    result = run("export", config.SEEDS_DIR, tmp_path / "o", "--batch-size", "0", "--no-progress")
    assert result.returncode == 2 and "--batch-size" in result.stderr
    assert run().returncode == 2  # no command
