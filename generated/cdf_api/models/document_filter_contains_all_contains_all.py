from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.label import Label


T = TypeVar("T", bound="DocumentFilterContainsAllContainsAll")


@_attrs_define
class DocumentFilterContainsAllContainsAll(AdditionalProperties):
    """Matches items where the property contains all the given values

    Example:
        {'property': ['assetIds'], 'values': [51276, 94287]}

    Attributes:
        property_ (list[str]): Property you wish to filter. It's a list of strings to allow specifying nested
            properties.
            For example, If you have the object `{"foo": {"../bar": "baz"}, "bar": 123}`, you can refer to the nested
            property as `["foo", "../bar"]` and the un-nested one as `["bar"]`.
             Example: ['sourceFile', 'name'].
        values (list[bool | CogniteInstanceId | float | Label | str]): One or more values you wish to find in the
            provided property.
    """

    _FIT = {"property": ("l", "s"), "values": ("l", ("u", ("s", "n", "b", ("m", "Label"), ("m", "CogniteInstanceId"))))}
    _REQUIRED = ("property", "values")

    property_: list[str]
    values: list[bool | CogniteInstanceId | float | Label | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        property_ = self.property_

        values = []
        for componentsschemas_document_filter_value_list_item_data in self.values:
            componentsschemas_document_filter_value_list_item: bool | dict[str, Any] | float | str
            if isinstance(componentsschemas_document_filter_value_list_item_data, Label):
                componentsschemas_document_filter_value_list_item = (
                    componentsschemas_document_filter_value_list_item_data.to_dict()
                )
            elif isinstance(componentsschemas_document_filter_value_list_item_data, CogniteInstanceId):
                componentsschemas_document_filter_value_list_item = (
                    componentsschemas_document_filter_value_list_item_data.to_dict()
                )
            else:
                componentsschemas_document_filter_value_list_item = (
                    componentsschemas_document_filter_value_list_item_data
                )
            values.append(componentsschemas_document_filter_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        values = []
        _values = d.pop("values")
        for componentsschemas_document_filter_value_list_item_data in _values:

            def _parse_componentsschemas_document_filter_value_list_item(
                data: object,
            ) -> bool | CogniteInstanceId | float | Label | str:
                _parsed = parse_best(data, (Label, CogniteInstanceId), strict=False)
                if _parsed is not None:
                    return _parsed
                return cast(bool | CogniteInstanceId | float | Label | str, data)

            componentsschemas_document_filter_value_list_item = (
                _parse_componentsschemas_document_filter_value_list_item(
                    componentsschemas_document_filter_value_list_item_data
                )
            )

            values.append(componentsschemas_document_filter_value_list_item)

        document_filter_contains_all_contains_all = cls(
            property_=property_,
            values=values,
        )

        document_filter_contains_all_contains_all.additional_properties = d
        return document_filter_contains_all_contains_all
