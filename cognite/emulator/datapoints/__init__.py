"""The emulator's datapoints service: numpy storage, vectorised protobuf, CDF query semantics (contracts.md §2)."""

from cognite.emulator.datapoints.refs import TimeSeriesRef
from cognite.emulator.datapoints.service import DatapointsService

__all__ = ["DatapointsService", "TimeSeriesRef"]
