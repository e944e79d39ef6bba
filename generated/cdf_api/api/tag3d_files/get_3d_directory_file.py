"""`GET /3d/files/{threedFileId}/{subPath}` (get3DDirectoryFile): Retrieve a 3D directory file"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...types import File

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DDirectoryFile"


def build_request(
    *,
    threed_file_id: int,
    sub_path: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve a 3D directory file


    > **Required capabilities:** `threedAcl:READ`

    Retrieve the contents of a 3D file, for a blobId which is of a directory type.
    This applies to the output types 'gltf-directory', 'reveal-directory', 'ept-pointcloud', 'tiles-directory',
    'model-from-points'.

    The 'subPath' elements, i.e. directory and/or file names, within each directory output type is subject to
    change and depends on each output type.
    - The 'gltf-directory' output is used by Reveal v3+ for visualizing CAD files and contains a 'scene.json'
    file, which describes what other files are available within the blobId.
    - The 'reveal-directory' output is used by Reveal v1-2 for visualizing CAD files and contains a 'scene.json'
    file, which describes what other files are available within the blobId.
    - The 'ept-pointcloud' output is used by Reveal for visualizing point clouds, and contains a 'ept.json' file.
    The 'ept.json' file contains general information for the point cloud data. The file named 'ept-
    hierarchy/0-0-0-0.json' for the same blobId lists all the output point files which can be retrieved from a
    'ept-data' folder for the same blobId, e.g. 'ept-data/0-0-0-0.bin'. The '.bin' files are in a custom point
    cloud format following the schema in the 'ept.json' file. Additionally, a 'filterOptions.json' file contains a
    description of which options were used when processing the point cloud.

    Experimental outputs, normally not enabled:
    The 'tiles-directory' output contains files for classification of the point cloud data. Retrieve the
    'tiles.json' file from this output for a overview of the files within this output.
    The 'model-from-points' output is used for storing a mesh based output file of some parts of the point cloud.
    This is stored as a 'model.ciff' file, in the Cognite internal file format.

    This endpoint supports tag-based caching.

    This endpoint is only compatible with 3D file IDs from the 3D API, and not compatible with
    file IDs from the Files API.

    Args:
        threed_file_id (int):
        sub_path (str):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "*/*"

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/3d/files/{threed_file_id}/{sub_path}".format(
            threed_file_id=path_segment(threed_file_id),
            sub_path=path_segment(sub_path),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> File:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    threed_file_id: int,
    sub_path: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        threed_file_id=threed_file_id, sub_path=sub_path, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    threed_file_id: int,
    sub_path: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        threed_file_id=threed_file_id, sub_path=sub_path, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
