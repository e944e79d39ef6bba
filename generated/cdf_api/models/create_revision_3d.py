from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.metadata_3d import Metadata3D
    from ..models.revision_camera_properties import RevisionCameraProperties


T = TypeVar("T", bound="CreateRevision3D")


@_attrs_define
class CreateRevision3D(AdditionalProperties):
    """Create a 3D revision for a model in a Hybrid projects, using the CreateRevision3DClassicAndHybridBody.
    In DataModelOnly projects, please use the 3d/jobs endpoint to create processing jobs for 3D source data, which will
    also create revisions.

        Attributes:
            file_id (int): The file id to a file uploaded to Cognite's Files API. Can only be set on revision creation, and
                can never be updated.
            published (bool | Unset): True if the revision is marked as published.
            rotation (list[float] | Unset):  Example: [0, 0, 0].
            scale (list[float] | Unset):  Example: [1, 1, 1].
            translation (list[float] | Unset):  Example: [0, 0, 0].
            metadata (Metadata3D | Unset): Custom, application specific metadata. String key -> String value. Limits:
                Maximum length of key is 32 bytes, value 512 bytes, up to 16 key-value pairs.
            camera (RevisionCameraProperties | Unset): Initial camera position and target.
    """

    _FIT = {
        "fileId": "i",
        "published": "b",
        "rotation": ("l", "n"),
        "scale": ("l", "n"),
        "translation": ("l", "n"),
        "metadata": ("m", "Metadata3D"),
        "camera": ("m", "RevisionCameraProperties"),
    }
    _REQUIRED = ("fileId",)

    file_id: int
    published: bool | Unset = UNSET
    rotation: list[float] | Unset = UNSET
    scale: list[float] | Unset = UNSET
    translation: list[float] | Unset = UNSET
    metadata: Metadata3D | Unset = UNSET
    camera: RevisionCameraProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        published = self.published

        rotation: list[float] | Unset = UNSET
        if not isinstance(self.rotation, Unset):
            rotation = self.rotation

        scale: list[float] | Unset = UNSET
        if not isinstance(self.scale, Unset):
            scale = self.scale

        translation: list[float] | Unset = UNSET
        if not isinstance(self.translation, Unset):
            translation = self.translation

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        camera: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera, Unset):
            camera = self.camera.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
            }
        )
        if published is not UNSET:
            field_dict["published"] = published
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if scale is not UNSET:
            field_dict["scale"] = scale
        if translation is not UNSET:
            field_dict["translation"] = translation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if camera is not UNSET:
            field_dict["camera"] = camera

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_3d import Metadata3D  # noqa: PLC0415
        from ..models.revision_camera_properties import RevisionCameraProperties  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        published = d.pop("published", UNSET)

        rotation = cast(list[float], d.pop("rotation", UNSET))

        scale = cast(list[float], d.pop("scale", UNSET))

        translation = cast(list[float], d.pop("translation", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata3D | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata3D.from_dict(_metadata)

        _camera = d.pop("camera", UNSET)
        camera: RevisionCameraProperties | Unset
        if isinstance(_camera, Unset):
            camera = UNSET
        else:
            camera = RevisionCameraProperties.from_dict(_camera)

        create_revision_3d = cls(
            file_id=file_id,
            published=published,
            rotation=rotation,
            scale=scale,
            translation=translation,
            metadata=metadata,
            camera=camera,
        )

        create_revision_3d.additional_properties = d
        return create_revision_3d
