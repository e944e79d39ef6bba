from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.metadata_3d import Metadata3D


T = TypeVar("T", bound="CreateModel3D")


@_attrs_define
class CreateModel3D(AdditionalProperties):
    """
    Attributes:
        name (str): The name of the model. Example: My Model.
        data_set_id (int | Unset): The dataSet Id for the item.
        metadata (Metadata3D | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 32 bytes, value 512 bytes, up to 16 key-value pairs.
    """

    _FIT = {"name": "s", "dataSetId": "i", "metadata": ("m", "Metadata3D")}
    _REQUIRED = ("name",)

    name: str
    data_set_id: int | Unset = UNSET
    metadata: Metadata3D | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_set_id = self.data_set_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_3d import Metadata3D  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        data_set_id = d.pop("dataSetId", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata3D | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata3D.from_dict(_metadata)

        create_model_3d = cls(
            name=name,
            data_set_id=data_set_id,
            metadata=metadata,
        )

        create_model_3d.additional_properties = d
        return create_model_3d
