"""``python -m libyanews report``: pages a colleague opens in a browser."""

import base64
import json
import os
import re
import subprocess
import sys

import nbformat
import pytest

from libyanews import config, synth
from libyanews.report import EXCLUDED, NotebookError, list_notebooks, make_report

ARABIC = re.compile(r"[\u0600-\u06FF]")
CODE = re.compile(r'class="[^"]*jp-InputArea-editor')  # a code cell's input
TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL)


def run(*args):
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    for name in (config.CORPUS_ENV, config.ERRORS_ENV):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "libyanews", *map(str, args)], capture_output=True, text=True,
                          cwd=config.PROJECT_DIR, env=env, timeout=1200)


def names():
    return [p.stem for p in list_notebooks()]


def test_the_analysis_notebooks_are_found_by_listing_not_the_benchmark(tmp_path):
    assert names()[:4] == ["01_corpus", "02_actors", "03_casualties", "04_terms"]
    assert "05_scale" in EXCLUDED and "05_scale" not in names()
    for name in ("01_a.ipynb", "05_scale.ipynb", "06_events.ipynb", "notes.ipynb", "07_b.txt"):
        (tmp_path / name).write_text("{}")
    assert [p.name for p in list_notebooks(tmp_path)] == ["01_a.ipynb", "06_events.ipynb"]


def test_report_of_the_seeds_writes_a_page_and_a_notebook_per_analysis(seed_report):
    out, result = seed_report
    for name in names():
        assert (out / f"{name}.html").stat().st_size > 10_000
        nbformat.validate(nbformat.read(out / f"{name}.ipynb", as_version=4))
    assert "report" in result.stderr and "100%" in result.stderr  # the progress bar
    assert "8 articles" in result.stdout and str(out / "index.html") in result.stdout


def test_index_links_every_page_and_gives_the_corpus_in_numbers(seed_report):
    out, _ = seed_report
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted(h for h in re.findall(r'href="([^"]+)"', index))
    assert pages == sorted(f"{n}.html" for n in names())
    assert '<html lang="ar" dir="rtl">' in index
    numbers = dict(re.findall(r'<td dir="ltr" style="text-align: left">([^<]+)</td>'
                              r'<td dir="ltr" style="text-align: right">(\d+)</td>', index))
    assert numbers["articles"] == "8" and numbers["of which republished copies"] == "1"
    assert numbers["casualty figures as written"] == "20" and numbers["casualty events"] == "14"
    assert numbers["files or rows not read (problems)"] == "0"
    assert "The prose between the tables was written for the five seed articles" not in index  # it is the seeds


def test_pages_are_self_contained_with_figures_as_data(seed_report):
    out, _ = seed_report
    for name in names():
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert not re.search(r"""<(script|img|link)\b[^>]*(src|href)=["']?https?:""", page), name
        images = re.findall(r'<img[^>]*src="data:image/png;base64,([^"]+)"', page)
        assert images, f"{name}: no figure"
        assert all(base64.b64decode(data)[:8] == b"\x89PNG\r\n\x1a\n" for data in images)


def test_arabic_tables_are_right_to_left_and_code_is_hidden(seed_report):
    out, _ = seed_report
    for name in names():
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        arabic_tables = [t for t in TABLE.findall(page) if ARABIC.search(t)]
        assert arabic_tables and all('dir="rtl"' in t.split(">", 1)[0] for t in arabic_tables), name
        assert not CODE.search(page) and "ln.use_rtl_tables" not in page, name
    kwic = [t for t in TABLE.findall((out / "02_actors.html").read_text(encoding="utf-8")) if ">match</th>" in t]
    assert kwic and re.search(r">before</th><th[^>]*>match</th><th[^>]*>after</th>", kwic[0])


def test_executed_notebooks_ran_on_the_corpus_given(seed_report):
    out, _ = seed_report
    for name in names():
        notebook = nbformat.read(out / f"{name}.ipynb", as_version=4)
        injected = [c for c in notebook.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1 and f"corpus = \"{config.SEEDS_DIR}\"" in injected[0].source
        outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
        assert not [o for o in outputs if o.output_type == "error" or o.get("name") == "stderr"], name


def test_with_code_shows_the_code(tmp_path):
    notebook = config.NOTEBOOKS_DIR / "01_corpus.ipynb"
    make_report(config.SEEDS_DIR, tmp_path, with_code=True, progress=False, notebooks=[notebook])
    page = (tmp_path / "01_corpus.html").read_text(encoding="utf-8")
    assert CODE.search(page) and "load_corpus" in page


def test_another_corpus_runs_every_notebook_and_its_problems_are_listed(tmp_path):
    corpus = tmp_path / "corpus"
    synth.write_corpus(corpus, 40, seed=2)
    (corpus / "broken.txt").write_bytes(b"")
    result = run("report", corpus, tmp_path / "out", "--errors", "report", "--no-progress")
    assert result.returncode == 0, result.stderr
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "broken.txt" in index and "empty file" in index
    assert "The prose between the tables was written for the five seed articles" in index
    for name in names():
        notebook = nbformat.read(tmp_path / "out" / f"{name}.ipynb", as_version=4)
        assert not [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs
                    if o.output_type == "error"], name


def test_a_missing_corpus_is_named_and_nothing_is_written(tmp_path):
    result = run("report", tmp_path / "nowhere", tmp_path / "out", "--no-progress")
    assert result.returncode == 2
    assert "error: corpus:" in result.stderr and "no such file or folder" in result.stderr
    assert not (tmp_path / "out").exists() and "Traceback" not in result.stderr


@pytest.mark.parametrize("setup, message", [
    (lambda out: out.write_text("x"), "exists and is not a folder"),
    (lambda out: (out.mkdir(), (out / "index.html").write_text("x")), "already holds a report"),
])
def test_an_unusable_output_folder_is_named(tmp_path, setup, message):
    out = tmp_path / "out"
    setup(out)
    result = run("report", config.SEEDS_DIR, out, "--no-progress")
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_an_unreadable_file_stops_the_report_before_any_notebook_runs(tmp_path, seed_texts):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(seed_texts["001_2a210c8ead99e064.txt"], encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"%PDF-1.4\x00\x01binary")
    result = run("report", corpus, tmp_path / "out", "--no-progress")
    assert result.returncode == 1
    assert "b.txt" in result.stderr and "--errors report" in result.stderr and "Traceback" not in result.stderr
    assert not list((tmp_path / "out").glob("*.html"))


def test_a_notebook_that_fails_is_named_with_its_error(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("corpus = None\nerrors = None", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("raise ValueError('no figure in this corpus')"),
    ])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, tmp_path / "09_fails.ipynb")
    with pytest.raises(NotebookError, match=r"09_fails.ipynb failed at cell .*ValueError: no figure in this corpus"):
        make_report(config.SEEDS_DIR, tmp_path / "out", progress=False, notebooks=[tmp_path / "09_fails.ipynb"])
    assert (tmp_path / "out" / "09_fails.ipynb").exists()  # the executed notebook shows where
