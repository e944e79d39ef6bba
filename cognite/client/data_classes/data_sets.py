"""Data sets: containers that group and govern other resources."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    DataSetFields,
    DataSetFilterFields,
    DataSetUpdateFields,
    DataSetWriteFields,
)

__all__ = ["DataSet", "DataSetFilter", "DataSetList", "DataSetUpdate", "DataSetWrite", "DataSetWriteList"]


class DataSetWrite(DataSetWriteFields):
    """The writable part of a data set.

    Example:
        >>> from cognite.client.data_classes import DataSetWrite
        >>> DataSetWrite(name="1st level").dump()
        {'name': '1st level'}
    """


class DataSet(DataSetFields):
    """A data set (fields from the spec's ``DataSet``).

    Example:
        >>> from cognite.client.data_classes import DataSet
        >>> DataSet(name="ds", write_protected=True).as_write().dump()
        {'name': 'ds', 'writeProtected': True}
    """


class DataSetWriteList(CogniteResourceList[DataSetWrite]):
    _RESOURCE = DataSetWrite


class DataSetList(WriteableCogniteResourceList[DataSet, DataSetWriteList]):
    _RESOURCE = DataSet


class DataSetUpdate(DataSetUpdateFields):
    """Changes to one data set (from the spec's ``DataSetPatch``)."""


class DataSetFilter(DataSetFilterFields):
    """Exact-match filter on data sets."""
