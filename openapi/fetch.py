"""`python -m openapi.fetch --spec DATE`: put the spec snapshot of DATE into openapi/specs/, hash-verified.

For the pinned date the live URL is tried first; the live spec changes without notice, so a hash mismatch (or no
network) falls back to the offline snapshot in ../shared/openapi. Other dates come from the offline snapshots.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import urllib.request
from pathlib import Path

from openapi.paths import SHARED_OPENAPI, SPECS_DIR
from openapi.pin import load_pin


def spec_name(date: str) -> str:
    return f"cdf-v1-{date}.json"


def known_hashes(sums: Path = SHARED_OPENAPI / "SHA256SUMS") -> dict[str, str]:
    """file name -> sha256, from the snapshots' SHA256SUMS."""
    if not sums.exists():
        return {}
    pairs = (line.split() for line in sums.read_text().splitlines() if line.strip())
    return {name: digest for digest, name in pairs}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def expected_hash(date: str) -> str:
    pin = load_pin()
    if date == pin.snapshot:
        return pin.sha256
    digest = known_hashes().get(spec_name(date))
    if digest is None:
        raise SystemExit(f"no known sha256 for the {date} snapshot (not pinned, not in {SHARED_OPENAPI}/SHA256SUMS)")
    return digest


def _download(url: str, timeout: float = 30) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as reply:  # noqa: S310 (fixed https URL from the pin)
            return reply.read()
    except OSError as exc:
        print(f"live download failed ({exc}); using the offline snapshot", file=sys.stderr)
        return None


def fetch(date: str, *, live: bool = True) -> Path:
    """Write the verified snapshot of `date` into openapi/specs/ and return its path."""
    pin = load_pin()
    digest = expected_hash(date)
    target = SPECS_DIR / spec_name(date)
    SPECS_DIR.mkdir(parents=True, exist_ok=True)
    if live and date == pin.snapshot:
        data = _download(pin.source_url)
        if data is not None and sha256(data) == digest:
            target.write_bytes(data)
            print(f"fetched {pin.source_url} (sha256 ok) -> {target}")
            return target
        if data is not None:
            print(
                f"the live spec at {pin.source_url} has changed since the pin (sha256 {sha256(data)[:12]}… != "
                f"{digest[:12]}…); falling back to the pinned offline snapshot. Bump the pin to adopt it.",
                file=sys.stderr,
            )
    offline = SHARED_OPENAPI / spec_name(date)
    if not offline.exists():
        raise SystemExit(f"no offline snapshot {offline}")
    if sha256(offline.read_bytes()) != digest:
        raise SystemExit(f"{offline} does not match its sha256 {digest}")
    shutil.copyfile(offline, target)
    print(f"copied {offline} (sha256 ok) -> {target}")
    return target


def ensure(date: str) -> Path:
    """The verified local snapshot of `date`, copied from the offline snapshots when absent (no network).

    Example:
        >>> ensure("2026-05-07").name
        'cdf-v1-2026-05-07.json'
    """
    target = SPECS_DIR / spec_name(date)
    if target.exists() and sha256(target.read_bytes()) == expected_hash(date):
        return target
    return fetch(date, live=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", default=load_pin().snapshot, help="snapshot date, YYYY-MM-DD")
    parser.add_argument("--offline", action="store_true", help="do not try the live URL")
    args = parser.parse_args(argv)
    fetch(args.spec, live=not args.offline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
