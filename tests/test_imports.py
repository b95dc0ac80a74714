"""The import graph of ``src/onrecord``: no circles, and start-up stays light.

The graph is read from the source with :mod:`ast` (nothing is imported to build it): an edge
for every ``import`` and ``from ... import`` anywhere in a module, functions included (a lazy
import is still a dependency), except under ``if TYPE_CHECKING:`` (annotations only).
``from package import name`` counts as importing ``package.name`` when that is a module.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"


def _modules() -> dict[str, Path]:
    found = {}
    for path in (SRC / "onrecord").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def import_graph() -> dict[str, set[str]]:
    """Module → the onrecord modules it imports."""
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        pending: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"))]
        while pending:
            node = pending.pop()
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and _type_checking(child):
                    pending.extend(child.orelse)
                    continue
                if isinstance(child, ast.Import):
                    graph[name] |= {a.name for a in child.names if a.name in modules}
                elif isinstance(child, ast.ImportFrom):
                    base = child.module or ""
                    if child.level:
                        parts = package.split(".")[: len(package.split(".")) - child.level + 1]
                        base = ".".join(parts + ([child.module] if child.module else []))
                    for alias in child.names:
                        full = f"{base}.{alias.name}"
                        if full in modules:
                            graph[name].add(full)
                        elif base in modules:
                            graph[name].add(base)
                pending.append(child)
        graph[name].discard(name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _package_of(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2])  # onrecord.store, onrecord.web, onrecord.record ...


def test_imports_no_circle_between_modules() -> None:
    assert cycles(import_graph()) == []


def test_imports_no_circle_between_packages() -> None:
    packages: dict[str, set[str]] = {}
    for module, targets in import_graph().items():
        source = _package_of(module)
        packages.setdefault(source, set())
        packages[source] |= {_package_of(t) for t in targets if _package_of(t) != source}
    for targets in list(packages.values()):
        for t in targets:
            packages.setdefault(t, set())
    packages.pop("onrecord", None)  # the package's own __init__ re-exports from below
    for targets in packages.values():
        targets.discard("onrecord")
    assert cycles(packages) == []


def test_imports_cycle_finder_finds_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize(
    "module", ["onrecord", "onrecord.errors", "onrecord.cli", "onrecord.article", "onrecord.ingest"]
)
def test_imports_light_modules_do_not_load_spacy(module: str) -> None:
    probe = f"import sys, {module}; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
