from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_item_external_id import GeospatialItemExternalId
    from ..models.geospatial_output import GeospatialOutput


T = TypeVar("T", bound="GeospatialFeatureIdsWithOutput")


@_attrs_define
class GeospatialFeatureIdsWithOutput(AdditionalProperties):
    """
    Attributes:
        items (list[GeospatialItemExternalId]):
        output (GeospatialOutput | Unset): Desired output specification. Example: {'properties': {'*': {}, 'geometry1':
            {'srid': 4326}, 'geometry2': {'srid': 3857}}}.
    """

    _FIT = {"items": ("l", ("m", "GeospatialItemExternalId")), "output": ("m", "GeospatialOutput")}
    _REQUIRED = ("items",)

    items: list[GeospatialItemExternalId]
    output: GeospatialOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_item_external_id import GeospatialItemExternalId  # noqa: PLC0415
        from ..models.geospatial_output import GeospatialOutput  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = GeospatialItemExternalId.from_dict(items_item_data)

            items.append(items_item)

        _output = d.pop("output", UNSET)
        output: GeospatialOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = GeospatialOutput.from_dict(_output)

        geospatial_feature_ids_with_output = cls(
            items=items,
            output=output,
        )

        geospatial_feature_ids_with_output.additional_properties = d
        return geospatial_feature_ids_with_output
