from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.exists_filter_ila_exists import ExistsFilterIlaExists


T = TypeVar("T", bound="ExistsFilterIla")


@_attrs_define
class ExistsFilterIla(AdditionalProperties):
    """
    Attributes:
        exists (ExistsFilterIlaExists): Will match records that have a value in the specified property.
    """

    _FIT = {"exists": ("m", "ExistsFilterIlaExists")}
    _REQUIRED = ("exists",)

    exists: ExistsFilterIlaExists
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
        from ..models.exists_filter_ila_exists import ExistsFilterIlaExists  # noqa: PLC0415

        d = dict(src_dict)
        exists = ExistsFilterIlaExists.from_dict(d.pop("exists"))

        exists_filter_ila = cls(
            exists=exists,
        )

        exists_filter_ila.additional_properties = d
        return exists_filter_ila
