"""Acceptance of the typed surface (issue 11): mypy and pyright see our package as they see the official SDK.

For each checker, on each probe (sync and async), against our package as installed in this interpreter:
- every `reveal_type` gives the official SDK's type (normalised: unqualified names, sorted unions; the official
  types are recorded by `python tests/typing/record_official.py` in `official_types.json`),
- every deliberate mistake is reported, with the official error code (for a bad call: any of the call codes,
  as an overloaded method reports it differently),
- no other line has an error (the probe is ordinary user code).
A failure prints one table row per difference.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from _checkers import CHECKERS, OFFICIAL_PY, OFFICIAL_TYPES, PROBES, ROOT, RUNNERS, markers, normalise, same_kind

pytestmark = pytest.mark.typing


def _differences(checker: str, python: str, tmp_path: Path, cache: Path) -> tuple[list[tuple[str, ...]], int]:
    expected = json.loads(OFFICIAL_TYPES.read_text())[checker]
    reports = RUNNERS[checker](python, tmp_path, cache)
    rows: list[tuple[str, ...]] = []
    checked = 0
    for name, rep in reports.items():
        marks = markers(PROBES[name])
        for line, key in marks.reveals.items():
            checked += 1
            official = expected[name].get(key, "<not recorded: run record_official>")
            ours = rep.revealed.get(line, "<not revealed>")
            if normalise(official) != normalise(ours):
                rows.append((name, str(line), key, normalise(official), normalise(ours)))
        for line, key in marks.mistakes.items():
            checked += 1
            codes = set(expected[name]["mistakes"].get(key, ()))
            found = rep.codes.get(line, set())
            if not same_kind(codes, found):
                shown = ", ".join(sorted(found)) or "not reported"
                rows.append((name, str(line), f"mistake: {key}", f"error {', '.join(sorted(codes))}", shown))
        for line, msgs in sorted(rep.errors.items()):
            if line not in marks.mistakes:
                rows.append((name, str(line), "unexpected error", "-", "; ".join(msgs)))
    return rows, checked


def _table(checker: str, rows: list[tuple[str, ...]], checked: int) -> str:
    head = ("probe", "line", "expression", "official", "ours")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    fmt = " | ".join(f"{{:{w}}}" for w in widths)
    lines = [f"{checker}: {len(rows)} difference(s) ({checked} expressions and mistakes checked)", fmt.format(*head)]
    lines += [fmt.format(*r).rstrip() for r in rows]
    return "\n".join(lines)


@pytest.mark.parametrize("checker", CHECKERS)
def test_probe_types_match_official(checker: str, tmp_path: Path) -> None:
    assert set(PROBES) == {"sync", "async"}
    # a kept mypy cache (our sources change, mypy notices): a cold check of our package takes a minute
    rows, checked = _differences(checker, sys.executable, tmp_path, ROOT / ".mypy_cache" / "probe-ours")
    assert checked >= 2 * (24 + 6), f"the probes lost expressions ({checked} checks)"
    if rows:
        pytest.fail(_table(checker, rows, checked), pytrace=False)


@pytest.mark.parametrize("checker", CHECKERS)
def test_recording_matches_official_sdk(checker: str, tmp_path: Path) -> None:
    """The instrument itself: the official SDK passes the probe (so the recording is current and complete)."""
    if not OFFICIAL_PY.exists():
        pytest.skip("needs .venv-official (make official-venv)")
    rows, checked = _differences(checker, str(OFFICIAL_PY), tmp_path, ROOT / ".mypy_cache" / "probe-official")
    if rows:
        pytest.fail(_table(checker, rows, checked) + "\n(python tests/typing/record_official.py)", pytrace=False)


def test_normalise() -> None:
    assert normalise("cognite.client.data_classes.assets.Asset | None") == "Asset | None"
    assert normalise("None | Asset") == "Asset | None"
    assert normalise("builtins.dict[builtins.str, builtins.str | None]") == "dict[str, str | None]"
    assert normalise("pandas.core.frame.DataFrame") == "DataFrame"


def test_same_kind() -> None:
    assert same_kind({"attr-defined"}, {"attr-defined", "misc"})
    assert same_kind({"arg-type"}, {"call-overload"})
    assert same_kind({"reportArgumentType"}, {"reportCallIssue"})
    assert not same_kind({"union-attr"}, {"attr-defined"})
    assert not same_kind({"arg-type"}, set())
