from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RecordDirectNodeRelation")


@_attrs_define
class RecordDirectNodeRelation(AdditionalProperties):
    """Direct node relation. Only the target space existence is validated for records. Target nodes are not auto-created.

    Attributes:
        type_ (Literal['direct']):
        list_ (bool | Unset): Specifies that the data type is a list of values. The ordering of values is preserved.
        max_list_size (int | Unset): Specifies the maximum number of values in the list
    """

    _FIT = {"type": ("c", "direct"), "list": "b", "maxListSize": "i"}
    _REQUIRED = ("type",)

    type_: Literal["direct"]
    list_: bool | Unset = UNSET
    max_list_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        list_ = self.list_

        max_list_size = self.max_list_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if list_ is not UNSET:
            field_dict["list"] = list_
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["direct"], d.pop("type"))
        if type_ != "direct":
            raise ValueError(f"type must match const 'direct', got '{type_}'")

        list_ = d.pop("list", UNSET)

        max_list_size = d.pop("maxListSize", UNSET)

        record_direct_node_relation = cls(
            type_=type_,
            list_=list_,
            max_list_size=max_list_size,
        )

        record_direct_node_relation.additional_properties = d
        return record_direct_node_relation
