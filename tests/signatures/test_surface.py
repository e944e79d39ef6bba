"""The whole surface: every accessor and public method of the official SDK 8.22 vs ours, with parameters.

The official side is every API object reachable from its sync `CogniteClient` (`_describe.py --all`, run in
`.venv-official`); ours is the class `API_REGISTRY` names for the same accessor path. A method is present when our
class has it; present methods outside the core accessors (those `test_signatures.py` compares in detail) must take
the official parameter names in the official order. Every missing or different method is listed in
`surface_differences.py` with a reason; an entry that no longer occurs fails (delete it).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from _describe import CORE_ACCESSORS, Params
from surface_differences import SURFACE_ALLOWED
from test_signatures import OFFICIAL_PY, ours


@pytest.fixture(scope="module")
def official_all(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Params]]:
    if not OFFICIAL_PY.exists():
        pytest.skip("needs .venv-official (make official-venv)")
    script = Path(__file__).with_name("_describe.py")
    cwd = tmp_path_factory.mktemp("official_all")  # not the repository: its cognite/ would shadow the official one
    out = subprocess.run(
        [str(OFFICIAL_PY), "-I", str(script), "--all"], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _names(params: Params) -> list[str]:
    return [p[0] for p in params if p[1] not in ("VAR_POSITIONAL", "VAR_KEYWORD")]


def surface_report(official: dict[str, dict[str, Params]]) -> tuple[int, int, list[str]]:
    """(present, total, one line per missing / different method)."""
    present = total = 0
    lines: list[str] = []
    for path, methods in sorted(official.items()):
        mine = ours(path)
        for method, params in sorted(methods.items()):
            total += 1
            if mine is None or method not in mine:
                lines.append(f"{path}.{method}: missing")
                continue
            present += 1
            if path in CORE_ACCESSORS:
                continue  # compared parameter by parameter in test_signatures.py
            wanted, got = _names(params), _names(mine[method])
            if got[: len(wanted)] != wanted:
                lines.append(f"{path}.{method}: parameters {got} != official {wanted}")
    return present, total, lines


def test_surface(official_all: dict[str, dict[str, Params]]) -> None:
    present, total, lines = surface_report(official_all)
    print(f"official methods present: {present}/{total}")
    unexplained = [line for line in lines if line not in SURFACE_ALLOWED]
    stale = sorted(set(SURFACE_ALLOWED) - set(lines))
    assert not unexplained, "differences without a reason in surface_differences.py:\n" + "\n".join(unexplained)
    assert not stale, "entries of surface_differences.py that no longer occur (delete them):\n" + "\n".join(stale)
