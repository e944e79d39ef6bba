"""Normalise the raw CDF spec: Cognite's spec bugs (patches), generator-shape rules, per-operation marks."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openapi.normalise.marks import MARKS
from openapi.normalise.patches import PATCHES
from openapi.normalise.rules import RULES


@dataclass(frozen=True)
class Step:
    kind: str  # "patch" | "rule" | "mark"
    name: str
    reason: str
    touched: int


def _reason(fn: Callable[..., Any]) -> str:
    return " ".join((fn.__doc__ or "").strip().split("\n\n")[0].split())


def normalise(raw: dict[str, Any]) -> tuple[dict[str, Any], list[Step]]:
    """Return the normalised copy of `raw` and what each step touched (the raw spec is left as fetched).

    Example:
        >>> spec, report = normalise({"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"A": {"title": "a"}}}})
        >>> spec["components"]["schemas"]["A"], [s.touched for s in report if s.name == "drop_titles"]
        ({}, [1])
    """
    spec = copy.deepcopy(raw)
    report = []
    for kind, steps in (("patch", PATCHES), ("rule", RULES), ("mark", MARKS)):
        for fn in steps:
            report.append(Step(kind, fn.__name__, _reason(fn), fn(spec)))
    return spec, report


def format_report(report: list[Step]) -> str:
    width = max(len(s.name) for s in report)
    lines = [f"  {s.kind:<5} {s.name:<{width}} {s.touched:>6}  {s.reason}" for s in report]
    return "normalisation (kind, name, nodes touched, reason):\n" + "\n".join(lines)
