"""`POST /files` (initFileUpload): Upload file"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.external_files_metadata import ExternalFilesMetadata
from ...models.upload_file_metadata import UploadFileMetadata
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "initFileUpload"


def build_request(
    *,
    body: ExternalFilesMetadata,
    overwrite: bool | Unset = UNSET,
    origin: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Upload file


    > **Required capabilities:** `filesAcl:WRITE`

    Create metadata information and get an uploadUrl for a file.

    To upload the file, send an HTTP PUT request to the uploadUrl from the response, with the relevant 'Content-
    Type' and 'Content-Length' headers.

    If the uploadUrl contains the string '/v1/files/gcs_proxy/', you can make a Google Cloud Storage (GCS)
    resumable upload request
    as documented in https://cloud.google.com/storage/docs/json_api/v1/how-tos/resumable-upload.

    The uploadUrl expires after one week.
    Any file info entry that does not have the actual file uploaded within one week will be automatically deleted.

    Note: The single part uploadUrl from initFileUpload supports uploading files up to 5000 MB (5,000,000,000
    bytes) in size. For larger files than that, please use the multipart upload API.

    The initMultiPartUpload and completeMultiPartUpload endpoints provides an alternative way to upload files,
    both small and large, up to 1000 GiB in size.
    These endpoints exposes a uniform multipart upload API for all cloud vendor environments for CDF. Optionally
    parallel part uploads can be used, for faster uploads.

    ### Request throttling
    This endpoint is subject to the new throttling policy, which enforces limits on both request rate and
    concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        overwrite (bool | Unset):
        origin (str | Unset):
        body (ExternalFilesMetadata):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}
    if not isinstance(origin, Unset):
        headers["Origin"] = str(origin)

    params: dict[str, Any] = {}
    params["overwrite"] = overwrite
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/files",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> UploadFileMetadata:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = UploadFileMetadata.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: ExternalFilesMetadata,
    overwrite: bool | Unset = UNSET,
    origin: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> UploadFileMetadata:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        body=body, overwrite=overwrite, origin=origin, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: ExternalFilesMetadata,
    overwrite: bool | Unset = UNSET,
    origin: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> UploadFileMetadata:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        body=body, overwrite=overwrite, origin=origin, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
