"""Hosted extractor mappings: the expression turning source messages into CDF data."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    CustomMappingFields,
    MappingFields,
    MappingUpdateFields,
    MappingWriteFields,
)


class CustomMapping(CustomMappingFields):
    """The mapping expression.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import CustomMapping
        >>> CustomMapping("input").dump()
        {'expression': 'input'}
    """


class MappingWrite(MappingWriteFields):
    """A mapping to create.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import MappingWrite
        >>> MappingWrite("m", {"expression": "input"}, True, {"type": "json"}).dump()["published"]
        True
    """


class Mapping(MappingFields):
    """A mapping as CDF returns it."""


class MappingUpdate(MappingUpdateFields):
    """Change a mapping: ``MappingUpdate("m").published.set(False)``."""


class MappingWriteList(CogniteResourceList[MappingWrite]):
    _RESOURCE = MappingWrite


class MappingList(WriteableCogniteResourceList[Mapping, MappingWriteList]):
    _RESOURCE = Mapping
