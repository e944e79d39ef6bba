"""The emulator's datapoints service: numpy storage, vectorised protobuf, CDF query semantics (contracts.md §2).

Modules:
    service    DatapointsService: the routes (insert, list, latest, delete, synthetic), drop/reset/dump/load
    refs       TimeSeriesRef and request-item identifiers (id / externalId / instanceId), `missing` errors
    store      per-series sorted numpy arrays (timestamps, values, optional status codes), merge and delete
    insert     JSON / protobuf insertion bodies -> arrays, CDF's limits and value/timestamp validation
    retrieve   list queries (defaults, limits, cursors, short pages, outside points), latest, delete
    aggregates all aggregates, vectorised over bucket indices
    wire       byte-exact vectorised protobuf encoders and the insertion decoder
    blocks     cache of encoded raw pages (one memory budget for all series)
    render     list replies as JSON or protobuf
    synthetic  the synthetic-query expression language (parser + numpy evaluator, no eval())
    timespec   "2d-ago"/"now" times and granularities (bucket alignment)
    zones      time zones for aggregates: UTC, fixed offsets, IANA regions
    bench      `python -m cognite.emulator.datapoints.bench`: raw protobuf serving speed over a real socket
"""

from cognite.emulator.datapoints.refs import TimeSeriesRef
from cognite.emulator.datapoints.service import DatapointsService

__all__ = ["DatapointsService", "TimeSeriesRef"]
