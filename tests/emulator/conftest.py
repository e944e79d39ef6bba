from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from cognite.emulator import Emulator

PROJECT_NAME = "test"  # the emulators of these tests are made with projects=[PROJECT_NAME]
PROJECT = f"/api/v1/projects/{PROJECT_NAME}"


class Api:
    """A thin JSON helper over an in-process httpx client: `api.post("/assets", items=[...])`."""

    def __init__(self, client: httpx.Client, project: str = PROJECT_NAME) -> None:
        self.http = client
        self.prefix = f"/api/v1/projects/{project}"

    def post(self, route: str, body: Any = None, *, expect: int | None = None, **kwargs: Any) -> Any:
        """POST JSON; asserts a 2xx answer (or exactly `expect`) and returns the JSON reply."""
        payload = body if body is not None else kwargs
        r = self.http.post(self.prefix + route, json=payload)
        if expect is None:
            assert r.is_success, r.text
        else:
            assert r.status_code == expect, r.text
        return r.json()

    def get(self, route: str, *, expect: int | None = 200, **params: Any) -> Any:
        r = self.http.get(self.prefix + route, params=params)
        if expect is not None:
            assert r.status_code == expect, r.text
        return r.json()

    def list_all(self, route: str, body: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        body = dict(body or {})
        out: list[dict[str, Any]] = []
        while True:
            page = self.post(route, body)
            out.extend(page["items"])
            if not page.get("nextCursor"):
                return out
            body["cursor"] = page["nextCursor"]


@pytest.fixture
def emu() -> Emulator:
    return Emulator(seed=42, projects=[PROJECT_NAME])


@pytest.fixture
def api(emu: Emulator) -> Iterator[Api]:
    with emu.client() as client:
        yield Api(client)
