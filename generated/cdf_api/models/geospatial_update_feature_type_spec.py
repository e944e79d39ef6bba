from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_update_feature_type_spec_update import GeospatialUpdateFeatureTypeSpecUpdate


T = TypeVar("T", bound="GeospatialUpdateFeatureTypeSpec")


@_attrs_define
class GeospatialUpdateFeatureTypeSpec(AdditionalProperties):
    """
    Attributes:
        external_id (str):  Example: ocean_measures.
        update (GeospatialUpdateFeatureTypeSpecUpdate):
    """

    _FIT = {"externalId": "s", "update": ("m", "GeospatialUpdateFeatureTypeSpecUpdate")}
    _REQUIRED = ("externalId", "update")

    external_id: str
    update: GeospatialUpdateFeatureTypeSpecUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_update_feature_type_spec_update import GeospatialUpdateFeatureTypeSpecUpdate  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        update = GeospatialUpdateFeatureTypeSpecUpdate.from_dict(d.pop("update"))

        geospatial_update_feature_type_spec = cls(
            external_id=external_id,
            update=update,
        )

        geospatial_update_feature_type_spec.additional_properties = d
        return geospatial_update_feature_type_spec
