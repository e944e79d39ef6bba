"""Hosted extractor jobs (a source, a destination and a format), their logs and metrics."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from cognite.client.data_classes._base import CogniteObject, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    BodyLoadFields,
    CogniteFormatFields,
    CustomFormatFields,
    HeaderValueLoadFields,
    JobFields,
    JobLogsFields,
    JobMetricsFields,
    JobUpdateFields,
    JobWriteFields,
    KafkaConfigFields,
    MQTTConfigFields,
    NextUrlLoadFields,
    PrefixFields,
    QueryParamLoadFields,
    RestConfigFields,
    RockwellFormatFields,
    ValueFormatFields,
)
from cognite.client.data_classes._variants import Variant

TargetStatus = Literal["running", "paused"]
JobStatus = Literal[
    "paused", "waiting_to_start", "test_failed", "running", "shutting_down", "startup_error", "connection_error"
]


class Prefix(PrefixFields):
    """The external-id prefix of what a job writes (``from_topic``: the message's topic)."""


class JobFormat(Variant, CogniteObject):
    """How a job reads its messages: ``ValueFormat``, ``RockwellFormat``, ``CogniteFormat`` or ``CustomFormat``.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import CustomFormat, JobFormat
        >>> JobFormat._load({"type": "custom", "mappingId": "m"}) == CustomFormat("m")
        True
    """

    _variants: ClassVar[dict[str, type]] = {}


class ValueFormat(ValueFormatFields, JobFormat):
    _type = "value"


class RockwellFormat(RockwellFormatFields, JobFormat):
    _type = "rockwell"


class CogniteFormat(CogniteFormatFields, JobFormat):
    _type = "cognite"


class CustomFormat(CustomFormatFields, JobFormat):
    _type = "custom"


class JobConfig(CogniteObject):
    """The source-specific part of a job; CDF tells them apart by their keys, as ``_load`` does."""

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        if cls is JobConfig:
            for key, variant in (("topicFilter", MQTTConfig), ("topic", KafkaConfig), ("interval", RestConfig)):
                if key in resource:
                    return variant._load(resource, cognite_client)
        return super()._load(resource, cognite_client)


class MQTTConfig(MQTTConfigFields, JobConfig):
    """The topic filter of a job on an MQTT source.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import JobConfig, MQTTConfig
        >>> JobConfig._load({"topicFilter": "#"}) == MQTTConfig("#")
        True
    """


class KafkaConfig(KafkaConfigFields, JobConfig):
    """The topic (and partition count) of a job on a Kafka source."""


class RestConfig(RestConfigFields, JobConfig):
    """What a job on a REST source requests, how often, and how it pages."""


class IncrementalLoad(Variant, CogniteObject):
    """How a REST job continues: ``BodyLoad``, ``HeaderValueLoad``, ``QueryParamLoad`` or ``NextUrlLoad``."""

    _variants: ClassVar[dict[str, type]] = {}


class BodyLoad(BodyLoadFields, IncrementalLoad):
    _type = "body"


class HeaderValueLoad(HeaderValueLoadFields, IncrementalLoad):
    _type = "headerValue"


class QueryParamLoad(QueryParamLoadFields, IncrementalLoad):
    _type = "queryParam"


class NextUrlLoad(NextUrlLoadFields, IncrementalLoad):
    _type = "nextUrl"


class JobWrite(JobWriteFields):
    """A job to create.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import JobWrite
        >>> JobWrite("job", "dest", "src", {"type": "cognite"}).dump()["format"]
        {'type': 'cognite'}
    """


class Job(JobFields):
    """A job as CDF returns it, with its ``status`` (what it does) and ``target_status`` (what it should do)."""


class JobUpdate(JobUpdateFields):
    """Change a job: ``JobUpdate("job").target_status.set("paused")``."""


class JobLogs(JobLogsFields):
    """One log entry of a job (``type``: ok, paused, startup_error, connection_error, ...)."""


class JobMetrics(JobMetricsFields):
    """The counters of a job over one interval."""


class JobWriteList(CogniteResourceList[JobWrite]):
    _RESOURCE = JobWrite


class JobList(WriteableCogniteResourceList[Job, JobWriteList]):
    _RESOURCE = Job


class JobLogsList(CogniteResourceList[JobLogs]):
    _RESOURCE = JobLogs


class JobMetricsList(CogniteResourceList[JobMetrics]):
    _RESOURCE = JobMetrics
