from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.items_column_type import ItemsColumnType
    from ..models.items_json_object import ItemsJsonObject


T = TypeVar("T", bound="QueryResultsBody")


@_attrs_define
class QueryResultsBody(AdditionalProperties):
    """Response object containing result schema and data.

    Attributes:
        schema (ItemsColumnType):
        results (ItemsJsonObject): Query result in json format.
    """

    _FIT = {"schema": ("m", "ItemsColumnType"), "results": ("m", "ItemsJsonObject")}
    _REQUIRED = ("schema", "results")

    schema: ItemsColumnType
    results: ItemsJsonObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema.to_dict()

        results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.items_column_type import ItemsColumnType  # noqa: PLC0415
        from ..models.items_json_object import ItemsJsonObject  # noqa: PLC0415

        d = dict(src_dict)
        schema = ItemsColumnType.from_dict(d.pop("schema"))

        results = ItemsJsonObject.from_dict(d.pop("results"))

        query_results_body = cls(
            schema=schema,
            results=results,
        )

        query_results_body.additional_properties = d
        return query_results_body
