"""Share the results: the analysis notebooks run on a corpus, as web pages.

:func:`make_report` (``python -m libyanews report CORPUS OUT``, see
:mod:`libyanews.cli`) runs every analysis notebook in ``notebooks/`` (01-04,
06 and any later one; not ``05_scale``, a benchmark on a generated corpus) on
CORPUS with papermill, passing ``corpus`` and ``errors`` to its
``parameters`` cell, and writes into OUT:

=====================  ==========================================================
``NN_name.ipynb``      the executed notebook (open it in JupyterLab)
``NN_name.html``       the same as one self-contained page: figures embedded as
                       data URIs, tables of Arabic right to left, code hidden
                       unless ``with_code``; nothing is fetched from the network
``index.html``         a link to every page and the corpus in numbers: articles,
                       files not read, casualty figures and events
=====================  ==========================================================

A colleague needs only a browser: send OUT as a folder or a zip.

Example::

    >>> [p.stem for p in list_notebooks()][:4]
    ['01_corpus', '02_actors', '03_casualties', '04_terms']
"""

from __future__ import annotations

import html
import os
import re
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import config
from .casualties import casualty_events, casualty_figures
from .corpus import list_files, load_corpus
from .display import render_table

__all__ = ["EXCLUDED", "NotebookError", "ReportError", "ReportSummary", "export_html", "list_notebooks", "make_report",
           "run_notebook", "summarize_corpus"]

#: Notebooks that are not analyses of CORPUS (05 measures a generated corpus).
EXCLUDED = ("05_scale",)

_NOTEBOOK_RE = re.compile(r"^\d\d_\w+\.ipynb$")
_TITLE_RE = re.compile(r"^#\s+(.+)$", re.MULTILINE)


class ReportError(Exception):
    """The report cannot be made: the message says why (for the CLI)."""


class NotebookError(Exception):
    """A notebook failed on the corpus: the message names it, the cell and the error."""


@dataclass
class ReportSummary:
    """What a report holds: the corpus in numbers and the pages written."""

    corpus: str
    out: Path
    files_read: int = 0
    articles: int = 0
    copies: int = 0
    problems: list[dict] = field(default_factory=list)
    figures: int = 0
    killed: int = 0
    injured: int = 0
    events: int = 0
    retold: int = 0
    cumulative: int = 0
    pages: list[tuple[str, str]] = field(default_factory=list)  # (file name, title)
    seconds: float = 0.0

    def table(self) -> pd.DataFrame:
        """The numbers as a table: Arabic label, English label, value."""
        rows = [
            ("ملفات مقروءة", "files read", self.files_read),
            ("مقالات", "articles", self.articles),
            ("منها نسخ منشورة من جديد", "of which republished copies", self.copies),
            ("ملفات أو صفوف لم تقرأ", "files or rows not read (problems)", len(self.problems)),
            ("أعداد الضحايا كما كتبت", "casualty figures as written", self.figures),
            ("أحداث", "casualty events", self.events),
            ("منها أحداث رويت أكثر من مرة", "of which told more than once", self.retold),
            ("منها حصائل تراكمية", "of which cumulative totals", self.cumulative),
            ("قتلى (الأحداث المفردة، التقدير الأرجح)", "killed (single events, best estimate)", self.killed),
            ("جرحى (الأحداث المفردة، التقدير الأرجح)", "injured (single events, best estimate)", self.injured),
        ]
        return pd.DataFrame(rows, columns=["البند", "item", "value"])

    def lines(self) -> list[str]:
        """A closing summary for the command line."""
        out = [f"report on {self.corpus}: {self.articles:,} articles ({self.copies:,} republished copies), "
               f"{len(self.problems):,} problems, {self.figures:,} casualty figures, {self.events:,} events; "
               f"{len(self.pages)} pages in {self.seconds:.0f} s"]
        out += [f"  {self.out / name}" for name, _ in self.pages]
        out.append(f"  {self.out / 'index.html'}")
        return out


def list_notebooks(folder: os.PathLike | str | None = None) -> list[Path]:
    """The analysis notebooks of ``folder`` (default ``notebooks/``) in order:
    every ``NN_name.ipynb`` but :data:`EXCLUDED`."""
    folder = Path(config.NOTEBOOKS_DIR if folder is None else folder)
    if not folder.is_dir():
        raise ReportError(f"{folder}: no notebooks folder (the report runs the notebooks of a project checkout)")
    return sorted(p for p in folder.iterdir() if _NOTEBOOK_RE.match(p.name) and p.stem not in EXCLUDED)


