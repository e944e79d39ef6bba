"""The shape every simulator resource shares, declared once: ``POST <path>/list`` with a filter object and one
sort key, iteration with the same filters, retrieve / delete by ids or external ids (one identifier in -> one
object or None out, a list in -> a list out). Paths and item limits come from the spec (``ResourceAPI``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from cognite.client._api._base import ResourceAPI, T_List, T_Res
from cognite.client._mechanisms.identifiers import identifier_items, is_single
from cognite.client.data_classes._base import CogniteFilter
from cognite.client.data_classes.simulators.filters import PropertySort, dump_sort


def str_list(value: Any) -> list[str] | None:
    """One external id or several as a list (None stays None)."""
    if value is None:
        return None
    values = [value] if isinstance(value, str) else list(value)
    for v in values:
        if not isinstance(v, str):
            raise TypeError(f"external ids must be strings, got {v!r}")
    return values


class SimulatorResourceAPI(ResourceAPI[T_Res, T_List]):
    """A simulator resource: declares ``_RESOURCE_PATH``, its classes and ``_sort_cls``."""

    _sort_cls: ClassVar[type[PropertySort]] = PropertySort

    def _body(self, sort: Any, **fields: Any) -> dict[str, Any] | None:
        body = {"sort": dump_sort(sort, self._sort_cls), **fields}
        return {k: v for k, v in body.items() if v is not None} or None

    async def _filtered(self, filter: CogniteFilter, sort: Any, limit: Any, **fields: Any) -> T_List:
        """``list``: the filter object's wire form (None fields left out), the sort key and extra body fields."""
        return await self._list_filtered(filter.dump(camel_case=True), limit, body=self._body(sort, **fields))

    def _filtered_iter(
        self, chunk_size: int | None, filter: CogniteFilter, sort: Any, limit: int | None, **fields: Any
    ) -> AsyncIterator[Any]:
        """``__call__``: the same request as ``_filtered``, page by page."""
        return self._iterate(chunk_size, filter.dump(camel_case=True), limit, body=self._body(sort, **fields))

    async def _by_ids(self, ids: Any, external_ids: Any, path: str | None = None) -> T_Res | T_List | None:
        """One identifier -> the object or None (unknown); several -> the list (an unknown one raises)."""
        items = identifier_items(ids, external_ids)
        if not items:
            raise ValueError("Give ids or external_ids")
        if is_single(ids, external_ids):
            found: T_Res | None = await self._retrieve(items[0], load=self._load, path=path)
            return found
        return await self._retrieve_multiple(items, load=self._load, list_cls=self._new_list, path=path)

    async def _delete_by_ids(self, ids: Any, external_ids: Any) -> None:
        await self._delete_ids(ids, external_ids)
