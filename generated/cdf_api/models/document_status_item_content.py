from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_status_status import DocumentStatusStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentStatusItemContent")


@_attrs_define
class DocumentStatusItemContent(AdditionalProperties):
    """
    Attributes:
        status (DocumentStatusStatus): The status of this specific document collection or endpoint. The collection is
            fully synced with the files api once the status is `completed`. However, when a file is being updated (eg. re-
            uploaded), the older version of the Document may still be available for search or other read operations (see the
            available field).
        available (bool): Whether or not the collection/endpoint has available information. Note that this does not
            guarentee that the data is up to date, refer to `status` for the current progression.
        reason (str | Unset): Provides additional insight when `status` is `failed`.
        pages (int | Unset):
    """

    _FIT = {"status": "s", "available": "b", "reason": "s", "pages": "i"}
    _REQUIRED = ("status", "available")

    status: DocumentStatusStatus
    available: bool
    reason: str | Unset = UNSET
    pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        available = self.available

        reason = self.reason

        pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "available": available,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = DocumentStatusStatus(d.pop("status"))

        available = d.pop("available")

        reason = d.pop("reason", UNSET)

        pages = d.pop("pages", UNSET)

        document_status_item_content = cls(
            status=status,
            available=available,
            reason=reason,
            pages=pages,
        )

        document_status_item_content.additional_properties = d
        return document_status_item_content
