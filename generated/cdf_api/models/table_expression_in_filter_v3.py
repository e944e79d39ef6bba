from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.table_expression_in_filter_v3_in import TableExpressionInFilterV3In


T = TypeVar("T", bound="TableExpressionInFilterV3")


@_attrs_define
class TableExpressionInFilterV3(AdditionalProperties):
    """
    Attributes:
        in_ (TableExpressionInFilterV3In): Matches items where the property **exactly** matches one of the given values.
    """

    _FIT = {"in": ("m", "TableExpressionInFilterV3In")}
    _REQUIRED = ("in",)

    in_: TableExpressionInFilterV3In
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in": in_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_expression_in_filter_v3_in import TableExpressionInFilterV3In  # noqa: PLC0415

        d = dict(src_dict)
        in_ = TableExpressionInFilterV3In.from_dict(d.pop("in"))

        table_expression_in_filter_v3 = cls(
            in_=in_,
        )

        table_expression_in_filter_v3.additional_properties = d
        return table_expression_in_filter_v3