def summarize_corpus(corpus, errors: str | None = None, summary: ReportSummary | None = None) -> ReportSummary:
    """Read ``corpus`` and count what the index page shows.  Raises
    :class:`libyanews.corpus.CorpusError` as :func:`load_corpus` does."""
    summary = summary or ReportSummary(corpus=str(corpus), out=Path("."))
    summary.files_read = len(list_files(corpus))
    with warnings.catch_warnings():  # the problems are counted and listed, not warned about
        warnings.simplefilter("ignore")
        articles = load_corpus(corpus, errors=errors)
    figures = casualty_figures(articles)
    events = casualty_events(figures)
    single = events[~events["cumulative"].astype(bool)]
    summary.articles = len(articles)
    summary.copies = int(articles["duplicate_of"].notna().sum())
    summary.problems = list(articles.attrs.get("problems", []))
    summary.figures = len(figures)
    summary.events = len(events)
    summary.retold = int((events["n_reports"] > 1).sum())
    summary.cumulative = int(events["cumulative"].astype(bool).sum())
    summary.killed = int(single.loc[single["kind"] == "killed", "best"].fillna(0).sum())
    summary.injured = int(single.loc[single["kind"] == "injured", "best"].fillna(0).sum())
    return summary


# --------------------------------------------------------------------------
# Running a notebook, exporting it


def _kernel_manager_class():
    """A kernel manager that starts this Python (the one with libyanews),
    whatever kernel named "python3" the user's Jupyter knows."""
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    class ThisPythonSpecs(KernelSpecManager):
        def get_kernel_spec(self, kernel_name):
            return KernelSpec(argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}",
                                    "--IPKernelApp.log_level=CRITICAL"],  # no kernel chatter on the report's stderr
                              display_name="Python 3 (ipykernel)", language="python")

    class ThisPythonKernel(AsyncKernelManager):
        def _kernel_spec_manager_default(self):
            return ThisPythonSpecs()

    return ThisPythonKernel


