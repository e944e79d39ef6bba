"""``client.transformations.schema``: the columns a transformation must produce for a destination."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cognite.client._api_client import APIClient
from cognite.client.data_classes.transformations.common import TransformationDestination
from cognite.client.data_classes.transformations.schema import (
    TransformationSchemaColumn,
    TransformationSchemaColumnList,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions

_CONFLICT_MODES = ("abort", "delete", "update", "upsert")


class TransformationSchemaAPI(APIClient):
    """``client.transformations.schema``"""

    _RESOURCE_PATH = "/transformations/schema"

    async def retrieve(
        self, destination: TransformationDestination, conflict_mode: str | None = None, **options: Unpack[CallOptions]
    ) -> TransformationSchemaColumnList:
        """The columns of a destination type (for a conflict mode: ``delete`` takes the identifiers only).

        Example:
            >>> from cognite.client.data_classes import TransformationDestination
            >>> columns = client.transformations.schema.retrieve(TransformationDestination.assets())  # doctest: +SKIP
        """
        if not isinstance(destination, TransformationDestination):
            raise TypeError("destination must be a TransformationDestination, e.g. TransformationDestination.assets()")
        if conflict_mode is not None and conflict_mode not in _CONFLICT_MODES:
            raise ValueError(f"conflict_mode must be one of {_CONFLICT_MODES}, not {conflict_mode!r}")
        params = {"conflictMode": conflict_mode} if conflict_mode else None
        res = await self._get(f"{self._RESOURCE_PATH}/{destination.type}", params=params)
        items: list[dict[str, Any]] = res.json().get("items") or []
        return TransformationSchemaColumnList(
            [TransformationSchemaColumn._load(i, cognite_client=self._cognite_client) for i in items],
            cognite_client=self._cognite_client,
        )
