"""``client.transformations.schedules``: one cron schedule per transformation (named by the transformation's id or
external id)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import DeleteMixin, RetrieveMixin, UpdateMixin
from cognite.client.data_classes.transformations.schedules import (
    TransformationSchedule,
    TransformationScheduleList,
    TransformationScheduleUpdate,
    TransformationScheduleWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


def _check_include_public(include_public: bool) -> dict[str, str]:
    if not isinstance(include_public, bool):
        raise TypeError("include_public must be a bool")
    return {"includePublic": "true" if include_public else "false"}


class TransformationSchedulesAPI(
    RetrieveMixin[TransformationSchedule, TransformationScheduleList],
    DeleteMixin,
    UpdateMixin[
        TransformationSchedule, TransformationScheduleWrite, TransformationScheduleList, TransformationScheduleUpdate
    ],
    ResourceAPI[TransformationSchedule, TransformationScheduleList],
):
    """``client.transformations.schedules``"""

    _RESOURCE_PATH = "/transformations/schedules"
    _resource_cls = TransformationSchedule
    _list_cls = TransformationScheduleList
    _update_cls = TransformationScheduleUpdate

    @overload  # type: ignore[override]
    def __call__(
        self,
        chunk_size: None = None,
        include_public: bool = True,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TransformationSchedule]: ...
    @overload
    def __call__(
        self, chunk_size: int, include_public: bool = True, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[TransformationScheduleList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        include_public: bool = True,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TransformationSchedule] | AsyncIterator[TransformationScheduleList]:
        """Iterate over schedules (or lists of ``chunk_size``).

        Example:
            >>> for schedule in client.transformations.schedules():  # doctest: +SKIP
            ...     schedule
        """
        params = _check_include_public(include_public)
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load, list_cls=self._new_list, chunk_size=chunk_size, limit=limit, method="GET", body=params
        )

    @overload
    async def create(
        self, schedule: TransformationSchedule | TransformationScheduleWrite, **options: Unpack[CallOptions]
    ) -> TransformationSchedule: ...
    @overload
    async def create(
        self,
        schedule: Sequence[TransformationSchedule] | Sequence[TransformationScheduleWrite],
        **options: Unpack[CallOptions],
    ) -> TransformationScheduleList: ...
    async def create(
        self,
        schedule: TransformationSchedule
        | TransformationScheduleWrite
        | Sequence[TransformationSchedule]
        | Sequence[TransformationScheduleWrite],
        **options: Unpack[CallOptions],
    ) -> TransformationSchedule | TransformationScheduleList:
        """Schedule transformations (each by its ``id`` or ``external_id``) with a cron ``interval``.

        Example:
            >>> from cognite.client.data_classes import TransformationScheduleWrite
            >>> res = client.transformations.schedules.create(  # doctest: +SKIP
            ...     TransformationScheduleWrite(interval="0 * * * *", external_id="copy"))
        """
        items = schedule if isinstance(schedule, Sequence) else [schedule]
        for s in items:
            if getattr(s, "id", None) is None and getattr(s, "external_id", None) is None:
                raise ValueError("A schedule needs the transformation's id or external_id")
            if not isinstance(getattr(s, "interval", None), str):
                raise ValueError("A schedule needs a cron interval (str), e.g. '0 * * * *'")
        return await self._create(schedule)

    async def list(
        self, include_public: bool = True, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]
    ) -> TransformationScheduleList:
        """List schedules (``include_public=False``: only those of your own private transformations).

        Example:
            >>> schedules = client.transformations.schedules.list(limit=5)  # doctest: +SKIP
        """
        params = _check_include_public(include_public)
        return await self._list_filtered(None, limit, method="GET", body=params)
