"""Transformation notifications: an email address told when a transformation's job fails."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteFilter, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    TransformationNotificationFields,
    TransformationNotificationWriteFields,
)

__all__ = [
    "TransformationNotification",
    "TransformationNotificationFilter",
    "TransformationNotificationList",
    "TransformationNotificationWrite",
    "TransformationNotificationWriteList",
]


class TransformationNotificationWrite(TransformationNotificationWriteFields):
    """A subscription to create: ``destination`` (email) for the transformation of ``transformation_id`` or
    ``transformation_external_id``.

    Example:
        >>> from cognite.client.data_classes import TransformationNotificationWrite
        >>> TransformationNotificationWrite("me@example.com", transformation_id=1).dump()
        {'destination': 'me@example.com', 'transformationId': 1}
    """

    def __init__(
        self, destination: str, transformation_id: int | None = None, transformation_external_id: str | None = None
    ) -> None:
        super().__init__(destination, transformation_id, transformation_external_id)


class TransformationNotification(TransformationNotificationFields):
    """A notification subscription of a transformation."""


class TransformationNotificationWriteList(CogniteResourceList[TransformationNotificationWrite]):
    _RESOURCE = TransformationNotificationWrite


class TransformationNotificationList(
    WriteableCogniteResourceList[TransformationNotification, TransformationNotificationWriteList]
):
    _RESOURCE = TransformationNotification


class TransformationNotificationFilter(CogniteFilter):
    """Notifications of a transformation and/or to a destination."""

    _fields = ("transformation_id", "transformation_external_id", "destination")
    _positional = _fields
    transformation_id: int | None
    transformation_external_id: str | None
    destination: str | None

    def __init__(
        self,
        transformation_id: int | None = None,
        transformation_external_id: str | None = None,
        destination: str | None = None,
    ) -> None:
        super().__init__(
            transformation_id=transformation_id,
            transformation_external_id=transformation_external_id,
            destination=destination,
        )
