from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="EntityUpdateDraft")


@_attrs_define
class EntityUpdateDraft(AdditionalProperties):
    """
    Attributes:
        annotation_id (DmsId | None | Unset): DMS identifier of a linked diagram annotation
        asset_id (DmsId | None | Unset): DMS identifier of a mapped asset
        is_asset_verified (bool | Unset): Determines if a diagram entity has a verified asset mapping
        is_user_detected (bool | Unset): Determines if a diagram entity was detected manually
    """

    _FIT = {
        "annotationId": ("u", (None, ("m", "DmsId"))),
        "assetId": ("u", (None, ("m", "DmsId"))),
        "isAssetVerified": "b",
        "isUserDetected": "b",
    }
    _REQUIRED = ()

    annotation_id: DmsId | None | Unset = UNSET
    asset_id: DmsId | None | Unset = UNSET
    is_asset_verified: bool | Unset = UNSET
    is_user_detected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        annotation_id: dict[str, Any] | None | Unset
        if isinstance(self.annotation_id, Unset):
            annotation_id = UNSET
        elif isinstance(self.annotation_id, DmsId):
            annotation_id = self.annotation_id.to_dict()
        else:
            annotation_id = self.annotation_id

        asset_id: dict[str, Any] | None | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        elif isinstance(self.asset_id, DmsId):
            asset_id = self.asset_id.to_dict()
        else:
            asset_id = self.asset_id

        is_asset_verified = self.is_asset_verified

        is_user_detected = self.is_user_detected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation_id is not UNSET:
            field_dict["annotationId"] = annotation_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if is_asset_verified is not UNSET:
            field_dict["isAssetVerified"] = is_asset_verified
        if is_user_detected is not UNSET:
            field_dict["isUserDetected"] = is_user_detected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_annotation_id(data: object) -> DmsId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotation_id_type_1 = DmsId.from_dict(data)

                return annotation_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DmsId | None | Unset, data)

        annotation_id = _parse_annotation_id(d.pop("annotationId", UNSET))

        def _parse_asset_id(data: object) -> DmsId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_id_type_1 = DmsId.from_dict(data)

                return asset_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DmsId | None | Unset, data)

        asset_id = _parse_asset_id(d.pop("assetId", UNSET))

        is_asset_verified = d.pop("isAssetVerified", UNSET)

        is_user_detected = d.pop("isUserDetected", UNSET)

        entity_update_draft = cls(
            annotation_id=annotation_id,
            asset_id=asset_id,
            is_asset_verified=is_asset_verified,
            is_user_detected=is_user_detected,
        )

        entity_update_draft.additional_properties = d
        return entity_update_draft
