from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentsPreviewTemporaryLinkResponse")


@_attrs_define
class DocumentsPreviewTemporaryLinkResponse(AdditionalProperties):
    """A temporary link to download a preview of the document. The link is reachable without additional authentication
    details for a limited time.

        Attributes:
            temporary_link (str):
            expiration_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
                Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"temporaryLink": "s", "expirationTime": "i"}
    _REQUIRED = ("temporaryLink", "expirationTime")

    temporary_link: str
    expiration_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temporary_link = self.temporary_link

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "temporaryLink": temporary_link,
                "expirationTime": expiration_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        temporary_link = d.pop("temporaryLink")

        expiration_time = d.pop("expirationTime")

        documents_preview_temporary_link_response = cls(
            temporary_link=temporary_link,
            expiration_time=expiration_time,
        )

        documents_preview_temporary_link_response.additional_properties = d
        return documents_preview_temporary_link_response
