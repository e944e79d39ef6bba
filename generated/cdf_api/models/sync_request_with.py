from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.sync_edge_table_expression_v3 import SyncEdgeTableExpressionV3
    from ..models.sync_node_table_expression_v3 import SyncNodeTableExpressionV3


T = TypeVar("T", bound="SyncRequestWith")


@_attrs_define
class SyncRequestWith(AdditionalProperties):
    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, SyncEdgeTableExpressionV3 | SyncNodeTableExpressionV3] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_edge_table_expression_v3 import SyncEdgeTableExpressionV3  # noqa: PLC0415
        from ..models.sync_node_table_expression_v3 import SyncNodeTableExpressionV3  # noqa: PLC0415

        d = dict(src_dict)
        sync_request_with = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> SyncEdgeTableExpressionV3 | SyncNodeTableExpressionV3:
                return parse_best(data, (SyncNodeTableExpressionV3, SyncEdgeTableExpressionV3))

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        sync_request_with.additional_properties = additional_properties
        return sync_request_with
