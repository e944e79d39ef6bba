"""Label definitions and the labels attached to resources."""

from __future__ import annotations

from typing import Any

from cognite.client.data_classes._base import CogniteObject, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    LabelDefinitionFields,
    LabelDefinitionFilterFields,
    LabelDefinitionWriteFields,
    LabelFields,
    LabelFilterFields,
)
from cognite.client.data_classes._spec import to_camel


class Label(LabelFields):
    """A label attached to a resource.

    Example:
        >>> from cognite.client.data_classes import Label
        >>> Label("PUMP").dump()
        {'externalId': 'PUMP'}
    """

    @classmethod
    def _load(cls, resource: Any, cognite_client: Any = None) -> Label:  # type: ignore[override]
        if isinstance(resource, str):
            return cls(external_id=resource)
        if isinstance(resource, Label):
            return resource
        if isinstance(resource, LabelDefinition):
            return cls(external_id=resource.external_id)
        return super()._load(resource, cognite_client)


def load_labels(values: Any) -> list[Label]:
    """Labels from strings, dicts, ``Label`` or ``LabelDefinition`` objects."""
    if isinstance(values, (str, dict, CogniteObject)):
        values = [values]
    return [Label._load(v) for v in values]


class LabelDefinitionWrite(LabelDefinitionWriteFields):
    """The writable part of a label definition.

    Example:
        >>> from cognite.client.data_classes import LabelDefinitionWrite
        >>> LabelDefinitionWrite(external_id="PUMP", name="Pump").dump()
        {'externalId': 'PUMP', 'name': 'Pump'}
    """


class LabelDefinition(LabelDefinitionFields):
    """A globally defined label that can be attached to resources.

    Example:
        >>> from cognite.client.data_classes import LabelDefinition
        >>> LabelDefinition(external_id="PUMP", name="Pump").as_write().dump()
        {'externalId': 'PUMP', 'name': 'Pump'}
    """


class LabelDefinitionWriteList(CogniteResourceList[LabelDefinitionWrite]):
    _RESOURCE = LabelDefinitionWrite


class LabelDefinitionList(WriteableCogniteResourceList[LabelDefinition, LabelDefinitionWriteList]):
    _RESOURCE = LabelDefinition


class LabelDefinitionFilter(LabelDefinitionFilterFields):
    """Filter label definitions (fields from the spec's list-filter schema)."""


class LabelFilter(LabelFilterFields):
    """Match resources by labels: ``contains_any`` or ``contains_all`` of the given external ids.

    Example:
        >>> from cognite.client.data_classes import LabelFilter
        >>> LabelFilter(contains_all=["PUMP", "VERIFIED"]).dump()
        {'containsAll': [{'externalId': 'PUMP'}, {'externalId': 'VERIFIED'}]}
    """

    def __init__(
        self, contains_any: list[str | Label] | None = None, contains_all: list[str | Label] | None = None
    ) -> None:
        if contains_any is not None and contains_all is not None:
            raise ValueError("Give only one of contains_any and contains_all")
        super().__init__(contains_any, contains_all)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = {}
        for key in self._field_names():
            value = getattr(self, key)
            if value is not None:
                refs = [{"externalId" if camel_case else "external_id": lbl.external_id} for lbl in load_labels(value)]
                out[to_camel(key) if camel_case else key] = refs
        return out

    @classmethod
    def _load(cls, resource: Any, cognite_client: Any = None) -> LabelFilter:  # type: ignore[override]
        if isinstance(resource, LabelFilter):
            return resource
        any_ = resource.get("containsAny", resource.get("contains_any"))
        all_ = resource.get("containsAll", resource.get("contains_all"))
        unwrap = lambda v: None if v is None else [x["externalId"] if isinstance(x, dict) else x for x in v]  # noqa: E731
        return cls(contains_any=unwrap(any_), contains_all=unwrap(all_))
