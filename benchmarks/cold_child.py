"""The measured process of `benchmarks/cold_start.py`: import, build a client, read one point; prints one JSON line.

    <python> benchmarks/cold_child.py ours|official BASE_URL [PROFILE_OUT]

Nothing but `sys` and `time` is imported before the timer starts, so the SDK pays for every module it needs.
"""

import sys
import time

PROJECT, XID = "bench", "cold_start"  # as in cold_start.py
HEAVY = ("pandas", "rich", "click", "pygments", "numpy", "google.protobuf", "ssl")


def _profile_all_threads() -> list:
    """cProfile of this thread and of every thread started later (the SDK's background loop)."""
    import cProfile
    import threading

    profs = [cProfile.Profile()]

    def per_thread(*_: object) -> None:
        sys.setprofile(None)
        profs.append(cProfile.Profile())
        profs[-1].enable()

    threading.setprofile(per_thread)
    profs[0].enable()
    return profs


def main() -> None:
    t0 = time.perf_counter()
    sdk, base_url = sys.argv[1], sys.argv[2]
    profile = sys.argv[3] if len(sys.argv) > 3 else None
    profs = _profile_all_threads() if profile else []
    from cognite.client import ClientConfig, CogniteClient
    from cognite.client.credentials import Token

    if sdk == "official":
        from cognite.client import global_config

        global_config.disable_pypi_version_check = True
    t1 = time.perf_counter()
    client = CogniteClient(
        ClientConfig(client_name="bench", project=PROJECT, credentials=Token("x"), base_url=base_url)
    )
    t2 = time.perf_counter()
    arr = client.time_series.data.retrieve_arrays(external_id=XID, limit=1)
    t3 = time.perf_counter()
    if profs:
        import pstats

        profs[0].disable()
        pstats.Stats(*profs).dump_stats(profile)  # all threads in one file
    if arr is None or len(arr) != 1:
        raise SystemExit(f"expected one datapoint, got {arr!r}")
    import json

    times = {"import_s": t1 - t0, "build_s": t2 - t1, "first_s": t3 - t2, "total_s": t3 - t0}
    print(
        json.dumps(
            {"sdk": sdk, **times, "modules": len(sys.modules), "imported": [m for m in HEAVY if m in sys.modules]}
        )
    )


if __name__ == "__main__":
    main()
