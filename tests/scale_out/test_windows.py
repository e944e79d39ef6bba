from __future__ import annotations

import pytest

from cognite.client.scale_out.windows import split_by_counts


def test_windows_cover_range_and_hold_about_target() -> None:
    counts = [100, 0, 300, 50, 50, 400, 0, 100]
    starts = [i * 10 for i in range(len(counts))]
    windows = split_by_counts(0, 80, starts, counts, target=300)
    assert windows[0][0] == 0 and windows[-1][1] == 80
    assert all(a < b for a, b in windows)
    assert all(w[1] == nxt[0] for w, nxt in zip(windows, windows[1:], strict=False))
    per_window = [sum(c for s, c in zip(starts, counts, strict=True) if a <= s < b) for a, b in windows]
    assert sum(per_window) == sum(counts)
    assert per_window == [100, 300, 100, 400, 100]


def test_sparse_series_is_one_window() -> None:
    assert split_by_counts(5, 1000, [0, 500], [3, 4], target=1000) == [(5, 1000)]
    assert split_by_counts(5, 1000, [], [], target=10) == [(5, 1000)]


@pytest.mark.parametrize(
    ("start", "end", "target", "message"),
    [(10, 10, 5, "end must be after start"), (0, 10, 0, "target must be >= 1")],
)
def test_bad_input_is_rejected(start: int, end: int, target: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        split_by_counts(start, end, [], [], target)
