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
