from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="ViewDirectNodeRelation")


@_attrs_define
class ViewDirectNodeRelation(AdditionalProperties):
    """Direct node relation. Can include a hint to specify the view that this direct relation points to. This hint is
    optional.

        Attributes:
            type_ (Literal['direct']):
            container (ContainerReference | Unset): Reference to an existing container
            list_ (bool | Unset): Specifies that the data type is a list of values. The ordering of values is preserved.
            max_list_size (int | Unset): Specifies the maximum number of values in the list
            source (ViewReference | Unset): Reference to a view
    """

    _FIT = {
        "type": ("c", "direct"),
        "container": ("m", "ContainerReference"),
        "list": "b",
        "maxListSize": "i",
        "source": ("m", "ViewReference"),
    }
    _REQUIRED = ("type",)

    type_: Literal["direct"]
    container: ContainerReference | Unset = UNSET
    list_: bool | Unset = UNSET
    max_list_size: int | Unset = UNSET
    source: ViewReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container, Unset):
            container = self.container.to_dict()

        list_ = self.list_

        max_list_size = self.max_list_size

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

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
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

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

        _source = d.pop("source", UNSET)
        source: ViewReference | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ViewReference.from_dict(_source)

        view_direct_node_relation = cls(
            type_=type_,
            container=container,
            list_=list_,
            max_list_size=max_list_size,
            source=source,
        )

        view_direct_node_relation.additional_properties = d
        return view_direct_node_relation
