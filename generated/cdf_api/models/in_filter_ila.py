from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.in_filter_ila_in import InFilterIlaIn


T = TypeVar("T", bound="InFilterIla")


@_attrs_define
class InFilterIla(AdditionalProperties):
    """
    Attributes:
        in_ (InFilterIlaIn): Matches records where the property **exactly** matches one of the given values.
            Only apply this filter to properties containing a single value.
    """

    _FIT = {"in": ("m", "InFilterIlaIn")}
    _REQUIRED = ("in",)

    in_: InFilterIlaIn
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
        from ..models.in_filter_ila_in import InFilterIlaIn  # noqa: PLC0415

        d = dict(src_dict)
        in_ = InFilterIlaIn.from_dict(d.pop("in"))

        in_filter_ila = cls(
            in_=in_,
        )

        in_filter_ila.additional_properties = d
        return in_filter_ila
