"""Hosted extractor sources: one family told apart by ``type`` (eventhub, mqtt3, mqtt5, kafka, rest)."""

from __future__ import annotations

from typing import ClassVar

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    EventHubSourceFields,
    EventHubSourceUpdateFields,
    EventHubSourceWriteFields,
    KafkaBrokerFields,
    KafkaSourceFields,
    KafkaSourceUpdateFields,
    KafkaSourceWriteFields,
    MQTT3SourceFields,
    MQTT3SourceUpdateFields,
    MQTT3SourceWriteFields,
    MQTT5SourceFields,
    MQTT5SourceUpdateFields,
    MQTT5SourceWriteFields,
    RestSourceFields,
    RestSourceUpdateFields,
    RestSourceWriteFields,
)
from cognite.client.data_classes._variants import Variant, VariantUpdate


class SourceWrite(Variant, CogniteResource):
    """A source to create; load a wire dict with ``SourceWrite._load`` to get the variant its ``type`` names."""

    _variants: ClassVar[dict[str, type]] = {}
    external_id: str


class Source(Variant, CogniteResource):
    """A hosted extractor source as CDF returns it (the variant its ``type`` names).

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import Source
        >>> Source._load({"type": "rest", "externalId": "r", "host": "h", "scheme": "https"}).host
        'h'
    """

    _variants: ClassVar[dict[str, type]] = {}
    _WRITE_CLASS: ClassVar[str | None] = "SourceWrite"
    external_id: str


class SourceUpdate(VariantUpdate):
    """The update of a source (the variant's update class: ``EventHubSourceUpdate`` ...)."""

    _variants: ClassVar[dict[str, type]] = {}


class EventHubSourceWrite(EventHubSourceWriteFields, SourceWrite):
    """An Azure Event Hub source to create.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import EventHubSourceWrite
        >>> EventHubSourceWrite("hub", "host", "name", "key", "value").dump()["type"]
        'eventhub'
    """

    _type = "eventhub"


class EventHubSource(EventHubSourceFields, Source):
    _type = "eventhub"


class EventHubSourceUpdate(EventHubSourceUpdateFields, SourceUpdate):
    _type = "eventhub"


class MQTT3SourceWrite(MQTT3SourceWriteFields, SourceWrite):
    _type = "mqtt3"


class MQTT3Source(MQTT3SourceFields, Source):
    _type = "mqtt3"


class MQTT3SourceUpdate(MQTT3SourceUpdateFields, SourceUpdate):
    _type = "mqtt3"


class MQTT5SourceWrite(MQTT5SourceWriteFields, SourceWrite):
    _type = "mqtt5"


class MQTT5Source(MQTT5SourceFields, Source):
    _type = "mqtt5"


class MQTT5SourceUpdate(MQTT5SourceUpdateFields, SourceUpdate):
    _type = "mqtt5"


class KafkaBroker(KafkaBrokerFields):
    """A Kafka bootstrap broker.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import KafkaBroker
        >>> KafkaBroker("broker.local", 9092).dump()
        {'host': 'broker.local', 'port': 9092}
    """


class KafkaSourceWrite(KafkaSourceWriteFields, SourceWrite):
    _type = "kafka"


class KafkaSource(KafkaSourceFields, Source):
    _type = "kafka"


class KafkaSourceUpdate(KafkaSourceUpdateFields, SourceUpdate):
    _type = "kafka"


class RestSourceWrite(RestSourceWriteFields, SourceWrite):
    _type = "rest"


class RestSource(RestSourceFields, Source):
    _type = "rest"


class RestSourceUpdate(RestSourceUpdateFields, SourceUpdate):
    _type = "rest"


class SourceWriteList(CogniteResourceList[SourceWrite]):
    _RESOURCE = SourceWrite


class SourceList(WriteableCogniteResourceList[Source, SourceWriteList]):
    _RESOURCE = Source
