from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.table_expression_prefix_filter_v3_prefix import TableExpressionPrefixFilterV3Prefix


T = TypeVar("T", bound="TableExpressionPrefixFilterV3")


@_attrs_define
class TableExpressionPrefixFilterV3(AdditionalProperties):
    """
    Attributes:
        prefix (TableExpressionPrefixFilterV3Prefix): Matches items that have the prefix in the identified property.
    """

    _FIT = {"prefix": ("m", "TableExpressionPrefixFilterV3Prefix")}
    _REQUIRED = ("prefix",)

    prefix: TableExpressionPrefixFilterV3Prefix
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
        from ..models.table_expression_prefix_filter_v3_prefix import TableExpressionPrefixFilterV3Prefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = TableExpressionPrefixFilterV3Prefix.from_dict(d.pop("prefix"))

        table_expression_prefix_filter_v3 = cls(
            prefix=prefix,
        )

        table_expression_prefix_filter_v3.additional_properties = d
        return table_expression_prefix_filter_v3
