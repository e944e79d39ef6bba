from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AnnotationsV2ReverseLookupFilterSchemaData")


@_attrs_define
class AnnotationsV2ReverseLookupFilterSchemaData(AdditionalProperties):
    """Filter annotations by their data keys and values (case-sensitive). Concretely, by providing this field, we check for
    all annotations that contains the data filter as a subset.
    If `annotationType` is not specified, the data filter will applied across all annotation types.

        Example:
            {'label': 'cat', 'fileRef': {'externalId': 'abc'}}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        annotations_v2_reverse_lookup_filter_schema_data = cls()

        annotations_v2_reverse_lookup_filter_schema_data.additional_properties = d
        return annotations_v2_reverse_lookup_filter_schema_data
