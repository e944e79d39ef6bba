"""`python -m openapi.sync_facade`: the statically typed sync facade, `cognite/client/_sync_api/`, from the async APIs.

`CogniteClient` runs every API through the generic `SyncWrapper` (coroutines -> results, async iterators ->
iterators); type checkers cannot see through that, so this step writes what they see instead. It reads the API
modules with `ast` (no import) and writes one twin module per module that defines API classes:

- API classes: `APIClient`, anything with `_sync_wrap = True`, and (transitively) their subclasses. Each becomes
  `Sync<Name>` (`ThreeD` spelt `3D`, as in the official SDK), with the same bases (mixins and generic parameters
  kept, API bases renamed) and only its public members: `async def` -> `def`, `AsyncIterator[X]` -> `Iterator[X]`,
  `Coroutine[.., .., X]` / `Awaitable[X]` -> `X`, `__aiter__` -> `__iter__`, `Accessor[XAPI]` -> `SyncXAPI`;
  overloads, properties and docstrings kept, bodies `...`.
- `AsyncCogniteClient` becomes `SyncCogniteClientAPIs`: its accessors, properties and coroutine methods that
  `CogniteClient` does not define itself (what the wrapper forwards); `CogniteClient` derives from it for type
  checkers only.

Every name a twin uses is imported from where its source module got it; names used only in annotations are
imported under TYPE_CHECKING, so importing a twin costs little. `--check` compares instead of writing (run by
`python -m openapi.check_generated`).
"""

from __future__ import annotations

import argparse
import ast
import builtins
import copy
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cognite.client._sync import twin_name as sync_name  # the naming rule, shared with the test mocks

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cognite" / "client"
OUT_DIR = PACKAGE / "_sync_api"
CLIENT_MODULE = PACKAGE / "_cognite_client.py"
CLIENT_FACADE = "SyncCogniteClientAPIs"


def source_modules() -> list[Path]:
    """The modules whose API classes get twins: the API base, the generated-layer bridge and every `_api` module
    (those of its subpackages too, e.g. `_api/data_modeling/spaces.py`)."""
    return [PACKAGE / "_api_client.py", PACKAGE / "_generated_api.py", *sorted((PACKAGE / "_api").rglob("*.py"))]


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def twin_module(path: Path) -> str:
    """`cognite/client/_api/assets.py` -> `cognite.client._sync_api.assets`; `_api_client.py` -> `..._sync_api._api_client`;
    `_api/data_modeling/__init__.py` -> `cognite.client._sync_api.data_modeling`."""
    return "cognite.client._sync_api." + twin_file(path).removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def twin_file(path: Path) -> str:
    """The twin's file name relative to `_sync_api/` (`assets.py`, `data_modeling/spaces.py`)."""
    api_dir = PACKAGE / "_api"
    return path.relative_to(api_dir).as_posix() if path.is_relative_to(api_dir) else path.name


_ASYNC_TO_SYNC = {"AsyncIterator": "Iterator", "AsyncIterable": "Iterable", "AsyncGenerator": "Iterator"}
_UNWRAP_LAST = {"Coroutine", "Awaitable"}  # Coroutine[Any, Any, X] / Awaitable[X] -> X
_CLIENT_ASYNC_ONLY = {"aclose"}  # CogniteClient has `close` instead
_KEPT_DUNDERS = {"__call__", "__getattr__", "__aiter__"}  # what SyncWrapper forwards (`__aiter__` as `__iter__`)
_KEPT_DECORATORS = {"overload", "property", "cached_property", "staticmethod", "classmethod"}
_BUILTINS = set(dir(builtins))


@dataclass
class Module:
    path: Path
    name: str  # dotted
    tree: ast.Module
    imports: dict[str, ast.stmt] = field(default_factory=dict)  # bound name -> its import (top level or TYPE_CHECKING)
    defined: set[str] = field(default_factory=set)  # module-level names defined here
    ignores: dict[int, str] = field(default_factory=dict)  # line -> tag of its `# type: ignore<tag>`


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _single_import(node: ast.Import | ast.ImportFrom, alias: ast.alias) -> ast.stmt:
    if isinstance(node, ast.Import):
        return ast.Import(names=[alias])
    return ast.ImportFrom(module=node.module, names=[alias], level=node.level)


