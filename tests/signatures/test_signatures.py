"""Our core API classes take the official SDK's parameters: same methods, names, kinds, order and defaults.

The official side is dumped by `_describe.py` run in `.venv-official` (its sync `CogniteClient`, from a temp cwd);
ours is read from the async API classes of `API_REGISTRY` (`inspect.signature` unwraps the call-options wrapper;
`self` and `**options` are ignored). The report has one line per difference; `differences.py` may accept a
line, with a reason. Parameters we add are differences only when they could change a call written for the
official SDK: a required one, one that shifts positional arguments, or a catch-all `*args` / `**kwargs`; the
others are reported "(compatible)" and need a reason in `differences.py` like any other difference.
"""

from __future__ import annotations

import importlib
import json
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from _describe import CORE_ACCESSORS, Params, describe_class
from differences import ALLOWED

from cognite.client._api_registry import API_REGISTRY, resolve

ROOT = Path(__file__).resolve().parents[2]
OFFICIAL_PY = ROOT / ".venv-official" / "bin" / "python"


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Params]]:
    if not OFFICIAL_PY.exists():
        pytest.skip("needs .venv-official (make official-venv)")
    script = Path(__file__).with_name("_describe.py")
    cwd = tmp_path_factory.mktemp("official")  # not the repository: its cognite/ would shadow the official one
    # -I: no PYTHONPATH or user site either, only the official venv
    out = subprocess.run([str(OFFICIAL_PY), "-I", str(script)], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def ours(path: str) -> dict[str, Params] | None:
    target = API_REGISTRY.get(resolve(path))
    if target is None:
        return None
    module, _, name = target.partition(":")
    try:
        cls = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    return describe_class(cls)


def _harmless_extra(p: list[Any], ours_params: Params, official_names: set[str]) -> bool:
    name, kind, default = p
    if default is None or kind in ("VAR_POSITIONAL", "VAR_KEYWORD"):
        return False
    if kind == "KEYWORD_ONLY":
        return True
    # positional: harmless when no official positional parameter comes after it
    later = ours_params[[q[0] for q in ours_params].index(name) + 1 :]
    return not any(q[0] in official_names and q[1] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD") for q in later)


def _shown(default: str | None) -> str:
    return "<required>" if default is None else default


def differences(path: str, official_methods: dict[str, Params], our_methods: dict[str, Params] | None) -> list[str]:
    if our_methods is None:
        return [f"{path}: accessor missing ({len(official_methods)} methods)"]
    lines: list[str] = []
    for method, o_params in official_methods.items():
        where = f"{path}.{method}"
        if method not in our_methods:
            lines.append(f"{where}: method missing")
            continue
        u_params = our_methods[method]
        o_by, u_by = {p[0]: p for p in o_params}, {p[0]: p for p in u_params}
        lines += [f"{where}: parameter {n!r} missing" for n in o_by if n not in u_by]
        lines += [
            f"{where}: parameter {p[0]!r} ({p[1]}{'' if p[2] is None else ', default ' + p[2]}) not in official"
            + (" (compatible)" if _harmless_extra(p, u_params, set(o_by)) else "")
            for p in u_params
            if p[0] not in o_by
        ]
        o_common, u_common = [n for n in o_by if n in u_by], [n for n in u_by if n in o_by]
        if o_common != u_common:
            lines.append(f"{where}: order official ({', '.join(o_common)}) ours ({', '.join(u_common)})")
        for n in o_common:
            (_, o_kind, o_def), (_, u_kind, u_def) = o_by[n], u_by[n]
            if o_kind != u_kind:
                lines.append(f"{where}: parameter {n!r} kind official {o_kind} ours {u_kind}")
            if o_def != u_def:
                lines.append(f"{where}: parameter {n!r} default official {_shown(o_def)} ours {_shown(u_def)}")
    return lines


_KINDS = ("methods missing", "params missing", "params added", "compatible extras", "order", "kind", "default")


def _kind(line: str) -> str:
    for suffix, kind in (("method missing", "methods missing"), ("missing", "params missing")):
        if line.endswith(suffix):
            return kind
    for needle, kind in (
        (" not in official (compatible)", "compatible extras"),
        (" not in official", "params added"),
        (": order ", "order"),
        (" kind ", "kind"),
    ):
        if needle in line:
            return kind
    return "default" if " default " in line else "methods missing"  # "accessor missing (n methods)"


def test_core_signatures_match_official(official: dict[str, dict[str, Params]]) -> None:
    assert set(official) == set(CORE_ACCESSORS)
    report = {path: differences(path, official[path], ours(path)) for path in CORE_ACCESSORS}
    found = [line for lines in report.values() for line in lines]
    unexplained = [line for line in found if line not in ALLOWED]
    stale = [line for line in ALLOWED if line not in found]
    no_reason = [line for line, reason in ALLOWED.items() if not reason.strip()]
    if unexplained or stale or no_reason:
        summary = [f"accessor | official methods | {' | '.join(_KINDS)}"]
        for path, lines in report.items():
            kinds = Counter(_kind(line) for line in lines)
            summary.append(" | ".join([path, str(len(official[path])), *(str(kinds[k]) for k in _KINDS)]))
        total = sum(len(m) for m in official.values())
        pytest.fail(
            "\n".join(
                [f"{len(unexplained)} unexplained signature difference(s) over {total} official core methods:"]
                + unexplained
                + [f"stale allowlist entry: {line}" for line in stale]
                + [f"allowlist entry without a reason: {line}" for line in no_reason]
                + ["", *summary]
            ),
            pytrace=False,
        )


def test_differences_detected() -> None:
    official = {"list": [["name", "POSITIONAL_OR_KEYWORD", "None"], ["limit", "POSITIONAL_OR_KEYWORD", "25"]]}
    assert differences("x", official, official) == []
    assert differences("x", official, None) == ["x: accessor missing (1 methods)"]
    assert differences("x", official, {}) == ["x.list: method missing"]
    swapped = {"list": [["nmae", "POSITIONAL_OR_KEYWORD", "None"], ["limit", "POSITIONAL_OR_KEYWORD", "100"]]}
    assert differences("x", official, swapped) == [
        "x.list: parameter 'name' missing",
        "x.list: parameter 'nmae' (POSITIONAL_OR_KEYWORD, default None) not in official",
        "x.list: parameter 'limit' default official 25 ours 100",
    ]
    extra_ok = {"list": [*official["list"], ["partitions", "POSITIONAL_OR_KEYWORD", "None"]]}
    assert differences("x", official, extra_ok) == [
        "x.list: parameter 'partitions' (POSITIONAL_OR_KEYWORD, default None) not in official (compatible)"
    ]
    catch_all = {"list": [*official["list"], ["kwargs", "VAR_KEYWORD", None]]}
    assert differences("x", official, catch_all) == ["x.list: parameter 'kwargs' (VAR_KEYWORD) not in official"]
    reordered = {"list": [official["list"][1], ["name", "KEYWORD_ONLY", None]]}
    assert differences("x", official, reordered) == [
        "x.list: order official (name, limit) ours (limit, name)",
        "x.list: parameter 'name' kind official POSITIONAL_OR_KEYWORD ours KEYWORD_ONLY",
        "x.list: parameter 'name' default official None ours <required>",
    ]
