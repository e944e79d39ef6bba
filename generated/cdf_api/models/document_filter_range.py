from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_range_range import DocumentFilterRangeRange


T = TypeVar("T", bound="DocumentFilterRange")


@_attrs_define
class DocumentFilterRange(AdditionalProperties):
    """
    Attributes:
        range_ (DocumentFilterRangeRange): Matches items that contain terms within the provided range.
            Range must include both an upper and a lower bound. It is not allowed to specify both inclusive and exclusive
            bounds (like `gte`, `gt`) together.
            `gte`: Greater than or equal to.
            `gt`: Greater than.
            `lte`: Less than or equal to.
            `lt`: Less than.
             Example: {'property': ['createdTime'], 'gte': 1609459200000, 'lt': 1640995200000}.
    """

    _FIT = {"range": ("m", "DocumentFilterRangeRange")}
    _REQUIRED = ("range",)

    range_: DocumentFilterRangeRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_range_range import DocumentFilterRangeRange  # noqa: PLC0415

        d = dict(src_dict)
        range_ = DocumentFilterRangeRange.from_dict(d.pop("range"))

        document_filter_range = cls(
            range_=range_,
        )

        document_filter_range.additional_properties = d
        return document_filter_range
