from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revision_3d_status import Revision3DStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.metadata_3d import Metadata3D
    from ..models.revision_camera_properties import RevisionCameraProperties


T = TypeVar("T", bound="Revision3D")


@_attrs_define
class Revision3D(AdditionalProperties):
    """
    Attributes:
        id (int): The ID of the revision. Example: 1000.
        file_id (int): The file id. Example: 1000.
        published (bool): True if the revision is marked as published.
        status (Revision3DStatus): The status of the revision. Example: Done.
        asset_mapping_count (int): The number of asset mappings for this revision. Example: 0.
        created_time (int): The creation time of the resource, in milliseconds since January 1, 1970 at 00:00 UTC.
            Example: 0.
        rotation (list[float] | Unset):  Example: [0, 0, 0].
        scale (list[float] | Unset):  Example: [1, 1, 1].
        translation (list[float] | Unset):  Example: [0, 0, 0].
        camera (RevisionCameraProperties | Unset): Initial camera position and target.
        metadata (Metadata3D | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 32 bytes, value 512 bytes, up to 16 key-value pairs.
        thumbnail_threed_file_id (int | Unset): The threed file ID of a thumbnail for the revision. Use `/3d/files/{id}`
            to retrieve the file. Example: 1000.
        thumbnail_url (str | Unset): The URL of a thumbnail for the revision. Example:
            https://api.cognitedata.com/api/v1/project/myproject/3d/files/1000.
    """

    _FIT = {
        "id": "i",
        "fileId": "i",
        "published": "b",
        "status": "s",
        "assetMappingCount": "i",
        "createdTime": "i",
        "rotation": ("l", "n"),
        "scale": ("l", "n"),
        "translation": ("l", "n"),
        "camera": ("m", "RevisionCameraProperties"),
        "metadata": ("m", "Metadata3D"),
        "thumbnailThreedFileId": "i",
        "thumbnailURL": "s",
    }
    _REQUIRED = ("id", "fileId", "published", "status", "assetMappingCount", "createdTime")

    id: int
    file_id: int
    published: bool
    status: Revision3DStatus
    asset_mapping_count: int
    created_time: int
    rotation: list[float] | Unset = UNSET
    scale: list[float] | Unset = UNSET
    translation: list[float] | Unset = UNSET
    camera: RevisionCameraProperties | Unset = UNSET
    metadata: Metadata3D | Unset = UNSET
    thumbnail_threed_file_id: int | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_id = self.file_id

        published = self.published

        status = self.status.value

        asset_mapping_count = self.asset_mapping_count

        created_time = self.created_time

        rotation: list[float] | Unset = UNSET
        if not isinstance(self.rotation, Unset):
            rotation = self.rotation

        scale: list[float] | Unset = UNSET
        if not isinstance(self.scale, Unset):
            scale = self.scale

        translation: list[float] | Unset = UNSET
        if not isinstance(self.translation, Unset):
            translation = self.translation

        camera: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera, Unset):
            camera = self.camera.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        thumbnail_threed_file_id = self.thumbnail_threed_file_id

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fileId": file_id,
                "published": published,
                "status": status,
                "assetMappingCount": asset_mapping_count,
                "createdTime": created_time,
            }
        )
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if scale is not UNSET:
            field_dict["scale"] = scale
        if translation is not UNSET:
            field_dict["translation"] = translation
        if camera is not UNSET:
            field_dict["camera"] = camera
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if thumbnail_threed_file_id is not UNSET:
            field_dict["thumbnailThreedFileId"] = thumbnail_threed_file_id
        if thumbnail_url is not UNSET:
            field_dict["thumbnailURL"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_3d import Metadata3D  # noqa: PLC0415
        from ..models.revision_camera_properties import RevisionCameraProperties  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        file_id = d.pop("fileId")

        published = d.pop("published")

        status = Revision3DStatus(d.pop("status"))

        asset_mapping_count = d.pop("assetMappingCount")

        created_time = d.pop("createdTime")

        rotation = cast(list[float], d.pop("rotation", UNSET))

        scale = cast(list[float], d.pop("scale", UNSET))

        translation = cast(list[float], d.pop("translation", UNSET))

        _camera = d.pop("camera", UNSET)
        camera: RevisionCameraProperties | Unset
        if isinstance(_camera, Unset):
            camera = UNSET
        else:
            camera = RevisionCameraProperties.from_dict(_camera)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata3D | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata3D.from_dict(_metadata)

        thumbnail_threed_file_id = d.pop("thumbnailThreedFileId", UNSET)

        thumbnail_url = d.pop("thumbnailURL", UNSET)

        revision_3d = cls(
            id=id,
            file_id=file_id,
            published=published,
            status=status,
            asset_mapping_count=asset_mapping_count,
            created_time=created_time,
            rotation=rotation,
            scale=scale,
            translation=translation,
            camera=camera,
            metadata=metadata,
            thumbnail_threed_file_id=thumbnail_threed_file_id,
            thumbnail_url=thumbnail_url,
        )

        revision_3d.additional_properties = d
        return revision_3d
