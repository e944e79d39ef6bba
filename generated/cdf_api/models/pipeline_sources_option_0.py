from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_resource_type import PipelineResourceType
from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.id_either_external_id import IdEitherExternalId
    from ..models.id_either_id import IdEitherId


T = TypeVar("T", bound="PipelineSourcesOption0")


@_attrs_define
class PipelineSourcesOption0:
    """
    Attributes:
        data_set_ids (list[IdEitherExternalId | IdEitherId] | Unset): List of data set internal or external IDs.
        resource (PipelineResourceType | Unset): CDF resource type. Example: assets.
    """

    _FIT = {"dataSetIds": ("l", ("u", (("m", "IdEitherId"), ("m", "IdEitherExternalId")))), "resource": "s"}
    _REQUIRED = ()

    data_set_ids: list[IdEitherExternalId | IdEitherId] | Unset = UNSET
    resource: PipelineResourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_either_id import IdEitherId  # noqa: PLC0415

        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                if isinstance(data_set_ids_item_data, IdEitherId):
                    data_set_ids_item = data_set_ids_item_data.to_dict()
                else:
                    data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        resource: str | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_either_external_id import IdEitherExternalId  # noqa: PLC0415
        from ..models.id_either_id import IdEitherId  # noqa: PLC0415

        d = dict(src_dict)
        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[IdEitherExternalId | IdEitherId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> IdEitherExternalId | IdEitherId:
                    if isinstance(data, dict):
                        _ranked = best_first(
                            data,
                            (
                                IdEitherId,
                                IdEitherExternalId,
                            ),
                        )
                        for _cls in _ranked[:-1]:
                            try:
                                return _cls.from_dict(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        return _ranked[-1].from_dict(data)
                    raise TypeError(f"expected an object, got {type(data).__name__}")

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        _resource = d.pop("resource", UNSET)
        resource: PipelineResourceType | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = PipelineResourceType(_resource)

        pipeline_sources_option_0 = cls(
            data_set_ids=data_set_ids,
            resource=resource,
        )

        pipeline_sources_option_0.additional_properties = d
        return pipeline_sources_option_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
