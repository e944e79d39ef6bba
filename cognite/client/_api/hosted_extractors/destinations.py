"""``client.hosted_extractors.destinations``: a declared resource (see ``cognite.client._api._declared``)."""

from __future__ import annotations

from cognite.client._api._declared import (
    CreateItems,
    DeleteExternalIdsForce,
    ListItems,
    RetrieveExternalIds,
    UpdateItems,
)
from cognite.client.data_classes.hosted_extractors.destinations import (
    Destination,
    DestinationList,
    DestinationUpdate,
    DestinationWrite,
)


class DestinationsAPI(
    CreateItems[Destination, DestinationWrite, DestinationList],
    RetrieveExternalIds[Destination, DestinationList],
    UpdateItems[Destination, DestinationWrite | DestinationUpdate, DestinationList],
    DeleteExternalIdsForce[Destination, DestinationList],
    ListItems[Destination, DestinationList],
):
    """``client.hosted_extractors.destinations``"""

    _RESOURCE_PATH = "/hostedextractors/destinations"
    _resource_cls, _list_cls, _update_cls = Destination, DestinationList, DestinationUpdate
