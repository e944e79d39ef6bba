"""`POST /files/update` (updateFiles): Update files"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.data_file_change import DataFileChange
from ...models.data_file_metadata import DataFileMetadata

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "updateFiles"


def build_request(
    *,
    body: DataFileChange,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Update files


    > **Required capabilities:** `filesAcl:WRITE`

    Updates the information for the files specified in the request body.

    If you want to update the file content, uploaded using the uploadUrl, please
    use the initFileUpload request with the query parameter 'overwrite=true'.
    Alternatively, delete and recreate the file.

    For primitive fields (String, Long, Int), use 'set': 'value' to update
    value; use 'setNull': true to set that field to null.

    For the Json Array field (e.g. assetIds and securityCategories): Use either only 'set', or a combination of
    'add' and/or 'remove'.

    __AssetIds update examples__:

    Example request body to overwrite assetIds with a new set, asset ID 1 and 2.

    ```
    {
      "items": [
        {
          "id": 1,
          "update": {
            "assetIds" : {
              "set" : [ 1, 2 ]
            }
          }
        }
      ]
    }
    ```

    Example request body to add one asset Id, and remove another asset ID.

    ```
    {
      "items": [
        {
          "id": 1,
          "update": {
            "assetIds" : {
              "add" : [ 3 ],
              "remove": [ 2 ]
            }
          }
        }
      ]
    }
    ```

    __Metadata update examples__:

    Example request body to overwrite metadata with a new set.
    ```
    {
      "items": [
        {
          "id": 1,
          "update": {
            "metadata": {
              "set": {
                "key1": "value1",
                "key2": "value2"
              }
            }
          }
        }
      ]
    }
    ```

    Example request body to add two key-value pairs and remove two other key-value pairs by key for
    the metadata field.
    ```
    {
      "items": [
        {
          "id": 1,
          "update": {
            "metadata": {
              "add": {
                "key3": "value3",
                "key4": "value4"
              },
              "remove": [
                "key1",
                "key2"
              ]
            }
          }
        }
      ]
    }
    ```

    ### Request throttling
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        body (DataFileChange):
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
        path="/files/update",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataFileMetadata:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataFileMetadata.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DataFileChange,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataFileMetadata:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DataFileChange,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataFileMetadata:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
