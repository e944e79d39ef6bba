"""``client.hosted_extractors.sources``: the declared resource (see ``cognite.client._api._declared``)."""

from __future__ import annotations

from cognite.client._api._declared import (
    CreateItems,
    DeleteExternalIdsForce,
    ListItems,
    RetrieveExternalIds,
    UpdateItems,
)
from cognite.client.data_classes.hosted_extractors.sources import Source, SourceList, SourceUpdate, SourceWrite


class SourcesAPI(
    CreateItems[Source, SourceWrite, SourceList],
    RetrieveExternalIds[Source, SourceList],
    UpdateItems[Source, SourceWrite | SourceUpdate, SourceList],
    DeleteExternalIdsForce[Source, SourceList],
    ListItems[Source, SourceList],
):
    """``client.hosted_extractors.sources``"""

    _RESOURCE_PATH = "/hostedextractors/sources"
    _resource_cls, _list_cls, _update_cls = Source, SourceList, SourceUpdate
