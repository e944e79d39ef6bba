from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.external_id_ref import ExternalIdRef
    from ..models.id_ref import IdRef


T = TypeVar("T", bound="InputItems20IdRefOrExternalIdRef")


@_attrs_define
class InputItems20IdRefOrExternalIdRef(AdditionalProperties):
    """
    Attributes:
        items (list[ExternalIdRef | IdRef]): A list of items
    """

    _FIT = {"items": ("l", ("u", (("m", "IdRef"), ("m", "ExternalIdRef"))))}
    _REQUIRED = ("items",)

    items: list[ExternalIdRef | IdRef]
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
        from ..models.external_id_ref import ExternalIdRef  # noqa: PLC0415
        from ..models.id_ref import IdRef  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> ExternalIdRef | IdRef:
                return parse_best(data, (IdRef, ExternalIdRef))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        input_items_20_id_ref_or_external_id_ref = cls(
            items=items,
        )

        input_items_20_id_ref_or_external_id_ref.additional_properties = d
        return input_items_20_id_ref_or_external_id_ref
