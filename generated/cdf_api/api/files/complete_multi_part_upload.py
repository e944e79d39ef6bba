"""`POST /files/completemultipartupload` (completeMultiPartUpload): Complete multipart upload"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.complete_multi_part_upload_file_external_id import CompleteMultiPartUploadFileExternalId
from ...models.complete_multi_part_upload_file_instance_id import CompleteMultiPartUploadFileInstanceId
from ...models.complete_multi_part_upload_file_internal_id import CompleteMultiPartUploadFileInternalId
from ...models.empty_response_body import EmptyResponseBody

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "completeMultiPartUpload"


def build_request(
    *,
    body: CompleteMultiPartUploadFileExternalId
    | CompleteMultiPartUploadFileInstanceId
    | CompleteMultiPartUploadFileInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Complete multipart upload


    > **Required capabilities:** `filesAcl:WRITE`
    >
    > Or `dataModelsAcl:READ` (scope spaceId: `cdf_cdm`) and `dataModelInstancesAcl:WRITE`

    Completes a multipart file upload.
    This endpoint must be called by the client when an 'initMultiPartUpload' operation (POST
    /files/initmultipartupload) was called,
    and all file content parts have been successfully uploaded using PUT for all upload URLs.
    Either `id` or `externalId` must be specified in the request body, but not both. The `uploadId` is also
    required.
    The values for these properties can be retrieved from the response of the initMultiPartUpload operation.

    ### Request throttling
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        body (CompleteMultiPartUploadFileExternalId | CompleteMultiPartUploadFileInstanceId |
            CompleteMultiPartUploadFileInternalId):
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
        path="/files/completemultipartupload",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> EmptyResponseBody:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = EmptyResponseBody.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: CompleteMultiPartUploadFileExternalId
    | CompleteMultiPartUploadFileInstanceId
    | CompleteMultiPartUploadFileInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: CompleteMultiPartUploadFileExternalId
    | CompleteMultiPartUploadFileInstanceId
    | CompleteMultiPartUploadFileInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
