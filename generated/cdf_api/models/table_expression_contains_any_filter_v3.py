from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.table_expression_contains_any_filter_v3_contains_any import (
        TableExpressionContainsAnyFilterV3ContainsAny,
    )


T = TypeVar("T", bound="TableExpressionContainsAnyFilterV3")


@_attrs_define
class TableExpressionContainsAnyFilterV3(AdditionalProperties):
    """
    Attributes:
        contains_any (TableExpressionContainsAnyFilterV3ContainsAny): Matches items where the property contains one or
            more of the given values. Only apply this filter to multivalued properties.
    """

    _FIT = {"containsAny": ("m", "TableExpressionContainsAnyFilterV3ContainsAny")}
    _REQUIRED = ("containsAny",)

    contains_any: TableExpressionContainsAnyFilterV3ContainsAny
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
        from ..models.table_expression_contains_any_filter_v3_contains_any import (
            TableExpressionContainsAnyFilterV3ContainsAny,  # noqa: PLC0415
        )

        d = dict(src_dict)
        contains_any = TableExpressionContainsAnyFilterV3ContainsAny.from_dict(d.pop("containsAny"))

        table_expression_contains_any_filter_v3 = cls(
            contains_any=contains_any,
        )

        table_expression_contains_any_filter_v3.additional_properties = d
        return table_expression_contains_any_filter_v3
