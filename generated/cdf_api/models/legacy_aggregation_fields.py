from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="LegacyAggregationFields")


@_attrs_define
class LegacyAggregationFields(AdditionalProperties):
    """ 
        Attributes:
            fields (list[str]): This field is deprecated. Use the `properties` field instead.\\
                The field name(s) to apply the aggregation on. Currently limited to one field.
                Accepts the following field names: `type`, `subtype`, `dataSetId` and metadata fields, for example,
                `metadata.FooBar`.
     """

    _FIT = {"fields": ("l", "s")}
    _REQUIRED = ("fields",)

    fields: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fields = cast(list[str], d.pop("fields"))

        legacy_aggregation_fields = cls(
            fields=fields,
        )

        legacy_aggregation_fields.additional_properties = d
        return legacy_aggregation_fields
