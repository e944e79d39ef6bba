"""`python benchmarks/spark_dask.py [--series 100] [--points 1000000] [--modes ...]`: datapoints read into a Spark
DataFrame and a Dask DataFrame vs our single-process SDK and the official SDK reading into pandas.

One emulator (a separate process, real socket) holds `--series` series of `--points` points each. Every mode runs
in a fresh process (this file with `--child MODE`): the official SDK from `.venv-official` with cwd=/tmp. Spark
reads with `df.write.format("noop")` (every row materialised, nothing collected); Dask computes its partitions
into pandas and drops them. The parent samples the RSS of the child and all its descendants (JVM, Python
workers) from /proc and reports points/s, the ratio to our single-process SDK and the peak RSS per process.
Modes: sdk, official, dask1, dask2 (threads), spark1, spark2 (local[1] / local[2]).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
T0 = 1_600_000_000_000
SECRET_ENV = "BENCH_CLIENT_SECRET"
MODES = ["sdk", "official", "dask1", "dask2", "spark1", "spark2"]


def _xids(n: int) -> list[str]:
    return [f"bench-{i}" for i in range(n)]


def _options(base: str, series: int) -> dict[str, str]:
    return {
        "type": "datapoints",
        "externalIds": ",".join(_xids(series)),
        "project": "emulator",
        "baseUrl": base,
        "tokenUrl": f"{base}/oauth2/token",
        "clientId": "demo-client",
        "clientSecretEnv": SECRET_ENV,
        "start": str(T0),
        "end": str(T0 + 10**12),
    }


def seed(base: str, series: int, points: int) -> None:
    import numpy as np

    from cognite.client import ClientConfig, CogniteClient
    from cognite.client.credentials import Token
    from cognite.client.data_classes import TimeSeriesWrite

    client = CogniteClient(ClientConfig(client_name="bench", project="emulator", base_url=base, credentials=Token("t")))
    client.time_series.create([TimeSeriesWrite(external_id=x) for x in _xids(series)])
    ts = T0 + np.arange(points, dtype=np.int64) * 1000
    for x in _xids(series):
        client.time_series.data.insert_multiple([{"externalId": x, "datapoints": (ts, np.random.rand(points))}])


# -- children --------------------------------------------------------------------------------------------------
def child(mode: str, base: str, series: int) -> dict[str, Any]:
    os.environ[SECRET_ENV] = "demo-secret"
    opts = _options(base, series)
    t = time.perf_counter()
    if mode in ("sdk", "official"):
        from cognite.client import ClientConfig, CogniteClient
        from cognite.client.credentials import Token

        config = ClientConfig(client_name="bench", project="emulator", base_url=base, credentials=Token("t"))
        client = CogniteClient(config)
        arrays = client.time_series.data.retrieve_arrays(
            external_id=_xids(series), start=T0, end=T0 + 10**12, limit=None
        )
        frame = arrays.to_pandas()
        rows = int(frame.count().sum())
    elif mode.startswith("dask"):
        import dask

        from cognite.client.scale_out.dask import read_cognite

        workers = int(mode[-1])
        ddf = read_cognite(**opts)
        with dask.config.set(scheduler="threads", num_workers=workers):
            rows = int(ddf.map_partitions(len).sum().compute())
    else:
        from pyspark.sql import SparkSession

        from cognite.client.scale_out.spark import register

        os.environ["PYSPARK_PYTHON"] = sys.executable
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        workers = int(mode[-1])
        spark = (
            SparkSession.builder.master(f"local[{workers}]")
            .config("spark.ui.enabled", "false")
            .config("spark.python.worker.reuse", "true")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        register(spark)
        runs = []
        for _ in range(2):  # cold (Python workers start and import), then warm (workers reused)
            t = time.perf_counter()  # the session start is excluded
            df = spark.read.format("cognite").options(**opts).load()
            df.write.format("noop").mode("overwrite").save()
            runs.append(time.perf_counter() - t)
        spark.stop()
        # noop does not count rows; the exact content is checked by tests/spark
        return {"mode": mode, "seconds": runs[0], "warm_seconds": runs[1], "rows": -1}
    return {"mode": mode, "seconds": time.perf_counter() - t, "rows": rows}


# -- parent ----------------------------------------------------------------------------------------------------
def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_mode(mode: str, base: str, series: int) -> dict[str, Any]:
    py = ROOT / (".venv-official" if mode == "official" else ".venv") / "bin" / "python"
    env = dict(os.environ)
    if mode == "official":
        env.pop("PYTHONPATH", None)
    proc = subprocess.Popen(
        [str(py), str(HERE / "spark_dask.py"), "--child", mode, "--base", base, "--series", str(series)],
        cwd="/tmp" if mode == "official" else ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    peak: dict[int, float] = {}

    def sample() -> None:
        while proc.poll() is None:
            for p in _descendants(proc.pid):
                peak[p] = max(peak.get(p, 0.0), _rss_mb(p))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    result: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
    result["peak_rss_mb_max_process"] = round(max(peak.values(), default=0.0))
    result["peak_rss_mb_sum"] = round(sum(peak.values()))
    result["processes"] = len(peak)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--series", type=int, default=100)
    ap.add_argument("--points", type=int, default=1_000_000)
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--child")
    ap.add_argument("--base")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.base, args.series)))
        return
    sys.path.insert(0, str(HERE))
    from run import start_emulator  # type: ignore[import-not-found]

    proc, base = start_emulator()
    try:
        t = time.perf_counter()
        seed(base, args.series, args.points)
        print(f"seeded {args.series} x {args.points} points in {time.perf_counter() - t:.1f} s")
        total = args.series * args.points
        results = [run_mode(m, base, args.series) for m in args.modes.split(",")]
        ours = next((r["seconds"] for r in results if r["mode"] == "sdk"), None)
        for r in results:
            rate = total / r["seconds"]
            ratio = f"{ours / r['seconds']:.2f}x sdk" if ours else ""
            warm = (
                f" (warm: {r['warm_seconds']:.1f} s, {total / r['warm_seconds'] / 1e6:.2f} M/s)"
                if "warm_seconds" in r
                else ""
            )
            print(
                f"{r['mode']:8} {r['seconds']:7.1f} s {rate / 1e6:6.2f} M points/s {ratio:10}{warm} "
                f"peak RSS/process {r['peak_rss_mb_max_process']} MB (sum {r['peak_rss_mb_sum']} MB, "
                f"{r['processes']} processes) rows={r['rows']}"
            )
    finally:
        proc.kill()


if __name__ == "__main__":
    main()
