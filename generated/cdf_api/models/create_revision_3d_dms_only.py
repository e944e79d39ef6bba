from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateRevision3DDmsOnly")


@_attrs_define
class CreateRevision3DDmsOnly(AdditionalProperties):
    """
    Attributes:
        nonce (str): Session nonce for recently created CDF session.
        file_id (int): The file id to a file uploaded to Cognite's Files API. Can only be set on revision creation, and
            can never be updated.
    """

    _FIT = {"nonce": "s", "fileId": "i"}
    _REQUIRED = ("nonce", "fileId")

    nonce: str
    file_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nonce = self.nonce

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nonce": nonce,
                "fileId": file_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nonce = d.pop("nonce")

        file_id = d.pop("fileId")

        create_revision_3d_dms_only = cls(
            nonce=nonce,
            file_id=file_id,
        )

        create_revision_3d_dms_only.additional_properties = d
        return create_revision_3d_dms_only
