from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.document_status_item_content import DocumentStatusItemContent
    from ..models.document_status_item_elements import DocumentStatusItemElements
    from ..models.document_status_item_passages import DocumentStatusItemPassages


T = TypeVar("T", bound="DocumentStatusItem")


@_attrs_define
class DocumentStatusItem(AdditionalProperties):
    """Status information of different Documents collections.

    Attributes:
        passages (DocumentStatusItemPassages):
        elements (DocumentStatusItemElements):
        content (DocumentStatusItemContent):
        id (int | Unset): A server-generated ID for the object.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        instance_id (CogniteInstanceId | Unset): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
    """

    _FIT = {
        "passages": ("m", "DocumentStatusItemPassages"),
        "elements": ("m", "DocumentStatusItemElements"),
        "content": ("m", "DocumentStatusItemContent"),
        "id": "i",
        "externalId": "s",
        "instanceId": ("m", "CogniteInstanceId"),
    }
    _REQUIRED = ("passages", "elements", "content")

    passages: DocumentStatusItemPassages
    elements: DocumentStatusItemElements
    content: DocumentStatusItemContent
    id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    instance_id: CogniteInstanceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        passages = self.passages.to_dict()

        elements = self.elements.to_dict()

        content = self.content.to_dict()

        id = self.id

        external_id = self.external_id

        instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_id, Unset):
            instance_id = self.instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "passages": passages,
                "elements": elements,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.document_status_item_content import DocumentStatusItemContent  # noqa: PLC0415
        from ..models.document_status_item_elements import DocumentStatusItemElements  # noqa: PLC0415
        from ..models.document_status_item_passages import DocumentStatusItemPassages  # noqa: PLC0415

        d = dict(src_dict)
        passages = DocumentStatusItemPassages.from_dict(d.pop("passages"))

        elements = DocumentStatusItemElements.from_dict(d.pop("elements"))

        content = DocumentStatusItemContent.from_dict(d.pop("content"))

        id = d.pop("id", UNSET)

        external_id = d.pop("externalId", UNSET)

        _instance_id = d.pop("instanceId", UNSET)
        instance_id: CogniteInstanceId | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = CogniteInstanceId.from_dict(_instance_id)

        document_status_item = cls(
            passages=passages,
            elements=elements,
            content=content,
            id=id,
            external_id=external_id,
            instance_id=instance_id,
        )

        document_status_item.additional_properties = d
        return document_status_item