def load_module(path: Path, name: str | None = None) -> Module:
    tree = ast.parse(path.read_text(), filename=str(path), type_comments=True)
    mod = Module(path, name or module_name(path), tree, ignores={i.lineno: i.tag for i in tree.type_ignores})

    def visit(stmts: Iterable[ast.stmt]) -> None:
        for node in stmts:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                if isinstance(node, ast.ImportFrom) and node.module == "__future__":
                    continue
                for alias in node.names:
                    mod.imports.setdefault(alias.asname or alias.name.split(".")[0], _single_import(node, alias))
            elif isinstance(node, ast.If) and _is_type_checking(node.test):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                mod.defined.add(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                mod.defined.update(t.id for t in targets if isinstance(t, ast.Name))

    visit(tree.body)
    return mod


def _base_name(expr: ast.expr) -> str | None:
    """`ResourceAPI[T, L]` -> "ResourceAPI"; `Generic[T]` -> "Generic"."""
    if isinstance(expr, ast.Subscript):
        expr = expr.value
    return expr.id if isinstance(expr, ast.Name) else None


def _sync_wrapped(cls: ast.ClassDef) -> bool:
    for node in cls.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_sync_wrap" for t in node.targets):
            return isinstance(node.value, ast.Constant) and node.value.value is True
    return False


def api_classes(modules: list[Module]) -> dict[str, tuple[Module, ast.ClassDef]]:
    """Every API class by name (names are unique across the API modules; a duplicate is an error)."""
    classes: dict[str, tuple[Module, ast.ClassDef]] = {}
    twice: set[str] = set()
    for mod in modules:
        for node in mod.tree.body:
            if isinstance(node, ast.ClassDef):
                if node.name in classes:
                    twice.add(node.name)
                classes[node.name] = (mod, node)
    api: set[str] = {n for n, (_, c) in classes.items() if n == "APIClient" or _sync_wrapped(c)}
    changed = True
    while changed:
        changed = False
        for name, (_, cls) in classes.items():
            if name not in api and any(_base_name(b) in api for b in cls.bases):
                api.add(name)
                changed = True
    if api & twice:
        raise SystemExit(f"API classes defined in two modules (twin names would clash): {sorted(api & twice)}")
    return {n: classes[n] for n in classes if n in api}


class _Syncify(ast.NodeTransformer):
    """Rewrite one annotation / base expression into its sync form, recording the names it now uses."""

    def __init__(self, api: dict[str, tuple[Module, ast.ClassDef]], ignores: dict[int, str]) -> None:
        self.api = api
        self.ignores = ignores  # of the source module: line -> tag
        self.extra: dict[str, ast.stmt] = {}  # names the rewrite introduced -> their import

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str):  # a quoted annotation
            try:
                parsed = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return node
            return self.visit(parsed)
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.api:
            name = sync_name(node.id)
            self.extra[name] = ast.ImportFrom(
                module=twin_module(self.api[node.id][0].path), names=[ast.alias(name)], level=0
            )
            return ast.copy_location(ast.Name(name, ast.Load()), node)
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        head = _base_name(node) if isinstance(node.value, ast.Name) else getattr(node.value, "attr", None)
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head == "Literal":  # its strings are values, not quoted annotations
            return node
        if head == "Accessor" and len(args) == 1:
            return self.visit(args[0])
        if head in _UNWRAP_LAST:
            return self.visit(args[-1])
        if head in _ASYNC_TO_SYNC:
            sync = _ASYNC_TO_SYNC[head]
            self.extra[sync] = ast.ImportFrom(module="collections.abc", names=[ast.alias(sync)], level=0)
            return ast.Subscript(ast.Name(sync, ast.Load()), self.visit(args[0]), ast.Load())
        self.generic_visit(node)
        return node


