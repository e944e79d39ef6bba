"""SeriesData against a dict model: random out-of-order, overlapping inserts (new wins), deletes, statuses."""

from __future__ import annotations

import numpy as np
import pytest

from cognite.emulator.datapoints.store import SeriesData


@pytest.mark.parametrize("seed", range(8))
def test_random_inserts_and_deletes_match_a_dict(seed: int) -> None:
    rng = np.random.default_rng(seed)
    data = SeriesData(is_string=False)
    model: dict[int, tuple[float, int]] = {}
    for step in range(40):
        if rng.random() < 0.2:
            a = int(rng.integers(0, 5000))
            b = a + int(rng.integers(0, 800))
            data.delete_range(a, b)
            model = {t: v for t, v in model.items() if not a <= t < b}
            continue
        n = int(rng.integers(1, 300))
        base = int(rng.integers(0, 5000))
        ts = base + rng.integers(0, 1000, size=n)  # duplicates and any order
        if rng.random() < 0.5:
            ts = np.sort(np.unique(ts))
        values = rng.normal(size=len(ts)) + step
        status = rng.choice([0, 0x40000000], size=len(ts)) if rng.random() < 0.3 else None
        data.insert(ts.astype(np.int64), values, status)
        for k, (t, v) in enumerate(zip(ts.tolist(), values.tolist(), strict=True)):
            model[t] = (v, 0 if status is None else int(status[k]))
        keys = sorted(model)
        assert data.ts.tolist() == keys
        assert data.values.tolist() == [model[t][0] for t in keys]
        got_status = data.status.tolist() if data.status is not None else [0] * data.n
        assert got_status == [model[t][1] for t in keys]


def test_resent_timestamps_overwrite_in_place() -> None:
    """A chunk sent again (same timestamps): new values and statuses win, neighbours and order are untouched."""
    data = SeriesData(is_string=False)
    ts = np.arange(0, 10_000, 10, dtype=np.int64)
    data.insert(ts, np.zeros(len(ts)), None)
    mid = ts[200:300]
    data.insert(mid, np.ones(len(mid)), np.full(len(mid), 0x40000000))  # now Uncertain
    data.insert(mid[:50], np.full(50, 2.0), None)  # Good again, new values
    assert data.ts.tolist() == ts.tolist()
    expected = np.zeros(len(ts))
    expected[200:300] = 1.0
    expected[200:250] = 2.0
    assert data.values.tolist() == expected.tolist()
    status = np.zeros(len(ts), np.int64)
    status[250:300] = 0x40000000
    assert data.status is not None and data.status.tolist() == status.tolist()
