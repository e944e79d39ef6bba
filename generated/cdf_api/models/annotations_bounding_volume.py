from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_cogmono_annotation_types_primitives_geometry_3d_geometry import (
        AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry,
    )
    from ..models.annotations_instance_ref import AnnotationsInstanceRef


T = TypeVar("T", bound="AnnotationsBoundingVolume")


@_attrs_define
class AnnotationsBoundingVolume(AdditionalProperties):
    """A bounding volume represents a region in a point cloud

    Attributes:
        region (list[AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry]): The region of the annotation
            defined by a list of geometry primitives (cylinder and box).
        label (str | Unset): The label describing what type of object it is
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
        instance_ref (AnnotationsInstanceRef | Unset): A reference to an DMS instance,
            defined by the instance itself and the sources (views)
            that define how the data should be interpreted
        asset_ref (Any | Unset): A reference to an asset. Either the internal ID or the external ID must be provided
            (exactly one).
    """

    _FIT = {
        "region": ("l", ("m", "AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry")),
        "label": "s",
        "confidence": "n",
        "instanceRef": ("m", "AnnotationsInstanceRef"),
        "assetRef": ("u", (None,)),
    }
    _REQUIRED = ("region",)

    region: list[AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry]
    label: str | Unset = UNSET
    confidence: float | Unset = UNSET
    instance_ref: AnnotationsInstanceRef | Unset = UNSET
    asset_ref: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = []
        for region_item_data in self.region:
            region_item = region_item_data.to_dict()
            region.append(region_item)

        label = self.label

        confidence = self.confidence

        instance_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_ref, Unset):
            instance_ref = self.instance_ref.to_dict()

        asset_ref: Any | Unset
        if isinstance(self.asset_ref, Unset):
            asset_ref = UNSET
        else:
            asset_ref = self.asset_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if instance_ref is not UNSET:
            field_dict["instanceRef"] = instance_ref
        if asset_ref is not UNSET:
            field_dict["assetRef"] = asset_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_cogmono_annotation_types_primitives_geometry_3d_geometry import (
            AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry,  # noqa: PLC0415
        )
        from ..models.annotations_instance_ref import AnnotationsInstanceRef  # noqa: PLC0415

        d = dict(src_dict)
        region = []
        _region = d.pop("region")
        for region_item_data in _region:
            region_item = AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry.from_dict(region_item_data)

            region.append(region_item)

        label = d.pop("label", UNSET)

        confidence = d.pop("confidence", UNSET)

        _instance_ref = d.pop("instanceRef", UNSET)
        instance_ref: AnnotationsInstanceRef | Unset
        if isinstance(_instance_ref, Unset):
            instance_ref = UNSET
        else:
            instance_ref = AnnotationsInstanceRef.from_dict(_instance_ref)

        def _parse_asset_ref(data: object) -> Any | Unset:
            if isinstance(data, Unset):
                return data
            return cast(Any | Unset, data)

        asset_ref = _parse_asset_ref(d.pop("assetRef", UNSET))

        annotations_bounding_volume = cls(
            region=region,
            label=label,
            confidence=confidence,
            instance_ref=instance_ref,
            asset_ref=asset_ref,
        )

        annotations_bounding_volume.additional_properties = d
        return annotations_bounding_volume
