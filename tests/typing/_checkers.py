"""Runs mypy and pyright on the probes as a user's project would (a temp dir, no project config) and parses them.

Shared by `test_probe.py` (against our package, in this interpreter) and `record_official.py` (against
`.venv-official`). A probe line of code ends in a marker comment: "R: key" (a `reveal_type` to compare) or
"E: key" (a deliberate mistake that must be reported).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBES = {"sync": HERE / "probe_sync.py", "async": HERE / "probe_async.py"}
CHECKERS = ("mypy", "pyright")
OFFICIAL_TYPES = HERE / "official_types.json"
ROOT = HERE.parents[1]
OFFICIAL_PY = ROOT / ".venv-official" / "bin" / "python"

_MARKER = re.compile(r"^\s*[^\s#`\"].*#\s*([RE]):\s*(.+?)\s*$")  # code, then the comment
_MYPY_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<sev>error|note): (?P<msg>.*)$")
_REVEALED_MYPY = re.compile(r'^Revealed type is "(.*)"$')
_REVEALED_PYRIGHT = re.compile(r'^Type of ".*" is "(.*)"$', re.S)
_MYPY_CODE = re.compile(r"\s\[([a-z-]+)\]$")
_QUALIFIED = re.compile(r"\b(?:[A-Za-z_]\w*\.)+([A-Za-z_]\w*)")


@dataclass
class Markers:
    reveals: dict[int, str] = field(default_factory=dict)  # line -> key
    mistakes: dict[int, str] = field(default_factory=dict)


@dataclass
class Report:
    revealed: dict[int, str] = field(default_factory=dict)  # line -> revealed type (as printed)
    errors: dict[int, list[str]] = field(default_factory=dict)  # line -> messages
    codes: dict[int, set[str]] = field(default_factory=dict)  # line -> error codes (mypy) / rules (pyright)


def markers(path: Path) -> Markers:
    out = Markers()
    for n, text in enumerate(path.read_text().splitlines(), start=1):
        m = _MARKER.search(text)
        if m:
            (out.reveals if m.group(1) == "R" else out.mistakes)[n] = m.group(2)
    return out


def normalise(type_str: str) -> str:
    """Checker-neutral form: unqualified names (`cognite.client...Asset` -> `Asset`), union members sorted."""
    s = _QUALIFIED.sub(r"\1", type_str.strip())
    parts, depth, cur = [], 0, ""
    for ch in s:
        depth += ch in "[(" and 1 or (-1 if ch in "])" else 0)
        if ch == "|" and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    return " | ".join(sorted(parts))


def _env(python: str) -> dict[str, str]:
    """The checkers ask `python` for its import path: another interpreter must not inherit our PYTHONPATH."""
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}  # no "newer version" look-up
    if Path(python).resolve() != Path(sys.executable).resolve():
        env.pop("PYTHONPATH", None)
    return env


def _stage(workdir: Path) -> dict[str, Path]:
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "mypy.ini").write_text("[mypy]\n")  # no project or user configuration: a new user's defaults
    return {name: Path(shutil.copy(src, workdir / src.name)) for name, src in PROBES.items()}


def run_mypy(python: str, workdir: Path, cache_dir: Path | None = None) -> dict[str, Report]:
    files = _stage(workdir)
    cmd = [sys.executable, "-m", "mypy", "--config-file", str(workdir / "mypy.ini"), "--python-executable", python]
    cmd += ["--no-error-summary", "--show-error-codes", "--hide-error-context", "--no-pretty", "--no-color-output"]
    cmd += ["--cache-dir", str(cache_dir or workdir / ".mypy_cache"), *(p.name for p in files.values())]
    proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, timeout=600, env=_env(python))
    if proc.returncode not in (0, 1) or proc.stderr.strip():
        raise RuntimeError(f"mypy failed ({proc.returncode}): {proc.stderr or proc.stdout}")
    by_file = {p.name: name for name, p in files.items()}
    reports = {name: Report() for name in files}
    for text in proc.stdout.splitlines():
        m = _MYPY_LINE.match(text)
        if not m or m.group("file") not in by_file:
            continue
        rep, line = reports[by_file[m.group("file")]], int(m.group("line"))
        if m.group("sev") == "error":
            rep.errors.setdefault(line, []).append(m.group("msg"))
            if code := _MYPY_CODE.search(m.group("msg")):
                rep.codes.setdefault(line, set()).add(code.group(1))
        elif r := _REVEALED_MYPY.match(m.group("msg")):
            rep.revealed[line] = r.group(1)
    return reports


def run_pyright(python: str, workdir: Path, cache_dir: Path | None = None) -> dict[str, Report]:
    files = _stage(workdir)
    cmd = [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", python, *(p.name for p in files.values())]
    proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, timeout=600, env=_env(python))
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        raise RuntimeError(f"pyright failed ({proc.returncode}): {proc.stderr or proc.stdout}") from e
    by_file = {str(p.resolve()): name for name, p in files.items()}
    reports = {name: Report() for name in files}
    for d in data.get("generalDiagnostics", []):
        name = by_file.get(str(Path(d["file"]).resolve()))
        if name is None:
            continue
        rep, line = reports[name], d["range"]["start"]["line"] + 1
        if d["severity"] == "error":
            rep.errors.setdefault(line, []).append(f"{d['message'].splitlines()[0]} ({d.get('rule', '')})")
            rep.codes.setdefault(line, set()).add(d.get("rule", ""))
        elif r := _REVEALED_PYRIGHT.match(d["message"]):
            rep.revealed[line] = r.group(1)
    return reports


RUNNERS = {"mypy": run_mypy, "pyright": run_pyright}

# A bad call is reported under one of these codes depending on whether the method is overloaded.
_CALL_CODES = ({"arg-type", "call-arg", "call-overload"}, {"reportArgumentType", "reportCallIssue"})


def same_kind(official: set[str], ours: set[str]) -> bool:
    """Is one of our error codes on a mistake's line the official one (or its overload-call equivalent)?"""
    if official & ours:
        return True
    return any(official & group and ours & group for group in _CALL_CODES)


def by_key(reports: dict[str, Report]) -> dict[str, dict[str, object]]:
    """{probe: {key: revealed type, "mistakes": {key: [codes]}}} (as recorded in `official_types.json`)."""
    out: dict[str, dict[str, object]] = {}
    for name, rep in reports.items():
        marks = markers(PROBES[name])
        out[name] = {key: rep.revealed.get(line, "<not revealed>") for line, key in marks.reveals.items()}
        out[name]["mistakes"] = {key: sorted(rep.codes.get(line, ())) for line, key in marks.mistakes.items()}
    return out
