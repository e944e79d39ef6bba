from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference


T = TypeVar("T", bound="RecordDirectRelationPropertyType")


@_attrs_define
class RecordDirectRelationPropertyType(AdditionalProperties):
    """Direct node relation. Only the target space existence is validated for records.
    Target nodes are not auto-created.

        Attributes:
            type_ (Literal['direct']):
            list_ (bool): Specifies that the data type is a list of values. The ordering of values is preserved.
            max_list_size (int | Unset): Specifies the maximum number of values in the list
            container (ContainerReference | Unset): Reference to an existing container
    """

    _FIT = {"type": ("c", "direct"), "list": "b", "maxListSize": "i", "container": ("m", "ContainerReference")}
    _REQUIRED = ("type", "list")

    type_: Literal["direct"]
    list_: bool
    max_list_size: int | Unset = UNSET
    container: ContainerReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        list_ = self.list_

        max_list_size = self.max_list_size

        container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container, Unset):
            container = self.container.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "list": list_,
            }
        )
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["direct"], d.pop("type"))
        if type_ != "direct":
            raise ValueError(f"type must match const 'direct', got '{type_}'")

        list_ = d.pop("list")

        max_list_size = d.pop("maxListSize", UNSET)

        _container = d.pop("container", UNSET)
        container: ContainerReference | Unset
        if isinstance(_container, Unset):
            container = UNSET
        else:
            container = ContainerReference.from_dict(_container)

        record_direct_relation_property_type = cls(
            type_=type_,
            list_=list_,
            max_list_size=max_list_size,
            container=container,
        )

        record_direct_relation_property_type.additional_properties = d
        return record_direct_relation_property_type
