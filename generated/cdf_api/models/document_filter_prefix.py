from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_prefix_prefix import DocumentFilterPrefixPrefix


T = TypeVar("T", bound="DocumentFilterPrefix")


@_attrs_define
class DocumentFilterPrefix(AdditionalProperties):
    """
    Attributes:
        prefix (DocumentFilterPrefixPrefix): Matches items that contain a specific prefix in the provided property.
            Example: {'property': ['name'], 'value': 'Report'}.
    """

    _FIT = {"prefix": ("m", "DocumentFilterPrefixPrefix")}
    _REQUIRED = ("prefix",)

    prefix: DocumentFilterPrefixPrefix
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_prefix_prefix import DocumentFilterPrefixPrefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = DocumentFilterPrefixPrefix.from_dict(d.pop("prefix"))

        document_filter_prefix = cls(
            prefix=prefix,
        )

        document_filter_prefix.additional_properties = d
        return document_filter_prefix
