from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.table_expression_equals_filter_v3_equals import TableExpressionEqualsFilterV3Equals


T = TypeVar("T", bound="TableExpressionEqualsFilterV3")


@_attrs_define
class TableExpressionEqualsFilterV3(AdditionalProperties):
    """
    Attributes:
        equals (TableExpressionEqualsFilterV3Equals): Matches items that contain the exact value in the provided
            property.
    """

    _FIT = {"equals": ("m", "TableExpressionEqualsFilterV3Equals")}
    _REQUIRED = ("equals",)

    equals: TableExpressionEqualsFilterV3Equals
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
        from ..models.table_expression_equals_filter_v3_equals import TableExpressionEqualsFilterV3Equals  # noqa: PLC0415

        d = dict(src_dict)
        equals = TableExpressionEqualsFilterV3Equals.from_dict(d.pop("equals"))

        table_expression_equals_filter_v3 = cls(
            equals=equals,
        )

        table_expression_equals_filter_v3.additional_properties = d
        return table_expression_equals_filter_v3
