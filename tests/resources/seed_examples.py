"""Extract the runnable examples of seed 003 (the SDK reference) for the resource APIs.

An example is a block of consecutive ``>>>`` / ``...`` lines. Each is named after the API method documented above
it (``AssetsAPI.list``) or, for data-class examples, the class (``LabelFilter``) plus its position in the section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SEED_DIR = Path("/work/shared/seeds")
_METHOD = re.compile(r"^([A-Za-z0-9]+API)\.([a-z_]+)\(")
_CLASS = re.compile(r"^class cognite\.client\.data_classes\.[a-z_.]+\.([A-Za-z0-9]+)\(")


@dataclass(frozen=True)
class Example:
    name: str  # e.g. "AssetsAPI.list[2]"
    api: str  # e.g. "AssetsAPI" or the data class name
    method: str
    code: str


def seed_file() -> Path | None:
    found = sorted(SEED_DIR.glob("003_*.txt"))
    return found[0] if found else None


def extract(text: str) -> list[Example]:
    examples: list[Example] = []
    api = method = "quickstart"
    counts: dict[str, int] = {}
    block: list[str] = []

    def flush() -> None:
        if not block:
            return
        key = f"{api}.{method}"
        counts[key] = counts.get(key, 0) + 1
        examples.append(Example(f"{key}[{counts[key]}]", api, method, "\n".join(block) + "\n"))
        block.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith(">>>") or (line.startswith("...") and block):
            block.append(line[4:] if len(line) > 3 else "")
            continue
        flush()
        if m := _METHOD.match(line):
            api, method = m.group(1), m.group(2)
        elif m := _CLASS.match(line):
            api, method = m.group(1), "class"
    flush()
    return examples


def load_examples() -> list[Example]:
    path = seed_file()
    return extract(path.read_text(encoding="utf-8")) if path else []
