from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.in_filter_v3_in import InFilterV3In


T = TypeVar("T", bound="InFilterV3")


@_attrs_define
class InFilterV3(AdditionalProperties):
    """
    Attributes:
        in_ (InFilterV3In): Matches items where the property **exactly** matches one of the given values.
    """

    _FIT = {"in": ("m", "InFilterV3In")}
    _REQUIRED = ("in",)

    in_: InFilterV3In
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in": in_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.in_filter_v3_in import InFilterV3In  # noqa: PLC0415

        d = dict(src_dict)
        in_ = InFilterV3In.from_dict(d.pop("in"))

        in_filter_v3 = cls(
            in_=in_,
        )

        in_filter_v3.additional_properties = d
        return in_filter_v3
