from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="EntityCreateDraft")


@_attrs_define
class EntityCreateDraft(AdditionalProperties):
    """
    Attributes:
        diagram_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        is_asset_verified (bool): Determines if a diagram entity has a verified asset mapping
        is_user_detected (bool): Determines if a diagram entity was detected manually
        path_ids (list[str]):
        symbol_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        annotation_id (DmsId | Unset): A DMS Identifier using the space and externalId
        asset_id (DmsId | Unset): A DMS Identifier using the space and externalId
    """

    _FIT = {
        "diagramId": "s",
        "externalId": "s",
        "isAssetVerified": "b",
        "isUserDetected": "b",
        "pathIds": ("l", "s"),
        "symbolId": "s",
        "annotationId": ("m", "DmsId"),
        "assetId": ("m", "DmsId"),
    }
    _REQUIRED = ("diagramId", "externalId", "isAssetVerified", "isUserDetected", "pathIds", "symbolId")

    diagram_id: str
    external_id: str
    is_asset_verified: bool
    is_user_detected: bool
    path_ids: list[str]
    symbol_id: str
    annotation_id: DmsId | Unset = UNSET
    asset_id: DmsId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diagram_id = self.diagram_id

        external_id = self.external_id

        is_asset_verified = self.is_asset_verified

        is_user_detected = self.is_user_detected

        path_ids = self.path_ids

        symbol_id = self.symbol_id

        annotation_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotation_id, Unset):
            annotation_id = self.annotation_id.to_dict()

        asset_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_id, Unset):
            asset_id = self.asset_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diagramId": diagram_id,
                "externalId": external_id,
                "isAssetVerified": is_asset_verified,
                "isUserDetected": is_user_detected,
                "pathIds": path_ids,
                "symbolId": symbol_id,
            }
        )
        if annotation_id is not UNSET:
            field_dict["annotationId"] = annotation_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        d = dict(src_dict)
        diagram_id = d.pop("diagramId")

        external_id = d.pop("externalId")

        is_asset_verified = d.pop("isAssetVerified")

        is_user_detected = d.pop("isUserDetected")

        path_ids = cast(list[str], d.pop("pathIds"))

        symbol_id = d.pop("symbolId")

        _annotation_id = d.pop("annotationId", UNSET)
        annotation_id: DmsId | Unset
        if isinstance(_annotation_id, Unset):
            annotation_id = UNSET
        else:
            annotation_id = DmsId.from_dict(_annotation_id)

        _asset_id = d.pop("assetId", UNSET)
        asset_id: DmsId | Unset
        if isinstance(_asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = DmsId.from_dict(_asset_id)

        entity_create_draft = cls(
            diagram_id=diagram_id,
            external_id=external_id,
            is_asset_verified=is_asset_verified,
            is_user_detected=is_user_detected,
            path_ids=path_ids,
            symbol_id=symbol_id,
            annotation_id=annotation_id,
            asset_id=asset_id,
        )

        entity_create_draft.additional_properties = d
        return entity_create_draft
