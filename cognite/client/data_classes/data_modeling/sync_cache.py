"""``instances.sync_with_file_cache``: a sync session whose instances and cursors are kept in a CDF file.

The file holds one JSON document: the query's fingerprint, the cursor of each result set and the live instances of
each selected set (as the API returns them). A session whose query has another fingerprint starts from scratch.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from contextlib import AbstractAsyncContextManager
from datetime import timedelta
from typing import TYPE_CHECKING, Any, NoReturn

from cognite.client.data_classes.data_modeling.instances import Edge, EdgeList, Node, NodeList
from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError

if TYPE_CHECKING:
    from cognite.client._api.data_modeling.instances_query import InstancesQueryAPI
    from cognite.client.data_classes.data_modeling.query import QueryResult, QuerySync

__all__ = ["SyncSessionWithCache"]

logger = logging.getLogger("cognite.client")
_FORMAT = 1  # version of the backup document's layout


def query_fingerprint(query: QuerySync) -> str:
    """A stable digest of everything in the query but its cursors (a changed query must not reuse a backup)."""
    body = query.dump(camel_case=True)
    body.pop("cursors", None)
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _changed_at(item: Node | Edge) -> int:
    return item.deleted_time if item.deleted_time is not None else item.last_updated_time


class SyncSessionWithCache(AbstractAsyncContextManager["SyncSessionWithCache"]):
    """A sync session backed up to a CDF file: ``async with session: await session.sync_until_live()``.

    On entry the backup (if any, and made for the same query) restores the instances and cursors; on exit the
    state is uploaded when ``backup_on_exit``; while syncing, it is uploaded at most every ``backup_every``.
    Obtain one from ``client.data_modeling.instances.sync_with_file_cache``.
    """

    def __init__(
        self,
        api: InstancesQueryAPI,
        query: QuerySync,
        file_external_id: str,
        security_category: int,
        backup_every: timedelta | None,
        backup_on_exit: bool,
    ) -> None:
        self._api = api
        self._query = query
        self._file_external_id = file_external_id
        self._security_category = security_category
        self._backup_every = None if backup_every is None else backup_every.total_seconds()
        self._backup_on_exit = backup_on_exit
        self._fingerprint = query_fingerprint(query)
        self._cursors: dict[str, str | None] = {}
        self._instances: dict[str, dict[tuple[str, str], Node | Edge]] = {name: {} for name in query.select}
        self._last_backup = time.monotonic()
        self._dirty = False

    # -- context manager ---------------------------------------------------------------------------------------
    async def __aenter__(self) -> SyncSessionWithCache:
        await self._restore()
        self._last_backup = time.monotonic()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._backup_on_exit:
            await self._backup()

    def __enter__(self) -> NoReturn:
        raise TypeError("SyncSessionWithCache is an async context manager: use 'async with session:'")

    def __exit__(self, *exc: object) -> NoReturn:
        raise TypeError("SyncSessionWithCache is an async context manager: use 'async with session:'")

    # -- syncing -----------------------------------------------------------------------------------------------
    async def sync(self) -> None:
        """One sync request: merge its changes into the session's instances and move the cursors on."""
        await self._sync_once()

    async def sync_until_live(self) -> None:
        """Sync until no result set returns a full batch (the session has caught up with CDF)."""
        while await self._sync_once():
            pass

    async def _sync_once(self) -> bool:
        """Sync once; True while some result set returned a full batch (more changes are waiting)."""
        self._query.cursors = dict(self._cursors) if self._cursors else dict.fromkeys(self._query.select)
        result = await self._api.sync(self._query)
        self._merge(result)
        self._cursors = dict(result.cursors)
        self._dirty = True
        if self._backup_every is not None and time.monotonic() - self._last_backup >= self._backup_every:
            await self._backup()
        return any(len(result[name]) >= (self._query.with_[name].limit or 0) for name in result)

    def _merge(self, result: QueryResult) -> None:
        for name, items in result.items():
            cached = self._instances.setdefault(name, {})
            latest: dict[tuple[str, str], Node | Edge] = {}
            for item in items:  # per instance the newest change of this batch wins (a delete or a re-create)
                key = (item.space, item.external_id)
                seen = latest.get(key)
                if seen is None or _changed_at(item) >= _changed_at(seen):
                    latest[key] = item
            for key, item in latest.items():
                if item.deleted_time is None:
                    cached[key] = item
                else:
                    cached.pop(key, None)

    def get_nodes(self, key: str) -> NodeList[Node]:
        """The live nodes of result set ``key``."""
        return NodeList([i for i in self._set(key, Node) if isinstance(i, Node)])

    def get_edges(self, key: str) -> EdgeList[Edge]:
        """The live edges of result set ``key``."""
        return EdgeList([i for i in self._set(key, Edge) if isinstance(i, Edge)])

    def _set(self, key: str, kind: type[Node | Edge]) -> list[Node | Edge]:
        if key not in self._query.with_:
            raise KeyError(f"{key!r} is not a result set of the query (sets: {sorted(self._query.with_)})")
        items = list(self._instances.get(key, {}).values())
        if items and not isinstance(items[0], kind):
            other = "get_edges" if kind is Node else "get_nodes"
            raise TypeError(f"result set {key!r} holds {type(items[0]).__name__}s: use {other}")
        return items

    async def invalidate(self) -> None:
        """Forget the instances and cursors (the next sync starts over) and back up the empty state."""
        self._cursors = {}
        self._instances = {name: {} for name in self._query.select}
        self._dirty = True
        await self._backup()

    # -- the backup file ---------------------------------------------------------------------------------------
    async def _restore(self) -> None:
        files = self._api._cognite_client.files
        try:
            raw = await files.download_bytes(external_id=self._file_external_id)
        except CogniteNotFoundError:
            logger.info("sync cache: no file %r yet, starting from scratch", self._file_external_id)
            return
        doc = json.loads(raw)
        if doc.get("format") != _FORMAT or doc.get("query") != self._fingerprint:
            logger.warning("sync cache: %r was made for another query, starting from scratch", self._file_external_id)
            return
        self._cursors = dict(doc["cursors"])
        for name, dumped in doc["instances"].items():
            self._instances[name] = {(d["space"], d["externalId"]): _load_instance(d) for d in dumped}
        self._dirty = False

    async def _backup(self) -> None:
        if not self._dirty:
            return
        doc: dict[str, Any] = {
            "format": _FORMAT,
            "query": self._fingerprint,
            "cursors": self._cursors,
            "instances": {n: [i.dump(camel_case=True) for i in s.values()] for n, s in self._instances.items()},
        }
        files = self._api._cognite_client.files
        try:
            await files.upload_bytes(
                json.dumps(doc).encode(),
                name=self._file_external_id,
                external_id=self._file_external_id,
                mime_type="application/json",
                security_categories=[self._security_category],
                overwrite=True,
            )
        except CogniteAPIError as e:  # the in-memory state is intact: the next backup tries again
            logger.warning("sync cache: backup to %r failed (%s); state kept in memory", self._file_external_id, e)
            return
        self._dirty = False
        self._last_backup = time.monotonic()


def _load_instance(dumped: dict[str, Any]) -> Node | Edge:
    return Edge._load(dumped) if dumped.get("instanceType") == "edge" else Node._load(dumped)
