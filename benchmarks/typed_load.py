"""`python -m benchmarks.typed_load [--n 100000] [--repeat 3]`: loading list results as typed core data model nodes
(`CogniteAsset`), ours vs the official cognite-sdk 8.22.

Each SDK runs in a fresh process (this file executed as a script, so the official interpreter never imports this
repository): it builds `n` reply items of `instances.list(instance_type=CogniteAsset)` (untimed: name, description,
tags, source fields, parent, root, a 3-deep path and two timestamps each), then times turning them into a list of
`CogniteAsset` the way its `list` does (ours: `NodeList(load_all(CogniteAsset._load, items))`; the official:
`NodeList([CogniteAsset._load(item) ...])`, on a fresh copy per run since it consumes the items). No network: the
cost measured is the SDK's own. Prints the fastest of `repeat` runs per SDK and the ratio.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OURS_PY = ROOT / ".venv" / "bin" / "python"
OFFICIAL_PY = ROOT / ".venv-official" / "bin" / "python"


def items(n: int) -> list[dict[str, Any]]:
    """``n`` wire items as CDF lists them for the CogniteAsset view."""

    def ref(xid: str) -> dict[str, str]:
        return {"space": "assets", "externalId": xid}

    out = []
    for i in range(n):
        out.append(
            {
                "instanceType": "node",
                "space": "assets",
                "externalId": f"asset-{i}",
                "version": 1,
                "createdTime": 1_700_000_000_000 + i,
                "lastUpdatedTime": 1_700_000_000_000 + i,
                "properties": {
                    "cdf_cdm": {
                        "CogniteAsset/v1": {
                            "name": f"Asset {i}",
                            "description": "a pump in the north plant",
                            "tags": ["pump", "north"],
                            "sourceId": f"src-{i}",
                            "sourceContext": "erp",
                            "sourceCreatedTime": "2024-01-02T03:04:05.123+00:00",
                            "parent": ref(f"area-{i % 100}"),
                            "root": ref("plant"),
                            "path": [ref("plant"), ref(f"area-{i % 100}"), ref(f"asset-{i}")],
                            "pathLastUpdatedTime": "2024-01-02T03:04:05.456+00:00",
                        }
                    }
                },
            }
        )
    return out


def worker(n: int, repeat: int) -> dict[str, Any]:
    from cognite.client.data_classes.data_modeling import NodeList
    from cognite.client.data_classes.data_modeling.cdm.v1 import CogniteAsset

    try:  # ours: the loader `instances.list` uses
        from cognite.client._mechanisms.bulk import load_all  # type: ignore[import-not-found, unused-ignore]

        def load(data: list[dict[str, Any]]) -> Any:
            return NodeList(load_all(CogniteAsset._load, data))

        consumes = False
    except ImportError:  # the official SDK: its typed list adapter calls _load per item (and pops from it)

        def load(data: list[dict[str, Any]]) -> Any:
            return NodeList([CogniteAsset._load(item) for item in data])

        consumes = True
    base = items(n)
    best = float("inf")
    for _ in range(repeat):
        data = copy.deepcopy(base) if consumes else base
        start = time.perf_counter()
        result = load(data)
        best = min(best, time.perf_counter() - start)
        first = result[0]
        assert len(result) == n and first.path[2].external_id == "asset-0" and first.source_created_time.year == 2024
    return {"n": n, "seconds": best}


def run(python: Path, n: int, repeat: int, ours: bool) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if ours:
        env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [str(python), str(Path(__file__).resolve()), "--worker", "--n", str(n), "--repeat", str(repeat)],
        env=env,
        cwd="/",
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(proc.stdout.splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.n, args.repeat)))
        return 0
    ours = run(OURS_PY, args.n, args.repeat, ours=True)
    official = run(OFFICIAL_PY, args.n, args.repeat, ours=False)
    print(f"typed load of {args.n} CogniteAsset (fastest of {args.repeat})")
    print(f"  official: {official['seconds']:.2f} s")
    print(f"  ours:     {ours['seconds']:.2f} s")
    print(f"  ours vs official: {official['seconds'] / ours['seconds']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
