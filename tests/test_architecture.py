"""The shape of the package, checked from its source: no import cycles, no reaching into
another module's private names, no module too long to read, a pinned public API.

Read with ``ast`` (nothing is imported), so a new module is checked the day it is added.
The allow-lists below name the offenders there were when a rule came in: they may only
shrink. Fix a module and its entry must go (a test fails until it does); never add one.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

import plandeck
import plandeck.batch
import plandeck.compare

PACKAGE = Path(plandeck.__file__).resolve().parent
ROOT = PACKAGE.parent
MAX_LINES = 400

# Modules over MAX_LINES lines. This list may only shrink: split a module below the limit,
# then delete its entry here.
LONG_MODULES_ALLOWED: set[str] = set()

# Import cycles there were when this rule came in, each as the set of modules it runs through.
# Only modules being rewritten (plandeck/extract, plandeck/normalize) may be listed, and this
# list may only shrink: break the cycle, then delete its entry here.
CYCLES_ALLOWED: set[frozenset[str]] = set()

# Modules that import another module's private (``_name``) names, as (importer, "module:_name").
# Only modules being rewritten (plandeck/extract, plandeck/normalize) may be listed, and this
# list may only shrink: give the name a public spelling, then delete its entry here.
PRIVATE_IMPORTS_ALLOWED: set[tuple[str, str]] = set()

# The library's public names: change this list only on purpose (it is the API users see).
# The function is "extract_file", not "extract": plandeck.extract is the stage package (see
# plandeck/__init__.py).
PUBLIC_API = [
    "Document", "EncryptedError", "Item", "LimitError", "Meeting", "MissingToolError", "Organisation", "Period",
    "Person", "Plan", "PlandeckError", "Provenance", "Recurrence", "Role", "Settings", "Source", "TimeoutError_",
    "UnreadableError", "UnsupportedError", "extract_file",
]
BATCH_API = ["Failure", "Report", "RunOptions", "run_extract"]
COMPARE_API = ["DiffDocument", "LoadedPlan", "diff_documents", "history_rows", "in_period_order", "load_plan",
               "to_markdown"]


@dataclass(frozen=True)
class Import:
    """One import statement's target in plandeck: the module it loads and the name taken from it, if any."""

    module: str
    name: str | None
    line: int


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    imports: list[Import] = field(default_factory=list)
    private_uses: list[tuple[str, str, int]] = field(default_factory=list)  # (module, name, line)

    @property
    def rel(self) -> str:
        return self.path.relative_to(ROOT).as_posix()


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


class _Collector(ast.NodeVisitor):
    """Every import that runs: at module level, in functions and classes; not under ``if TYPE_CHECKING``.

    Imports for type checkers only never execute, so they cannot close a cycle at run time.
    """

    def __init__(self, module: Module, known: frozenset[str]) -> None:
        self.module = module
        self.known = known
        self.aliases: dict[str, str] = {}  # local name -> plandeck module it is bound to
        is_package = module.path.name == "__init__.py"
        self.package = module.name if is_package else module.name.rpartition(".")[0]

    def resolve(self, node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        base = self.package.split(".")
        base = base[: len(base) - (node.level - 1)]
        return ".".join([*base, node.module] if node.module else base)

    def visit_If(self, node: ast.If) -> None:
        if is_type_checking(node.test):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] != "plandeck":
                continue
            target = alias.name
            while target not in self.known:
                target = target.rpartition(".")[0]
            self.module.imports.append(Import(target, None, node.lineno))
            if alias.asname:
                self.aliases[alias.asname] = alias.name

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        source = self.resolve(node)
        if source.split(".")[0] != "plandeck":
            return
        for alias in node.names:
            submodule = f"{source}.{alias.name}"
            if submodule in self.known:
                self.module.imports.append(Import(submodule, None, node.lineno))
                self.aliases[alias.asname or alias.name] = submodule
            else:
                self.module.imports.append(Import(source, alias.name, node.lineno))

    def visit_Attribute(self, node: ast.Attribute) -> None:
        """``module._name`` on a plandeck module bound by an import: a private name reached from outside."""
        if isinstance(node.value, ast.Name) and node.value.id in self.aliases and is_private(node.attr):
            self.module.private_uses.append((self.aliases[node.value.id], node.attr, node.lineno))
        self.generic_visit(node)


