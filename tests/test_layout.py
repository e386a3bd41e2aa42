"""The package's shape: no import cycle between its modules, no module past a few hundred lines."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "union_facts"
LONGEST = 300  # lines; a module that needs a table of contents is split
# Ratchet: modules already past LONGEST, each at most as long as measured (lower these, never raise).
OVER: dict[str, int] = {}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path, modules: set[str]) -> set[str]:
    """The package modules `path` imports when it is imported (function-level imports are lazy by intent)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names}
    return {m for m in found if m in modules and m != name}


def _graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    graph = {_module_name(p): _top_level_imports(p, modules) for p in paths}
    for name in graph:  # the package's __init__ imports its public API: not a dependency of its modules
        graph[name].discard("union_facts")
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_walker_sees_the_pipeline_imports():
    graph = _graph()
    assert "union_facts.quantities" in graph["union_facts.exclusions"]
    assert "union_facts.config" in graph["union_facts.extractor"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_no_import_cycle_between_the_package_modules():
    assert _cycle(_graph()) is None


def test_no_module_is_longer_than_a_few_hundred_lines():
    lengths = {_module_name(p): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    too_long = {m: n for m, n in lengths.items() if n > OVER.get(m, LONGEST)}
    assert too_long == {}, "split these modules"


# A benchmark never imports a test module (linear_time.py did; issue 14 removed it).
BENCHMARKS_IMPORTING_TESTS: set[str] = set()


def test_no_benchmark_imports_a_test_module():
    importing = set()
    for path in (PACKAGE.parents[1] / "benchmarks").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(n == "tests" or n.startswith("tests.") for n in names):
                importing.add(path.name)
    assert importing <= BENCHMARKS_IMPORTING_TESTS
