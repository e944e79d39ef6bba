"""Integrations: extractors and other programs reporting to CDF (their extractor, tasks, configuration revisions)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    ExtractorFields,
    IntegrationFields,
    IntegrationUpdateFields,
    IntegrationWriteFields,
    TaskFields,
)


class Extractor(ExtractorFields):
    """The extractor an integration runs (external id and version).

    Example:
        >>> from cognite.client.data_classes.integrations import Extractor
        >>> Extractor("my-extractor", "1.0").dump()
        {'externalId': 'my-extractor', 'version': '1.0'}
    """


class IntegrationWrite(IntegrationWriteFields):
    """An integration to create.

    Example:
        >>> from cognite.client.data_classes.integrations import Extractor, IntegrationWrite
        >>> IntegrationWrite("my-integration", Extractor("my-extractor")).dump()
        {'externalId': 'my-integration', 'extractor': {'externalId': 'my-extractor'}}
    """


class Integration(IntegrationFields):
    """An integration (what it runs, when it was last seen, its tasks and configuration revisions).

    Example:
        >>> from cognite.client.data_classes.integrations import Extractor, Integration
        >>> Integration("my-integration", Extractor("my-extractor"), name="Mine").as_write().dump()
        {'externalId': 'my-integration', 'extractor': {'externalId': 'my-extractor'}, 'name': 'Mine'}
    """


class IntegrationWriteList(CogniteResourceList[IntegrationWrite]):
    _RESOURCE = IntegrationWrite


class IntegrationList(WriteableCogniteResourceList[Integration, IntegrationWriteList]):
    _RESOURCE = Integration


class IntegrationUpdate(IntegrationUpdateFields):
    """Changes to an integration (by external id).

    Example:
        >>> from cognite.client.data_classes.integrations import IntegrationUpdate
        >>> IntegrationUpdate(external_id="my-integration").description.set("New").dump()
        {'externalId': 'my-integration', 'update': {'description': {'set': 'New'}}}
    """


class Task(TaskFields):
    """A task of an integration (type, name, whether it is an action, its sources and targets)."""
