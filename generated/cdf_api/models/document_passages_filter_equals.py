from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_passages_filter_equals_equals import DocumentPassagesFilterEqualsEquals


T = TypeVar("T", bound="DocumentPassagesFilterEquals")


@_attrs_define
class DocumentPassagesFilterEquals(AdditionalProperties):
    """
    Attributes:
        equals (DocumentPassagesFilterEqualsEquals): Matches items that contain the exact value in the provided
            property. Example: {'property': ['type'], 'value': 'PDF'}.
    """

    _FIT = {"equals": ("m", "DocumentPassagesFilterEqualsEquals")}
    _REQUIRED = ("equals",)

    equals: DocumentPassagesFilterEqualsEquals
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
        from ..models.document_passages_filter_equals_equals import DocumentPassagesFilterEqualsEquals  # noqa: PLC0415

        d = dict(src_dict)
        equals = DocumentPassagesFilterEqualsEquals.from_dict(d.pop("equals"))

        document_passages_filter_equals = cls(
            equals=equals,
        )

        document_passages_filter_equals.additional_properties = d
        return document_passages_filter_equals
