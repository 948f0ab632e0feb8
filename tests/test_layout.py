"""The package's layout (README "Development", issue 15): layers import only the ones below them.

Every module's imports are read with `ast`, those inside functions included, into a graph of
jingwen's modules: it has no cycle; `read/` (inputs → raw records) reaches nothing above the shared
vocabulary; `text/` (the vocabulary) imports no stage; the package root stays small."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PKG = SRC / "jingwen"


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PKG.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The jingwen modules `name` imports anywhere in its body (functions, TYPE_CHECKING blocks)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for a in node.names:
                sub = f"{target}.{a.name}"
                found.add(sub if sub in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _reach(start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for m in GRAPH[todo.pop()]:
            if m not in seen:
                seen.add(m)
                todo.append(m)
    return seen


def _cycle() -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for n in sorted(GRAPH[m]):
            if state.get(n) == 1:
                return [*path[path.index(n):], n]
            if n not in state and (found := visit(n)):
                return found
        state[m] = 2
        path.pop()
        return None

    for m in sorted(GRAPH):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_the_graph_is_read() -> None:
    assert "jingwen.pipeline" in GRAPH["jingwen"]
    assert "jingwen.text.tokens" in GRAPH["jingwen.rules.damage"]  # an import inside a function


def test_no_import_cycle() -> None:
    cycle = _cycle()
    assert cycle is None, " → ".join(cycle or [])


def _below(m: str, allowed: tuple[str, ...]) -> bool:
    return m in allowed or m.startswith(tuple(a + "." for a in allowed))


def test_readers_reach_no_stage() -> None:
    allowed = ("jingwen.read", "jingwen.text", "jingwen.errors", "jingwen.models")
    for name in MODULES:
        if name.startswith("jingwen.read"):
            bad = sorted(m for m in _reach(name) if not _below(m, allowed))
            assert not bad, f"{name} reaches {bad}"


def test_the_vocabulary_imports_no_stage() -> None:
    allowed = ("jingwen.text", "jingwen.errors", "jingwen.models")
    for name in MODULES:
        if name.startswith("jingwen.text"):
            bad = sorted(m for m in _reach(name) if not _below(m, allowed))
            assert not bad, f"{name} reaches {bad}"


def test_the_package_root_holds_at_most_ten_modules() -> None:
    root = sorted(p.name for p in PKG.glob("*.py"))
    assert len(root) <= 10, root
