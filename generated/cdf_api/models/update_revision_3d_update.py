from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.object_patch_add_remove import ObjectPatchAddRemove
    from ..models.object_patch_set import ObjectPatchSet
    from ..models.set_revision_camera_properties import SetRevisionCameraProperties
    from ..models.set_revision_rotation import SetRevisionRotation
    from ..models.set_revision_scale import SetRevisionScale
    from ..models.set_revision_translation import SetRevisionTranslation
    from ..models.update_revision_3d_update_published import UpdateRevision3DUpdatePublished


T = TypeVar("T", bound="UpdateRevision3DUpdate")


@_attrs_define
class UpdateRevision3DUpdate(AdditionalProperties):
    """
    Attributes:
        published (UpdateRevision3DUpdatePublished | Unset):
        rotation (SetRevisionRotation | Unset):
        scale (SetRevisionScale | Unset):
        translation (SetRevisionTranslation | Unset):
        camera (SetRevisionCameraProperties | Unset):
        metadata (ObjectPatchAddRemove | ObjectPatchSet | Unset): Custom, application specific metadata. String key ->
            String value.
    """

    _FIT = {
        "published": ("m", "UpdateRevision3DUpdatePublished"),
        "rotation": ("m", "SetRevisionRotation"),
        "scale": ("m", "SetRevisionScale"),
        "translation": ("m", "SetRevisionTranslation"),
        "camera": ("m", "SetRevisionCameraProperties"),
        "metadata": ("u", (("m", "ObjectPatchSet"), ("m", "ObjectPatchAddRemove"))),
    }
    _REQUIRED = ()

    published: UpdateRevision3DUpdatePublished | Unset = UNSET
    rotation: SetRevisionRotation | Unset = UNSET
    scale: SetRevisionScale | Unset = UNSET
    translation: SetRevisionTranslation | Unset = UNSET
    camera: SetRevisionCameraProperties | Unset = UNSET
    metadata: ObjectPatchAddRemove | ObjectPatchSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        published: dict[str, Any] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = self.published.to_dict()

        rotation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rotation, Unset):
            rotation = self.rotation.to_dict()

        scale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale, Unset):
            scale = self.scale.to_dict()

        translation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translation, Unset):
            translation = self.translation.to_dict()

        camera: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera, Unset):
            camera = self.camera.to_dict()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if published is not UNSET:
            field_dict["published"] = published
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_patch_add_remove import ObjectPatchAddRemove  # noqa: PLC0415
        from ..models.object_patch_set import ObjectPatchSet  # noqa: PLC0415
        from ..models.set_revision_camera_properties import SetRevisionCameraProperties  # noqa: PLC0415
        from ..models.set_revision_rotation import SetRevisionRotation  # noqa: PLC0415
        from ..models.set_revision_scale import SetRevisionScale  # noqa: PLC0415
        from ..models.set_revision_translation import SetRevisionTranslation  # noqa: PLC0415
        from ..models.update_revision_3d_update_published import UpdateRevision3DUpdatePublished  # noqa: PLC0415

        d = dict(src_dict)
        _published = d.pop("published", UNSET)
        published: UpdateRevision3DUpdatePublished | Unset
        if isinstance(_published, Unset):
            published = UNSET
        else:
            published = UpdateRevision3DUpdatePublished.from_dict(_published)

        _rotation = d.pop("rotation", UNSET)
        rotation: SetRevisionRotation | Unset
        if isinstance(_rotation, Unset):
            rotation = UNSET
        else:
            rotation = SetRevisionRotation.from_dict(_rotation)

        _scale = d.pop("scale", UNSET)
        scale: SetRevisionScale | Unset
        if isinstance(_scale, Unset):
            scale = UNSET
        else:
            scale = SetRevisionScale.from_dict(_scale)

        _translation = d.pop("translation", UNSET)
        translation: SetRevisionTranslation | Unset
        if isinstance(_translation, Unset):
            translation = UNSET
        else:
            translation = SetRevisionTranslation.from_dict(_translation)

        _camera = d.pop("camera", UNSET)
        camera: SetRevisionCameraProperties | Unset
        if isinstance(_camera, Unset):
            camera = UNSET
        else:
            camera = SetRevisionCameraProperties.from_dict(_camera)

        def _parse_metadata(data: object) -> ObjectPatchAddRemove | ObjectPatchSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchSet, ObjectPatchAddRemove))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        update_revision_3d_update = cls(
            published=published,
            rotation=rotation,
            scale=scale,
            translation=translation,
            camera=camera,
            metadata=metadata,
        )

        update_revision_3d_update.additional_properties = d
        return update_revision_3d_update
