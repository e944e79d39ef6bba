from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.dms_exists_filter_exists import DMSExistsFilterExists


T = TypeVar("T", bound="DMSExistsFilter")


@_attrs_define
class DMSExistsFilter(AdditionalProperties):
    """
    Attributes:
        exists (DMSExistsFilterExists): Will match items that have a value in the specified property.
    """

    _FIT = {"exists": ("m", "DMSExistsFilterExists")}
    _REQUIRED = ("exists",)

    exists: DMSExistsFilterExists
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exists = self.exists.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exists": exists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_exists_filter_exists import DMSExistsFilterExists  # noqa: PLC0415

        d = dict(src_dict)
        exists = DMSExistsFilterExists.from_dict(d.pop("exists"))

        dms_exists_filter = cls(
            exists=exists,
        )

        dms_exists_filter.additional_properties = d
        return dms_exists_filter
