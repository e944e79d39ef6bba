from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.annotations_boolean import AnnotationsBoolean
    from ..models.annotations_numerical import AnnotationsNumerical


T = TypeVar("T", bound="AnnotationsKeypointAttributes")


@_attrs_define
class AnnotationsKeypointAttributes(AdditionalProperties):
    """Additional attributes data for a compound."""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, AnnotationsBoolean | AnnotationsNumerical] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_boolean import AnnotationsBoolean  # noqa: PLC0415
        from ..models.annotations_numerical import AnnotationsNumerical  # noqa: PLC0415

        d = dict(src_dict)
        annotations_keypoint_attributes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> AnnotationsBoolean | AnnotationsNumerical:
                return parse_best(data, (AnnotationsBoolean, AnnotationsNumerical))

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        annotations_keypoint_attributes.additional_properties = additional_properties
        return annotations_keypoint_attributes
