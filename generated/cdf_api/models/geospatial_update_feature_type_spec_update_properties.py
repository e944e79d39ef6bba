from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_update_feature_type_spec_update_properties_add import (
        GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd,
    )


T = TypeVar("T", bound="GeospatialUpdateFeatureTypeSpecUpdateProperties")


@_attrs_define
class GeospatialUpdateFeatureTypeSpecUpdateProperties(AdditionalProperties):
    """List of properties to be added, deleted or modified in an existing feature type. Each property name has to match the
    following regexp pattern `/^[A-Za-z][A-Za-z0-9_]{0,31}$/`.\\ The total number of properties is limited to 100 per
    feature type. There must not be any property name overlap in `add`, `remove` and `modify` fields.

        Attributes:
            add (GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd | Unset):
            remove (list[str] | Unset): List of properties to remove.
    """

    _FIT = {"add": ("m", "GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd"), "remove": ("l", "s")}
    _REQUIRED = ()

    add: GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd | Unset = UNSET
    remove: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: dict[str, Any] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add.to_dict()

        remove: list[str] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_update_feature_type_spec_update_properties_add import (
            GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _add = d.pop("add", UNSET)
        add: GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd | Unset
        if isinstance(_add, Unset):
            add = UNSET
        else:
            add = GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd.from_dict(_add)

        remove = cast(list[str], d.pop("remove", UNSET))

        geospatial_update_feature_type_spec_update_properties = cls(
            add=add,
            remove=remove,
        )

        geospatial_update_feature_type_spec_update_properties.additional_properties = d
        return geospatial_update_feature_type_spec_update_properties
