from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.data_product_version_views_add_add_item import DataProductVersionViewsAddAddItem


T = TypeVar("T", bound="DataProductVersionViewsAdd")


@_attrs_define
class DataProductVersionViewsAdd(AdditionalProperties):
    """
    Attributes:
        add (list[DataProductVersionViewsAddAddItem]): A collection of references to views (with versions) that will be
            added to this data product version. The views must either reside in the schema space of the associated data
            product, or in a system space (one that begins with `cdf_`). The referenced views must already exist at the time
            of updating this data product version. After being added, the new items are immutable (they may not be modified
            or removed later).
    """

    _FIT = {"add": ("l", ("m", "DataProductVersionViewsAddAddItem"))}
    _REQUIRED = ("add",)

    add: list[DataProductVersionViewsAddAddItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add = []
        for add_item_data in self.add:
            add_item = add_item_data.to_dict()
            add.append(add_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_product_version_views_add_add_item import DataProductVersionViewsAddAddItem  # noqa: PLC0415

        d = dict(src_dict)
        add = []
        _add = d.pop("add")
        for add_item_data in _add:
            add_item = DataProductVersionViewsAddAddItem.from_dict(add_item_data)

            add.append(add_item)

        data_product_version_views_add = cls(
            add=add,
        )

        data_product_version_views_add.additional_properties = d
        return data_product_version_views_add
