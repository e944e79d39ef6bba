"""The `cognite` PySpark (>= 4) data source: `spark.read.format("cognite")` and `df.write.format("cognite")`.

Example:
    >>> from cognite.client.scale_out.spark import register
    >>> register(spark)  # doctest: +SKIP
    >>> df = (spark.read.format("cognite").option("type", "datapoints").option("externalIds", "a,b")
    ...       .option("project", "p").option("baseUrl", "https://api.cognitedata.com")
    ...       .option("tokenUrl", "https://idp/token").option("clientId", "me")
    ...       .option("clientSecretEnv", "COGNITE_CLIENT_SECRET").load())  # doctest: +SKIP

The driver plans partitions (`plan.py`) and each task reads one (`read.py`), yielding Arrow batches built from
the SDK's numpy columns; writes go through `write.py`, each task returning its row accounting in its commit
message; `commit` raises `ScaleOutWriteError` with the totals if any row failed or is unknown. Credentials: see
`options.py` (client-credential settings, the secret resolved from an environment variable on each executor).
Instances of a view push Spark's simple filters (=, IN, <, <=, >, >=, IS NOT NULL) down to CDF; that needs
`spark.sql.python.filterPushdown.enabled=true` (Spark refuses a pushdown-capable reader without it), or the
option `pushFilters=false`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyarrow as pa
from pyspark.sql.datasource import (
    DataSource,
    DataSourceArrowWriter,
    DataSourceReader,
    EqualTo,
    Filter,
    GreaterThan,
    GreaterThanOrEqual,
    In,
    InputPartition,
    IsNotNull,
    LessThan,
    LessThanOrEqual,
    WriterCommitMessage,
)
from pyspark.sql.pandas.types import from_arrow_schema
from pyspark.sql.types import StructType

from . import plan as p
from .options import Options, parse_options
from .read import read_partition, schema_of
from .write import WriteReport, write_batches

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


class CogniteDataSource(DataSource):
    """Reads and writes CDF data; option `type` says what (see `options.TYPES`)."""

    @classmethod
    def name(cls) -> str:
        return "cognite"

    def __init__(self, options: Any) -> None:
        super().__init__(options)
        self.parsed: Options = parse_options(dict(options))
        self._arrow: pa.Schema | None = None

    def arrow_schema(self) -> pa.Schema:
        if self._arrow is None:
            self._arrow = schema_of(self.parsed)
        return self._arrow

    def schema(self) -> StructType:
        return from_arrow_schema(self.arrow_schema())

    def reader(self, schema: StructType) -> DataSourceReader:
        if self.parsed.type == "instances" and (self.parsed.get("pushFilters", "true") or "").lower() != "false":
            return InstancesReader(self.parsed, self.arrow_schema())
        return CogniteReader(self.parsed, self.arrow_schema())

    def writer(self, schema: StructType, overwrite: bool) -> CogniteWriter:
        return CogniteWriter(self.parsed)


class CogniteReader(DataSourceReader):
    def __init__(self, options: Options, schema: pa.Schema) -> None:
        self.options = options
        self.arrow = schema
        self.pushed: list[dict[str, Any]] = []

    def partitions(self) -> Sequence[InputPartition]:
        return [InputPartition(part) for part in p.plan(self.options, pushed=self.pushed)]

    def read(self, partition: InputPartition) -> Iterator[pa.RecordBatch]:
        yield from read_partition(self.options, partition.value, self.arrow)


class InstancesReader(CogniteReader):
    """Instances of a view, with Spark's simple filters on its columns evaluated by CDF."""

    def pushFilters(self, filters: list[Filter]) -> Iterator[Filter]:
        view = p.view_of(self.options)
        for f in filters:
            dm = to_dm_filter(f, view, set(self.arrow.names))
            if dm is None:
                yield f
            else:
                self.pushed.append(dm)


_RANGES = {GreaterThan: "gt", GreaterThanOrEqual: "gte", LessThan: "lt", LessThanOrEqual: "lte"}


def to_dm_filter(f: Filter, view: dict[str, str], columns: set[str]) -> dict[str, Any] | None:
    """The DM filter of a Spark filter on one column of an instances read, None when CDF cannot evaluate it."""
    attr: tuple[str, ...] = getattr(f, "attribute", ())
    if len(attr) != 1 or attr[0] not in columns or attr[0] in ("version", "createdTime", "lastUpdatedTime"):
        return None
    name = attr[0]
    prop = (
        ["node", name]
        if name in ("space", "externalId")
        else [view["space"], f"{view['externalId']}/{view['version']}", name]
    )
    if isinstance(f, EqualTo):
        return {"equals": {"property": prop, "value": f.value}}
    if isinstance(f, In):
        return {"in": {"property": prop, "values": list(f.value)}}
    if isinstance(f, IsNotNull):
        return {"exists": {"property": prop}}
    op = _RANGES.get(type(f))
    if op is not None:
        return {"range": {"property": prop, op: getattr(f, "value", None)}}
    return None


@dataclass
class CogniteCommitMessage(WriterCommitMessage):
    report: WriteReport


class CogniteWriter(DataSourceArrowWriter):
    def __init__(self, options: Options) -> None:
        self.options = options
        self.report: WriteReport | None = None

    def write(self, iterator: Iterator[pa.RecordBatch]) -> CogniteCommitMessage:
        return CogniteCommitMessage(write_batches(self.options, iterator))

    def commit(self, messages: list[WriterCommitMessage | None]) -> None:
        total = WriteReport()
        for m in messages:
            if isinstance(m, CogniteCommitMessage):
                total = total + m.report
        self.report = total
        total.raise_if_incomplete()

    def abort(self, messages: list[WriterCommitMessage | None]) -> None:
        # A task failed: what the others wrote stays written (CDF has no transactions); nothing to undo.
        return None


def register(spark: SparkSession) -> None:
    """Register the `cognite` format on a Spark session."""
    spark.dataSource.register(CogniteDataSource)
