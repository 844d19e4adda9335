"""Conventions every notebook keeps (DESIGN.md), checked on the committed files.

nbval re-runs the notebooks; these checks say what a reader and the report
rely on: a papermill ``parameters`` cell, right-to-left tables, a figure,
no function or class defined in a notebook, outputs from one clean run.
"""

import re

import nbformat
import pytest

from libyanews import config
from libyanews.report import list_notebooks

NOTEBOOKS = sorted(config.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
ANALYSES = {p.name for p in list_notebooks()}


def code_cells(path):
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_parameters_cell_comes_first(path):
    cells = code_cells(path)
    assert "parameters" in cells[0].metadata.get("tags", []), "the first code cell must be tagged 'parameters'"
    assert not any("parameters" in c.metadata.get("tags", []) for c in cells[1:])
    if path.name in ANALYSES:  # the report passes these two
        assert re.search(r"^corpus = None\b", cells[0].source, re.M) and re.search(r"^errors = None\b", cells[0].source, re.M)
        assert "ln.use_rtl_tables()" in cells[1].source, "tables of Arabic right to left: ln.use_rtl_tables() in the first cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_definitions_no_machine_paths(path):
    for cell in code_cells(path):
        assert not re.search(r"^\s*(def|class) ", cell.source, re.M), cell.source
        assert not re.search(r"""["'](/home/|/work/|/Users/|[A-Z]:\\\\)""", cell.source), cell.source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_come_from_one_clean_run_with_a_figure(path):
    cells = code_cells(path)
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1))
    outputs = [o for c in cells for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error" or o.get("name") == "stderr"]
    assert any("image/png" in o.get("data", {}) for o in outputs), "every notebook shows at least one figure"
