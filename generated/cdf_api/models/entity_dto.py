from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="EntityDto")


@_attrs_define
class EntityDto(AdditionalProperties):
    """
    Attributes:
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        diagram_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        is_asset_verified (bool): Determines if a diagram entity has a verified asset mapping
        is_user_detected (bool): Determines if a diagram entity was detected manually
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        path_ids (list[str]):
        symbol_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        annotation_id (DmsId | Unset): A DMS Identifier using the space and externalId
        asset_id (DmsId | Unset): A DMS Identifier using the space and externalId
    """

    _FIT = {
        "createdTime": "i",
        "diagramId": "s",
        "externalId": "s",
        "isAssetVerified": "b",
        "isUserDetected": "b",
        "lastUpdatedTime": "i",
        "pathIds": ("l", "s"),
        "symbolId": "s",
        "annotationId": ("m", "DmsId"),
        "assetId": ("m", "DmsId"),
    }
    _REQUIRED = (
        "createdTime",
        "diagramId",
        "externalId",
        "isAssetVerified",
        "isUserDetected",
        "lastUpdatedTime",
        "pathIds",
        "symbolId",
    )

    created_time: int
    diagram_id: str
    external_id: str
    is_asset_verified: bool
    is_user_detected: bool
    last_updated_time: int
    path_ids: list[str]
    symbol_id: str
    annotation_id: DmsId | Unset = UNSET
    asset_id: DmsId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        diagram_id = self.diagram_id

        external_id = self.external_id

        is_asset_verified = self.is_asset_verified

        is_user_detected = self.is_user_detected

        last_updated_time = self.last_updated_time

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
                "createdTime": created_time,
                "diagramId": diagram_id,
                "externalId": external_id,
                "isAssetVerified": is_asset_verified,
                "isUserDetected": is_user_detected,
                "lastUpdatedTime": last_updated_time,
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
        created_time = d.pop("createdTime")

        diagram_id = d.pop("diagramId")

        external_id = d.pop("externalId")

        is_asset_verified = d.pop("isAssetVerified")

        is_user_detected = d.pop("isUserDetected")

        last_updated_time = d.pop("lastUpdatedTime")

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

        entity_dto = cls(
            created_time=created_time,
            diagram_id=diagram_id,
            external_id=external_id,
            is_asset_verified=is_asset_verified,
            is_user_detected=is_user_detected,
            last_updated_time=last_updated_time,
            path_ids=path_ids,
            symbol_id=symbol_id,
            annotation_id=annotation_id,
            asset_id=asset_id,
        )

        entity_dto.additional_properties = d
        return entity_dto
