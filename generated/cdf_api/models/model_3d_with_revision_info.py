from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.metadata_3d import Metadata3D
    from ..models.revision_status import RevisionStatus


T = TypeVar("T", bound="Model3DWithRevisionInfo")


@_attrs_define
class Model3DWithRevisionInfo(AdditionalProperties):
    """
    Attributes:
        name (str): The name of the model. Example: My Model.
        id (int): The ID of the model. Example: 1000.
        created_time (int): The creation time of the resource, in milliseconds since January 1, 1970 at 00:00 UTC.
            Example: 0.
        data_set_id (int | Unset): The dataSet Id for the item.
        space (str | Unset):
        metadata (Metadata3D | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 32 bytes, value 512 bytes, up to 16 key-value pairs.
        last_revision_info (RevisionStatus | Unset):
    """

    _FIT = {
        "name": "s",
        "id": "i",
        "createdTime": "i",
        "dataSetId": "i",
        "space": "s",
        "metadata": ("m", "Metadata3D"),
        "lastRevisionInfo": ("m", "RevisionStatus"),
    }
    _REQUIRED = ("name", "id", "createdTime")

    name: str
    id: int
    created_time: int
    data_set_id: int | Unset = UNSET
    space: str | Unset = UNSET
    metadata: Metadata3D | Unset = UNSET
    last_revision_info: RevisionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        created_time = self.created_time

        data_set_id = self.data_set_id

        space = self.space

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        last_revision_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_revision_info, Unset):
            last_revision_info = self.last_revision_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "createdTime": created_time,
            }
        )
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if space is not UNSET:
            field_dict["space"] = space
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if last_revision_info is not UNSET:
            field_dict["lastRevisionInfo"] = last_revision_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_3d import Metadata3D  # noqa: PLC0415
        from ..models.revision_status import RevisionStatus  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        created_time = d.pop("createdTime")

        data_set_id = d.pop("dataSetId", UNSET)

        space = d.pop("space", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata3D | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata3D.from_dict(_metadata)

        _last_revision_info = d.pop("lastRevisionInfo", UNSET)
        last_revision_info: RevisionStatus | Unset
        if isinstance(_last_revision_info, Unset):
            last_revision_info = UNSET
        else:
            last_revision_info = RevisionStatus.from_dict(_last_revision_info)

        model_3d_with_revision_info = cls(
            name=name,
            id=id,
            created_time=created_time,
            data_set_id=data_set_id,
            space=space,
            metadata=metadata,
            last_revision_info=last_revision_info,
        )

        model_3d_with_revision_info.additional_properties = d
        return model_3d_with_revision_info
