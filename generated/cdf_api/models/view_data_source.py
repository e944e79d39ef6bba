from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_data_source_type import ViewDataSourceType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.auto_create_options import AutoCreateOptions
    from ..models.edge_type import EdgeType
    from ..models.view_info import ViewInfo


T = TypeVar("T", bound="ViewDataSource")


@_attrs_define
class ViewDataSource(AdditionalProperties):
    """
    Attributes:
        type_ (ViewDataSourceType): The type of the destination resource indicating the instance type that the
            transformation will write to flexible data models.
        view (ViewInfo | Unset): Target view info
        edge_type (EdgeType | Unset): Target type of the connection definition
        instance_space (str | Unset): The space where the instances(nodes/edges) will be created.
        auto_create (AutoCreateOptions | Unset): Options to control the automatic creation of related instances when
            writing to data models. By default, all options are true.
    """

    _FIT = {
        "type": "s",
        "view": ("m", "ViewInfo"),
        "edgeType": ("m", "EdgeType"),
        "instanceSpace": "s",
        "autoCreate": ("m", "AutoCreateOptions"),
    }
    _REQUIRED = ("type",)

    type_: ViewDataSourceType
    view: ViewInfo | Unset = UNSET
    edge_type: EdgeType | Unset = UNSET
    instance_space: str | Unset = UNSET
    auto_create: AutoCreateOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        view: dict[str, Any] | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view.to_dict()

        edge_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edge_type, Unset):
            edge_type = self.edge_type.to_dict()

        instance_space = self.instance_space

        auto_create: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_create, Unset):
            auto_create = self.auto_create.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if view is not UNSET:
            field_dict["view"] = view
        if edge_type is not UNSET:
            field_dict["edgeType"] = edge_type
        if instance_space is not UNSET:
            field_dict["instanceSpace"] = instance_space
        if auto_create is not UNSET:
            field_dict["autoCreate"] = auto_create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_create_options import AutoCreateOptions  # noqa: PLC0415
        from ..models.edge_type import EdgeType  # noqa: PLC0415
        from ..models.view_info import ViewInfo  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ViewDataSourceType(d.pop("type"))

        _view = d.pop("view", UNSET)
        view: ViewInfo | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = ViewInfo.from_dict(_view)

        _edge_type = d.pop("edgeType", UNSET)
        edge_type: EdgeType | Unset
        if isinstance(_edge_type, Unset):
            edge_type = UNSET
        else:
            edge_type = EdgeType.from_dict(_edge_type)

        instance_space = d.pop("instanceSpace", UNSET)

        _auto_create = d.pop("autoCreate", UNSET)
        auto_create: AutoCreateOptions | Unset
        if isinstance(_auto_create, Unset):
            auto_create = UNSET
        else:
            auto_create = AutoCreateOptions.from_dict(_auto_create)

        view_data_source = cls(
            type_=type_,
            view=view,
            edge_type=edge_type,
            instance_space=instance_space,
            auto_create=auto_create,
        )

        view_data_source.additional_properties = d
        return view_data_source
