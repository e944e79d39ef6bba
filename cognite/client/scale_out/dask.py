"""A Dask reader and writer over the same partition plan as the Spark data source (for users without Spark).

Example:
    >>> from cognite.client.scale_out.dask import read_cognite
    >>> ddf = read_cognite(type="datapoints", externalIds="a,b", project="p", baseUrl="https://api.cognitedata.com",
    ...                    tokenUrl="https://idp/token", clientId="me", clientSecretEnv="COGNITE_CLIENT_SECRET")  # doctest: +SKIP
    >>> ddf.compute()  # doctest: +SKIP

Options are those of the Spark data source (`options.py`), given as keywords. Each Dask partition is one planned
partition (`plan.py`) read into a pandas DataFrame from its Arrow batches (`read.py`).
"""

from __future__ import annotations

from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

from . import plan as p
from .options import Options, parse_options
from .read import read_partition, schema_of
from .write import WriteReport, write_batches


def _read_one(partition: p.Partition, options: Options, schema: pa.Schema) -> pd.DataFrame:
    table = pa.Table.from_batches(list(read_partition(options, partition, schema)), schema)
    return table.to_pandas(maps_as_pydicts="strict")


def read_cognite(**options: Any) -> dd.DataFrame:
    """A Dask DataFrame of a CDF read (one Dask partition per planned partition)."""
    parsed = parse_options(options)
    schema = schema_of(parsed)
    partitions = p.plan(parsed)
    meta = schema.empty_table().to_pandas(maps_as_pydicts="strict")
    # Maps and lists stay Python objects (Dask would turn every object column into strings).
    with dask.config.set({"dataframe.convert-string": False}):
        if not partitions:
            return dd.from_pandas(meta, npartitions=1)
        return dd.from_map(_read_one, partitions, options=parsed, schema=schema, meta=meta, enforce_metadata=False)


def _write_one(frame: pd.DataFrame, options: Options) -> WriteReport:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    return write_batches(options, table.to_batches())


def write_cognite(frame: dd.DataFrame | pd.DataFrame, **options: Any) -> WriteReport:
    """Write every partition of `frame`; returns the merged accounting, raises `ScaleOutWriteError` if incomplete."""
    parsed = parse_options(options)
    parts = frame.to_delayed() if isinstance(frame, dd.DataFrame) else [dask.delayed(frame)]
    reports = dask.compute(*(dask.delayed(_write_one)(part, parsed) for part in parts))
    total = WriteReport()
    for r in reports:
        total = total + r
    return total.raise_if_incomplete()
