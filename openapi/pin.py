"""The pin: which spec snapshot, which generator version, which default cdf-version (openapi/pin.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from openapi.paths import PIN_FILE


@dataclass(frozen=True)
class Pin:
    source_url: str
    snapshot: str  # date of the pinned snapshot, YYYY-MM-DD
    sha256: str
    generator: str
    generator_version: str
    default_cdf_version: str


def load_pin(path: Path = PIN_FILE) -> Pin:
    return Pin(**json.loads(path.read_text()))


def check_generator_version(pin: Pin) -> None:
    """Refuse to generate with another openapi-python-client than the pinned one (output would differ)."""
    from importlib.metadata import version

    installed = version(pin.generator)
    if installed != pin.generator_version:
        raise SystemExit(f"{pin.generator} {installed} is installed, the pin says {pin.generator_version}")
