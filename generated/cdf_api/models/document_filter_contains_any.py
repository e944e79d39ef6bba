from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_contains_any_contains_any import DocumentFilterContainsAnyContainsAny


T = TypeVar("T", bound="DocumentFilterContainsAny")


@_attrs_define
class DocumentFilterContainsAny(AdditionalProperties):
    """
    Attributes:
        contains_any (DocumentFilterContainsAnyContainsAny): Matches items where the property contains one or more of
            the given values Example: {'property': ['assetIds'], 'values': [51276, 94287]}.
    """

    _FIT = {"containsAny": ("m", "DocumentFilterContainsAnyContainsAny")}
    _REQUIRED = ("containsAny",)

    contains_any: DocumentFilterContainsAnyContainsAny
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_any = self.contains_any.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containsAny": contains_any,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_contains_any_contains_any import DocumentFilterContainsAnyContainsAny  # noqa: PLC0415

        d = dict(src_dict)
        contains_any = DocumentFilterContainsAnyContainsAny.from_dict(d.pop("containsAny"))

        document_filter_contains_any = cls(
            contains_any=contains_any,
        )

        document_filter_contains_any.additional_properties = d
        return document_filter_contains_any
