from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference


T = TypeVar("T", bound="DirectNodeRelation")


@_attrs_define
class DirectNodeRelation(AdditionalProperties):
    """Direct node relation

    Attributes:
        type_ (Literal['direct']):
        container (ContainerReference | Unset): Reference to an existing container
        list_ (bool | Unset): Specifies that the data type is a list of values. The ordering of values is preserved.
        max_list_size (int | Unset): Specifies the maximum number of values in the list
    """

    _FIT = {"type": ("c", "direct"), "container": ("m", "ContainerReference"), "list": "b", "maxListSize": "i"}
    _REQUIRED = ("type",)

    type_: Literal["direct"]
    container: ContainerReference | Unset = UNSET
    list_: bool | Unset = UNSET
    max_list_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container, Unset):
            container = self.container.to_dict()

        list_ = self.list_

        max_list_size = self.max_list_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if container is not UNSET:
            field_dict["container"] = container
        if list_ is not UNSET:
            field_dict["list"] = list_
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["direct"], d.pop("type"))
        if type_ != "direct":
            raise ValueError(f"type must match const 'direct', got '{type_}'")

        _container = d.pop("container", UNSET)
        container: ContainerReference | Unset
        if isinstance(_container, Unset):
            container = UNSET
        else:
            container = ContainerReference.from_dict(_container)

        list_ = d.pop("list", UNSET)

        max_list_size = d.pop("maxListSize", UNSET)

        direct_node_relation = cls(
            type_=type_,
            container=container,
            list_=list_,
            max_list_size=max_list_size,
        )

        direct_node_relation.additional_properties = d
        return direct_node_relation
