from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.passage_source_file import PassageSourceFile


T = TypeVar("T", bound="PassageDocument")


@_attrs_define
class PassageDocument(AdditionalProperties):
    """A document

    Attributes:
        id (int): A server-generated ID for the object.
        source_file (PassageSourceFile): The source file that this document is derived from.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        instance_id (CogniteInstanceId | Unset): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
    """

    _FIT = {
        "id": "i",
        "sourceFile": ("m", "PassageSourceFile"),
        "externalId": "s",
        "instanceId": ("m", "CogniteInstanceId"),
    }
    _REQUIRED = ("id", "sourceFile")

    id: int
    source_file: PassageSourceFile
    external_id: str | Unset = UNSET
    instance_id: CogniteInstanceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_file = self.source_file.to_dict()

        external_id = self.external_id

        instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_id, Unset):
            instance_id = self.instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sourceFile": source_file,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.passage_source_file import PassageSourceFile  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source_file = PassageSourceFile.from_dict(d.pop("sourceFile"))

        external_id = d.pop("externalId", UNSET)

        _instance_id = d.pop("instanceId", UNSET)
        instance_id: CogniteInstanceId | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = CogniteInstanceId.from_dict(_instance_id)

        passage_document = cls(
            id=id,
            source_file=source_file,
            external_id=external_id,
            instance_id=instance_id,
        )

        passage_document.additional_properties = d
        return passage_document
