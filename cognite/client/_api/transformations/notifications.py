"""``client.transformations.notifications``: email subscriptions to a transformation's failed jobs."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._mechanisms.identifiers import identifier_items
from cognite.client.data_classes.transformations.notifications import (
    TransformationNotification,
    TransformationNotificationList,
    TransformationNotificationWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


def _params(
    transformation_id: int | None, transformation_external_id: str | None, destination: str | None
) -> dict[str, Any]:
    if transformation_id is not None and (
        isinstance(transformation_id, bool) or not isinstance(transformation_id, int)
    ):
        raise TypeError("transformation_id must be an int")
    for name, value in (("transformation_external_id", transformation_external_id), ("destination", destination)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str")
    params = {
        "transformationId": transformation_id,
        "transformationExternalId": transformation_external_id,
        "destination": destination,
    }
    return {k: v for k, v in params.items() if v is not None}


class TransformationNotificationsAPI(ResourceAPI[TransformationNotification, TransformationNotificationList]):
    """``client.transformations.notifications``"""

    _RESOURCE_PATH = "/transformations/notifications"
    _resource_cls = TransformationNotification
    _list_cls = TransformationNotificationList

    @overload  # type: ignore[override]
    def __call__(
        self,
        chunk_size: None = None,
        transformation_id: int | None = None,
        transformation_external_id: str | None = None,
        destination: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TransformationNotification]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        transformation_id: int | None = None,
        transformation_external_id: str | None = None,
        destination: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TransformationNotificationList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        transformation_id: int | None = None,
        transformation_external_id: str | None = None,
        destination: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[TransformationNotification] | AsyncIterator[TransformationNotificationList]:
        """Iterate over notification subscriptions (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for n in client.transformations.notifications(transformation_id=1):  # doctest: +SKIP
            ...     n
        """
        params = _params(transformation_id, transformation_external_id, destination)
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        return self._list_generator(
            load=self._load, list_cls=self._new_list, chunk_size=chunk_size, limit=limit, method="GET", body=params
        )

    @overload
    async def create(
        self,
        notification: TransformationNotification | TransformationNotificationWrite,
        **options: Unpack[CallOptions],
    ) -> TransformationNotification: ...
    @overload
    async def create(
        self,
        notification: Sequence[TransformationNotification] | Sequence[TransformationNotificationWrite],
        **options: Unpack[CallOptions],
    ) -> TransformationNotificationList: ...
    async def create(
        self,
        notification: TransformationNotification
        | TransformationNotificationWrite
        | Sequence[TransformationNotification]
        | Sequence[TransformationNotificationWrite],
        **options: Unpack[CallOptions],
    ) -> TransformationNotification | TransformationNotificationList:
        """Subscribe an email ``destination`` to a transformation (by ``transformation_id`` or
        ``transformation_external_id``).

        Example:
            >>> from cognite.client.data_classes import TransformationNotificationWrite
            >>> n = client.transformations.notifications.create(  # doctest: +SKIP
            ...     TransformationNotificationWrite(destination="me@example.com", transformation_external_id="copy"))
        """
        items = notification if isinstance(notification, Sequence) else [notification]
        for n in items:
            if getattr(n, "transformation_id", None) is None and getattr(n, "transformation_external_id", None) is None:
                raise ValueError("A notification needs transformation_id or transformation_external_id")
            if not isinstance(getattr(n, "destination", None), str):
                raise ValueError("A notification needs a destination (an email address)")
        return await self._create(notification)

    async def list(
        self,
        transformation_id: int | None = None,
        transformation_external_id: str | None = None,
        destination: str | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> TransformationNotificationList:
        """List notification subscriptions of a transformation and/or to a destination.

        Example:
            >>> subs = client.transformations.notifications.list(transformation_id=1)  # doctest: +SKIP
        """
        params = _params(transformation_id, transformation_external_id, destination)
        return await self._list_filtered(None, limit, method="GET", body=params)

    async def delete(self, id: int | Sequence[int] | None = None, **options: Unpack[CallOptions]) -> None:
        """Delete notification subscriptions by id.

        Example:
            >>> client.transformations.notifications.delete(id=[1, 2])  # doctest: +SKIP
        """
        items = identifier_items(id, None)
        if not items:
            raise ValueError("Give at least one id to delete")
        await self._delete_multiple(items)
