"""Data sets API: create, retrieve, list, update, count (CDF does not delete data sets)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import LegacyAggregateMixin, RetrieveMixin, UpdateMixin
from cognite.client.data_classes.data_sets import DataSet, DataSetFilter, DataSetList, DataSetUpdate, DataSetWrite

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.shared import TimestampRange


class DataSetsAPI(
    RetrieveMixin[DataSet, DataSetList],
    UpdateMixin[DataSet, DataSetWrite, DataSetList, DataSetUpdate],
    LegacyAggregateMixin,
    ResourceAPI[DataSet, DataSetList],
):
    """``client.data_sets``"""

    _RESOURCE_PATH = "/datasets"
    _resource_cls = DataSet
    _list_cls = DataSetList
    _update_cls = DataSetUpdate
    _filter_cls = DataSetFilter

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        metadata: dict[str, str] | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        write_protected: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DataSet]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        metadata: dict[str, str] | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        write_protected: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DataSetList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        metadata: dict[str, str] | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        write_protected: bool | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[DataSet] | AsyncIterator[DataSetList]:
        """Iterate over data sets (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for data_set in client.data_sets(write_protected=True):  # doctest: +SKIP
            ...     data_set
        """
        return self._iterate(chunk_size, self._list_filter(locals()), limit)

    @overload
    async def create(self, data_set: DataSet | DataSetWrite, **options: Unpack[CallOptions]) -> DataSet: ...
    @overload
    async def create(
        self, data_set: Sequence[DataSet] | Sequence[DataSetWrite], **options: Unpack[CallOptions]
    ) -> DataSetList: ...
    async def create(
        self,
        data_set: DataSet | DataSetWrite | Sequence[DataSet] | Sequence[DataSetWrite],
        **options: Unpack[CallOptions],
    ) -> DataSet | DataSetList:
        """Create one data set or several (CDF takes 10 per request; more are split).

        Example:
            >>> from cognite.client.data_classes import DataSetWrite
            >>> res = client.data_sets.create(DataSetWrite(external_id="ds", name="my data set"))  # doctest: +SKIP
        """
        return await self._create(data_set)

    async def list(
        self,
        metadata: dict[str, str] | None = None,
        created_time: dict[str, Any] | TimestampRange | None = None,
        last_updated_time: dict[str, Any] | TimestampRange | None = None,
        external_id_prefix: str | None = None,
        write_protected: bool | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> DataSetList:
        """List data sets.

        Example:
            >>> data_sets = client.data_sets.list(limit=5, write_protected=False)  # doctest: +SKIP
        """
        return await self._list_filtered(self._list_filter(locals()), limit)

    async def aggregate_count(
        self, filter: DataSetFilter | dict[str, Any] | None = None, **options: Unpack[CallOptions]
    ) -> int:
        """Number of data sets matching the filter.

        Example:
            >>> n = client.data_sets.aggregate_count(filter={"write_protected": True})  # doctest: +SKIP
        """
        return await self._count(None, None, filter)
