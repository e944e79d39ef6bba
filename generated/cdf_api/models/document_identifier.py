from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="DocumentIdentifier")


@_attrs_define
class DocumentIdentifier(AdditionalProperties):
    """
    Attributes:
        file_id (DmsId): A DMS Identifier using the space and externalId
        page_number (int): Page number of the file to be parsed
    """

    _FIT = {"fileId": ("m", "DmsId"), "pageNumber": "i"}
    _REQUIRED = ("fileId", "pageNumber")

    file_id: DmsId
    page_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id.to_dict()

        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "pageNumber": page_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        d = dict(src_dict)
        file_id = DmsId.from_dict(d.pop("fileId"))

        page_number = d.pop("pageNumber")

        document_identifier = cls(
            file_id=file_id,
            page_number=page_number,
        )

        document_identifier.additional_properties = d
        return document_identifier
