from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.raw_matcher import RAWMatcher


T = TypeVar("T", bound="AdvancedJoin")


@_attrs_define
class AdvancedJoin(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['direct']):
        space (str):
        view_external_id (str):
        view_version (str):
        property_name (str): The name of the property that holds the direct relation
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        matchers (list[RAWMatcher] | Unset):
    """

    _FIT = {
        "type": ("c", "direct"),
        "space": "s",
        "viewExternalId": "s",
        "viewVersion": "s",
        "propertyName": "s",
        "externalId": "s",
        "matchers": ("l", ("m", "RAWMatcher")),
    }
    _REQUIRED = ("type", "space", "viewExternalId", "viewVersion", "propertyName", "externalId")

    type_: Literal["direct"]
    space: str
    view_external_id: str
    view_version: str
    property_name: str
    external_id: str
    matchers: list[RAWMatcher] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        space = self.space

        view_external_id = self.view_external_id

        view_version = self.view_version

        property_name = self.property_name

        external_id = self.external_id

        matchers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matchers, Unset):
            matchers = []
            for matchers_item_data in self.matchers:
                matchers_item = matchers_item_data.to_dict()
                matchers.append(matchers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "space": space,
                "viewExternalId": view_external_id,
                "viewVersion": view_version,
                "propertyName": property_name,
                "externalId": external_id,
            }
        )
        if matchers is not UNSET:
            field_dict["matchers"] = matchers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_matcher import RAWMatcher  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["direct"], d.pop("type"))
        if type_ != "direct":
            raise ValueError(f"type must match const 'direct', got '{type_}'")

        space = d.pop("space")

        view_external_id = d.pop("viewExternalId")

        view_version = d.pop("viewVersion")

        property_name = d.pop("propertyName")

        external_id = d.pop("externalId")

        _matchers = d.pop("matchers", UNSET)
        matchers: list[RAWMatcher] | Unset = UNSET
        if _matchers is not UNSET:
            matchers = []
            for matchers_item_data in _matchers:
                matchers_item = RAWMatcher.from_dict(matchers_item_data)

                matchers.append(matchers_item)

        advanced_join = cls(
            type_=type_,
            space=space,
            view_external_id=view_external_id,
            view_version=view_version,
            property_name=property_name,
            external_id=external_id,
            matchers=matchers,
        )

        advanced_join.additional_properties = d
        return advanced_join
