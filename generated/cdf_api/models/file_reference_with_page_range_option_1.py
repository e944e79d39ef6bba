from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FileReferenceWithPageRangeOption1")


@_attrs_define
class FileReferenceWithPageRangeOption1(AdditionalProperties):
    """
    Attributes:
        file_external_id (str | Unset): The external ID of a file in CDF. The file must have mime_type application/pdf,
            image/jpeg, image/png or image/tiff. Example: 1234.
    """

    _FIT = {"fileExternalId": "s"}
    _REQUIRED = ()

    file_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_external_id = self.file_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_external_id is not UNSET:
            field_dict["fileExternalId"] = file_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_external_id = d.pop("fileExternalId", UNSET)

        file_reference_with_page_range_option_1 = cls(
            file_external_id=file_external_id,
        )

        file_reference_with_page_range_option_1.additional_properties = d
        return file_reference_with_page_range_option_1
