"""Labels API: label definitions (create, retrieve, list, delete)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Literal, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, ids_or_external_ids
from cognite.client.data_classes.labels import (
    LabelDefinition,
    LabelDefinitionFilter,
    LabelDefinitionList,
    LabelDefinitionWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class LabelsAPI(ResourceAPI[LabelDefinition, LabelDefinitionList]):
    """``client.labels``"""

    _RESOURCE_PATH = "/labels"
    _resource_cls = LabelDefinition
    _list_cls = LabelDefinitionList
    _filter_cls = LabelDefinitionFilter

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        name: str | None = None,
        external_id_prefix: str | None = None,
        limit: int | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[LabelDefinition]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        name: str | None = None,
        external_id_prefix: str | None = None,
        limit: int | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[LabelDefinitionList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        name: str | None = None,
        external_id_prefix: str | None = None,
        limit: int | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[LabelDefinition] | AsyncIterator[LabelDefinitionList]:
        """Iterate over label definitions (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for label in client.labels(name="Pump"):  # doctest: +SKIP
            ...     label
        """
        return self._iterate(chunk_size, self._list_filter(locals()), limit)

    @overload
    async def retrieve(
        self, external_id: str, ignore_unknown_ids: Literal[True], **options: Unpack[CallOptions]
    ) -> LabelDefinition | None: ...
    @overload
    async def retrieve(
        self, external_id: str, ignore_unknown_ids: Literal[False] = False, **options: Unpack[CallOptions]
    ) -> LabelDefinition: ...
    @overload
    async def retrieve(
        self, external_id: SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> LabelDefinitionList: ...
    async def retrieve(
        self,
        external_id: str | SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> LabelDefinition | LabelDefinitionList | None:
        """One label definition or, for a list of external ids, a list; a missing one raises
        ``CogniteNotFoundError`` unless ``ignore_unknown_ids`` (then None / left out).

        Example:
            >>> label = client.labels.retrieve(external_id="PUMP")  # doctest: +SKIP
        """
        if isinstance(external_id, str):
            found = await self._retrieve_ids(external_ids=[external_id], ignore_unknown_ids=ignore_unknown_ids)
            return found[0] if found else None
        return await self._retrieve_ids(external_ids=list(external_id), ignore_unknown_ids=ignore_unknown_ids)

    @overload
    async def create(
        self, label: LabelDefinition | LabelDefinitionWrite, **options: Unpack[CallOptions]
    ) -> LabelDefinition: ...
    @overload
    async def create(
        self, label: Sequence[LabelDefinition | LabelDefinitionWrite], **options: Unpack[CallOptions]
    ) -> LabelDefinitionList: ...
    async def create(
        self,
        label: LabelDefinition | LabelDefinitionWrite | Sequence[LabelDefinition | LabelDefinitionWrite],
        **options: Unpack[CallOptions],
    ) -> LabelDefinition | LabelDefinitionList:
        """Create one label definition or several.

        Example:
            >>> from cognite.client.data_classes import LabelDefinitionWrite
            >>> res = client.labels.create([LabelDefinitionWrite(external_id="PUMP", name="Pump")])  # doctest: +SKIP
        """
        return await self._create(label)

    async def list(
        self,
        name: str | None = None,
        external_id_prefix: str | None = None,
        data_set_ids: int | Sequence[int] | None = None,
        data_set_external_ids: str | SequenceNotStr[str] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> LabelDefinitionList:
        """List label definitions.

        Example:
            >>> labels = client.labels.list(name="Pump", limit=5)  # doctest: +SKIP
        """
        data_sets = ids_or_external_ids(data_set_ids, data_set_external_ids)
        flt = self._filter_dump(None, name=name, external_id_prefix=external_id_prefix, data_set_ids=data_sets)
        return await self._list_filtered(flt, limit)

    async def delete(
        self, external_id: str | SequenceNotStr[str] | None = None, **options: Unpack[CallOptions]
    ) -> None:
        """Delete label definitions by external id.

        Example:
            >>> client.labels.delete(external_id=["big_pump", "small_pump"])  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id)
