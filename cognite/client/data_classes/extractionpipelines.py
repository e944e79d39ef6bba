"""Extraction pipelines, their runs and their configuration revisions."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteFilter, CogniteResource, CogniteResourceList
from cognite.client.data_classes._update import CogniteUpdate

__all__ = [
    "ExtractionPipeline",
    "ExtractionPipelineConfig",
    "ExtractionPipelineConfigRevision",
    "ExtractionPipelineConfigRevisionList",
    "ExtractionPipelineFilter",
    "ExtractionPipelineList",
    "ExtractionPipelineRun",
    "ExtractionPipelineRunList",
    "ExtractionPipelineUpdate",
]


class ExtractionPipelineWrite(CogniteResource):
    """The writable part of an extraction pipeline."""

    _write_model = "CreateExtPipe"


class ExtractionPipeline(CogniteResource):
    """An extraction pipeline.

    Example:
        >>> from cognite.client.data_classes import ExtractionPipeline
        >>> ExtractionPipeline(external_id="ep", name="extPipe1", data_set_id=1).dump()
        {'externalId': 'ep', 'name': 'extPipe1', 'dataSetId': 1}
    """

    _read_model = "ExtPipe"
    _write_model = "CreateExtPipe"
    _write_class = ExtractionPipelineWrite


class ExtractionPipelineList(CogniteResourceList[ExtractionPipeline]):
    _RESOURCE = ExtractionPipeline


class ExtractionPipelineUpdate(CogniteUpdate):
    """Changes to one extraction pipeline (from the spec's ``ExtPipeUpdateById``)."""

    _patch_model = "ExtPipeUpdateById"


class ExtractionPipelineFilter(CogniteFilter):
    _read_model = "ExtPipesFilter"


class ExtractionPipelineRunWrite(CogniteResource):
    """A run to report."""

    _write_model = "ExtPipeRunRequest"


class ExtractionPipelineRun(CogniteResource):
    """One reported run (status ``success`` / ``failure`` / ``seen``).

    Example:
        >>> from cognite.client.data_classes import ExtractionPipelineRun
        >>> ExtractionPipelineRun(status="success", external_id="extId").dump()
        {'status': 'success', 'externalId': 'extId'}
    """

    _read_model = "ExtPipeRunResponse"
    _write_model = "ExtPipeRunRequest"
    _write_class = ExtractionPipelineRunWrite


class ExtractionPipelineRunList(CogniteResourceList[ExtractionPipelineRun]):
    _RESOURCE = ExtractionPipelineRun


class ExtractionPipelineConfigWrite(CogniteResource):
    """A configuration revision to store."""

    _write_model = "CreateConfigRequest"


class ExtractionPipelineConfig(CogniteResource):
    """A configuration revision of an extraction pipeline (``config`` is a string, typically YAML)."""

    _read_model = "FullConfigRevision"
    _write_model = "CreateConfigRequest"
    _write_class = ExtractionPipelineConfigWrite


class ExtractionPipelineConfigRevision(CogniteResource):
    _read_model = "ConfigRevisionMetadata"


class ExtractionPipelineConfigRevisionList(CogniteResourceList[ExtractionPipelineConfigRevision]):
    _RESOURCE = ExtractionPipelineConfigRevision
