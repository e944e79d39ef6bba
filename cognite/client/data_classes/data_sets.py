"""Data sets: containers that group and govern other resources."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteFilter, CogniteResource, CogniteResourceList, load_one
from cognite.client.data_classes._update import CogniteUpdate
from cognite.client.data_classes.shared import TimestampRange

__all__ = ["DataSet", "DataSetFilter", "DataSetList", "DataSetUpdate", "DataSetWrite"]


class DataSetWrite(CogniteResource):
    """The writable part of a data set.

    Example:
        >>> from cognite.client.data_classes import DataSetWrite
        >>> DataSetWrite(name="1st level").dump()
        {'name': '1st level'}
    """

    _write_model = "DataSetSpec"


class DataSet(CogniteResource):
    """A data set (fields from the spec's ``DataSet``).

    Example:
        >>> from cognite.client.data_classes import DataSet
        >>> DataSet(name="ds", write_protected=True).as_write().dump()
        {'name': 'ds', 'writeProtected': True}
    """

    _read_model = "DataSet"
    _write_model = "DataSetSpec"
    _write_class = DataSetWrite


class DataSetList(CogniteResourceList[DataSet]):
    _RESOURCE = DataSet


class DataSetUpdate(CogniteUpdate):
    """Changes to one data set (from the spec's ``DataSetPatch``)."""

    _patch_model = "DataSetPatch"


class DataSetFilter(CogniteFilter):
    """Exact-match filter on data sets."""

    _read_model = "DataSetFilter"
    _nested = {"created_time": load_one(TimestampRange), "last_updated_time": load_one(TimestampRange)}
