"""``client.transformations.external_data_sources`` (CDF beta): lakehouses transformations can read from."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client.data_classes.transformations.externaldata import (
    ExternalDataSource,
    ExternalDataSourceList,
    ExternalDataSourceUsability,
    ExternalDataSourceWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class TransformationExternalDataSourcesAPI(ResourceAPI[ExternalDataSource, ExternalDataSourceList]):
    """``client.transformations.external_data_sources``"""

    _RESOURCE_PATH = "/transformations/externaldata"
    _resource_cls = ExternalDataSource
    _list_cls = ExternalDataSourceList

    @overload  # type: ignore[override]
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[ExternalDataSource]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[ExternalDataSourceList]: ...
    def __call__(
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[ExternalDataSource] | AsyncIterator[ExternalDataSourceList]:
        """Iterate over external data sources (or lists of ``chunk_size``).

        Example:
            >>> for source in client.transformations.external_data_sources():  # doctest: +SKIP
            ...     source
        """
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load, list_cls=self._new_list, chunk_size=chunk_size, limit=limit, method="GET"
        )

    async def list(
        self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> ExternalDataSourceList:
        """List external data sources.

        Example:
            >>> sources = client.transformations.external_data_sources.list(limit=5)  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit, method="GET")

    @overload
    async def create(
        self, data_source: ExternalDataSourceWrite, **options: Unpack[CallOptions]
    ) -> ExternalDataSource: ...
    @overload
    async def create(
        self, data_source: Sequence[ExternalDataSourceWrite], **options: Unpack[CallOptions]
    ) -> ExternalDataSourceList: ...
    async def create(
        self,
        data_source: ExternalDataSourceWrite | Sequence[ExternalDataSourceWrite],
        **options: Unpack[CallOptions],
    ) -> ExternalDataSource | ExternalDataSourceList:
        """Register external data sources (with their secrets, which CDF never sends back).

        Example:
            >>> from cognite.client.data_classes.transformations.externaldata import OneLakeExternalDataSourceWrite
            >>> res = client.transformations.external_data_sources.create(source)  # doctest: +SKIP
        """
        items = data_source if isinstance(data_source, Sequence) else [data_source]
        for item in items:
            if not isinstance(item, ExternalDataSourceWrite) or type(item) is ExternalDataSourceWrite:
                raise TypeError("data_source must be a format's write class, e.g. OneLakeExternalDataSourceWrite")
        return await self._create(data_source)

    async def delete(self, external_id: str | SequenceNotStr[str], **options: Unpack[CallOptions]) -> None:
        """Delete external data sources by external id (unknown ones raise).

        Example:
            >>> client.transformations.external_data_sources.delete(["lake-prod"])  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id)

    async def verify_usability(self, external_id: str, **options: Unpack[CallOptions]) -> ExternalDataSourceUsability:
        """Whether CDF can read the data source now (its latest usable version, or none).

        Example:
            >>> client.transformations.external_data_sources.verify_usability("lake-prod").is_usable  # doctest: +SKIP
        """
        if not isinstance(external_id, str):
            raise TypeError("external_id must be a str")
        res = await self._post(self._RESOURCE_PATH + "/usability", json={"externalId": external_id})
        return ExternalDataSourceUsability._load(res.json())
