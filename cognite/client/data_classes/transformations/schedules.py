"""Transformation schedules: a cron interval per transformation (identified like it: id or external id)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    TransformationScheduleFields,
    TransformationScheduleUpdateFields,
    TransformationScheduleWriteFields,
)

__all__ = [
    "TransformationSchedule",
    "TransformationScheduleList",
    "TransformationScheduleUpdate",
    "TransformationScheduleWrite",
    "TransformationScheduleWriteList",
]


class TransformationScheduleWrite(TransformationScheduleWriteFields):
    """A schedule to create: ``interval`` (cron) for the transformation of ``id`` or ``external_id``.

    Example:
        >>> from cognite.client.data_classes import TransformationScheduleWrite
        >>> TransformationScheduleWrite("0 * * * *", external_id="tr").dump()
        {'interval': '0 * * * *', 'externalId': 'tr', 'isPaused': False}
    """

    def __init__(
        self, interval: str, id: int | None = None, external_id: str | None = None, is_paused: bool = False
    ) -> None:
        super().__init__(interval=interval, id=id, external_id=external_id, is_paused=is_paused)


class TransformationSchedule(TransformationScheduleFields):
    """The schedule of a transformation (``id`` / ``external_id`` are the transformation's)."""


class TransformationScheduleWriteList(CogniteResourceList[TransformationScheduleWrite]):
    _RESOURCE = TransformationScheduleWrite


class TransformationScheduleList(WriteableCogniteResourceList[TransformationSchedule, TransformationScheduleWriteList]):
    _RESOURCE = TransformationSchedule


class TransformationScheduleUpdate(TransformationScheduleUpdateFields):
    """Changes to a schedule: ``interval``, ``is_paused``.

    Example:
        >>> from cognite.client.data_classes import TransformationScheduleUpdate
        >>> TransformationScheduleUpdate(id=1).is_paused.set(True).dump()
        {'id': 1, 'update': {'isPaused': {'set': True}}}
    """
