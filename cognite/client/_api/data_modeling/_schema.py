"""What the four schema APIs (spaces, containers, views, data models) share: apply, retrieve, delete, list.

Each API declares its path, its read / list / write classes and how its identifiers look; identifiers are turned
into wire items (and bad ones rejected) before anything is sent, and every request is chunked at CDF's limit with
exact per-item accounting (``_mechanisms.chunks``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any, ClassVar

from cognite.client._api.data_modeling._limits import SCHEMA_ITEMS_LIMIT, SCHEMA_LIST_PAGE_LIMIT
from cognite.client._api_client import APIClient, write_items
from cognite.client._http.retry import classify_concurrency
from cognite.client.data_classes._base import CogniteResource, CogniteResourceList
from cognite.client.data_classes._spec import to_camel
from cognite.client.data_classes.data_modeling.ids import DataModelingId, VersionedDataModelingId


def is_one_id(ids: Any, id_cls: type | None) -> bool:
    """A single identifier (an id object, a string space, or a tuple of strings), not a sequence of them."""
    if isinstance(ids, str) or (id_cls is not None and isinstance(ids, id_cls)):
        return True
    return isinstance(ids, tuple) and bool(ids) and all(isinstance(x, str) or x is None for x in ids)


def id_items(ids: Any, id_cls: type | None) -> list[Any]:
    """The identifiers of a call as a list (one identifier or a sequence of them)."""
    if is_one_id(ids, id_cls):
        return [ids]
    if isinstance(ids, Sequence) and not isinstance(ids, (str, bytes)):
        return list(ids)
    raise TypeError(f"Expected an identifier or a sequence of identifiers, got {type(ids).__name__}")


def _check_str(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} must be a non-empty string, got {value!r}")
    return value


def wire_id(identifier: Any, id_cls: type[DataModelingId] | type[VersionedDataModelingId]) -> dict[str, Any]:
    """``{"space", "externalId"[, "version"]}`` of an id object, a tuple or a dict; a clear error otherwise."""
    try:
        parsed = id_cls.load(identifier)  # type: ignore[arg-type]
    except (TypeError, KeyError, ValueError) as e:
        raise ValueError(f"Invalid {id_cls.__name__} {identifier!r}: {e}") from None
    out = {"space": _check_str(parsed.space, "space"), "externalId": _check_str(parsed.external_id, "external_id")}
    version = getattr(parsed, "version", None)
    if version is not None:
        out["version"] = _check_str(version, "version")
    return out


class SchemaAPI(APIClient):
    """Shared mechanics of a schema API: subclasses declare ``_RESOURCE_PATH`` and these classes."""

    _resource_cls: ClassVar[type[CogniteResource]]
    _list_cls: ClassVar[type[CogniteResourceList]]
    _write_cls: ClassVar[type[CogniteResource]]
    _CREATE_LIMIT = SCHEMA_ITEMS_LIMIT
    _RETRIEVE_LIMIT = SCHEMA_ITEMS_LIMIT
    _DELETE_LIMIT = SCHEMA_ITEMS_LIMIT
    _LIST_LIMIT = SCHEMA_LIST_PAGE_LIMIT

    def _concurrency(self, method: str, path: str) -> tuple[str, str] | None:
        # schema requests take the schema semaphores of the data_modeling category (as the official SDK)
        read = classify_concurrency(method, path)[1] in ("read", "search")
        return "data_modeling", "read_schema" if read else "write_schema"

    def _load(self, item: dict[str, Any]) -> Any:
        return self._resource_cls._load(item, cognite_client=self._cognite_client)

    def _new_list(self, items: list[Any]) -> Any:
        return self._list_cls(items, cognite_client=self._cognite_client)

    def _dump_apply(self, item: Any) -> dict[str, Any]:
        if not isinstance(item, self._write_cls):
            raise TypeError(f"Expected {self._write_cls.__name__}, got {type(item).__name__}")
        return item.dump(camel_case=True)

    async def _apply(self, items: Any) -> Any:
        """One write object in -> one read object out; a sequence -> the list class (all checked before sending)."""
        seq, _ = write_items(items)
        if not seq:
            return self._new_list([])
        return await self._create_multiple(items, load=self._load, list_cls=self._new_list, dump=self._dump_apply)

    async def _retrieve_items(self, items: list[dict[str, Any]], params: dict[str, Any] | None = None) -> Any:
        opts: dict[str, Any] = {"params": params} if params else {}
        return await self._retrieve_multiple(items, load=self._load, list_cls=self._new_list, **opts)

    async def _delete_items(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """POST ``/delete`` in chunks; the items CDF reports deleted."""
        if not items:
            return []
        return await self._delete_multiple(items)

    def _list_params(self, **params: Any) -> dict[str, Any]:
        """Query parameters of a list request (camelCase; None left out)."""
        return {to_camel(key): value for key, value in params.items() if value is not None}

    async def _list_all(self, limit: Any, params: dict[str, Any]) -> Any:
        return await self._list(load=self._load, list_cls=self._new_list, method="GET", limit=limit, body=params)

    def _iterate(self, chunk_size: int | None, limit: int | None, params: dict[str, Any]) -> AsyncIterator[Any]:
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load, list_cls=self._new_list, chunk_size=chunk_size, method="GET", limit=limit, body=params
        )
