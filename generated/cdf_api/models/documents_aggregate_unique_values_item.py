from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.label import Label


T = TypeVar("T", bound="DocumentsAggregateUniqueValuesItem")


@_attrs_define
class DocumentsAggregateUniqueValuesItem(AdditionalProperties):
    """
    Attributes:
        count (int): Number of items in this aggregation group.
        values (list[float | Label | str]): A unique value found in the specified properties. Each item is a value for
            the specified property with same index.
    """

    _FIT = {"count": "i", "values": ("l", ("u", ("s", "n", ("m", "Label"))))}
    _REQUIRED = ("count", "values")

    count: int
    values: list[float | Label | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.label import Label  # noqa: PLC0415

        count = self.count

        values = []
        for values_item_data in self.values:
            values_item: dict[str, Any] | float | str
            if isinstance(values_item_data, Label):
                values_item = values_item_data.to_dict()
            else:
                values_item = values_item_data
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(data: object) -> float | Label | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_document_aggregate_value_type_2 = Label.from_dict(data)

                    return componentsschemas_document_aggregate_value_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(float | Label | str, data)

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        documents_aggregate_unique_values_item = cls(
            count=count,
            values=values,
        )

        documents_aggregate_unique_values_item.additional_properties = d
        return documents_aggregate_unique_values_item
