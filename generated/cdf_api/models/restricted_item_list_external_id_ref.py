from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.external_id_ref import ExternalIdRef


T = TypeVar("T", bound="RestrictedItemListExternalIdRef")


@_attrs_define
class RestrictedItemListExternalIdRef(AdditionalProperties):
    """
    Attributes:
        items (list[ExternalIdRef]):
        ignore_unknown_ids (bool | None | Unset): Ignore external IDs that are not found. If set to true, no error will
            be thrown if an external ID is not found. Example: False.
    """

    _FIT = {"items": ("l", ("m", "ExternalIdRef")), "ignoreUnknownIds": ("u", ("b", None))}
    _REQUIRED = ("items",)

    items: list[ExternalIdRef]
    ignore_unknown_ids: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        ignore_unknown_ids: bool | None | Unset
        if isinstance(self.ignore_unknown_ids, Unset):
            ignore_unknown_ids = UNSET
        else:
            ignore_unknown_ids = self.ignore_unknown_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id_ref import ExternalIdRef  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ExternalIdRef.from_dict(items_item_data)

            items.append(items_item)

        def _parse_ignore_unknown_ids(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_unknown_ids = _parse_ignore_unknown_ids(d.pop("ignoreUnknownIds", UNSET))

        restricted_item_list_external_id_ref = cls(
            items=items,
            ignore_unknown_ids=ignore_unknown_ids,
        )

        restricted_item_list_external_id_ref.additional_properties = d
        return restricted_item_list_external_id_ref
