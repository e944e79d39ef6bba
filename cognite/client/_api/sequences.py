"""Sequences API (metadata): CRUD, list, search, aggregates. Rows are ``client.sequences.data``."""

from __future__ import annotations

from collections.abc import Sequence as SequenceType
from typing import Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import AggregateMixin, CreateMixin, CrudMixin
from cognite.client.data_classes.sequences import Sequence, SequenceFilter, SequenceList, SequenceUpdate


class SequencesAPI(CreateMixin, CrudMixin, AggregateMixin, ResourceAPI):
    """``client.sequences``"""

    _RESOURCE_PATH = "/sequences"
    _resource_cls = Sequence
    _list_cls = SequenceList
    _update_cls = SequenceUpdate
    _filter_cls = SequenceFilter

    async def list(
        self,
        name: str | None = None,
        external_id_prefix: str | None = None,
        metadata: dict[str, str] | None = None,
        asset_ids: SequenceType[int] | None = None,
        asset_subtree_ids: int | SequenceType[int] | None = None,
        asset_subtree_external_ids: str | SequenceType[str] | None = None,
        data_set_ids: int | SequenceType[int] | None = None,
        data_set_external_ids: str | SequenceType[str] | None = None,
        created_time: Any = None,
        last_updated_time: Any = None,
        partitions: int | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
    ) -> SequenceList:
        """List sequences matching the filters.

        Example:
            >>> seqs = client.sequences.list(external_id_prefix="well", limit=5)  # doctest: +SKIP
        """
        flt = self._list_filter(locals())
        return await self._list_filtered(flt, limit, partitions)

    async def search(
        self,
        name: str | None = None,
        description: str | None = None,
        query: str | None = None,
        filter: Any = None,
        limit: int = 100,
    ) -> SequenceList:
        """Fuzzy search on name / description / query, with an exact-match filter.

        Example:
            >>> res = client.sequences.search(name="some name")  # doctest: +SKIP
        """
        return await self._search({"name": name, "description": description, "query": query}, filter, limit)
