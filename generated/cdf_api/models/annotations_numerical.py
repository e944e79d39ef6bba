from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsNumerical")


@_attrs_define
class AnnotationsNumerical(AdditionalProperties):
    """The numerical value of something

    Attributes:
        type_ (Literal['numerical']):
        value (float | int): The numerical value
        description (str | Unset): The description of a primitive
    """

    _FIT = {"type": ("c", "numerical"), "value": ("u", ("i", "n")), "description": "s"}
    _REQUIRED = ("type", "value")

    type_: Literal["numerical"]
    value: float | int
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: float | int
        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["numerical"], d.pop("type"))
        if type_ != "numerical":
            raise ValueError(f"type must match const 'numerical', got '{type_}'")

        def _parse_value(data: object) -> float | int:
            return cast(float | int, data)

        value = _parse_value(d.pop("value"))

        description = d.pop("description", UNSET)

        annotations_numerical = cls(
            type_=type_,
            value=value,
            description=description,
        )

        annotations_numerical.additional_properties = d
        return annotations_numerical
