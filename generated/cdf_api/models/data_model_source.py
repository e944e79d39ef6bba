from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.auto_create_options import AutoCreateOptions
    from ..models.data_model_info import DataModelInfo


T = TypeVar("T", bound="DataModelSource")


@_attrs_define
class DataModelSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['instances']): The type of the destination resource indicating that the transformation will write
            to data models
        data_model (DataModelInfo): Target data model info
        instance_space (str | Unset): The space where the instances will be created.
        auto_create (AutoCreateOptions | Unset): Options to control the automatic creation of related instances when
            writing to data models. By default, all options are true.
    """

    _FIT = {
        "type": ("c", "instances"),
        "dataModel": ("m", "DataModelInfo"),
        "instanceSpace": "s",
        "autoCreate": ("m", "AutoCreateOptions"),
    }
    _REQUIRED = ("type", "dataModel")

    type_: Literal["instances"]
    data_model: DataModelInfo
    instance_space: str | Unset = UNSET
    auto_create: AutoCreateOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data_model = self.data_model.to_dict()

        instance_space = self.instance_space

        auto_create: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_create, Unset):
            auto_create = self.auto_create.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "dataModel": data_model,
            }
        )
        if instance_space is not UNSET:
            field_dict["instanceSpace"] = instance_space
        if auto_create is not UNSET:
            field_dict["autoCreate"] = auto_create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_create_options import AutoCreateOptions  # noqa: PLC0415
        from ..models.data_model_info import DataModelInfo  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["instances"], d.pop("type"))
        if type_ != "instances":
            raise ValueError(f"type must match const 'instances', got '{type_}'")

        data_model = DataModelInfo.from_dict(d.pop("dataModel"))

        instance_space = d.pop("instanceSpace", UNSET)

        _auto_create = d.pop("autoCreate", UNSET)
        auto_create: AutoCreateOptions | Unset
        if isinstance(_auto_create, Unset):
            auto_create = UNSET
        else:
            auto_create = AutoCreateOptions.from_dict(_auto_create)

        data_model_source = cls(
            type_=type_,
            data_model=data_model,
            instance_space=instance_space,
            auto_create=auto_create,
        )

        data_model_source.additional_properties = d
        return data_model_source