@cache
def modules() -> dict[str, Module]:
    paths = sorted(PACKAGE.rglob("*.py"))
    known = frozenset(module_name(p) for p in paths)
    out: dict[str, Module] = {}
    for path in paths:
        mod = Module(module_name(path), path, ast.parse(path.read_text("utf-8"), str(path)))
        _Collector(mod, known).visit(mod.tree)
        out[mod.name] = mod
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the plandeck modules it imports (a package's ``__init__`` is imported only when named)."""
    return {name: {imp.module for imp in mod.imports if imp.module != name} for name, mod in modules().items()}


def components(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module: each holds at least one cycle (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[frozenset[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(frozenset(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def cycle_in(graph: dict[str, set[str]], component: frozenset[str]) -> list[str]:
    """A shortest path from the component's first module back to itself, within the component."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v] & component):
            if w == start:
                return [*paths[v], start]
            if w not in paths:
                paths[w] = [*paths[v], w]
                queue.append(w)
    raise AssertionError("a strongly connected component always has a cycle")


def private_imports() -> Iterator[tuple[Module, str, str, int]]:
    """(importer, module, private name, line) for each private name taken from another plandeck module."""
    for mod in modules().values():
        for imp in mod.imports:
            if imp.name is not None and is_private(imp.name) and imp.module != mod.name:
                yield mod, imp.module, imp.name, imp.line
            elif imp.name is None and is_private(imp.module.rpartition(".")[2]) and imp.module != mod.name:
                yield mod, imp.module, imp.module.rpartition(".")[2], imp.line
        for module, name, line in mod.private_uses:
            if module != mod.name:
                yield mod, module, name, line


def line_count(path: Path) -> int:
    return len(path.read_text("utf-8").splitlines())


# --- the rules ---------------------------------------------------------------------------------------


def test_the_graph_sees_function_level_imports() -> None:
    """The checks below mean something only if imports inside functions are in the graph."""
    graph = import_graph()
    assert "plandeck.pipeline" in graph["plandeck.compare.plans"]  # imported inside load_plan
    assert "plandeck.extract.read" in graph["plandeck.pipeline"]  # imported inside Engine.read
    assert "plandeck.batch.run" in graph["plandeck.batch"]  # the package's lazy re-exports


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": {"e"}, "e": {"d"}, "f": {"a"}}
    assert sorted(components(graph), key=min) == [frozenset("abc"), frozenset("de")]
    assert cycle_in(graph, frozenset("abc")) == ["a", "b", "c", "a"]


def test_no_import_cycles() -> None:
    graph = import_graph()
    found = [c for c in components(graph) if c not in CYCLES_ALLOWED]
    assert not found, "import cycles (module-level and function-level imports):\n" + "\n".join(
        "  " + " -> ".join(cycle_in(graph, c)) for c in found)


def test_cycle_allow_list_only_shrinks() -> None:
    assert all(m.startswith(("plandeck.extract.", "plandeck.normalize.")) for c in CYCLES_ALLOWED for m in c)
    stale = [sorted(c) for c in CYCLES_ALLOWED - set(components(import_graph()))]
    assert not stale, f"broken, so remove from CYCLES_ALLOWED: {stale}"


def test_no_private_names_imported_from_other_modules() -> None:
    found = {(mod.rel, f"{module}:{name}"): line for mod, module, name, line in private_imports()}
    new = sorted(f"  {rel}:{found[rel, what]} uses {what}" for rel, what in set(found) - PRIVATE_IMPORTS_ALLOWED)
    assert not new, "private names used from another module (make them public or move the code):\n" + "\n".join(new)


def test_private_import_allow_list_only_shrinks() -> None:
    found = {(mod.rel, f"{module}:{name}") for mod, module, name, _ in private_imports()}
    assert all(rel.startswith(("plandeck/extract/", "plandeck/normalize/")) for rel, _ in PRIVATE_IMPORTS_ALLOWED)
    stale = sorted(PRIVATE_IMPORTS_ALLOWED - found)
    assert not stale, f"fixed, so remove from PRIVATE_IMPORTS_ALLOWED: {stale}"


def test_no_module_over_the_line_limit() -> None:
    long = {mod.rel: line_count(mod.path) for mod in modules().values() if line_count(mod.path) > MAX_LINES}
    new = sorted(f"  {rel}: {n} lines" for rel, n in long.items() if rel not in LONG_MODULES_ALLOWED)
    assert not new, f"modules over {MAX_LINES} lines (split them by what they do):\n" + "\n".join(new)


def test_long_module_allow_list_only_shrinks() -> None:
    stale = sorted(rel for rel in LONG_MODULES_ALLOWED
                   if not (ROOT / rel).is_file() or line_count(ROOT / rel) <= MAX_LINES)
    assert not stale, f"now within {MAX_LINES} lines (or gone), so remove from LONG_MODULES_ALLOWED: {stale}"


# --- public API --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("package", "pinned"), [(plandeck, PUBLIC_API), (plandeck.batch, BATCH_API),
                                                 (plandeck.compare, COMPARE_API)],
                         ids=["plandeck", "plandeck.batch", "plandeck.compare"])
def test_public_api_is_pinned(package, pinned: list[str]) -> None:
    assert sorted(package.__all__) == sorted(pinned)
    assert len(set(package.__all__)) == len(package.__all__)
    for name in package.__all__:
        assert getattr(package, name) is not None, name


def test_public_api_is_what_the_modules_define() -> None:
    from plandeck import errors, pipeline, schema, settings

    assert plandeck.Document is schema.Document
    assert plandeck.Settings is settings.Settings
    assert plandeck.PlandeckError is errors.PlandeckError
    assert plandeck.extract_file is pipeline.extract
    assert issubclass(plandeck.UnreadableError, plandeck.PlandeckError)
    with pytest.raises(AttributeError):
        plandeck.no_such_name  # noqa: B018


def test_importing_the_package_stays_cheap() -> None:
    """``plandeck --help`` and the workers' fork server import the packages; pydantic and pandas must wait."""
    code = ("import sys, plandeck, plandeck.batch, plandeck.batch.workers, plandeck.cli; "
            "print(sorted(m for m in ('pydantic', 'pandas', 'plandeck.schema', 'plandeck.batch.run') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
