"""Results of ``client.data_modeling.graphql`` (the DML and GraphQL endpoints are not in the OpenAPI spec)."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteResource
from cognite.client.data_classes.data_modeling.ids import DataModelId

__all__ = ["DMLApplyResult", "GraphQlQueryResult"]


class DMLApplyResult(CogniteResource):
    """The data model version a DML apply created or updated.

    Example:
        >>> from cognite.client.data_classes.data_modeling.graphql import DMLApplyResult
        >>> DMLApplyResult._load({"space": "s", "externalId": "m", "version": "1", "name": None,
        ...     "description": None, "createdTime": 1, "lastUpdatedTime": 1}).as_id()
        DataModelId(space='s', external_id='m', version='1')
    """

    _fields = ("space", "external_id", "version", "name", "description", "created_time", "last_updated_time")
    _positional = _fields
    space: str
    external_id: str
    version: str
    name: str | None
    description: str | None
    created_time: int
    last_updated_time: int

    def as_id(self) -> DataModelId:
        """The data model's identifier."""
        return DataModelId(space=self.space, external_id=self.external_id, version=self.version)


class GraphQlQueryResult(CogniteResource):
    """The ``items`` of one GraphQL query field.

    Example:
        >>> from cognite.client.data_classes.data_modeling.graphql import GraphQlQueryResult
        >>> GraphQlQueryResult._load({"items": [{"name": "pump"}]}).items
        [{'name': 'pump'}]
    """

    _fields = ("items",)
    _positional = _fields
    items: list[dict[str, Any]]
