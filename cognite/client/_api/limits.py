"""``client.limits``: the project's limit values (alpha API, off the spec snapshot: paths by CDF's convention)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cdf_api.client import path_segment

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api._declared import DeclaredAPI
from cognite.client.data_classes.limits import Limit, LimitList
from cognite.client.exceptions import CogniteAPIError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions

ALPHA_VERSION = "20230101-alpha"  # the cdf-version these alpha APIs are served under


def prefix_filter(filter: Any, property: str) -> dict[str, Any] | None:
    """A ``filters.Prefix`` (or its wire dict) on ``property`` as the wire filter; other filters are refused."""
    if filter is None:
        return None
    dumped = filter if isinstance(filter, dict) else filter.dump(camel_case_property=True)
    prefix = dumped.get("prefix") if isinstance(dumped, dict) else None
    if not isinstance(prefix, dict) or len(dumped) != 1:
        raise ValueError(f"only a Prefix filter (on {property!r}) is supported here, got {dumped!r}")
    return dumped


class LimitsAPI(DeclaredAPI[Limit, LimitList]):
    """``client.limits``"""

    _RESOURCE_PATH = "/limits/values"
    _resource_cls, _list_cls = Limit, LimitList

    async def retrieve(self, id: str, **options: Unpack[CallOptions]) -> Limit | None:
        """One limit by its id (None when the project has no such limit).

        Example:
            >>> res = client.limits.retrieve(id="atlas.monthly_ai_tokens")  # doctest: +SKIP
        """
        if not isinstance(id, str) or not id:
            raise TypeError(f"id must be a non-empty string, got {id!r}")
        try:
            response = await self._get(f"{self._RESOURCE_PATH}/{path_segment(id)}", cdf_version=ALPHA_VERSION)
        except CogniteAPIError as e:
            if e.code == 404:
                return None
            raise
        return self._load(response.json())

    async def list(  # type: ignore[override]
        self, filter: Any = None, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> LimitList:
        """The project's limits, optionally those whose id starts with a prefix (``filters.Prefix("limitId", ...)``).

        Example:
            >>> from cognite.client.data_classes.filters import Prefix
            >>> limits = client.limits.list(filter=Prefix("limitId", "atlas."))  # doctest: +SKIP
        """
        flt = prefix_filter(filter, "limitId")
        if flt is None:
            return await self._list_filtered(
                None, limit, method="GET", path=self._RESOURCE_PATH, cdf_version=ALPHA_VERSION
            )
        return await self._list_filtered(flt, limit, path=self._RESOURCE_PATH + "/list", cdf_version=ALPHA_VERSION)