def _is_public(name: str) -> bool:
    return not name.startswith("_") or name in _KEPT_DUNDERS


_AWAIT = re.compile(r"\b(?:await |async (?=for |with ))")


def _docstring(node: ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.stmt]:
    """The docstring, its examples in blocking form (`await x` -> `x`, `async for` -> `for`)."""
    first = node.body[0] if node.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        lines = first.value.value.split("\n")
        text = "\n".join(_AWAIT.sub("", ln) if ln.lstrip().startswith((">>>", "...")) else ln for ln in lines)
        return [ast.Expr(ast.Constant(text))]
    return []


def _decorators(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.expr]:
    """The decorators a twin keeps (overload, properties and their setters, static/classmethod); others only wrap."""
    kept = []
    for d in fn.decorator_list:
        name = d.id if isinstance(d, ast.Name) else d.attr if isinstance(d, ast.Attribute) else None
        if name in _KEPT_DECORATORS or (isinstance(d, ast.Attribute) and name in {"setter", "deleter"}):
            kept.append(d)
    return kept


def _twin_function(fn: ast.FunctionDef | ast.AsyncFunctionDef, conv: _Syncify) -> ast.FunctionDef:
    args = copy.deepcopy(fn.args)
    for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
        if a is not None and a.annotation is not None:
            a.annotation = conv.visit(a.annotation)
    returns = conv.visit(copy.deepcopy(fn.returns)) if fn.returns is not None else None
    name = "__iter__" if fn.name == "__aiter__" else fn.name
    body: list[ast.stmt] = [*_docstring(fn), ast.Expr(ast.Constant(...))]
    decorators = [copy.deepcopy(d) for d in _decorators(fn)]
    # A `# type: ignore[...]` on the source's signature holds for the twin too (e.g. an override that adds arguments);
    # carried as the type comment (unparse writes it after the colon) and put back in place by `_place_ignores`.
    comment = None
    for line in _signature_lines(fn):
        if line in conv.ignores:
            on_decorator = line < fn.lineno
            comment = f"ignore{conv.ignores[line]}" + (_ON_DECORATOR if on_decorator else "")
            break
    return ast.FunctionDef(name, args, body, decorators, returns, type_comment=comment, type_params=[])


_ON_DECORATOR = "  # <first decorator>"  # marks an ignore that mypy expects on the decorator line (overloads)


