from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.annotations_boolean import AnnotationsBoolean
    from ..models.annotations_numerical import AnnotationsNumerical


T = TypeVar("T", bound="AnnotationsAttributesMixinAttributes")


@_attrs_define
class AnnotationsAttributesMixinAttributes:
    """Additional attributes data for a compound."""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, AnnotationsBoolean | AnnotationsNumerical] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotations_boolean import AnnotationsBoolean  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, AnnotationsBoolean):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_boolean import AnnotationsBoolean  # noqa: PLC0415
        from ..models.annotations_numerical import AnnotationsNumerical  # noqa: PLC0415

        d = dict(src_dict)
        annotations_attributes_mixin_attributes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> AnnotationsBoolean | AnnotationsNumerical:
                if isinstance(data, dict):
                    _ranked = best_first(
                        data,
                        (
                            AnnotationsBoolean,
                            AnnotationsNumerical,
                        ),
                    )
                    for _cls in _ranked[:-1]:
                        try:
                            return _cls.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _ranked[-1].from_dict(data)
                raise TypeError(f"expected an object, got {type(data).__name__}")

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        annotations_attributes_mixin_attributes.additional_properties = additional_properties
        return annotations_attributes_mixin_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AnnotationsBoolean | AnnotationsNumerical:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AnnotationsBoolean | AnnotationsNumerical) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
