"""``client.simulators.models`` and ``client.simulators.models.revisions``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api.simulators._base import SimulatorResourceAPI, str_list
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.simulators import (
    PropertySort,
    SimulatorModel,
    SimulatorModelList,
    SimulatorModelRevision,
    SimulatorModelRevisionDataList,
    SimulatorModelRevisionList,
    SimulatorModelRevisionsFilter,
    SimulatorModelRevisionWrite,
    SimulatorModelsFilter,
    SimulatorModelUpdate,
    SimulatorModelWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.shared import TimestampRange
    from cognite.client.utils.useful_types import SequenceNotStr


class SimulatorModelsAPI(SimulatorResourceAPI[SimulatorModel, SimulatorModelList]):
    """``client.simulators.models``"""

    _RESOURCE_PATH = "/simulators/models"
    _resource_cls = SimulatorModel
    _list_cls = SimulatorModelList
    _update_cls = SimulatorModelUpdate

    revisions: Accessor[SimulatorModelRevisionsAPI] = Accessor()

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        simulator_external_ids: str | SequenceNotStr[str] | None = None,
        sort: PropertySort | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorModel]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        simulator_external_ids: str | SequenceNotStr[str] | None = None,
        sort: PropertySort | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorModelList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        simulator_external_ids: str | SequenceNotStr[str] | None = None,
        sort: PropertySort | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorModel] | AsyncIterator[SimulatorModelList]:
        """Iterate over simulator models, filtered like ``list``.

        Example:
            >>> for model in client.simulators.models():  # doctest: +SKIP
            ...     model.name
        """
        return self._filtered_iter(chunk_size, SimulatorModelsFilter(str_list(simulator_external_ids)), sort, limit)

    async def list(
        self,
        limit: int | None = DEFAULT_LIMIT_READ,
        simulator_external_ids: str | SequenceNotStr[str] | None = None,
        sort: PropertySort | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorModelList:
        """List simulator models, by simulator, sorted by creation time if asked.

        Example:
            >>> from cognite.client.data_classes.simulators import PropertySort
            >>> res = client.simulators.models.list(  # doctest: +SKIP
            ...     simulator_external_ids=["DWSIM"], sort=PropertySort("created_time", "asc")
            ... )
        """
        return await self._filtered(SimulatorModelsFilter(str_list(simulator_external_ids)), sort, limit)

    @overload
    async def retrieve(
        self, *, ids: int, external_ids: None = None, **options: Unpack[CallOptions]
    ) -> SimulatorModel | None: ...
    @overload
    async def retrieve(
        self, *, ids: None = None, external_ids: str, **options: Unpack[CallOptions]
    ) -> SimulatorModel | None: ...
    @overload
    async def retrieve(
        self,
        *,
        ids: Sequence[int] | None = None,
        external_ids: SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorModelList: ...
    async def retrieve(
        self,
        *,
        ids: int | Sequence[int] | None = None,
        external_ids: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorModel | SimulatorModelList | None:
        """One model (None if unknown) by id or external id, or a list for several.

        Example:
            >>> res = client.simulators.models.retrieve(external_ids="model_external_id")  # doctest: +SKIP
        """
        return await self._by_ids(ids, external_ids)

    @overload
    async def create(self, items: SimulatorModelWrite, **options: Unpack[CallOptions]) -> SimulatorModel: ...
    @overload
    async def create(
        self, items: Sequence[SimulatorModelWrite], **options: Unpack[CallOptions]
    ) -> SimulatorModelList: ...
    async def create(
        self, items: SimulatorModelWrite | Sequence[SimulatorModelWrite], **options: Unpack[CallOptions]
    ) -> SimulatorModel | SimulatorModelList:
        """Create one simulator model or several (the simulator and data set must exist).

        Example:
            >>> from cognite.client.data_classes.simulators import SimulatorModelWrite
            >>> model = SimulatorModelWrite("m1", "DWSIM", data_set_id=1, name="Model 1", type="SteadyState")
            >>> res = client.simulators.models.create(model)  # doctest: +SKIP
        """
        return await self._create(items)

    @overload
    async def update(
        self, items: SimulatorModel | SimulatorModelWrite | SimulatorModelUpdate, **options: Unpack[CallOptions]
    ) -> SimulatorModel: ...
    @overload
    async def update(
        self,
        items: Sequence[SimulatorModel | SimulatorModelWrite | SimulatorModelUpdate],
        **options: Unpack[CallOptions],
    ) -> SimulatorModelList: ...
    async def update(
        self,
        items: SimulatorModel
        | SimulatorModelWrite
        | SimulatorModelUpdate
        | Sequence[SimulatorModel | SimulatorModelWrite | SimulatorModelUpdate],
        **options: Unpack[CallOptions],
    ) -> SimulatorModel | SimulatorModelList:
        """Update simulator models (name and description).

        Example:
            >>> model = client.simulators.models.retrieve(external_ids="model_external_id")  # doctest: +SKIP
            >>> model.name = "new_name"  # doctest: +SKIP
            >>> res = client.simulators.models.update(model)  # doctest: +SKIP
        """
        result: SimulatorModel | SimulatorModelList = await self._update(items)
        return result

    async def delete(
        self,
        ids: int | Sequence[int] | None = None,
        external_ids: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete simulator models (and their revisions and routines).

        Example:
            >>> client.simulators.models.delete(ids=[1, 2, 3], external_ids="model_external_id")  # doctest: +SKIP
        """
        await self._delete_by_ids(ids, external_ids)


