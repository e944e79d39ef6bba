from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="InvertedIndexCreateDefinition")


@_attrs_define
class InvertedIndexCreateDefinition(AdditionalProperties):
    """
    Attributes:
        properties (list[str]): List of properties to define the index across
        index_type (Literal['inverted'] | Unset): An inverted index can be used to index composite values, and the
            queries to be handled by the index need to search for element values that appear within the composite items. So
            if for example you have a property X of type `int[]` and you want to efficiently query for all instances where X
            contains some value Y, you can create an inverted index on X.
    """

    _FIT = {"properties": ("l", "s"), "indexType": ("c", "inverted")}
    _REQUIRED = ("properties",)

    properties: list[str]
    index_type: Literal["inverted"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties

        index_type = self.index_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
            }
        )
        if index_type is not UNSET:
            field_dict["indexType"] = index_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        properties = cast(list[str], d.pop("properties"))

        index_type = cast(Literal["inverted"] | Unset, d.pop("indexType", UNSET))
        if index_type != "inverted" and not isinstance(index_type, Unset):
            raise ValueError(f"indexType must match const 'inverted', got '{index_type}'")

        inverted_index_create_definition = cls(
            properties=properties,
            index_type=index_type,
        )

        inverted_index_create_definition.additional_properties = d
        return inverted_index_create_definition
