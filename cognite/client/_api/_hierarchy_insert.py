"""Insert a validated asset hierarchy: parents before children, batches in parallel, exact bookkeeping.

A batch is seeded with assets whose parent already exists (roots, parent-by-id assets, orphans, or children of
created assets) and grown down the tree breadth-first up to the create limit: CDF resolves ``parentExternalId``
within one request, so a parent and its children may share a batch. Children left out of a batch wait until it
succeeds. A failed batch reports its assets as failed (4xx) or unknown (5xx, transport errors) and every pending
descendant as failed. A 409 re-posts the non-duplicates once and, with ``upsert``, updates the duplicates.
"""

from __future__ import annotations

import asyncio
import heapq
import math
from collections import deque
from typing import TYPE_CHECKING, Any, Literal

from cognite.client.exceptions import CogniteAPIError, CogniteDuplicatedError, CogniteMultiException

if TYPE_CHECKING:
    from cognite.client._api.assets import AssetsAPI
    from cognite.client.data_classes._asset_hierarchy import AssetHierarchy


class HierarchyInserter:
    def __init__(
        self,
        api: AssetsAPI,
        hierarchy: AssetHierarchy,
        upsert: bool,
        upsert_mode: Literal["patch", "replace"],
        batch_size: int,
        max_in_flight: int,
    ) -> None:
        self.api = api
        self.upsert = upsert
        self.upsert_mode = upsert_mode
        self.batch_size = batch_size
        self.max_in_flight = max_in_flight
        groups = hierarchy.groupby_parent_xid()
        self.children: dict[str, list[Any]] = {k: v for k, v in groups.items() if k is not None}
        self.sizes = hierarchy.count_subtree(groups)
        self.ready: list[tuple[int, int, Any]] = []  # max-heap on subtree size: big subtrees start first
        self._seq = 0
        for a in groups.get(None, []):
            self._push(a)
        self.created: dict[str, Any] = {}  # xid -> created/updated Asset
        self.failed: list[Any] = []
        self.unknown: list[Any] = []
        self.errors: list[BaseException] = []

    def _push(self, asset: Any) -> None:
        self._seq += 1
        heapq.heappush(self.ready, (-self.sizes.get(asset.external_id, 1), self._seq, asset))

    def _next_batch(self, free_slots: int) -> list[Any]:
        """Seeds from the ready heap (a fair share for each free slot), grown breadth-first down the tree."""
        n_seeds = min(self.batch_size, max(1, math.ceil(len(self.ready) / max(1, free_slots))))
        batch = [heapq.heappop(self.ready)[2] for _ in range(min(n_seeds, len(self.ready)))]
        queue = deque(batch)
        while queue and len(batch) < self.batch_size:
            for child in self.children.get(queue.popleft().external_id, []):
                if len(batch) >= self.batch_size:
                    break
                batch.append(child)
                queue.append(child)
        return batch

    # ``sent`` is the set of external ids of the batch as first sent: children inside it are handled with it,
    # also when a 409 splits it into duplicates and a re-post of the rest.
    def _release_children(self, parents: list[Any], sent: set[str]) -> None:
        for a in parents:
            for child in self.children.get(a.external_id, []):
                if child.external_id not in sent:
                    self._push(child)

    def _fail_descendants(self, parents: list[Any], sent: set[str]) -> None:
        stack = [c for a in parents for c in self.children.get(a.external_id, []) if c.external_id not in sent]
        while stack:
            a = stack.pop()
            self.failed.append(a)
            stack.extend(self.children.get(a.external_id, []))

    async def _post(self, batch: list[Any]) -> list[Any]:
        items = await self.api._post_items(self.api._RESOURCE_PATH, {"items": [self.api._dump_write(a) for a in batch]})
        return [self.api._load(i) for i in items]

    async def _run_batch(self, batch: list[Any], sent: set[str] | None = None) -> None:
        retried = sent is not None
        sent = sent if sent is not None else {a.external_id for a in batch}
        try:
            created = await self._post(batch)
        except CogniteDuplicatedError as e:
            await self._on_duplicates(batch, e, sent, retried)
            return
        except Exception as e:  # noqa: BLE001 - every failure is bookkept, re-raised as one error at the end
            self._on_error(batch, e, sent)
            return
        for asset in created:
            self.created[asset.external_id] = asset
        self._release_children(batch, sent)

    def _on_error(self, batch: list[Any], error: BaseException, sent: set[str]) -> None:
        self.errors.append(error)
        is_unknown = not isinstance(error, CogniteAPIError) or error.code >= 500
        (self.unknown if is_unknown else self.failed).extend(batch)
        self._fail_descendants(batch, sent)

    async def _on_duplicates(
        self, batch: list[Any], error: CogniteDuplicatedError, sent: set[str], retried: bool
    ) -> None:
        dup_xids = {d.get("externalId") for d in error.duplicated or [] if isinstance(d, dict)}
        duplicates = [a for a in batch if a.external_id in dup_xids]
        rest = [a for a in batch if a.external_id not in dup_xids]
        if retried or not duplicates:
            self._on_error(batch, error, sent)
            return
        tasks = []
        if rest:
            tasks.append(self._run_batch(rest, sent))
        if self.upsert:
            tasks.append(self._update_duplicates(duplicates, sent))
        else:
            self.errors.append(error)
            self.failed.extend(duplicates)
            # the duplicates exist in CDF, so their children can still be created under them
            self._release_children(duplicates, sent)
        await asyncio.gather(*tasks)

    async def _update_duplicates(self, duplicates: list[Any], sent: set[str]) -> None:
        try:
            updated = await self.api._update(duplicates, mode=self.upsert_mode)
        except Exception as e:  # noqa: BLE001
            self._on_error(duplicates, e, sent)
            return
        for asset in updated:
            self.created[asset.external_id] = asset
        self._release_children(duplicates, sent)

    async def run(self) -> list[Any]:
        in_flight: set[asyncio.Task[None]] = set()
        while self.ready or in_flight:
            while self.ready and len(in_flight) < self.max_in_flight:
                in_flight.add(
                    asyncio.ensure_future(self._run_batch(self._next_batch(self.max_in_flight - len(in_flight))))
                )
            done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            for t in done:
                t.result()  # bookkeeping never raises; surface programming errors
        return list(self.created.values())

    def raise_if_failed(self, created: list[Any]) -> None:
        if not self.errors:
            return
        last = self.errors[-1]
        outcome = dict(successful=created, failed=self.failed, unknown=self.unknown)
        if isinstance(last, CogniteAPIError):
            raise CogniteAPIError(
                last.message,
                code=last.code,
                x_request_id=last.x_request_id,
                missing=last.missing,
                duplicated=last.duplicated,
                extra=last.extra,
                cluster=last.cluster,
                project=last.project,
                unwrap_fn=lambda a: a.external_id,
                **outcome,
            ) from last
        raise CogniteMultiException(**outcome, unwrap_fn=lambda a: a.external_id) from last
