"""Hosted extractor mappings: the expression turning source messages into CDF data."""

from __future__ import annotations

from typing import Any, ClassVar

from cognite.client.data_classes._base import CogniteObject, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    CSVInputFields,
    CustomMappingFields,
    JSONInputFields,
    MappingFields,
    MappingUpdateFields,
    MappingWriteFields,
    ProtoBufInputFields,
    XMLInputFields,
)
from cognite.client.data_classes._variants import Variant


class CustomMapping(CustomMappingFields):
    """The mapping expression.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import CustomMapping
        >>> CustomMapping("input").dump()
        {'expression': 'input'}
    """


class InputMapping(Variant, CogniteObject):
    """The format a mapping reads: ``CSVInput``, ``JSONInput``, ``XMLInput`` or ``ProtoBufInput`` (or "csv", "json",
    "xml" for those without options).

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import InputMapping
        >>> InputMapping._load("json").dump()
        {'type': 'json'}
    """

    _variants: ClassVar[dict[str, type]] = {}

    @classmethod
    def _load(cls, resource: Any, cognite_client: Any = None) -> Any:
        return super()._load({"type": resource} if isinstance(resource, str) else resource, cognite_client)


class CSVInput(CSVInputFields, InputMapping):
    _type = "csv"


class JSONInput(JSONInputFields, InputMapping):
    _type = "json"


class XMLInput(XMLInputFields, InputMapping):
    _type = "xml"


class ProtoBufInput(ProtoBufInputFields, InputMapping):
    _type = "protobuf"


class MappingWrite(MappingWriteFields):
    """A mapping to create.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import MappingWrite
        >>> MappingWrite("m", {"expression": "input"}, True, "json").dump()["input"]
        {'type': 'json'}
    """


class Mapping(MappingFields):
    """A mapping as CDF returns it."""


class MappingUpdate(MappingUpdateFields):
    """Change a mapping: ``MappingUpdate("m").published.set(False)``."""


class MappingWriteList(CogniteResourceList[MappingWrite]):
    _RESOURCE = MappingWrite


class MappingList(WriteableCogniteResourceList[Mapping, MappingWriteList]):
    _RESOURCE = Mapping
