from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="ViewPropertyReference")


@_attrs_define
class ViewPropertyReference(AdditionalProperties):
    """
    Attributes:
        view (ViewReference): Reference to a view
        identifier (str):
    """

    _FIT = {"view": ("m", "ViewReference"), "identifier": "s"}
    _REQUIRED = ("view", "identifier")

    view: ViewReference
    identifier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        view = self.view.to_dict()

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "view": view,
                "identifier": identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        view = ViewReference.from_dict(d.pop("view"))

        identifier = d.pop("identifier")

        view_property_reference = cls(
            view=view,
            identifier=identifier,
        )

        view_property_reference.additional_properties = d
        return view_property_reference
