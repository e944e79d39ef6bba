from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference


T = TypeVar("T", bound="SetDirectRelationReference")


@_attrs_define
class SetDirectRelationReference(AdditionalProperties):
    """
    Attributes:
        set_ (DirectRelationReference): Reference to the node pointed to by the direct relation. The reference consists
            of a space and an external-id.
    """

    _FIT = {"set": ("m", "DirectRelationReference")}
    _REQUIRED = ("set",)

    set_: DirectRelationReference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        d = dict(src_dict)
        set_ = DirectRelationReference.from_dict(d.pop("set"))

        set_direct_relation_reference = cls(
            set_=set_,
        )

        set_direct_relation_reference.additional_properties = d
        return set_direct_relation_reference
