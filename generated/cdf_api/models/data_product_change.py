from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.data_product_patch import DataProductPatch


T = TypeVar("T", bound="DataProductChange")


@_attrs_define
class DataProductChange(AdditionalProperties):
    """
    Attributes:
        external_id (str): Data product external identifier
        update (DataProductPatch): Changes to apply to a data product
    """

    _FIT = {"externalId": "s", "update": ("m", "DataProductPatch")}
    _REQUIRED = ("externalId", "update")

    external_id: str
    update: DataProductPatch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_product_patch import DataProductPatch  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        update = DataProductPatch.from_dict(d.pop("update"))

        data_product_change = cls(
            external_id=external_id,
            update=update,
        )

        data_product_change.additional_properties = d
        return data_product_change
