from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FileReferenceWithPageRangeOption0")


@_attrs_define
class FileReferenceWithPageRangeOption0(AdditionalProperties):
    """
    Attributes:
        file_id (int | Unset): The ID of a file in CDF. The file must have mime_type application/pdf, image/jpeg,
            image/png or image/tiff. Example: 1234.
    """

    _FIT = {"fileId": "i"}
    _REQUIRED = ()

    file_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["fileId"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("fileId", UNSET)

        file_reference_with_page_range_option_0 = cls(
            file_id=file_id,
        )

        file_reference_with_page_range_option_0.additional_properties = d
        return file_reference_with_page_range_option_0
