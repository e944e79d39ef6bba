from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.contains_any_filter_ila_contains_any import ContainsAnyFilterIlaContainsAny


T = TypeVar("T", bound="ContainsAnyFilterIla")


@_attrs_define
class ContainsAnyFilterIla(AdditionalProperties):
    """
    Attributes:
        contains_any (ContainsAnyFilterIlaContainsAny): Matches records where the property contains one or more of the
            given values.
            Only apply this filter to multivalued properties.
    """

    _FIT = {"containsAny": ("m", "ContainsAnyFilterIlaContainsAny")}
    _REQUIRED = ("containsAny",)

    contains_any: ContainsAnyFilterIlaContainsAny
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_any = self.contains_any.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containsAny": contains_any,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contains_any_filter_ila_contains_any import ContainsAnyFilterIlaContainsAny  # noqa: PLC0415

        d = dict(src_dict)
        contains_any = ContainsAnyFilterIlaContainsAny.from_dict(d.pop("containsAny"))

        contains_any_filter_ila = cls(
            contains_any=contains_any,
        )

        contains_any_filter_ila.additional_properties = d
        return contains_any_filter_ila
