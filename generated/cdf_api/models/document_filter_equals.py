from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_equals_equals import DocumentFilterEqualsEquals


T = TypeVar("T", bound="DocumentFilterEquals")


@_attrs_define
class DocumentFilterEquals(AdditionalProperties):
    """
    Attributes:
        equals (DocumentFilterEqualsEquals): Matches items that contain the exact value in the provided property.
            Example: {'property': ['type'], 'value': 'PDF'}.
    """

    _FIT = {"equals": ("m", "DocumentFilterEqualsEquals")}
    _REQUIRED = ("equals",)

    equals: DocumentFilterEqualsEquals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equals = self.equals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equals": equals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_equals_equals import DocumentFilterEqualsEquals  # noqa: PLC0415

        d = dict(src_dict)
        equals = DocumentFilterEqualsEquals.from_dict(d.pop("equals"))

        document_filter_equals = cls(
            equals=equals,
        )

        document_filter_equals.additional_properties = d
        return document_filter_equals