def run_notebook(path: os.PathLike | str, out: os.PathLike | str, parameters: dict):
    """Run the notebook ``path`` with papermill (``parameters`` go into its
    ``parameters`` cell), write the executed notebook to ``out`` and return
    it.  A failing cell raises :class:`NotebookError`; the notebook written
    then shows the error where it happened."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    path = Path(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # papermill's own deprecation chatter
            return papermill.execute_notebook(
                str(path), str(out), parameters=parameters, kernel_name="python3", cwd=str(path.parent),
                progress_bar=False, log_output=False, kernel_manager_class=_kernel_manager_class())
    except PapermillExecutionError as err:
        raise NotebookError(f"{path.name} failed at cell [{err.exec_count}]: {err.ename}: {err.evalue} "
                            f"(the executed notebook {out} shows where)") from None


#: The nbconvert "lab" page without what it would fetch from the network
#: (require.js, MathJax, Mermaid), a link back to the index, and tables and
#: figures that fit the page.
_TEMPLATE = r"""{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}
<style type="text/css">
  nav.libyanews { font-family: sans-serif; padding: 0.5em 1em; border-bottom: 1px solid #ccc; }
  nav.libyanews .corpus { color: #555; }
  table.libyanews-rtl { margin-left: auto; margin-right: 0; }
  .jp-RenderedImage img { max-width: 100%; height: auto; }
</style>
{% endblock extra_css %}
{% block body_header %}
{{ super() }}
<nav class="libyanews">
  <a href="index.html" lang="ar" dir="rtl">الفهرس</a> · <a href="index.html">index</a>
  · <span class="corpus">corpus: <bdi>{{ resources.libyanews_corpus | e }}</bdi></span>
</nav>
{% endblock body_header %}
"""


def export_html(notebook, *, with_code: bool = False, corpus: str = "") -> str:
    """One self-contained HTML page of an executed notebook (nbconvert's
    JupyterLab look): figures as data URIs, no script or style fetched,
    code cells hidden unless ``with_code``, outputs as the kernel made them
    (so tables of Arabic stay right to left)."""
    import jinja2
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", extra_loaders=[jinja2.DictLoader({"libyanews.html.j2": _TEMPLATE})],
                            template_file="libyanews.html.j2", exclude_input=not with_code,
                            exclude_input_prompt=not with_code, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(notebook, resources={"libyanews_corpus": corpus})
    return body


def _title(notebook, fallback: str) -> str:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            found = _TITLE_RE.search(cell.source)
            if found:
                return found.group(1).strip()
    return fallback


# --------------------------------------------------------------------------
# The index page


def _index_html(summary: ReportSummary) -> str:
    esc = html.escape
    seeds = Path(summary.corpus).resolve() == config.SEEDS_DIR.resolve()
    pages = "\n".join(f'<li><a href="{esc(name)}" dir="auto">{esc(title)}</a></li>' for name, title in summary.pages)
    caveat = "" if seeds else (
        '<p class="caveat">النصوص بين الجداول كتبت لقراءة المقالات الخمس الأولى (seeds)؛ '
        "الجداول والرسوم هنا لهذه المدونة.<br>"
        '<span lang="en" dir="ltr">The prose between the tables was written for the five seed articles; '
        "the tables and figures are those of this corpus.</span></p>")
    problems = ""
    if summary.problems:
        frame = pd.DataFrame(summary.problems).reindex(columns=["file", "row", "reason"])
        problems = ('<h2>ما لم يقرأ / <span lang="en" dir="ltr">Not read</span></h2>\n'
                    + render_table(frame, max_rows=200))
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>libyanews: نتائج التحليل / analysis results</title>
<style>
  body {{ font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; max-width: 60em;
         margin: 2em auto; padding: 0 1em; line-height: 1.6; }}
  table.libyanews-rtl {{ border-collapse: collapse; }}
  table.libyanews-rtl td, table.libyanews-rtl th {{ border-bottom: 1px solid #ddd; padding: 0.3em 0.8em; }}
  .caveat {{ background: #fff6d6; padding: 0.6em 1em; }}
  li {{ margin: 0.3em 0; }}
</style>
</head>
<body>
<h1>نتائج التحليل / <span lang="en" dir="ltr">Analysis results</span></h1>
<p>المدونة / <span lang="en" dir="ltr">corpus</span>: <bdi dir="ltr">{esc(summary.corpus)}</bdi></p>
{caveat}
<h2>الصفحات / <span lang="en" dir="ltr">Pages</span></h2>
<ul class="pages">
{pages}
</ul>
<h2>المدونة بالأرقام / <span lang="en" dir="ltr">The corpus in numbers</span></h2>
{render_table(summary.table().set_index("البند"))}
{problems}
<p><span lang="en" dir="ltr">Each page has its notebook (.ipynb) beside it, to open in JupyterLab.
Made with <code>python -m libyanews report</code>.</span></p>
</body>
</html>
"""


# --------------------------------------------------------------------------
# The report


def _check_out(out: Path, overwrite: bool) -> None:
    if out.exists() and not out.is_dir():
        raise ReportError(f"{out}: exists and is not a folder; OUT must be a folder (it is created if missing)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ReportError(f"{out}: cannot create the output folder ({err.strerror or err})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise ReportError(f"{out}: the output folder is not writable")
    if (out / "index.html").exists() and not overwrite:
        raise ReportError(f"{out}: already holds a report (index.html); choose another folder or pass --overwrite")


def make_report(corpus, out, *, with_code: bool = False, errors: str | None = None, overwrite: bool = False,
                progress: bool = True, notebooks: list[Path] | None = None) -> ReportSummary:
    """Run the analysis notebooks on ``corpus`` and write the report into the
    folder ``out`` (see the module docstring).  ``errors`` as in
    :func:`libyanews.load_corpus` (default ``$LIBYANEWS_ERRORS`` or "raise"),
    ``notebooks`` defaults to :func:`list_notebooks`.  ``progress`` shows a
    tqdm bar on stderr.  Raises :class:`ReportError` for an unusable ``out``,
    :class:`libyanews.corpus.CorpusError` for a corpus that cannot be read
    (before any notebook runs), :class:`NotebookError` when a notebook fails."""
    from tqdm.auto import tqdm

    start = time.perf_counter()
    errors = errors or config.default_errors()
    path = Path(config.default_corpus() if corpus is None else corpus).expanduser().resolve()
    list_files(path)  # a missing corpus is named before OUT is made
    out = Path(out)
    notebooks = list_notebooks() if notebooks is None else [Path(n) for n in notebooks]
    _check_out(out, overwrite)
    summary = ReportSummary(corpus=str(path), out=out)
    with tqdm(total=1 + len(notebooks), desc="report", unit="step", file=sys.stderr, disable=not progress,
              dynamic_ncols=True) as bar:
        bar.set_postfix_str("reading the corpus")
        summarize_corpus(path, errors, summary)
        bar.update()
        for notebook in notebooks:
            bar.set_postfix_str(notebook.stem)
            executed = run_notebook(notebook, out / notebook.name, {"corpus": str(path), "errors": errors})
            page = out / f"{notebook.stem}.html"
            page.write_text(export_html(executed, with_code=with_code, corpus=str(path)), encoding="utf-8")
            summary.pages.append((page.name, _title(executed, notebook.stem)))
            bar.update()
    (out / "index.html").write_text(_index_html(summary), encoding="utf-8")
    summary.seconds = time.perf_counter() - start
    return summary
