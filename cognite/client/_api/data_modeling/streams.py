"""``client.data_modeling.streams``: create, list, retrieve and delete streams (the stores of records)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from cdf_api.client import path_segment

from cognite.client._api.data_modeling._limits import STREAMS_ITEMS_LIMIT
from cognite.client._api_client import APIClient
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.data_modeling.streams import Stream, StreamList, StreamWrite
from cognite.client.exceptions import CogniteNotFoundError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


def _stream_id(value: object, what: str = "external_id") -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} must be a non-empty string, got {value!r}")
    return value


class StreamsAPI(APIClient):
    """``client.data_modeling.streams``"""

    _RESOURCE_PATH = "/streams"
    _CREATE_LIMIT = STREAMS_ITEMS_LIMIT
    _DELETE_LIMIT = STREAMS_ITEMS_LIMIT
    _CONCURRENCY_CATEGORY = "data_modeling"

    @overload
    async def create(self, items: StreamWrite, **options: Unpack[CallOptions]) -> Stream: ...
    @overload
    async def create(self, items: Sequence[StreamWrite], **options: Unpack[CallOptions]) -> StreamList: ...
    async def create(
        self, items: StreamWrite | Sequence[StreamWrite], **options: Unpack[CallOptions]
    ) -> Stream | StreamList:
        """Create streams (one request per stream, as CDF takes them).

        Example:
            >>> from cognite.client.data_classes.data_modeling.streams import (
            ...     StreamTemplate, StreamWrite, StreamWriteSettings)
            >>> res = client.data_modeling.streams.create(  # doctest: +SKIP
            ...     StreamWrite("my-stream", StreamWriteSettings(StreamTemplate("ImmutableTestStream"))))
        """
        for item in items if isinstance(items, Sequence) else [items]:
            if not isinstance(item, StreamWrite):
                raise TypeError(f"streams.create takes StreamWrite objects, got {type(item).__name__}")
            _stream_id(item.external_id)
        return await self._create_multiple(items, load=Stream._load, list_cls=StreamList)

    async def list(self, **options: Unpack[CallOptions]) -> StreamList:
        """All streams of the project (CDF lists them in one answer, without paging).

        Example:
            >>> streams = client.data_modeling.streams.list()  # doctest: +SKIP
        """
        reply = parse_json((await self._get(self._RESOURCE_PATH)).content)
        return StreamList([Stream._load(s) for s in reply["items"]])

    async def retrieve(
        self, external_id: str, include_statistics: bool | None = None, **options: Unpack[CallOptions]
    ) -> Stream | None:
        """A stream (None when it does not exist); ``include_statistics`` adds what its limits have consumed.

        Example:
            >>> stream = client.data_modeling.streams.retrieve("my-stream", include_statistics=True)  # doctest: +SKIP
        """
        path = f"{self._RESOURCE_PATH}/{path_segment(_stream_id(external_id))}"
        params = None if include_statistics is None else {"includeStatistics": str(bool(include_statistics)).lower()}
        try:
            response = await self._get(path, params=params)
        except CogniteNotFoundError:
            return None
        return Stream._load(parse_json(response.content))

    async def delete(self, external_id: str | SequenceNotStr[str], **options: Unpack[CallOptions]) -> None:
        """Delete streams and their records (one request per stream).

        Example:
            >>> client.data_modeling.streams.delete(["stream-a", "stream-b"])  # doctest: +SKIP
        """
        ids = [external_id] if isinstance(external_id, str) else list(external_id)
        await self._delete_multiple([{"externalId": _stream_id(x)} for x in ids])
