from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.group_membership_managed_externally_or_in_cdf_managed_externally import (
        GroupMembershipManagedExternallyOrInCdfManagedExternally,
    )
    from ..models.group_membership_managed_externally_or_in_cdf_managed_in_cdf import (
        GroupMembershipManagedExternallyOrInCdfManagedInCDF,
    )


T = TypeVar("T", bound="DataGroupSpec")


@_attrs_define
class DataGroupSpec(AdditionalProperties):
    """
    Attributes:
        items (list[GroupMembershipManagedExternallyOrInCdfManagedExternally |
            GroupMembershipManagedExternallyOrInCdfManagedInCDF]):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "GroupMembershipManagedExternallyOrInCdfManagedExternally"),
                    ("m", "GroupMembershipManagedExternallyOrInCdfManagedInCDF"),
                ),
            ),
        )
    }
    _REQUIRED = ("items",)

    items: list[
        GroupMembershipManagedExternallyOrInCdfManagedExternally | GroupMembershipManagedExternallyOrInCdfManagedInCDF
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_membership_managed_externally_or_in_cdf_managed_externally import (
            GroupMembershipManagedExternallyOrInCdfManagedExternally,  # noqa: PLC0415
        )
        from ..models.group_membership_managed_externally_or_in_cdf_managed_in_cdf import (
            GroupMembershipManagedExternallyOrInCdfManagedInCDF,  # noqa: PLC0415
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                GroupMembershipManagedExternallyOrInCdfManagedExternally
                | GroupMembershipManagedExternallyOrInCdfManagedInCDF
            ):
                return parse_best(
                    data,
                    (
                        GroupMembershipManagedExternallyOrInCdfManagedExternally,
                        GroupMembershipManagedExternallyOrInCdfManagedInCDF,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        data_group_spec = cls(
            items=items,
        )

        data_group_spec.additional_properties = d
        return data_group_spec
