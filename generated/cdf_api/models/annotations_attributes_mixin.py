from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_attributes_mixin_attributes import AnnotationsAttributesMixinAttributes


T = TypeVar("T", bound="AnnotationsAttributesMixin")


@_attrs_define
class AnnotationsAttributesMixin(AdditionalProperties):
    """Mixin that can be used to add attributes to a thing

    Attributes:
        attributes (AnnotationsAttributesMixinAttributes | Unset): Additional attributes data for a compound.
    """

    _FIT = {"attributes": ("m", "AnnotationsAttributesMixinAttributes")}
    _REQUIRED = ()

    attributes: AnnotationsAttributesMixinAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_attributes_mixin_attributes import AnnotationsAttributesMixinAttributes  # noqa: PLC0415

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: AnnotationsAttributesMixinAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AnnotationsAttributesMixinAttributes.from_dict(_attributes)

        annotations_attributes_mixin = cls(
            attributes=attributes,
        )

        annotations_attributes_mixin.additional_properties = d
        return annotations_attributes_mixin
