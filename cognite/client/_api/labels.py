"""Labels API: label definitions (create, retrieve, list, delete)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, ids_or_external_ids
from cognite.client._api._mixins import CreateMixin
from cognite.client.data_classes.labels import LabelDefinition, LabelDefinitionFilter, LabelDefinitionList


class LabelsAPI(CreateMixin, ResourceAPI):
    """``client.labels``"""

    _RESOURCE_PATH = "/labels"
    _resource_cls = LabelDefinition
    _list_cls = LabelDefinitionList
    _filter_cls = LabelDefinitionFilter

    async def retrieve(self, external_id: str | Sequence[str], ignore_unknown_ids: bool = False) -> Any:
        """One label definition (None if missing) or, for a list of external ids, a list.

        Example:
            >>> label = client.labels.retrieve(external_id="PUMP")  # doctest: +SKIP
        """
        if isinstance(external_id, str):
            return await self._retrieve_one(external_id=external_id)
        return await self._retrieve_ids(external_ids=list(external_id), ignore_unknown_ids=ignore_unknown_ids)

    async def list(
        self,
        name: str | None = None,
        external_id_prefix: str | None = None,
        data_set_ids: Any = None,
        data_set_external_ids: Any = None,
        limit: int | None = DEFAULT_LIMIT_READ,
    ) -> LabelDefinitionList:
        """List label definitions.

        Example:
            >>> labels = client.labels.list(name="Pump", limit=5)  # doctest: +SKIP
        """
        data_sets = ids_or_external_ids(data_set_ids, data_set_external_ids)
        flt = self._filter_dump(None, name=name, external_id_prefix=external_id_prefix, data_set_ids=data_sets)
        return await self._list_filtered(flt, limit)

    async def delete(self, external_id: str | Sequence[str]) -> None:
        """Delete label definitions by external id.

        Example:
            >>> client.labels.delete(external_id=["big_pump", "small_pump"])  # doctest: +SKIP
        """
        await self._delete_ids(external_ids=external_id)
