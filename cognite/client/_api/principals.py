"""``client.iam.principals``: the users and service accounts of the project's organization.

These endpoints live on Cognite's auth host, not the cluster: their URLs are the spec's server and paths (the
generated operation index); the organization is read once from the project (``GET /api/v1/projects/{project}``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, overload

from cdf_api.operations import OPERATIONS

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api_client import APIClient
from cognite.client._mechanisms.bulk import parse_json
from cognite.client._mechanisms.identifiers import identifier_items
from cognite.client.data_classes.principals import Principal, PrincipalList

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


def _url(operation_id: str, **params: str) -> str:
    info = OPERATIONS[operation_id]
    return f"{info.server}{info.path.format(**params)}"


class PrincipalsAPI(APIClient):
    """``client.iam.principals``"""

    _organization: str | None = None

    async def _org(self) -> str:
        if self._organization is None:
            project = parse_json((await self._get(f"/api/v1/projects/{self._config.project}")).content)
            organization = project.get("organization")
            if not isinstance(organization, str):
                raise RuntimeError(f"Project {self._config.project} reports no organization")
            self._organization = organization
        return self._organization

    async def me(self, **options: Unpack[CallOptions]) -> Principal:
        """The principal the client's credentials belong to.

        Example:
            >>> res = client.iam.principals.me()  # doctest: +SKIP
        """
        return Principal._load(parse_json((await self._get(_url("getMe"))).content))

    @overload
    async def retrieve(
        self, id: str, external_id: None = None, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> Principal | None: ...
    @overload
    async def retrieve(
        self, id: None = None, *, external_id: str, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> Principal | None: ...
    @overload
    async def retrieve(
        self,
        id: SequenceNotStr[str] | None = None,
        external_id: SequenceNotStr[str] | None = None,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> PrincipalList: ...
    async def retrieve(
        self,
        id: str | SequenceNotStr[str] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> Principal | PrincipalList | None:
        """One principal by id or external id (None if unknown), or a list for several.

        Example:
            >>> res = client.iam.principals.retrieve(external_id="my_external_id")  # doctest: +SKIP
        """
        for name, value in (("id", id), ("external_id", external_id)):
            values = [value] if isinstance(value, str) else list(value or [])
            if not all(isinstance(v, str) for v in values):
                raise TypeError(f"{name} must be a string or a list of strings")
        items = [*({"id": i} for i in _strs(id)), *identifier_items(None, external_id)]
        if not items:
            raise ValueError("Give id or external_id")
        single = (isinstance(id, str) and external_id is None) or (isinstance(external_id, str) and id is None)
        url = _url("getPrincipalsById", org=await self._org())
        body = {"items": items, "ignoreUnknownIds": True if single else ignore_unknown_ids}
        found = PrincipalList(Principal._load(p) for p in await self._post_items(url, body))
        if single:
            return found[0] if found else None
        return found

    async def list(
        self, types: str | Sequence[str] | None = None, limit: int = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> PrincipalList:
        """The organization's principals, of the given types (``"USER"``, ``"SERVICE_ACCOUNT"``) if any.

        Example:
            >>> res = client.iam.principals.list(types="USER", limit=10)  # doctest: +SKIP
        """
        body: dict[str, Any] = {}
        if types is not None:
            kinds = [types] if isinstance(types, str) else list(types)
            if not all(isinstance(t, str) for t in kinds):
                raise TypeError("types must be a string or a list of strings")
            body["types"] = [t.upper() for t in kinds]
        url = _url("listPrincipals", org=await self._org())
        return await self._list(
            load=Principal._load, list_cls=PrincipalList, method="GET", path=url, limit=limit, body=body
        )


def _strs(value: str | SequenceNotStr[str] | None) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)