class SimulatorModelRevisionsAPI(SimulatorResourceAPI[SimulatorModelRevision, SimulatorModelRevisionList]):
    """``client.simulators.models.revisions``"""

    _RESOURCE_PATH = "/simulators/models/revisions"
    _resource_cls = SimulatorModelRevision
    _list_cls = SimulatorModelRevisionList

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        sort: PropertySort | None = None,
        model_external_ids: str | SequenceNotStr[str] | None = None,
        all_versions: bool = False,
        created_time: TimestampRange | None = None,
        last_updated_time: TimestampRange | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorModelRevision]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        sort: PropertySort | None = None,
        model_external_ids: str | SequenceNotStr[str] | None = None,
        all_versions: bool = False,
        created_time: TimestampRange | None = None,
        last_updated_time: TimestampRange | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorModelRevisionList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        sort: PropertySort | None = None,
        model_external_ids: str | SequenceNotStr[str] | None = None,
        all_versions: bool = False,
        created_time: TimestampRange | None = None,
        last_updated_time: TimestampRange | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorModelRevision] | AsyncIterator[SimulatorModelRevisionList]:
        """Iterate over model revisions, filtered like ``list``.

        Example:
            >>> for revision in client.simulators.models.revisions(model_external_ids="m1"):  # doctest: +SKIP
            ...     revision.version_number
        """
        flt = _revisions_filter(model_external_ids, all_versions, created_time, last_updated_time)
        return self._filtered_iter(chunk_size, flt, sort, limit)

    async def list(
        self,
        limit: int = DEFAULT_LIMIT_READ,
        sort: PropertySort | None = None,
        model_external_ids: str | SequenceNotStr[str] | None = None,
        all_versions: bool = False,
        created_time: TimestampRange | None = None,
        last_updated_time: TimestampRange | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorModelRevisionList:
        """List model revisions: the latest of each model, or ``all_versions``.

        Example:
            >>> res = client.simulators.models.revisions.list(model_external_ids=["m1"], all_versions=True)  # doctest: +SKIP
        """
        flt = _revisions_filter(model_external_ids, all_versions, created_time, last_updated_time)
        return await self._filtered(flt, sort, limit)

    @overload
    async def retrieve(
        self, *, ids: int, external_ids: None = None, **options: Unpack[CallOptions]
    ) -> SimulatorModelRevision | None: ...
    @overload
    async def retrieve(
        self, *, ids: None = None, external_ids: str, **options: Unpack[CallOptions]
    ) -> SimulatorModelRevision | None: ...
    @overload
    async def retrieve(
        self,
        *,
        ids: Sequence[int] | None = None,
        external_ids: SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorModelRevisionList: ...
    async def retrieve(
        self,
        *,
        ids: int | Sequence[int] | None = None,
        external_ids: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorModelRevision | SimulatorModelRevisionList | None:
        """One model revision (None if unknown), or a list for several.

        Example:
            >>> res = client.simulators.models.revisions.retrieve(external_ids="revision1")  # doctest: +SKIP
        """
        return await self._by_ids(ids, external_ids)

    @overload
    async def create(
        self, items: SimulatorModelRevisionWrite, delete_oldest: bool = False, **options: Unpack[CallOptions]
    ) -> SimulatorModelRevision: ...
    @overload
    async def create(
        self,
        items: Sequence[SimulatorModelRevisionWrite],
        delete_oldest: bool = False,
        **options: Unpack[CallOptions],
    ) -> SimulatorModelRevisionList: ...
    async def create(
        self,
        items: SimulatorModelRevisionWrite | Sequence[SimulatorModelRevisionWrite],
        delete_oldest: bool = False,
        **options: Unpack[CallOptions],
    ) -> SimulatorModelRevision | SimulatorModelRevisionList:
        """Create model revisions (a model file each); ``delete_oldest`` makes room when a model has the most
        revisions CDF allows.

        Example:
            >>> from cognite.client.data_classes.simulators import SimulatorModelRevisionWrite
            >>> rev = SimulatorModelRevisionWrite("rev1", "m1", file_id=123)
            >>> res = client.simulators.models.revisions.create(rev)  # doctest: +SKIP
        """
        if not isinstance(delete_oldest, bool):
            raise TypeError("delete_oldest must be a bool")
        return await self._create(items, extra_body={"deleteOldest": delete_oldest})

    async def retrieve_data(
        self, model_revision_external_id: str, **options: Unpack[CallOptions]
    ) -> SimulatorModelRevisionDataList:
        """What the connector extracted from a model revision's file (flowsheets, info).

        Example:
            >>> res = client.simulators.models.revisions.retrieve_data("model_revision_1")  # doctest: +SKIP
        """
        if not isinstance(model_revision_external_id, str):
            raise TypeError("model_revision_external_id must be a str")
        body = {"items": [{"modelRevisionExternalId": model_revision_external_id}]}
        items = await self._post_items(self._RESOURCE_PATH + "/data/list", body)
        return SimulatorModelRevisionDataList._load(items, cognite_client=self._cognite_client)


def _revisions_filter(
    model_external_ids: Any, all_versions: bool, created_time: Any, last_updated_time: Any
) -> SimulatorModelRevisionsFilter:
    return SimulatorModelRevisionsFilter(
        str_list(model_external_ids), all_versions or None, created_time, last_updated_time
    )
