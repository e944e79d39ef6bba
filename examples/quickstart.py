"""Quickstart: a small plant in CDF, from login to a plot of hourly aggregates.

Run it against the local emulator with `make demo`, or by hand:

    python -m cognite.emulator --port 8765 &
    python examples/quickstart.py --base-url http://127.0.0.1:8765

Against a real CDF project, pass --base-url, --project, --token-url, --client-id, --scopes and set the
client secret in the environment variable COGNITE_CLIENT_SECRET.

Steps: client-credentials login -> an asset hierarchy of ~1,000 assets (validated offline, then created with
create_hierarchy) -> one time series per sensor -> ~1M datapoints inserted with a progress bar -> hourly aggregates
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

import numpy as np

if __package__ in (None, ""):  # `python examples/quickstart.py`: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import OAuthClientCredentials
from cognite.client.data_classes import AssetHierarchy, AssetWrite, TimeSeriesWrite

OUTPUT_DIR = Path(__file__).resolve().parent / "output"

# The plant: 1 root -> 5 areas -> 8 systems each -> 6 equipment each -> 3 sensors each = 1,006 assets.
AREAS, SYSTEMS, EQUIPMENT, SENSORS = 5, 8, 6, 3
# The measurements: 10 time series x 100,000 points, one point every 10 s (~11.6 days) = 1,000,000 datapoints.
N_SERIES, POINTS_PER_SERIES, STEP_MS = 10, 100_000, 10_000
SENSOR_KINDS = [  # (kind, unit, baseline, daily swing, noise)
    ("temperature", "degC", 68.0, 6.0, 0.8),
    ("pressure", "bar", 12.0, 0.9, 0.15),
    ("flow", "m3/h", 240.0, 35.0, 6.0),
    ("vibration", "mm/s", 2.2, 0.4, 0.25),
    ("power", "kW", 410.0, 55.0, 9.0),
]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="CDF quickstart: a small plant, 1M datapoints, hourly aggregates.")
    parser.add_argument("--base-url", default=os.environ.get("COGNITE_BASE_URL", "http://127.0.0.1:8765"))
    parser.add_argument("--project", default=os.environ.get("COGNITE_PROJECT", "quickstart"))
    parser.add_argument("--token-url", default=os.environ.get("COGNITE_TOKEN_URL"), help="default: the emulator's")
    parser.add_argument("--client-id", default=os.environ.get("COGNITE_CLIENT_ID", "quickstart-client"))
    parser.add_argument("--scopes", default=os.environ.get("COGNITE_TOKEN_SCOPES"), help="comma separated")
    parser.add_argument("--output", type=Path, default=OUTPUT_DIR, help="where the PNG goes")
    return parser.parse_args(argv)


@contextmanager
def step(title: str, timings: dict[str, float]) -> Iterator[None]:
    print(f"-> {title}", flush=True)
    started = time.perf_counter()
    yield
    timings[title] = time.perf_counter() - started
    print(f"   done in {timings[title]:.2f} s", flush=True)


def connect(args: argparse.Namespace) -> CogniteClient:
    """Client-credentials login: the provider fetches (and refreshes) a token from the token endpoint."""
    base_url = args.base_url.rstrip("/")
    credentials = OAuthClientCredentials(
        token_url=args.token_url or f"{base_url}/oauth2/token",
        client_id=args.client_id,
        client_secret=os.environ.get("COGNITE_CLIENT_SECRET", "quickstart-secret"),
        scopes=(args.scopes or f"{base_url}/.default").split(","),
    )
    config = ClientConfig(client_name="quickstart", project=args.project, base_url=base_url, credentials=credentials)
    return CogniteClient(config)


def plant_assets(prefix: str) -> list[AssetWrite]:
    """A plant tree described by external ids; create_hierarchy works out the insertion order."""
    root = f"{prefix}plant"
    assets = [AssetWrite(external_id=root, name="Demo plant", description="Quickstart plant")]
    for a in range(1, AREAS + 1):
        area = f"{root}:area-{a}"
        assets.append(AssetWrite(external_id=area, name=f"Area {a}", parent_external_id=root))
        for s in range(1, SYSTEMS + 1):
            system = f"{area}:system-{s}"
            assets.append(AssetWrite(external_id=system, name=f"System {a}.{s}", parent_external_id=area))
            for e in range(1, EQUIPMENT + 1):
                equipment = f"{system}:pump-{e}"
                assets.append(AssetWrite(external_id=equipment, name=f"Pump {a}.{s}.{e}", parent_external_id=system))
                for k in range(SENSORS):
                    kind = SENSOR_KINDS[k][0]
                    assets.append(
                        AssetWrite(
                            external_id=f"{equipment}:{kind}",
                            name=f"{kind.title()} sensor {a}.{s}.{e}",
                            parent_external_id=equipment,
                            metadata={"kind": kind},
                        )
                    )
    return assets


def synthetic_series(index: int, start_ms: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A daily cycle, a slow drift and noise: realistic enough to make the hourly aggregates worth plotting."""
    _, _, base, swing, noise = SENSOR_KINDS[index % len(SENSOR_KINDS)]
    timestamps = start_ms + STEP_MS * np.arange(POINTS_PER_SERIES, dtype=np.int64)
    days = (timestamps - start_ms) / 86_400_000
    values = (
        base * (1 + 0.02 * index)
        + swing * np.sin(2 * np.pi * (days + index / N_SERIES))
        + 0.3 * swing * days / days[-1]
        + rng.normal(0.0, noise, POINTS_PER_SERIES)
    )
    return timestamps, values


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    timings: dict[str, float] = {}
    prefix = "qs:"

    with step("log in with client credentials", timings):
        client = connect(args)
        status = client.iam.token.inspect()
        print(f"   logged in to {args.base_url}, projects: {[p.url_name for p in status.projects]}")

    with step("validate and create the asset hierarchy", timings):
        hierarchy = AssetHierarchy(plant_assets(prefix))
        hierarchy.validate()  # offline: duplicates, orphans, cycles, missing names
        created = client.assets.create_hierarchy(hierarchy, upsert=True)
        print(f"   {len(created)} assets created")

    pumps = [a for a in created if a.external_id and a.external_id.count(":pump-") and a.metadata.get("kind") is None]
    pumps.sort(key=lambda a: a.external_id or "")
    with step("create time series", timings):
        series = []
        for i in range(N_SERIES):
            kind, unit, *_ = SENSOR_KINDS[i % len(SENSOR_KINDS)]
            pump = pumps[i * (len(pumps) // N_SERIES)]
            series.append(
                TimeSeriesWrite(
                    external_id=f"{pump.external_id}:{kind}:ts",
                    name=f"{pump.name} {kind}",
                    unit=unit,
                    asset_id=pump.id,
                )
            )
        client.time_series.upsert(series, mode="replace")

    end_ms = (int(time.time() * 1000) // 3_600_000) * 3_600_000
    start_ms = end_ms - POINTS_PER_SERIES * STEP_MS
    rng = np.random.default_rng(42)
    with step(f"insert {N_SERIES * POINTS_PER_SERIES:,} datapoints", timings):
        payload = []
        for i, ts in enumerate(series):
            timestamps, values = synthetic_series(i, start_ms, rng)
            payload.append({"external_id": ts.external_id, "timestamps": timestamps, "values": values})
        client.time_series.data.insert_multiple(payload, show_progress=True)

    with step("retrieve hourly aggregates into a dataframe", timings):
        df = client.time_series.data.retrieve_dataframe(
            external_id=[ts.external_id for ts in series],
            start=start_ms,
            end=end_ms,
            aggregates=["average", "min", "max"],
            granularity="1h",
        )
        print(f"   dataframe: {df.shape[0]} hours x {df.shape[1]} columns")

    with step("plot", timings):
        png = plot(df, series, args.output)
        print(f"   saved {png}")

    print_summary(df, series, timings)
    return 0


def plot(df, series: list[TimeSeriesWrite], output: Path) -> Path:  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt

    kinds = [k[0] for k in SENSOR_KINDS]
    fig, axes = plt.subplots(len(kinds), 1, figsize=(12, 2.4 * len(kinds)), sharex=True)
    for ax, kind in zip(axes, kinds, strict=True):
        for ts in series:
            if f":{kind}:" not in (ts.external_id or ""):
                continue
            avg, lo, hi = (df[f"{ts.external_id}|{agg}"] for agg in ("average", "min", "max"))
            ax.fill_between(df.index, lo, hi, alpha=0.2, linewidth=0)
            ax.plot(df.index, avg, linewidth=1.0, label=ts.name)
        unit = next(u for k, u, *_ in SENSOR_KINDS if k == kind)
        ax.set_ylabel(f"{kind} [{unit}]")
        ax.legend(loc="upper left", fontsize=8)
        ax.grid(alpha=0.3)
    axes[0].set_title("Hourly average (line) and min-max range (band) per sensor")
    fig.tight_layout()
    output.mkdir(parents=True, exist_ok=True)
    path = output / "hourly_aggregates.png"
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def print_summary(df, series: list[TimeSeriesWrite], timings: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for ts in series:
        avg = df[f"{ts.external_id}|average"]
        rows.append(
            (
                ts.name or "",
                ts.unit or "",
                f"{avg.count():,}",
                f"{df[f'{ts.external_id}|min'].min():.2f}",
                f"{avg.mean():.2f}",
                f"{df[f'{ts.external_id}|max'].max():.2f}",
            )
        )
    header = ("time series", "unit", "hours", "min", "mean", "max")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join(f"{{:{'<' if i < 2 else '>'}{w}}}" for i, w in enumerate(widths))
    print()
    print(line.format(*header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line.format(*r))
    print()
    for title, seconds in timings.items():
        print(f"{title:<48}{seconds:>8.2f} s")
    print(f"{'total':<48}{sum(timings.values()):>8.2f} s")


if __name__ == "__main__":
    sys.exit(main())
