"""`POST /files/multiuploadlink` (getMultiPartUploadLink): Get multipart file upload link"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.data_multi_part_upload_file_metadata import DataMultiPartUploadFileMetadata
from ...models.file_data_upload_ids import FileDataUploadIds

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getMultiPartUploadLink"


def build_request(
    *,
    body: FileDataUploadIds,
    parts: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get multipart file upload link


    > **Required capabilities:** `filesAcl:WRITE`
    >
    > Or `dataModelsAcl:READ` (scope spaceId: `cdf_cdm`) and `dataModelInstancesAcl:WRITE`

    Multipart file upload enables upload of files larger than 5000 MB, using a uniform API on all cloud
    environments for CDF.

    Each file part must be larger than 5 MiB, and smaller than 4000 MiB. The file part for the last uploadURL can
    be smaller than 5 MiB. Maximum 250 upload URLs can be requested.
    The supported maximum size for each file uploaded with the multi-part upload API is therefore 1000 GiB (1.073
    TB / 0.976 TiB).
    The client should calculate the ideal number of parts depending on predetermined or estimated file size,
    between 1 and the maximum.
    Specify the number of parts in the `parts` URL query parameter. The `parts` parameter is required.

    The request returns in addition to the file `id`, also a `uploadId`, and a list of `uploadUrls` for uploading
    the file contents.
    To upload a file, send an HTTP PUT request to each of the uploadUrls, with the corresponding part of the file
    in the request body.
    You may use a 'Content-Length' header in the PUT request for each part, but this is not required.
    A failed part PUT upload can be retried.

    The client must ensure that the parts of the source file are stored in the correct order, using the order of
    the `uploadUrls` as specified in the response.
    This to avoid ending up with a corrupt final file.

    The parts can optionally be uploaded in parallel, preferably on a subset of parts at a time, for example
    maximum 3 concurrent PUT operations.

    Once all file parts have been uploaded, the client should call the 'files/completemultipartupload' endpoint,
    with the required file ID (as `id` or `externalId`) and `uploadId` fields in the request body. This will
    assemble the parts into one file.
    The file's `uploaded` flag will then eventually be set to `true`.

    A standard sequence of calls to upload a large file with multipart upload would be for example as follows:
    1. POST files/initmultipartupload?parts=8, to start a multipart upload session with 8 parts. Expect a 201
    CREATED response code, and a response body with information to be used in the part uploads and
    completemultipartupload requests.
    2. PUT `uploadUrl`, for each of the `uploadUrls` in the response from files/initmultipartupload. Expect a 200
    OK or 201 CREATED response for each PUT request.
    3. POST files/completemultipartupload, with request body '{ "id":123456789, "uploadId":"ABCD4321EFGH" }'. This
    will assemble the file. Expect a 200 OK response.

    Consider verifying that the file is eventually marked as uploaded with a call to the getFileByInternalId
    endpoint.

    NOTE: The uploadUrls expires after one week.
    A file that does not have the file content parts uploaded and completed within one week will be automatically
    deleted.

    ### Request throttling
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        parts (int):
        body (FileDataUploadIds):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["parts"] = parts
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/files/multiuploadlink",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> DataMultiPartUploadFileMetadata:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = DataMultiPartUploadFileMetadata.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: FileDataUploadIds,
    parts: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataMultiPartUploadFileMetadata:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, parts=parts, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: FileDataUploadIds,
    parts: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataMultiPartUploadFileMetadata:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, parts=parts, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
