"""Data sets API: create, retrieve, list, update, aggregate (CDF does not delete data sets)."""

from __future__ import annotations

from typing import Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import AggregateMixin, CreateMixin, RetrieveMixin, UpdateMixin
from cognite.client.data_classes.data_sets import DataSet, DataSetFilter, DataSetList, DataSetUpdate


class DataSetsAPI(CreateMixin, RetrieveMixin, UpdateMixin, AggregateMixin, ResourceAPI):
    """``client.data_sets``"""

    _RESOURCE_PATH = "/datasets"
    _CREATE_LIMIT = 10
    _resource_cls = DataSet
    _list_cls = DataSetList
    _update_cls = DataSetUpdate
    _filter_cls = DataSetFilter

    async def list(
        self,
        metadata: dict[str, str] | None = None,
        created_time: Any = None,
        last_updated_time: Any = None,
        external_id_prefix: str | None = None,
        write_protected: bool | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
    ) -> DataSetList:
        """List data sets.

        Example:
            >>> data_sets = client.data_sets.list(limit=5, write_protected=False)  # doctest: +SKIP
        """
        flt = self._list_filter(locals())
        return await self._list_filtered(flt, limit)
