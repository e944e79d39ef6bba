from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_status_status import DocumentStatusStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentStatusItemElements")


@_attrs_define
class DocumentStatusItemElements(AdditionalProperties):
    """
    Attributes:
        status (DocumentStatusStatus): The status of this specific document collection or endpoint. The collection is
            fully synced with the files api once the status is `completed`. However, when a file is being updated (eg. re-
            uploaded), the older version of the Document may still be available for search or other read operations (see the
            available field).
        available (bool): Whether or not the collection/endpoint has available information. Note that this does not
            guarentee that the data is up to date, refer to `status` for the current progression.
        reason (str | Unset): Provides additional insight when `status` is `failed`.
    """

    _FIT = {"status": "s", "available": "b", "reason": "s"}
    _REQUIRED = ("status", "available")

    status: DocumentStatusStatus
    available: bool
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        available = self.available

        reason = self.reason

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = DocumentStatusStatus(d.pop("status"))

        available = d.pop("available")

        reason = d.pop("reason", UNSET)

        document_status_item_elements = cls(
            status=status,
            available=available,
            reason=reason,
        )

        document_status_item_elements.additional_properties = d
        return document_status_item_elements
