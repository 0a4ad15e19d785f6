"""The layer rules of ARCHITECTURE.md, checked: what each floor loads, and no import circle.

Imports are checked in a fresh interpreter (sys.modules there is the only proof that a
deferred import stays deferred); circles are read from the source, counting every import,
deferred into a function or only for types: a circle hidden that way is still one."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tui_reader"


def loaded_after(statement: str) -> set[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def roots(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


@pytest.mark.parametrize(
    "module",
    [
        "tui_reader.library",
        "tui_reader.extract",
        "tui_reader.sources",
        "tui_reader.analyze",
        "tui_reader.pipeline",
        "tui_reader.model",
        "tui_reader.formats",
        "tui_reader.feeds",
        "tui_reader.feeds.load",
        "tui_reader.settings",
    ],
)
def test_domain_code_loads_neither_textual_nor_spacy(module):
    loaded = roots(loaded_after(f"import {module}"))
    assert "textual" not in loaded
    assert "spacy" not in loaded


def test_the_analysers_load_spacy_only_through_nlp():
    loaded = loaded_after(
        "import tui_reader.analyze.entities, tui_reader.analyze.quotes, tui_reader.analyze.figures"
    )
    assert "spacy" not in roots(loaded)


def test_the_library_only_stores():
    loaded = loaded_after("import tui_reader.library")
    assert not {"tui_reader.sources", "tui_reader.extract", "tui_reader.pipeline"} & loaded
    assert "httpx" not in roots(loaded)


def test_the_app_loads_no_spacy_until_an_article_is_analysed():
    loaded = loaded_after("import tui_reader.ui.app, tui_reader.cli")
    assert "textual" in roots(loaded)
    assert "spacy" not in roots(loaded)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names}
    return {m for m in found if m.startswith("tui_reader")}


def import_graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: {m for m in _imports(path, name) if m in files and m != name}
        for name, path in files.items()
    }


def find_circle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
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


def test_the_circle_finder_finds_a_circle():
    assert find_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b"}, "b": set()}) is None


def test_no_import_circle_in_the_package():
    assert find_circle(import_graph()) is None


def test_no_module_over_450_lines():
    long = {
        _module_name(p): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > 450
    }
    assert long == {}
