from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_aggregate_filter_prefix_prefix import DocumentAggregateFilterPrefixPrefix


T = TypeVar("T", bound="DocumentAggregateFilterPrefix")


@_attrs_define
class DocumentAggregateFilterPrefix(AdditionalProperties):
    """
    Attributes:
        prefix (DocumentAggregateFilterPrefixPrefix): Matches items that contain a specific prefix in the provided
            property. Example: {'property': ['name'], 'value': 'Report'}.
    """

    _FIT = {"prefix": ("m", "DocumentAggregateFilterPrefixPrefix")}
    _REQUIRED = ("prefix",)

    prefix: DocumentAggregateFilterPrefixPrefix
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
        from ..models.document_aggregate_filter_prefix_prefix import DocumentAggregateFilterPrefixPrefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = DocumentAggregateFilterPrefixPrefix.from_dict(d.pop("prefix"))

        document_aggregate_filter_prefix = cls(
            prefix=prefix,
        )

        document_aggregate_filter_prefix.additional_properties = d
        return document_aggregate_filter_prefix
