"""`POST /models/instances` (applyNodeAndEdges): Create or update nodes/edges"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.instance_bulk import InstanceBulk
from ...models.slim_node_and_edge_collection_response import SlimNodeAndEdgeCollectionResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "applyNodeAndEdges"


def build_request(
    *,
    body: InstanceBulk,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create or update nodes/edges


    > **Required capabilities:** `DataModelsAcl:WRITE`

    Create or update nodes and edges in a transaction. The ```items``` field of the payload is an array of objects
    where each object describes a node or an edge to create, patch or replace. The ```instanceType``` field of
    each object must be ```node``` or ```edge``` and determines how the rest of the object is interpreted.

    This operation is currently limited to 1000 nodes and/or edges at a time.

    Individual nodes and edges are uniquely identified by their externalId and space.

    Instances will be returned in the same order as they are supplied in the request.

    For more details on ingesting instances into a graph, see [Ingesting instances]
    (https://docs.cognite.com/cdf/dm/dm_concepts/dm_ingestion).

    ### Creating new instances

    When there is no node or edge with the given externalId in the given space, a node will be created and the
    properties provided for each of the containers or views in the ```sources``` array will be populated for the
    node/edge. Nodes can also be created implicitly when an edge between them is created (if
    ```autoCreateStartNodes``` and/or ``` autoCreateEndNodes``` is set), or when a direct relation
    property is set, the target node does not exist and ```autoCreateDirectRelations``` is set.

    To add a node or edge, the user must have capabilities to access (write to) both the view(s) referenced in
    ```sources``` and the container(s) underlying these views, as well as any directly referenced containers.

    ### Updating (patching) or replacing instances

    When a node or edge (instance) with the given externalId already exists in a space, the
    properties named in the ```sources``` field will be written to the instance. Other properties will remain
    unchanged. To replace the whole set of properties for an instance (a node or an edge) rather than patch the
    instance, set the ```replace``` parameter to ```true```.

    Note: When using ```replace``` as ```true``` it will replace any omitted property to either it's default
    value as defined on the container(s) or null if no default value is set. All properties on the related
    container(s) referenced in the provided ```sources``` view(s) will be replaced, so even when the provided
    view(s) only contains a subset of properties from a container all the properties in that container for that
    instance will be replaced. If the underlying container(s) have any required properties that are not provided,
    the operation will fail.

    If you use a writable view to update properties (that is, the source you are referring to in ```sources```
    is a view), you must have write access to the view as well as all of its backing containers.

    ### No-change patch operations
    When a node/edge item has no changes compared to the existing instance - that is, when the supplied property
    values are equal to the corresponding values in the existing node/edge, the node/edge will stay unchanged.
    In this case, the ```lastUpdatedTime``` values for the nodes/edges in question will not change.

    ### Deleting instances
    It's also possible to delete instances by passing instance references to the `delete` field. Upserts and
    deletes can be combined in the same request and will be executed atomically. The total number of ingested and
    deleted items cannot exceed 1000. If an instance doesn’t exist, the delete operation skips it and it won't be
    included in the response.

    Args:
        body (InstanceBulk):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/models/instances",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> SlimNodeAndEdgeCollectionResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = SlimNodeAndEdgeCollectionResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: InstanceBulk,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SlimNodeAndEdgeCollectionResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: InstanceBulk,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SlimNodeAndEdgeCollectionResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
