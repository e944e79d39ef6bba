"""Extraction pipelines, their runs and their configuration revisions."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    ExtractionPipelineConfigFields,
    ExtractionPipelineConfigRevisionFields,
    ExtractionPipelineConfigWriteFields,
    ExtractionPipelineContactFields,
    ExtractionPipelineFields,
    ExtractionPipelineFilterFields,
    ExtractionPipelineNotificationConfigurationFields,
    ExtractionPipelineRunFields,
    ExtractionPipelineRunWriteFields,
    ExtractionPipelineUpdateFields,
    ExtractionPipelineWriteFields,
)

__all__ = [
    "ExtractionPipeline",
    "ExtractionPipelineContact",
    "ExtractionPipelineNotificationConfiguration",
    "ExtractionPipelineConfig",
    "ExtractionPipelineConfigRevision",
    "ExtractionPipelineConfigRevisionList",
    "ExtractionPipelineConfigWriteList",
    "ExtractionPipelineFilter",
    "ExtractionPipelineList",
    "ExtractionPipelineRun",
    "ExtractionPipelineRunList",
    "ExtractionPipelineRunWriteList",
    "ExtractionPipelineUpdate",
    "ExtractionPipelineWriteList",
]


class ExtractionPipelineContact(ExtractionPipelineContactFields):
    """Who to notify about an extraction pipeline.

    Example:
        >>> from cognite.client.data_classes import ExtractionPipelineContact
        >>> ExtractionPipelineContact(name="Ops", email="ops@example.com", send_notification=True).dump()
        {'name': 'Ops', 'email': 'ops@example.com', 'sendNotification': True}
    """


class ExtractionPipelineNotificationConfiguration(ExtractionPipelineNotificationConfigurationFields):
    """When an extraction pipeline that has not been seen for a while raises a notification."""


class ExtractionPipelineWrite(ExtractionPipelineWriteFields):
    """The writable part of an extraction pipeline."""


class ExtractionPipeline(ExtractionPipelineFields):
    """An extraction pipeline.

    Example:
        >>> from cognite.client.data_classes import ExtractionPipeline
        >>> ExtractionPipeline(external_id="ep", name="extPipe1", data_set_id=1).dump()
        {'externalId': 'ep', 'name': 'extPipe1', 'dataSetId': 1}
    """


class ExtractionPipelineWriteList(CogniteResourceList[ExtractionPipelineWrite]):
    _RESOURCE = ExtractionPipelineWrite


class ExtractionPipelineList(WriteableCogniteResourceList[ExtractionPipeline, ExtractionPipelineWriteList]):
    _RESOURCE = ExtractionPipeline


class ExtractionPipelineUpdate(ExtractionPipelineUpdateFields):
    """Changes to one extraction pipeline (from the spec's ``ExtPipeUpdateById``)."""


class ExtractionPipelineFilter(ExtractionPipelineFilterFields):
    """ExtractionPipelineFilter (fields generated from the spec)."""


class ExtractionPipelineRunWrite(ExtractionPipelineRunWriteFields):
    """A run to report."""


class ExtractionPipelineRun(ExtractionPipelineRunFields):
    """One reported run (status ``success`` / ``failure`` / ``seen``).

    Example:
        >>> from cognite.client.data_classes import ExtractionPipelineRun
        >>> ExtractionPipelineRun(status="success", extpipe_external_id="extId").dump()
        {'status': 'success', 'externalId': 'extId'}
    """


class ExtractionPipelineRunWriteList(CogniteResourceList[ExtractionPipelineRunWrite]):
    _RESOURCE = ExtractionPipelineRunWrite


class ExtractionPipelineRunList(WriteableCogniteResourceList[ExtractionPipelineRun, ExtractionPipelineRunWriteList]):
    _RESOURCE = ExtractionPipelineRun


class ExtractionPipelineConfigWrite(ExtractionPipelineConfigWriteFields):
    """A configuration revision to store."""


class ExtractionPipelineConfigWriteList(CogniteResourceList[ExtractionPipelineConfigWrite]):
    _RESOURCE = ExtractionPipelineConfigWrite


class ExtractionPipelineConfig(ExtractionPipelineConfigFields):
    """A configuration revision of an extraction pipeline (``config`` is a string, typically YAML)."""


class ExtractionPipelineConfigRevision(ExtractionPipelineConfigRevisionFields):
    """ExtractionPipelineConfigRevision (fields generated from the spec)."""


class ExtractionPipelineConfigRevisionList(CogniteResourceList[ExtractionPipelineConfigRevision]):
    _RESOURCE = ExtractionPipelineConfigRevision
