from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="BtreeIndexCreateDefinition")


@_attrs_define
class BtreeIndexCreateDefinition(AdditionalProperties):
    """
    Attributes:
        properties (list[str]): List of properties to define the index across
        index_type (Literal['btree'] | Unset): The B-tree index supports the following operations;

             * less than,
             * less than or equal,
             * equality (is equal),
             * larger than or equal, and
             * larger than.


            By enabling the index to be cursorable, you can use it to efficiently query with custom sort options, and
            queries will emit cursors that can be used to paginate through the results.
        cursorable (bool | Unset): Whether the index can be used for cursor-based pagination
        by_space (bool | Unset): Whether to make the index space-specific
    """

    _FIT = {"properties": ("l", "s"), "indexType": ("c", "btree"), "cursorable": "b", "bySpace": "b"}
    _REQUIRED = ("properties",)

    properties: list[str]
    index_type: Literal["btree"] | Unset = UNSET
    cursorable: bool | Unset = UNSET
    by_space: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties

        index_type = self.index_type

        cursorable = self.cursorable

        by_space = self.by_space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
            }
        )
        if index_type is not UNSET:
            field_dict["indexType"] = index_type
        if cursorable is not UNSET:
            field_dict["cursorable"] = cursorable
        if by_space is not UNSET:
            field_dict["bySpace"] = by_space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        properties = cast(list[str], d.pop("properties"))

        index_type = cast(Literal["btree"] | Unset, d.pop("indexType", UNSET))
        if index_type != "btree" and not isinstance(index_type, Unset):
            raise ValueError(f"indexType must match const 'btree', got '{index_type}'")

        cursorable = d.pop("cursorable", UNSET)

        by_space = d.pop("bySpace", UNSET)

        btree_index_create_definition = cls(
            properties=properties,
            index_type=index_type,
            cursorable=cursorable,
            by_space=by_space,
        )

        btree_index_create_definition.additional_properties = d
        return btree_index_create_definition
