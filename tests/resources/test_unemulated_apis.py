"""What the emulator cannot produce: cloud-storage URLs on another host. These tests answer from a recording
``httpx.MockTransport`` (the allowed exception) and check the requests the SDK sends. (3D and entity matching are
emulated: see test_three_d_entity_matching.py.)"""

from __future__ import annotations

import httpx

from cognite.client import AsyncCogniteClient, ClientConfig
from cognite.client.credentials import Token


async def test_file_content_to_presigned_urls_goes_without_cdf_headers() -> None:
    """Real CDF hands out cloud-storage URLs on another host: content goes there as is, without CDF's bearer
    token or gzip (the emulator's URLs point at itself, so this needs a recording transport)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "storage.example":
            if request.method == "PUT":
                return httpx.Response(200)
            return httpx.Response(200, content=b"payload")
        path = request.url.path.split("/projects/p", 1)[-1]
        meta = {"id": 1, "name": "f.txt", "uploaded": False, "createdTime": 0, "lastUpdatedTime": 0}
        if path == "/files":
            return httpx.Response(201, json={**meta, "uploadUrl": "https://storage.example/up/1?sig=abc"})
        if path == "/files/downloadlink":
            return httpx.Response(
                200, json={"items": [{"id": 1, "downloadUrl": "https://storage.example/down/1?sig=x"}]}
            )
        return httpx.Response(404, json={"error": {"code": 404, "message": path}})

    config = ClientConfig(
        client_name="t", project="p", base_url="https://x.cognitedata.com", credentials=Token("secret")
    )
    client = AsyncCogniteClient(config, http_transport=httpx.MockTransport(handler))
    await client.files.upload_bytes(b"payload", name="f.txt")
    put = next(r for r in seen if r.url.host == "storage.example")
    assert put.method == "PUT" and put.content == b"payload"
    assert "authorization" not in put.headers and "content-encoding" not in put.headers
    assert await client.files.download_bytes(id=1) == b"payload"
    assert "authorization" not in seen[-1].headers
    cdf_calls = [r for r in seen if r.url.host == "x.cognitedata.com"]
    assert all(r.headers["authorization"] == "Bearer secret" for r in cdf_calls)
