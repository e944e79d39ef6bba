from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_contains_all_contains_all import DocumentFilterContainsAllContainsAll


T = TypeVar("T", bound="DocumentFilterContainsAll")


@_attrs_define
class DocumentFilterContainsAll(AdditionalProperties):
    """
    Attributes:
        contains_all (DocumentFilterContainsAllContainsAll): Matches items where the property contains all the given
            values Example: {'property': ['assetIds'], 'values': [51276, 94287]}.
    """

    _FIT = {"containsAll": ("m", "DocumentFilterContainsAllContainsAll")}
    _REQUIRED = ("containsAll",)

    contains_all: DocumentFilterContainsAllContainsAll
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_all = self.contains_all.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containsAll": contains_all,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_contains_all_contains_all import DocumentFilterContainsAllContainsAll  # noqa: PLC0415

        d = dict(src_dict)
        contains_all = DocumentFilterContainsAllContainsAll.from_dict(d.pop("containsAll"))

        document_filter_contains_all = cls(
            contains_all=contains_all,
        )

        document_filter_contains_all.additional_properties = d
        return document_filter_contains_all
