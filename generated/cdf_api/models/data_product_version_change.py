from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.data_product_version_patch import DataProductVersionPatch


T = TypeVar("T", bound="DataProductVersionChange")


@_attrs_define
class DataProductVersionChange(AdditionalProperties):
    """
    Attributes:
        version (str):  Example: 1.2.34.
        update (DataProductVersionPatch): Changes to apply to a data product version
    """

    _FIT = {"version": "s", "update": ("m", "DataProductVersionPatch")}
    _REQUIRED = ("version", "update")

    version: str
    update: DataProductVersionPatch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_product_version_patch import DataProductVersionPatch  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        update = DataProductVersionPatch.from_dict(d.pop("update"))

        data_product_version_change = cls(
            version=version,
            update=update,
        )

        data_product_version_change.additional_properties = d
        return data_product_version_change
