"""Relationships API: create, retrieve (optionally with the related resources), list, update, upsert, delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, ids_or_external_ids
from cognite.client._api._mixins import CreateMixin, UpdateMixin
from cognite.client.data_classes.relationships import (
    Relationship,
    RelationshipFilter,
    RelationshipList,
    RelationshipUpdate,
)

# CDF accepts at most this many source / target external ids in one list filter.
_MAX_IDS_IN_FILTER = 1000


class RelationshipsAPI(CreateMixin, UpdateMixin, ResourceAPI):
    """``client.relationships``"""

    _RESOURCE_PATH = "/relationships"
    _resource_cls = Relationship
    _list_cls = RelationshipList
    _update_cls = RelationshipUpdate
    _filter_cls = RelationshipFilter

    async def retrieve(self, external_id: str, fetch_resources: bool = False) -> Relationship | None:
        """One relationship by external id (None if missing).

        Example:
            >>> rel = client.relationships.retrieve(external_id="flow_1")  # doctest: +SKIP
        """
        extra = {"fetchResources": True} if fetch_resources else None
        return await self._retrieve({"externalId": external_id}, load=self._load, extra_body=extra)

    async def retrieve_multiple(
        self, external_ids: Sequence[str], fetch_resources: bool = False, ignore_unknown_ids: bool = False
    ) -> RelationshipList:
        """Several relationships by external id.

        Example:
            >>> rels = client.relationships.retrieve_multiple(external_ids=["abc", "def"])  # doctest: +SKIP
        """
        extra = {"fetchResources": True} if fetch_resources else None
        return await self._retrieve_ids(
            external_ids=list(external_ids), ignore_unknown_ids=ignore_unknown_ids, extra_body=extra
        )

    async def list(
        self,
        source_external_ids: Sequence[str] | None = None,
        source_types: Sequence[str] | None = None,
        target_external_ids: Sequence[str] | None = None,
        target_types: Sequence[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | Sequence[str] | None = None,
        start_time: Any = None,
        end_time: Any = None,
        confidence: Any = None,
        last_updated_time: Any = None,
        created_time: Any = None,
        active_at_time: Any = None,
        labels: Any = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
        fetch_resources: bool = False,
    ) -> RelationshipList:
        """List relationships (more than 1000 source / target ids are split over requests when ``limit=None``).

        Example:
            >>> rels = client.relationships.list(source_external_ids=["pump_1"], limit=None)  # doctest: +SKIP
        """
        base = dict(
            source_types=source_types,
            target_types=target_types,
            data_set_ids=ids_or_external_ids(data_set_ids, data_set_external_ids),
            start_time=start_time,
            end_time=end_time,
            confidence=confidence,
            last_updated_time=last_updated_time,
            created_time=created_time,
            active_at_time=active_at_time,
            labels=labels,
        )
        body = {"fetchResources": True} if fetch_resources else None
        sources = _split(source_external_ids)
        targets = _split(target_external_ids)
        if len(sources) * len(targets) > 1 and limit is not None and limit != -1:
            raise ValueError(f"More than {_MAX_IDS_IN_FILTER} source/target external ids need limit=None")
        out: list[Relationship] = []
        for src in sources:
            for tgt in targets:
                flt = self._filter_dump(None, source_external_ids=src, target_external_ids=tgt, **base)
                out.extend(await self._list_filtered(flt, limit, partitions, body=body))
        return self._new_list(out)

    async def delete(self, external_id: str | Sequence[str], ignore_unknown_ids: bool = False) -> None:
        """Delete relationships by external id.

        Example:
            >>> client.relationships.delete(external_id=["a", "b"])  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id, ignore_unknown_ids=ignore_unknown_ids)


def _split(ids: Sequence[str] | None) -> list[list[str] | None]:
    if not ids:
        return [None]
    ids = list(ids)
    return [ids[i : i + _MAX_IDS_IN_FILTER] for i in range(0, len(ids), _MAX_IDS_IN_FILTER)]