def _signature_lines(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> range:
    """The lines of the decorators and the signature, up to the one ending in ":"."""
    start = min([d.lineno for d in fn.decorator_list] + [fn.lineno])
    first = fn.body[0].lineno
    return range(start, first + 1 if first == fn.lineno else first)


def _members(cls: ast.ClassDef) -> Iterator[ast.stmt]:
    """The public methods and annotated attributes of a class body (statements under `if` are not members)."""
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            public = _is_public(node.name)
        else:
            public = (
                isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and _is_public(node.target.id)
            )
        if public:
            yield node


def _twin_member(node: ast.stmt, conv: _Syncify) -> ast.stmt:
    if isinstance(node, ast.AnnAssign):  # `data: Accessor[DatapointsAPI] = Accessor()` -> `data: SyncDatapointsAPI`
        return ast.AnnAssign(copy.deepcopy(node.target), conv.visit(copy.deepcopy(node.annotation)), None, simple=1)
    assert isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    return _twin_function(node, conv)


def twin_class(
    name: str, cls: ast.ClassDef, members: Iterable[ast.stmt], conv: _Syncify, bases: bool, doc: str | None = None
) -> ast.ClassDef:
    docstring = _docstring(cls) if doc is None else [ast.Expr(ast.Constant(doc))]
    body: list[ast.stmt] = [*docstring, *(_twin_member(m, conv) for m in members)]
    new_bases = [conv.visit(copy.deepcopy(b)) for b in cls.bases] if bases else []
    return ast.ClassDef(name, new_bases, [], body or [ast.Expr(ast.Constant(...))], [], type_params=[])


def _names(nodes: Iterable[ast.AST]) -> set[str]:
    return {n.id for node in nodes for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _runtime_parts(cls: ast.ClassDef) -> list[ast.AST]:
    """The parts of a twin class evaluated when its module is imported (bases, decorators, default values)."""
    parts: list[ast.AST] = list(cls.bases)
    for node in cls.body:
        if isinstance(node, ast.FunctionDef):
            parts += node.decorator_list
            parts += [d for d in [*node.args.defaults, *node.args.kw_defaults] if d is not None]
    return parts


def render_module(source: Module, classes: list[ast.ClassDef], conv: _Syncify, origin: str) -> str:
    """One twin module: header, imports (runtime ones, then TYPE_CHECKING ones), the classes."""
    own = {c.name for c in classes}
    runtime_names = _names(p for c in classes for p in _runtime_parts(c)) - own
    all_names = _names(classes) - own
    runtime: list[ast.stmt] = []
    checking: list[ast.stmt] = []
    for name in sorted(all_names):
        if name in conv.extra:
            stmt = conv.extra[name]
        elif name in source.imports:
            stmt = source.imports[name]
        elif name in source.defined:
            stmt = ast.ImportFrom(module=source.name, names=[ast.alias(name)], level=0)
        elif name in _BUILTINS or name == "TYPE_CHECKING":
            continue
        else:
            raise SystemExit(f"{origin}: cannot tell where {name!r} (used by a twin) comes from")
        (runtime if name in runtime_names else checking).append(stmt)
    lines = [
        '"""Typed sync twins of the API classes of',
        f"{origin}, for type checkers (at runtime `CogniteClient` wraps the async APIs generically).",
        "",
        'Generated by `python -m openapi.sync_facade` (`make generate`); do not edit."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    if checking:
        lines += ["from typing import TYPE_CHECKING", ""]
    lines += [ast.unparse(s) for s in runtime]
    if checking:
        lines += ["", "if TYPE_CHECKING:", *(f"    {ast.unparse(s)}" for s in checking)]
    lines += ["", ""]
    lines += [ast.unparse(ast.fix_missing_locations(c)) + "\n\n" for c in classes]
    return "\n".join(lines)


def _client_members(async_cls: ast.ClassDef, sync_cls: ast.ClassDef) -> list[ast.stmt]:
    """What `CogniteClient` forwards from `AsyncCogniteClient`: accessors, properties and coroutine methods it does
    not define itself (classmethods and plain methods return async-world objects, so CogniteClient declares those)."""
    own = {n.name for n in sync_cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    out: list[ast.stmt] = []
    for node in _members(async_cls):
        if isinstance(node, ast.AnnAssign):
            if _base_name(node.annotation) == "Accessor":
                out.append(node)
        elif node.name in own or node.name in _CLIENT_ASYNC_ONLY or node.name.startswith("_"):
            continue
        elif isinstance(node, ast.AsyncFunctionDef) or any(
            isinstance(d, ast.Name) and d.id == "property" for d in node.decorator_list
        ):
            out.append(node)
    return out


def render() -> dict[str, str]:
    """File name (relative to `_sync_api/`) -> unformatted text, for every twin module."""
    modules = [load_module(p) for p in source_modules()]
    api = api_classes(modules)
    out: dict[str, str] = {
        "__init__.py": '"""Generated by `python -m openapi.sync_facade`: typed sync twins of the async APIs (see '
        '`openapi/sync_facade.py`). Do not edit."""\n'
    }
    for mod in modules:
        conv = _Syncify(api, mod.ignores)
        classes = [
            twin_class(sync_name(node.name), node, _members(node), conv, bases=True)
            for node in mod.tree.body
            if isinstance(node, ast.ClassDef) and node.name in api
        ]
        if classes:
            origin = str(mod.path.relative_to(ROOT))
            out[twin_file(mod.path)] = render_module(mod, classes, conv, origin)
    client = load_module(CLIENT_MODULE)
    by_name = {n.name: n for n in client.tree.body if isinstance(n, ast.ClassDef)}
    conv = _Syncify(api, client.ignores)
    facade = twin_class(
        CLIENT_FACADE,
        by_name["AsyncCogniteClient"],
        _client_members(by_name["AsyncCogniteClient"], by_name["CogniteClient"]),
        conv,
        bases=False,
        doc="What `CogniteClient` forwards to `AsyncCogniteClient` (its accessors typed with the sync twins).",
    )
    out["_cognite_client.py"] = render_module(client, [facade], conv, str(CLIENT_MODULE.relative_to(ROOT)))
    return out


def _ruff(directory: Path) -> None:
    """Sort imports and format with the project's settings (the same ones `make lint` checks)."""
    exe = Path(sys.executable).with_name("ruff")
    ruff = str(exe) if exe.exists() else "ruff"
    common = ["--no-cache", "--config", str(ROOT / "pyproject.toml")]
    subprocess.run([ruff, "check", *common, "--fix-only", "--select", "I,F401", "--quiet", str(directory)], check=True)
    subprocess.run([ruff, "format", *common, "--quiet", str(directory)], check=True, cwd=ROOT)


def build(out_dir: Path) -> None:
    """Write the facade into `out_dir` (created; existing twin files replaced, stale ones removed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = render()
    for stale in out_dir.rglob("*.py"):
        if stale.relative_to(out_dir).as_posix() not in files:
            stale.unlink()
    for name, text in files.items():
        (out_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / name).write_text(text)
    _ruff(out_dir)
    for path in out_dir.rglob("*.py"):
        path.write_text(_place_ignores(path.read_text()))
    _ruff(out_dir)  # moving an ignore can leave a signature laid out for it (`:` then `...` on its own line)


def _place_ignores(text: str) -> str:
    """Move each `# type: ignore` that formatting left at the end of a signature to where mypy looks for it: the
    `def` line, or the first decorator's line when the source had it there."""
    lines = text.split("\n")
    tree = ast.parse(text, type_comments=True)
    at = {i.lineno for i in tree.type_ignores}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and fn.body:
            for line in _signature_lines(fn):
                if line in at:
                    code, _, comment = lines[line - 1].partition("  # type: ignore")
                    on_decorator = comment.endswith(_ON_DECORATOR)
                    comment = comment.removesuffix(_ON_DECORATOR)
                    target = fn.decorator_list[0].lineno if on_decorator and fn.decorator_list else fn.lineno
                    lines[line - 1] = code
                    lines[target - 1] += f"  # type: ignore{comment}"
    return "\n".join(lines)


def differences() -> list[str]:
    """Files of the committed facade that differ from a fresh rendering (empty: up to date)."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "_sync_api"
        build(scratch)
        fresh = {p.relative_to(scratch).as_posix(): p.read_text() for p in scratch.rglob("*.py")}
    committed = (
        {p.relative_to(OUT_DIR).as_posix(): p.read_text() for p in OUT_DIR.rglob("*.py")} if OUT_DIR.exists() else {}
    )
    diffs = [f"only in committed: _sync_api/{n}" for n in sorted(committed.keys() - fresh.keys())]
    diffs += [f"only in regenerated: _sync_api/{n}" for n in sorted(fresh.keys() - committed.keys())]
    diffs += [f"changed: _sync_api/{n}" for n in sorted(fresh.keys() & committed.keys()) if fresh[n] != committed[n]]
    return diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed facade; write nothing")
    args = parser.parse_args(argv)
    if args.check:
        diffs = differences()
        for line in diffs:
            print(f"  {line}")
        print(f"sync facade: {len(diffs)} difference(s)" + (" (run `make generate`)" if diffs else ""))
        return 1 if diffs else 0
    build(OUT_DIR)
    print(f"sync facade: wrote {len(list(OUT_DIR.rglob('*.py')))} modules to {OUT_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
