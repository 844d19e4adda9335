"""The package's shape: a newcomer opens the right file at once.

No module over 800 lines, no class over 250, no function over 120, and no
import cycle among the package's modules (imports inside functions count
too: a cycle hidden in a function is still a knot).
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "libyanews"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
MAX_MODULE, MAX_CLASS, MAX_FUNCTION = 800, 250, 120


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


NAMES = {_name(p): p for p in MODULES}


def _imports(path: Path) -> set[str]:
    """Package modules that ``path`` imports, anywhere in the file."""
    package = _name(path) if path.name == "__init__.py" else _name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("libyanews"):
                continue
            for alias in node.names:  # `from . import config` imports a module
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in NAMES else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("libyanews"))
    return {t for t in found if t in NAMES and t != _name(path)}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles, state = [], {}

    def visit(node, stack):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return cycles


def test_the_package_has_no_import_cycle():
    graph = {name: _imports(path) for name, path in NAMES.items()}
    # the package's own __init__ re-exports everything; modules never import it back
    assert "libyanews" not in set().union(*(graph[n] for n in graph if n != "libyanews"))
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_export_and_dask_share_the_pipeline_without_importing_each_other():
    graph = {name: _imports(path) for name, path in NAMES.items()}
    assert "libyanews.pipeline" in graph["libyanews.export"]
    assert "libyanews.pipeline" in graph["libyanews.dask"]
    assert "libyanews.export" not in graph["libyanews.dask"]
    assert "libyanews.dask" not in graph["libyanews.pipeline"]


@pytest.mark.parametrize("path", MODULES, ids=[_name(p) for p in MODULES])
def test_modules_classes_and_functions_stay_readable(path):
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE, f"{path.name}: split it by stage"
    for node in ast.walk(ast.parse(source)):
        size = getattr(node, "end_lineno", 0) - getattr(node, "lineno", 0) + 1
        if isinstance(node, ast.ClassDef):
            assert size <= MAX_CLASS, f"class {node.name} has {size} lines"
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            assert size <= MAX_FUNCTION, f"function {node.name} has {size} lines"


def test_the_casualty_reader_is_a_package_of_stages():
    stages = ["wordlists", "sentence", "figures", "attribution", "victims", "places", "totals", "reader", "events"]
    for stage in stages:
        assert f"libyanews.casualties.{stage}" in NAMES, stage
        doc = ast.get_docstring(ast.parse(NAMES[f"libyanews.casualties.{stage}"].read_text(encoding="utf-8")))
        assert doc and ">>>" in doc and any("\u0600" <= ch <= "\u06ff" for ch in doc), f"{stage}: rules + Arabic example"
