from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_exists_exists import DocumentFilterExistsExists


T = TypeVar("T", bound="DocumentFilterExists")


@_attrs_define
class DocumentFilterExists(AdditionalProperties):
    """
    Attributes:
        exists (DocumentFilterExistsExists): Matches items that contain a value for the provided property. Example:
            {'property': ['language']}.
    """

    _FIT = {"exists": ("m", "DocumentFilterExistsExists")}
    _REQUIRED = ("exists",)

    exists: DocumentFilterExistsExists
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exists = self.exists.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exists": exists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_exists_exists import DocumentFilterExistsExists  # noqa: PLC0415

        d = dict(src_dict)
        exists = DocumentFilterExistsExists.from_dict(d.pop("exists"))

        document_filter_exists = cls(
            exists=exists,
        )

        document_filter_exists.additional_properties = d
        return document_filter_exists
