"""``client.data_modeling.containers``: apply, retrieve, delete and list containers; delete constraints / indexes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from cognite.client._api.data_modeling._limits import CONSTRAINT_INDEX_DELETE_LIMIT, DATA_MODELING_DEFAULT_LIMIT_READ
from cognite.client._api.data_modeling._schema import SchemaAPI, _check_str, id_items, wire_id
from cognite.client.data_classes.data_modeling.containers import (
    Container,
    ContainerApply,
    ContainerList,
    ContainerUsedFor,
)
from cognite.client.data_classes.data_modeling.ids import ConstraintIdentifier, ContainerId, ContainerIdentifier

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.data_modeling.ids import IndexIdentifier


def _container_items(ids: Any) -> list[dict[str, Any]]:
    return [wire_id(i, ContainerId) for i in id_items(ids, ContainerId)]


class ContainersAPI(SchemaAPI):
    """``client.data_modeling.containers``"""

    _RESOURCE_PATH = "/models/containers"
    _resource_cls = Container
    _list_cls = ContainerList
    _write_cls = ContainerApply

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        space: str | None = None,
        include_global: bool = False,
        used_for: ContainerUsedFor | Sequence[ContainerUsedFor] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Container]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        space: str | None = None,
        include_global: bool = False,
        used_for: ContainerUsedFor | Sequence[ContainerUsedFor] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ContainerList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        space: str | None = None,
        include_global: bool = False,
        used_for: ContainerUsedFor | Sequence[ContainerUsedFor] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Container] | AsyncIterator[ContainerList]:
        """Iterate over containers (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for container in client.data_modeling.containers(space="my_space"):  # doctest: +SKIP
            ...     container
        """
        return self._iterate(chunk_size, limit, self._params(space, include_global, used_for))

    def _params(self, space: str | None, include_global: bool, used_for: Any) -> dict[str, Any]:
        if isinstance(used_for, Sequence) and not isinstance(used_for, str):
            used_for = list(used_for)
        return self._list_params(space=space, include_global=include_global, used_for=used_for)

    @overload
    async def retrieve(self, ids: ContainerIdentifier, **options: Unpack[CallOptions]) -> Container | None: ...
    @overload
    async def retrieve(self, ids: Sequence[ContainerIdentifier], **options: Unpack[CallOptions]) -> ContainerList: ...
    async def retrieve(
        self, ids: ContainerIdentifier | Sequence[ContainerIdentifier], **options: Unpack[CallOptions]
    ) -> Container | ContainerList | None:
        """One container (None when it does not exist) or, for a list, the containers that exist.

        Example:
            >>> res = client.data_modeling.containers.retrieve(("my_space", "Pump"))  # doctest: +SKIP
        """
        found: ContainerList = await self._retrieve_items(_container_items(ids))
        if isinstance(ids, ContainerId) or (isinstance(ids, tuple) and ids and isinstance(ids[0], str)):
            return found[0] if found else None
        return found

    async def delete(
        self, ids: ContainerIdentifier | Sequence[ContainerIdentifier], **options: Unpack[CallOptions]
    ) -> list[ContainerId]:
        """Delete containers; returns the ids deleted.

        Example:
            >>> client.data_modeling.containers.delete(("my_space", "Pump"))  # doctest: +SKIP
        """
        return [ContainerId.load(d) for d in await self._delete_items(_container_items(ids))]

    async def delete_constraints(
        self, ids: Sequence[ConstraintIdentifier], **options: Unpack[CallOptions]
    ) -> list[ConstraintIdentifier]:
        """Delete constraints of containers, each given as ``(ContainerId, constraint identifier)``.

        Example:
            >>> from cognite.client.data_classes.data_modeling import ContainerId
            >>> client.data_modeling.containers.delete_constraints([(ContainerId("sp", "Pump"), "unique_name")])  # doctest: +SKIP
        """
        return await self._delete_members(ids, "constraints")

    async def delete_indexes(
        self, ids: Sequence[IndexIdentifier], **options: Unpack[CallOptions]
    ) -> list[IndexIdentifier]:
        """Delete indexes of containers, each given as ``(ContainerId, index identifier)``.

        Example:
            >>> from cognite.client.data_classes.data_modeling import ContainerId
            >>> client.data_modeling.containers.delete_indexes([(ContainerId("sp", "Pump"), "by_name")])  # doctest: +SKIP
        """
        return await self._delete_members(ids, "indexes")

    async def _delete_members(
        self, ids: Sequence[tuple[ContainerId, str]], kind: Literal["constraints", "indexes"]
    ) -> list[tuple[ContainerId, str]]:
        if not isinstance(ids, Sequence) or isinstance(ids, (str, tuple)):
            raise TypeError(f"ids must be a sequence of (ContainerId, identifier) pairs, got {ids!r}")
        items = []
        for pair in ids:
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise ValueError(f"Each item must be a (ContainerId, identifier) pair, got {pair!r}")
            container = wire_id(pair[0], ContainerId)
            identifier = _check_str(pair[1], "identifier")
            items.append(
                {"space": container["space"], "containerExternalId": container["externalId"], "identifier": identifier}
            )
        if not items:
            return []
        deleted = await self._delete_multiple(
            items, path=f"{self._RESOURCE_PATH}/{kind}/delete", limit=CONSTRAINT_INDEX_DELETE_LIMIT
        )
        return [(ContainerId(d["space"], d["containerExternalId"]), d["identifier"]) for d in deleted]

    async def list(
        self,
        space: str | None = None,
        limit: int | None = DATA_MODELING_DEFAULT_LIMIT_READ,
        include_global: bool = False,
        used_for: ContainerUsedFor | Sequence[ContainerUsedFor] | None = None,
        **options: Unpack[CallOptions],
    ) -> ContainerList:
        """List containers, in one space or all.

        Example:
            >>> containers = client.data_modeling.containers.list(space="my_space", limit=5)  # doctest: +SKIP
        """
        return await self._list_all(limit, self._params(space, include_global, used_for))

    @overload
    async def apply(self, container: Sequence[ContainerApply], **options: Unpack[CallOptions]) -> ContainerList: ...
    @overload
    async def apply(self, container: ContainerApply, **options: Unpack[CallOptions]) -> Container: ...
    async def apply(
        self, container: ContainerApply | Sequence[ContainerApply], **options: Unpack[CallOptions]
    ) -> Container | ContainerList:
        """Create or update containers.

        Example:
            >>> from cognite.client.data_classes.data_modeling import ContainerApply, ContainerPropertyApply, Text
            >>> c = ContainerApply("my_space", "Pump", {"name": ContainerPropertyApply(Text())})
            >>> res = client.data_modeling.containers.apply(c)  # doctest: +SKIP
        """
        return await self._apply(container)
