"""`GET /transformations/schema/instances` (getFlexibleDataModelInstanceSchema): Get Instance schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.get_flexible_data_model_instance_schema_conflict_mode import (
    GetFlexibleDataModelInstanceSchemaConflictMode,
)
from ...models.get_flexible_data_model_instance_schema_instance_type import (
    GetFlexibleDataModelInstanceSchemaInstanceType,
)
from ...models.items_column_type import ItemsColumnType
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getFlexibleDataModelInstanceSchema"


def build_request(
    *,
    conflict_mode: GetFlexibleDataModelInstanceSchemaConflictMode | Unset = UNSET,
    view_space: str | Unset = UNSET,
    view_external_id: str | Unset = UNSET,
    view_version: str | Unset = UNSET,
    instance_type: GetFlexibleDataModelInstanceSchemaInstanceType | Unset = UNSET,
    with_instance_space: bool | Unset = UNSET,
    is_connection_definition: bool | Unset = UNSET,
    data_model_space: str | Unset = UNSET,
    data_model_external_id: str | Unset = UNSET,
    data_model_version: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    relationship_from_type: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get Instance schema.


    > **Required capabilities:** `transformationsAcl:READ`

    For View centric schema, `viewSpace`, `viewExternalId`, `viewVersion` need to be specified while
    `withInstanceSpace`, `isConnectionDefinition`, `instanceType` are optional . For Data Model centric schema,
    `dataModelSpace`, `dataModelExternalId`, `dataModelVersion`, `type` need to be specified and
    `relationshipFromType` is optional. For Both scenarios `conflictMode` is required.

    Args:
        conflict_mode (GetFlexibleDataModelInstanceSchemaConflictMode | Unset):
        view_space (str | Unset):
        view_external_id (str | Unset):
        view_version (str | Unset):
        instance_type (GetFlexibleDataModelInstanceSchemaInstanceType | Unset):
        with_instance_space (bool | Unset):
        is_connection_definition (bool | Unset):
        data_model_space (str | Unset):
        data_model_external_id (str | Unset):
        data_model_version (str | Unset):
        type_ (str | Unset):
        relationship_from_type (str | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    json_conflict_mode: str | Unset = UNSET
    if not isinstance(conflict_mode, Unset):
        json_conflict_mode = conflict_mode.value

    params["conflictMode"] = json_conflict_mode
    params["viewSpace"] = view_space
    params["viewExternalId"] = view_external_id
    params["viewVersion"] = view_version
    json_instance_type: str | Unset = UNSET
    if not isinstance(instance_type, Unset):
        json_instance_type = instance_type.value

    params["instanceType"] = json_instance_type
    params["withInstanceSpace"] = with_instance_space
    params["isConnectionDefinition"] = is_connection_definition
    params["dataModelSpace"] = data_model_space
    params["dataModelExternalId"] = data_model_external_id
    params["dataModelVersion"] = data_model_version
    params["type"] = type_
    params["relationshipFromType"] = relationship_from_type
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/transformations/schema/instances",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ItemsColumnType:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ItemsColumnType.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    conflict_mode: GetFlexibleDataModelInstanceSchemaConflictMode | Unset = UNSET,
    view_space: str | Unset = UNSET,
    view_external_id: str | Unset = UNSET,
    view_version: str | Unset = UNSET,
    instance_type: GetFlexibleDataModelInstanceSchemaInstanceType | Unset = UNSET,
    with_instance_space: bool | Unset = UNSET,
    is_connection_definition: bool | Unset = UNSET,
    data_model_space: str | Unset = UNSET,
    data_model_external_id: str | Unset = UNSET,
    data_model_version: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    relationship_from_type: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsColumnType:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        conflict_mode=conflict_mode,
        view_space=view_space,
        view_external_id=view_external_id,
        view_version=view_version,
        instance_type=instance_type,
        with_instance_space=with_instance_space,
        is_connection_definition=is_connection_definition,
        data_model_space=data_model_space,
        data_model_external_id=data_model_external_id,
        data_model_version=data_model_version,
        type_=type_,
        relationship_from_type=relationship_from_type,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    conflict_mode: GetFlexibleDataModelInstanceSchemaConflictMode | Unset = UNSET,
    view_space: str | Unset = UNSET,
    view_external_id: str | Unset = UNSET,
    view_version: str | Unset = UNSET,
    instance_type: GetFlexibleDataModelInstanceSchemaInstanceType | Unset = UNSET,
    with_instance_space: bool | Unset = UNSET,
    is_connection_definition: bool | Unset = UNSET,
    data_model_space: str | Unset = UNSET,
    data_model_external_id: str | Unset = UNSET,
    data_model_version: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    relationship_from_type: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsColumnType:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        conflict_mode=conflict_mode,
        view_space=view_space,
        view_external_id=view_external_id,
        view_version=view_version,
        instance_type=instance_type,
        with_instance_space=with_instance_space,
        is_connection_definition=is_connection_definition,
        data_model_space=data_model_space,
        data_model_external_id=data_model_external_id,
        data_model_version=data_model_version,
        type_=type_,
        relationship_from_type=relationship_from_type,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))
