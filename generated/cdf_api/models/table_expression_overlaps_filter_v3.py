from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.table_expression_overlaps_filter_v3_overlaps import TableExpressionOverlapsFilterV3Overlaps


T = TypeVar("T", bound="TableExpressionOverlapsFilterV3")


@_attrs_define
class TableExpressionOverlapsFilterV3(AdditionalProperties):
    """
    Attributes:
        overlaps (TableExpressionOverlapsFilterV3Overlaps): Matches items where the range made up of the two properties
            overlap with the provided range.
    """

    _FIT = {"overlaps": ("m", "TableExpressionOverlapsFilterV3Overlaps")}
    _REQUIRED = ("overlaps",)

    overlaps: TableExpressionOverlapsFilterV3Overlaps
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overlaps = self.overlaps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overlaps": overlaps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_expression_overlaps_filter_v3_overlaps import TableExpressionOverlapsFilterV3Overlaps  # noqa: PLC0415

        d = dict(src_dict)
        overlaps = TableExpressionOverlapsFilterV3Overlaps.from_dict(d.pop("overlaps"))

        table_expression_overlaps_filter_v3 = cls(
            overlaps=overlaps,
        )

        table_expression_overlaps_filter_v3.additional_properties = d
        return table_expression_overlaps_filter_v3
