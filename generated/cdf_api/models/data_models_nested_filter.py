from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.data_models_nested_filter_nested import DataModelsNestedFilterNested


T = TypeVar("T", bound="DataModelsNestedFilter")


@_attrs_define
class DataModelsNestedFilter(AdditionalProperties):
    """
    Attributes:
        nested (DataModelsNestedFilterNested): Use `nested` to apply the properties of the direct relation as the
            filter.  `scope` specifies the direct
            relation property you want use as the filtering property.

            Example:
            ```
              {
                "nested": {
                  "scope": ["some", "direct_relation", "property"],
                  "filter": {
                    "equals": {
                      "property": ["node", "name"],
                      "value": "ACME"
                    }
                  }
                }
              }
            ```
    """

    _FIT = {"nested": ("m", "DataModelsNestedFilterNested")}
    _REQUIRED = ("nested",)

    nested: DataModelsNestedFilterNested
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nested = self.nested.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nested": nested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_models_nested_filter_nested import DataModelsNestedFilterNested  # noqa: PLC0415

        d = dict(src_dict)
        nested = DataModelsNestedFilterNested.from_dict(d.pop("nested"))

        data_models_nested_filter = cls(
            nested=nested,
        )

        data_models_nested_filter.additional_properties = d
        return data_models_nested_filter
