"""Quickstart: a small plant in CDF, from login to a plot of hourly aggregates.

Run it against the local emulator with `make demo`, or by hand:

    python -m cognite.emulator --port 8765 &
    python examples/quickstart.py --base-url http://127.0.0.1:8765

Against a real CDF project, pass --base-url, --project, --token-url, --client-id and --scopes, and put the client
secret in the environment variable COGNITE_CLIENT_SECRET.

Steps: client-credentials login -> an asset hierarchy of 1,006 assets (validated offline, then created with
create_hierarchy) -> ten time series -> 1,000,000 datapoints inserted with a progress bar -> hourly aggregates
retrieved into a pandas DataFrame -> a PNG plot in examples/output/ -> a summary table.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if __package__ in (None, ""):  # `python examples/quickstart.py`: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import OAuthClientCredentials
from cognite.client.data_classes import Asset, AssetHierarchy, AssetWrite, TimeSeriesWrite

if TYPE_CHECKING:
    import pandas as pd

OUTPUT_DIR = Path(__file__).resolve().parent / "output"
PREFIX = "qs:"  # every external id starts with it, so the demo's data is easy to find (and delete) in a real project

# The plant: 1 root -> 5 areas -> 8 systems each -> 6 pumps each -> 3 sensors each = 1,006 assets.
AREAS, SYSTEMS, PUMPS, SENSORS = 5, 8, 6, 3
# The measurements: 10 time series x 100,000 points, one every 10 s (~11.6 days) = 1,000,000 datapoints.
N_SERIES, POINTS_PER_SERIES, STEP_MS = 10, 100_000, 10_000
HOUR_MS = 3_600_000
SENSOR_KINDS = [  # (kind, unit, baseline, daily swing, noise)
    ("temperature", "degC", 68.0, 6.0, 0.8),
    ("pressure", "bar", 12.0, 0.9, 0.15),
    ("flow", "m3/h", 240.0, 35.0, 6.0),
    ("vibration", "mm/s", 2.2, 0.4, 0.25),
    ("power", "kW", 410.0, 55.0, 9.0),
]
UNITS = {kind: unit for kind, unit, *_ in SENSOR_KINDS}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    env = os.environ.get
    p = argparse.ArgumentParser(description="CDF quickstart: a small plant, 1M datapoints, hourly aggregates.")
    p.add_argument("--base-url", default=env("COGNITE_BASE_URL", "http://127.0.0.1:8765"))
    p.add_argument("--project", default=env("COGNITE_PROJECT", "quickstart"))
    p.add_argument(
        "--token-url", default=env("COGNITE_TOKEN_URL"), help="default: the emulator's, <base-url>/oauth2/token"
    )
    p.add_argument("--client-id", default=env("COGNITE_CLIENT_ID", "quickstart-client"))
    p.add_argument("--scopes", default=env("COGNITE_TOKEN_SCOPES"), help="comma separated; default <base-url>/.default")
    p.add_argument("--output", type=Path, default=OUTPUT_DIR, help="directory for the PNG (default: examples/output)")
    p.add_argument("--points-per-series", type=int, default=POINTS_PER_SERIES, help="datapoints per time series")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (e.g. in CI logs)")
    args = p.parse_args(argv)
    if args.points_per_series < 2 * HOUR_MS // STEP_MS:
        p.error(f"--points-per-series must be at least {2 * HOUR_MS // STEP_MS} (two hours of data)")
    return args


@contextmanager
def step(title: str, timings: dict[str, float]) -> Iterator[None]:
    print(f"-> {title}", flush=True)
    started = time.perf_counter()
    yield
    timings[title] = time.perf_counter() - started
    print(f"   done in {timings[title]:.2f} s", flush=True)


def connect(args: argparse.Namespace) -> CogniteClient:
    """Client-credentials login: the provider fetches a token from the token endpoint and refreshes it as needed."""
    base_url = args.base_url.rstrip("/")
    credentials = OAuthClientCredentials(
        token_url=args.token_url or f"{base_url}/oauth2/token",
        client_id=args.client_id,
        client_secret=os.environ.get("COGNITE_CLIENT_SECRET", "quickstart-secret"),
        scopes=(args.scopes or f"{base_url}/.default").split(","),
    )
    config = ClientConfig(client_name="quickstart", project=args.project, base_url=base_url, credentials=credentials)
    return CogniteClient(config)


def plant_assets() -> list[AssetWrite]:
    """The plant as a flat list linked by parent external ids; create_hierarchy works out the insertion order."""
    root = f"{PREFIX}plant"
    assets = [AssetWrite(external_id=root, name="Demo plant", description="Quickstart plant")]
    for a in range(1, AREAS + 1):
        area = f"{root}:area-{a}"
        assets.append(AssetWrite(external_id=area, name=f"Area {a}", parent_external_id=root))
        for s in range(1, SYSTEMS + 1):
            system = f"{area}:system-{s}"
            assets.append(AssetWrite(external_id=system, name=f"System {a}.{s}", parent_external_id=area))
            for e in range(1, PUMPS + 1):
                pump = f"{system}:pump-{e}"
                assets.append(AssetWrite(external_id=pump, name=f"Pump {a}.{s}.{e}", parent_external_id=system))
                for kind, *_ in SENSOR_KINDS[:SENSORS]:
                    assets.append(
                        AssetWrite(
                            external_id=f"{pump}:{kind}",
                            name=f"{kind.title()} sensor {a}.{s}.{e}",
                            parent_external_id=pump,
                            metadata={"kind": kind},
                        )
                    )
    return assets


def is_pump(asset: Asset) -> bool:
    return (asset.external_id or "").rsplit(":", 1)[-1].startswith("pump-")


def series_for(pumps: list[Asset]) -> list[TimeSeriesWrite]:
    """N_SERIES time series, spread over the pumps and cycling through the sensor kinds."""
    series = []
    for i in range(N_SERIES):
        kind, unit, *_ = SENSOR_KINDS[i % len(SENSOR_KINDS)]
        pump = pumps[i * len(pumps) // N_SERIES]
        series.append(
            TimeSeriesWrite(
                external_id=f"{pump.external_id}:{kind}:ts",
                name=f"{pump.name} {kind}",
                unit=unit,
                asset_id=pump.id,
                metadata={"kind": kind},
            )
        )
    return series


def synthetic_values(index: int, n: int, rng: np.random.Generator) -> np.ndarray:
    """A daily cycle, a slow drift and noise: enough shape to make hourly min / average / max worth plotting."""
    _, _, base, swing, noise = SENSOR_KINDS[index % len(SENSOR_KINDS)]
    days = STEP_MS * np.arange(n) / 86_400_000
    return (
        base * (1 + 0.02 * index)
        + swing * np.sin(2 * np.pi * (days + index / N_SERIES))
        + 0.3 * swing * days / max(days[-1], 1.0)
        + rng.normal(0.0, noise, n)
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    timings: dict[str, float] = {}
    n_points = args.points_per_series

    with step("log in with client credentials", timings):
        client = connect(args)
        token = client.iam.token.inspect()  # the first request: fetches the token, then asks CDF who we are
        print(f"   logged in to {args.base_url} as {token.subject!r}")

    with step("validate and create the asset hierarchy", timings):
        hierarchy = AssetHierarchy(plant_assets())
        hierarchy.validate()  # offline: duplicates, orphans, cycles, missing names; raises on any issue
        created = client.assets.create_hierarchy(hierarchy, upsert=True)  # upsert: the demo can run twice
        print(f"   {len(created)} assets created")

    with step("create time series", timings):
        pumps = sorted((a for a in created if is_pump(a)), key=lambda a: a.external_id or "")
        series = series_for(pumps)
        client.time_series.upsert(series, mode="replace")
        print(f"   {len(series)} time series on {len(series)} pumps")

    end_ms = int(time.time() * 1000) // HOUR_MS * HOUR_MS  # whole hours, so every hourly bucket is full
    start_ms = end_ms - n_points * STEP_MS
    timestamps = start_ms + STEP_MS * np.arange(n_points, dtype=np.int64)
    rng = np.random.default_rng(42)
    with step(f"insert {N_SERIES * n_points:,} datapoints", timings):
        payload = [
            {"external_id": ts.external_id, "datapoints": (timestamps, synthetic_values(i, n_points, rng))}
            for i, ts in enumerate(series)
        ]
        client.time_series.data.insert_multiple(payload, progress=not args.no_progress)

    with step("retrieve hourly aggregates into a dataframe", timings):
        df = client.time_series.data.retrieve_dataframe(
            external_id=[ts.external_id for ts in series],
            start=start_ms,
            end=end_ms,
            aggregates=["average", "min", "max"],
            granularity="1h",
        )
        print(f"   {df.shape[0]} hours x {df.shape[1]} columns (<external id>|<aggregate>)")

    with step("plot", timings):
        png = plot(df, series, args.output)
        print(f"   saved {png}")

    print_summary(df, series, timings)
    return 0


def plot(df: pd.DataFrame, series: list[TimeSeriesWrite], output: Path) -> Path:
    """One panel per sensor kind: the hourly average as a line, the hourly min-max range as a band."""
    import matplotlib

    matplotlib.use("Agg")  # render to a file; no display needed
    import matplotlib.pyplot as plt

    kinds = list(dict.fromkeys((ts.metadata or {})["kind"] for ts in series))
    fig, axes = plt.subplots(len(kinds), 1, figsize=(12, 2.4 * len(kinds)), sharex=True, squeeze=False)
    for ax, kind in zip(axes[:, 0], kinds, strict=True):
        for ts in (ts for ts in series if (ts.metadata or {})["kind"] == kind):
            col = f"{ts.external_id}|"
            ax.fill_between(df.index, df[col + "min"], df[col + "max"], alpha=0.2, linewidth=0)
            ax.plot(df.index, df[col + "average"], linewidth=1.0, label=ts.name)
        ax.set_ylabel(f"{kind} [{UNITS[kind]}]")
        ax.legend(loc="upper left", fontsize=8)
        ax.grid(alpha=0.3)
    axes[0, 0].set_title("Hourly average (line) and min-max range (band), from retrieve_dataframe(granularity='1h')")
    fig.tight_layout()
    output.mkdir(parents=True, exist_ok=True)
    path = output / "hourly_aggregates.png"
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def print_summary(df: pd.DataFrame, series: list[TimeSeriesWrite], timings: dict[str, float]) -> None:
    header = ("time series", "unit", "hours", "min", "mean", "max")
    rows = [
        (
            ts.name or "",
            ts.unit or "",
            f"{df[f'{ts.external_id}|average'].count():,}",
            f"{df[f'{ts.external_id}|min'].min():.2f}",
            f"{df[f'{ts.external_id}|average'].mean():.2f}",
            f"{df[f'{ts.external_id}|max'].max():.2f}",
        )
        for ts in series
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    line = "  ".join(f"{{:{'<' if i < 2 else '>'}{w}}}" for i, w in enumerate(widths))
    print("\n" + line.format(*header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row))
    print()
    for title, seconds in timings.items():
        print(f"{title:<48}{seconds:>8.2f} s")
    print(f"{'total':<48}{sum(timings.values()):>8.2f} s")


if __name__ == "__main__":
    sys.exit(main())
