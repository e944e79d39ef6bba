from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_sort_item_order import DocumentSortItemOrder
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentSortItem")


@_attrs_define
class DocumentSortItem(AdditionalProperties):
    """
    Attributes:
        property_ (list[str]): Property you wish to filter. It's a list of strings to allow specifying nested
            properties.
            For example, If you have the object `{"foo": {"../bar": "baz"}, "bar": 123}`, you can refer to the nested
            property as `["foo", "../bar"]` and the un-nested one as `["bar"]`.
             Example: ['sourceFile', 'name'].
        order (DocumentSortItemOrder | Unset):
    """

    _FIT = {"property": ("l", "s"), "order": "s"}
    _REQUIRED = ("property",)

    property_: list[str]
    order: DocumentSortItemOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        _order = d.pop("order", UNSET)
        order: DocumentSortItemOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = DocumentSortItemOrder(_order)

        document_sort_item = cls(
            property_=property_,
            order=order,
        )

        document_sort_item.additional_properties = d
        return document_sort_item
