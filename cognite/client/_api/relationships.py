"""Relationships API: create, retrieve (optionally with the related resources), list, update, upsert, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, ids_or_external_ids
from cognite.client._api._mixins import UpdateMixin
from cognite.client.data_classes.relationships import (
    Relationship,
    RelationshipFilter,
    RelationshipList,
    RelationshipUpdate,
    RelationshipWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.labels import LabelFilter
    from cognite.client.utils.useful_types import SequenceNotStr

# CDF accepts at most this many source / target external ids in one list filter.
_MAX_IDS_IN_FILTER = 1000


class RelationshipsAPI(
    UpdateMixin[Relationship, RelationshipWrite, RelationshipList, RelationshipUpdate],
    ResourceAPI[Relationship, RelationshipList],
):
    """``client.relationships``"""

    _RESOURCE_PATH = "/relationships"
    _resource_cls = Relationship
    _list_cls = RelationshipList
    _update_cls = RelationshipUpdate
    _filter_cls = RelationshipFilter

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        source_external_ids: SequenceNotStr[str] | None = None,
        source_types: SequenceNotStr[str] | None = None,
        target_external_ids: SequenceNotStr[str] | None = None,
        target_types: SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        start_time: dict[str, int] | None = None,
        end_time: dict[str, int] | None = None,
        confidence: dict[str, int] | None = None,
        last_updated_time: dict[str, int] | None = None,
        created_time: dict[str, int] | None = None,
        active_at_time: dict[str, int] | None = None,
        labels: LabelFilter | None = None,
        limit: int | None = None,
        fetch_resources: bool = False,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Relationship]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        source_external_ids: SequenceNotStr[str] | None = None,
        source_types: SequenceNotStr[str] | None = None,
        target_external_ids: SequenceNotStr[str] | None = None,
        target_types: SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        start_time: dict[str, int] | None = None,
        end_time: dict[str, int] | None = None,
        confidence: dict[str, int] | None = None,
        last_updated_time: dict[str, int] | None = None,
        created_time: dict[str, int] | None = None,
        active_at_time: dict[str, int] | None = None,
        labels: LabelFilter | None = None,
        limit: int | None = None,
        fetch_resources: bool = False,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[RelationshipList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        source_external_ids: SequenceNotStr[str] | None = None,
        source_types: SequenceNotStr[str] | None = None,
        target_external_ids: SequenceNotStr[str] | None = None,
        target_types: SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        start_time: dict[str, int] | None = None,
        end_time: dict[str, int] | None = None,
        confidence: dict[str, int] | None = None,
        last_updated_time: dict[str, int] | None = None,
        created_time: dict[str, int] | None = None,
        active_at_time: dict[str, int] | None = None,
        labels: LabelFilter | None = None,
        limit: int | None = None,
        fetch_resources: bool = False,
        partitions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Relationship] | AsyncIterator[RelationshipList]:
        """Iterate over relationships (or lists of ``chunk_size``), filtered like ``list`` (at most 1000 source /
        target external ids; ``partitions``: fetched in parallel, an addition to the official parameters).

        Example:
            >>> for rel in client.relationships(source_external_ids=["pump_1"]):  # doctest: +SKIP
            ...     rel
        """
        flt = self._list_filter(locals(), "fetch_resources")  # first: locals() are the arguments only
        for name, ids in (("source_external_ids", source_external_ids), ("target_external_ids", target_external_ids)):
            if ids is not None and len(ids) > _MAX_IDS_IN_FILTER:
                raise ValueError(f"Iterating takes at most {_MAX_IDS_IN_FILTER} {name}; use list(limit=None)")
        body = {"fetchResources": True} if fetch_resources else None
        return self._iterate(chunk_size, flt, limit, partitions, body=body)

    @overload
    async def create(
        self, relationship: Relationship | RelationshipWrite, **options: Unpack[CallOptions]
    ) -> Relationship: ...
    @overload
    async def create(
        self, relationship: Sequence[Relationship | RelationshipWrite], **options: Unpack[CallOptions]
    ) -> RelationshipList: ...
    async def create(
        self,
        relationship: Relationship | RelationshipWrite | Sequence[Relationship | RelationshipWrite],
        **options: Unpack[CallOptions],
    ) -> Relationship | RelationshipList:
        """Create one relationship or several.

        Example:
            >>> from cognite.client.data_classes import RelationshipWrite
            >>> rel = RelationshipWrite(external_id="flow_1", source_external_id="a", source_type="asset",
            ...                         target_external_id="b", target_type="asset")
            >>> res = client.relationships.create(rel)  # doctest: +SKIP
        """
        return await self._create(relationship)

    async def retrieve(
        self, external_id: str, fetch_resources: bool = False, **options: Unpack[CallOptions]
    ) -> Relationship | None:
        """One relationship by external id (None if missing).

        Example:
            >>> rel = client.relationships.retrieve(external_id="flow_1")  # doctest: +SKIP
        """
        extra = {"fetchResources": True} if fetch_resources else None
        return await self._retrieve({"externalId": external_id}, load=self._load, extra_body=extra)

    async def retrieve_multiple(
        self,
        external_ids: SequenceNotStr[str],
        fetch_resources: bool = False,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
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
        source_external_ids: SequenceNotStr[str] | None = None,
        source_types: SequenceNotStr[str] | None = None,
        target_external_ids: SequenceNotStr[str] | None = None,
        target_types: SequenceNotStr[str] | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        start_time: dict[str, int] | None = None,
        end_time: dict[str, int] | None = None,
        confidence: dict[str, int] | None = None,
        last_updated_time: dict[str, int] | None = None,
        created_time: dict[str, int] | None = None,
        active_at_time: dict[str, int] | None = None,
        labels: LabelFilter | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        partitions: int | None = None,
        fetch_resources: bool = False,
        **options: Unpack[CallOptions],
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

    async def delete(
        self, external_id: str | SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> None:
        """Delete relationships by external id.

        Example:
            >>> client.relationships.delete(external_id=["a", "b"])  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id, ignore_unknown_ids=ignore_unknown_ids)


def _split(ids: SequenceNotStr[str] | None) -> list[list[str] | None]:
    if not ids:
        return [None]
    ids = list(ids)
    return [ids[i : i + _MAX_IDS_IN_FILTER] for i in range(0, len(ids), _MAX_IDS_IN_FILTER)]
